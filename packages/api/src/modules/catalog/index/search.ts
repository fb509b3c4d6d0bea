import { chosenUnits, type CatalogDictionaries, type Facet, type FacetCount, type OfferingSearch } from '@mayviet/db';
import { compareCodePoints, compareIds, descending, groupsOf, numericKey, type IndexOrder, type IndexState } from './state.ts';
import { noAvailability, noPriceAscending, noPriceDescending } from './store.ts';
import { scoreMicros, scoreText, type QueryTerm } from './text.ts';

// A search answered from an index version: the same rows, order, cursors, counts and facets as the SQL in
// packages/db/src/queries/catalog/search.ts, computed over typed arrays in one pass.

/** A search's words as PostgreSQL parsed them: `folded` matches search_folded, `exact` search_exact. */
export interface ParsedWords {
  folded: QueryTerm[];
  exact: QueryTerm[] | null;
}

export interface IndexedSearch {
  total(): number;
  facets(): FacetCount[];
  /** rows of the search up to and including the row with these cursor keys; null when the keys cannot be read here */
  countThrough(keys: readonly string[]): number | null;
  /** the ids of a page after the row with these keys, with each row's cursor keys */
  page(first: number, after: readonly string[] | null): { ids: string[]; keys: string[][]; hasNextPage: boolean } | null;
  /** the cursor keys of the rows at these places (0 for the first) */
  keysAt(places: readonly number[]): Map<number, string[]>;
  /** every vendor and category at this version, whole rows: what a page's offerings show of them */
  related: CatalogDictionaries;
}

/** Flags over codes: which values of a facet a filter chooses; null when it chooses none. */
function chosen(values: readonly string[] | null | undefined, codeOf: (value: string) => number[]): Uint8Array | null {
  if (!values || values.length === 0) return null;
  const codes = values.flatMap(codeOf);
  const flags = new Uint8Array(Math.max(0, ...codes) + 1);
  for (const code of codes) flags[code] = 1;
  return flags;
}

const facetOrder: Facet[] = ['kinds', 'categories', 'vendors', 'cities', 'billingUnits'];

/**
 * The search over `state`, or null when the index cannot answer it as the SQL would: a verified framework
 * (attestations expire with time), typo tolerance (trigram similarity), or a name order the database's
 * collation defines.
 */
export function indexedSearch(state: IndexState, search: OfferingSearch, words: ParsedWords | null): IndexedSearch | null {
  const filter = search.filter ?? {};
  if (filter.verifiedFramework != null || search.fuzzy) return null;
  const relevanceToWords = search.sort === 'RELEVANCE' && words !== null;
  const order: IndexOrder | null = relevanceToWords ? null : search.sort === 'RELEVANCE' ? 'NAME' : search.sort;
  if (order !== null && state.orders[order] === null) return null;
  const { store, dictionaries } = state;
  const codes = store.codes;
  const codeList = (code: number | undefined) => (code === undefined ? [] : [code]);
  const kinds = chosen(filter.kinds, (kind) => codeList(codes.kinds.find(kind)));
  const vendors = chosen(filter.vendors, (slug) => (dictionaries.vendorIdsBySlug.get(slug) ?? []).flatMap((id) => codeList(codes.vendors.find(id))));
  const categories = chosen(filter.categories, (slug) =>
    (dictionaries.categoryIdsBySlug.get(slug) ?? []).flatMap((id) => codeList(codes.categories.find(id))),
  );
  const cities = chosen(filter.cities, (city) => codeList(codes.cities.find(city)));
  const units = filter.billingUnits && filter.billingUnits.length > 0 ? chosen(chosenUnits(filter), (unit) => codeList(codes.units.find(unit)).map((code) => code + 1)) : null;
  const inVietnam = filter.dataInVietnam == null ? -1 : filter.dataInVietnam ? 1 : 0;
  const maxPrice = filter.maxMonthlyPrice == null ? null : Number(filter.maxMonthlyPrice);
  const minSla = filter.minSlaAvailability == null ? null : Number(filter.minSlaAvailability);

  const found = words ? store.text.search(words.folded, words.exact, state.live) : null;
  const live = state.live;

  const common = (slot: number): boolean =>
    (inVietnam === -1 || store.inVietnam[slot] === inVietnam) &&
    (maxPrice === null || store.price[slot]! <= maxPrice) &&
    (minSla === null || store.sla[slot]! >= minSla);
  /** which facet's own choice a row with these values fails: -1 none, 0–4 that one alone, 5 more than one */
  const failedOf = (kind: number, category: number, vendor: number, rowCities: readonly number[], unit: number): number => {
    let failed = -1;
    if (kinds && kinds[kind] !== 1) failed = 0;
    if (categories && categories[category] !== 1) failed = failed === -1 ? 1 : 5;
    if (vendors && vendors[vendor] !== 1) failed = failed === -1 ? 2 : 5;
    if (cities && !inCities(cities, rowCities)) failed = failed === -1 ? 3 : 5;
    if (units && units[unit] !== 1) failed = failed === -1 ? 4 : 5;
    return failed;
  };
  const failedFacet = (slot: number): number =>
    failedOf(store.kind[slot]!, store.category[slot]!, store.vendor[slot]!, store.cities[slot]!, store.unit[slot]!);
  /** the text's matches as flags, for walks in an index order that test each row */
  let textMatch: Uint8Array | null = null;
  if (found && order !== null) {
    textMatch = new Uint8Array(store.size);
    for (const slot of found.slots) textMatch[slot] = 1;
  }
  /** whether a live row is in the result */
  const passes = (slot: number): boolean => (textMatch === null || textMatch[slot] === 1) && common(slot) && failedFacet(slot) === -1;

  /**
   * Calls `visit` with every live slot that may be in the result: the text's matches, else the slots of
   * the chosen kinds, vendors or categories (whichever are fewest), else every slot.
   */
  const eachCandidate = (visit: (slot: number) => void): void => {
    if (found) {
      for (const slot of found.slots) visit(slot);
      return;
    }
    const narrowest = ([[kinds, store.postings.kinds], [vendors, store.postings.vendors], [categories, store.postings.categories]] as const)
      .filter(([flags]) => flags !== null)
      .map(([flags, postings]) => postings.filter((_, code) => flags![code] === 1))
      .sort((a, b) => a.reduce((sum, list) => sum + list.length, 0) - b.reduce((sum, list) => sum + list.length, 0))[0];
    if (narrowest) {
      for (const list of narrowest) for (const slot of list) if (live[slot] === 1) visit(slot);
      return;
    }
    for (let slot = 0; slot < live.length; slot++) if (live[slot] === 1) visit(slot);
  };

  // One pass, when facets are asked for: a row counts in every facet when it passes every choice, in one
  // facet when it fails only that facet's own choice (disjunctive faceting, as offeringFacets counts in
  // SQL), in none otherwise.
  let counted: { total: number; counts: Record<Facet, Int32Array> } | null = null;
  const facetPass = () => {
    if (counted) return counted;
    const counts: Record<Facet, Int32Array> = {
      kinds: new Int32Array(codes.kinds.values.length),
      categories: new Int32Array(codes.categories.values.length),
      vendors: new Int32Array(codes.vendors.values.length),
      cities: new Int32Array(codes.cities.values.length),
      billingUnits: new Int32Array(codes.units.values.length + 1),
    };
    let total = 0;
    const add = (failed: number, kind: number, category: number, vendor: number, rowCities: readonly number[], unit: number, rows: number) => {
      if (failed === -1) total += rows;
      if (failed === -1 || failed === 0) counts.kinds[kind]! += rows;
      if (failed === -1 || failed === 1) counts.categories[category]! += rows;
      if (failed === -1 || failed === 2) counts.vendors[vendor]! += rows;
      if (failed === -1 || failed === 3) for (const city of rowCities) counts.cities[city]! += rows;
      if (failed === -1 || failed === 4) counts.billingUnits[unit]! += rows;
    };
    if (!found && minSla === null) {
      // Without words or an availability bound, rows alike in every faceted value count together
      // (state.ts groupsOf): the prices of a group are sorted, so a price bound is a binary search.
      for (const group of groupsOf(state)) {
        if (inVietnam !== -1 && group.inVietnam !== inVietnam) continue;
        const rows = maxPrice === null ? group.rows : countAtMost(group.prices, maxPrice);
        if (rows === 0) continue;
        const failed = failedOf(group.kind, group.category, group.vendor, group.cities, group.unit);
        if (failed !== 5) add(failed, group.kind, group.category, group.vendor, group.cities, group.unit, rows);
      }
    } else {
      const all = found ? found.slots : null;
      const size = all ? all.length : live.length;
      for (let index = 0; index < size; index++) {
        const slot = all ? all[index]! : index;
        if ((!all && live[slot] !== 1) || !common(slot)) continue;
        const failed = failedFacet(slot);
        if (failed !== 5) add(failed, store.kind[slot]!, store.category[slot]!, store.vendor[slot]!, store.cities[slot]!, store.unit[slot]!, 1);
      }
    }
    counted = { total, counts };
    return counted;
  };
  let counting: number | null = null;
  const total = (): number => {
    if (counted || (!found && minSla === null)) return facetPass().total;
    if (counting === null) {
      let count = 0;
      eachCandidate((slot) => {
        if (passes(slot)) count++;
      });
      counting = count;
    }
    return counting;
  };

  // Relevance to words: each text match's tier (2 when the words match as written; 0 when the filter
  // leaves it out) and score in millionths, by its place in found.slots (ascending slots).
  const matches = order === null ? found!.slots : new Int32Array(0);
  const rank = new Uint8Array(matches.length);
  const score = new Float64Array(matches.length);
  for (let index = 0; index < matches.length; index++) {
    if (!passes(matches[index]!)) continue;
    rank[index] = found!.exact[index] === 1 ? 2 : 1;
    score[index] = scoreMicros(found!.score[index]!);
  }
  /** a text match's place in found.slots */
  const matchOf = (slot: number): number => {
    let low = 0;
    let high = matches.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (matches[middle]! < slot) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  /** two text matches (places in found.slots) in relevance order */
  const byRelevance = (a: number, b: number) => rank[b]! - rank[a]! || score[b]! - score[a]! || compareIds(store.ids[matches[a]!]!, store.ids[matches[b]!]!);

  /** every matching slot in the search's order: for counts before a cursor and numbered pages */
  let sorted: Int32Array | null = null;
  const inOrder = (): Int32Array => {
    if (sorted) return sorted;
    const out = new Int32Array(total());
    let next = 0;
    if (order !== null) {
      for (const slot of state.orders[order]!) if (passes(slot)) out[next++] = slot;
    } else {
      for (let index = 0; index < matches.length; index++) if (rank[index] !== 0) out[next++] = index;
      out.sort(byRelevance);
      for (let place = 0; place < out.length; place++) out[place] = matches[out[place]!]!;
    }
    sorted = out;
    return out;
  };

  /**
   * The first `count` matching slots after the cursor, without ordering every match: in an index order by a
   * walk from the cursor's place, in relevance by keeping the best `count` of those after it.
   */
  const firstAfter = (count: number, compare: ((slot: number) => number) | null): Int32Array => {
    if (sorted) {
      const start = compare ? boundary(sorted, compare) : 0;
      return sorted.subarray(start, start + count);
    }
    const out: number[] = [];
    if (order !== null) {
      const all = state.orders[order]!;
      for (let place = compare ? boundary(all, compare) : 0; place < all.length && out.length < count; place++) {
        if (passes(all[place]!)) out.push(all[place]!);
      }
      return Int32Array.from(out);
    }
    for (let index = 0; index < matches.length; index++) {
      if (rank[index] === 0 || (compare && compare(matches[index]!) <= 0)) continue;
      if (out.length < count) {
        out.push(index);
        if (out.length === count) out.sort(byRelevance);
      } else if (byRelevance(index, out[count - 1]!) < 0) {
        let place = count - 1;
        while (place > 0 && byRelevance(index, out[place - 1]!) < 0) place--;
        out.splice(place, 0, index);
        out.pop();
      }
    }
    if (out.length < count) out.sort(byRelevance);
    return Int32Array.from(out, (index) => matches[index]!);
  };

  const keysOf = (slot: number): string[] => {
    const id = store.ids[slot]!;
    if (order === null) {
      const match = matchOf(slot);
      return [String(rank[match]), scoreText(found!.score[match]!), id];
    }
    switch (order) {
      case 'NAME':
        return [store.names[slot]!, id];
      case 'PRICE_ASC':
        return [store.priceTexts[slot] ?? noPriceAscending, id];
      case 'PRICE_DESC':
        return [store.priceTexts[slot] ?? noPriceDescending, id];
      case 'SLA_DESC':
        return [store.slaTexts[slot] ?? noAvailability, id];
      case 'UPDATED_DESC':
        return [store.updatedTexts[slot]!, id];
    }
  };

  /** compares a row with a cursor's keys in the search's order; null when the keys cannot be read */
  const cursorComparator = (keys: readonly string[]): ((slot: number) => number) | null => {
    const id = keys[keys.length - 1]!.toLowerCase();
    if (order === null) {
      const [rankText, scoreValue] = keys;
      const cursorRank = Number(rankText);
      const cursorScore = decimalMicros(scoreValue!);
      if (!Number.isFinite(cursorRank) || cursorScore === null) return null;
      return (slot) => {
        const match = matchOf(slot);
        return cursorRank - rank[match]! || cursorScore - score[match]! || compareIds(store.ids[slot]!, id);
      };
    }
    if (order === 'NAME') {
      const name = keys[0]!;
      return (slot) => compareCodePoints(store.names[slot]!, name) || compareIds(store.ids[slot]!, id);
    }
    const value = order === 'UPDATED_DESC' ? timestampMicros(keys[0]!) : Number(keys[0]);
    if (value === null || !Number.isFinite(value)) return null;
    const sign = descending(order) ? -1 : 1;
    return (slot) => sign * (numericKey(store, order, slot) - value) || compareIds(store.ids[slot]!, id);
  };

  /** how many rows come at or before the cursor: the first place after it */
  const placeAfter = (keys: readonly string[]): number | null => {
    const compare = cursorComparator(keys);
    return compare && boundary(inOrder(), compare);
  };

  return {
    related: dictionaries.rows,
    total,
    facets: () => {
      const { counts } = facetPass();
      const rows: FacetCount[] = [];
      const add = (facet: Facet, value: string, label: string, labelEn: string, count: number) => {
        const same = rows.find((row) => row.facet === facet && row.value === value && row.label === label && row.labelEn === labelEn);
        if (same) same.count += count;
        else rows.push({ facet, value, label, labelEn, count });
      };
      for (const facet of facetOrder) {
        const facetCounts = counts[facet];
        for (let code = 0; code < facetCounts.length; code++) {
          const count = facetCounts[code]!;
          if (count === 0) continue;
          if (facet === 'kinds') add(facet, codes.kinds.values[code]!, codes.kinds.values[code]!, codes.kinds.values[code]!, count);
          else if (facet === 'cities') add(facet, codes.cities.values[code]!, codes.cities.values[code]!, codes.cities.values[code]!, count);
          else if (facet === 'billingUnits') {
            if (code > 0) add(facet, codes.units.values[code - 1]!, codes.units.values[code - 1]!, codes.units.values[code - 1]!, count);
          } else if (facet === 'vendors') {
            const vendor = dictionaries.vendors.get(codes.vendors.values[code]!);
            if (vendor) add(facet, vendor.slug, vendor.name, vendor.name, count);
          } else {
            const category = dictionaries.categories.get(codes.categories.values[code]!);
            if (category) add(facet, category.slug, category.name, category.nameEn, count);
          }
        }
      }
      return rows;
    },
    countThrough: (keys) => placeAfter(keys),
    page: (first, after) => {
      const compare = after ? cursorComparator(after) : null;
      if (after && !compare) return null;
      const slots = Array.from(firstAfter(first + 1, compare));
      const kept = slots.slice(0, first);
      return { ids: kept.map((slot) => store.ids[slot]!), keys: kept.map(keysOf), hasNextPage: slots.length > first };
    },
    keysAt: (places) => {
      const list = inOrder();
      const keys = new Map<number, string[]>();
      for (const place of places) if (place >= 0 && place < list.length) keys.set(place, keysOf(list[place]!));
      return keys;
    },
  };
}

/** A decimal's value in millionths, exactly; null beyond six decimals or outside safe integers. */
function decimalMicros(text: string): number | null {
  const parts = /^(-?)(\d+)(?:\.(\d{0,6}))?$/.exec(text);
  if (!parts) return null;
  const micros = Number(parts[2]!) * 1_000_000 + Number((parts[3] ?? '').padEnd(6, '0'));
  if (!Number.isSafeInteger(micros)) return null;
  return parts[1] ? -micros : micros;
}

/** How many of these ascending prices are at most `bound`. */
function countAtMost(prices: Float64Array, bound: number): number {
  let low = 0;
  let high = prices.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (prices[middle]! <= bound) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether any of a row's cities is chosen. */
function inCities(chosenCities: Uint8Array, slotCities: readonly number[]): boolean {
  for (const city of slotCities) if (chosenCities[city] === 1) return true;
  return false;
}

/** The first place in `list` whose slot comes after the cursor `compare` describes (ascending in the list's order). */
function boundary(list: Int32Array, compare: (slot: number) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle]!) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

const timestampPattern = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?([+-])(\d\d)(?::(\d\d))?(?::(\d\d))?$/;

/** Microseconds since the epoch of a timestamptz as PostgreSQL prints it (ISO style); null for any other form. */
function timestampMicros(text: string): number | null {
  const parts = timestampPattern.exec(text);
  if (!parts) return null;
  const [, year, month, day, hour, minute, second, fraction = '', sign, offsetHours, offsetMinutes = '0', offsetSeconds = '0'] = parts;
  const local = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const offset = (Number(offsetHours) * 3600 + Number(offsetMinutes) * 60 + Number(offsetSeconds)) * (sign === '-' ? -1 : 1);
  return (local / 1000 - offset) * 1_000_000 + Number(fraction.padEnd(6, '0'));
}
