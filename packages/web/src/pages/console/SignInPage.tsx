import { SignInForm } from '../../components/common/SignInForm.tsx';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { CONSOLE_HOME, ConsoleViewerQuery } from '../../components/console/ConsoleShell.tsx';
import { errorText } from '../../components/console/user-errors.ts';

/** Where to go once signed in: a console path from ?next=, never another site. */
function destination(next: string | null): string {
  return next && next !== '/' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : CONSOLE_HOME;
}

export default function SignInPage() {
  const { c } = useConsoleI18n();
  return (
    <SignInForm
      strings={{ area: c.title, ...c.signIn }}
      errorText={(error) => errorText(c, error)}
      viewerQuery={ConsoleViewerQuery}
      destination={destination}
      idPrefix="sign-in"
      className="console-sign-in"
    >
      <p className="muted">{c.signIn.noAccount}</p>
    </SignInForm>
  );
}
