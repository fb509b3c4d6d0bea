import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import { list, offeringColumns, planForValues, published, withDates } from '../fragments.ts';
import { rowKeys } from '../row-keys.ts';
import type { OfferingRow } from './rows.ts';
import {
  afterKeyset,
  chosenUnits,
  commonConditions,
  facetConditions,
  prepareQuery,
  sortKeys,
  throughKeyset,
  whereAll,
  type Facet,
  type OfferingSearch,
  type SortKey,
} from './search-conditions.ts';

// Offering search: pages in any sort, the sort keys of pages ahead, counts and facet counts.

/** Whether a query is long enough (4+ characters) to compare by spelling similarity. */
export function fuzzyComparable(query: string | null | undefined): boolean {
  return (prepareQuery(query)?.words.length ?? 0) >= 4;
}

/**
 * Whether a query needs the spelling-similarity fallback: it is long enough to compare (4+ characters)
 * and its words match no published listing's text. One index probe.
 */
export async function needsFuzzyMatch(db: Db, query: string | null | undefined): Promise<boolean> {
  const q = prepareQuery(query);
  if (!q || !fuzzyComparable(query)) return false;
  const rows = await queryRows<{ found: boolean }>(
    db,
    sql`${planForValues}select exists (select 1 from offerings o
          where ${published} and o.search_folded @@ to_tsquery('simple', mv_fold(${q.tsquery}))) as found`,
  );
  return rows[0]?.found === false;
}

export interface OfferingPage {
  rows: (OfferingRow & { cursorKeys: string[] })[];
  hasNextPage: boolean;
}

/** Sorts with an index per kind of published offerings: by price, and by name (also relevance without words). */
function hasKindOrderIndex(search: OfferingSearch): boolean {
  return search.sort === 'PRICE_ASC' || search.sort === 'NAME' || (search.sort === 'RELEVANCE' && !prepareQuery(search.query));
}

/**
 * The searches a page is read as, one per branch, when one walk in sort order would read far more rows
 * than it keeps; null to read it in one walk. By price within chosen units: one branch per unit, each in
 * order from its own index (offerings_published_unit_price_*_idx), since the units' prices lie far apart
 * (per GB in hundreds of đồng, per server in hundreds of thousands). By price or name over several kinds:
 * one branch per kind (offerings_published_kind_price_idx, offerings_published_kind_name_idx), since the
 * kinds are not spread evenly over prices or names either.
 */
function branchesOf(search: OfferingSearch): OfferingSearch[] | null {
  const units = chosenUnits(search.filter);
  if ((search.sort === 'PRICE_ASC' || search.sort === 'PRICE_DESC') && units.length > 0) {
    return units.length > 1 ? units.map((unit) => ({ ...search, filter: { ...search.filter, billingUnits: [unit] } })) : null;
  }
  const kinds = [...new Set(search.filter?.kinds ?? [])];
  if (kinds.length > 1 && hasKindOrderIndex(search)) return kinds.map((kind) => ({ ...search, filter: { ...search.filter, kinds: [kind] } }));
  return null;
}

export interface Walk {
  /** rows to read at most */
  limit: number;
  /** the sort-key values of the row the walk starts after; null from the start (or the end, backward) */
  after?: string[] | null;
  /** against the sort: the rows before `after`, nearest first */
  backward?: boolean;
}

/** The sort keys as columns s0, s1… of a select list, and the order by them. */
function sortedBy(keys: SortKey[]): { sortColumns: SQL; order: SQL } {
  return {
    sortColumns: sql.join(
      keys.map((key, index) => sql`${key.expr} as ${sql.raw(`s${index}`)}`),
      sql`, `,
    ),
    order: sql.join(
      keys.map((key, index) => sql`${sql.raw(`s${index}`)} ${sql.raw(key.descending ? 'desc' : 'asc')}`),
      sql`, `,
    ),
  };
}

/**
 * A query reading up to `walk.limit` rows of `search` in the walk's order, with `columns`, the sort's keys
 * as they sort (s0, s1…) and as text (k0, k1…: a cursor's values). Each key is computed once per row (a
 * relevance score is the dearest part of a search) and turned into text only for the rows kept.
 */
function walkQuery(search: OfferingSearch, walk: Walk, columns: SQL): { query: SQL; order: SQL } {
  const keys = sortKeys(search).map((key) => (walk.backward ? { ...key, descending: !key.descending } : key));
  const extra = walk.after ? [afterKeyset(keys, walk.after)] : [];
  const { sortColumns, order } = sortedBy(keys);
  const ordered = (of: OfferingSearch) =>
    sql`select ${columns}, ${sortColumns} from offerings o where ${whereAll(of, extra)} order by ${order} limit ${walk.limit}`;
  const branches = branchesOf(search);
  // Each branch reads its own part in order; the branches are merged on the sort values they carry.
  const rows = branches
    ? sql`select * from (${sql.join(
        branches.map((branch) => sql`(${ordered(branch)})`),
        sql` union all `,
      )}) branches order by ${order} limit ${walk.limit}`
    : ordered(search);
  const keyText = sql.join(
    keys.map((_, index) => sql`w.${sql.raw(`s${index}`)}::text as ${sql.raw(`k${index}`)}`),
    sql`, `,
  );
  return { query: sql`select w.*, ${keyText} from (${rows}) w order by ${order}`, order };
}

/** Whether a search's order comes from an index, so a walk from a cursor reads only the rows it keeps. */
export function walksByIndex(search: OfferingSearch): boolean {
  return !(search.sort === 'RELEVANCE' && prepareQuery(search.query));
}

export async function searchOfferings(
  db: Db,
  search: OfferingSearch,
  page: { first: number; after?: string[] | null },
): Promise<OfferingPage> {
  const keyCount = sortKeys(search).length;
  const { query } = walkQuery(search, { limit: page.first + 1, after: page.after }, offeringColumns);
  const rows = await queryRows<OfferingRow & Record<string, string>>(db, sql`${planForValues}${query}`);
  return {
    hasNextPage: rows.length > page.first,
    rows: rows.slice(0, page.first).map((row) => {
      const offering = Object.fromEntries(Object.entries(row).filter(([column]) => !/^[ks]\d+$/.test(column))) as unknown as OfferingRow;
      return { ...withDates(offering), cursorKeys: Array.from({ length: keyCount }, (_, index) => row[`k${index}`]!) };
    }),
  };
}

/**
 * The sort-key values (a cursor's keys) of the rows of several walks, each in its own order, in one
 * statement: for jumping to numbered pages without reading the offerings themselves.
 */
export async function offeringSortKeys(db: Db, search: OfferingSearch, walks: readonly Walk[]): Promise<string[][][]> {
  if (walks.length === 0) return [];
  const keyCount = sortKeys(search).length;
  const keyNames = sql.raw(Array.from({ length: keyCount }, (_, index) => `x.k${index}`).join(', '));
  const parts = walks.map((walk, index) => {
    const { query, order } = walkQuery(search, walk, sql`o.id`);
    return sql`(select ${index}::int as walk, row_number() over (order by ${order})::int as n, ${keyNames} from (${query}) x)`;
  });
  const rows = await queryRows<{ walk: number } & Record<string, string>>(
    db,
    sql`${planForValues}select * from (${sql.join(parts, sql` union all `)}) walks order by walk, n`,
  );
  return walks.map((_, index) =>
    rows.filter((row) => row.walk === index).map((row) => Array.from({ length: keyCount }, (__, key) => row[`k${key}`]!)),
  );
}

/**
 * The sort-key values of the rows at these places (0 for the first) of a search, in one pass that orders
 * every row once: for a search whose order no index gives (relevance to words), where any walk would
 * score every match anyway.
 */
export async function offeringSortKeysAt(db: Db, search: OfferingSearch, places: readonly number[]): Promise<Map<number, string[]>> {
  if (places.length === 0) return new Map();
  const keys = sortKeys(search);
  const { sortColumns, order } = sortedBy(keys);
  const keyText = sql.raw(keys.map((_, index) => `x.s${index}::text as k${index}`).join(', '));
  const rows = await queryRows<{ place: number } & Record<string, string>>(
    db,
    sql`${planForValues}select x.place, ${keyText} from (
          select (row_number() over (order by ${order}) - 1)::int as place, y.* from (
            select ${sortColumns} from offerings o where ${whereAll(search)}) y) x
        where x.place in (${list(places)})`,
  );
  return new Map(rows.map((row) => [row.place, keys.map((_, index) => row[`k${index}`]!)]));
}

/** How many offerings of a search come before the row with these sort keys, that row included: where the page after it starts. */
export async function countOfferingsThrough(db: Db, search: OfferingSearch, keys: string[]): Promise<number> {
  const rows = await queryRows<{ count: number }>(
    db,
    sql`${planForValues}select count(*)::int as count from offerings o
        where ${whereAll(search, [throughKeyset(sortKeys(search), keys)])}`,
  );
  return rows[0]?.count ?? 0;
}

/**
 * The catalog's version (`catalog_state`): it changes with every committed change to the tables
 * searchOfferings, countOfferings, offeringFacets and needsFuzzyMatch read, except `attestations` (the
 * verifiedFramework filter's, whose result also changes as attestations expire).
 */
export async function catalogVersion(db: Db): Promise<string> {
  const rows = await queryRows<{ version: string }>(db, sql`select version::text as version from catalog_state where id = 1`);
  const version = rows[0]?.version;
  if (version === undefined) throw new Error('catalog_state has no row: the migrations have not run.');
  return version;
}

export async function countOfferings(db: Db, search: OfferingSearch): Promise<number> {
  const rows = await queryRows<{ count: number }>(db, sql`${planForValues}select count(*)::int as count from offerings o where ${whereAll(search)}`);
  return rows[0]?.count ?? 0;
}

export interface FacetCount {
  facet: Facet;
  value: string;
  label: string;
  labelEn: string;
  count: number;
}

export const facetCountKeys = rowKeys<FacetCount>()(['facet', 'value', 'label', 'labelEn', 'count']);

/**
 * Facet counts in one statement. Each facet counts the rows that pass every other facet's choice,
 * so the unchosen values of a facet stay countable (disjunctive faceting).
 */
export async function offeringFacets(db: Db, search: OfferingSearch): Promise<FacetCount[]> {
  const own = facetConditions(search.filter ?? {});
  const flag = (facet: Facet) => own[facet] ?? sql`true`;
  const others = (facet: Facet) =>
    sql.join(
      (Object.keys(own) as Facet[]).filter((f) => f !== facet).map((f) => sql`b.${sql.raw(`"m_${f}"`)}`),
      sql` and `,
    );
  return queryRows<FacetCount>(
    db,
    sql`${planForValues}with b as (
          select o.id, o.kind, o.category_id, o.vendor_id, o.price_unit,
                 ${flag('kinds')} as m_kinds, ${flag('categories')} as m_categories,
                 ${flag('vendors')} as m_vendors, ${flag('cities')} as m_cities, ${flag('billingUnits')} as "m_billingUnits"
          from offerings o where ${sql.join(commonConditions(search), sql` and `)}
        )
        select 'kinds' as facet, b.kind::text as value, b.kind::text as label, b.kind::text as "labelEn", count(*)::int as count
          from b where ${others('kinds')} group by b.kind
        union all
        select 'categories', c.slug, c.name, c.name_en, count(*)::int
          from b join categories c on c.id = b.category_id where ${others('categories')} group by c.slug, c.name, c.name_en
        union all
        select 'vendors', v.slug, v.name, v.name, count(*)::int
          from b join vendors v on v.id = b.vendor_id where ${others('vendors')} group by v.slug, v.name
        union all
        select 'cities', d.city, d.city, d.city, count(distinct b.id)::int
          from b join offering_data_centers x on x.offering_id = b.id join data_centers d on d.id = x.data_center_id
          where ${others('cities')} group by d.city
        union all
        select 'billingUnits', b.price_unit::text, b.price_unit::text, b.price_unit::text, count(*)::int
          from b where b.price_unit is not null and ${others('billingUnits')} group by b.price_unit`,
  );
}

/**
 * A search's words as PostgreSQL parses them, as text (`'dien' & 'toan':*`): folded, as search_folded is
 * matched, and as written, as search_exact is. For an index that matches them itself (no table is read).
 */
export async function parsedSearchWords(db: Db, tsquery: string): Promise<{ folded: string; exact: string }> {
  const rows = await queryRows<{ folded: string; exact: string }>(
    db,
    sql`select to_tsquery('simple', mv_fold(${tsquery}))::text as folded, to_tsquery('simple', ${tsquery})::text as exact`,
  );
  return rows[0]!;
}
