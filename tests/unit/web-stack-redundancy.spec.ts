import { describe, expect, it } from 'vitest';
import { pickSecondSite, type SecondSiteLine } from '../../packages/web/src/components/stack/second-site.ts';
import { addSecondSite, changePlan, groupedOrder, leaveGroup, newGroupName, removeLine, repairStack, setQuantity } from '../../packages/web/src/components/stack/stack-edits.ts';
import { parseStoredStack, type StackItem } from '../../packages/web/src/components/stack/stack-model.ts';

// The builder's redundancy groups: stored, edited, kept together, and the second site it picks.

const stack = (...items: StackItem[]) => ({ name: 'Thử', items });
const at = (planId: string, quantity: number, redundancyGroup?: string): StackItem => (redundancyGroup ? { planId, quantity, redundancyGroup } : { planId, quantity });

describe('redundancy groups in the stored stack', () => {
  it('keeps well-formed groups and drops malformed ones, as the API would refuse them', () => {
    const raw = JSON.stringify({ name: 'x', items: [at('a', 1, 'site-1'), { planId: 'b', quantity: 1, redundancyGroup: 'two words' }, { planId: 'c', quantity: 1, redundancyGroup: 7 }] });
    expect(parseStoredStack(raw)!.items).toEqual([at('a', 1, 'site-1'), at('b', 1), at('c', 1)]);
  });

  it('adds a second site right after the line, in one new group, with its quantity', () => {
    const before = stack(at('a', 3), at('b', 1, 'site-1'), at('c', 1, 'site-1'));
    expect(newGroupName(before.items)).toBe('site-2');
    expect(addSecondSite(before, 'a', 'z').items).toEqual([at('a', 3, 'site-2'), at('z', 3, 'site-2'), at('b', 1, 'site-1'), at('c', 1, 'site-1')]);
    // A line already grouped brings the new site into its own group; a plan already in the stack joins as it is.
    expect(addSecondSite(before, 'b', 'a').items).toEqual([at('b', 1, 'site-1'), at('a', 3, 'site-1'), at('c', 1, 'site-1')]);
  });

  it('keeps groups through edits and dissolves a group left with one line', () => {
    const paired = stack(at('a', 1, 'site-1'), at('b', 2), at('z', 1, 'site-1'));
    expect(setQuantity(paired, 'a', 4).items[0]).toEqual(at('a', 4, 'site-1'));
    expect(changePlan(paired, 'a', 'a2').items[0]).toEqual(at('a2', 1, 'site-1'));
    expect(removeLine(paired, 'z').items).toEqual([at('a', 1), at('b', 2)]);
    expect(leaveGroup(paired, 'a').items).toEqual([at('a', 1), at('b', 2), at('z', 1)]);
    expect(changePlan(paired, 'z', 'b').items).toEqual([at('a', 1), at('b', 3)]);
    expect(repairStack(stack(at('a', 1, 'g'), at('gone', 1, 'g')), [{ field: ['items', '1', 'planId'], code: 'UNKNOWN_PLAN' }]).items).toEqual([at('a', 1)]);
  });

  it('shows the lines of a group together where its first line is', () => {
    const rows = [at('a', 1, 'g'), at('b', 1), at('c', 1, 'g'), at('d', 1, 'h'), at('e', 1, 'h')].map((item) => ({ item }));
    expect(groupedOrder(rows).map((row) => row.item.planId)).toEqual(['a', 'c', 'b', 'd', 'e']);
  });
});

describe('the second site the builder picks', () => {
  // The line as the builder reads it from evaluateStack (its fragments unmasked).
  const line = {
    redundancyGroup: null,
    plan: { id: 'p-vps', unit: 'MONTH' },
    offering: { id: 'vps', name: 'VPS', nameEn: null, kind: 'IAAS', category: { slug: 'compute' }, dataCenters: [{ id: 'ct', city: 'Cần Thơ' }] },
  } as unknown as SecondSiteLine;
  const candidate = (id: string, vendor: string, cities: string[], plans: [string, string, number][]) => ({
    id,
    name: id,
    nameEn: null,
    status: 'PUBLISHED' as const,
    vendor: { id: vendor },
    dataCenters: cities.map((city) => ({ id: `${id}-${city}`, city })),
    lowestMonthlyPrice: { amount: String(Math.min(...plans.filter(([, unit]) => unit !== 'ONE_TIME').map(([, , price]) => price))) },
    plans: plans.map(([planId, unit, price]) => ({ id: planId, unit: unit as 'MONTH', monthlyPrice: { amount: String(price) } })),
  });

  it('takes the cheapest offering with a data center in another city, the stack’s vendors first, and its cheapest plan billed like the line', () => {
    const sameCity = candidate('ct-only', 'other', ['Cần Thơ'], [['x', 'MONTH', 1]]);
    const cheap = candidate('cheap', 'viettel', ['Hà Nội'], [['cheap-gb', 'GB_MONTH', 10], ['cheap-hour', 'HOUR', 300], ['cheap-month', 'MONTH', 200]]);
    const dear = candidate('dear', 'mekong', ['Cần Thơ', 'Hà Nội'], [['dear-month', 'MONTH', 900]]);
    expect(pickSecondSite(line, [sameCity, cheap], new Set())).toEqual({ offering: cheap, planId: 'cheap-month', cities: ['Cần Thơ', 'Hà Nội'] });
    expect(pickSecondSite(line, [sameCity, cheap, dear], new Set(['mekong']))!.planId).toBe('dear-month');
    expect(pickSecondSite(line, [sameCity, candidate('vps', 'x', ['Hà Nội'], [['v', 'MONTH', 1]])], new Set())).toBeNull();
  });
});
