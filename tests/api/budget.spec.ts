import { connect } from 'node:net';
import { randomBytes } from 'node:crypto';
import { forgetFullBudgets, queryRows, takeFromBudget } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../support/accounts.ts';
import { eventually } from '../support/wait.ts';
import { startAnotherInstance, startServer, type GraphQLResponse, type TestServer } from '../support/server.ts';

// The budget over time, with the default settings: what a client that sends expensive queries meets.

/** A page of 100 offerings with every relation: the design's largest honest query, and the dearest. */
const expensive = `{ offerings(first: 100) { totalCount nodes { id slug name vendor { name } category { slug }
  plans { name price { amount } specs { key value } } dataCenters { name vendor { name } }
  requirements { description categories { slug } } attestations { status framework { code groups { code } } } } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** Sends `query` until an answer is 429 (at most `limit` times); the answers, the refused one last. */
async function spendUntilRefused(target: TestServer, query: string, headers: Record<string, string>, limit = 20): Promise<GraphQLResponse[]> {
  const answers: GraphQLResponse[] = [];
  for (let i = 0; i < limit; i += 1) {
    const answer = await target.gql(query, {}, headers);
    answers.push(answer);
    if (answer.status === 429) break;
  }
  return answers;
}

function throttleOf(answer: GraphQLResponse) {
  return {
    limit: Number(answer.headers.get('ratelimit-limit')),
    remaining: Number(answer.headers.get('ratelimit-remaining')),
    reset: Number(answer.headers.get('ratelimit-reset')),
  };
}

describe('the query budget of each client', () => {
  it('reports on every answer what the query cost and what is left, as extensions.cost and RateLimit headers', async () => {
    const cheap = await server.gql('{ categories { slug } }');
    expect(cheap.status).toBe(200);
    const cost = cheap.extensions?.cost;
    expect(cost).toMatchObject({
      requestedQueryCost: expect.any(Number),
      throttleStatus: { maximumAvailable: expect.any(Number), currentlyAvailable: expect.any(Number), restoreRate: expect.any(Number) },
    });
    expect(cost.requestedQueryCost).toBeGreaterThan(0);
    expect(throttleOf(cheap)).toEqual({ limit: cost.throttleStatus.maximumAvailable, remaining: cost.throttleStatus.currentlyAvailable, reset: expect.any(Number) });
    expect(cost.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(cost.throttleStatus.maximumAvailable - cost.requestedQueryCost);

    const dear = await server.gql(expensive);
    expect(dear.errors).toBeUndefined();
    expect(dear.extensions?.cost.requestedQueryCost).toBeGreaterThan(cost.requestedQueryCost * 10);
    expect(throttleOf(dear).remaining).toBeLessThan(throttleOf(cheap).remaining);
    expect(throttleOf(dear).reset).toBeGreaterThan(0);

    // A mutation and an answer with a resolver's error say it too.
    const mutation = await server.gql(`mutation { signOut { signedOut } }`);
    expect(mutation.extensions?.cost.requestedQueryCost).toBeGreaterThan(0);
    expect(mutation.headers.get('ratelimit-remaining')).not.toBeNull();
    const failed = await server.gql(`{ offerings(first: 1000) { totalCount } }`);
    expect(failed.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(failed.headers.get('ratelimit-remaining')).not.toBeNull();

    const preflight = await fetch(`${server.url}/graphql`, { method: 'OPTIONS' });
    const exposed = preflight.headers.get('access-control-expose-headers') ?? '';
    for (const header of ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after']) expect(exposed).toContain(header);
  });

  it('answers 429 with Retry-After and RATE_LIMITED, before running anything, once a key has spent its budget', async () => {
    const { key } = await createKey(server.database, 'fpt-is', ['listings:read']);
    const answers = await spendUntilRefused(server, expensive, bearer(key));
    const refused = answers.at(-1)!;
    expect(refused.status, `${answers.length} expensive queries from one key, none refused`).toBe(429);
    // A full budget pays for capacity / cost of them, and what comes back meanwhile for a few more at most.
    const { requestedQueryCost, throttleStatus } = answers[0]!.extensions!.cost;
    expect(answers.length).toBeLessThanOrEqual(Math.ceil(throttleStatus.maximumAvailable / requestedQueryCost) + 2);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(refused.errors![0]!.message).toMatch(/budget is spent: the query costs \d+ points and (\d+ are left|none are left \(\d+ are owed\))/);
    expect(refused.data ?? null).toBeNull();
    expect(refused.extensions?.cost.throttleStatus.currentlyAvailable).toBeLessThan(refused.extensions?.cost.requestedQueryCost);
    // The key's statements are its own lookup, as for a query that never runs: nothing of the query ran.
    const invalid = await server.gql('{ nothingHere }', {}, bearer(key));
    expect(refused.headers.get('x-sql-statements')).toBe(invalid.headers.get('x-sql-statements'));

    // Its budget is its own: another key and anonymous callers are served.
    const { key: other } = await createKey(server.database, 'viettel-idc', ['listings:read']);
    expect((await server.gql(expensive, {}, bearer(other))).status).toBe(200);
    expect((await server.gql(expensive)).status).toBe(200);

    // And it comes back at the restore rate: after Retry-After, the query runs.
    await new Promise((resolve) => setTimeout(resolve, Number(refused.headers.get('retry-after')) * 1000));
    const again = await server.gql(expensive, {}, bearer(key));
    expect(again.status).toBe(200);
    expect(again.errors).toBeUndefined();
  });

  it('says none are left, never a negative figure, when instances spending at once left the budget in debt', async () => {
    const { key, row } = await createKey(server.database, 'bizfly-cloud', ['listings:read']);
    // What two instances spending one budget within the same second leave in the shared store.
    await server.owner.db.execute(sql`insert into api_budgets (subject, available, updated_at, last_charge) values (${`key:${row.id}`}, -5000, now(), 6401)`);
    const refused = await server.gql(expensive, {}, bearer(key));
    expect(refused.status).toBe(429);
    const { requestedQueryCost: cost, throttleStatus } = refused.extensions!.cost;
    expect(refused.errors![0]!.message).toMatch(new RegExp(`the query costs ${cost} points and none are left \\(\\d+ are owed\\)`));
    expect(throttleStatus.currentlyAvailable).toBe(0);
    expect(throttleOf(refused).remaining).toBe(0);
    // The wait still pays the debt back: 5,000 points and the query's cost at the restore rate.
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(Math.ceil((5000 + cost - 1000) / throttleStatus.restoreRate));
  });

  it('is one budget for all instances on one database', async () => {
    const second = await startAnotherInstance(server);
    try {
      const { key } = await createKey(server.database, 'cmc-cloud', ['listings:read']);
      const answers = await spendUntilRefused(server, expensive, bearer(key));
      expect(answers.at(-1)!.status).toBe(429);
      const elsewhere = await second.gql(expensive, {}, bearer(key));
      expect(elsewhere.status).toBe(429);
      expect(elsewhere.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
      expect(throttleOf(elsewhere).remaining).toBeLessThan(elsewhere.extensions?.cost.requestedQueryCost);
    } finally {
      await second.close();
    }
  });

  it('takes what an instance spent on its own from the shared budget within a moment, so the others see it', async () => {
    const second = await startAnotherInstance(server);
    try {
      const { key, row } = await createKey(server.database, 'misa', ['listings:read']);
      const answers: GraphQLResponse[] = [];
      for (let i = 0; i < 3; i += 1) answers.push(await server.gql(expensive, {}, bearer(key)));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      const { requestedQueryCost: cost, throttleStatus } = answers[0]!.extensions!.cost;
      // The first query was taken from the store, the next two on this instance's own: all three reach it.
      const belowTwoQueries = throttleStatus.maximumAvailable - 2 * cost;
      await eventually(
        async () => (await queryRows<{ available: number }>(server.owner.db, sql`select available from api_budgets where subject = ${`key:${row.id}`}`))[0]?.available,
        (available) => available !== undefined && available < belowTwoQueries,
        'the three queries in the shared budget',
      );
      const elsewhere = await second.gql(expensive, {}, bearer(key));
      expect(elsewhere.status).toBe(200);
      expect(throttleOf(elsewhere).remaining).toBeLessThan(belowTwoQueries - cost);
    } finally {
      await second.close();
    }
  });
});

describe('budget rows', () => {
  it('forgets only the budgets that have refilled', async () => {
    const db = server.database.db;
    const rule = { capacity: 100, restorePerSecond: 1 };
    expect(await takeFromBudget(db, 'test:full-soon', 40, rule)).toEqual({ granted: true, available: 60 });
    expect(await takeFromBudget(db, 'test:full-soon', 70, rule)).toMatchObject({ granted: false });
    const held = async () =>
      (await queryRows<{ subject: string }>(db, sql`select subject from api_budgets where subject = 'test:full-soon'`)).length;
    await forgetFullBudgets(db, rule);
    expect(await held()).toBe(1);
    await forgetFullBudgets(db, { capacity: 0.001, restorePerSecond: 1000 });
    expect(await held()).toBe(0);
  });
});

describe('an unreachable budget store', () => {
  it('lets requests through unmetered, without budget headers, rather than failing them', async () => {
    const instance = await startAnotherInstance(server, { settings: { redisUrl: 'redis://127.0.0.1:1', redisKeyPrefix: 'unreachable:' } });
    try {
      const answer = await instance.gql('{ categories { slug } }');
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.extensions?.cost.requestedQueryCost).toBeGreaterThan(0);
      expect(answer.extensions?.cost.throttleStatus).toBeUndefined();
      expect(answer.headers.get('ratelimit-remaining')).toBeNull();
    } finally {
      await instance.close();
    }
  });
});

/** Redis at REDIS_URL (or on this machine), if it answers PING within a second. */
async function reachableRedis(): Promise<string | null> {
  const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    const done = (answer: string | null) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1000, () => done(null));
    socket.on('error', () => done(null));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG') ? url : null));
  });
}

const redisUrl = await reachableRedis();

describe.skipIf(!redisUrl)('the query budget in Redis', () => {
  it('is kept in Redis, one budget for all instances, when a Redis URL is set', async () => {
    const settings = { redisUrl, redisKeyPrefix: `mayviet-test:${randomBytes(6).toString('hex')}:` };
    const first = await startAnotherInstance(server, { settings });
    const second = await startAnotherInstance(server, { settings });
    try {
      const { key, row } = await createKey(server.database, 'vng-cloud', ['listings:read']);
      const answers = await spendUntilRefused(first, expensive, bearer(key));
      expect(answers.at(-1)!.status).toBe(429);
      expect(answers[0]!.extensions?.cost.throttleStatus).toBeDefined();
      const elsewhere = await second.gql(expensive, {}, bearer(key));
      expect(elsewhere.status).toBe(429);
      expect(elsewhere.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
      const rows = await queryRows<{ n: number }>(server.database.db, sql`select count(*)::int as n from api_budgets where subject = ${`key:${row.id}`}`);
      expect(rows[0]!.n).toBe(0);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
