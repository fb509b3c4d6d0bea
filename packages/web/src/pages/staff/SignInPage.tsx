import { Link } from 'wouter';
import { SignInForm } from '../../components/common/SignInForm.tsx';
import { staffErrorText } from '../../components/staff/staff-errors.ts';
import { useStaffI18n } from '../../components/staff/staff-i18n.ts';
import { StaffViewerQuery } from '../../components/staff/StaffShell.tsx';

/** Where to go once signed in: a staff console path from ?next=, never another site; `home` is the console's first page. */
function destination(next: string | null, home: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return home;
  // The queue's own address with its filters ("/?vendor=…"): a nested "/" would read /staff/.
  return next === '/' || next.startsWith('/?') ? `${home}${next.slice(1)}` : next;
}

export default function SignInPage() {
  const { s, site } = useStaffI18n();
  return (
    <SignInForm
      strings={{ area: s.title, ...s.signIn }}
      errorText={(error) => staffErrorText(s, error)}
      viewerQuery={StaffViewerQuery}
      destination={(next) => destination(next, site('/staff'))}
      idPrefix="staff-sign-in"
      className="console-sign-in"
    >
      <p className="muted">
        {s.signIn.partners} <Link to={site('/console/sign-in')}>{s.signIn.partnerConsole}</Link>
      </p>
    </SignInForm>
  );
}
