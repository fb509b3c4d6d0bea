import '../../components/console/console.css';

import { Link, Route, Switch } from 'wouter';
import { Notice } from '../../components/common/Notice.tsx';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { ConsoleShell } from '../../components/console/ConsoleShell.tsx';
import { useDocumentTitle } from '../../lib/document-title.ts';
import ApiKeysPage from './ApiKeysPage.tsx';
import ListingEditorPage from './ListingEditorPage.tsx';
import ListingsPage from './ListingsPage.tsx';
import QuoteInboxPage from './QuoteInboxPage.tsx';
import SignInPage from './SignInPage.tsx';
import WebhookPage from './WebhookPage.tsx';

/**
 * The partner console under /console (paths here are relative to it): one chunk, with its own strings and
 * styles, that public pages never load.
 */
export default function ConsoleApp() {
  return (
    <div className="console-app">
      <Switch>
        <Route path="/sign-in" component={SignInPage} />
        <Route>
          <ConsoleShell>
            <Switch>
              <Route path="/" component={ListingsPage} />
              <Route path="/listings/new" component={ListingEditorPage} />
              <Route path="/listings/:id" component={ListingEditorPage} />
              <Route path="/quotes" component={QuoteInboxPage} />
              <Route path="/keys" component={ApiKeysPage} />
              <Route path="/webhook" component={WebhookPage} />
              <Route component={ConsoleNotFound} />
            </Switch>
          </ConsoleShell>
        </Route>
      </Switch>
    </div>
  );
}

function ConsoleNotFound() {
  const { c, t, site } = useConsoleI18n();
  useDocumentTitle(`${c.shell.notFoundTitle} — ${t.siteName}`);
  return (
    <Notice title={c.shell.notFoundTitle} headingLevel={1}>
      <p>
        <Link to={site('/console')}>{c.shell.backToConsole}</Link>
      </p>
    </Notice>
  );
}
