import { describe, expect, it } from 'vitest';
import { addPlan, parseStoredStack, quantityOf, STACK_STORAGE_KEY } from '../../packages/web/src/components/stack/stack-model.ts';

describe('stored stack', () => {
  it('is kept under the key the stack builder reads', () => {
    expect(STACK_STORAGE_KEY).toBe('mayviet.stack.v1');
  });

  it('starts a named stack with the first plan added', () => {
    expect(addPlan(null, 'plan-1', 1, 'Bộ giải pháp của tôi')).toEqual({
      name: 'Bộ giải pháp của tôi',
      items: [{ planId: 'plan-1', quantity: 1 }],
    });
  });

  it('adds to the quantity of a plan already in the stack instead of repeating the line', () => {
    let stack = addPlan(null, 'plan-1', 1, 'x');
    stack = addPlan(stack, 'plan-2', 3, 'x');
    stack = addPlan(stack, 'plan-1', 2, 'ignored');
    expect(stack).toEqual({
      name: 'x',
      items: [
        { planId: 'plan-1', quantity: 3 },
        { planId: 'plan-2', quantity: 3 },
      ],
    });
    expect(quantityOf(stack, 'plan-1')).toBe(3);
    expect(quantityOf(stack, 'plan-9')).toBe(0);
  });

  it('reads what was stored, round trip through JSON', () => {
    const stack = addPlan(addPlan(null, 'a', 1, 'Mine'), 'b', 2, 'Mine');
    expect(parseStoredStack(JSON.stringify(stack))).toEqual(stack);
  });

  it('survives missing, corrupt or tampered storage', () => {
    expect(parseStoredStack(null)).toBeNull();
    expect(parseStoredStack('{not json')).toBeNull();
    expect(parseStoredStack('42')).toBeNull();
    expect(parseStoredStack('{"items":"x"}')).toEqual({ name: '', items: [] });
    expect(
      parseStoredStack(
        JSON.stringify({
          name: 'S',
          items: [{ planId: 'ok', quantity: 2 }, { planId: '', quantity: 1 }, { planId: 'zero', quantity: 0 }, { planId: 'half', quantity: 1.5 }, null],
        }),
      ),
    ).toEqual({ name: 'S', items: [{ planId: 'ok', quantity: 2 }] });
  });
});
