import { useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { Link, Redirect, useLocation, useSearch } from 'wouter';
import { Notice } from '../../components/common/Notice.tsx';
import type { UserError } from '../../components/console/user-errors.ts';
import type { StaffDictionary } from '../../components/staff/staff-dictionary.ts';
import { staffErrorText } from '../../components/staff/staff-errors.ts';
import { useStaffI18n } from '../../components/staff/staff-i18n.ts';
import { STAFF_HOME, StaffViewerQuery } from '../../components/staff/StaffShell.tsx';
import { graphql } from '../../graphql.ts';
import type { Lang } from '../../i18n/dictionary.ts';
import { useDocumentTitle } from '../../lib/document-title.ts';

const SignInMutation = graphql(`
  mutation StaffSignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        email
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Where to go once signed in: a staff console path from ?next=, never another site. */
function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return STAFF_HOME;
  // The queue's own address with its filters ("/?vendor=…"): a nested "/" would read /staff/.
  return next === '/' || next.startsWith('/?') ? `${STAFF_HOME}${next.slice(1)}` : next;
}

/** RATE_LIMITED says until when, as an ISO time in the API's message; the reader gets it in Vietnam's time. */
function signInError(s: StaffDictionary, lang: Lang, error: UserError): string {
  const until = /after (\d{4}-\d{2}-\d{2}T[\d:.]+Z)/.exec(error.message)?.[1];
  if (error.code === 'RATE_LIMITED' && until) {
    const time = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Asia/Ho_Chi_Minh',
    }).format(new Date(until));
    return s.signIn.rateLimitedUntil(time);
  }
  return staffErrorText(s, error);
}

export default function SignInPage() {
  const { s, t, lang } = useStaffI18n();
  const client = useClient();
  const search = useSearch();
  const [, navigate] = useLocation();
  const [viewer] = useQuery({ query: StaffViewerQuery });
  const [signInState, signIn] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<UserError | null>(null);
  const [entering, setEntering] = useState(false);
  useDocumentTitle(`${s.signIn.title} — ${t.siteName}`);

  if (viewer.data?.viewer.user && !entering) return <Redirect to={nextPath(search)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const result = await signIn({ input: { email, password } });
    const payload = result.data?.signIn;
    if (!payload) return;
    const [first] = payload.userErrors;
    if (first) {
      setProblem(first);
      return;
    }
    setEntering(true);
    // The session cookie is set; the cached viewer is still the anonymous one until asked again.
    await client.query(StaffViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    navigate(nextPath(search), { replace: true });
  };

  const busy = signInState.fetching || entering;
  return (
    <div className="page page--narrow console-sign-in">
      <p className="eyebrow">{s.title}</p>
      <h1 className="page__title">{s.signIn.title}</h1>
      <p className="page__lead">{s.signIn.lead}</p>
      {problem && (
        <div className="notice notice--error" role="alert">
          <h2 className="notice__title">{s.signIn.failedTitle}</h2>
          <p>{signInError(s, lang, problem)}</p>
        </div>
      )}
      {signInState.error && !signInState.data && (
        <Notice title={t.common.apiDownTitle} tone="error">
          <p>{t.common.apiDownBody}</p>
        </Notice>
      )}
      <form className="form card console-sign-in__form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="staff-sign-in-email">{s.signIn.email}</label>
          <input
            id="staff-sign-in-email"
            className="input"
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="staff-sign-in-password">{s.signIn.password}</label>
          <input
            id="staff-sign-in-password"
            className="input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? s.signIn.submitting : s.signIn.submit}
        </button>
      </form>
      <p className="muted">
        {s.signIn.partners} <Link to="~/console/sign-in">{s.signIn.partnerConsole}</Link>
      </p>
    </div>
  );
}
