import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp, createLogger } from '@mayviet/api';
import { insertApiKey, isCatalogEmpty, migrateDatabase, openDatabase, organizationOfVendor, seedCatalog, vendorBySlug, type Database } from '@mayviet/db';
// Keys are made as the CLI makes them; read-only use of the API's own helper.
import { newApiKey } from '../../packages/api/src/modules/accounts/secrets.ts';
import { createDatabaseIfMissing, resultsDir } from './databases.ts';
import { machineInfo } from './machine.ts';
import { percentile } from './stats.ts';

// pnpm bench:abuse [--only=postgres|pglite]
// What an abusive client meets, against the real API on 127.0.0.1 with its default limits and budget, over
// the seeded catalog: the time to refuse a document of fragments that fan out, the cost and refusal of
// thirty searches in one document, and how many expensive queries one key gets before 429 (then for
// ABUSE_SECONDS with ABUSE_CONNECTIONS at once). Bounded: ABUSE_SECONDS (default 30) and 50,000 requests.
//   BENCH_ABUSE_DATABASE_URL  PostgreSQL database (default postgres://postgres@127.0.0.1:5432/mayviet_abuse, created
//                             and seeded if missing); PGlite runs in memory
//   ABUSE_SECONDS             seconds of the sustained phase (default 30)
//   ABUSE_CONNECTIONS         concurrent requests in it (default 10)

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? null;
if (args.some((a) => !a.startsWith('--only=')) || (only && only !== 'postgres' && only !== 'pglite')) {
  throw new Error('usage: pnpm bench:abuse [--only=postgres|pglite]');
}
const seconds = Number(process.env.ABUSE_SECONDS ?? 30);
const connections = Number(process.env.ABUSE_CONNECTIONS ?? 10);
const maxRequests = 50_000;
const log = (line: string) => console.log(line);

const fragmentFanOut = `query FanOut { ...F24 }\n${[
  'fragment F0 on Query { categories { slug } }',
  ...Array.from({ length: 24 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`),
].join('\n')}`;

const thirtySearches = `fragment Search on OfferingConnection {
  totalCount facets { kinds { value count } categories { value count } vendors { value count } cities { value count } } nodes { name }
}
{ ${Array.from({ length: 30 }, (_, i) => `s${i}: offerings(query: "máy chủ ${i}") { ...Search }`).join(' ')} }`;

/** The design's largest honest page: 100 offerings with every relation. */
const expensive = `{ offerings(first: 100) { totalCount nodes { id slug name vendor { name } category { slug }
  plans { name price { amount } specs { key value } } dataCenters { name vendor { name } }
  requirements { description categories { slug } } attestations { status framework { code groups { code } } } } } }`;

interface Answer {
  status: number;
  ms: number;
  headers: Headers;
  body: { errors?: { message: string; extensions?: { code?: string; cost?: unknown } }[]; extensions?: { cost?: { requestedQueryCost?: number } } };
}

async function post(url: string, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json()) as Answer['body'];
  return { status: response.status, ms: Math.round((performance.now() - started) * 10) / 10, headers: response.headers, body };
}

async function newKey(database: Database): Promise<string> {
  const vendor = await vendorBySlug(database.db, 'viettel-idc');
  if (!vendor) throw new Error('the seeded vendor viettel-idc is missing');
  const organization = await organizationOfVendor(database.db, vendor.id);
  const { key, prefix, secretHash } = newApiKey();
  await insertApiKey(database.db, { organizationId: organization.id, name: 'bench:abuse', prefix, secretHash, scopes: ['listings:read'], createdByUserId: null });
  return key;
}

async function abuse(database: Database) {
  log(`\n== ${database.driver}: ${database.location} ==`);
  await migrateDatabase(database);
  if (await isCatalogEmpty(database.db)) await seedCatalog(database.db);
  const app = await createApp({ database, log: createLogger('silent'), webDist: null });
  const url = await app.listen(0, '127.0.0.1');
  try {
    // 1. The fragment fan-out, five times, each with /healthz asked at the same moment.
    const fanOut = [];
    for (let i = 0; i < 5; i += 1) {
      const health = (async () => {
        const started = performance.now();
        const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(60_000) });
        return { status: response.status, ms: Math.round((performance.now() - started) * 10) / 10 };
      })();
      const [answer, healthz] = await Promise.all([post(url, fragmentFanOut), health]);
      fanOut.push({ status: answer.status, code: answer.body.errors?.[0]?.extensions?.code, ms: answer.ms, healthzMs: healthz.ms, healthzStatus: healthz.status });
    }
    const fanOutMs = fanOut.map((f) => f.ms).sort((a, b) => a - b);
    log(`  fragment fan-out (${fragmentFanOut.length} bytes): ${fanOut.map((f) => `${f.status} ${f.code} in ${f.ms} ms`).join('; ')}; /healthz meanwhile: ${fanOut.map((f) => `${f.healthzStatus} in ${f.healthzMs} ms`).join(', ')}`);

    // 2. Thirty searches with facets in one document.
    const searches = await post(url, thirtySearches);
    const searchError = searches.body.errors?.[0];
    const thirty = {
      status: searches.status,
      code: searchError?.extensions?.code,
      cost: searchError?.extensions?.cost,
      message: searchError?.message,
      statements: Number(searches.headers.get('x-sql-statements')),
      ms: searches.ms,
    };
    log(`  thirty searches: ${thirty.status} ${thirty.code} in ${thirty.ms} ms, ${thirty.statements} statements: ${thirty.message}`);

    // 3. One key sending expensive queries: one at a time until the first 429, then as hard as it can.
    const key = await newKey(database);
    const auth = { authorization: `Bearer ${key}` };
    const started = performance.now();
    let served = 0;
    let first429: Answer | null = null;
    let cost: number | undefined;
    while (!first429 && served < 1000) {
      const answer = await post(url, expensive, auth);
      cost ??= answer.body.extensions?.cost?.requestedQueryCost;
      if (answer.status === 429) first429 = answer;
      else if (answer.status === 200 && !answer.body.errors) served += 1;
      else throw new Error(`unexpected answer ${answer.status}: ${JSON.stringify(answer.body.errors)}`);
    }
    const beforeRefusal = {
      cost,
      served,
      secondsToFirst429: Math.round((performance.now() - started) / 100) / 10,
      retryAfter: Number(first429?.headers.get('retry-after')),
      code: first429?.body.errors?.[0]?.extensions?.code,
    };
    log(`  one key, expensive queries (${cost} points each): ${served} served before the first 429 (after ${beforeRefusal.secondsToFirst429} s; Retry-After ${beforeRefusal.retryAfter} s, ${beforeRefusal.code})`);

    const deadline = performance.now() + seconds * 1000;
    const counts = { ok: 0, refused: 0, other: 0 };
    const servedMs: number[] = [];
    const refusedMs: number[] = [];
    let sent = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < deadline && sent < maxRequests) {
          sent += 1;
          const answer = await post(url, expensive, auth);
          if (answer.status === 200) {
            counts.ok += 1;
            servedMs.push(answer.ms);
          } else if (answer.status === 429) {
            counts.refused += 1;
            refusedMs.push(answer.ms);
          } else counts.other += 1;
        }
      }),
    );
    const sustained = {
      seconds,
      connections,
      ...counts,
      servedP50Ms: percentile(servedMs.sort((a, b) => a - b), 50),
      refusedP50Ms: percentile(refusedMs.sort((a, b) => a - b), 50),
      refusedP99Ms: percentile(refusedMs, 99),
    };
    log(
      `  then ${seconds} s with ${connections} at once: ${counts.ok} served, ${counts.refused} refused with 429, ${counts.other} other; ` +
        `p50 ${sustained.servedP50Ms} ms served, ${sustained.refusedP50Ms} ms refused (p99 ${sustained.refusedP99Ms} ms)`,
    );
    return { driver: database.driver, location: database.location, fanOut, fanOutMedianMs: fanOutMs[2], thirty, beforeRefusal, sustained };
  } finally {
    await Promise.race([app.close(), sleep(5000)]);
  }
}

const machine = machineInfo();
const runs = [];
if (only !== 'pglite') {
  const url = process.env.BENCH_ABUSE_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mayviet_abuse';
  await createDatabaseIfMissing(url, log);
  const database = await openDatabase({ url });
  try {
    runs.push(await abuse(database));
  } finally {
    await database.close();
  }
}
if (only !== 'postgres') {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    runs.push(await abuse(database));
  } finally {
    await Promise.race([database.close(), sleep(5000)]);
  }
}

const results = { command: `pnpm bench:abuse${args.length ? ` ${args.join(' ')}` : ''}`, finishedAt: new Date().toISOString(), machine, runs };
mkdirSync(resultsDir, { recursive: true });
const file = resolve(resultsDir, 'abuse-latest.json');
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
log(`\nmachine: ${machine.nproc} cores (${machine.cpuModel}), load average ${machine.loadAverage.join(' ')} at the start, node ${machine.node}`);
log(`raw results: ${file}`);
setTimeout(() => process.exit(process.exitCode ?? 0), 2000).unref();
