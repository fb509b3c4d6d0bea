import '../../components/console/console.css';
import '../../components/staff/staff.css';

import { Link, Route, Switch } from 'wouter';
import { Notice } from '../../components/common/Notice.tsx';
import { useStaffI18n } from '../../components/staff/staff-i18n.ts';
import { StaffShell } from '../../components/staff/StaffShell.tsx';
import { useDocumentTitle } from '../../lib/document-title.ts';
import AuditLogPage from './AuditLogPage.tsx';
import FeaturedPage from './FeaturedPage.tsx';
import OrganizationsPage from './OrganizationsPage.tsx';
import ReviewQueuePage from './ReviewQueuePage.tsx';
import SignInPage from './SignInPage.tsx';
import VerificationPage from './VerificationPage.tsx';

/**
 * The association staff console under /staff (paths here are relative to it): one chunk, with its own
 * strings and styles, that public pages never load. It builds on the partner console's styles.
 */
export default function StaffApp() {
  return (
    <div className="console-app staff-app">
      <Switch>
        <Route path="/sign-in" component={SignInPage} />
        <Route>
          <StaffShell>
            <Switch>
              <Route path="/" component={ReviewQueuePage} />
              <Route path="/verification" component={VerificationPage} />
              <Route path="/organizations" component={OrganizationsPage} />
              <Route path="/audit" component={AuditLogPage} />
              <Route path="/featured" component={FeaturedPage} />
              <Route component={StaffNotFound} />
            </Switch>
          </StaffShell>
        </Route>
      </Switch>
    </div>
  );
}

function StaffNotFound() {
  const { s, t, site } = useStaffI18n();
  useDocumentTitle(`${s.shell.notFoundTitle} — ${t.siteName}`);
  return (
    <Notice title={s.shell.notFoundTitle} headingLevel={1}>
      <p>
        <Link to={site('/staff')}>{s.shell.backToStaff}</Link>
      </p>
    </Notice>
  );
}
