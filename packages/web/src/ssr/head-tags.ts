import { dictionaries, LANGS, type Lang } from '../i18n/dictionary.ts';
import { pathInLang, pathWithinLang } from '../i18n/language-path.ts';
import type { PageMeta } from '../lib/page-meta.tsx';

const OG_LOCALES: Record<Lang, string> = { vi: 'vi_VN', en: 'en_US' };

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON-LD inside <script>: nothing in it can close the element. */
function jsonLdBlock(value: Record<string, unknown>): string {
  return `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}

const metaName = (name: string, content: string) => `<meta name="${name}" content="${escapeHtml(content)}" />`;
const metaProperty = (property: string, content: string) => `<meta property="${property}" content="${escapeHtml(content)}" />`;

/**
 * The <head> tags of a page rendered on the server: its title and description, the robots rule, the
 * canonical address and the same page in each language (Vietnamese is the default), Open Graph and the
 * Twitter card for link previews, and its JSON-LD.
 */
export function headTags(meta: PageMeta, lang: Lang, origin: string): string {
  const t = dictionaries[lang];
  const tags = [`<title>${escapeHtml(meta.title)}</title>`];
  if (meta.description) tags.push(metaName('description', meta.description));
  if (meta.robots) tags.push(metaName('robots', meta.robots));
  if (meta.path !== undefined) {
    const url = (language: Lang) => `${origin}${pathInLang(meta.path!, language)}`;
    tags.push(`<link rel="canonical" href="${escapeHtml(url(lang))}" />`);
    for (const other of LANGS) tags.push(`<link rel="alternate" hreflang="${other}" href="${escapeHtml(url(other))}" />`);
    tags.push(`<link rel="alternate" hreflang="x-default" href="${escapeHtml(url('vi'))}" />`);
    tags.push(metaProperty('og:url', url(lang)));
  }
  tags.push(metaProperty('og:type', 'website'), metaProperty('og:site_name', t.siteName), metaProperty('og:title', meta.name ?? meta.title));
  if (meta.description) tags.push(metaProperty('og:description', meta.description));
  tags.push(metaProperty('og:locale', OG_LOCALES[lang]));
  for (const other of LANGS) if (other !== lang) tags.push(metaProperty('og:locale:alternate', OG_LOCALES[other]));
  tags.push(metaName('twitter:card', 'summary'));
  for (const item of meta.jsonLd ?? []) tags.push(jsonLdBlock(item));
  return tags.join('\n    ');
}

/**
 * The <head> of a page the browser renders (its own code sets the page's title once it runs). The stack
 * builder and the composer are tools worth finding (what the builder holds stays in the visitor's browser;
 * a composer's request in the address shares the composer's canonical address): their title, description
 * and addresses. The others (comparisons, quote requests, the consoles) get the site's title and
 * description in the address's language and stay out of indexes, having nothing to index.
 */
export function shellHeadTags(lang: Lang, path: string, origin: string): string {
  const t = dictionaries[lang];
  if (pathWithinLang(path) === '/stack') {
    return headTags({ title: `${t.nav.stack} — ${t.siteName}`, name: t.nav.stack, description: t.meta.stackBuilderDescription, path: '/stack' }, lang, origin);
  }
  if (pathWithinLang(path) === '/compose') {
    return headTags({ title: `${t.meta.composeTitle} — ${t.siteName}`, name: t.meta.composeTitle, description: t.meta.composeDescription, path: '/compose' }, lang, origin);
  }
  return [`<title>${escapeHtml(t.siteTitle)}</title>`, metaName('description', t.meta.siteDescription), metaName('robots', 'noindex, follow')].join('\n    ');
}
