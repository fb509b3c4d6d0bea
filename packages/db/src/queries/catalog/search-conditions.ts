import { sql, type SQL } from 'drizzle-orm';
import type { BillingUnit, OfferingKind } from '../../schema/enums.ts';
import { currentAttestation, effectiveAttestationStatus, list, published } from '../fragments.ts';

// What an offering search matches and how it orders: its words, filters and facets as SQL conditions,
// its sort as keys, and the keyset conditions that page through them.

export type OfferingSort = 'RELEVANCE' | 'NAME' | 'PRICE_ASC' | 'PRICE_DESC' | 'SLA_DESC' | 'UPDATED_DESC';

export interface OfferingFilter {
  kinds?: OfferingKind[] | null;
  categories?: string[] | null;
  vendors?: string[] | null;
  cities?: string[] | null;
  dataInVietnam?: boolean | null;
  /** whole VND, validated by the caller */
  maxMonthlyPrice?: string | null;
  /** percent, validated by the caller */
  minSlaAvailability?: string | null;
  verifiedFramework?: string | null;
  /** units of the lowest price (OfferingRow.priceUnit); HOUR is read as MONTH */
  billingUnits?: BillingUnit[] | null;
}

export interface OfferingSearch {
  query?: string | null;
  filter?: OfferingFilter | null;
  sort: OfferingSort;
  /**
   * Match the query's words by spelling similarity instead of full text: the fallback for words no
   * listing contains (typos such as "vietel"). See `needsFuzzyMatch`.
   */
  fuzzy?: boolean;
}

/** The words of a search, ready for to_tsquery: letters and digits only, so no tsquery syntax gets in. */
export interface PreparedQuery {
  /** e.g. "điện & toán:*" — the last word matches as a prefix, for search as you type */
  tsquery: string;
  /** the words joined by spaces, for trigram similarity */
  words: string;
}

export const maxSearchWords = 12;

export function prepareQuery(query: string | null | undefined): PreparedQuery | null {
  if (!query) return null;
  const words = (query.normalize('NFC').toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? [])
    .slice(0, maxSearchWords)
    .map((word) => word.slice(0, 60));
  if (words.length === 0) return null;
  return {
    tsquery: words.map((word, index) => (index === words.length - 1 ? `${word}:*` : word)).join(' & '),
    words: words.join(' '),
  };
}

/** The SQL type of a keyset cursor's value: what it is cast to when a page after it is read. */
export type CursorKeyType = 'text' | 'bigint' | 'numeric' | 'timestamptz' | 'int' | 'uuid';

export interface SortKey {
  expr: SQL;
  descending: boolean;
  /** SQL type the cursor's text value is cast to */
  type: CursorKeyType;
}

const idKey: SortKey = { expr: sql`o.id`, descending: false, type: 'uuid' };

function matchRank(q: PreparedQuery, fuzzy: boolean): SQL {
  if (fuzzy) return sql`cast(0 as int)`;
  return sql`(case when o.search_exact @@ to_tsquery('simple', ${q.tsquery}) then 2 else 1 end)`;
}

/** Full-text matches score by ts_rank_cd (names weigh most); near spellings by similarity. */
function matchScore(q: PreparedQuery, fuzzy: boolean): SQL {
  const score = fuzzy
    ? sql`word_similarity(mv_fold(${q.words}), o.search_names)`
    : sql`ts_rank_cd(o.search_folded, to_tsquery('simple', mv_fold(${q.tsquery})))`;
  return sql`round((${score})::numeric, 6)`;
}

export function sortKeys(search: OfferingSearch): SortKey[] {
  const q = prepareQuery(search.query);
  switch (search.sort) {
    case 'RELEVANCE':
      if (!q) return [{ expr: sql`o.name`, descending: false, type: 'text' }, idKey];
      return [
        { expr: matchRank(q, search.fuzzy === true), descending: true, type: 'int' },
        { expr: matchScore(q, search.fuzzy === true), descending: true, type: 'numeric' },
        idKey,
      ];
    case 'NAME':
      return [{ expr: sql`o.name`, descending: false, type: 'text' }, idKey];
    case 'PRICE_ASC':
      return [{ expr: sql`coalesce(o.min_monthly_price, 9223372036854775807)`, descending: false, type: 'bigint' }, idKey];
    case 'PRICE_DESC':
      return [{ expr: sql`coalesce(o.min_monthly_price, -1)`, descending: true, type: 'bigint' }, idKey];
    case 'SLA_DESC':
      return [{ expr: sql`coalesce(o.sla_availability, 0)`, descending: true, type: 'numeric' }, idKey];
    case 'UPDATED_DESC':
      return [{ expr: sql`o.updated_at`, descending: true, type: 'timestamptz' }, idKey];
  }
}

/** The type of each value a cursor of this search carries, in order. */
export function cursorKeyTypes(search: OfferingSearch): CursorKeyType[] {
  return sortKeys(search).map((key) => key.type);
}

const castKey = (value: string, key: SortKey) => sql`${value}::${sql.raw(key.type)}`;

/** Rows strictly after the one with these key values, in the keys' order: (k0 > v0) or (k0 = v0 and k1 > v1)…. */
function beyondKeyset(keys: SortKey[], values: string[]): SQL {
  const alternatives = keys.map((key, index) => {
    const equal = keys.slice(0, index).map((previous, j) => sql`${previous.expr} = ${castKey(values[j]!, previous)}`);
    const beyond = sql`${key.expr} ${sql.raw(key.descending ? '<' : '>')} ${castKey(values[index]!, key)}`;
    return sql`(${sql.join([...equal, beyond], sql` and `)})`;
  });
  return sql`(${sql.join(alternatives, sql` or `)})`;
}

/**
 * The rows after a cursor. The first key's bound is implied by the alternatives, but written on its own
 * an index on that key starts its scan there instead of reading every row before the cursor.
 */
export function afterKeyset(keys: SortKey[], values: string[]): SQL {
  const [first] = keys;
  return sql`(${first!.expr} ${sql.raw(first!.descending ? '<=' : '>=')} ${castKey(values[0]!, first!)} and ${beyondKeyset(keys, values)})`;
}

/** The rows up to a cursor's, that row included: the complement of afterKeyset, bounded the same way. */
export function throughKeyset(keys: SortKey[], values: string[]): SQL {
  const [first] = keys;
  return sql`(${first!.expr} ${sql.raw(first!.descending ? '>=' : '<=')} ${castKey(values[0]!, first!)} and not ${beyondKeyset(keys, values)})`;
}

export type Facet = 'kinds' | 'categories' | 'vendors' | 'cities' | 'billingUnits';

/** The units a filter chooses, HOUR read as MONTH (hourly plans are priced by the month, 730 hours). */
export function chosenUnits(filter: OfferingFilter | null | undefined): BillingUnit[] {
  return [...new Set((filter?.billingUnits ?? []).map((unit): BillingUnit => (unit === 'HOUR' ? 'MONTH' : unit)))];
}

function hasValues<T>(values: readonly T[] | null | undefined): values is readonly T[] {
  return Array.isArray(values) && values.length > 0;
}

/** Each facet's own condition; null when the filter does not choose values of that facet. */
export function facetConditions(filter: OfferingFilter): Record<Facet, SQL | null> {
  return {
    kinds: hasValues(filter.kinds) ? sql`o.kind in (${list(filter.kinds.map((k) => sql`${k}::offering_kind`))})` : null,
    categories: hasValues(filter.categories)
      ? sql`o.category_id in (select c.id from categories c where c.slug in (${list(filter.categories)}))`
      : null,
    vendors: hasValues(filter.vendors)
      ? sql`o.vendor_id in (select v.id from vendors v where v.slug in (${list(filter.vendors)}))`
      : null,
    cities: hasValues(filter.cities)
      ? sql`exists (select 1 from offering_data_centers x join data_centers d on d.id = x.data_center_id
                    where x.offering_id = o.id and d.city in (${list(filter.cities)}))`
      : null,
    billingUnits: hasValues(filter.billingUnits)
      ? sql`o.price_unit in (${list(chosenUnits(filter).map((unit) => sql`${unit}::billing_unit`))})`
      : null,
  };
}

/** Conditions every facet shares: publication, search words and the non-facet filters. */
export function commonConditions(search: OfferingSearch): SQL[] {
  const filter = search.filter ?? {};
  const conditions: SQL[] = [published];
  const q = prepareQuery(search.query);
  if (q) {
    conditions.push(
      search.fuzzy
        ? sql`mv_fold(${q.words}) <% o.search_names`
        : sql`o.search_folded @@ to_tsquery('simple', mv_fold(${q.tsquery}))`,
    );
  }
  if (filter.dataInVietnam != null) conditions.push(sql`o.data_in_vietnam = ${filter.dataInVietnam}`);
  if (filter.maxMonthlyPrice != null) conditions.push(sql`o.min_monthly_price <= ${filter.maxMonthlyPrice}::numeric`);
  if (filter.minSlaAvailability != null) conditions.push(sql`o.sla_availability >= ${filter.minSlaAvailability}::numeric`);
  if (filter.verifiedFramework != null) {
    conditions.push(sql`exists (select 1 from attestations a join compliance_frameworks f on f.id = a.framework_id
      where f.code = ${filter.verifiedFramework} and ${effectiveAttestationStatus} = 'VERIFIED' and ${currentAttestation}
        and (a.offering_id = o.id or a.vendor_id = o.vendor_id))`);
  }
  return conditions;
}

export function whereAll(search: OfferingSearch, extra: SQL[] = []): SQL {
  const facets = Object.values(facetConditions(search.filter ?? {})).filter((c): c is SQL => c !== null);
  return sql.join([...commonConditions(search), ...facets, ...extra], sql` and `);
}
