// The saved stacks this browser remembers, to list and compare them, under SAVED_STACKS_STORAGE_KEY.
// Only the ids are secrets worth keeping: names and dates are shown before the API is asked.
import { useMemo, useSyncExternalStore } from 'react';
import { readStorage, writeStorage } from '../../lib/storage.ts';

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

const CHANGED = 'mayviet:saved-stacks-changed';

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === SAVED_STACKS_STORAGE_KEY || event.key === null) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGED, onChange);
  };
}

const readRaw = () => readStorage(SAVED_STACKS_STORAGE_KEY);

export function useSavedStacks(): SavedStackRef[] {
  const raw = useSyncExternalStore(subscribe, readRaw, () => null);
  return useMemo(() => parseSavedStacks(raw), [raw]);
}

function update(change: (list: SavedStackRef[]) => SavedStackRef[]): boolean {
  if (!writeStorage(SAVED_STACKS_STORAGE_KEY, JSON.stringify(change(parseSavedStacks(readRaw()))))) return false;
  window.dispatchEvent(new Event(CHANGED));
  return true;
}

export const rememberSavedStack = (stack: SavedStackRef) => update((list) => withSavedStack(list, stack));
export const forgetSavedStack = (id: string) => update((list) => withoutSavedStack(list, id));
