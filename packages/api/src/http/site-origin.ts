import type { IncomingMessage } from 'node:http';

/** SITE_URL: an http(s) origin without path, query or fragment (https://mayviet.vn); unset or empty is null. */
export function siteUrlFromEnvironment(value: string | undefined): string | null {
  const given = value?.trim();
  if (!given) return null;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL must be the site's origin, e.g. https://mayviet.vn; got ${given}`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`SITE_URL must be an http or https origin without path, query or credentials, e.g. https://mayviet.vn; got ${given}`);
  }
  return url.origin;
}

/**
 * The origin absolute links on the site's pages are written with (canonical, Open Graph, sitemap): SITE_URL,
 * or else the request's own Host, over HTTPS when the request came that way. Only a value that parses as a
 * host is used; anything else falls back to localhost, never into the page.
 */
export function siteOrigin(req: IncomingMessage, siteUrl: string | null, secure: boolean): string {
  if (siteUrl) return siteUrl;
  const host = req.headers.host ?? '';
  const scheme = secure ? 'https' : 'http';
  try {
    const url = new URL(`${scheme}://${host}`);
    if (url.host === host.toLowerCase() && url.pathname === '/') return url.origin;
  } catch {
    // not a host: fall through
  }
  return `${scheme}://localhost`;
}
