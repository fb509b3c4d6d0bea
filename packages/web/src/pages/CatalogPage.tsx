import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { useQuery } from 'urql';
import { CatalogFilters } from '../components/catalog/CatalogFilters.tsx';
import {
  activeFilterCount,
  catalogPath,
  clearFilters,
  PAGE_SIZE,
  parseCatalogSearch,
  refine,
  SORTS,
  toggleFacetValue,
  toOfferingsVariables,
  type CatalogState,
  type SortValue,
} from '../components/catalog/catalog-url.ts';
import { CatalogFacetsFields, FacetPanel } from '../components/catalog/FacetPanel.tsx';
import { OfferingCard, OfferingCardFields } from '../components/catalog/OfferingCard.tsx';
import { Pagination, previousCursorsOf } from '../components/catalog/Pagination.tsx';
import { SearchField } from '../components/catalog/SearchField.tsx';
import { ApiErrorNotice, Loading, Notice } from '../components/common/Notice.tsx';
import { graphql } from '../graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useDocumentTitle } from '../lib/document-title.ts';
import { formatCount } from '../lib/format.ts';

const CatalogQuery = graphql(
  `
    query Catalog($query: String, $filter: OfferingFilter, $sort: OfferingSort, $first: Int, $after: String) {
      offerings(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
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

const SEARCH_DELAY_MS = 250;

export default function CatalogPage() {
  const { t, lang } = useI18n();
  const [, navigate] = useLocation();
  const search = useSearch();
  const historyState: unknown = useHistoryState();
  const state = useMemo(() => parseCatalogSearch(new URLSearchParams(search)), [search]);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  useDocumentTitle(`${t.catalog.title} — ${t.siteName}`);
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

  const [result, reexecute] = useQuery({ query: CatalogQuery, variables: toOfferingsVariables(state) });
  const offerings = result.data?.offerings;
  const filterCount = activeFilterCount(state);
  const staleCursor =
    state.after !== null && result.error?.graphQLErrors.some((error) => error.extensions.code === 'BAD_USER_INPUT');

  let status: string;
  if (offerings && result.fetching) {
    status = t.catalog.updating;
  } else if (offerings) {
    const total = formatCount(offerings.totalCount, lang);
    status = state.query ? t.catalog.resultsFor(total, state.query) : t.catalog.results(total);
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
            <CatalogFilters state={state} onChange={change} />
            {offerings && (
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
              {offerings && !result.fetching && state.after !== null && offerings.nodes.length > 0 && (
                <span className="catalog__range">
                  {' · '}
                  {t.catalog.range(
                    formatCount((state.page - 1) * PAGE_SIZE + 1, lang),
                    formatCount((state.page - 1) * PAGE_SIZE + offerings.nodes.length, lang),
                  )}
                </span>
              )}
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

          {staleCursor ? (
            <Notice title={t.catalog.staleTitle}>
              <p>{t.catalog.staleBody}</p>
              <Link className="button" to={catalogPath({ ...state, after: null, page: 1 })}>
                {t.catalog.first}
              </Link>
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
                hasNextPage={offerings.pageInfo.hasNextPage}
                endCursor={offerings.pageInfo.endCursor}
                previousCursors={previousCursorsOf(historyState)}
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
