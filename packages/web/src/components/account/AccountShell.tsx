import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { Redirect, useLocation } from 'wouter';
import { PageQueryPending } from '../common/Notice.tsx';
import { SectionLink } from '../common/ConsoleParts.tsx';
import { SignOutButton } from '../common/SignOutButton.tsx';
import { AccountViewerQuery } from './account-viewer.ts';
import { useAccountText } from './account-text.ts';

/** The account's own pages: a signed-out visitor is sent to sign in and brought back; the rest see who is signed in, the sections and sign-out. */
export function AccountShell({ children }: { children: ReactNode }) {
  const a = useAccountText();
  const [location] = useLocation();
  const [viewer, reexecute] = useQuery({ query: AccountViewerQuery });
  if (!viewer.data) return <PageQueryPending failed={viewer.error !== undefined} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const user = viewer.data.viewer.user;
  if (!user) return <Redirect to={`/sign-in?next=${encodeURIComponent(location)}`} replace />;
  return (
    <div className="page account">
      <div className="account__bar">
        <p className="account__who">
          <span className="muted">{a.nav.signedInAs}</span> <strong>{user.name}</strong> <span className="account__email">{user.email}</span>
        </p>
        <SignOutButton signInUrl="/account/sign-in" labels={a.signOut} />
      </div>
      <nav className="account__tabs" aria-label={a.nav.label}>
        <ul>
          <li>
            <SectionLink to="/stacks">{a.nav.stacks}</SectionLink>
          </li>
          <li>
            <SectionLink to="/requests" also="/requests/:id">
              {a.nav.requests}
            </SectionLink>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
