import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { pathInLang } from '../../i18n/language-path.ts';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

interface SignOutButtonProps {
  /** the page to load afterwards, a path within the site of the reader's language */
  signInUrl: string;
  labels: { signOut: string; signingOut: string };
  className?: string;
}

/** Ends the session, then loads `signInUrl` afresh so nothing the signed-in pages showed stays in memory. */
export function SignOutButton({ signInUrl, labels, className = 'button button--secondary' }: SignOutButtonProps) {
  const { lang } = useI18n();
  const [state, signOut] = useMutation(SignOutMutation);
  const [leaving, setLeaving] = useState(false);
  const busy = state.fetching || leaving;
  return (
    <button
      type="button"
      className={className}
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
