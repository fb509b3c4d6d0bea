import type { Lang } from './dictionary.ts';

// The language is in the address: Vietnamese at the root, English under /en, so a shared link keeps its
// language. The site (its router's base), the server's rendering and the sitemap all use these.

/** The prefix of the English site. */
export const ENGLISH_BASE = '/en';

/** The language of a path: English under /en (the prefix alone, or followed by / ? or #), else Vietnamese. */
export function langOfPath(pathname: string): Lang {
  return pathname === ENGLISH_BASE || pathname.startsWith(`${ENGLISH_BASE}/`) ? 'en' : 'vi';
}

/** The path within the site of its language: /en/catalog → /catalog, /en → /, /catalog → /catalog. */
export function pathWithinLang(pathname: string): string {
  if (langOfPath(pathname) === 'vi') return pathname;
  return pathname.slice(ENGLISH_BASE.length) || '/';
}

/** The same page in `lang`: pathInLang('/catalog', 'en') → /en/catalog, pathInLang('/en/catalog', 'vi') → /catalog. */
export function pathInLang(pathname: string, lang: Lang): string {
  const within = pathWithinLang(pathname);
  if (lang === 'vi') return within;
  return within === '/' ? ENGLISH_BASE : `${ENGLISH_BASE}${within}`;
}

/** The router's base for a language: '' for Vietnamese, /en for English. */
export function routerBase(lang: Lang): string {
  return lang === 'en' ? ENGLISH_BASE : '';
}

/**
 * A link or navigation target that leaves any nested router (wouter's "~") but stays in the site of
 * `lang`: sitePath('/console', 'en') → ~/en/console.
 */
export function sitePath(path: string, lang: Lang): string {
  return `~${pathInLang(path, lang)}`;
}
