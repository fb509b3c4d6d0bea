import '../../components/console/console.css';
import '../../components/staff/staff.css';

import { lazy } from 'react';
import { ConsoleNotFound, ConsoleRoutes } from '../../components/common/ConsoleParts.tsx';
import { useStaffI18n } from '../../components/staff/staff-i18n.ts';
import { StaffShell } from '../../components/staff/StaffShell.tsx';
import OrganizationsPage from './OrganizationsPage.tsx';
import ReviewQueuePage from './ReviewQueuePage.tsx';
import SignInPage from './SignInPage.tsx';
import VerificationPage from './VerificationPage.tsx';

// Pages beside the review queue and verification load on their own, keeping the first load within its budget.
const AuditLogPage = lazy(() => import('./AuditLogPage.tsx'));
const FeaturedPage = lazy(() => import('./FeaturedPage.tsx'));
const BlueprintsPage = lazy(() => import('./BlueprintsPage.tsx'));

const PAGES = {
  '/': ReviewQueuePage,
  '/verification': VerificationPage,
  '/organizations': OrganizationsPage,
  '/audit': AuditLogPage,
  '/featured': FeaturedPage,
  '/blueprints': BlueprintsPage,
};

/**
 * The association staff console under /staff (paths here are relative to it): one chunk, with its own
 * strings and styles, that public pages never load. It builds on the partner console's styles.
 */
export default function StaffApp() {
  return <ConsoleRoutes className="console-app staff-app" signIn={SignInPage} shell={StaffShell} pages={PAGES} notFound={StaffNotFound} />;
}

function StaffNotFound() {
  const { s, site } = useStaffI18n();
  return <ConsoleNotFound title={s.shell.notFoundTitle} home={site('/staff')} back={s.shell.backToStaff} />;
}
