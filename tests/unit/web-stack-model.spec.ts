import { describe, expect, it } from 'vitest';
import { addPlan, parseStoredStack, quantityOf, STACK_STORAGE_KEY } from '../../packages/web/src/components/stack/stack-model.ts';
import type { SavedCatalogSearch } from '../../packages/web/src/components/catalog/catalog-url.ts';

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

describe('the catalogue search kept with a stored stack', () => {
  const search: SavedCatalogSearch = {
    query: 'máy chủ',
    sort: 'PRICE_ASC',
    filter: { kinds: ['IAAS'], categories: null, vendors: null, cities: ['Hà Nội'], billingUnits: null, dataInVietnam: true, maxMonthlyPrice: null, minSlaAvailability: null, verifiedFramework: null },
  };

  it('is the search of the latest line added from a filtered catalogue; a line added without one keeps it', () => {
    let stack = addPlan(null, 'a', 1, 'Mine', search);
    expect(stack.catalogSearch).toEqual(search);
    stack = addPlan(stack, 'b', 1, 'Mine');
    expect(stack.catalogSearch).toEqual(search);
    const later = { ...search, query: 'tường lửa' };
    stack = addPlan(stack, 'c', 1, 'Mine', later);
    expect(stack.catalogSearch).toEqual(later);
    expect(parseStoredStack(JSON.stringify(stack))).toEqual(stack);
  });

  it('drops a tampered search and keeps the lines', () => {
    for (const tampered of [{ query: 5 }, { ...search, sort: 'CHEAPEST' }, { ...search, filter: { ...search.filter, kinds: [1] } }, 'x']) {
      expect(parseStoredStack(JSON.stringify({ name: 'S', items: [{ planId: 'a', quantity: 1 }], catalogSearch: tampered }))).toEqual({
        name: 'S',
        items: [{ planId: 'a', quantity: 1 }],
      });
    }
  });
});
