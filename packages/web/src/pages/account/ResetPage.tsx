import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useClient, useMutation } from 'urql';
import { useLocation } from 'wouter';
import { AccountField, useErrorsByField } from '../../components/account/AccountField.tsx';
import { AccountFormPage } from '../../components/account/AccountFormPage.tsx';
import { AccountViewerQuery } from '../../components/account/account-viewer.ts';
import { useAccountText } from '../../components/account/account-text.ts';
import { graphql } from '../../graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { pathInLang } from '../../i18n/language-path.ts';
import { useDocumentTitle } from '../../lib/document-title.ts';
import { useFragmentToken } from '../../lib/fragment-token.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';

const RequestResetMutation = graphql(
  `
    mutation RequestPasswordReset($email: String!, $language: Language) {
      requestPasswordReset(email: $email, language: $language) {
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

const ResetPasswordMutation = graphql(
  `
    mutation ResetPassword($input: ResetPasswordInput!) {
      resetPassword(input: $input) {
        user {
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

/** /account/reset asks for a link by mail; /account/reset#<token>, the mailed link, chooses the new password. */
export default function ResetPage() {
  const token = useFragmentToken();
  return token === '' ? <AskForLink /> : <ChoosePassword token={token} />;
}

function AskForLink() {
  const a = useAccountText();
  const { t, lang } = useI18n();
  useDocumentTitle(`${a.reset.title} — ${t.siteName}`);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching }, requestReset] = useMutation(RequestResetMutation);
  const input = useRef<HTMLInputElement>(null);
  const sent = useRef<HTMLParagraphElement>(null);
  const byField = useErrorsByField();

  useEffect(() => {
    if (sentTo) sent.current?.focus();
  }, [sentTo]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setSentTo(null);
    const result = await requestReset({ email: email.trim(), language: lang === 'en' ? 'EN' : 'VI' });
    const payload = result.data?.requestPasswordReset;
    if (!payload) return setErrors({ '': a.apiDown });
    if (payload.userErrors.length === 0) return setSentTo(email.trim());
    const found = byField(payload.userErrors);
    setErrors(found);
    if (found.email) input.current?.focus();
  };

  return (
    <AccountFormPage
      title={a.reset.title}
      lead={a.reset.lead}
      onSubmit={submit}
      alert={errors['']}
      submit={a.reset.submit}
      submitting={a.reset.submitting}
      busy={fetching}
      after={
        sentTo && (
          <div role="status">
            <p className="confirmation" ref={sent} tabIndex={-1}>
              {a.reset.sent(sentTo)}
            </p>
          </div>
        )
      }
    >
      <AccountField id="reset-email" label={a.reset.email} type="email" autoComplete="email" inputRef={input} error={errors.email} value={email} onChange={setEmail} />
    </AccountFormPage>
  );
}

function ChoosePassword({ token }: { token: string }) {
  const a = useAccountText();
  const { t, lang } = useI18n();
  useDocumentTitle(`${a.reset.chooseTitle} — ${t.siteName}`);
  const client = useClient();
  const [, navigate] = useLocation();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [{ fetching }, resetPassword] = useMutation(ResetPasswordMutation);
  const input = useRef<HTMLInputElement>(null);
  const byField = useErrorsByField();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    const result = await resetPassword({ input: { token, password } });
    const payload = result.data?.resetPassword;
    if (!payload) return setErrors({ '': a.apiDown });
    if (payload.user) {
      await client.query(AccountViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      navigate('/stacks?password-changed', { replace: true });
      return;
    }
    if (payload.userErrors.some((error) => error.code === 'INVALID_TOKEN')) setErrors({ '': a.reset.invalid });
    else {
      const found = byField(payload.userErrors);
      setErrors(found);
      input.current?.focus();
    }
  };

  return (
    <AccountFormPage
      title={a.reset.chooseTitle}
      lead={a.reset.chooseLead}
      onSubmit={submit}
      alert={
        errors[''] && (
          <>
            {errors['']} {errors[''] === a.reset.invalid && <a href={pathInLang('/account/reset', lang)}>{a.reset.askAgain}</a>}
          </>
        )
      }
      submit={a.reset.save}
      submitting={a.reset.saving}
      busy={fetching}
    >
      <AccountField
        id="reset-password"
        label={a.reset.newPassword}
        hint={a.signUp.passwordHint}
        type="password"
        autoComplete="new-password"
        inputRef={input}
        error={errors.password}
        value={password}
        onChange={setPassword}
      />
    </AccountFormPage>
  );
}
