import { useState } from 'react';
import { useMutation } from 'urql';
import { ConfirmButton } from './ConfirmButton.tsx';
import { useConsoleI18n } from './console-i18n.ts';
import { ActionMutations, type Listing, type ListingAction } from './listing-editor-documents.ts';
import { failure, type Message } from './ListingEditorParts.tsx';
import { MessageLine } from './MessageLine.tsx';
import { errorText } from './user-errors.ts';

interface ListingActionsProps {
  listing: Listing;
  /** unsaved edits: a listing is submitted as saved */
  dirty: boolean;
  message: Message | null;
  onMessage: (message: Message | null) => void;
}

/** The lifecycle's buttons under the form: submit for review, withdraw from review, archive (after asking). */
export function ListingActions({ listing, dirty, message, onMessage }: ListingActionsProps) {
  const { c, t } = useConsoleI18n();
  const [busy, setBusy] = useState<ListingAction | null>(null);
  const [, submit] = useMutation(ActionMutations.submit);
  const [, withdraw] = useMutation(ActionMutations.withdraw);
  const [, archive] = useMutation(ActionMutations.archive);
  const revision = listing.status === 'PUBLISHED' ? listing.pendingRevision : null;
  const canSubmit = listing.status === 'DRAFT' || listing.status === 'REJECTED' || (revision !== null && revision.status !== 'IN_REVIEW');
  const canWithdraw = listing.status === 'IN_REVIEW' || revision?.status === 'IN_REVIEW';

  const act = async (action: ListingAction) => {
    onMessage(null);
    setBusy(action);
    const result = await { submit, withdraw, archive }[action]({ id: listing.id });
    setBusy(null);
    const payload = result.data?.payload;
    if (!payload) return onMessage(failure(c, t.common.apiDownBody, result.error, 'actions'));
    const [problem] = payload.userErrors;
    if (problem) return onMessage({ tone: 'error', text: errorText(c, problem), at: 'actions' });
    const done = { submit: c.editor.submitted, withdraw: c.editor.withdrawn, archive: c.editor.archived }[action];
    // An archived listing has no actions left to show the message beside.
    onMessage({ tone: 'ok', text: done, at: action === 'archive' ? 'top' : 'actions' });
  };

  return (
    <section className="listing-actions" aria-labelledby="actions-title">
      <h2 id="actions-title" className="form-section__title">
        {c.editor.actions}
      </h2>
      <div className="listing-actions__buttons">
        {canSubmit && (
          <button type="button" className="button" disabled={dirty || busy !== null} onClick={() => act('submit')}>
            {revision ? c.editor.submitEdit : c.editor.submit}
          </button>
        )}
        {canWithdraw && (
          <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => act('withdraw')}>
            {c.editor.withdraw}
          </button>
        )}
        <ConfirmButton
          title={c.editor.archiveConfirmTitle}
          body={c.editor.archiveConfirmBody}
          confirm={c.editor.archive}
          cancel={c.editor.cancel}
          disabled={busy !== null}
          className="button button--danger"
          onConfirm={() => act('archive')}
        >
          {c.editor.archive}
        </ConfirmButton>
      </div>
      {canSubmit && dirty && <p className="field__hint">{c.editor.saveBeforeSubmit}</p>}
      {message?.at === 'actions' && <MessageLine message={message} />}
    </section>
  );
}
