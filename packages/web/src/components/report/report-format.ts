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

/** An axis tick in đồng, short: "1 triệu" (vi), "1M" (en). */
export function formatAmountTick(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { notation: 'compact', compactDisplay: lang === 'vi' ? 'long' : 'short' }).format(amount);
}

export function countryName(code: string, lang: Lang): string {
  return new Intl.DisplayNames([locales[lang]], { type: 'region' }).of(code) ?? code;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "3" → "III"; the API's UNRATED stays null. */
export function romanTier(key: string): string | null {
  const tier = Number(key);
  return Number.isInteger(tier) && tier > 0 ? (ROMAN[tier - 1] ?? key) : null;
}
