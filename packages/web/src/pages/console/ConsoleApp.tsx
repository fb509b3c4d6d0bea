import '../../components/console/console.css';
import '../../components/console/console-offers.css';
import '../../components/console/console-members.css';

import { lazy } from 'react';
import { ConsoleNotFound, ConsoleRoutes } from '../../components/common/ConsoleParts.tsx';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { ConsoleShell } from '../../components/console/ConsoleShell.tsx';
import ListingEditorPage from './ListingEditorPage.tsx';
import ListingsPage from './ListingsPage.tsx';
import QuoteInboxPage from './QuoteInboxPage.tsx';
import SignInPage from './SignInPage.tsx';

// Pages beside the listings and the quote inbox (whose styles must come in order) load on their own, keeping the console's first load within its budget.
const ApiKeysPage = lazy(() => import('./ApiKeysPage.tsx'));
const WebhookEndpointsPage = lazy(() => import('./WebhookEndpointsPage.tsx'));
const MembersPage = lazy(() => import('./MembersPage.tsx'));
const InvitationPage = lazy(() => import('./InvitationPage.tsx'));

const PAGES = {
  '/': ListingsPage,
  '/listings/new': ListingEditorPage,
  '/listings/:id': ListingEditorPage,
  '/quotes': QuoteInboxPage,
  '/keys': ApiKeysPage,
  '/webhook': WebhookEndpointsPage,
  '/members': MembersPage,
};

const OPEN_PAGES = { '/invitation': InvitationPage };

/**
 * The partner console under /console (paths here are relative to it): one chunk, with its own strings and
 * styles, that public pages never load.
 */
export default function ConsoleApp() {
  return <ConsoleRoutes className="console-app" signIn={SignInPage} shell={ConsoleShell} pages={PAGES} open={OPEN_PAGES} notFound={PartnerNotFound} />;
}

function PartnerNotFound() {
  const { c, site } = useConsoleI18n();
  return <ConsoleNotFound title={c.shell.notFoundTitle} home={site('/console')} back={c.shell.backToConsole} />;
}
