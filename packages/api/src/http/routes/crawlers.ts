import type { IncomingMessage } from 'node:http';
import type { Database } from '@mayviet/db';
import { createSitemaps, robotsTxt, sitemapPartPath } from '../crawlers.ts';
import { notFound, readsOnly, type Route } from './route.ts';

/** /robots.txt and the sitemap (/sitemap.xml and its parts), written on `originOf` the request. */
export function crawlerRoutes(database: Database, urlsPerFile: number, originOf: (req: IncomingMessage) => string): Route {
  const sitemaps = createSitemaps(database, urlsPerFile);
  return async ({ req, res, url }) => {
    if (!readsOnly(req)) return null;
    if (url.pathname === '/robots.txt') {
      const text = robotsTxt(originOf(req));
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.setHeader('cache-control', 'public, max-age=3600');
      res.setHeader('content-length', Buffer.byteLength(text));
      res.end(req.method === 'HEAD' ? undefined : text);
      return {};
    }
    if (url.pathname === '/sitemap.xml' || sitemapPartPath.test(url.pathname)) {
      const part = sitemapPartPath.exec(url.pathname)?.[1];
      const statements = (await sitemaps.serve(req, res, originOf(req), part === undefined ? null : Number(part))) ?? undefined;
      if (statements === undefined) notFound(res, url.pathname);
      return { statements };
    }
    return null;
  };
}
