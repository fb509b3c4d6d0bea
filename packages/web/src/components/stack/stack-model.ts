// The stack a visitor is composing, as kept in localStorage under STACK_STORAGE_KEY. This shape is the
// contract between "add to stack" buttons and the stack builder: change it only with a new key.

export const STACK_STORAGE_KEY = 'mayviet.stack.v1';

export interface StackItem {
  planId: string;
  quantity: number;
}

export interface StoredStack {
  name: string;
  items: StackItem[];
}

function isStackItem(value: unknown): value is StackItem {
  if (typeof value !== 'object' || value === null) return false;
  const { planId, quantity } = value as Record<string, unknown>;
  return typeof planId === 'string' && planId !== '' && Number.isInteger(quantity) && (quantity as number) >= 1;
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
  return {
    name: typeof name === 'string' ? name : '',
    items: Array.isArray(items) ? items.filter(isStackItem).map(({ planId, quantity }) => ({ planId, quantity })) : [],
  };
}

/** The stack with `quantity` more of the plan: a plan already in it gets a larger quantity, not a second line. */
export function addPlan(stack: StoredStack | null, planId: string, quantity: number, defaultName: string): StoredStack {
  const base = stack ?? { name: defaultName, items: [] };
  const existing = base.items.find((item) => item.planId === planId);
  const items = existing
    ? base.items.map((item) => (item === existing ? { planId, quantity: item.quantity + quantity } : item))
    : [...base.items, { planId, quantity }];
  return { name: base.name, items };
}

export function quantityOf(stack: StoredStack | null, planId: string): number {
  return stack?.items.find((item) => item.planId === planId)?.quantity ?? 0;
}
