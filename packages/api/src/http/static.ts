import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

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

/** Serves the built web site; unknown paths get the site's index so client-side routes work. */
export function createStaticHandler(root: string | null) {
  const available = root !== null && existsSync(join(root, 'index.html'));

  function send(res: ServerResponse, file: string, method: string, cacheForever: boolean): void {
    res.statusCode = 200;
    res.setHeader('content-type', contentTypes[extname(file)] ?? 'application/octet-stream');
    res.setHeader('content-length', statSync(file).size);
    res.setHeader('cache-control', cacheForever ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('x-content-type-options', 'nosniff');
    if (method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  }

  return {
    available,
    /** The GraphiQL page built with the site, if any. */
    graphiqlPage: available && existsSync(join(root!, 'graphiql.html')) ? join(root!, 'graphiql.html') : null,
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
      if (existsSync(candidate) && statSync(candidate).isFile()) {
        send(res, candidate, req.method, decoded.startsWith('/assets/'));
        return true;
      }
      if (decoded.startsWith('/assets/') || extname(decoded) !== '') return false;
      send(res, join(root!, 'index.html'), req.method, false);
      return true;
    },
  };
}
