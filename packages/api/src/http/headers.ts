import type { ServerResponse } from 'node:http';

type Policy = Record<string, string>;

// Every page the server answers runs only its own files: no inline script, no plug-ins, no other host,
// never inside another site's frame (clickjacking the consoles), forms and <base> to itself.
const everyPage: Policy = {
  'default-src': "'self'",
  'script-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

function written(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}

/** The site and every other answer: its styles are files too. */
export const sitePolicy = written({ ...everyPage, 'style-src': "'self'" });

/**
 * GraphiQL's page: Monaco runs its language services in workers (files under /assets) and writes its
 * themes and measurements into <style> elements at run time, so styles may be inline there; its fonts
 * are embedded in the CSS as data: URLs. Scripts stay files only.
 */
export const graphiqlPolicy = written({
  ...everyPage,
  'style-src': "'self' 'unsafe-inline'",
  'worker-src': "'self'",
  'font-src': "'self' data:",
  'img-src': "'self' data:",
});

/** A page that carries its one stylesheet inline (so it stays whole when saved): that stylesheet, by hash. */
export function inlineStylePolicy(styleHash: string): string {
  return written({ ...everyPage, 'style-src': `'sha256-${styleHash}'` });
}

/**
 * The headers every answer carries, set before anything else is written: a page served here is never
 * framed, never content-sniffed, never tells another site more than our origin, and shares no window with
 * a page it opened.
 */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', sitePolicy);
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
}
