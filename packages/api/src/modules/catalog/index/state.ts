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

/**
 * Each offering's live slot at one version: the slots a version changed, over its base's (-1: gone),
 * flattened every few versions, so a refresh does not copy 90,000 entries.
 */
export class SlotMap {
  private constructor(
    private readonly own: Map<string, number>,
    private readonly base: SlotMap | null,
    private readonly depth: number,
  ) {}

  static of(slots: Map<string, number>): SlotMap {
    return new SlotMap(slots, null, 0);
  }

  get(id: string): number | undefined {
    for (let map: SlotMap | null = this; map; map = map.base) {
      const slot = map.own.get(id);
      if (slot !== undefined) return slot === -1 ? undefined : slot;
    }
    return undefined;
  }

  /**
   * This map with these changes. A chain of more than 8 layers becomes one layer of changes over the first
   * map (cheap: the changes only), and everything one map once the changes reach a tenth of it.
   */
  with(changes: Map<string, number>): SlotMap {
    if (this.depth < 8) return new SlotMap(changes, this, this.depth + 1);
    const layers: Map<string, number>[] = [changes];
    let bottom: SlotMap = this;
    for (; bottom.base; bottom = bottom.base) layers.push(bottom.own);
    const delta = new Map<string, number>();
    for (const layer of layers.reverse()) for (const [id, slot] of layer) delta.set(id, slot);
    if (delta.size * 10 < bottom.own.size) return new SlotMap(delta, bottom, 1);
    const flat = new Map(bottom.own);
    for (const [id, slot] of delta) {
      if (slot === -1) flat.delete(id);
      else flat.set(id, slot);
    }
    return new SlotMap(flat, null, 0);
  }
}

export interface IndexState {
  version: bigint;
  store: SlotStore;
  /** 1 for the slots live at this version; slots added later lie beyond its length */
  live: Uint8Array;
  liveCount: number;
  slotOf: SlotMap;
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

/** The place of the first slot of `list` (in `compare`'s order) that does not come before `slot`. */
function placeOf(list: Int32Array, slot: number, compare: (a: number, b: number) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle]!, slot) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `list` without the `dead` slots and with the `added` ones, in order: each found or placed by binary
 * search (a slot's values never change), the rest copied in runs.
 */
function spliced(list: Int32Array, dead: readonly number[], added: readonly number[], compare: (a: number, b: number) => number): Int32Array {
  const cuts = dead.map((slot) => placeOf(list, slot, compare)).filter((place, index) => list[place] === dead[index]);
  const kept = new Int32Array(list.length - cuts.length);
  let from = 0;
  let to = 0;
  for (const cut of [...new Set(cuts)].sort((x, y) => x - y)) {
    kept.set(list.subarray(from, cut), to);
    to += cut - from;
    from = cut + 1;
  }
  kept.set(list.subarray(from), to);
  if (added.length === 0) return kept;
  const inserts = [...added].sort(compare).map((slot) => [placeOf(kept, slot, compare), slot] as const);
  const out = new Int32Array(kept.length + inserts.length);
  from = 0;
  to = 0;
  for (const [place, slot] of inserts) {
    out.set(kept.subarray(from, place), to);
    to += place - from;
    out[to++] = slot;
    from = place;
  }
  out.set(kept.subarray(from), to);
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
  const orders = Object.fromEntries(
    orderNames.map((order) => [order, order === 'NAME' && !nameByCodePoint ? null : Int32Array.from({ length: store.size }, (_, slot) => slot).sort(comparator(store, order))]),
  ) as Record<IndexOrder, Int32Array | null>;
  return { version, store, live, liveCount: store.size, slotOf: SlotMap.of(slotOf), orders, dictionaries };
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
  const changes = new Map<string, number>();
  const dead = new Set<number>();
  for (const id of changedIds) {
    const old = base.slotOf.get(id);
    if (old !== undefined) dead.add(old);
    changes.set(id, -1);
  }
  const added = rows.map((row) => {
    const slot = store.add(row);
    changes.set(row.id, slot);
    return slot;
  });
  const live = new Uint8Array(store.size);
  live.set(base.live);
  for (const slot of dead) live[slot] = 0;
  for (const slot of added) live[slot] = 1;
  const orders = Object.fromEntries(
    orderNames.map((order) => {
      const previous = base.orders[order];
      return [order, previous === null ? null : spliced(previous, [...dead], added, comparator(store, order))];
    }),
  ) as Record<IndexOrder, Int32Array | null>;
  const slotOf = base.slotOf.with(changes);
  const state: IndexState = { version, store, live, liveCount: base.liveCount - dead.size + added.length, slotOf, orders, dictionaries: dictionaries ?? base.dictionaries };
  carryGroups(base, state, [...dead], added);
  return state;
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

const groupsByState = new WeakMap<IndexState, Map<string, RowGroup>>();

function groupKey(store: SlotStore, slot: number): string {
  return `${store.kind[slot]} ${store.category[slot]} ${store.vendor[slot]} ${store.unit[slot]} ${store.inVietnam[slot]} ${store.cities[slot]!.join(',')}`;
}

function newGroup(store: SlotStore, slot: number): RowGroup {
  return {
    kind: store.kind[slot]!,
    category: store.category[slot]!,
    vendor: store.vendor[slot]!,
    unit: store.unit[slot]!,
    inVietnam: store.inVietnam[slot]!,
    cities: store.cities[slot]!,
    rows: 0,
    prices: new Float64Array(0),
  };
}

/**
 * The version's rows grouped by kind, category, vendor, unit, data in Vietnam and cities: a browse's facets
 * count a few thousand groups instead of every row. Made on first use, or carried from the version before.
 */
export function groupsOf(state: IndexState): Iterable<RowGroup> {
  const held = groupsByState.get(state);
  if (held) return held.values();
  const { store, live } = state;
  const byKey = new Map<string, { group: RowGroup; prices: number[] }>();
  for (let slot = 0; slot < live.length; slot++) {
    if (live[slot] !== 1) continue;
    const key = groupKey(store, slot);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { group: newGroup(store, slot), prices: [] };
      byKey.set(key, entry);
    }
    entry.group.rows++;
    const price = store.price[slot]!;
    if (!Number.isNaN(price)) entry.prices.push(price);
  }
  const groups = new Map([...byKey].map(([key, { group, prices }]) => [key, { ...group, prices: Float64Array.from(prices).sort() }]));
  groupsByState.set(state, groups);
  return groups.values();
}

/** The groups of `next` from those of `base` (when made), changing only the groups of the rows that changed. */
function carryGroups(base: IndexState, next: IndexState, dead: readonly number[], added: readonly number[]): void {
  const held = groupsByState.get(base);
  if (!held) return;
  const { store } = next;
  const groups = new Map(held);
  const touched = new Set<string>();
  const change = (slot: number, by: 1 | -1) => {
    const key = groupKey(store, slot);
    const old = groups.get(key);
    const group = touched.has(key) && old ? old : { ...(old ?? newGroup(store, slot)) };
    touched.add(key);
    group.rows += by;
    const price = store.price[slot]!;
    if (!Number.isNaN(price)) {
      const prices = [...group.prices];
      if (by === 1) prices.push(price);
      else prices.splice(prices.indexOf(price), 1);
      group.prices = Float64Array.from(prices).sort();
    }
    if (group.rows === 0) groups.delete(key);
    else groups.set(key, group);
  };
  for (const slot of dead) change(slot, -1);
  for (const slot of added) change(slot, 1);
  groupsByState.set(next, groups);
}
