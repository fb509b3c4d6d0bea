import { createContext, useContext, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, Redirect, useLocation, useRoute } from 'wouter';
import { graphql, type ResultOf } from '../../graphql.ts';
import { ApiErrorNotice, Loading, Notice } from '../common/Notice.tsx';
import { useConsoleI18n } from './console-i18n.ts';
import { errorCode } from './user-errors.ts';

export const ConsoleViewerQuery = graphql(`
  query ConsoleViewer {
    viewer {
      staff
      role
      user {
        id
        email
        name
      }
      organization {
        id
        suspended
        vendor {
          id
          slug
          name
        }
      }
    }
  }
`);

const SignOutMutation = graphql(`
  mutation ConsoleSignOut {
    signOut {
      signedOut
    }
  }
`);

type Viewer = ResultOf<typeof ConsoleViewerQuery>['viewer'];
export type ConsoleMember = Viewer & { user: NonNullable<Viewer['user']>; organization: NonNullable<Viewer['organization']> };

const MemberContext = createContext<ConsoleMember | null>(null);

/** The signed-in partner the console is for; only inside ConsoleShell. */
export function useConsoleMember(): ConsoleMember {
  const member = useContext(MemberContext);
  if (!member) throw new Error('useConsoleMember outside ConsoleShell');
  return member;
}

export const isOwner = (member: ConsoleMember) => member.role === 'OWNER';

/** The console's first page, as a link from inside the console (a nested "/" would read /console/). */
export const CONSOLE_HOME = '~/console';

/** The sign-in page's address, coming back to `path` (within the console) afterwards. */
export const signInPath = (path: string) => (path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}`);

/**
 * Every console page but sign-in: who is signed in for which organization, the sections, sign-out.
 * Signed-out visitors go to sign-in; staff and users without an organization are told why there is nothing here.
 */
export function ConsoleShell({ children }: { children: ReactNode }) {
  const { c } = useConsoleI18n();
  const [location] = useLocation();
  const [result, reexecute] = useQuery({ query: ConsoleViewerQuery });

  if (result.error && !result.data) {
    return <ApiErrorNotice headingLevel={1} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const viewer = result.data.viewer;
  if (!viewer.user) return <Redirect to={signInPath(location)} replace />;
  if (!viewer.organization) {
    return (
      <div className="page page--narrow">
        <Notice title={viewer.staff ? c.shell.staffTitle : c.shell.noOrganizationTitle} headingLevel={1}>
          <p>{viewer.staff ? c.shell.staffBody : c.shell.noOrganizationBody}</p>
          {viewer.staff && (
            <p>
              <Link to="~/staff">{c.shell.staffLink}</Link>
            </p>
          )}
          <p className="muted">
            {c.shell.signedInAs} {viewer.user.email}
          </p>
          <SignOutButton />
        </Notice>
      </div>
    );
  }
  const member = viewer as ConsoleMember;
  return (
    <MemberContext.Provider value={member}>
      <div className="console">
        <div className="console__bar">
          <dl className="console__who">
            <div>
              <dt>{c.shell.organization}</dt>
              <dd>{member.organization.vendor.name}</dd>
            </div>
            <div>
              <dt>{c.shell.role}</dt>
              <dd>{member.role ? (c.shell.roles[member.role] ?? member.role) : c.editor.none}</dd>
            </div>
            <div>
              <dt>{c.shell.signedInAs}</dt>
              <dd className="console__email">{member.user.email}</dd>
            </div>
          </dl>
          <SignOutButton />
        </div>
        {member.organization.suspended && <p className="callout">{c.shell.suspended}</p>}
        <nav className="console__tabs" aria-label={c.shell.sections}>
          <ul>
            <li>
              <SectionLink to={CONSOLE_HOME} match="/" also="/listings/*">
                {c.shell.listings}
              </SectionLink>
            </li>
            <li>
              <SectionLink to="/quotes">{c.shell.quotes}</SectionLink>
            </li>
            <li>
              <SectionLink to="/keys">{c.shell.keys}</SectionLink>
            </li>
            <li>
              <SectionLink to="/webhook">{c.shell.webhook}</SectionLink>
            </li>
          </ul>
        </nav>
        {children}
      </div>
    </MemberContext.Provider>
  );
}

function SectionLink({ to, match, also, children }: { to: string; match?: string; also?: string; children: ReactNode }) {
  const [exact] = useRoute(match ?? to);
  const [nested] = useRoute(also ?? match ?? to);
  return (
    <Link to={to} aria-current={exact || nested ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** Ends the session, then loads the sign-in page afresh so nothing of this organization stays in memory. */
function SignOutButton() {
  const { c } = useConsoleI18n();
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
        window.location.assign('/console/sign-in');
      }}
    >
      {busy ? c.shell.signingOut : c.shell.signOut}
    </button>
  );
}

/** A console query that failed: an ended session leads to sign-in; anything else can be retried. */
export function ConsoleQueryError({ error, onRetry }: { error: Parameters<typeof errorCode>[0]; onRetry: () => void }) {
  const { c } = useConsoleI18n();
  const [location] = useLocation();
  const code = errorCode(error);
  if (code === 'UNAUTHENTICATED') {
    return (
      <Notice title={c.shell.sessionEnded} tone="error">
        <p>
          <Link to={signInPath(location)}>{c.signIn.submit}</Link>
        </p>
      </Notice>
    );
  }
  if (code === 'FORBIDDEN') return <Notice title={c.errors.FORBIDDEN ?? ''} tone="error" />;
  return <ApiErrorNotice onRetry={onRetry} />;
}
