// The stack a visitor is composing, as kept in localStorage under STACK_STORAGE_KEY. This shape is the
// contract between "add to stack" buttons and the stack builder: change it only with a new key (an optional
// field, which older pages read past, excepted: catalogSearch).

import { SORTS, type SavedCatalogSearch } from '../catalog/catalog-url.ts';

export const STACK_STORAGE_KEY = 'mayviet.stack.v1';

export interface StackItem {
  planId: string;
  quantity: number;
  /** lines sharing a group run in parallel (StackItemInput.redundancyGroup); absent on a line that runs alone */
  redundancyGroup?: string;
}

/** What the API takes as a redundancy group: 1 to 40 letters, digits or . _ : - */
const REDUNDANCY_GROUP = /^[A-Za-z0-9._:-]{1,40}$/;

/** A line, with its redundancy group when it has one (no key at all when it has none). */
export function stackItem(planId: string, quantity: number, redundancyGroup: string | null | undefined): StackItem {
  return typeof redundancyGroup === 'string' && REDUNDANCY_GROUP.test(redundancyGroup) ? { planId, quantity, redundancyGroup } : { planId, quantity };
}

export interface StoredStack {
  name: string;
  items: StackItem[];
  /** the catalogue search of the latest line added from a filtered catalogue (optional: older stacks have none) */
  catalogSearch?: SavedCatalogSearch | null;
}

function isStackItem(value: unknown): value is StackItem {
  if (typeof value !== 'object' || value === null) return false;
  const { planId, quantity } = value as Record<string, unknown>;
  return typeof planId === 'string' && planId !== '' && Number.isInteger(quantity) && (quantity as number) >= 1;
}

const isStringList = (value: unknown) => value === null || (Array.isArray(value) && value.every((entry) => typeof entry === 'string'));
const isTextOrNull = (value: unknown) => value === null || typeof value === 'string';

/** A stored catalogue search, or null when it is missing or not of the shape saveStack takes. */
function parseCatalogSearch(value: unknown): SavedCatalogSearch | null {
  if (typeof value !== 'object' || value === null) return null;
  const { query, sort, filter } = value as Record<string, unknown>;
  if (!isTextOrNull(query) || !(sort === null || (SORTS as readonly unknown[]).includes(sort))) return null;
  if (typeof filter !== 'object' || filter === null) return null;
  const f = filter as Record<string, unknown>;
  const lists = [f.kinds, f.categories, f.vendors, f.cities, f.billingUnits];
  const texts = [f.maxMonthlyPrice, f.minSlaAvailability, f.verifiedFramework];
  if (!lists.every(isStringList) || !texts.every(isTextOrNull) || !(f.dataInVietnam === null || typeof f.dataInVietnam === 'boolean')) return null;
  return value as SavedCatalogSearch;
}

/** The stored stack, or null when there is none or it is unreadable; malformed lines are dropped. */
export function parseStoredStack(raw: string | null): StoredStack | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { name, items } = value as Record<string, unknown>;
  return withSearch(
    {
      name: typeof name === 'string' ? name : '',
      items: Array.isArray(items) ? items.filter(isStackItem).map(({ planId, quantity, redundancyGroup }) => stackItem(planId, quantity, redundancyGroup)) : [],
    },
    parseCatalogSearch((value as Record<string, unknown>).catalogSearch),
  );
}

/** The stack with its catalogue search, or without the key when it has none. */
function withSearch(stack: { name: string; items: StackItem[] }, catalogSearch: SavedCatalogSearch | null | undefined): StoredStack {
  return catalogSearch ? { ...stack, catalogSearch } : stack;
}

/**
 * The stack with `quantity` more of the plan: a plan already in it gets a larger quantity, not a second line.
 * A line added from a filtered catalogue's search makes that search the stack's; without one, the stack keeps its own.
 */
export function addPlan(
  stack: StoredStack | null,
  planId: string,
  quantity: number,
  defaultName: string,
  catalogSearch: SavedCatalogSearch | null = null,
): StoredStack {
  const base = stack ?? { name: defaultName, items: [] };
  const existing = base.items.find((item) => item.planId === planId);
  const items = existing
    ? base.items.map((item) => (item === existing ? { planId, quantity: item.quantity + quantity } : item))
    : [...base.items, { planId, quantity }];
  return withSearch({ name: base.name, items }, catalogSearch ?? base.catalogSearch);
}

export function quantityOf(stack: StoredStack | null, planId: string): number {
  return stack?.items.find((item) => item.planId === planId)?.quantity ?? 0;
}
