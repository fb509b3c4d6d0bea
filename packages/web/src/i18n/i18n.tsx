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

/** The API's Vietnamese or English text of a bilingual field. */
export function localized(lang: Lang, vi: string, en: string): string {
  return lang === 'en' && en ? en : vi;
}
