import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { plansOf, saveMutation } from '../support/stacks.ts';

// GraphQL answers and exports travel compressed (br, else gzip) to clients that accept it, when they are
// large enough to gain from it; the body decodes to exactly the answer sent uncompressed.

let server: TestServer;
let stackId: string;
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  const plans = await plansOf(server, 'viettel-cloud-server', 'viettel-cloud-backup');
  const saved = await server.gql(saveMutation, {
    input: {
      name: 'Máy chủ và sao lưu',
      items: [
        { planId: plans['viettel-cloud-server']![0]!.id, quantity: 2 },
        { planId: plans['viettel-cloud-backup']![0]!.id, quantity: 100 },
      ],
    },
  });
  expect(saved.data.saveStack.userErrors).toEqual([]);
  stackId = saved.data.saveStack.stack.id;
});
afterAll(() => server.close());

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request over node:http, which neither asks for nor decodes a compressed body by itself. */
function send(base: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const sending = request(`${base}${path}`, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    sending.on('error', reject);
    sending.end(options.body);
  });
}

const post = (query: string, encoding?: string, base = server.url) =>
  send(base, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(encoding === undefined ? {} : { 'accept-encoding': encoding }) },
    body: JSON.stringify({ query }),
  });

/** The body as sent before any content coding, after checking the header says which. */
function decoded(answer: Raw, expected: 'br' | 'gzip' | null): Buffer {
  expect(answer.headers['content-encoding']).toBe(expected ?? undefined);
  expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
  if (expected === 'br') return brotliDecompressSync(answer.body);
  if (expected === 'gzip') return gunzipSync(answer.body);
  return answer.body;
}

const varyOn = (answer: Raw) => String(answer.headers['vary'] ?? '').toLowerCase().split(/,\s*/);

const bigQuery = `{ offerings(first: 50) { totalCount nodes { slug name summary vendor { name } lowestMonthlyPrice { amount } } } }`;

describe('compressed answers', () => {
  it('compresses a large GraphQL answer with br or gzip as the client accepts, decoding to the same JSON', async () => {
    const plain = await post(bigQuery);
    expect(plain.status).toBe(200);
    const json = decoded(plain, null).toString('utf8');
    expect(json.length).toBeGreaterThan(4096);
    // the data; its extensions tell the caller's budget, which each request draws from
    const { data } = JSON.parse(json);
    expect(data.offerings.nodes).toHaveLength(50);
    expect(varyOn(plain)).toContain('accept-encoding');

    for (const [accepted, expected] of [
      ['gzip, deflate, br', 'br'],
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0.5, br;q=0.9', 'br'],
      ['identity', null],
      ['deflate', null],
    ] as const) {
      const answer = await post(bigQuery, accepted);
      expect(answer.status, accepted).toBe(200);
      expect(JSON.parse(decoded(answer, expected).toString('utf8')).data, accepted).toEqual(data);
      expect(varyOn(answer)).toContain('accept-encoding');
      if (expected) expect(answer.body.length, `${accepted}: smaller`).toBeLessThan(json.length / 3);
    }
  });

  it('compresses GraphQL over GET too', async () => {
    const path = `/graphql?query=${encodeURIComponent(bigQuery)}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const plain = await send(server.url, path, { headers });
    const br = await send(server.url, path, { headers: { ...headers, 'accept-encoding': 'br' } });
    expect(br.status).toBe(200);
    const data = (answer: Raw, encoding: 'br' | null) => JSON.parse(decoded(answer, encoding).toString('utf8')).data;
    expect(data(br, 'br')).toEqual(data(plain, null));
    expect(data(plain, null).offerings.nodes).toHaveLength(50);
  });

  it('sends a small answer as it is', async () => {
    const small = await post('{ __typename }', 'gzip, deflate, br');
    expect(small.status).toBe(200);
    expect(JSON.parse(decoded(small, null).toString('utf8')).data).toEqual({ __typename: 'Query' });
    expect(varyOn(small)).toContain('accept-encoding');
  });

  it('compresses the stack exports and the report CSV', async () => {
    for (const path of [`/export/stacks/${stackId}.csv`, `/export/stacks/${stackId}.html?lang=en`, '/export/report.csv']) {
      const plain = await send(server.url, path);
      expect(plain.status, path).toBe(200);
      const raw = decoded(plain, null);
      expect(raw.length, path).toBeGreaterThan(1024);
      for (const encoding of ['br', 'gzip'] as const) {
        const answer = await send(server.url, path, { headers: { 'accept-encoding': encoding } });
        expect(answer.status, path).toBe(200);
        expect(answer.headers['content-type'], path).toBe(plain.headers['content-type']);
        expect(decoded(answer, encoding).equals(raw), `${path} in ${encoding}`).toBe(true);
        expect(varyOn(answer)).toContain('accept-encoding');
      }
      const head = await send(server.url, path, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
      expect(head.status).toBe(200);
      expect(head.headers['content-encoding']).toBe('br');
      expect(head.body.length).toBe(0);
    }
  });

  it('still answers a request stopped at its deadline with a readable refusal', async () => {
    const slow = await startServer({ settings: { ...roomyBudget, requestTimeoutMs: 1000 } });
    // Reads of offerings wait: on PostgreSQL another session locks the table; on PGlite, which runs one
    // statement at a time, a transaction holds the database.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let held: Promise<unknown>;
    let holder: postgres.Sql | null = null;
    if (slow.database.url) {
      holder = postgres(slow.database.url, { max: 1, onnotice: () => {} });
      held = holder.begin(async (tx) => {
        await tx.unsafe('lock table offerings in access exclusive mode');
        await released;
      });
    } else {
      held = slow.database.db.transaction(() => released);
    }
    await sleep(100);
    try {
      const stopped = await post(bigQuery, 'br', slow.url);
      expect(stopped.status).toBe(504);
      expect(JSON.parse(decoded(stopped, null).toString('utf8')).errors[0].extensions.code).toBe('DEADLINE_EXCEEDED');
    } finally {
      release();
      await held;
      await holder?.end();
      await slow.close();
    }
  });
});
