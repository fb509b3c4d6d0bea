// The stack builder's strings, Vietnamese first and English second, kept by screen in texts/. They live
// beside the stack screens rather than in i18n/dictionary.ts so that only those screens' chunks carry them,
// not every page's entry; each part's English is typed by its Vietnamese, so both have the same keys.
import type { Lang } from '../../i18n/dictionary.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { builderTexts } from './texts/builder.ts';
import { compareTexts } from './texts/compare.ts';
import { quoteTexts } from './texts/quote.ts';
import { recordTexts } from './texts/record.ts';
import { sharingTexts } from './texts/sharing.ts';

const vi = { ...builderTexts.vi, ...sharingTexts.vi, ...quoteTexts.vi, ...compareTexts.vi, ...recordTexts.vi };

export type StackText = typeof vi;

const en: StackText = { ...builderTexts.en, ...sharingTexts.en, ...quoteTexts.en, ...compareTexts.en, ...recordTexts.en };

const texts: Record<Lang, StackText> = { vi, en };

/** The stack screens' strings in the reader's language. */
export function useStackText(): StackText {
  return texts[useI18n().lang];
}
