// Edits the stack builder makes to a stored stack. Pure; the builder stores the result.
import type { StackItem, StoredStack } from './stack-model.ts';

/** The API's bounds on a line's quantity. */
export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 1_000_000;
export const MAX_LINES = 200;

/** A typed quantity, or null unless it is a whole number within the API's bounds. */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const quantity = Number(trimmed);
  return quantity >= MIN_QUANTITY && quantity <= MAX_QUANTITY ? quantity : null;
}

const clamp = (quantity: number) => Math.min(MAX_QUANTITY, Math.max(MIN_QUANTITY, Math.round(quantity)));

export function setQuantity(stack: StoredStack, planId: string, quantity: number): StoredStack {
  return { ...stack, items: stack.items.map((item) => (item.planId === planId ? { ...item, quantity: clamp(quantity) } : item)) };
}

/** A line without its redundancy group. */
const alone = ({ planId, quantity }: StackItem): StackItem => ({ planId, quantity });

/** The items with every redundancy group of a single line dissolved: a group of one is no group. */
function withoutLoneGroups(items: StackItem[]): StackItem[] {
  const sizes = new Map<string, number>();
  for (const item of items) if (item.redundancyGroup) sizes.set(item.redundancyGroup, (sizes.get(item.redundancyGroup) ?? 0) + 1);
  return items.map((item) => (item.redundancyGroup && sizes.get(item.redundancyGroup) === 1 ? alone(item) : item));
}

export function removeLine(stack: StoredStack, planId: string): StoredStack {
  return { ...stack, items: withoutLoneGroups(stack.items.filter((item) => item.planId !== planId)) };
}

/** The line leaves its redundancy group (the group's last other line then runs alone too). */
export function leaveGroup(stack: StoredStack, planId: string): StoredStack {
  return { ...stack, items: withoutLoneGroups(stack.items.map((item) => (item.planId === planId ? alone(item) : item))) };
}

/** The first of site-1, site-2… no line of the stack uses. */
export function newGroupName(items: readonly StackItem[]): string {
  const taken = new Set(items.map((item) => item.redundancyGroup));
  let n = 1;
  while (taken.has(`site-${n}`)) n++;
  return `site-${n}`;
}

/**
 * A second site for a line: `secondPlanId` with the line's quantity, right after it, both in one redundancy
 * group (the line's own when it has one, else a new site-N). A plan already in the stack joins the group as it is.
 */
export function addSecondSite(stack: StoredStack, planId: string, secondPlanId: string): StoredStack {
  const line = stack.items.find((item) => item.planId === planId);
  if (!line || planId === secondPlanId) return stack;
  const group = line.redundancyGroup ?? newGroupName(stack.items);
  const second = stack.items.find((item) => item.planId === secondPlanId);
  const items = stack.items
    .filter((item) => item !== second)
    .flatMap((item) =>
      item === line
        ? [{ ...item, redundancyGroup: group }, { planId: secondPlanId, quantity: second?.quantity ?? line.quantity, redundancyGroup: group }]
        : [item],
    );
  return { ...stack, items: withoutLoneGroups(items) };
}

/** The lines in order, each redundancy group's lines together where its first line is. */
export function groupedOrder<T extends { item: StackItem }>(rows: readonly T[]): T[] {
  const placed = new Set<T>();
  const ordered: T[] = [];
  for (const row of rows) {
    if (placed.has(row)) continue;
    const group = row.item.redundancyGroup;
    const members = group ? rows.filter((other) => other.item.redundancyGroup === group) : [row];
    for (const member of members) placed.add(member);
    ordered.push(...members);
  }
  return ordered;
}

/**
 * Moves a line to another plan of its offering, in place. When the stack already holds that plan, the two
 * lines become one (the API refuses a plan on two lines).
 */
export function changePlan(stack: StoredStack, fromPlanId: string, toPlanId: string): StoredStack {
  if (fromPlanId === toPlanId) return stack;
  const from = stack.items.find((item) => item.planId === fromPlanId);
  if (!from) return stack;
  const existing = stack.items.find((item) => item.planId === toPlanId);
  const items: StackItem[] = existing
    ? stack.items
        .filter((item) => item !== from)
        .map((item) => (item === existing ? { ...item, quantity: clamp(item.quantity + from.quantity) } : item))
    : stack.items.map((item) => (item === from ? { ...item, planId: toPlanId } : item));
  return { ...stack, items: withoutLoneGroups(items) };
}

export interface LineProblem {
  /** the API's path to the input at fault, e.g. ["items", "3", "quantity"] */
  field: readonly (string | number)[] | null;
  code: string;
}

/** The line a problem is about (0-based), when it names one. */
export function problemLine(problem: LineProblem): number | null {
  const [first, index] = problem.field ?? [];
  return first === 'items' && index !== undefined && /^\d+$/.test(String(index)) ? Number(index) : null;
}

/**
 * The stack mended after evaluateStack refused it: lines with unknown plans dropped, a repeated plan's
 * quantities added to its first line, quantities brought within bounds, at most MAX_LINES lines; a
 * redundancy group left with one line dissolved.
 */
export function repairStack(stack: StoredStack, problems: readonly LineProblem[]): StoredStack {
  const unknown = new Set(problems.filter((p) => p.code === 'UNKNOWN_PLAN').map(problemLine));
  const lines = new Map<string, StackItem>();
  stack.items.forEach((item, index) => {
    if (unknown.has(index)) return;
    const first = lines.get(item.planId);
    lines.set(item.planId, first ? { ...first, quantity: first.quantity + item.quantity } : item);
  });
  const items = [...lines.values()].slice(0, MAX_LINES).map((item) => ({ ...item, quantity: clamp(item.quantity) }));
  return { ...stack, items: withoutLoneGroups(items) };
}

interface PricedPlan {
  id: string;
  unit: string;
  monthlyPrice: { amount: string };
}

/**
 * The plan a suggestion adds: the recurring plan at the offering's lowest monthly price (a one-time fee
 * counts nothing a month, so it is never the cheapest), else its first plan.
 */
export function cheapestPlan<P extends PricedPlan>(offering: { lowestMonthlyPrice: { amount: string } | null; plans: readonly P[] }): P | null {
  const lowest = offering.lowestMonthlyPrice?.amount;
  const recurring = offering.plans.find((plan) => plan.unit !== 'ONE_TIME' && plan.monthlyPrice.amount === lowest);
  return recurring ?? offering.plans[0] ?? null;
}
