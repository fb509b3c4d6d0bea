// Formatting for the customer site. Money and dates follow Vietnamese conventions in both languages;
// counts and percentages follow the reader's language.
import { dictionaries, type Lang } from '../i18n/dictionary.ts';
import type { BillingUnit } from './schema-enums.ts';

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
const date = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
});
const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const integers = new Map<Lang, Intl.NumberFormat>();
const percents = new Map<Lang, Intl.NumberFormat>();

function cached(cache: Map<Lang, Intl.NumberFormat>, lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], options);
    cache.set(lang, format);
  }
  return format;
}

/** "1250000" → "1.250.000 ₫" (the API sends money as Decimal strings in whole VND). */
export function formatVnd(amount: number | string): string {
  return vnd.format(typeof amount === 'string' ? Number(amount) : amount);
}

/** An ISO date-time → "09/05/2026", the day as it is in Vietnam. */
export function formatDate(isoDateTime: string): string {
  return date.format(new Date(isoDateTime));
}

export function formatCount(n: number, lang: Lang): string {
  return cached(integers, lang, { maximumFractionDigits: 0 }).format(n);
}

/** An SLA availability in percent, e.g. "99.950" → "99,95%" (vi) or "99.95%" (en). */
export function formatPercent(percent: string | number, lang: Lang): string {
  return cached(percents, lang, { style: 'percent', maximumFractionDigits: 3 }).format(Number(percent) / 100);
}

/** What a plan's price counts. */
export type PriceUnit = BillingUnit;

/**
 * A price with what it counts, in the reader's language: "450 ₫ / GB / tháng", "35.000 ₫ / người dùng /
 * tháng", "12.000.000 ₫ trả một lần"; "450 ₫ / GB / month", "12.000.000 ₫ one-time".
 */
export function priceWithUnit(amount: number | string, unit: PriceUnit, lang: Lang): string {
  return `${formatVnd(amount)} ${unitLabel(unit, lang)}`;
}

/** What a price counts, as written after it: "/ GB / tháng", "trả một lần"; "/ user / month", "one-time". */
export function unitLabel(unit: PriceUnit, lang: Lang): string {
  return dictionaries[lang].units[unit] ?? unit;
}

/** A category's unit for a quantity: "máy chủ" whatever the quantity, "server" for one and "servers" for the rest. */
export function unitOf(lang: Lang, quantity: number, unit: { unitName: string; unitNameEn: string; unitNameEnOne: string }): string {
  if (lang === 'vi') return unit.unitName;
  return quantity === 1 ? unit.unitNameEnOne : unit.unitNameEn;
}
