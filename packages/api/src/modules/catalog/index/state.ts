import type { CatalogDictionaries, CatalogIndexRow } from '@mayviet/db';
import { noPriceAscending, type SlotStore } from './store.ts';

// One catalog version as the index holds it: which slots are live, and the live slots in each sort's order.
// A version is never changed once made; a refresh makes the next one from it (withChanges).

/** The orders kept ready; RELEVANCE without words is NAME's, with words it is computed per search. */
export type IndexOrder = 'NAME' | 'PRICE_ASC' | 'PRICE_DESC' | 'SLA_DESC' | 'UPDATED_DESC';

export interface Dictionaries {
  /** whole rows, to prime a request's loaders with those a page of results shows */
  rows: CatalogDictionaries;
  vendors: Map<string, { slug: string; name: string }>;
  categories: Map<string, { slug: string; name: string; nameEn: string }>;
  vendorIdsBySlug: Map<string, string[]>;
  categoryIdsBySlug: Map<string, string[]>;
}

export function dictionariesOf(read: CatalogDictionaries): Dictionaries {
  const vendors = new Map(read.vendors.map((vendor) => [vendor.id, { slug: vendor.slug, name: vendor.name }]));
  const categories = new Map(read.categories.map((category) => [String(category.id), { slug: category.slug, name: category.name, nameEn: category.nameEn }]));
  const bySlug = (entries: Map<string, { slug: string }>) => {
    const ids = new Map<string, string[]>();
    for (const [id, { slug }] of entries) ids.set(slug, [...(ids.get(slug) ?? []), id]);
    return ids;
  };
  return { rows: read, vendors, categories, vendorIdsBySlug: bySlug(vendors), categoryIdsBySlug: bySlug(categories) };
}

export interface IndexState {
  version: bigint;
  store: SlotStore;
  /** 1 for the slots live at this version; slots added later lie beyond its length */
  live: Uint8Array;
  liveCount: number;
  slotOf: Map<string, number>;
  /** null for NAME when the database orders names otherwise than by code point (its collation) */
  orders: Record<IndexOrder, Int32Array | null>;
  dictionaries: Dictionaries;
}

/** Code point order, as PostgreSQL's C and C.UTF-8 collations (byte order of UTF-8) compare text. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  let index = 0;
  while (index < length && a.charCodeAt(index) === b.charCodeAt(index)) index++;
  if (index === length) return a.length - b.length;
  const x = a.codePointAt(index)!;
  const y = b.codePointAt(index)!;
  return x - y;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const noPrice = Number(noPriceAscending);

/** The value each order sorts by first, as a number (NAME sorts by text). */
export function numericKey(store: SlotStore, order: Exclude<IndexOrder, 'NAME'>, slot: number): number {
  switch (order) {
    case 'PRICE_ASC': {
      const price = store.price[slot]!;
      return Number.isNaN(price) ? noPrice : price;
    }
    case 'PRICE_DESC': {
      const price = store.price[slot]!;
      return Number.isNaN(price) ? -1 : price;
    }
    case 'SLA_DESC': {
      const sla = store.sla[slot]!;
      return Number.isNaN(sla) ? 0 : sla;
    }
    case 'UPDATED_DESC':
      return store.updated[slot]!;
  }
}

export function descending(order: IndexOrder): boolean {
  return order === 'PRICE_DESC' || order === 'SLA_DESC' || order === 'UPDATED_DESC';
}

function comparator(store: SlotStore, order: IndexOrder): (a: number, b: number) => number {
  if (order === 'NAME') return (a, b) => compareCodePoints(store.names[a]!, store.names[b]!) || compareIds(store.ids[a]!, store.ids[b]!);
  const sign = descending(order) ? -1 : 1;
  return (a, b) => sign * (numericKey(store, order, a) - numericKey(store, order, b)) || compareIds(store.ids[a]!, store.ids[b]!);
}

const orderNames: IndexOrder[] = ['NAME', 'PRICE_ASC', 'PRICE_DESC', 'SLA_DESC', 'UPDATED_DESC'];

/** `kept` (already in order, dead slots removed) merged with `added` (sorted here). */
function merged(kept: Int32Array, added: number[], compare: (a: number, b: number) => number): Int32Array {
  added.sort(compare);
  const out = new Int32Array(kept.length + added.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < kept.length && j < added.length) out[k++] = compare(kept[i]!, added[j]!) <= 0 ? kept[i++]! : added[j++]!;
  while (i < kept.length) out[k++] = kept[i++]!;
  while (j < added.length) out[k++] = added[j++]!;
  return out;
}

/** The first version of a new store, once every published offering has been added to it (`slotOf`). */
export function firstState(
  store: SlotStore,
  slotOf: Map<string, number>,
  version: bigint,
  dictionaries: Dictionaries,
  nameByCodePoint: boolean,
): IndexState {
  const live = new Uint8Array(store.size).fill(1);
  const all = Array.from({ length: store.size }, (_, slot) => slot);
  const orders = Object.fromEntries(
    orderNames.map((order) => [order, order === 'NAME' && !nameByCodePoint ? null : merged(new Int32Array(0), [...all], comparator(store, order))]),
  ) as Record<IndexOrder, Int32Array | null>;
  return { version, store, live, liveCount: store.size, slotOf, orders, dictionaries };
}

/**
 * The version after `base`: the offerings `changedIds` are replaced by `rows` (those still published), the
 * others of them leave the catalogue; `dictionaries` when vendors or categories changed.
 */
export function withChanges(
  base: IndexState,
  version: bigint,
  changedIds: readonly string[],
  rows: readonly CatalogIndexRow[],
  dictionaries: Dictionaries | null,
): IndexState {
  const { store } = base;
  const slotOf = new Map(base.slotOf);
  const dead = new Set<number>();
  for (const id of changedIds) {
    const old = slotOf.get(id);
    if (old !== undefined) {
      dead.add(old);
      slotOf.delete(id);
    }
  }
  const added = rows.map((row) => {
    const slot = store.add(row);
    slotOf.set(row.id, slot);
    return slot;
  });
  const live = new Uint8Array(store.size);
  live.set(base.live);
  for (const slot of dead) live[slot] = 0;
  for (const slot of added) live[slot] = 1;
  const orders = Object.fromEntries(
    orderNames.map((order) => {
      const previous = base.orders[order];
      return [order, previous === null ? null : merged(previous.filter((slot) => !dead.has(slot)), [...added], comparator(store, order))];
    }),
  ) as Record<IndexOrder, Int32Array | null>;
  return { version, store, live, liveCount: base.liveCount - dead.size + added.length, slotOf, orders, dictionaries: dictionaries ?? base.dictionaries };
}

/** Live rows alike in every value a facet or the data-in-Vietnam filter reads, counted together. */
export interface RowGroup {
  kind: number;
  category: number;
  vendor: number;
  unit: number;
  inVietnam: number;
  cities: readonly number[];
  /** how many live rows */
  rows: number;
  /** their monthly prices, ascending; rows without one are not in it (no price bound keeps them) */
  prices: Float64Array;
}

const groupsByState = new WeakMap<IndexState, RowGroup[]>();

/**
 * The version's rows grouped by kind, category, vendor, unit, data in Vietnam and cities: a browse's facets
 * count a few thousand groups instead of every row. Made on first use, once per version.
 */
export function groupsOf(state: IndexState): RowGroup[] {
  const held = groupsByState.get(state);
  if (held) return held;
  const { store, live } = state;
  const byKey = new Map<string, { group: RowGroup; prices: number[] }>();
  for (let slot = 0; slot < live.length; slot++) {
    if (live[slot] !== 1) continue;
    const rowCities = store.cities[slot]!;
    const key = `${store.kind[slot]} ${store.category[slot]} ${store.vendor[slot]} ${store.unit[slot]} ${store.inVietnam[slot]} ${rowCities.join(',')}`;
    let entry = byKey.get(key);
    if (!entry) {
      const group: RowGroup = {
        kind: store.kind[slot]!,
        category: store.category[slot]!,
        vendor: store.vendor[slot]!,
        unit: store.unit[slot]!,
        inVietnam: store.inVietnam[slot]!,
        cities: rowCities,
        rows: 0,
        prices: new Float64Array(0),
      };
      entry = { group, prices: [] };
      byKey.set(key, entry);
    }
    entry.group.rows++;
    const price = store.price[slot]!;
    if (!Number.isNaN(price)) entry.prices.push(price);
  }
  const groups = [...byKey.values()].map(({ group, prices }) => ({ ...group, prices: Float64Array.from(prices).sort() }));
  groupsByState.set(state, groups);
  return groups;
}
