import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatPercent, formatVnd, priceWithUnit, unitLabel } from '../../packages/web/src/lib/format.ts';

// Intl separates the amount from "₫" with a no-break space.
const nbsp = '\u00a0';

describe('web formatting', () => {
  it('writes VND the Vietnamese way, from numbers and Decimal strings', () => {
    expect(formatVnd(1_250_000)).toBe(`1.250.000${nbsp}₫`);
    expect(formatVnd('1250000')).toBe(`1.250.000${nbsp}₫`);
    expect(formatVnd('0')).toBe(`0${nbsp}₫`);
    expect(formatVnd('450000000')).toBe(`450.000.000${nbsp}₫`);
  });

  it('writes dates as dd/mm/yyyy, the day as it is in Vietnam', () => {
    expect(formatDate('2026-05-09T15:59:59.000Z')).toBe('09/05/2026');
    // 20:00 UTC on 31 December is already 1 January in Hà Nội.
    expect(formatDate('2025-12-31T20:00:00Z')).toBe('01/01/2026');
  });

  it('writes counts and SLA percentages in the reader’s language', () => {
    expect(formatCount(12345, 'vi')).toBe('12.345');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatPercent('99.950', 'vi')).toBe('99,95%');
    expect(formatPercent('99.990', 'en')).toBe('99.99%');
    expect(formatPercent('100', 'vi')).toBe('100%');
  });

  it('writes a price with what it counts, in the reader’s language', () => {
    expect(priceWithUnit('450', 'GB_MONTH', 'vi')).toBe(`450${nbsp}₫ / GB / tháng`);
    expect(priceWithUnit(35_000, 'USER_MONTH', 'vi')).toBe(`35.000${nbsp}₫ / người dùng / tháng`);
    expect(priceWithUnit('12000000', 'ONE_TIME', 'vi')).toBe(`12.000.000${nbsp}₫ trả một lần`);
    expect(priceWithUnit('750', 'HOUR', 'vi')).toBe(`750${nbsp}₫ / giờ`);
    expect(priceWithUnit('500000', 'MONTH', 'vi')).toBe(`500.000${nbsp}₫ / tháng`);
    expect(priceWithUnit('450', 'GB_MONTH', 'en')).toBe(`450${nbsp}₫ / GB / month`);
    expect(priceWithUnit('35000', 'USER_MONTH', 'en')).toBe(`35.000${nbsp}₫ / user / month`);
    expect(priceWithUnit('12000000', 'ONE_TIME', 'en')).toBe(`12.000.000${nbsp}₫ one-time`);
    expect(unitLabel('USER_MONTH', 'en')).toBe('/ user / month');
  });
});
