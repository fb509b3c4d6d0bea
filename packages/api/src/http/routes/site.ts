import type { createPages } from '../pages.ts';
import type { createStaticHandler } from '../static.ts';
import { notFound, type Route } from './route.ts';

/** The web site: its built files, else its pages rendered on the server, else 404. Last of the routes. */
export function siteRoute(site: ReturnType<typeof createStaticHandler>, pages: Awaited<ReturnType<typeof createPages>>): Route {
  return async ({ req, res, url, requestId, log, lifetime }) => {
    if (!site.handle(req, res, url.pathname) && !(await pages?.handle(req, res, url, { requestId, log, lifetime }))) notFound(res, url.pathname);
    return {};
  };
}
