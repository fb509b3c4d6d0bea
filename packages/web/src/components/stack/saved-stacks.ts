// The saved stacks this browser remembers, to list and compare them, under SAVED_STACKS_STORAGE_KEY.
// Only the ids are secrets worth keeping: names and dates are shown before the API is asked.
import { storedValue } from '../../lib/stored-value.ts';

export const SAVED_STACKS_STORAGE_KEY = 'mayviet.savedStacks.v1';
/** Older entries fall off the end past this many. */
export const MAX_SAVED_STACKS = 50;

export interface SavedStackRef {
  id: string;
  name: string;
  /** ISO date-time the stack was saved */
  savedAt: string;
}

function isSavedStackRef(value: unknown): value is SavedStackRef {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name, savedAt } = value as Record<string, unknown>;
  return typeof id === 'string' && id !== '' && typeof name === 'string' && typeof savedAt === 'string';
}

/** The remembered stacks, newest first; anything unreadable is dropped. */
export function parseSavedStacks(raw: string | null): SavedStackRef[] {
  if (raw === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  return Array.isArray(value) ? value.filter(isSavedStackRef).map(({ id, name, savedAt }) => ({ id, name, savedAt })) : [];
}

/** The list with `stack` first, once. */
export function withSavedStack(list: readonly SavedStackRef[], stack: SavedStackRef): SavedStackRef[] {
  return [stack, ...list.filter((entry) => entry.id !== stack.id)].slice(0, MAX_SAVED_STACKS);
}

export function withoutSavedStack(list: readonly SavedStackRef[], id: string): SavedStackRef[] {
  return list.filter((entry) => entry.id !== id);
}

const stored = storedValue(SAVED_STACKS_STORAGE_KEY, parseSavedStacks);

export const useSavedStacks: () => SavedStackRef[] = stored.use;

const update = (change: (list: SavedStackRef[]) => SavedStackRef[]) => stored.write(JSON.stringify(change(stored.read())));

export const rememberSavedStack = (stack: SavedStackRef) => update((list) => withSavedStack(list, stack));
export const forgetSavedStack = (id: string) => update((list) => withoutSavedStack(list, id));
