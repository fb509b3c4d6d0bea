import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Redirect, useLocation, useSearch } from 'wouter';
import { graphql, type ResultOf } from '../../graphql.ts';
import { ConsoleFrame, ConsoleQueryFailure, WrongConsole } from '../common/ConsoleParts.tsx';
import { ApiErrorNotice, Loading } from '../common/Notice.tsx';
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
      <WrongConsole
        title={s.shell.notStaffTitle}
        body={s.shell.notStaffBody}
        tone="error"
        link={viewer.organization ? { to: site('/console'), label: s.shell.toPartnerConsole } : null}
        email={viewer.user.email}
        signInUrl="/staff/sign-in"
        labels={s.shell}
      />
    );
  }
  return (
    <StaffContext.Provider value={viewer.user}>
      <ConsoleFrame
        facts={[{ term: s.shell.console, value: s.title }]}
        email={viewer.user.email}
        signInUrl="/staff/sign-in"
        labels={s.shell}
        tabs={[
          { to: site('/staff'), match: '/', label: s.shell.review },
          { to: '/verification', label: s.shell.verification },
          { to: '/organizations', label: s.shell.organizations },
          { to: '/audit', label: s.shell.audit },
          { to: '/featured', label: s.shell.featured },
          { to: '/blueprints', label: s.shell.blueprints },
        ]}
      >
        {children}
      </ConsoleFrame>
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
