import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { readStorage, writeStorage } from '../lib/storage.ts';
import { dictionaries, LANGS, type Dictionary, type Lang } from './dictionary.ts';

export const LANG_STORAGE_KEY = 'mayviet.lang';

interface I18n {
  lang: Lang;
  t: Dictionary;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n | null>(null);

function storedLang(): Lang {
  const stored = readStorage(LANG_STORAGE_KEY);
  return LANGS.find((lang) => lang === stored) ?? 'vi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState(storedLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    writeStorage(LANG_STORAGE_KEY, next);
    setLangState(next);
  }, []);

  const value = useMemo(() => ({ lang, t: dictionaries[lang], setLang }), [lang, setLang]);
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
