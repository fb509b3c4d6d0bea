import type { InputHTMLAttributes, Ref } from 'react';
import type { UserError } from '../console/user-errors.ts';
import { useAccountText, type AccountText } from './account-text.ts';

interface AccountFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: string;
  hint?: string;
  /** what the API (or the same check before sending) said about the field, in the reader's words */
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input of an account form, described by its error, then its hint. */
export function AccountField({ id, label, hint, error, value, onChange, inputRef, ...input }: AccountFieldProps) {
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        ref={inputRef}
        className="text-input"
        value={value}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="muted account-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A userError in the reader's words: by its code, else the API's own. */
export function accountErrorText(a: AccountText, error: UserError): string {
  return a.errors[error.code] ?? error.message;
}

/** The form field a userError names: ["input", "email"] → email, ["email"] → email; '' for the form as a whole. */
export function errorField(error: UserError): string {
  const path = error.field ?? [];
  return (path[0] === 'input' ? path[1] : path[0]) ?? '';
}

/** userErrors by the field they name ('' for the form as a whole), each said in the reader's words. */
export function useErrorsByField(): (errors: readonly UserError[]) => Record<string, string> {
  const a = useAccountText();
  return (errors) => {
    const byField: Record<string, string> = {};
    for (const error of errors) byField[errorField(error)] ??= accountErrorText(a, error);
    return byField;
  };
}
