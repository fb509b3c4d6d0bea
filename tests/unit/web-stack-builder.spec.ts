import { describe, expect, it } from 'vitest';
import { quoteFieldOf, quoteInput, validateQuote } from '../../packages/web/src/components/stack/quote-form.ts';
import { parseSavedStacks, SAVED_STACKS_STORAGE_KEY, withoutSavedStack, withSavedStack } from '../../packages/web/src/components/stack/saved-stacks.ts';
import { changePlan, cheapestPlan, parseQuantity, removeLine, repairStack, setQuantity } from '../../packages/web/src/components/stack/stack-edits.ts';

const stack = (...items: [string, number][]) => ({ name: 'Thử', items: items.map(([planId, quantity]) => ({ planId, quantity })) });

describe('stack builder edits', () => {
  it('accepts only whole quantities from 1 to 1,000,000', () => {
    expect(parseQuantity('3')).toBe(3);
    expect(parseQuantity(' 1000000 ')).toBe(1_000_000);
    for (const text of ['', '0', '-1', '1.5', '1e3', '1000001', 'ba']) expect(parseQuantity(text), text).toBeNull();
  });

  it('sets a quantity within bounds and removes a line', () => {
    expect(setQuantity(stack(['a', 1], ['b', 2]), 'b', 5)).toEqual(stack(['a', 1], ['b', 5]));
    expect(setQuantity(stack(['a', 1]), 'a', 2_000_000)).toEqual(stack(['a', 1_000_000]));
    expect(removeLine(stack(['a', 1], ['b', 2]), 'a')).toEqual(stack(['b', 2]));
  });

  it('moves a line to another plan in place, or merges it into the line that already has that plan', () => {
    expect(changePlan(stack(['a', 1], ['b', 2], ['c', 3]), 'b', 'd')).toEqual(stack(['a', 1], ['d', 2], ['c', 3]));
    expect(changePlan(stack(['a', 1], ['b', 2], ['c', 3]), 'c', 'a')).toEqual(stack(['a', 4], ['b', 2]));
  });

  it('mends a stack the API refused: unknown plans dropped, repeated plans merged, quantities within bounds', () => {
    const refused = stack(['a', 1], ['gone', 1], ['a', 2], ['b', 5_000_000]);
    const problems = [
      { field: ['items', '1', 'planId'], code: 'UNKNOWN_PLAN' },
      { field: ['items', '2', 'planId'], code: 'DUPLICATE_LINE' },
      { field: ['items', '3', 'quantity'], code: 'QUANTITY_OUT_OF_RANGE' },
    ];
    expect(repairStack(refused, problems)).toEqual(stack(['a', 3], ['b', 1_000_000]));
  });

  it('suggests the recurring plan at the lowest monthly price, never a one-time fee', () => {
    const plans = [
      { id: 'licence', unit: 'ONE_TIME', monthlyPrice: { amount: '0' } },
      { id: 'large', unit: 'MONTH', monthlyPrice: { amount: '900000' } },
      { id: 'small', unit: 'HOUR', monthlyPrice: { amount: '233600' } },
    ];
    expect(cheapestPlan({ lowestMonthlyPrice: { amount: '233600' }, plans })?.id).toBe('small');
    expect(cheapestPlan({ lowestMonthlyPrice: null, plans: plans.slice(0, 1) })?.id).toBe('licence');
  });
});

describe('saved stacks remembered in the browser', () => {
  it('is kept under its own key, newest first, once each, unreadable entries dropped', () => {
    expect(SAVED_STACKS_STORAGE_KEY).toBe('mayviet.savedStacks.v1');
    const a = { id: 'U3RhY2s6YQ', name: 'A', savedAt: '2026-11-22T08:30:00Z' };
    const b = { id: 'U3RhY2s6Yg', name: 'B', savedAt: '2026-11-23T08:30:00Z' };
    expect(withSavedStack(withSavedStack([a], b), a)).toEqual([a, b]);
    expect(withoutSavedStack([a, b], a.id)).toEqual([b]);
    expect(parseSavedStacks(JSON.stringify([a, { id: 3 }, null, b]))).toEqual([a, b]);
    expect(parseSavedStacks('{not json')).toEqual([]);
    expect(parseSavedStacks(null)).toEqual([]);
  });
});

describe('quote request form', () => {
  const valid = { contactName: ' Nguyễn Văn An ', contactEmail: 'an@congty.vn', organization: '', message: '' };

  it('checks what the API checks', () => {
    expect(validateQuote(valid)).toEqual({});
    expect(validateQuote({ ...valid, contactName: '  ', contactEmail: '' })).toEqual({ contactName: 'BLANK', contactEmail: 'BLANK' });
    for (const email of ['an@congty', 'an congty.vn', '@congty.vn', 'an@@congty.vn', `${'a'.repeat(65)}@congty.vn`]) {
      expect(validateQuote({ ...valid, contactEmail: email }), email).toEqual({ contactEmail: 'INVALID_EMAIL' });
    }
    expect(validateQuote({ ...valid, contactName: 'x'.repeat(121) })).toEqual({ contactName: 'TOO_LONG' });
    expect(validateQuote({ ...valid, contactName: '😀'.repeat(120) })).toEqual({});
    expect(validateQuote({ ...valid, contactName: 'An\nNguyễn' })).toEqual({ contactName: 'INVALID' });
    expect(validateQuote({ ...valid, organization: 'o'.repeat(201) })).toEqual({ organization: 'TOO_LONG' });
    expect(validateQuote({ ...valid, message: 'm'.repeat(2001) })).toEqual({ message: 'TOO_LONG' });
    expect(validateQuote({ ...valid, message: 'Hai dòng\nvẫn được' })).toEqual({});
  });

  it('sends trimmed values, blank optional fields as null, and reads the field of a userError', () => {
    expect(quoteInput('U3RhY2s6YQ', valid)).toEqual({
      stackId: 'U3RhY2s6YQ',
      contactName: 'Nguyễn Văn An',
      contactEmail: 'an@congty.vn',
      organization: null,
      message: null,
    });
    expect(quoteFieldOf(['input', 'contactEmail'])).toBe('contactEmail');
    expect(quoteFieldOf(['input', 'stackId'])).toBeNull();
    expect(quoteFieldOf(null)).toBeNull();
  });
});
