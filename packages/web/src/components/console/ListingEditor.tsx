import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { readFragment } from '../../graphql.ts';
import { Notice } from '../common/Notice.tsx';
import { useConsoleI18n } from './console-i18n.ts';
import { changedFields, draftFromContent, isDirty, type ListingDraft } from './listing-draft.ts';
import { EditorFields, UpdateMutation, UpdatePlanMutation, type Listing } from './listing-editor-documents.ts';
import { EditorForm, EditorPage, failure, useErrorSummary, type Message } from './ListingEditorParts.tsx';
import { MessageLine } from './MessageLine.tsx';
import type { ListingFormOptions } from './listing-editor-documents.ts';
import { ListingActions } from './ListingActions.tsx';
import { ListingStanding } from './ListingStanding.tsx';
import { atFormPlan, singlePriceChange, specsDropped, withPlanIds, type SpecLoss } from './plan-changes.ts';
import { SpecLossDialog } from './SpecLossDialog.tsx';

/** What the history entry of a just-created listing carries to its editor. */
export interface CreatedState {
  created: true;
}

const justCreated = () => Boolean((window.history.state as Partial<CreatedState> | null)?.created);

/** What the form edits: a published listing's pending edit when there is one, else the listing itself. */
function draftOf(listing: Listing): ListingDraft {
  const content = listing.status === 'PUBLISHED' && listing.pendingRevision ? listing.pendingRevision : listing;
  return withPlanIds(draftFromContent(content, listing.kind, listing.category.slug), content.plans);
}

interface ListingEditorProps {
  listing: Listing;
  options: ListingFormOptions;
  reload: () => void;
}

/** An existing listing: where it stands, its form (read-only while in review), its lifecycle's actions. */
export function ListingEditor({ listing, options, reload }: ListingEditorProps) {
  const { c, t } = useConsoleI18n();
  const [baseline, setBaseline] = useState(() => draftOf(listing));
  const [draft, setDraft] = useState(baseline);
  const [loadedVersion, setLoadedVersion] = useState<number | null>(listing.version);
  const summary = useErrorSummary();
  const [stale, setStale] = useState(false);
  const [message, setMessage] = useState<Message | null>(() => (justCreated() ? { tone: 'ok', text: c.editor.created, at: 'top' } : null));
  // Said once: not again when the page is reloaded or come back to.
  useEffect(() => {
    if (justCreated()) window.history.replaceState(null, '');
  }, []);
  const [updateState, update] = useMutation(UpdateMutation);
  const [updatePlanState, updatePlan] = useMutation(UpdatePlanMutation);
  const [losses, setLosses] = useState<SpecLoss[] | null>(null);
  const dirty = isDirty(draft, baseline);

  const adopt = (fresh: Listing) => {
    const next = draftOf(fresh);
    setBaseline(next);
    setDraft(next);
    setLoadedVersion(fresh.version);
  };

  // A newer version arrived (another tab, a reload): show it, unless it would throw away unsaved edits.
  useEffect(() => {
    if (listing.version === loadedVersion || (loadedVersion !== null && dirty)) return;
    adopt(listing);
  }, [listing, loadedVersion, dirty]);

  const revision = listing.status === 'PUBLISHED' ? listing.pendingRevision : null;
  const editable = listing.status === 'DRAFT' || listing.status === 'REJECTED' || (listing.status === 'PUBLISHED' && revision?.status !== 'IN_REVIEW');

  // updateOffering(plans:) replaces the whole list: nothing is sent before the partner agrees to the specs it drops.
  const save = (event: FormEvent) => {
    event.preventDefault();
    const dropped = specsDropped(baseline, draft);
    if (dropped.length > 0) return setLosses(dropped);
    void send();
  };

  const send = async () => {
    setLosses(null);
    setMessage(null);
    summary.clear();
    const version = loadedVersion ?? listing.version;
    const price = singlePriceChange(baseline, draft);
    const result = price
      ? await updatePlan({ input: { planId: price.planId, price: price.price, version } })
      : await update({ input: { id: listing.id, version, ...changedFields(draft, baseline) } });
    const payload = result.data?.payload;
    if (!payload) return setMessage(failure(c, t.common.apiDownBody, result.error, 'form'));
    if (payload.userErrors.some((error) => error.code === 'STALE_VERSION')) return setStale(true);
    const userErrors = price ? payload.userErrors.map((error) => atFormPlan(error, price.index)) : payload.userErrors;
    if (userErrors.length > 0 || !payload.offering) return summary.show(userErrors);
    adopt(readFragment(EditorFields, payload.offering));
    setMessage({ tone: 'ok', text: listing.status === 'PUBLISHED' ? c.editor.savedRevision : c.editor.saved, at: 'form' });
  };

  const reloadLatest = () => {
    setStale(false);
    summary.clear();
    setLoadedVersion(null);
    reload();
  };

  return (
    <EditorPage title={c.editor.editTitle(listing.name)}>
      <ListingStanding listing={listing} />
      {message?.at === 'top' && <MessageLine message={message} />}
      {stale && (
        <Notice title={c.editor.staleTitle} tone="error">
          <p>{c.editor.staleBody}</p>
          <button type="button" className="button" onClick={reloadLatest}>
            {c.editor.reload}
          </button>
        </Notice>
      )}
      <EditorForm
        summary={summary}
        onSubmit={save}
        draft={draft}
        onChange={setDraft}
        options={options}
        existing
        readOnly={!editable}
        savedSla={baseline.slaAvailability}
        message={message}
        actions={
          editable && (
            <div className="form-actions">
              <button type="submit" className="button" disabled={!dirty || updateState.fetching || updatePlanState.fetching}>
                {updateState.fetching || updatePlanState.fetching ? c.editor.saving : c.editor.save}
              </button>
              {dirty && <span className="form-actions__note">{c.editor.unsaved}</span>}
            </div>
          )
        }
      />
      <SpecLossDialog losses={losses} onConfirm={() => void send()} onCancel={() => setLosses(null)} />
      {listing.status !== 'ARCHIVED' && <ListingActions listing={listing} dirty={dirty} message={message} onMessage={setMessage} />}
    </EditorPage>
  );
}
