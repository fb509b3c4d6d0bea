import type { Lang } from '../../i18n/dictionary.ts';

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** When the figures were computed, as the clock reads in Vietnam. */
export function formatDateTime(isoDateTime: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(isoDateTime));
}

// Each formatter is made once per language: making one costs far more than using it.
const ticks = new Map<Lang, Intl.NumberFormat>();
const regions = new Map<Lang, Intl.DisplayNames>();

/** An axis tick in đồng, short: "1 triệu" (vi), "1M" (en). */
export function formatAmountTick(amount: number, lang: Lang): string {
  let format = ticks.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], { notation: 'compact', compactDisplay: lang === 'vi' ? 'long' : 'short' });
    ticks.set(lang, format);
  }
  return format.format(amount);
}

export function countryName(code: string, lang: Lang): string {
  let names = regions.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([locales[lang]], { type: 'region' });
    regions.set(lang, names);
  }
  return names.of(code) ?? code;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "3" → "III"; the API's UNRATED stays null. */
export function romanTier(key: string): string | null {
  const tier = Number(key);
  return Number.isInteger(tier) && tier > 0 ? (ROMAN[tier - 1] ?? key) : null;
}
