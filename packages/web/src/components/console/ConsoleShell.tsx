import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Link, Redirect, useLocation } from 'wouter';
import { graphql, type ResultOf } from '../../graphql.ts';
import { ConsoleQueryFailure, SectionLink, SignOutButton } from '../common/ConsoleParts.tsx';
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

/** The sign-in page's address, coming back to `path` (within the console) afterwards. */
export const signInPath = (path: string) => (path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}`);

/**
 * Every console page but sign-in: who is signed in for which organization, the sections, sign-out.
 * Signed-out visitors go to sign-in; staff and users without an organization are told why there is nothing here.
 */
export function ConsoleShell({ children }: { children: ReactNode }) {
  const { c, site } = useConsoleI18n();
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
              <Link to={site('/staff')}>{c.shell.staffLink}</Link>
            </p>
          )}
          <p className="muted">
            {c.shell.signedInAs} {viewer.user.email}
          </p>
          <SignOutButton signInUrl="/console/sign-in" labels={c.shell} />
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
              <dd>{member.role ? c.shell.roles[member.role] : c.editor.none}</dd>
            </div>
            <div>
              <dt>{c.shell.signedInAs}</dt>
              <dd className="console__email">{member.user.email}</dd>
            </div>
          </dl>
          <SignOutButton signInUrl="/console/sign-in" labels={c.shell} />
        </div>
        {member.organization.suspended && <p className="callout">{c.shell.suspended}</p>}
        <nav className="console__tabs" aria-label={c.shell.sections}>
          <ul>
            <li>
              <SectionLink to={site('/console')} match="/" also="/listings/*">
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

/** A console query that failed: an ended session leads to sign-in; anything else can be retried. */
export function ConsoleQueryError({ error, onRetry }: { error: Parameters<typeof errorCode>[0]; onRetry: () => void }) {
  const { c } = useConsoleI18n();
  return (
    <ConsoleQueryFailure
      error={error}
      onRetry={onRetry}
      signInPath={signInPath}
      labels={{ sessionEnded: c.shell.sessionEnded, signIn: c.signIn.submit, forbidden: c.errors.FORBIDDEN ?? '' }}
    />
  );
}
