import { useEffect, useId, useRef, useState } from 'react';
import { useConsoleI18n } from './console-i18n.ts';

interface SecretOnceProps {
  title: string;
  warning: string;
  label: string;
  secret: string;
  onDone: () => void;
}

/** A secret the API shows this once (an API key, a webhook signing secret): copy it now or lose it. */
export function SecretOnce({ title, warning, label, secret, onDone }: SecretOnceProps) {
  const { c } = useConsoleI18n();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const box = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const warningId = useId();

  // The secret appears after a button press elsewhere: take the reader to it.
  useEffect(() => {
    box.current?.focus();
  }, [secret]);

  const copyToClipboard = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      field.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div className="secret-once" ref={box} tabIndex={-1} role="region" aria-label={title}>
      <h3 className="secret-once__title">{title}</h3>
      <p id={warningId} className="secret-once__warning">
        {warning}
      </p>
      <label htmlFor={inputId} className="visually-hidden">
        {label}
      </label>
      <div className="secret-once__row">
        <input
          ref={field}
          id={inputId}
          className="input secret-once__value"
          readOnly
          value={secret}
          aria-describedby={warningId}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={copyToClipboard}>
          {c.secret.copy}
        </button>
      </div>
      <p className="secret-once__status" role="status">
        {copy === 'copied' ? c.secret.copied : copy === 'failed' ? c.secret.copyFailed : ''}
      </p>
      <button type="button" className="button button--secondary" onClick={onDone}>
        {c.secret.done}
      </button>
    </div>
  );
}
