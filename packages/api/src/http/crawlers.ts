import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cataloguePages, type Database } from '@mayviet/db';
import { requestDatabase } from './request-database.ts';
import { CatalogCache } from '../modules/catalog/cache.ts';
import { encodeFor, sendEncoded } from './compression.ts';

// What search engines read: /robots.txt and the sitemap (sitemaps.org 0.9, with hreflang alternates).

/**
 * Pages that are nobody's to index, in both languages: the partner and staff consoles, and a buyer's own
 * pages (saved stacks at /stacks/<id>, comparisons, a quote request read back). The stack builder at
 * /stack is open: a tool worth finding, whose content stays in the visitor's browser.
 */
const privatePages = ['/console', '/staff', '/stacks/', '/compare', '/requests'];

/** The same page on the English site (pathInLang in packages/web/src/i18n/language-path.ts): /en, /en/catalog… */
function inEnglish(path: string): string {
  return path === '/' ? '/en' : `/en${path}`;
}

/** robots.txt: the public site is open; the private pages, the API and the exports are not; where the sitemap is. */
export function robotsTxt(origin: string): string {
  return [
    '# Mây Việt: the public catalogue is open to crawlers; the consoles, the API, exports and buyers’ own pages are not.',
    'User-agent: *',
    'Allow: /',
    ...[...privatePages, ...privatePages.map(inEnglish), '/graphql', '/export/'].map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}

/** A part of a split sitemap: /sitemaps/1.xml, /sitemaps/2.xml… */
export const sitemapPartPath = /^\/sitemaps\/([1-9]\d{0,8})\.xml$/;

interface Page {
  /** on the Vietnamese site */
  path: string;
  /** W3C datetime, UTC; null when the page has no one time of change (it shows the whole catalogue) */
  lastmod: string | null;
}

const homePages: Page[] = ['/', '/catalog', '/report'].map((path) => ({ path, lastmod: null }));

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => xmlEscapes[char]!);

const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** Entry `index` of the sitemap: each page twice, in Vietnamese then in English, each naming both. */
function urlEntry(origin: string, pages: Page[], index: number): string {
  const page = pages[index >> 1]!;
  const vi = escapeXml(`${origin}${page.path}`);
  const en = escapeXml(`${origin}${inEnglish(page.path)}`);
  return (
    `<url><loc>${index % 2 === 0 ? vi : en}</loc>${page.lastmod ? `<lastmod>${page.lastmod}</lastmod>` : ''}` +
    `<xhtml:link rel="alternate" hreflang="vi" href="${vi}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/>` +
    `<xhtml:link rel="alternate" hreflang="x-default" href="${vi}"/></url>\n`
  );
}

function urlset(origin: string, pages: Page[], from: number, to: number): string {
  const entries: string[] = [];
  for (let index = from; index < to; index += 1) entries.push(urlEntry(origin, pages, index));
  return `${declaration}<urlset xmlns="${sitemapNs}" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('')}</urlset>\n`;
}

/** The index of `parts` parts of `perFile` entries, each with its newest entry's last change. */
function sitemapIndex(origin: string, pages: Page[], perFile: number, parts: number): string {
  const entries: string[] = [];
  for (let part = 1; part <= parts; part += 1) {
    const first = (part - 1) * perFile;
    const last = Math.min(part * perFile, pages.length * 2) - 1;
    let newest = '';
    for (let page = first >> 1; page <= last >> 1; page += 1) {
      const lastmod = pages[page]!.lastmod;
      if (lastmod && lastmod > newest) newest = lastmod;
    }
    entries.push(`<sitemap><loc>${escapeXml(`${origin}/sitemaps/${part}.xml`)}</loc>${newest ? `<lastmod>${newest}</lastmod>` : ''}</sitemap>\n`);
  }
  return `${declaration}<sitemapindex xmlns="${sitemapNs}">\n${entries.join('')}</sitemapindex>\n`;
}

/** Whether the client's If-None-Match names `etag` (weak comparison) or any version. */
function clientHolds(req: IncomingMessage, etag: string): boolean {
  const given = req.headers['if-none-match'];
  if (!given) return false;
  const opaque = etag.replace(/^W\//, '');
  return given.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === opaque);
}

/**
 * The sitemap of the public catalogue. Its pages are read in one snapshot and kept under the catalog
 * version they were read at (the catalog's own cache mechanism): any committed change (an approval, an
 * archive, a suspension) raises the version, so the next request of any instance reads them again. The XML
 * is written per request on that request's origin, which is never cached. Past `urlsPerFile` addresses,
 * /sitemap.xml is an index of numbered parts, /sitemaps/<n>.xml.
 */
export function createSitemaps(database: Database, urlsPerFile: number) {
  // the pages of one version, the newest read (~30 MB of heap for 90,000 listings, measured)
  const cache = new CatalogCache(1);

  return {
    /**
     * Answers GET or HEAD of /sitemap.xml (part null) or of a part, and says how many SQL statements it
     * ran (also in X-SQL-Statements); null when there is no such part. Its ETag is the catalog version's
     * (and the origin's): a client holding it gets 304 after reading the version alone.
     */
    async serve(req: IncomingMessage, res: ServerResponse, origin: string, part: number | null): Promise<number | null> {
      const reads = requestDatabase(database);
      reads.begin();
      const snapshot = cache.forSnapshot(reads.db);
      let etag: string;
      let pages: Page[] | null;
      try {
        const variant = createHash('sha256').update(`${origin}\n${urlsPerFile}`).digest('base64url').slice(0, 16);
        etag = `W/"${await snapshot.version()}-${variant}"`;
        pages = clientHolds(req, etag) ? null : await snapshot.cached('sitemap pages', async () => [...homePages, ...(await cataloguePages(reads.db))]);
      } finally {
        await reads.finish();
      }
      const statements = reads.statements();
      /** the headers every answer of this version has */
      const versioned = () => {
        res.setHeader('cache-control', 'no-cache');
        res.setHeader('etag', etag);
        // how many SQL statements it ran: the catalog version alone when the pages were cached
        res.setHeader('x-sql-statements', String(statements));
      };
      if (res.headersSent || res.destroyed) return statements;
      if (!pages) {
        res.statusCode = 304;
        versioned();
        res.setHeader('vary', 'accept-encoding');
        res.end();
        return statements;
      }
      const urls = pages.length * 2;
      const parts = urls > urlsPerFile ? Math.ceil(urls / urlsPerFile) : 0;
      let xml: string;
      if (part === null) {
        xml = parts > 0 ? sitemapIndex(origin, pages, urlsPerFile, parts) : urlset(origin, pages, 0, urls);
      } else if (part <= parts) {
        xml = urlset(origin, pages, (part - 1) * urlsPerFile, Math.min(part * urlsPerFile, urls));
      } else {
        return null;
      }
      // Compressed before any header is set: a request stopped meanwhile is answered its refusal, plain.
      const answer = await encodeFor(req, xml);
      if (res.headersSent || res.destroyed) return statements;
      res.setHeader('content-type', 'application/xml; charset=utf-8');
      versioned();
      sendEncoded(req, res, answer);
      return statements;
    },
  };
}
