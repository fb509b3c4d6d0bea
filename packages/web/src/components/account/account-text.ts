// The buyer account's strings, Vietnamese first and English second, kept beside its screens so that only
// their chunk carries them; each part's English is typed by its Vietnamese.
import type { Lang } from '../../i18n/dictionary.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { authTexts } from './texts/auth.ts';
import { listTexts } from './texts/lists.ts';

const vi = { ...authTexts.vi, ...listTexts.vi };

export type AccountText = typeof vi;

const en: AccountText = { ...authTexts.en, ...listTexts.en };

/** Both languages, for the translation checks. */
export const accountDictionaries: Record<Lang, AccountText> = { vi, en };

/** The account screens' strings in the reader's language. */
export function useAccountText(): AccountText {
  return accountDictionaries[useI18n().lang];
}
