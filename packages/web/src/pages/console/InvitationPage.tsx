import { useEffect, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { ConsolePage } from '../../components/common/ConsoleParts.tsx';
import { Loading, Notice } from '../../components/common/Notice.tsx';
import { SignOutButton } from '../../components/common/SignOutButton.tsx';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { useMemberStrings } from '../../components/console/console-member-strings.ts';
import { ConsoleViewerQuery } from '../../components/console/ConsoleShell.tsx';
import { Field } from '../../components/console/FormField.tsx';
import { errorCode, fieldKey, type UserError } from '../../components/console/user-errors.ts';
import { graphql } from '../../graphql.ts';
import { useFragmentToken } from '../../lib/fragment-token.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';

const AcceptMutation = graphql(
  `
    mutation ConsoleAcceptInvitation($input: AcceptInvitationInput!) {
      acceptInvitation(input: $input) {
        organization {
          id
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

// The token waits in this tab's session storage while its reader signs in (the sign-in page keeps no fragment).
const storedKey = 'mv-invitation';

function stored(): string {
  try {
    return window.sessionStorage.getItem(storedKey) ?? '';
  } catch {
    return '';
  }
}

function store(token: string | null): void {
  try {
    if (token) window.sessionStorage.setItem(storedKey, token);
    else window.sessionStorage.removeItem(storedKey);
  } catch {
    // Without storage the reader follows the mailed link again after signing in.
  }
}

/** /console/invitation#<token>: joins the organization, with a new account when the invited address has none. */
export default function InvitationPage() {
  const m = useMemberStrings();
  const fragment = useFragmentToken();
  const token = fragment || stored();
  const [viewer] = useQuery({ query: ConsoleViewerQuery, requestPolicy: 'network-only' });

  useEffect(() => {
    if (fragment) store(fragment);
  }, [fragment]);

  return (
    <ConsolePage name="invitation" title={m.invitation.title} lead={m.invitation.lead}>
      {token === '' ? (
        <Notice title={m.invitation.noToken} tone="error" />
      ) : !viewer.data && !viewer.error ? (
        <Loading />
      ) : (
        <AcceptForm token={token} email={viewer.data?.viewer.user?.email ?? null} />
      )}
    </ConsolePage>
  );
}

function AcceptForm({ token, email }: { token: string; email: string | null }) {
  const { c, t } = useConsoleI18n();
  const m = useMemberStrings();
  const client = useClient();
  const [, navigate] = useLocation();
  const [state, accept] = useMutation(AcceptMutation);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<UserError[]>([]);
  const said = (code: string, message: string) => m.invitation.errors[code] ?? c.errors[code] ?? message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    const outcome = await accept({ input: email ? { token } : { token, name, password } });
    const payload = outcome.data?.acceptInvitation;
    if (!payload) {
      const code = errorCode(outcome.error) ?? '';
      return setErrors([{ field: null, code, message: said(code, t.common.apiDownBody) }]);
    }
    if (payload.userErrors.length > 0) return setErrors(payload.userErrors.map((error) => ({ ...error, message: said(error.code, error.message) })));
    store(null);
    await client.query(ConsoleViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    navigate('/members', { replace: true });
  };

  const at = (key: string) => errors.filter((error) => fieldKey(error.field) === key);
  const general = errors.filter((error) => !['name', 'password'].includes(fieldKey(error.field)));
  const wrongAccount = general.some((error) => error.code === 'FORBIDDEN_ACCOUNT');
  const mustSignIn = general.some((error) => error.code === 'UNAUTHENTICATED');

  return (
    <form className="card form console-form" onSubmit={submit} noValidate aria-labelledby="invitation-form-title">
      <h2 id="invitation-form-title" className="form-section__title">
        {email ? m.invitation.signedInAs(email) : m.invitation.newAccount}
      </h2>
      {!email && (
        <>
          <Field id="invitation-name" label={m.invitation.name} errors={at('name')}>
            {(control) => <input {...control} className="input" autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />}
          </Field>
          <Field id="invitation-password" label={m.invitation.password} hint={m.invitation.passwordHint} errors={at('password')}>
            {(control) => (
              <input {...control} className="input" type="password" autoComplete="new-password" value={password} onChange={(event) => setPassword(event.target.value)} />
            )}
          </Field>
          <p>
            {m.invitation.haveAccount} <Link to="/sign-in?next=/invitation">{m.invitation.signInFirst}</Link>
          </p>
        </>
      )}
      {general.length > 0 && (
        <ul className="field-errors" role="alert">
          {general.map((error, index) => (
            <li key={index}>{error.message}</li>
          ))}
        </ul>
      )}
      {mustSignIn && (
        <p>
          <Link to="/sign-in?next=/invitation">{m.invitation.signInFirst}</Link>
        </p>
      )}
      <div className="console-actions">
        <button type="submit" className="button" disabled={state.fetching}>
          {state.fetching ? m.invitation.accepting : m.invitation.accept}
        </button>
        {wrongAccount && <SignOutButton signInUrl="/console/invitation" labels={{ signOut: m.invitation.signOut, signingOut: c.shell.signingOut }} />}
      </div>
    </form>
  );
}
