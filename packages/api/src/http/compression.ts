/// <reference path="../types/negotiator.d.ts" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import Negotiator from 'negotiator';

export type Encoding = 'br' | 'gzip';

const codings = ['br', 'gzip', 'identity'];

/**
 * The content coding to answer `req` with: br or gzip as its Accept-Encoding prefers (q-values count;
 * br when it takes both alike), else null for none.
 */
export function preferredEncoding(req: IncomingMessage): Encoding | null {
  const chosen = new Negotiator(req).encoding(codings, { preferred: codings });
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}

/** Smaller answers go as they are: compressing them saves a few bytes and costs a round of zlib. */
export const compressAbove = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** A body as it is sent, and its content coding (null: as it is). */
export interface EncodedBody {
  body: Buffer | string;
  encoding: Encoding | null;
}

/**
 * `body` in the coding `req` prefers when it is larger than compressAbove. Compressed off the event loop,
 * at levels meant for answers made per request (brotli 5, gzip 6: most of the gain, quickly); the site's
 * fixed files get the highest, once (static.ts).
 */
export async function encodeFor(req: IncomingMessage, body: string | Buffer): Promise<EncodedBody> {
  const encoding = Buffer.byteLength(body) > compressAbove ? preferredEncoding(req) : null;
  // Sent as it is, text stays text: Node writes it with the headers in one write.
  if (!encoding) return { body, encoding };
  const raw = typeof body === 'string' ? Buffer.from(body) : body;
  if (encoding === 'br') {
    return { body: await brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }), encoding };
  }
  return { body: await gzipped(raw, { level: 6 }), encoding };
}

/** Ends `res` with `answer` (no body for HEAD): its Content-Encoding and Content-Length, and Vary on Accept-Encoding. */
export function sendEncoded(req: IncomingMessage, res: ServerResponse, answer: EncodedBody): void {
  const vary = res.getHeader('vary');
  res.setHeader('vary', vary ? `${String(vary)}, accept-encoding` : 'accept-encoding');
  if (answer.encoding) res.setHeader('content-encoding', answer.encoding);
  res.setHeader('content-length', Buffer.byteLength(answer.body));
  res.end(req.method === 'HEAD' ? undefined : answer.body);
}
