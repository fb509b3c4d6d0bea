// The catalog's whole view lives in the address: a link reproduces it and Back returns to the previous one.
// Pure functions, so they can be tested without a browser.

export const OFFERING_KINDS = ['IAAS', 'PAAS', 'SAAS', 'SECURITY', 'SOFTWARE'] as const;
export type OfferingKindValue = (typeof OFFERING_KINDS)[number];

export const SORTS = ['RELEVANCE', 'NAME', 'PRICE_ASC', 'PRICE_DESC', 'SLA_DESC', 'UPDATED_DESC'] as const;
export type SortValue = (typeof SORTS)[number];

/** What an offering's lowest price counts (the API's BillingUnit, HOUR being read as MONTH). */
export const PRICE_UNITS = ['MONTH', 'GB_MONTH', 'USER_MONTH', 'ONE_TIME'] as const;
export type PriceUnitValue = (typeof PRICE_UNITS)[number];

export const MIC_FRAMEWORK_CODE = 'MIC-CLOUD-153';
export const PAGE_SIZE = 20;
/** The longest search the API takes (`offerings(query:)`, at most 200 characters). */
export const SEARCH_MAX_LENGTH = 200;

export interface CatalogState {
  query: string;
  kinds: OfferingKindValue[];
  categories: string[];
  vendors: string[];
  cities: string[];
  /** units of the lowest price */
  billingUnits: PriceUnitValue[];
  dataInVietnam: boolean;
  /** whole VND */
  maxMonthlyPrice: number | null;
  /** percent, as written in the address, e.g. "99.9" */
  minSlaAvailability: string | null;
  /** the code of a framework the offering or its vendor holds a verified attestation of */
  framework: string | null;
  sort: SortValue;
  /** the cursor the page starts after; null for the first page */
  after: string | null;
  /** 1-based page number, shown to the reader; the cursor alone decides what is fetched */
  page: number;
}

export const EMPTY_CATALOG_STATE: CatalogState = {
  query: '',
  kinds: [],
  categories: [],
  vendors: [],
  cities: [],
  billingUnits: [],
  dataInVietnam: false,
  maxMonthlyPrice: null,
  minSlaAvailability: null,
  framework: null,
  sort: 'RELEVANCE',
  after: null,
  page: 1,
};

const PARAM = {
  query: 'q',
  kinds: 'kind',
  categories: 'category',
  vendors: 'vendor',
  cities: 'city',
  billingUnits: 'unit',
  dataInVietnam: 'vn',
  maxMonthlyPrice: 'max',
  minSlaAvailability: 'sla',
  framework: 'cert',
  /** the MIC checkbox of links made before every framework could be chosen */
  micVerified: 'mic',
  sort: 'sort',
  after: 'after',
  page: 'page',
} as const;

export type FacetName = 'kinds' | 'categories' | 'vendors' | 'cities' | 'billingUnits';

/** PRICE_ASC → price-asc, GB_MONTH → gb-month */
function toParam(value: string): string {
  return value.toLowerCase().replace('_', '-');
}

function isUnit(value: string): value is PriceUnitValue {
  return (PRICE_UNITS as readonly string[]).includes(value);
}

function parseFramework(raw: string | null): string | null {
  const code = raw?.trim() ?? '';
  return /^[A-Za-z0-9][A-Za-z0-9.-]{0,99}$/.test(code) ? code : null;
}

function distinct(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
}

function isKind(value: string): value is OfferingKindValue {
  return (OFFERING_KINDS as readonly string[]).includes(value);
}

function parseMaxPrice(raw: string | null): number | null {
  if (raw === null || !/^\d{1,15}$/.test(raw)) return null;
  const value = Number(raw);
  return value > 0 ? value : null;
}

function parseSla(raw: string | null): string | null {
  if (raw === null || !/^\d{1,3}(\.\d{1,3})?$/.test(raw)) return null;
  const value = Number(raw);
  return value > 0 && value <= 100 ? raw : null;
}

export function parseCatalogSearch(params: URLSearchParams): CatalogState {
  const sortParam = params.get(PARAM.sort);
  const after = params.get(PARAM.after) || null;
  const page = Number(params.get(PARAM.page));
  return {
    query: (params.get(PARAM.query) ?? '').trim(),
    kinds: distinct(params.getAll(PARAM.kinds).map((kind) => kind.toUpperCase())).filter(isKind),
    categories: distinct(params.getAll(PARAM.categories)),
    vendors: distinct(params.getAll(PARAM.vendors)),
    cities: distinct(params.getAll(PARAM.cities)),
    billingUnits: distinct(params.getAll(PARAM.billingUnits).map((unit) => unit.toUpperCase().replace('-', '_'))).filter(isUnit),
    dataInVietnam: params.get(PARAM.dataInVietnam) === '1',
    maxMonthlyPrice: parseMaxPrice(params.get(PARAM.maxMonthlyPrice)),
    minSlaAvailability: parseSla(params.get(PARAM.minSlaAvailability)),
    framework: parseFramework(params.get(PARAM.framework)) ?? (params.get(PARAM.micVerified) === '1' ? MIC_FRAMEWORK_CODE : null),
    sort: SORTS.find((sort) => sortParam === toParam(sort)) ?? 'RELEVANCE',
    after,
    page: after !== null && Number.isInteger(page) && page >= 2 ? page : after !== null ? 2 : 1,
  };
}

/** The address's query string for a state, in a stable order, leaving defaults out. */
export function serializeCatalogState(state: CatalogState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(PARAM.query, state.query);
  for (const kind of state.kinds) params.append(PARAM.kinds, kind.toLowerCase());
  for (const category of state.categories) params.append(PARAM.categories, category);
  for (const vendor of state.vendors) params.append(PARAM.vendors, vendor);
  for (const city of state.cities) params.append(PARAM.cities, city);
  for (const unit of state.billingUnits) params.append(PARAM.billingUnits, toParam(unit));
  if (state.dataInVietnam) params.set(PARAM.dataInVietnam, '1');
  if (state.maxMonthlyPrice !== null) params.set(PARAM.maxMonthlyPrice, String(state.maxMonthlyPrice));
  if (state.minSlaAvailability !== null) params.set(PARAM.minSlaAvailability, state.minSlaAvailability);
  if (state.framework !== null) params.set(PARAM.framework, state.framework);
  if (state.sort !== 'RELEVANCE') params.set(PARAM.sort, toParam(state.sort));
  if (state.after !== null) {
    params.set(PARAM.after, state.after);
    params.set(PARAM.page, String(state.page));
  }
  return params;
}

/** The catalog's address for a view. */
export function catalogPath(state: CatalogState): string {
  const search = serializeCatalogState(state).toString();
  return search ? `/catalog?${search}` : '/catalog';
}

/** A catalog link, e.g. for a category or a vendor elsewhere on the site. */
export function catalogHref(changes: Partial<CatalogState>): string {
  return catalogPath({ ...EMPTY_CATALOG_STATE, ...changes });
}

/** A new state after the reader changed what they look for: back to the first page. */
export function refine(state: CatalogState, changes: Partial<Omit<CatalogState, 'after' | 'page'>>): CatalogState {
  return { ...state, ...changes, after: null, page: 1 };
}

export function toggleFacetValue(state: CatalogState, facet: FacetName, value: string): CatalogState {
  const current: string[] = state[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  if (facet === 'kinds') return refine(state, { kinds: next.filter(isKind) });
  if (facet === 'billingUnits') return refine(state, { billingUnits: next.filter(isUnit) });
  return refine(state, { [facet]: next });
}

/** How many filters narrow the result (the search words and the order excluded). */
export function activeFilterCount(state: CatalogState): number {
  return (
    state.kinds.length +
    state.categories.length +
    state.vendors.length +
    state.cities.length +
    state.billingUnits.length +
    (state.dataInVietnam ? 1 : 0) +
    (state.maxMonthlyPrice !== null ? 1 : 0) +
    (state.minSlaAvailability !== null ? 1 : 0) +
    (state.framework !== null ? 1 : 0)
  );
}

export function clearFilters(state: CatalogState): CatalogState {
  return refine(EMPTY_CATALOG_STATE, { query: state.query, sort: state.sort });
}

export interface OfferingsVariables {
  query: string | null;
  first: number;
  after: string | null;
  sort: SortValue;
  filter: {
    kinds: OfferingKindValue[] | null;
    categories: string[] | null;
    vendors: string[] | null;
    cities: string[] | null;
    billingUnits: PriceUnitValue[] | null;
    dataInVietnam: boolean | null;
    maxMonthlyPrice: string | null;
    minSlaAvailability: string | null;
    verifiedFramework: string | null;
  };
}

const orNull = <T>(values: T[]): T[] | null => (values.length > 0 ? values : null);

/** The `offerings` query's variables for a state. */
export function toOfferingsVariables(state: CatalogState): OfferingsVariables {
  return {
    query: state.query || null,
    first: PAGE_SIZE,
    after: state.after,
    sort: state.sort,
    filter: {
      kinds: orNull(state.kinds),
      categories: orNull(state.categories),
      vendors: orNull(state.vendors),
      cities: orNull(state.cities),
      billingUnits: orNull(state.billingUnits),
      dataInVietnam: state.dataInVietnam || null,
      maxMonthlyPrice: state.maxMonthlyPrice === null ? null : String(state.maxMonthlyPrice),
      minSlaAvailability: state.minSlaAvailability,
      verifiedFramework: state.framework,
    },
  };
}

/** A catalogue search as saveStack keeps it with a stack (the API's CatalogSearchInput): the words, filters and order. */
export interface SavedCatalogSearch {
  query: string | null;
  sort: SortValue | null;
  filter: OfferingsVariables['filter'];
}

/** The search of a catalogue view, to keep with a stack built from it; null when it neither searches, filters nor orders. */
export function savedCatalogSearch(state: CatalogState): SavedCatalogSearch | null {
  if (state.query === '' && state.sort === 'RELEVANCE' && activeFilterCount(state) === 0) return null;
  const { query, sort, filter } = toOfferingsVariables(state);
  return { query, sort: sort === 'RELEVANCE' ? null : sort, filter };
}

/** A catalogue search kept with a stack, as the API reads it back (CatalogSearch). */
export interface KeptCatalogSearch {
  query: string | null;
  sort: SortValue | null;
  kinds: readonly string[];
  categories: readonly string[];
  vendors: readonly string[];
  cities: readonly string[];
  billingUnits: readonly string[];
  dataInVietnam: boolean | null;
  maxMonthlyPrice: string | null;
  minSlaAvailability: string | null;
  verifiedFramework: string | null;
}

/** The catalogue view a kept search opens (the filters the catalogue's address can hold). */
export function catalogStateOf(search: KeptCatalogSearch): CatalogState {
  const maxMonthlyPrice = search.maxMonthlyPrice === null ? null : Number(search.maxMonthlyPrice);
  return {
    ...EMPTY_CATALOG_STATE,
    query: search.query ?? '',
    sort: search.sort ?? 'RELEVANCE',
    kinds: search.kinds.filter(isKind),
    categories: [...search.categories],
    vendors: [...search.vendors],
    cities: [...search.cities],
    billingUnits: search.billingUnits.filter(isUnit),
    dataInVietnam: search.dataInVietnam === true,
    maxMonthlyPrice: maxMonthlyPrice !== null && Number.isSafeInteger(maxMonthlyPrice) && maxMonthlyPrice > 0 ? maxMonthlyPrice : null,
    minSlaAvailability: search.minSlaAvailability,
    framework: search.verifiedFramework,
  };
}

/** A kept search as saveStack takes it again (a shared stack loaded into the builder keeps where it came from). */
export function savedCatalogSearchOf(search: KeptCatalogSearch): SavedCatalogSearch {
  const orNone = <T>(values: readonly T[]): T[] | null => (values.length > 0 ? [...values] : null);
  return {
    query: search.query,
    sort: search.sort,
    filter: {
      kinds: orNone(search.kinds.filter(isKind)),
      categories: orNone(search.categories),
      vendors: orNone(search.vendors),
      cities: orNone(search.cities),
      billingUnits: orNone(search.billingUnits.filter(isUnit)),
      dataInVietnam: search.dataInVietnam,
      maxMonthlyPrice: search.maxMonthlyPrice,
      minSlaAvailability: search.minSlaAvailability,
      verifiedFramework: search.verifiedFramework,
    },
  };
}
