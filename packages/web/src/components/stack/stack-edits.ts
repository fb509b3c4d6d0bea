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

export function removeLine(stack: StoredStack, planId: string): StoredStack {
  return { ...stack, items: stack.items.filter((item) => item.planId !== planId) };
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
        .map((item) => (item === existing ? { planId: toPlanId, quantity: clamp(item.quantity + from.quantity) } : item))
    : stack.items.map((item) => (item === from ? { ...item, planId: toPlanId } : item));
  return { ...stack, items };
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
 * quantities added to its first line, quantities brought within bounds, at most MAX_LINES lines.
 */
export function repairStack(stack: StoredStack, problems: readonly LineProblem[]): StoredStack {
  const unknown = new Set(problems.filter((p) => p.code === 'UNKNOWN_PLAN').map(problemLine));
  const quantities = new Map<string, number>();
  stack.items.forEach((item, index) => {
    if (unknown.has(index)) return;
    quantities.set(item.planId, (quantities.get(item.planId) ?? 0) + item.quantity);
  });
  const items = [...quantities].slice(0, MAX_LINES).map(([planId, quantity]) => ({ planId, quantity: clamp(quantity) }));
  return { ...stack, items };
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
