import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Link, Redirect, useLocation, useSearch } from 'wouter';
import { graphql, type ResultOf } from '../../graphql.ts';
import { ConsoleQueryFailure, SectionLink, SignOutButton } from '../common/ConsoleParts.tsx';
import { ApiErrorNotice, Loading, Notice } from '../common/Notice.tsx';
import { errorCode } from '../console/user-errors.ts';
import { useStaffI18n } from './staff-i18n.ts';

export const StaffViewerQuery = graphql(`
  query StaffViewer {
    viewer {
      staff
      user {
        id
        email
        name
      }
      organization {
        id
      }
    }
  }
`);

export type StaffUser = NonNullable<ResultOf<typeof StaffViewerQuery>['viewer']['user']>;

const StaffContext = createContext<StaffUser | null>(null);

/** The signed-in staff member; only inside StaffShell. */
export function useStaffUser(): StaffUser {
  const user = useContext(StaffContext);
  if (!user) throw new Error('useStaffUser outside StaffShell');
  return user;
}

/** The sign-in page's address, coming back to `path` (within the staff console) afterwards. */
export const staffSignInPath = (path: string) => (path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}`);

/**
 * Every staff page but sign-in: who is signed in, the sections, sign-out. Signed-out visitors go to
 * sign-in; a signed-in partner or customer is told the console is for association staff.
 */
export function StaffShell({ children }: { children: ReactNode }) {
  const { s, site } = useStaffI18n();
  const [location] = useLocation();
  const search = useSearch();
  const [result, reexecute] = useQuery({ query: StaffViewerQuery });

  if (result.error && !result.data) {
    return <ApiErrorNotice headingLevel={1} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const viewer = result.data.viewer;
  if (!viewer.user) return <Redirect to={staffSignInPath(search ? `${location}?${search}` : location)} replace />;
  if (!viewer.staff) {
    return (
      <div className="page page--narrow">
        <Notice title={s.shell.notStaffTitle} headingLevel={1} tone="error">
          <p>{s.shell.notStaffBody}</p>
          {viewer.organization && (
            <p>
              <Link to={site('/console')}>{s.shell.toPartnerConsole}</Link>
            </p>
          )}
          <p className="muted">
            {s.shell.signedInAs} {viewer.user.email}
          </p>
          <SignOutButton signInUrl="/staff/sign-in" labels={s.shell} />
        </Notice>
      </div>
    );
  }
  return (
    <StaffContext.Provider value={viewer.user}>
      <div className="console">
        <div className="console__bar">
          <dl className="console__who">
            <div>
              <dt>{s.shell.console}</dt>
              <dd>{s.title}</dd>
            </div>
            <div>
              <dt>{s.shell.signedInAs}</dt>
              <dd className="console__email">{viewer.user.email}</dd>
            </div>
          </dl>
          <SignOutButton signInUrl="/staff/sign-in" labels={s.shell} />
        </div>
        <nav className="console__tabs" aria-label={s.shell.sections}>
          <ul>
            <li>
              <SectionLink to={site('/staff')} match="/">
                {s.shell.review}
              </SectionLink>
            </li>
            <li>
              <SectionLink to="/verification">{s.shell.verification}</SectionLink>
            </li>
            <li>
              <SectionLink to="/organizations">{s.shell.organizations}</SectionLink>
            </li>
            <li>
              <SectionLink to="/audit">{s.shell.audit}</SectionLink>
            </li>
            <li>
              <SectionLink to="/featured">{s.shell.featured}</SectionLink>
            </li>
          </ul>
        </nav>
        {children}
      </div>
    </StaffContext.Provider>
  );
}

/** A staff query that failed: an ended session leads to sign-in; anything else can be retried. */
export function StaffQueryError({ error, onRetry }: { error: Parameters<typeof errorCode>[0]; onRetry: () => void }) {
  const { s } = useStaffI18n();
  return (
    <ConsoleQueryFailure
      error={error}
      onRetry={onRetry}
      signInPath={staffSignInPath}
      labels={{ sessionEnded: s.shell.sessionEnded, signIn: s.signIn.submit, forbidden: s.errors.FORBIDDEN ?? '' }}
    />
  );
}
