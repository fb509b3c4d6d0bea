import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { createKey } from '../support/accounts.ts';
import { computeDrafts } from '../support/listings.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { count } from '../support/sql.ts';

// A request that cannot finish still gets an answer, and what it was writing is not saved.

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const importMutation = `mutation($input: ImportOfferingsInput!) { importOfferings(input: $input) { importedCount userErrors { code } } }`;

/** Imports of drafts by a partner of viettel-idc: `listings` of them, named after `label`. */
async function importer(running: TestServer) {
  const partner = { authorization: `Bearer ${(await createKey(running.database, 'viettel-idc', ['listings:read', 'listings:write'])).key}` };
  const dataCenters = (await running.gql(`{ vendor(slug: "viettel-idc") { dataCenters { id } } }`)).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
  return (label: string, listings: number) => {
    const offerings = computeDrafts(label, listings, dataCenters);
    return { headers: { 'content-type': 'application/json', ...partner }, body: JSON.stringify({ query: importMutation, variables: { input: { offerings } } }) };
  };
}

const saved = (running: TestServer, label: string) => count(running.database, sql`select 1 from offerings where name like ${`${label} %`}`);

/**
 * Makes writes to offerings wait until release(): on PostgreSQL another session locks the table against
 * writes (reads go on); on PGlite, which runs one statement at a time, a transaction holds the database.
 */
async function holdWrites(running: TestServer): Promise<{ waiting(): Promise<number>; release(): Promise<void> }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  if (running.database.url) {
    const holder = postgres(running.database.url, { max: 2, onnotice: () => {} });
    const locked = holder.begin(async (tx) => {
      await tx.unsafe('lock table offerings in share row exclusive mode');
      await released;
    });
    await sleep(100);
    return {
      waiting: async () => {
        const [row] = await holder.unsafe<{ n: number }[]>(
          `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`,
        );
        return row!.n;
      },
      release: async () => {
        release();
        await locked;
        await holder.end();
      },
    };
  }
  const held = running.database.db.transaction(() => released);
  await sleep(100);
  return {
    waiting: async () => 0,
    release: async () => {
      release();
      await held;
    },
  };
}

describe('a request stopped before its answer', () => {
  it('rolls back its mutation: past the deadline (answered 504 DEADLINE_EXCEEDED) or left by its client', async () => {
    server = await startServer({ settings: { requestTimeoutMs: 1500 } });
    const importOf = await importer(server);
    const late = importOf('Deadline Zephyr', 5);
    const left = importOf('Vanished Quokka', 5);
    const hold = await holdWrites(server);
    try {
      // The client that leaves sends its import whole, and closes the connection before any answer.
      const leaving = request(`${server.url}/graphql`, { method: 'POST', headers: { ...left.headers, 'content-length': Buffer.byteLength(left.body) } });
      leaving.on('error', () => {});
      leaving.end(left.body);
      await sleep(500);
      leaving.destroy();
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: late.headers, body: late.body, signal: AbortSignal.timeout(10_000) });
      expect(response.status).toBe(504);
      const answer = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(answer.errors[0]!.extensions.code).toBe('DEADLINE_EXCEEDED');
      expect(answer.errors[0]!.message).toMatch(/did not finish within 1.5 s.*nothing it changed was saved/);
    } finally {
      await hold.release();
    }
    // As on SIGTERM, close() waits for the stopped imports to reach their end: the COMMIT each would have sent.
    await server.app.close();
    expect({ late: await saved(server, 'Deadline Zephyr'), left: await saved(server, 'Vanished Quokka') }).toEqual({ late: 0, left: 0 });
  });
});

describe('/readyz', () => {
  it('answers 200 while heavy requests hold the whole pool, since the database itself answers', async () => {
    server = await startServer();
    const running = server;
    const importOf = await importer(running);
    const imports = Array.from({ length: 12 }, (_, i) => importOf(`Ready Ibis ${i}`, 1));
    const hold = await holdWrites(running);
    let readiness: { status: number; body: unknown } | null = null;
    const pending = imports.map(({ headers, body }) =>
      fetch(`${running.url}/graphql`, { method: 'POST', headers, body, signal: AbortSignal.timeout(20_000) }).then((response) => response.status),
    );
    try {
      if (running.database.url) {
        // Ten pool connections, each in a transaction waiting for the lock: the pool is full.
        for (let tries = 0; tries < 50 && (await hold.waiting()) < 10; tries += 1) await sleep(100);
        expect(await hold.waiting()).toBeGreaterThanOrEqual(10);
      }
      const response = await fetch(`${running.url}/readyz`, { signal: AbortSignal.timeout(5000) });
      readiness = { status: response.status, body: await response.json() };
    } finally {
      await hold.release();
    }
    const answers = await Promise.all(pending);
    expect(readiness).toMatchObject({ status: 200, body: { status: 'ready' } });
    expect(answers).toEqual(Array(12).fill(200));
  });
});
