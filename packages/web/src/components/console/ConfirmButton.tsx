import { useId, useRef, type ReactNode } from 'react';

interface ConfirmButtonProps {
  /** the button's text; `label` names it for assistive technology when the text is short */
  children: ReactNode;
  label?: string;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  disabled?: boolean;
  className?: string;
  onConfirm: () => void;
}

/**
 * A button for something that cannot be undone: it asks first in a modal dialog, which keeps the
 * keyboard inside, starts on "cancel" (its first button), closes with Escape and gives the focus back.
 */
export function ConfirmButton({ children, label, title, body, confirm, cancel, disabled, className, onConfirm }: ConfirmButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        className={className ?? 'button button--secondary'}
        aria-label={label}
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
      >
        {children}
      </button>
      <dialog ref={dialog} className="confirm" aria-labelledby={titleId} aria-describedby={bodyId}>
        <h2 id={titleId} className="confirm__title">
          {title}
        </h2>
        <p id={bodyId}>{body}</p>
        <div className="confirm__actions">
          <button type="button" className="button button--secondary" onClick={close}>
            {cancel}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            {confirm}
          </button>
        </div>
      </dialog>
    </>
  );
}
