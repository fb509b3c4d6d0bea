import { setTimeout as sleep } from 'node:timers/promises';
import { migrateDatabase, openDatabase, seedCatalog } from '@mayviet/db';
import { afterEach, describe, expect, it } from 'vitest';
import { clusterToolsAvailable, createCluster } from '../support/cluster.ts';
import { startProcess } from '../support/process.ts';

// PostgreSQL only, on both suite runs: the test makes its own cluster, so that it can stop it.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Answer {
  /** null: no answer at all within the client's patience */
  status: number | null;
  code?: string;
  retryAfter?: string | null;
  ms: number;
}

/** A catalog search that needs the database; waits at most `patienceMs` for any answer. */
async function search(url: string, term: string, patienceMs: number): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($q: String!) { offerings(query: $q, first: 5) { totalCount nodes { slug } } }', variables: { q: term } }),
      signal: AbortSignal.timeout(patienceMs),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, code: body.errors?.[0]?.extensions?.code, retryAfter: response.headers.get('retry-after'), ms: performance.now() - started };
  } catch {
    return { status: null, ms: performance.now() - started };
  }
}

describe.skipIf(!clusterToolsAvailable())('a PostgreSQL outage (PostgreSQL only: the test runs a cluster of its own)', () => {
  it('answers every request while PostgreSQL is stopped for 15 s with 503 DATABASE_UNAVAILABLE within 3 s, and serves again once it is back', async () => {
    const cluster = await createCluster();
    cleanups.push(() => cluster.drop());
    await cluster.start();
    const setup = await openDatabase({ url: cluster.url, maxConnections: 2 });
    try {
      await migrateDatabase(setup);
      await seedCatalog(setup.db);
    } finally {
      await setup.close();
    }
    // The load comes from one address as fast as it can: a robot's budget, so that only the outage refuses it.
    const server = await startProcess({ DATABASE_URL: cluster.url, DATABASE_POOL_SIZE: '4', API_BUDGET_CAPACITY: '1000000', API_BUDGET_RESTORE_PER_SECOND: '1000000' });
    cleanups.push(() => server.kill());
    expect((await search(server.url, 'cloud', 5000)).status).toBe(200);

    // Bounded load: six clients, one request at a time each, for the whole run.
    let loading = true;
    const loadAnswers: Answer[] = [];
    const load = Array.from({ length: 6 }, async (_, client) => {
      for (let round = 0; loading; round += 1) loadAnswers.push(await search(server.url, ['cloud', 'máy chủ', 'backup', 'waf'][(client + round) % 4]!, 20_000));
    });
    await sleep(1000);

    await cluster.stop();
    const stoppedAt = performance.now();
    // 30 probes over the first 12 s, so that each has 3 s to be answered before PostgreSQL comes back.
    const probes: Promise<Answer>[] = [];
    for (let i = 0; i < 30; i += 1) {
      probes.push(search(server.url, `probe ${i}`, 20_000));
      await sleep(400);
    }
    await sleep(Math.max(0, 15_000 - (performance.now() - stoppedAt)));
    await cluster.start();

    let resumed: Answer = { status: null, ms: 0 };
    for (let attempt = 0; attempt < 20 && resumed.status !== 200; attempt += 1) {
      resumed = await search(server.url, 'cloud', 5000);
      if (resumed.status !== 200) await sleep(500);
    }
    loading = false;
    await Promise.all(load);
    const answered = await Promise.all(probes);

    expect(answered.filter((probe) => probe.status === null), 'probes that never got an answer').toEqual([]);
    for (const probe of answered) {
      expect(probe).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(Number(probe.retryAfter)).toBeGreaterThan(0);
      expect(probe.ms, 'a probe waited longer than 3 s').toBeLessThan(3000);
    }
    expect(loadAnswers.filter((answer) => answer.status === null), 'load requests that never got an answer').toEqual([]);
    expect(loadAnswers.filter((answer) => answer.status === 200 && answer.code !== undefined), 'errors sent as HTTP 200').toEqual([]);
    expect(loadAnswers.filter((answer) => answer.status === 503).every((answer) => answer.code === 'DATABASE_UNAVAILABLE')).toBe(true);
    expect(resumed).toMatchObject({ status: 200, code: undefined });
    expect(server.child.exitCode).toBeNull();
  });
});
