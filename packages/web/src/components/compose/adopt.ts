// A composed alternative taken into the stack builder: its lines, with their redundancy groups, become the
// builder's stack (the one kept in this browser, see stack-model.ts).
import { stackItem, type StoredStack } from '../stack/stack-model.ts';

/** A line of a composed alternative, as composeStack answers it. */
export interface ComposedItem {
  plan: { id: string };
  quantity: number;
  redundancyGroup: string | null;
}

/** The builder's stack made of an alternative's lines, under `name`, in place of whatever it held. */
export function adoptedStack(name: string, items: readonly ComposedItem[]): StoredStack {
  return { name, items: items.map((item) => stackItem(item.plan.id, item.quantity, item.redundancyGroup)) };
}

/** Lines of an alternative shown together: a redundancy group's lines in one run, a lone line on its own. */
export interface LineRun<T> {
  /** the group the lines run in; null for a lone line */
  group: string | null;
  /** the lines' positions in the alternative's items (its reasons are in the same order) */
  indexes: number[];
  lines: T[];
}

/**
 * The lines in runs: the lines of a group together where its first line is, every other line alone, in
 * the alternative's order.
 */
export function lineRuns<T extends { redundancyGroup: string | null }>(items: readonly T[]): LineRun<T>[] {
  const runs: LineRun<T>[] = [];
  const groups = new Map<string, LineRun<T>>();
  items.forEach((item, index) => {
    const group = item.redundancyGroup;
    const existing = group === null ? undefined : groups.get(group);
    if (existing) {
      existing.indexes.push(index);
      existing.lines.push(item);
      return;
    }
    const run = { group, indexes: [index], lines: [item] };
    if (group !== null) groups.set(group, run);
    runs.push(run);
  });
  return runs;
}
