import { Link } from 'wouter';
import { accountErrorText } from '../../components/account/AccountField.tsx';
import { AccountViewerQuery } from '../../components/account/account-viewer.ts';
import { useAccountText } from '../../components/account/account-text.ts';
import { SignInForm } from '../../components/common/SignInForm.tsx';

/** Where to go once signed in: an account path from ?next= (relative to /account), never another site. */
export function accountDestination(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/stacks';
}

/** A buyer's sign-in; an account whose e-mail is not confirmed is told so, with the way to a new link. */
export default function SignInPage() {
  const a = useAccountText();
  return (
    <SignInForm
      strings={{ ...a.signIn, area: a.area }}
      errorText={(error) =>
        error.code === 'EMAIL_NOT_CONFIRMED' ? (
          <>
            {a.signIn.notConfirmed} <Link to="/sign-up">{a.signIn.signUpAgain}</Link>
          </>
        ) : (
          accountErrorText(a, error)
        )
      }
      viewerQuery={AccountViewerQuery}
      destination={accountDestination}
      idPrefix="account-sign-in"
      className="account-page account-sign-in"
    >
      <p>
        {a.signIn.noAccount} <Link to="/sign-up">{a.signIn.signUp}</Link>
      </p>
      <p>
        <Link to="/reset">{a.signIn.forgot}</Link>
      </p>
    </SignInForm>
  );
}
