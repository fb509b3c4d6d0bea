import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Redirect, useLocation } from 'wouter';
import { graphql, type ResultOf } from '../../graphql.ts';
import { ConsoleFrame, ConsolePage, ConsoleQueryFailure, WrongConsole } from '../common/ConsoleParts.tsx';
import { ApiErrorNotice, Loading } from '../common/Notice.tsx';
import { useConsoleI18n } from './console-i18n.ts';
import { suspensionStrings } from './console-suspension-strings.ts';
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
        suspensionReason
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
      <WrongConsole
        title={viewer.staff ? c.shell.staffTitle : c.shell.noOrganizationTitle}
        body={viewer.staff ? c.shell.staffBody : c.shell.noOrganizationBody}
        link={viewer.staff ? { to: site('/staff'), label: c.shell.staffLink } : null}
        email={viewer.user.email}
        signInUrl="/console/sign-in"
        labels={c.shell}
      />
    );
  }
  const member = viewer as ConsoleMember;
  return (
    <MemberContext.Provider value={member}>
      <ConsoleFrame
        facts={[
          { term: c.shell.organization, value: member.organization.vendor.name },
          { term: c.shell.role, value: member.role ? c.shell.roles[member.role] : c.editor.none },
        ]}
        email={member.user.email}
        signInUrl="/console/sign-in"
        labels={c.shell}
        tabs={
          // A suspended organization can do nothing here: no section, no action, only why.
          member.organization.suspended
            ? []
            : [
                { to: site('/console'), match: '/', also: '/listings/*', label: c.shell.listings },
                { to: '/quotes', label: c.shell.quotes },
                { to: '/keys', label: c.shell.keys },
                { to: '/webhook', label: c.shell.webhook },
                { to: '/members', label: c.shell.members },
              ]
        }
      >
        {member.organization.suspended ? <SuspendedNotice reason={member.organization.suspensionReason} /> : children}
      </ConsoleFrame>
    </MemberContext.Provider>
  );
}

/** What a suspended organization's members see instead of every page: that it is suspended, why, and what still works. */
function SuspendedNotice({ reason }: { reason: string | null }) {
  const c = suspensionStrings[useConsoleI18n().lang];
  return (
    <ConsolePage name="suspended" title={c.suspension.title} lead={c.suspension.effects}>
      <div className="callout suspension">
        <p className="suspension__label">{c.suspension.reason}</p>
        <p className="suspension__reason">{reason ?? c.suspension.noReason}</p>
      </div>
      <p>{c.suspension.stillWorks}</p>
      <p>{c.suspension.contact}</p>
    </ConsolePage>
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
