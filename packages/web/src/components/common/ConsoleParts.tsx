import { useState, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { Link, useLocation, useRoute } from 'wouter';
import { graphql } from '../../graphql.ts';
import { errorCode } from '../console/user-errors.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { pathInLang } from '../../i18n/language-path.ts';
import { ApiErrorNotice, Notice } from './Notice.tsx';

// What the partner console and the staff console share: their section tabs, sign-out and failed queries.

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

/** A console tab: current on `match` (default `to`) and, if given, on `also`. */
export function SectionLink({ to, match, also, children }: { to: string; match?: string; also?: string; children: ReactNode }) {
  const [exact] = useRoute(match ?? to);
  const [nested] = useRoute(also ?? match ?? to);
  return (
    <Link to={to} aria-current={exact || nested ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** Ends the session, then loads the sign-in page afresh so nothing the console showed stays in memory. */
export function SignOutButton({ signInUrl, labels }: { signInUrl: string; labels: { signOut: string; signingOut: string } }) {
  const { lang } = useI18n();
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
        window.location.assign(pathInLang(signInUrl, lang));
      }}
    >
      {busy ? labels.signingOut : labels.signOut}
    </button>
  );
}

interface QueryErrorProps {
  error: Parameters<typeof errorCode>[0];
  onRetry: () => void;
  /** the sign-in page's address within the console, coming back to `path` */
  signInPath: (path: string) => string;
  labels: { sessionEnded: string; signIn: string; forbidden: string };
}

/** A console query that failed: an ended session leads to sign-in; anything else can be retried. */
export function ConsoleQueryFailure({ error, onRetry, signInPath, labels }: QueryErrorProps) {
  const [location] = useLocation();
  const code = errorCode(error);
  if (code === 'UNAUTHENTICATED') {
    return (
      <Notice title={labels.sessionEnded} tone="error">
        <p>
          <Link to={signInPath(location)}>{labels.signIn}</Link>
        </p>
      </Notice>
    );
  }
  if (code === 'FORBIDDEN') return <Notice title={labels.forbidden} tone="error" />;
  return <ApiErrorNotice onRetry={onRetry} />;
}
