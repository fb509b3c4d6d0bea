import { useEffect, useId, useRef } from 'react';
import { useConsoleI18n } from './console-i18n.ts';
import { specLossStrings } from './console-plan-strings.ts';
import type { SpecLoss } from './plan-changes.ts';

interface SpecLossDialogProps {
  /** what saving would drop; null: the dialog is closed */
  losses: readonly SpecLoss[] | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a save that would drop plan specs, naming each plan and spec. A modal dialog like
 * ConfirmButton's: it starts on "go back" (its first button), closes with Escape and gives the focus back.
 */
export function SpecLossDialog({ losses, onConfirm, onCancel }: SpecLossDialogProps) {
  const strings = specLossStrings[useConsoleI18n().lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (losses && element && !element.open) element.showModal();
    if (!losses && element?.open) element.close();
  }, [losses]);
  return (
    <dialog ref={dialog} className="confirm" aria-labelledby={titleId} aria-describedby={bodyId} onClose={() => losses && onCancel()}>
      <h2 id={titleId} className="confirm__title">
        {strings.title}
      </h2>
      <p id={bodyId}>{strings.body}</p>
      <ul className="spec-loss">
        {losses?.map((loss) => (
          <li key={loss.plan}>
            {strings.plan(loss.plan, loss.removed)} {loss.specs.map((spec) => `${spec.key} ${spec.value}`).join(', ')}
          </li>
        ))}
      </ul>
      <div className="confirm__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {strings.cancel}
        </button>
        <button type="button" className="button" onClick={onConfirm}>
          {strings.confirm}
        </button>
      </div>
    </dialog>
  );
}
