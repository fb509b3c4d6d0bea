import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { Link, useLocation, useParams } from 'wouter';
import { Loading, Notice } from '../../components/common/Notice.tsx';
import { ConfirmButton } from '../../components/console/ConfirmButton.tsx';
import type { ConsoleDictionary } from '../../components/console/console-dictionary.ts';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { ConsoleQueryError } from '../../components/console/ConsoleShell.tsx';
import {
  changedFields,
  createFields,
  draftFromContent,
  emptyDraft,
  fieldKeys,
  isDirty,
  type ListingDraft,
} from '../../components/console/listing-draft.ts';
import { ErrorSummary } from '../../components/console/ErrorSummary.tsx';
import { DataCenterOptionFields, ListingForm, type ListingFormOptions } from '../../components/console/ListingForm.tsx';
import { StatusBadge } from '../../components/console/ListingItem.tsx';
import { PendingRevision } from '../../components/console/PendingRevision.tsx';
import { errorCode, errorText, groupErrors, type UserError } from '../../components/console/user-errors.ts';
import { graphql, readFragment, type FragmentOf, type ResultOf } from '../../graphql.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';
import { useDocumentTitle } from '../../lib/document-title.ts';
import { formatDate } from '../../lib/format.ts';

const EditorFields = graphql(`
  fragment ConsoleListingEditor on Offering {
    id
    slug
    name
    nameEn
    summary
    summaryEn
    description
    descriptionEn
    kind
    slaAvailability
    status
    version
    rejectionReason
    updatedAt
    category {
      slug
      name
      nameEn
      kind
    }
    dataCenters {
      id
      city
      name
    }
    plans {
      id
      name
      nameEn
      unit
      price {
        amount
      }
      specs {
        key
        value
      }
    }
    pendingRevision {
      status
      rejectionReason
      updatedAt
      name
      nameEn
      summary
      summaryEn
      description
      descriptionEn
      slaAvailability
      dataCenters {
        id
        city
        name
      }
      plans {
        name
        nameEn
        unit
        price {
          amount
        }
        specs {
          key
          value
        }
      }
    }
  }
`);

type Listing = ResultOf<typeof EditorFields>;

const EditorQuery = graphql(
  `
    query ConsoleListingEditor($id: ID!) {
      myOffering(id: $id) {
        id
        ...ConsoleListingEditor
      }
    }
  `,
  [EditorFields],
);

const OptionsQuery = graphql(
  `
    query ConsoleListingOptions {
      categories {
        slug
        name
        nameEn
        kind
      }
      viewer {
        organization {
          id
          vendor {
            id
            name
            dataCenters {
              id
              ...ConsoleDataCenterOption
            }
          }
        }
      }
      vendors(kind: CLOUD_PROVIDER, first: 100) {
        nodes {
          id
          name
          dataCenters {
            id
            ...ConsoleDataCenterOption
          }
        }
      }
    }
  `,
  [DataCenterOptionFields],
);

const CreateMutation = graphql(
  `
    mutation ConsoleCreateListing($input: CreateOfferingInput!) {
      createOffering(input: $input) {
        offering {
          id
          ...ConsoleListingEditor
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [EditorFields, UserErrorFields],
);

const UpdateMutation = graphql(
  `
    mutation ConsoleUpdateListing($input: UpdateOfferingInput!) {
      updateOffering(input: $input) {
        offering {
          id
          ...ConsoleListingEditor
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [EditorFields, UserErrorFields],
);

const SubmitMutation = graphql(
  `
    mutation ConsoleSubmitListing($id: ID!) {
      submitOffering(id: $id) {
        offering {
          id
          ...ConsoleListingEditor
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [EditorFields, UserErrorFields],
);

const WithdrawMutation = graphql(
  `
    mutation ConsoleWithdrawListing($id: ID!) {
      withdrawOffering(id: $id) {
        offering {
          id
          ...ConsoleListingEditor
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [EditorFields, UserErrorFields],
);

const ArchiveMutation = graphql(
  `
    mutation ConsoleArchiveListing($id: ID!) {
      archiveOffering(id: $id) {
        offering {
          id
          ...ConsoleListingEditor
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [EditorFields, UserErrorFields],
);

/** What the last save or action came to, shown where it was asked for (`at`). */
type Message = { tone: 'ok' | 'error'; text: string; at: 'top' | 'form' | 'actions' };
type Action = 'submit' | 'withdraw' | 'archive';

/** What the history entry of a just-created listing carries to its editor. */
interface CreatedState {
  created: true;
}

/** A mutation that failed as a whole: an ended session, a forbidden operation, or no answer. */
function failure(c: ConsoleDictionary, apiDown: string, error: CombinedError | undefined, at: Message['at']): Message {
  return { tone: 'error', text: c.errors[errorCode(error) ?? ''] ?? apiDown, at };
}

export default function ListingEditorPage() {
  const { id } = useParams<{ id?: string }>();
  const { c, t } = useConsoleI18n();
  const [options, reexecuteOptions] = useQuery({ query: OptionsQuery });
  useDocumentTitle(id === undefined ? `${c.editor.newTitle} — ${t.siteName}` : null);

  if (options.error && !options.data) {
    return <ConsoleQueryError error={options.error} onRetry={() => reexecuteOptions({ requestPolicy: 'network-only' })} />;
  }
  if (!options.data) return <Loading />;
  const organization = options.data.viewer.organization;
  const formOptions: ListingFormOptions = {
    categories: options.data.categories,
    vendorName: organization?.vendor.name ?? '',
    ownDataCenters: organization?.vendor.dataCenters ?? [],
    providers: options.data.vendors.nodes.filter((vendor) => vendor.id !== organization?.vendor.id),
  };
  return id === undefined ? <NewListing options={formOptions} /> : <ExistingListing id={id} options={formOptions} />;
}

function NewListing({ options }: { options: ListingFormOptions }) {
  const { c, t, site } = useConsoleI18n();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<ListingDraft>(emptyDraft);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const [state, create] = useMutation(CreateMutation);
  const summary = useRef<HTMLDivElement>(null);
  const known = fieldKeys(draft);

  const showErrors = (found: UserError[]) => {
    setErrors(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const { kind, categorySlug } = draft;
    // The API cannot be asked without a kind; say so here, with the category.
    const missing: UserError[] = [];
    if (!kind) missing.push({ field: ['input', 'kind'], code: 'BLANK', message: '' });
    if (!categorySlug) missing.push({ field: ['input', 'categorySlug'], code: 'BLANK', message: '' });
    if (!kind || !categorySlug) return showErrors(missing);
    const result = await create({ input: { ...createFields(draft), kind, categorySlug } });
    const payload = result.data?.createOffering;
    if (!payload) return setMessage(failure(c, t.common.apiDownBody, result.error, 'form'));
    if (payload.userErrors.length > 0 || !payload.offering) return showErrors(payload.userErrors);
    navigate(`/listings/${encodeURIComponent(payload.offering.id)}`, { state: { created: true } satisfies CreatedState });
  };

  return (
    <section className="console-section listing-editor" aria-labelledby="editor-title">
      <p className="back-link">
        <Link to={site('/console')}>{c.editor.back}</Link>
      </p>
      <h1 id="editor-title" className="page__title">
        {c.editor.newTitle}
      </h1>
      <form className="listing-form" onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} known={known} summaryRef={summary} />
        <ListingForm
          draft={draft}
          onChange={setDraft}
          errors={groupErrors(errors, known)}
          options={options}
          existing={false}
          readOnly={false}
          savedSla=""
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={state.fetching}>
            {state.fetching ? c.editor.creating : c.editor.create}
          </button>
        </div>
        {message && <MessageLine message={message} />}
      </form>
    </section>
  );
}

/** The organization's listing with this id. */
function useOwnListing(id: string) {
  // Always ask again: staff decide on listings while the page is closed.
  const [result, reexecute] = useQuery({ query: EditorQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const found = result.data?.myOffering;
  return {
    listing: found ? readFragment(EditorFields, found) : null,
    notFound: Boolean(result.data && !found && !result.stale && !result.fetching),
    error: result.error && !result.data ? result.error : undefined,
    reload: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

function ExistingListing({ id, options }: { id: string; options: ListingFormOptions }) {
  const { c, t, site } = useConsoleI18n();
  const { listing, notFound, error, reload } = useOwnListing(id);
  useDocumentTitle(listing ? `${c.editor.editTitle(listing.name)} — ${t.siteName}` : notFound ? `${c.editor.notFoundTitle} — ${t.siteName}` : null);
  if (error) return <ConsoleQueryError error={error} onRetry={reload} />;
  if (notFound) {
    return (
      <Notice title={c.editor.notFoundTitle} headingLevel={1}>
        <p>{c.editor.notFoundBody}</p>
        <p>
          <Link to={site('/console')}>{c.editor.back}</Link>
        </p>
      </Notice>
    );
  }
  if (!listing) return <Loading />;
  return <ListingEditor listing={listing} options={options} reload={reload} />;
}

/** What the form edits: a published listing's pending edit when there is one, else the listing itself. */
function draftOf(listing: Listing): ListingDraft {
  const content = listing.status === 'PUBLISHED' && listing.pendingRevision ? listing.pendingRevision : listing;
  return draftFromContent(content, listing.kind, listing.category.slug);
}

function ListingEditor({ listing, options, reload }: { listing: Listing; options: ListingFormOptions; reload: () => void }) {
  const { c, t, site } = useConsoleI18n();
  const [baseline, setBaseline] = useState(() => draftOf(listing));
  const [draft, setDraft] = useState(baseline);
  const [loadedVersion, setLoadedVersion] = useState<number | null>(listing.version);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [stale, setStale] = useState(false);
  const [message, setMessage] = useState<Message | null>(() =>
    (window.history.state as Partial<CreatedState> | null)?.created ? { tone: 'ok', text: c.editor.created, at: 'top' } : null,
  );
  // Said once: not again when the page is reloaded or come back to.
  useEffect(() => {
    if ((window.history.state as Partial<CreatedState> | null)?.created) window.history.replaceState(null, '');
  }, []);
  const [updateState, update] = useMutation(UpdateMutation);
  const [actionState, setActionState] = useState<Action | null>(null);
  const [, submitListing] = useMutation(SubmitMutation);
  const [, withdrawListing] = useMutation(WithdrawMutation);
  const [, archiveListing] = useMutation(ArchiveMutation);
  const summary = useRef<HTMLDivElement>(null);
  const dirty = isDirty(draft, baseline);
  const known = fieldKeys(draft);

  // A newer version arrived (another tab, a reload): show it, unless it would throw away unsaved edits.
  useEffect(() => {
    if (listing.version === loadedVersion || (loadedVersion !== null && dirty)) return;
    const next = draftOf(listing);
    setBaseline(next);
    setDraft(next);
    setLoadedVersion(listing.version);
  }, [listing, loadedVersion, dirty]);

  const revision = listing.status === 'PUBLISHED' ? listing.pendingRevision : null;
  const isDraft = listing.status === 'DRAFT' || listing.status === 'REJECTED';
  const editable = isDraft || (listing.status === 'PUBLISHED' && revision?.status !== 'IN_REVIEW');
  const canSubmit = isDraft || (revision !== null && revision.status !== 'IN_REVIEW');
  const canWithdraw = listing.status === 'IN_REVIEW' || revision?.status === 'IN_REVIEW';

  const adopt = (saved: FragmentOf<typeof EditorFields>) => {
    const fresh = readFragment(EditorFields, saved);
    const next = draftOf(fresh);
    setBaseline(next);
    setDraft(next);
    setLoadedVersion(fresh.version);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    setErrors([]);
    const result = await update({ input: { id: listing.id, version: loadedVersion ?? listing.version, ...changedFields(draft, baseline) } });
    const payload = result.data?.updateOffering;
    if (!payload) return setMessage(failure(c, t.common.apiDownBody, result.error, 'form'));
    if (payload.userErrors.some((error) => error.code === 'STALE_VERSION')) return setStale(true);
    if (payload.userErrors.length > 0 || !payload.offering) {
      setErrors(payload.userErrors);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    adopt(payload.offering);
    setMessage({ tone: 'ok', text: listing.status === 'PUBLISHED' ? c.editor.savedRevision : c.editor.saved, at: 'form' });
  };

  const run = async (action: Action) => {
    const variables = { id: listing.id };
    if (action === 'submit') {
      const result = await submitListing(variables);
      return { payload: result.data?.submitOffering, error: result.error };
    }
    if (action === 'withdraw') {
      const result = await withdrawListing(variables);
      return { payload: result.data?.withdrawOffering, error: result.error };
    }
    const result = await archiveListing(variables);
    return { payload: result.data?.archiveOffering, error: result.error };
  };

  const act = async (action: Action) => {
    setMessage(null);
    setActionState(action);
    const { payload, error } = await run(action);
    setActionState(null);
    if (!payload) return setMessage(failure(c, t.common.apiDownBody, error, 'actions'));
    const [problem] = payload.userErrors;
    if (problem) return setMessage({ tone: 'error', text: errorText(c, problem), at: 'actions' });
    const done = { submit: c.editor.submitted, withdraw: c.editor.withdrawn, archive: c.editor.archived }[action];
    // An archived listing has no actions left to show the message beside.
    setMessage({ tone: 'ok', text: done, at: action === 'archive' ? 'top' : 'actions' });
  };

  const reloadLatest = () => {
    setStale(false);
    setErrors([]);
    setLoadedVersion(null);
    reload();
  };

  return (
    <section className="console-section listing-editor" aria-labelledby="editor-title">
      <p className="back-link">
        <Link to={site('/console')}>{c.editor.back}</Link>
      </p>
      <h1 id="editor-title" className="page__title">
        {c.editor.editTitle(listing.name)}
      </h1>
      <dl className="listing-facts">
        <div>
          <dt>{c.editor.status}</dt>
          <dd>
            <StatusBadge status={listing.status} />
          </dd>
        </div>
        <div>
          <dt>{c.editor.version}</dt>
          <dd>{listing.version}</dd>
        </div>
        <div>
          <dt>{c.editor.updated}</dt>
          <dd>{formatDate(listing.updatedAt)}</dd>
        </div>
      </dl>
      {listing.status === 'PUBLISHED' && (
        <p>
          <Link to={site(`/offerings/${listing.slug}`)}>{c.editor.viewPublic}</Link>
        </p>
      )}

      {listing.status === 'PUBLISHED' && <p className="callout">{c.editor.publishedNote}</p>}
      {listing.status === 'REJECTED' && (
        <div className="callout">
          <p>{c.editor.rejectedNote}</p>
          {listing.rejectionReason && (
            <p>
              <strong>{c.listings.rejectionReason}:</strong> {listing.rejectionReason}
            </p>
          )}
        </div>
      )}
      {listing.status === 'IN_REVIEW' && <p className="callout">{c.editor.inReviewNote}</p>}
      {listing.status === 'ARCHIVED' && <p className="callout">{c.editor.archivedNote}</p>}
      {revision?.status === 'IN_REVIEW' && <p className="callout">{c.editor.revisionInReviewNote}</p>}
      {revision && <PendingRevision published={listing} revision={revision} />}

      {message?.at === 'top' && <MessageLine message={message} />}
      {stale && (
        <Notice title={c.editor.staleTitle} tone="error">
          <p>{c.editor.staleBody}</p>
          <button type="button" className="button" onClick={reloadLatest}>
            {c.editor.reload}
          </button>
        </Notice>
      )}

      <form className="listing-form" onSubmit={save} noValidate>
        <ErrorSummary errors={errors} known={known} summaryRef={summary} />
        <ListingForm
          draft={draft}
          onChange={setDraft}
          errors={groupErrors(errors, known)}
          options={options}
          existing
          readOnly={!editable}
          savedSla={baseline.slaAvailability}
        />
        {editable && (
          <div className="form-actions">
            <button type="submit" className="button" disabled={!dirty || updateState.fetching}>
              {updateState.fetching ? c.editor.saving : c.editor.save}
            </button>
            {dirty && <span className="form-actions__note">{c.editor.unsaved}</span>}
          </div>
        )}
        {message?.at === 'form' && <MessageLine message={message} />}
      </form>

      {listing.status !== 'ARCHIVED' && (
        <section className="listing-actions" aria-labelledby="actions-title">
          <h2 id="actions-title" className="form-section__title">
            {c.editor.actions}
          </h2>
          <div className="listing-actions__buttons">
            {canSubmit && (
              <button type="button" className="button" disabled={dirty || actionState !== null} onClick={() => act('submit')}>
                {revision ? c.editor.submitEdit : c.editor.submit}
              </button>
            )}
            {canWithdraw && (
              <button type="button" className="button button--secondary" disabled={actionState !== null} onClick={() => act('withdraw')}>
                {c.editor.withdraw}
              </button>
            )}
            <ConfirmButton
              title={c.editor.archiveConfirmTitle}
              body={c.editor.archiveConfirmBody}
              confirm={c.editor.archive}
              cancel={c.editor.cancel}
              disabled={actionState !== null}
              className="button button--danger"
              onConfirm={() => act('archive')}
            >
              {c.editor.archive}
            </ConfirmButton>
          </div>
          {canSubmit && dirty && <p className="field__hint">{c.editor.saveBeforeSubmit}</p>}
          {message?.at === 'actions' && <MessageLine message={message} />}
        </section>
      )}
    </section>
  );
}

function MessageLine({ message }: { message: Message }) {
  return message.tone === 'ok' ? (
    <p className="confirmation" role="status">
      {message.text}
    </p>
  ) : (
    <p className="confirmation confirmation--error" role="alert">
      {message.text}
    </p>
  );
}
