import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { preferredEncoding, type Encoding } from './compression.ts';
import { graphiqlPolicy } from './headers.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);

/** Serves the built web site's files; the site's pages are pages.ts's. */
export function createStaticHandler(root: string | null) {
  const available = root !== null && existsSync(join(root, 'index.html'));
  // The built files never change while the server runs: each is compressed once, on first request.
  const compressed = new Map<string, Buffer>();
  /** The GraphiQL page built with the site, if any: served under its own Content-Security-Policy. */
  const graphiqlPage = available && existsSync(join(root!, 'graphiql.html')) ? join(root!, 'graphiql.html') : null;

  function compressedBody(file: string, encoding: Encoding): Buffer {
    const key = `${encoding}:${file}`;
    let body = compressed.get(key);
    if (!body) {
      const raw = readFileSync(file);
      body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(raw, { level: 9 });
      compressed.set(key, body);
    }
    return body;
  }

  function send(res: ServerResponse, file: string, method: string, cacheForever: boolean, req: IncomingMessage | null = null): void {
    res.statusCode = 200;
    res.setHeader('content-type', contentTypes[extname(file)] ?? 'application/octet-stream');
    res.setHeader('cache-control', cacheForever ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (file === graphiqlPage) res.setHeader('content-security-policy', graphiqlPolicy);
    const encoding = compressible.has(extname(file)) && req ? preferredEncoding(req) : null;
    if (compressible.has(extname(file))) res.setHeader('vary', 'accept-encoding');
    if (encoding) {
      const body = compressedBody(file, encoding);
      res.setHeader('content-encoding', encoding);
      res.setHeader('content-length', body.length);
      res.end(method === 'HEAD' ? undefined : body);
      return;
    }
    res.setHeader('content-length', statSync(file).size);
    if (method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  }

  return {
    available,
    graphiqlPage,
    sendFile: send,
    handle(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
      if (!available || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
      let decoded: string;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        return false;
      }
      const candidate = normalize(join(root!, decoded));
      if (!candidate.startsWith(root! + sep) && candidate !== root) return false;
      if (!existsSync(candidate) || !statSync(candidate).isFile()) return false;
      send(res, candidate, req.method, decoded.startsWith('/assets/'), req);
      return true;
    },
  };
}
