import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { AccountField, useErrorsByField } from '../../components/account/AccountField.tsx';
import { AccountFormPage } from '../../components/account/AccountFormPage.tsx';
import { useAccountText } from '../../components/account/account-text.ts';
import { graphql } from '../../graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDocumentTitle } from '../../lib/document-title.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';

const SignUpMutation = graphql(
  `
    mutation SignUp($input: SignUpInput!) {
      signUp(input: $input) {
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

const FIELDS = ['name', 'email', 'password', 'organization'] as const;
type SignUpField = (typeof FIELDS)[number];

/** A buyer's new account: the mail with the confirmation link is the next step. */
export default function SignUpPage() {
  const a = useAccountText();
  const { t, lang } = useI18n();
  useDocumentTitle(`${a.signUp.title} — ${t.siteName}`);
  const [values, setValues] = useState<Record<SignUpField, string>>({ name: '', email: '', password: '', organization: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching }, signUp] = useMutation(SignUpMutation);
  const inputs = useRef<Partial<Record<SignUpField, HTMLInputElement | null>>>({});
  const sentHeading = useRef<HTMLHeadingElement>(null);
  const byField = useErrorsByField();

  useEffect(() => {
    if (sentTo) sentHeading.current?.focus();
  }, [sentTo]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    const organization = values.organization.trim();
    const result = await signUp({
      input: {
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        organization: organization === '' ? null : organization,
        language: lang === 'en' ? 'EN' : 'VI',
      },
    });
    const payload = result.data?.signUp;
    if (!payload) {
      setErrors({ '': a.apiDown });
      return;
    }
    if (payload.userErrors.length === 0) {
      setSentTo(values.email.trim());
      return;
    }
    const found = byField(payload.userErrors);
    const first = FIELDS.find((field) => found[field]);
    setErrors(first ? { ...found, '': found[''] ?? a.fixFields } : found);
    if (first) inputs.current[first]?.focus();
  };

  if (sentTo) {
    return (
      <div className="page page--narrow account-page">
        <p className="eyebrow">{a.area}</p>
        <h1 className="page__title" ref={sentHeading} tabIndex={-1}>
          {a.signUp.checkMailTitle}
        </h1>
        <p className="confirmation" role="status">
          {a.signUp.checkMail(sentTo)}
        </p>
        <p className="muted">{a.signUp.checkMailNote}</p>
        <button type="button" className="button button--secondary" onClick={() => setSentTo(null)}>
          {a.signUp.again}
        </button>
      </div>
    );
  }

  const field = (name: SignUpField, label: string, options: { type?: string; autoComplete: string; hint?: string }) => (
    <AccountField
      id={`sign-up-${name}`}
      label={label}
      hint={options.hint}
      type={options.type ?? 'text'}
      autoComplete={options.autoComplete}
      error={errors[name]}
      value={values[name]}
      inputRef={(element) => void (inputs.current[name] = element)}
      onChange={(value) => setValues((current) => ({ ...current, [name]: value }))}
    />
  );

  return (
    <AccountFormPage
      title={a.signUp.title}
      lead={a.signUp.lead}
      onSubmit={submit}
      alert={errors['']}
      submit={a.signUp.submit}
      submitting={a.signUp.submitting}
      busy={fetching}
      after={
        <p>
          {a.signUp.haveAccount} <Link to="/sign-in">{a.signUp.signIn}</Link>
        </p>
      }
    >
      {field('name', a.signUp.name, { autoComplete: 'name' })}
      {field('email', a.signUp.email, { type: 'email', autoComplete: 'email' })}
      {field('password', a.signUp.password, { type: 'password', autoComplete: 'new-password', hint: a.signUp.passwordHint })}
      {field('organization', a.signUp.organization, { autoComplete: 'organization' })}
    </AccountFormPage>
  );
}
