import { useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { Redirect, useLocation, useSearch } from 'wouter';
import { Notice } from '../../components/common/Notice.tsx';
import type { ConsoleDictionary } from '../../components/console/console-dictionary.ts';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { CONSOLE_HOME, ConsoleViewerQuery } from '../../components/console/ConsoleShell.tsx';
import { errorText, type UserError } from '../../components/console/user-errors.ts';
import { graphql } from '../../graphql.ts';
import type { Lang } from '../../i18n/dictionary.ts';
import { useDocumentTitle } from '../../lib/document-title.ts';

const SignInMutation = graphql(`
  mutation ConsoleSignIn($input: SignInInput!) {
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

/** Where to go once signed in: a console path from ?next=, never another site. */
function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next !== '/' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : CONSOLE_HOME;
}

/** RATE_LIMITED says until when, as an ISO time in the API's message; the reader gets it in Vietnam's time. */
function signInError(c: ConsoleDictionary, lang: Lang, error: UserError): string {
  const until = /after (\d{4}-\d{2}-\d{2}T[\d:.]+Z)/.exec(error.message)?.[1];
  if (error.code === 'RATE_LIMITED' && until) {
    const time = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Asia/Ho_Chi_Minh',
    }).format(new Date(until));
    return c.signIn.rateLimitedUntil(time);
  }
  return errorText(c, error);
}

export default function SignInPage() {
  const { c, t, lang } = useConsoleI18n();
  const client = useClient();
  const search = useSearch();
  const [, navigate] = useLocation();
  const [viewer] = useQuery({ query: ConsoleViewerQuery });
  const [signInState, signIn] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<UserError | null>(null);
  const [entering, setEntering] = useState(false);
  useDocumentTitle(`${c.signIn.title} — ${t.siteName}`);

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
    await client.query(ConsoleViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    navigate(nextPath(search), { replace: true });
  };

  const busy = signInState.fetching || entering;
  return (
    <div className="page page--narrow console-sign-in">
      <p className="eyebrow">{c.title}</p>
      <h1 className="page__title">{c.signIn.title}</h1>
      <p className="page__lead">{c.signIn.lead}</p>
      {problem && (
        <div className="notice notice--error" role="alert">
          <h2 className="notice__title">{c.signIn.failedTitle}</h2>
          <p>{signInError(c, lang, problem)}</p>
        </div>
      )}
      {signInState.error && !signInState.data && (
        <Notice title={t.common.apiDownTitle} tone="error">
          <p>{t.common.apiDownBody}</p>
        </Notice>
      )}
      <form className="form card console-sign-in__form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="sign-in-email">{c.signIn.email}</label>
          <input
            id="sign-in-email"
            className="input"
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{c.signIn.password}</label>
          <input
            id="sign-in-password"
            className="input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? c.signIn.submitting : c.signIn.submit}
        </button>
      </form>
      <p className="muted">{c.signIn.noAccount}</p>
    </div>
  );
}
