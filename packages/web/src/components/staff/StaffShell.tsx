import { createContext, useContext, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, Redirect, useLocation, useRoute, useSearch } from 'wouter';
import { graphql, type ResultOf } from '../../graphql.ts';
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

const SignOutMutation = graphql(`
  mutation StaffSignOut {
    signOut {
      signedOut
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

/** The staff console's first page, as a link from inside it (a nested "/" would read /staff/). */
export const STAFF_HOME = '~/staff';

/** The sign-in page's address, coming back to `path` (within the staff console) afterwards. */
export const staffSignInPath = (path: string) => (path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}`);

/**
 * Every staff page but sign-in: who is signed in, the sections, sign-out. Signed-out visitors go to
 * sign-in; a signed-in partner or customer is told the console is for association staff.
 */
export function StaffShell({ children }: { children: ReactNode }) {
  const { s } = useStaffI18n();
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
              <Link to="~/console">{s.shell.toPartnerConsole}</Link>
            </p>
          )}
          <p className="muted">
            {s.shell.signedInAs} {viewer.user.email}
          </p>
          <SignOutButton />
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
          <SignOutButton />
        </div>
        <nav className="console__tabs" aria-label={s.shell.sections}>
          <ul>
            <li>
              <SectionLink to={STAFF_HOME} match="/">
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

function SectionLink({ to, match, children }: { to: string; match?: string; children: ReactNode }) {
  const [current] = useRoute(match ?? to);
  return (
    <Link to={to} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** Ends the session, then loads the sign-in page afresh so nothing staff saw stays in memory. */
function SignOutButton() {
  const { s } = useStaffI18n();
  const [state, signOut] = useMutation(SignOutMutation);
  const [leaving, setLeaving] = useState(false);
  const busy = state.fetching || leaving;
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={busy}
      onClick={async () => {
        const result = await signOut({});
        if (result.error) return;
        setLeaving(true);
        window.location.assign('/staff/sign-in');
      }}
    >
      {busy ? s.shell.signingOut : s.shell.signOut}
    </button>
  );
}

/** A staff query that failed: an ended session leads to sign-in; anything else can be retried. */
export function StaffQueryError({ error, onRetry }: { error: Parameters<typeof errorCode>[0]; onRetry: () => void }) {
  const { s } = useStaffI18n();
  const [location] = useLocation();
  const code = errorCode(error);
  if (code === 'UNAUTHENTICATED') {
    return (
      <Notice title={s.shell.sessionEnded} tone="error">
        <p>
          <Link to={staffSignInPath(location)}>{s.signIn.submit}</Link>
        </p>
      </Notice>
    );
  }
  if (code === 'FORBIDDEN') return <Notice title={s.errors.FORBIDDEN ?? ''} tone="error" />;
  return <ApiErrorNotice onRetry={onRetry} />;
}
