import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventually } from './wait.ts';

/** A POST a webhook receiver got. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: Record<string, any>;
}

/** A webhook receiver on 127.0.0.1 answering 200 to everything, keeping what it got. */
export async function startReceiver() {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ path: req.url ?? '', headers: req.headers, body, json: JSON.parse(body || '{}') });
      res.statusCode = 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    /** a URL of this receiver; the path tells endpoints apart */
    url: (path: string) => `${base}${path}`,
    received,
    /** What arrived at `path` once `count` POSTs did. */
    at: (path: string, count = 1, what = `${count} POSTs at ${path}`) =>
      eventually(async () => received.filter((r) => r.path === path), (list) => list.length >= count, what),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The v1 signatures of an X-MayViet-Signature header, and its timestamp. */
export function signatures(header: unknown): { t: string; v1: string[] } {
  const parts = String(header).split(',');
  return { t: parts.find((p) => p.startsWith('t='))!.slice(2), v1: parts.filter((p) => p.startsWith('v1=')).map((p) => p.slice(3)) };
}

export const hmac = (secret: string, t: string, body: string) => createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');

/** Whether one of the header's v1 values is the body's signature with `secret`. */
export function signedWith(received: Received, secret: string): boolean {
  const { t, v1 } = signatures(received.headers['x-mayviet-signature']);
  return v1.includes(hmac(secret, t, received.body));
}
