import {
  chosenUnits,
  countOfferings,
  countOfferingsThrough,
  countVendors,
  cursorKeyTypes,
  fuzzyComparable,
  listVendors,
  needsFuzzyMatch,
  offeringFacets,
  offeringsByIds,
  offeringSortKeys,
  offeringSortKeysAt,
  searchOfferings,
  walksByIndex,
  type Db,
  type FacetCount,
  type OfferingFilter,
  type OfferingRow,
  type OfferingSearch,
  type OfferingSort,
  type VendorKind,
  type VendorRow,
  type Walk,
} from '@mayviet/db';
import { keysetConnection, memo, type Connection } from '../../graphql/connections.ts';
import { afterKeys, decodeCursor, encodeCursor, pageSize } from '../../graphql/cursor.ts';
import { badUserInput } from '../../graphql/errors.ts';
import type { CatalogReads } from './cache.ts';
import { primeCatalogRows, type CatalogLoaders } from './loaders.ts';

const decimalPattern = /^\d{1,16}(\.\d{1,6})?$/;
const maxQueryLength = 200;
const maxFilterValues = 50;

export interface OfferingsArgs {
  first?: number | null;
  after?: string | null;
  query?: string | null;
  filter?: OfferingFilter | null;
  sort?: OfferingSort | null;
}

/** Checks what the schema cannot: lengths, ranges, decimal formats. */
export function validateSearch(args: OfferingsArgs): OfferingSearch {
  if (args.query && args.query.length > maxQueryLength) {
    throw badUserInput(`\`query\` is at most ${maxQueryLength} characters.`, { argument: 'query' });
  }
  const filter = args.filter ?? {};
  for (const field of ['kinds', 'categories', 'vendors', 'cities'] as const) {
    const values = filter[field];
    if (values && (values.length > maxFilterValues || values.some((value) => value.length > 100))) {
      throw badUserInput(`\`filter.${field}\` takes at most ${maxFilterValues} values of at most 100 characters.`, {
        argument: `filter.${field}`,
      });
    }
  }
  if (filter.maxMonthlyPrice != null && !/^\d{1,16}$/.test(filter.maxMonthlyPrice)) {
    throw badUserInput('`filter.maxMonthlyPrice` is a whole number of VND, at least 0, e.g. "500000".', {
      argument: 'filter.maxMonthlyPrice',
    });
  }
  if (filter.minSlaAvailability != null) {
    const sla = Number(filter.minSlaAvailability);
    if (!decimalPattern.test(filter.minSlaAvailability) || !(sla > 0 && sla <= 100)) {
      throw badUserInput('`filter.minSlaAvailability` is a percentage above 0 and at most 100, e.g. "99.9".', {
        argument: 'filter.minSlaAvailability',
      });
    }
  }
  if (filter.billingUnits && filter.billingUnits.length > maxFilterValues) {
    throw badUserInput(`\`filter.billingUnits\` takes at most ${maxFilterValues} values.`, { argument: 'filter.billingUnits' });
  }
  if (filter.verifiedFramework != null && filter.verifiedFramework.length > 100) {
    throw badUserInput('`filter.verifiedFramework` is a framework code, e.g. "MIC-CLOUD-153".', {
      argument: 'filter.verifiedFramework',
    });
  }
  return {
    query: args.query?.normalize('NFC'),
    filter: {
      ...filter,
      categories: filter.categories?.map((value) => value.normalize('NFC')),
      vendors: filter.vendors?.map((value) => value.normalize('NFC')),
      cities: filter.cities?.map((value) => value.normalize('NFC')),
      billingUnits: filter.billingUnits ? chosenUnits(filter) : filter.billingUnits,
    },
    sort: args.sort ?? 'RELEVANCE',
  };
}

/** A numbered page of a search and the cursor that opens it. */
export interface PageCursor {
  page: number;
  cursor: string | null;
  isCurrent: boolean;
}

export interface OfferingConnection extends Connection<OfferingRow> {
  facets: () => Promise<FacetCount[]>;
  countBefore: () => Promise<number>;
  pageCursors: (around: number | null | undefined) => Promise<PageCursor[]>;
  search: OfferingSearch;
}

/** A vendor's offerings: a page of its own, and the catalogue's search for the vendor behind facets and numbered pages. */
export interface VendorOfferingConnection extends Connection<OfferingRow> {
  catalogSearch: () => OfferingConnection;
}

const maxPagesAround = 5;

/**
 * The pages to offer around a page that starts after `before` rows: the first, the last and `around`
 * either side, with the row index whose cursor opens each (-1 for the first page).
 */
function numberedPages(total: number, first: number, before: number, around: number): { page: number; lastRow: number; isCurrent: boolean }[] {
  if (first === 0) return [];
  const last = Math.max(1, Math.ceil(total / first));
  // the first page that starts at or after this one; it is this one when this page starts on a page boundary
  const next = Math.ceil(before / first) + 1;
  const aligned = (next - 1) * first === before;
  const pages = new Set([1, last]);
  if (aligned) pages.add(next);
  for (let step = 1; step <= around; step++) {
    pages.add(next - step);
    pages.add(aligned ? next + step : next + step - 1);
  }
  return [...pages]
    .filter((page) => page >= 1 && page <= last)
    .sort((a, b) => a - b)
    .map((page) => ({ page, lastRow: (page - 1) * first - 1, isCurrent: aligned && page === next }));
}

/**
 * What a search's results depend on besides its sort and page, as a cache key: its words and filters,
 * each list in one order; null when they also depend on the time (a verified framework: attestations
 * expire).
 */
function resultKey(search: OfferingSearch): string | null {
  const filter = search.filter ?? {};
  if (filter.verifiedFramework != null) return null;
  const set = Object.entries(filter)
    .filter(([, value]) => value != null && !(Array.isArray(value) && value.length === 0))
    .map(([name, value]) => [name, Array.isArray(value) ? [...new Set(value)].sort() : value] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([search.query ?? null, search.fuzzy === true, set]);
}

/** A cached read when the search has a key, a plain one otherwise. */
function cachedFor<T>(reads: CatalogReads, what: string, search: OfferingSearch, load: () => Promise<T>, weight?: (value: T) => number): Promise<T> {
  const key = resultKey(search);
  return key === null ? load() : reads.cached(`${what}\n${key}`, load, weight);
}

export function searchOfferingConnection(db: Db, args: OfferingsArgs, loaders: CatalogLoaders): OfferingConnection {
  const { reads } = loaders;
  const search = validateSearch(args);
  const first = pageSize(args.first);
  const after = afterKeys(args.after, search.sort, cursorKeyTypes(search));
  // Typo tolerance is a fallback: spelling similarity only for words no listing contains.
  const resolved = memo(async (): Promise<OfferingSearch> => {
    const query = search.query;
    const fuzzy = query
      ? await reads.cached(`fuzzy\n${query}`, async () => {
          const found = fuzzyComparable(query) ? await reads.anyMatch(query) : true;
          return found === null ? needsFuzzyMatch(db, query) : !found;
        })
      : false;
    return { ...search, fuzzy };
  });
  /** the search from the in-memory index (index/), or null: then each part is read by SQL */
  const indexed = memo(async () => reads.indexed(await resolved()));
  const total = memo(async () => {
    const resolvedSearch = await resolved();
    return cachedFor(reads, 'count', resolvedSearch, async () => (await indexed())?.total() ?? countOfferings(db, resolvedSearch));
  });
  const countBefore = memo(async () => {
    if (after === null) return 0;
    const resolvedSearch = await resolved();
    return cachedFor(reads, `before\n${search.sort}\n${JSON.stringify(after)}`, resolvedSearch, async () => {
      const counted = (await indexed())?.countThrough(after) ?? null;
      return counted ?? countOfferingsThrough(db, resolvedSearch, after);
    });
  });
  /**
   * The sort keys of the rows at these places (0 for the first), in one statement. In an order an index
   * gives, by walks bounded by a few pages: backward from this page's start (the row its cursor names is
   * row before − 1), forward from it, and backward from the end for rows further ahead than `near`. In
   * relevance to words, which scores every match whatever is read, by one pass numbering the rows.
   */
  const cursorRows = async (totalCount: number, before: number, places: number[], near: number): Promise<Map<number, string[]>> => {
    if (places.length === 0) return new Map();
    const resolvedSearch = await resolved();
    const fromIndex = await indexed();
    if (fromIndex) return fromIndex.keysAt(places);
    if (!walksByIndex(resolvedSearch)) {
      const found = await cachedFor(
        reads,
        `places\n${search.sort}\n${JSON.stringify(places)}`,
        resolvedSearch,
        async () => [...(await offeringSortKeysAt(db, resolvedSearch, places))],
        (entries) => entries.length + 1,
      );
      return new Map(found);
    }
    const behind = places.filter((row) => row < before);
    const ahead = places.filter((row) => row >= before && row - before < near);
    const fromEnd = places.filter((row) => row >= before && row - before >= near);
    const planned: Walk[] = [
      { after, backward: true, limit: behind.length > 0 ? before - 1 - Math.min(...behind) : 0 },
      { after, backward: false, limit: ahead.length > 0 ? Math.max(...ahead) - before + 1 : 0 },
      { after: null, backward: true, limit: fromEnd.length > 0 ? totalCount - Math.min(...fromEnd) : 0 },
    ];
    const [behindKeys = [], aheadKeys = [], endKeys = []] = await cachedFor(
      reads,
      `walks\n${search.sort}\n${JSON.stringify(planned)}`,
      resolvedSearch,
      () => offeringSortKeys(db, resolvedSearch, planned),
      (read) => read.reduce((sum, walked) => sum + walked.length, 1),
    );
    const rows = new Map<number, string[]>();
    for (const row of behind) if (behindKeys[before - 2 - row]) rows.set(row, behindKeys[before - 2 - row]!);
    for (const row of ahead) if (aheadKeys[row - before]) rows.set(row, aheadKeys[row - before]!);
    for (const row of fromEnd) if (endKeys[totalCount - 1 - row]) rows.set(row, endKeys[totalCount - 1 - row]!);
    return rows;
  };
  return {
    search,
    countBefore,
    pageCursors: async (aroundArgument) => {
      const around = aroundArgument ?? 2;
      if (!Number.isInteger(around) || around < 0 || around > maxPagesAround) {
        throw badUserInput(`\`around\` must be between 0 and ${maxPagesAround}; got ${around}.`, { argument: 'around' });
      }
      const [totalCount, before] = await Promise.all([total(), countBefore()]);
      const pages = numberedPages(totalCount, first, before, around);
      const rows = await cursorRows(
        totalCount,
        before,
        pages.map((p) => p.lastRow).filter((row) => row >= 0 && row !== before - 1),
        (around + 1) * first,
      );
      const keysOf = (lastRow: number): string[] | null | undefined => {
        if (lastRow < 0) return null;
        if (lastRow === before - 1) return after;
        return rows.get(lastRow);
      };
      return pages.flatMap(({ page, lastRow, isCurrent }) => {
        const keys = keysOf(lastRow);
        if (keys === undefined) return [];
        return [{ page, isCurrent, cursor: keys === null ? null : encodeCursor({ sort: search.sort, keys }) }];
      });
    },
    ...keysetConnection({
      sort: search.sort,
      after,
      page: async () => {
        const resolvedSearch = await resolved();
        const loaded = await cachedFor(
          reads,
          `page\n${search.sort}\n${first}\n${JSON.stringify(after)}`,
          resolvedSearch,
          async () => {
            const page = (await indexed())?.page(first, after) ?? null;
            if (!page) return searchOfferings(db, resolvedSearch, { first, after });
            const rows = new Map((await offeringsByIds(db, page.ids)).map((row) => [row.id, row]));
            return { hasNextPage: page.hasNextPage, rows: page.ids.map((id, index) => ({ ...rows.get(id)!, cursorKeys: page.keys[index]! })) };
          },
          (read) => read.rows.length + 1,
        );
        // the vendors and categories the page shows, from the index's version: no statement for them
        const fromIndex = await indexed();
        if (fromIndex) primeCatalogRows(loaders, loaded.rows, fromIndex.related);
        return loaded;
      },
      keys: (row) => row.cursorKeys,
      nodes: (rows) => rows.map(({ cursorKeys, ...node }) => node),
      count: total,
    }),
    facets: memo(async () => {
      const resolvedSearch = await resolved();
      return cachedFor(reads, 'facets', resolvedSearch, async () => (await indexed())?.facets() ?? offeringFacets(db, resolvedSearch));
    }),
  };
}

/** A cursor of a list ordered by (name, id). */
function nameCursor(after: string | null | undefined, sort: string): { name: string; id: string } | null {
  if (!after) return null;
  const [name, id] = decodeCursor(after, sort, ['text', 'uuid']).keys as [string, string];
  return { name, id };
}

/**
 * A vendor's published offerings by name: the page and count through the request's loaders (one statement
 * for every vendor on a page of vendors); facets and numbered pages, when asked, from the catalogue's search
 * for that vendor, whose NAME order and cursors are the same.
 */
export function vendorOfferingConnection(
  loaders: CatalogLoaders,
  vendorId: string,
  args: { first?: number | null; after?: string | null },
  search: () => OfferingConnection,
): VendorOfferingConnection {
  const first = pageSize(args.first);
  const after = nameCursor(args.after, 'NAME');
  const page = keysetConnection({
    sort: 'NAME',
    after: after && [after.name, after.id],
    page: () => loaders.offeringsOfVendor.load(JSON.stringify([vendorId, first, after])),
    keys: (row) => row.cursorKeys,
    nodes: (rows) => rows.map(({ cursorKeys, ...node }) => node),
    count: () => loaders.offeringCountOfVendor.load(vendorId),
  });
  let opened: OfferingConnection | null = null;
  return { ...page, catalogSearch: () => (opened ??= search()) };
}

export function vendorConnection(
  db: Db,
  args: { kind?: VendorKind | null; first?: number | null; after?: string | null },
): Connection<VendorRow> {
  const first = pageSize(args.first);
  const after = nameCursor(args.after, 'VENDOR_NAME');
  return keysetConnection({
    sort: 'VENDOR_NAME',
    after: after && [after.name, after.id],
    page: () => listVendors(db, { kind: args.kind, first, after }),
    keys: (row) => [row.sortName, row.id],
    nodes: (rows) => rows.map(({ sortName, ...node }) => node),
    count: () => countVendors(db, args.kind),
  });
}
