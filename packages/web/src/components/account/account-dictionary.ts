// The buyer account's strings, Vietnamese first and English second, kept beside its screens so that only
// their chunk carries them; each part's English is typed by its Vietnamese.
import type { Lang } from '../../i18n/dictionary.ts';
import { authTexts } from './texts/auth.ts';
import { listTexts } from './texts/lists.ts';

const vi = { ...authTexts.vi, ...listTexts.vi };

export type AccountText = typeof vi;

const en: AccountText = { ...authTexts.en, ...listTexts.en };

/** Both languages (the translation checks read them here, without React). */
export const accountDictionaries: Record<Lang, AccountText> = { vi, en };
