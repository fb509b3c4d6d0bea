import type { FormEvent, ReactNode } from 'react';
import { useAccountText } from './account-text.ts';

interface AccountFormPageProps {
  title: string;
  lead: string;
  onSubmit: (event: FormEvent) => void;
  /** what went wrong with the form as a whole, announced at once */
  alert: ReactNode;
  submit: string;
  submitting: string;
  busy: boolean;
  /** the form's fields */
  children: ReactNode;
  /** below the form: other ways on, or what happened */
  after?: ReactNode;
}

/** An account page that is one form: its title and purpose, the fields, the form's own error, the button. */
export function AccountFormPage({ title, lead, onSubmit, alert, submit, submitting, busy, children, after }: AccountFormPageProps) {
  const a = useAccountText();
  return (
    <div className="page page--narrow account-page">
      <p className="eyebrow">{a.area}</p>
      <h1 className="page__title">{title}</h1>
      <p className="page__lead">{lead}</p>
      <form className="form card account-form" onSubmit={onSubmit} noValidate>
        {children}
        <div role="alert" className="account-form__alert">
          {alert && <p className="confirmation confirmation--error">{alert}</p>}
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? submitting : submit}
        </button>
      </form>
      {after}
    </div>
  );
}
