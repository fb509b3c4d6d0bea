import { SignInForm } from '../../components/common/SignInForm.tsx';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { ConsoleViewerQuery } from '../../components/console/ConsoleShell.tsx';
import { errorText } from '../../components/console/user-errors.ts';

/** Where to go once signed in: a console path from ?next=, never another site; `home` is the console's first page. */
function destination(next: string | null, home: string): string {
  return next && next !== '/' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : home;
}

export default function SignInPage() {
  const { c, site } = useConsoleI18n();
  return (
    <SignInForm
      strings={{ area: c.title, ...c.signIn }}
      errorText={(error) => errorText(c, error)}
      viewerQuery={ConsoleViewerQuery}
      destination={(next) => destination(next, site('/console'))}
      idPrefix="sign-in"
      className="console-sign-in"
    >
      <p className="muted">{c.signIn.noAccount}</p>
    </SignInForm>
  );
}
