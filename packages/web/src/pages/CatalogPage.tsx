import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useQuery } from 'urql';
import { ActiveFilters } from '../components/catalog/ActiveFilters.tsx';
import { CatalogFilters } from '../components/catalog/CatalogFilters.tsx';
import {
  activeFilterCount,
  catalogPath,
  clearFilters,
  parseCatalogSearch,
  refine,
  SORTS,
  toggleFacetValue,
  toOfferingsVariables,
  type CatalogState,
  type SortValue,
} from '../components/catalog/catalog-url.ts';
import { CatalogFacetsFields, FacetPanel } from '../components/catalog/FacetPanel.tsx';
import { rememberCatalogView } from '../components/catalog/last-search.ts';
import { OfferingCard, OfferingCardFields } from '../components/catalog/OfferingCard.tsx';
import { Pagination } from '../components/catalog/Pagination.tsx';
import { SearchField } from '../components/catalog/SearchField.tsx';
import { UnitHint } from '../components/catalog/UnitHint.tsx';
import { ApiErrorNotice, Loading, Notice } from '../components/common/Notice.tsx';
import { graphql } from '../graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { usePageMeta } from '../lib/page-meta.tsx';
import { formatCount } from '../lib/format.ts';

const CatalogQuery = graphql(
  `
    query Catalog($query: String, $filter: OfferingFilter, $sort: OfferingSort, $first: Int, $after: String) {
      offerings(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
        totalCount
        countBefore
        pageCursors(around: 2) {
          page
          cursor
          isCurrent
        }
        facets {
          ...CatalogFacets
        }
        nodes {
          id
          ...OfferingCard
        }
      }
    }
  `,
  [CatalogFacetsFields, OfferingCardFields],
);

/** The frameworks the catalogue can filter by: those with a verified, unexpired attestation. */
const VerifiedFrameworksQuery = graphql(`
  query VerifiedFrameworks {
    complianceFrameworks(verifiedOnly: true) {
      code
      name
      nameEn
    }
  }
`);

const SEARCH_DELAY_MS = 250;

export default function CatalogPage() {
  const { t, lang } = useI18n();
  const [, navigate] = useLocation();
  const search = useSearch();
  const state = useMemo(() => parseCatalogSearch(new URLSearchParams(search)), [search]);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const sortId = useId();

  const [input, setInput] = useState(state.query);
  const committedQuery = useRef(state.query);
  // Typing a search makes one history entry, not one per pause.
  const typing = useRef(false);

  const go = (next: CatalogState, options: { replace?: boolean } = {}) => navigate(catalogPath(next), options);
  const change = (next: CatalogState) => {
    typing.current = false;
    go(next);
  };

  // Back, Forward or a link changed the words: show them in the box.
  useEffect(() => {
    if (state.query === committedQuery.current) return;
    committedQuery.current = state.query;
    typing.current = false;
    setInput(state.query);
  }, [state.query]);

  useEffect(() => {
    const next = input.trim();
    if (next === state.query) return;
    const timer = window.setTimeout(() => {
      committedQuery.current = next;
      go(refine(state, { query: next }), { replace: typing.current });
      typing.current = true;
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [input, state]);

  // A line added to the stack from an offering this view leads to keeps its search.
  useEffect(() => rememberCatalogView(state), [state]);

  const [result, reexecute] = useQuery({ query: CatalogQuery, variables: toOfferingsVariables(state) });
  const [frameworksResult] = useQuery({ query: VerifiedFrameworksQuery });
  const frameworks = frameworksResult.data?.complianceFrameworks ?? [];
  const offerings = result.data?.offerings;
  // Each view has one address (catalogPath orders its filters and drops what it does not know), its
  // canonical one. A first page in the default order, filtered or not, is a page worth finding (all the
  // managed databases, Viettel IDC's services); searches, other orders and later pages are views of those
  // that drift as listings change and multiply without end: crawlers follow their links but do not index them.
  const indexed = state.query === '' && state.sort === 'RELEVANCE' && state.after === null;
  usePageMeta({
    title: `${t.catalog.title} — ${t.siteName}`,
    name: t.catalog.title,
    description: offerings ? t.meta.catalogDescription(formatCount(offerings.totalCount, lang)) : undefined,
    path: catalogPath(state),
    robots: indexed ? undefined : 'noindex, follow',
  });
  // The filters show once the frameworks have answered (or failed: the others work without them), so the
  // list of frameworks never lands above filters already on screen; the facets also wait for the
  // catalogue's answer, below them.
  const frameworksAnswered = frameworksResult.data !== undefined || frameworksResult.error !== undefined;
  const filterCount = activeFilterCount(state);
  // The API refused the view (BAD_USER_INPUT): a cursor that no longer fits, or words or filters it does
  // not take, which it explains in its own words.
  const refusal = result.error?.graphQLErrors.find((error) => error.extensions.code === 'BAD_USER_INPUT');
  const staleCursor = state.after !== null && refusal?.extensions.argument === 'after';
  const clearSearch = () => {
    setInput('');
    committedQuery.current = '';
    change(refine(state, { query: '' }));
  };

  let status: string;
  if (offerings && result.fetching) {
    status = t.catalog.updating;
  } else if (offerings) {
    const total = formatCount(offerings.totalCount, lang);
    status = state.query ? t.catalog.resultsFor(total, state.query) : t.catalog.results(total);
    if (offerings.countBefore > 0 && offerings.nodes.length > 0) {
      status += ` · ${t.catalog.range(formatCount(offerings.countBefore + 1, lang), formatCount(offerings.countBefore + offerings.nodes.length, lang))}`;
    }
  } else {
    status = result.fetching ? t.common.loading : '';
  }

  return (
    <div className="page catalog">
      <h1 className="page__title">{t.catalog.title}</h1>
      <SearchField
        label={t.catalog.searchLabel}
        placeholder={t.catalog.searchPlaceholder}
        buttonLabel={t.home.searchButton}
        value={input}
        onChange={setInput}
        onSubmit={(query) => {
          committedQuery.current = query;
          change(refine(state, { query }));
        }}
      />

      <div className="catalog__layout">
        <section className={`catalog__filters${filtersOpen ? ' is-open' : ''}`} aria-labelledby={`${filtersId}-title`}>
          <button
            type="button"
            className="button button--secondary catalog__filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            {t.catalog.filtersActive(filterCount)}
          </button>
          <div className="catalog__filters-body" id={filtersId}>
            <h2 className="catalog__filters-title" id={`${filtersId}-title`}>
              {t.catalog.filters}
            </h2>
            {filterCount > 0 && (
              <button type="button" className="link-button" onClick={() => change(clearFilters(state))}>
                {t.catalog.clearAll}
              </button>
            )}
            {frameworksAnswered && <CatalogFilters state={state} frameworks={frameworks} onChange={change} />}
            {frameworksAnswered && offerings && (
              <FacetPanel
                facets={offerings.facets}
                state={state}
                onToggle={(facet, value) => change(toggleFacetValue(state, facet, value))}
              />
            )}
          </div>
        </section>

        <section className="catalog__results" aria-labelledby="catalog-results-title" aria-busy={result.fetching}>
          <h2 id="catalog-results-title" className="visually-hidden">
            {t.catalog.resultsTitle}
          </h2>
          <div className="catalog__toolbar">
            <p className="catalog__status" role="status">
              {status}
            </p>
            <div className="field field--inline">
              <label htmlFor={sortId}>{t.catalog.sort}</label>
              <select
                id={sortId}
                value={state.sort}
                onChange={(event) => change(refine(state, { sort: event.target.value as SortValue }))}
              >
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t.catalog.sorts[sort]}
                  </option>
                ))}
              </select>
            </div>
          </div>

          <ActiveFilters state={state} facets={offerings?.facets ?? null} frameworks={frameworks} onChange={change} />
          {offerings && <UnitHint state={state} facets={offerings.facets} onChange={change} />}

          {staleCursor ? (
            <Notice title={t.catalog.staleTitle}>
              <p>{t.catalog.staleBody}</p>
              <Link className="button" to={catalogPath({ ...state, after: null, page: 1 })}>
                {t.catalog.first}
              </Link>
            </Notice>
          ) : refusal ? (
            <Notice title={t.catalogMore.refusedTitle} tone="error">
              <p>
                {t.catalogMore.refusedBody} <q lang="en">{refusal.message}</q>
              </p>
              {refusal.extensions.argument === 'query' ? (
                <button type="button" className="button" onClick={clearSearch}>
                  {t.catalogMore.clearSearch}
                </button>
              ) : (
                <button type="button" className="button" onClick={() => change(clearFilters(state))}>
                  {t.catalog.clearAll}
                </button>
              )}
            </Notice>
          ) : result.error && !offerings ? (
            <ApiErrorNotice onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
          ) : !offerings ? (
            <Loading />
          ) : offerings.nodes.length === 0 ? (
            <Notice title={t.catalog.emptyTitle}>
              {state.query && <p>{t.catalog.emptyQuery(state.query)}</p>}
              <p>{t.catalog.emptyBody}</p>
              {filterCount > 0 && (
                <button type="button" className="button" onClick={() => change(clearFilters(state))}>
                  {t.catalog.clearAll}
                </button>
              )}
            </Notice>
          ) : (
            <>
              <ul className={`card-grid${result.fetching ? ' is-updating' : ''}`}>
                {offerings.nodes.map((offering) => (
                  <OfferingCard key={offering.id} offering={offering} />
                ))}
              </ul>
              <Pagination
                state={state}
                totalCount={offerings.totalCount}
                countBefore={offerings.countBefore}
                shown={offerings.nodes.length}
                pages={offerings.pageCursors}
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
