import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useLocation, useParams } from 'wouter';
import { Loading, Notice } from '../../components/common/Notice.tsx';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { ConsoleQueryError } from '../../components/console/ConsoleShell.tsx';
import { createFields, emptyDraft, type ListingDraft } from '../../components/console/listing-draft.ts';
import { CreateMutation, EditorFields, EditorQuery, OptionsQuery } from '../../components/console/listing-editor-documents.ts';
import { ListingEditor, type CreatedState } from '../../components/console/ListingEditor.tsx';
import { EditorForm, EditorPage, failure, useErrorSummary, type Message } from '../../components/console/ListingEditorParts.tsx';
import type { ListingFormOptions } from '../../components/console/listing-editor-documents.ts';
import type { UserError } from '../../components/console/user-errors.ts';
import { readFragment } from '../../graphql.ts';
import { useDocumentTitle } from '../../lib/document-title.ts';

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
  const { c, t } = useConsoleI18n();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<ListingDraft>(emptyDraft);
  const summary = useErrorSummary();
  const [message, setMessage] = useState<Message | null>(null);
  const [state, create] = useMutation(CreateMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const { kind, categorySlug } = draft;
    // The API cannot be asked without a kind; say so here, with the category.
    const missing: UserError[] = [];
    if (!kind) missing.push({ field: ['input', 'kind'], code: 'BLANK', message: '' });
    if (!categorySlug) missing.push({ field: ['input', 'categorySlug'], code: 'BLANK', message: '' });
    if (!kind || !categorySlug) return summary.show(missing);
    const result = await create({ input: { ...createFields(draft), kind, categorySlug } });
    const payload = result.data?.payload;
    if (!payload) return setMessage(failure(c, t.common.apiDownBody, result.error, 'form'));
    if (payload.userErrors.length > 0 || !payload.offering) return summary.show(payload.userErrors);
    navigate(`/listings/${encodeURIComponent(payload.offering.id)}`, { state: { created: true } satisfies CreatedState });
  };

  return (
    <EditorPage title={c.editor.newTitle}>
      <EditorForm
        summary={summary}
        onSubmit={submit}
        draft={draft}
        onChange={setDraft}
        options={options}
        existing={false}
        readOnly={false}
        savedSla=""
        message={message}
        actions={
          <div className="form-actions">
            <button type="submit" className="button" disabled={state.fetching}>
              {state.fetching ? c.editor.creating : c.editor.create}
            </button>
          </div>
        }
      />
    </EditorPage>
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
