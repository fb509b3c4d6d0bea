import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useStaffI18n } from './staff-i18n.ts';

interface ReasonActionProps {
  /** the button that opens the form, e.g. "Từ chối…" */
  openLabel: string;
  /** names the opening button for assistive technology when its text alone is ambiguous in a list */
  openAccessibleName?: string;
  /** the text area's label */
  label: string;
  hint: string;
  submitLabel: string;
  /** said next to the text area when it is left empty */
  blankMessage: string;
  /** the API's errors about the reason */
  errors: readonly string[];
  busy: boolean;
  danger?: boolean;
  /** resolves true once done, which closes and empties the form; false leaves it open, focused on the reason */
  onSubmit: (reason: string) => Promise<boolean>;
}

/**
 * A decision that needs a reason the other side will read (reject, refuse, suspend, archive): a button
 * that opens a small form, whose text area is required and says so next to itself.
 */
export function ReasonAction({ openLabel, openAccessibleName, label, hint, submitLabel, blankMessage, errors, busy, danger, onSubmit }: ReasonActionProps) {
  const { s } = useStaffI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [blank, setBlank] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const shown = blank ? [blankMessage, ...errors] : errors;

  useEffect(() => {
    if (open) area.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setReason('');
    setBlank(false);
    requestAnimationFrame(() => opener.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setBlank(true);
      area.current?.focus();
      return;
    }
    setBlank(false);
    if (await onSubmit(reason.trim())) {
      setOpen(false);
      setReason('');
    } else area.current?.focus();
  };

  if (!open) {
    return (
      <button
        ref={opener}
        type="button"
        className={danger ? 'button button--danger' : 'button button--secondary'}
        aria-label={openAccessibleName}
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        {openLabel}
      </button>
    );
  }
  return (
    <form className="reason-form" onSubmit={submit} noValidate>
      <div className={shown.length > 0 ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-reason`}>{label}</label>
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
        <textarea
          ref={area}
          id={`${id}-reason`}
          rows={3}
          value={reason}
          aria-invalid={shown.length > 0 || undefined}
          aria-describedby={shown.length > 0 ? `${id}-hint ${id}-errors` : `${id}-hint`}
          onChange={(event) => setReason(event.target.value)}
        />
        {shown.length > 0 && (
          <ul id={`${id}-errors`} className="field-errors" role="alert">
            {shown.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className={danger ? 'button button--danger' : 'button'} disabled={busy}>
          {busy ? s.common.working : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={close}>
          {s.common.cancel}
        </button>
      </div>
    </form>
  );
}
