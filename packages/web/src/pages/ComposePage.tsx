import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useQuery } from 'urql';
import '../components/compose/compose.css';
import { adoptedStack } from '../components/compose/adopt.ts';
import { AlternativeCard, ComposedStackFields, type ComposedStackData } from '../components/compose/AlternativeCard.tsx';
import { BlockerList, CompositionBlockerFields } from '../components/compose/BlockerList.tsx';
import { BlueprintCardFields, BlueprintPicker, ComposeCategoryFields } from '../components/compose/BlueprintPicker.tsx';
import { checkDraft, draftNeeds, draftOf, needKey, type ComposeDraft, type DraftError } from '../components/compose/compose-draft.ts';
import { fieldId, problemsByField, refusalProblems, type ComposeField } from '../components/compose/compose-problems.ts';
import { problemText, useComposeText, type ComposeText } from '../components/compose/compose-text.ts';
import {
  composePath,
  isComposable,
  parseComposeSearch,
  relaxConstraint,
  toComposeVariables,
  type BlockingConstraint,
  type NeedValue,
} from '../components/compose/compose-url.ts';
import { ConstraintsFields } from '../components/compose/ConstraintsFields.tsx';
import { NeedsEditor } from '../components/compose/NeedsEditor.tsx';
import { ApiErrorNotice, Loading, Notice } from '../components/common/Notice.tsx';
import { readStoredStack, writeStoredStack } from '../components/stack/stack-store.ts';
import { graphql, readFragment } from '../graphql.ts';
import { localized, useI18n } from '../i18n/i18n.tsx';
import { useDocumentTitle } from '../lib/document-title.ts';
import { formatCount, unitOf } from '../lib/format.ts';

const ComposeOptionsQuery = graphql(
  `
    query ComposeOptions {
      blueprints {
        slug
        ...BlueprintCard
      }
      categories {
        slug
        ...ComposeCategory
      }
      vendors(first: 100) {
        nodes {
          id
          slug
          name
        }
      }
    }
  `,
  [BlueprintCardFields, ComposeCategoryFields],
);

const ComposeStackQuery = graphql(
  `
    query ComposeStack($input: ComposeStackInput!) {
      composeStack(input: $input) {
        needs {
          category {
            ...ComposeCategory
          }
          quantity
        }
        alternatives {
          ...ComposedStackCard
        }
        blockerDetails {
          ...CompositionBlockerItem
        }
        incomplete
      }
    }
  `,
  [ComposeCategoryFields, ComposedStackFields, CompositionBlockerFields],
);

function draftErrorText(c: ComposeText, error: DraftError): string {
  switch (error) {
    case 'quantityInvalid':
      return c.needs.quantityInvalid;
    case 'categoryMissing':
      return c.needs.categoryMissing;
    case 'budgetInvalid':
      return c.constraints.budgetInvalid;
    case 'maxVendorsInvalid':
      return c.constraints.maxVendorsInvalid;
    case 'needsRequired':
      return c.needsRequired;
  }
}

export default function ComposePage() {
  const { t, lang } = useI18n();
  const c = useComposeText();
  useDocumentTitle(`${c.documentTitle} — ${t.siteName}`);
  const [, navigate] = useLocation();
  const search = useSearch();
  const requested = useMemo(() => parseComposeSearch(new URLSearchParams(search)), [search]);
  const requestedPath = composePath(requested);
  const composable = isComposable(requested);

  const [draft, setDraft] = useState<ComposeDraft>(() => draftOf(requested));
  // After a refused attempt, the form's errors follow the buyer's corrections.
  const [attempted, setAttempted] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);

  // Back, Forward or a relaxed constraint changed the request: the form shows it. The form's own request
  // is already what it shows (its rows, and the focus in them, stay).
  const shownPath = useRef(requestedPath);
  useEffect(() => {
    if (shownPath.current === requestedPath) return;
    shownPath.current = requestedPath;
    setDraft(draftOf(requested));
    setAttempted(false);
  }, [requestedPath, requested]);

  const [options, reexecuteOptions] = useQuery({ query: ComposeOptionsQuery });
  const blueprints = useMemo(() => (options.data?.blueprints ?? []).map((blueprint) => readFragment(BlueprintCardFields, blueprint)), [options.data]);
  const blueprintNeeds = (slug: string | null): NeedValue[] | null => {
    const blueprint = blueprints.find((candidate) => candidate.slug === slug);
    return blueprint ? blueprint.needs.map((need) => ({ category: readFragment(ComposeCategoryFields, need.category).slug, quantity: need.quantity })) : null;
  };
  // The chosen blueprint's needs as rows, the same rows (keys) until another is chosen.
  const blueprintRows = useMemo(() => draftNeeds(blueprintNeeds(draft.blueprint) ?? []), [draft.blueprint, blueprints]);
  const needRows = draft.needs ?? blueprintRows;
  const chosenBlueprint = blueprints.find((blueprint) => blueprint.slug === draft.blueprint) ?? null;
  const blueprintNotes = new Map((chosenBlueprint?.needs ?? []).map((need) => [readFragment(ComposeCategoryFields, need.category).slug, need]));

  const variables = useMemo(() => toComposeVariables(requested), [requestedPath]);
  const [result, reexecute] = useQuery({ query: ComposeStackQuery, variables, pause: !composable });
  const composition = composable ? result.data?.composeStack : undefined;
  const refusal = composable ? result.error?.graphQLErrors.find((error) => error.extensions.code === 'BAD_USER_INPUT') : undefined;
  // The composer answers optimal stacks or nothing: a request it cannot solve in time is refused as such.
  const tooComplex = composable ? result.error?.graphQLErrors.find((error) => error.extensions.code === 'COMPOSITION_TOO_COMPLEX') : undefined;
  const apiProblems = useMemo(() => (refusal ? refusalProblems(refusal.extensions, refusal.message) : []), [refusal]);
  const apiErrors = useMemo(() => problemsByField(apiProblems), [apiProblems]);

  const checked = useMemo(() => checkDraft(draft, blueprintNeeds(draft.blueprint)), [draft, blueprints]);
  const draftPath = checked.errors.size === 0 ? composePath(checked.state) : null;
  const changed = composable && draftPath !== requestedPath;

  const errorOf = (field: ComposeField): string | null => {
    const own = attempted ? checked.errors.get(field) : undefined;
    if (own) return draftErrorText(c, own);
    return !changed && apiErrors.has(field) ? problemText(c, field) : null;
  };

  useEffect(() => {
    if (focusResults.current && (composition || result.error)) {
      focusResults.current = false;
      resultsHeading.current?.focus();
    }
  }, [composition, result.error]);

  const change = (next: Partial<ComposeDraft>) => setDraft((current) => ({ ...current, ...next }));

  const onBlueprint = (slug: string | null) =>
    change({ blueprint: slug, needs: slug === null ? [{ key: needKey(), category: '', quantity: '1' }] : null });

  const onCompose = (event: FormEvent) => {
    event.preventDefault();
    if (checked.errors.size > 0) {
      setAttempted(true);
      const [first] = checked.errors.keys();
      document.getElementById(fieldId(first!))?.focus();
      return;
    }
    setAttempted(false);
    const path = composePath(checked.state);
    if (path === requestedPath) {
      reexecute({ requestPolicy: 'network-only' });
      return;
    }
    shownPath.current = path;
    navigate(path);
  };

  const onRelax = (constraint: BlockingConstraint) => {
    const relaxed = relaxConstraint(requested, constraint);
    if (!relaxed) return;
    focusResults.current = true;
    navigate(composePath(relaxed));
  };

  const onAdopt = (data: ComposedStackData) => {
    const alternative = readFragment(ComposedStackFields, data);
    const current = readStoredStack();
    if (current && current.items.length > 0 && !window.confirm(c.alternative.adoptConfirm(current.items.length))) return;
    const composedFrom = blueprints.find((blueprint) => blueprint.slug === requested.blueprint);
    const name = c.alternative.stackName(
      composedFrom ? localized(lang, composedFrom.name, composedFrom.nameEn) : null,
      localized(lang, alternative.label, alternative.labelEn),
    );
    if (!writeStoredStack(adoptedStack(name, alternative.items))) {
      setAnnouncement(t.stack.storageRefused);
      return;
    }
    navigate('/stack');
  };

  let status = '';
  if (composable && result.fetching) status = c.composing;
  else if (refusal) status = c.fixFields;
  else if (tooComplex) status = c.results.tooComplexTitle;
  else if (composition) status = composition.alternatives.length > 0 ? c.results.count(composition.alternatives.length) : c.blockers.title;

  const optionsFailed = options.error !== undefined && !options.data;

  return (
    <div className="page compose-page">
      <h1 className="page__title">{c.title}</h1>
      <p className="page__lead">{c.lead}</p>
      <div role="status" className="compose-page__announcement">
        {announcement && <p className="confirmation confirmation--error">{announcement}</p>}
      </div>

      {optionsFailed ? (
        <ApiErrorNotice onRetry={() => reexecuteOptions({ requestPolicy: 'network-only' })} />
      ) : !options.data ? (
        <Loading />
      ) : (
        <form className="compose-form" onSubmit={onCompose} noValidate>
          <section className="compose-step" aria-labelledby="compose-blueprints-title">
            <h2 id="compose-blueprints-title" className="section-title">
              {c.blueprints.title}
            </h2>
            <BlueprintPicker
              blueprints={options.data.blueprints}
              value={draft.blueprint ?? (draft.needs === null ? undefined : null)}
              onChange={onBlueprint}
              error={errorOf('blueprint')}
            />
          </section>

          <section className="compose-step" aria-labelledby="compose-needs-title">
            <h2 id="compose-needs-title" className="section-title">
              {c.needs.title}
            </h2>
            <p className="compose-step__help">
              {chosenBlueprint ? c.needs.fromBlueprint(localized(lang, chosenBlueprint.name, chosenBlueprint.nameEn)) : c.needs.help}
            </p>
            <NeedsEditor
              categories={options.data.categories}
              needs={needRows}
              onChange={(needs) => change({ needs })}
              errorOf={errorOf}
              onAnnounce={setAnnouncement}
              notes={blueprintNotes}
            />
          </section>

          <section className="compose-step" aria-labelledby="compose-constraints-title">
            <h2 id="compose-constraints-title" className="section-title">
              {c.constraints.title}
            </h2>
            <p className="compose-step__help">{c.constraints.help}</p>
            <ConstraintsFields draft={draft} vendors={options.data.vendors.nodes} onChange={change} errorOf={errorOf} />
          </section>

          <div className="compose-form__submit">
            <button type="submit" className="button compose-form__button">
              {c.compose}
            </button>
            <p className="compose-form__note">{attempted && checked.errors.size > 0 ? c.fixFields : changed ? c.draftChanged : ''}</p>
          </div>
        </form>
      )}

      <section className="compose-results" aria-labelledby="compose-results-title" aria-busy={composable && result.fetching}>
        <h2 id="compose-results-title" className="section-title" ref={resultsHeading} tabIndex={-1}>
          {c.results.title}
        </h2>
        <p role="status" className="compose-results__status">
          {status}
        </p>
        {!composable ? (
          <p className="muted">{c.results.intro}</p>
        ) : refusal ? (
          <Notice title={c.results.refusedTitle} tone="error">
            <p>{c.results.refusedBody}</p>
            <ul className="notice__links">
              {[...apiErrors].flatMap(([field, problems]) =>
                problems.map((problem, index) => (
                  <li key={`${field}-${index}`}>{field === null ? <q lang="en">{problem.message ?? refusal.message}</q> : problemText(c, field)}</li>
                )),
              )}
            </ul>
          </Notice>
        ) : tooComplex ? (
          <Notice title={c.results.tooComplexTitle} tone="error">
            <p>{tooComplex.extensions.reason === 'TIME_LIMIT' ? c.results.tooComplexTime : c.results.tooComplexAmounts}</p>
          </Notice>
        ) : result.error && !composition ? (
          <ApiErrorNotice onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : !composition ? null : (
          <div className={result.fetching ? 'is-updating' : undefined}>
            {composition.needs.length > 0 && (
              <p className="compose-results__needs">
                <strong>{c.results.composedFor}:</strong>{' '}
                {composition.needs
                  .map((need) => {
                    const category = readFragment(ComposeCategoryFields, need.category);
                    return c.results.need(formatCount(need.quantity, lang), unitOf(lang, need.quantity, category), localized(lang, category.name, category.nameEn));
                  })
                  .join(' · ')}
              </p>
            )}
            {composition.alternatives.length > 0 && (
              <ol className="alternatives">
                {composition.alternatives.map((alternative, index) => (
                  <AlternativeCard key={index} alternative={alternative} index={index} onAdopt={() => onAdopt(alternative)} />
                ))}
              </ol>
            )}
            {composition.incomplete.length > 0 && (
              <Notice title={c.results.incompleteTitle}>
                <p>{c.results.incomplete(composition.incomplete.map((objective) => c.results.objectives[objective]))}</p>
              </Notice>
            )}
            {composition.blockerDetails.length > 0 && (
              <BlockerList
                blockers={composition.blockerDetails}
                someComposed={composition.alternatives.length > 0}
                relaxable={(constraint) => relaxConstraint(requested, constraint) !== null}
                onRelax={onRelax}
              />
            )}
          </div>
        )}
      </section>
    </div>
  );
}
