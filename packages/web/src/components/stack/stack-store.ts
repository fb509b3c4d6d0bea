import { useMemo, useSyncExternalStore } from 'react';
import { readStorage, writeStorage } from '../../lib/storage.ts';
import { addPlan, parseStoredStack, STACK_STORAGE_KEY, type StoredStack } from './stack-model.ts';

// Same-tab writes do not fire the storage event, so they announce themselves with this one.
const CHANGED = 'mayviet:stack-changed';

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STACK_STORAGE_KEY || event.key === null) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGED, onChange);
  };
}

const readRaw = () => readStorage(STACK_STORAGE_KEY);

/** The stored stack, kept current across components and tabs. */
export function useStoredStack(): StoredStack | null {
  const raw = useSyncExternalStore(subscribe, readRaw, () => null);
  return useMemo(() => parseStoredStack(raw), [raw]);
}

/** The stored stack as it is now, outside React. */
export function readStoredStack(): StoredStack | null {
  return parseStoredStack(readRaw());
}

/** Replaces the stored stack; false when the browser refuses to store it. */
export function writeStoredStack(stack: StoredStack): boolean {
  if (!writeStorage(STACK_STORAGE_KEY, JSON.stringify(stack))) return false;
  window.dispatchEvent(new Event(CHANGED));
  return true;
}

/** Adds to the stored stack; returns the plan's new quantity, or null when the browser refuses to store it. */
export function addPlanToStoredStack(planId: string, quantity: number, defaultName: string): number | null {
  const next = addPlan(readStoredStack(), planId, quantity, defaultName);
  if (!writeStoredStack(next)) return null;
  return next.items.find((item) => item.planId === planId)?.quantity ?? null;
}
