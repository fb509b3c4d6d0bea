import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { dictionaries, type Dictionary, type Lang } from './dictionary.ts';
import { sitePath } from './language-path.ts';

interface I18n {
  lang: Lang;
  t: Dictionary;
  /** A target that leaves nested routers but stays in this language's site (see sitePath). */
  site: (path: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** The site's language, which its address decides (see language-path.ts): the root is Vietnamese, /en English. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const site = useCallback((path: string) => sitePath(path, lang), [lang]);
  const value = useMemo(() => ({ lang, t: dictionaries[lang], site }), [lang, site]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/**
 * A bilingual field of the API to show in `lang`: the English where the API has it (null or empty where a
 * partner gave none), else the Vietnamese; `lang` is 'vi' only where the English page falls back to the
 * Vietnamese, for the element that shows it (`<option lang={shown.lang}>`), so screen readers and search
 * engines read it as Vietnamese.
 */
export function localizedText(lang: Lang, vi: string, en: string | null | undefined): { text: string; lang?: 'vi' } {
  if (lang === 'vi') return { text: vi };
  return en ? { text: en } : { text: vi, lang: 'vi' };
}

/** The API's Vietnamese or English text of a bilingual field, for plain text (a title, a label). */
export function localized(lang: Lang, vi: string, en: string | null | undefined): string {
  return localizedText(lang, vi, en).text;
}

/** A bilingual field of the API in the reader's language, in a span marked lang="vi" where it falls back to the Vietnamese. */
export function Localized({ vi, en }: { vi: string; en: string | null | undefined }) {
  const { lang } = useI18n();
  const shown = localizedText(lang, vi, en);
  return shown.lang ? <span lang={shown.lang}>{shown.text}</span> : <>{shown.text}</>;
}

/** Both texts of a bilingual field, for those who write or review them: "Vietnamese (English)", or the Vietnamese alone. */
export function bothTexts(vi: string, en: string | null | undefined): string {
  return en ? `${vi} (${en})` : vi;
}
