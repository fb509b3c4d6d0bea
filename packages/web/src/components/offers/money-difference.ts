import type { Lang } from '../../i18n/dictionary.ts';
import { formatPercent, formatVnd } from '../../lib/format.ts';

/** An offered amount against the list's, signed, with its share of the list: "−125.000 ₫ (−10%)"; null when equal. */
export function moneyDifference(offered: string, list: string, lang: Lang): string | null {
  const difference = Number(offered) - Number(list);
  if (difference === 0) return null;
  const sign = difference > 0 ? '+' : '−';
  const amount = `${sign}${formatVnd(Math.abs(difference))}`;
  if (Number(list) === 0) return amount;
  // To a tenth of a percent: what a buyer compares, not the division's last digits.
  const percent = Math.round((Math.abs(difference) / Number(list)) * 1000) / 10;
  return `${amount} (${sign}${formatPercent(percent, lang)})`;
}
