import type { Lang } from '../../i18n/dictionary.ts';
import { formatDate } from '../../lib/format.ts';
import type { ConsoleDictionary } from './console-dictionary.ts';

const times = new Map<Lang, Intl.DateTimeFormat>();

/** An ISO date-time as the time and day in Vietnam: "14:05 ngày 09/05/2026", "09/05/2026, 14:05". */
export function formatDateTime(isoDateTime: string, lang: Lang, c: Pick<ConsoleDictionary, 'dateTime'>): string {
  let time = times.get(lang);
  if (!time) {
    time = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
    times.set(lang, time);
  }
  return c.dateTime(formatDate(isoDateTime), time.format(new Date(isoDateTime)));
}
