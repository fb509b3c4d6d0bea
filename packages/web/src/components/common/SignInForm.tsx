import { useState, type FormEvent, type ReactNode } from 'react';
import { useClient, useMutation, useQuery, type DocumentInput } from 'urql';
import { Redirect, useLocation, useSearch } from 'wouter';
import { graphql } from '../../graphql.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDocumentTitle } from '../../lib/document-title.ts';
import type { UserError } from '../console/user-errors.ts';
import { Notice } from './Notice.tsx';

const SignInMutation = graphql(
  `
    mutation SignIn($input: SignInInput!) {
      signIn(input: $input) {
        user {
          id
          email
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

export interface SignInStrings {
  /** the console's name, above the title */
  area: string;
  title: string;
  lead: string;
  email: string;
  password: string;
  submit: string;
  submitting: string;
  failedTitle: string;
  rateLimitedUntil(time: string): string;
}

interface SignInFormProps {
  strings: SignInStrings;
  /** a refusal in words, with a way on where there is one (RATE_LIMITED is put in words here) */
  errorText(error: UserError): ReactNode;
  /** the console's viewer query: a signed-in caller is sent on, and it is asked again after signing in */
  viewerQuery: DocumentInput<{ viewer: { user: { id: string } | null } }, Record<string, never>>;
  /** where to go once signed in, from the page's ?next= */
  destination(next: string | null): string;
  /** prefix of the fields' ids, unique per console */
  idPrefix: string;
  className: string;
  /** below the form */
  children: ReactNode;
}

/** RATE_LIMITED says until when, as an ISO time in the API's message; the reader gets it in Vietnam's time. */
function untilText(error: UserError, lang: string): string | null {
  const until = /after (\d{4}-\d{2}-\d{2}T[\d:.]+Z)/.exec(error.message)?.[1];
  if (error.code !== 'RATE_LIMITED' || !until) return null;
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(until),
  );
}

/** The sign-in page of the consoles and of buyer accounts: one session cookie for all, each with its own words. */
export function SignInForm({ strings, errorText, viewerQuery, destination, idPrefix, className, children }: SignInFormProps) {
  const { t, lang } = useI18n();
  const client = useClient();
  const search = useSearch();
  const [, navigate] = useLocation();
  const [viewer] = useQuery({ query: viewerQuery });
  const [signInState, signIn] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<UserError | null>(null);
  const [entering, setEntering] = useState(false);
  useDocumentTitle(`${strings.title} — ${t.siteName}`);

  const next = () => destination(new URLSearchParams(search).get('next'));
  if (viewer.data?.viewer.user && !entering) return <Redirect to={next()} replace />;

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
    await client.query(viewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    navigate(next(), { replace: true });
  };

  const busy = signInState.fetching || entering;
  const until = problem && untilText(problem, lang);
  return (
    <div className={`page page--narrow ${className}`}>
      <p className="eyebrow">{strings.area}</p>
      <h1 className="page__title">{strings.title}</h1>
      <p className="page__lead">{strings.lead}</p>
      {problem && (
        <div className="notice notice--error" role="alert">
          <h2 className="notice__title">{strings.failedTitle}</h2>
          <p>{until ? strings.rateLimitedUntil(until) : errorText(problem)}</p>
        </div>
      )}
      {signInState.error && !signInState.data && (
        <Notice title={t.common.apiDownTitle} tone="error">
          <p>{t.common.apiDownBody}</p>
        </Notice>
      )}
      <form className={`form card ${className}__form`} onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${idPrefix}-email`}>{strings.email}</label>
          <input
            id={`${idPrefix}-email`}
            className="input text-input"
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-password`}>{strings.password}</label>
          <input
            id={`${idPrefix}-password`}
            className="input text-input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? strings.submitting : strings.submit}
        </button>
      </form>
      {children}
    </div>
  );
}
