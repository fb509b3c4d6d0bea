import { storedValue } from '../../lib/stored-value.ts';
import type { SavedCatalogSearch } from '../catalog/catalog-url.ts';
import { addPlan, parseStoredStack, STACK_STORAGE_KEY, type StoredStack } from './stack-model.ts';

const stored = storedValue(STACK_STORAGE_KEY, parseStoredStack);

/** The stored stack, kept current across components and tabs. */
export const useStoredStack: () => StoredStack | null = stored.use;

/** The stored stack as it is now, outside React. */
export const readStoredStack: () => StoredStack | null = stored.read;

/** Replaces the stored stack; false when the browser refuses to store it. */
export function writeStoredStack(stack: StoredStack): boolean {
  return stored.write(JSON.stringify(stack));
}

/**
 * Adds to the stored stack, with the catalogue search the line was found by (when it was); returns the plan's
 * new quantity, or null when the browser refuses to store it.
 */
export function addPlanToStoredStack(planId: string, quantity: number, defaultName: string, catalogSearch: SavedCatalogSearch | null = null): number | null {
  const next = addPlan(readStoredStack(), planId, quantity, defaultName, catalogSearch);
  if (!writeStoredStack(next)) return null;
  return next.items.find((item) => item.planId === planId)?.quantity ?? null;
}

/**
 * Puts a whole stack in the builder in place of the one being composed (the composer adopting an
 * alternative, a shared stack copied): lines as StackItemInput has them, with their redundancy groups.
 * Malformed lines and groups are dropped as a stored stack's are; false when the browser refuses to store it.
 */
export function adoptStack(stack: StoredStack): boolean {
  const adopted = parseStoredStack(JSON.stringify(stack))!;
  return writeStoredStack(adopted);
}
