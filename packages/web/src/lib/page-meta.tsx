import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { pathInLang } from '../i18n/language-path.ts';

/** What a page tells search engines and link previews about itself. */
export interface PageMeta {
  /** the document's title */
  title: string;
  /** what the page is about without the site's name, as link previews title it; the title by default */
  name?: string;
  /** a sentence or two for result snippets and previews */
  description?: string;
  /**
   * The page's address within its language's site (/offerings/x, /catalog?kind=iaas), from which the
   * canonical link and the alternates in both languages are made; none for a page that is no address of
   * its own (not found).
   */
  path?: string;
  /** keep the page out of search indexes: 'noindex, follow' lets crawlers still follow its links */
  robots?: 'noindex, follow' | 'noindex, nofollow';
  /** schema.org objects, written as JSON-LD */
  jsonLd?: Record<string, unknown>[];
}

/**
 * What the server collects while it renders a page: the metadata the page declared (the last one wins: a
 * not-found notice rendered inside a page speaks for it) and the HTTP status it asked for.
 */
export interface PageHead {
  meta: PageMeta | null;
  status: number;
}

export function newPageHead(): PageHead {
  return { meta: null, status: 200 };
}

const PageHeadContext = createContext<PageHead | null>(null);
const SiteOriginContext = createContext('');

/**
 * The page's collector on the server (null in the browser) and the site's origin for absolute links,
 * which the server decides (SITE_URL, else the request's host) and hands to the browser.
 */
export function PageContext({ head, origin, children }: { head: PageHead | null; origin: string; children: ReactNode }) {
  return (
    <PageHeadContext.Provider value={head}>
      <SiteOriginContext.Provider value={origin}>{children}</SiteOriginContext.Provider>
    </PageHeadContext.Provider>
  );
}

/** The site's origin, e.g. https://mayviet.vn: the same on the server and in the browser that hydrates its page. */
export function useSiteOrigin(): string {
  return useContext(SiteOriginContext);
}

/** Absolute addresses of the site's pages in the current language: /vendors/x → https://mayviet.vn/en/vendors/x. */
export function useAbsoluteUrl(): (path: string) => string {
  const origin = useSiteOrigin();
  const { lang } = useI18n();
  return (path) => `${origin}${pathInLang(path, lang)}`;
}

function setHeadElement(selector: string, attribute: string, value: string | undefined): void {
  const element = document.head.querySelector(selector);
  if (element && value !== undefined) element.setAttribute(attribute, value);
}

/**
 * Declares the page's metadata; null leaves it to a component further down (a not-found notice) or to
 * later. On the server it goes into the page's <head>; in the browser, moving between pages keeps the
 * title, the description and the canonical link current.
 */
export function usePageMeta(meta: PageMeta | null): void {
  const head = useContext(PageHeadContext);
  const absolute = useAbsoluteUrl();
  if (head && meta) head.meta = meta;
  const canonical = meta?.path === undefined ? undefined : absolute(meta.path);
  useEffect(() => {
    if (!meta) return;
    document.title = meta.title;
    setHeadElement('meta[name="description"]', 'content', meta.description);
    setHeadElement('link[rel="canonical"]', 'href', canonical);
  }, [meta?.title, meta?.description, canonical]);
}

/** The HTTP status the server answers the page with, e.g. 404 for an address that shows nothing. */
export function useHttpStatus(status: number): void {
  const head = useContext(PageHeadContext);
  if (head) head.status = status;
}
