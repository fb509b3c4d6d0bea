import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import type { ExecuteOperation, RenderedPage, ServerEntry } from '../../../web/src/ssr/contract.ts';
import type { RequestLifetime } from './lifetime.ts';
import { encodeFor, sendEncoded } from './compression.ts';

/** One page's reads: its operations, run in this process in one snapshot, and what they cost in SQL. */
export interface PageReads {
  execute: ExecuteOperation;
  statements(): number;
  /** Ends the snapshot, whatever became of the render. */
  finish(): Promise<void>;
}

export interface PagesOptions {
  /** the built site (index.html is the template); its server entry is beside it, in dist-ssr/ */
  webDist: string | null;
  log: Logger;
  /** the most a render may take before the page is left to the browser: inside the request's deadline */
  renderTimeoutMs: number;
  openReads(req: IncomingMessage, request: PageRequest): PageReads;
  /** the origin of absolute links for this request (see site-origin.ts) */
  originOf(req: IncomingMessage): string;
}

/** The request a page answers, as the server tracks it. */
export interface PageRequest {
  requestId: string;
  log: Logger;
  lifetime: RequestLifetime;
}

/** The parts of index.html a page fills in: the language, the title and description, the root's content. */
interface Template {
  fill(page: RenderedPage): string;
}

const required = (html: string, pattern: RegExp, what: string): RegExpExecArray => {
  const match = pattern.exec(html);
  if (!match) throw new Error(`the site's index.html has no ${what}`);
  return match;
};

/**
 * index.html as Vite built it (its scripts, stylesheets and preloads kept as they are), cut where a page
 * goes: <html lang>, its <title> (the page's head tags go there, its <meta name="description"> is
 * replaced by theirs) and <div id="root">, whose <noscript> a rendered page replaces and after which the
 * page's data block goes.
 */
function compileTemplate(html: string): Template {
  const withoutDescription = html.replace(required(html, /\n\s*<meta name="description"[^>]*>/, 'description')[0], '');
  const lang = required(withoutDescription, /<html lang="[^"]*">/, '<html lang>');
  const title = required(withoutDescription, /<title>[^<]*<\/title>/, '<title>');
  const root = required(withoutDescription, /<div id="root">([\s\S]*?)<\/div>/, 'root element');
  if (!(lang.index < title.index && title.index < root.index)) throw new Error("the site's index.html is not in the expected order");
  const parts = [
    withoutDescription.slice(0, lang.index),
    withoutDescription.slice(lang.index + lang[0].length, title.index),
    withoutDescription.slice(title.index + title[0].length, root.index),
    withoutDescription.slice(root.index + root[0].length),
  ] as const;
  const noscript = root[1]!;
  return {
    fill(page) {
      const content = page.kind === 'page' ? page.html : noscript;
      return (
        `${parts[0]}<html lang="${page.lang}">${parts[1]}${page.head}${parts[2]}` +
        `<div id="root">${content}</div>\n    <script type="application/json" id="mv-state">${page.state}</script>${parts[3]}`
      );
    },
  };
}

/** What may be a page of the site: not a file (a dot in its last segment) and nothing under /assets. */
function isPagePath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  return !decoded.startsWith('/assets/') && extname(decoded) === '';
}

/**
 * The site's pages, rendered here with React (dist-ssr/entry-server.js) over the API's own operations: a
 * search engine or a link preview reads a page whole, with its head tags and status (404 for an address
 * that shows nothing), and the browser hydrates it. Pages that live in one browser get the shell, and so
 * does any page whose render failed or ran out of time: the browser renders it then, as before.
 */
export async function createPages(options: PagesOptions) {
  const { webDist, log } = options;
  const templateFile = webDist === null ? null : join(webDist, 'index.html');
  if (templateFile === null || !existsSync(templateFile)) return null;
  const template = compileTemplate(readFileSync(templateFile, 'utf8'));
  const entryFile = join(webDist!, '..', 'dist-ssr', 'entry-server.js');
  let entry: ServerEntry | null = null;
  if (existsSync(entryFile)) {
    entry = (await import(pathToFileURL(entryFile).href)) as ServerEntry;
  } else {
    log.warn({ entryFile }, 'the site has no server entry (pnpm --filter @mayviet/web build): every page is rendered in the browser');
  }

  async function rendered(req: IncomingMessage, url: URL, pageRequest: PageRequest): Promise<{ page: RenderedPage | null; statements: number }> {
    if (!entry) return { page: null, statements: 0 };
    const request = { url: `${url.pathname}${url.search}`, origin: options.originOf(req) };
    const reads = options.openReads(req, pageRequest);
    const timeout = AbortSignal.timeout(options.renderTimeoutMs);
    try {
      return { page: await entry.render({ ...request, execute: reads.execute, signal: timeout }), statements: reads.statements() };
    } catch (error) {
      pageRequest.log.warn({ err: error, path: url.pathname, timedOut: timeout.aborted }, 'page not rendered on the server; the browser renders it');
      return { page: entry.renderShell(request), statements: reads.statements() };
    } finally {
      await reads.finish();
    }
  }

  return {
    /** Answers a GET or HEAD of a page; false for anything else (a file, another method). */
    async handle(req: IncomingMessage, res: ServerResponse, url: URL, request: PageRequest): Promise<boolean> {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || !isPagePath(url.pathname)) return false;
      const started = performance.now();
      const { page, statements } = await rendered(req, url, request);
      // Stopped meanwhile (the client left, the server is stopping): the tracker has answered.
      if (res.headersSent || res.destroyed) return true;
      const html = page ? template.fill(page) : readFileSync(templateFile!, 'utf8');
      res.statusCode = page?.kind === 'page' ? page.status : 200;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      // Rendered from the catalog as it is now, the same for every visitor: caches may keep it but must ask first.
      res.setHeader('cache-control', 'no-cache');
      res.setHeader('server-timing', `render;dur=${(performance.now() - started).toFixed(1)}, sql;desc="${statements} statements"`);
      res.setHeader('x-sql-statements', String(statements));
      const answer = await encodeFor(req, html);
      if (res.headersSent || res.destroyed) return true;
      sendEncoded(req, res, answer);
      return true;
    },
  };
}
