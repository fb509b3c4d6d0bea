import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolve } from 'node:path';
import { createApp, createLogger, warmSolver } from '@mayviet/api';
// The seed data is not exported by @mayviet/db; read-only use, to prefer real listings for the offering page.
import { catalogSeed } from '../../packages/db/src/seed/data/index.ts';
import { migrateDatabase, openDatabase, queryRows, type Database } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { createDatabaseIfMissing, pgliteDataDir, postgresUrl, resultsDir } from './databases.ts';
import { ensureDataset } from './generate.ts';
import { runLoad } from './load.ts';
import { machineInfo } from './machine.ts';
import { judgeGoals, markdown, type BenchResults, type DriverResult, type ScenarioResult } from './report.ts';
import {
  baselineScenario,
  browseDocument,
  browseFilters,
  buildScenarios,
  checkScenario,
  composeBlueprint,
  composeNeeds,
  composeScenario,
  offeringSlugs,
  profileScenario,
  stackItems,
  stackLines,
  stackScenario,
  timingDatabase,
  type StatementTime,
} from './scenarios.ts';
import { measureSequential, profileRequests } from './sequential.ts';
import { measureChangeCost } from './catalog-change.ts';
import { benchBrowseSql, benchSearchSql, explainStatements } from './sql-bench.ts';

// pnpm bench [--regenerate] [--only=postgres|pglite]
//   BENCH_DATABASE_URL   PostgreSQL to use (default: postgres://postgres@127.0.0.1:5432/mayviet_bench when 5432 answers)
//   BENCH_DURATION       seconds of measured load per scenario (default 15)
//   BENCH_WARMUP         seconds of warm-up load before each scenario (default 3)
//   BENCH_CONNECTIONS    concurrent connections on PostgreSQL (default 50; the pool is sized to match)
//   BENCH_PGLITE_CONNECTIONS  concurrent connections on PGlite, which serves one query at a time (default 10)
//   BENCH_SQL_RUNS       sequential runs per search term for the SQL timings (default 200)
//   BENCH_SQL_BUDGET     seconds one SQL timing may take before it stops early, after at least 3 runs (default 10)
//   BENCH_STACK_RUNS     evaluateStack requests timed one at a time, after a tenth as many (at least 20) of
//                        warm-up (default 300); about a twentieth as many (at least one per stack) are then
//                        profiled per SQL statement
//   BENCH_STACK_BUDGET   seconds after which those timed requests stop early, after at least 20 (default 120;
//                        the warm-up stops after a tenth of it)
//   BENCH_COMPOSE_RUNS   composeStack requests timed one at a time, after a tenth as many (at least 8) of
//                        warm-up (default 200); about a twentieth as many are then profiled per SQL statement
//   BENCH_COMPOSE_BUDGET seconds after which those timed requests stop early, after at least 20 (default 120)
//   BENCH_COMPOSE_CHANGE_RUNS  catalog changes, each followed by one timed composeStack (default 20)
//   BENCH_OFFERINGS      synthetic offerings to generate (default 100000; PGlite keeps one folder per size)
//   BENCH_CHANGE_RUNS    catalog changes, each followed by one timed browse request (default 50)

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number; got ${raw}`);
  return value;
}

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--regenerate' && !a.startsWith('--only='));
if (unknown.length > 0) throw new Error(`unknown arguments: ${unknown.join(' ')} (use --regenerate, --only=postgres|pglite)`);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (only && only !== 'postgres' && only !== 'pglite') throw new Error(`--only takes postgres or pglite; got ${only}`);

const config = {
  regenerate: args.includes('--regenerate'),
  only: only ?? null,
  offerings: intEnv('BENCH_OFFERINGS', 100_000),
  durationSeconds: intEnv('BENCH_DURATION', 15),
  warmupSeconds: intEnv('BENCH_WARMUP', 3),
  connections: intEnv('BENCH_CONNECTIONS', 50),
  pgliteConnections: intEnv('BENCH_PGLITE_CONNECTIONS', 10),
  sqlRuns: intEnv('BENCH_SQL_RUNS', 200),
  browseSqlRuns: Math.max(10, Math.round(intEnv('BENCH_SQL_RUNS', 200) / 4)),
  sqlBudgetSeconds: intEnv('BENCH_SQL_BUDGET', 10),
  stackRuns: Math.max(1, intEnv('BENCH_STACK_RUNS', 300)),
  stackBudgetSeconds: intEnv('BENCH_STACK_BUDGET', 120),
  changeRuns: Math.max(1, intEnv('BENCH_CHANGE_RUNS', 50)),
  composeRuns: Math.max(1, intEnv('BENCH_COMPOSE_RUNS', 200)),
  composeBudgetSeconds: intEnv('BENCH_COMPOSE_BUDGET', 120),
  composeChangeRuns: Math.max(1, intEnv('BENCH_COMPOSE_CHANGE_RUNS', 20)),
};

const log = (line: string) => console.log(line);
const started = performance.now();
const startedAt = new Date().toISOString();
const machine = machineInfo();

/**
 * Counts requests the server is still handling (including ones whose client went away) and returns a
 * function that waits until there are none.
 */
function trackInFlight(server: Server): () => Promise<void> {
  let inFlight = 0;
  const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => unknown)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    inFlight += 1;
    Promise.allSettled(handlers.map((handler) => handler(req, res))).finally(() => {
      inFlight -= 1;
    });
  });
  return async () => {
    const deadline = Date.now() + 120_000;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 20));
  };
}

async function serverVersion(database: Database): Promise<string> {
  const rows = await queryRows<{ version: string }>(database.db, sql`select version() as version`);
  return rows[0]?.version ?? 'unknown';
}

/**
 * On PostgreSQL, cancels the statements still running for requests the load generator has stopped waiting
 * for (from a connection of its own: the pool may be full), until none has been running for three polls
 * 100 ms apart, so they do not compete with what runs next.
 */
async function cancelLeftovers(database: Database): Promise<number> {
  if (database.driver !== 'postgres' || !database.url) return 0;
  const client = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    let cancelled = 0;
    let quiet = 0;
    const deadline = Date.now() + 60_000;
    while (quiet < 3 && Date.now() < deadline) {
      const rows = await client`select count(*)::int as n from (
        select pg_cancel_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state = 'active') x`;
      const n = (rows[0]?.n as number | undefined) ?? 0;
      cancelled += n;
      quiet = n === 0 ? quiet + 1 : 0;
      await sleep(100);
    }
    return cancelled;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** One request, timed; its GraphQL error (or HTTP status) when it has one. */
async function timeOne(url: string, body: string): Promise<{ ms: number; error: string | null }> {
  const t0 = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  const ms = Math.round((performance.now() - t0) * 10) / 10;
  const error = answer.errors?.[0];
  return { ms, error: response.status !== 200 || error ? `HTTP ${response.status}${error ? ` ${error.extensions?.code ?? ''}: ${error.message}` : ''}` : null };
}

/**
 * composeStack one request at a time, on servers of its own configured as deployed: the answer cache on
 * (the composer keeps each category's pruned candidates under the catalog version) and no catalog index
 * (composeStack does not search). The server's first composition; each constraint set checked (it must
 * answer alternatives: one that fails is recorded with its error and left out of the timings); those
 * timed in turn (the goal's figure) and profiled per SQL statement; then the first composition after
 * each of several catalog changes.
 */
async function benchCompose(database: Database): Promise<DriverResult['compose']> {
  const settings = { budgetCapacity: 1e12, budgetRestorePerSecond: 1e12, catalogCache: true, catalogIndex: false };
  const app = await createApp({ database, log: createLogger('silent'), webDist: null, settings });
  const url = await app.listen(0, '127.0.0.1');
  const timed: StatementTime[] = [];
  const profiler = await createApp({ database: timingDatabase(database, timed), log: createLogger('silent'), webDist: null, settings });
  const profilerUrl = await profiler.listen(0, '127.0.0.1');
  // As the server does when it starts (main.ts): the solver thread is up before the first composition.
  await warmSolver();
  try {
    const scenario = composeScenario();
    const first = await timeOne(url, scenario.bodies[0]!);
    log(`  composeStack, ${composeBlueprint} (${composeNeeds} needs), the server's first request: ${first.ms} ms${first.error ? ` — ${first.error}` : ''}`);
    const check: string[] = [];
    const failures: { variant: string; ms: number; error: string }[] = [];
    const passing: number[] = [];
    for (const [index, variant] of scenario.variants.entries()) {
      const t0 = performance.now();
      try {
        check.push(...(await checkScenario(url, { ...scenario, bodies: [scenario.bodies[index]!], variants: [variant] })));
        passing.push(index);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        failures.push({ variant, ms: Math.round(performance.now() - t0), error: message.replace(`${scenario.name} ${variant}: `, '') });
      }
    }
    for (const line of check) log(`    ${line}`);
    for (const f of failures) log(`    FAILED after ${f.ms} ms: ${f.error.slice(0, 300)}`);
    const loadAverage = loadavg()[0]!;
    if (passing.length === 0) return { blueprint: composeBlueprint, needs: composeNeeds, variants: [], first, check, failures, loadAverage, sequential: null, breakdown: null, cold: null };
    const bodies = passing.map((index) => scenario.bodies[index]!);
    const sequential = await measureSequential(url, bodies, {
      warmupRuns: Math.max(2 * bodies.length, Math.round(config.composeRuns / 10)),
      runs: config.composeRuns,
      budgetMs: config.composeBudgetSeconds * 1000,
    });
    const breakdown = await profileRequests(profilerUrl, bodies, Math.max(1, Math.round(config.composeRuns / 20 / bodies.length)), timed);
    const cold = await measureChangeCost(database, url, bodies[0]!, config.composeChangeRuns);
    const variants = passing.map((index) => scenario.variants[index]!);
    log(
      `  composeStack sequential (load average ${loadAverage.toFixed(2)}): ${sequential.warmupRuns} warm-up + ${sequential.runs} requests: p50 ${sequential.latencyMs.p50} ms, ` +
        `p95 ${sequential.latencyMs.p95} ms, p99 ${sequential.latencyMs.p99} ms, max ${sequential.latencyMs.max} ms`,
    );
    for (const [k, b] of sequential.perBody.entries()) log(`    ${variants[k]}: ${b.runs} requests, p50 ${b.p50} ms, p95 ${b.p95} ms, max ${b.max} ms`);
    log(`    profiled (${breakdown.requests} requests, medians): ${breakdown.requestMs} ms, SQL running ${breakdown.sqlWallMs} ms, outside SQL ${breakdown.outsideSqlMs} ms`);
    for (const s of breakdown.statements) log(`      ${s.medianMs} ms ×${s.perRequest}: ${s.sql}…`);
    log(
      `  composeStack (${variants[0]}) right after a catalog change, ${config.composeChangeRuns} changes one at a time: p50 ${cold.latencyMs.p50} ms, ` +
        `p95 ${cold.latencyMs.p95} ms, max ${cold.latencyMs.max} ms, ${cold.statements} SQL statements`,
    );
    return { blueprint: composeBlueprint, needs: composeNeeds, variants, first, check, failures, loadAverage, sequential, breakdown, cold };
  } finally {
    await Promise.race([Promise.all([app.close(), profiler.close()]), sleep(5000)]);
  }
}

async function benchDriver(
  database: Database,
  connections: number,
  poolSize: number,
  withBaseline: boolean,
): Promise<DriverResult> {
  const t0 = performance.now();
  log(`\n== ${database.driver}: ${database.location} ==`);
  await migrateDatabase(database);
  const generation = await ensureDataset(database, config.offerings, config.regenerate, log);
  log(`  dataset: ${generation.counts.offerings} offerings, ${generation.counts.plans} plans (${generation.generated ? `generated in ${generation.seconds} s` : generation.reason})`);
  const version = await serverVersion(database);

  // The load comes from one address as fast as it can: a robot's budget, so the figures show what serving
  // costs (each request still takes from its budget, one statement) and no request is refused for its rate.
  // The answer cache off (CATALOG_CACHE=off): every search is computed, as after each catalog change; the
  // catalog index is built before the server listens.
  const settings = { budgetCapacity: 1e12, budgetRestorePerSecond: 1e12, catalogCache: false };
  const app = await createApp({ database, log: createLogger('silent'), webDist: null, settings });
  const drain = trackInFlight(app.server);
  const url = await app.listen(0, '127.0.0.1');
  // A second server on a timed view of the database, for a per-statement profile of one request per variant.
  const timed: StatementTime[] = [];
  const profiler = await createApp({ database: timingDatabase(database, timed), log: createLogger('silent'), webDist: null, settings });
  const profilerUrl = await profiler.listen(0, '127.0.0.1');
  const loads: ScenarioResult[] = [];
  const sqlTimings: DriverResult['sql'] = [];
  const explain: DriverResult['explain'] = [];
  let stack: DriverResult['stack'];
  let compose: DriverResult['compose'];
  let change: DriverResult['change'];
  try {
    const slugs = await offeringSlugs(database.db, catalogSeed.offerings.map((o) => o.slug));
    const stacks = await stackItems(database.db);
    // evaluateStack one request at a time, on an idle server before any load: the figure of the goal.
    const { bodies } = stackScenario(stacks);
    const stackLoadAverage = loadavg()[0]!;
    const sequential = await measureSequential(url, bodies, {
      warmupRuns: Math.max(20, Math.round(config.stackRuns / 10)),
      runs: config.stackRuns,
      budgetMs: config.stackBudgetSeconds * 1000,
    });
    const breakdown = await profileRequests(profilerUrl, bodies, Math.max(1, Math.round(config.stackRuns / 20 / bodies.length)), timed);
    stack = { lines: stackLines, loadAverage: stackLoadAverage, sequential, breakdown };
    log(
      `  evaluateStack, ${stackLines} lines, sequential (load average ${stackLoadAverage.toFixed(2)}): ${sequential.warmupRuns} warm-up + ${sequential.runs} requests: p50 ${sequential.latencyMs.p50} ms, ` +
        `p95 ${sequential.latencyMs.p95} ms, p99 ${sequential.latencyMs.p99} ms, max ${sequential.latencyMs.max} ms`,
    );
    log(`    profiled (${breakdown.requests} requests, medians): ${breakdown.requestMs} ms, SQL running ${breakdown.sqlWallMs} ms, outside SQL ${breakdown.outsideSqlMs} ms`);
    for (const s of breakdown.statements) log(`      ${s.medianMs} ms ×${s.perRequest}: ${s.sql}…`);
    compose = await benchCompose(database);
    // The SQL timings after evaluateStack: their minutes of sequential statements leave the server busy.
    sqlTimings.push(
      ...(await benchSearchSql(database.db, config.sqlRuns, config.sqlBudgetSeconds * 1000, log)),
      ...(await benchBrowseSql(database.db, config.browseSqlRuns, config.sqlBudgetSeconds * 1000, log)),
    );
    if (database.driver === 'postgres') explain.push(...(await explainStatements(database.db)));
    const changeBody = JSON.stringify({ query: browseDocument, variables: browseFilters[0] });
    change = await measureChangeCost(database, url, changeBody, config.changeRuns);
    log(
      `  browse with facets right after a catalog change, ${config.changeRuns} changes one at a time: p50 ${change.latencyMs.p50} ms, ` +
        `p95 ${change.latencyMs.p95} ms, max ${change.latencyMs.max} ms, ${change.statements} SQL statements`,
    );
    const scenarios = [...(withBaseline ? [baselineScenario] : []), ...buildScenarios(slugs, stacks)];
    let abandoned = false;
    for (const scenario of scenarios) {
      const check = await checkScenario(url, scenario);
      const profile = await profileScenario(profilerUrl, scenario, timed);
      for (const p of profile) {
        const slowest = [...p.statements].sort((a, b) => b.ms - a.ms)[0];
        log(
          `    profile ${p.variant}: ${p.ms} ms, SQL ${p.statements.map((t) => t.ms).join(' + ')} ms` +
            (slowest ? ` (slowest: ${slowest.sql.slice(0, 70)}…)` : ''),
        );
      }
      const scenarioConnections = Math.min(connections, scenario.connections ?? connections);
      log(`  ${scenario.title}: ${scenarioConnections} connections`);
      for (const line of check) log(`    ${line}`);
      const job = { url, bodies: scenario.bodies, connections: scenarioConnections };
      // Requests cut off when a load stops still run on the server: the next check or load waits for them.
      // Cancelling them instead made the next check fail on a busy machine (statements of the check
      // cancelled, wrong answers from the pool). PGlite runs one statement at a time: when one request
      // takes seconds, a warm-up only leaves a queue behind. After the last load, PostgreSQL cancels the
      // leftovers (nothing else runs on this server) and PGlite, which cannot, abandons them.
      const slowestMs = Math.max(...profile.map((p) => p.ms));
      const warmup = database.driver === 'postgres' || slowestMs < 1000 ? config.warmupSeconds : 0;
      if (warmup > 0) {
        await runLoad({ ...job, durationSeconds: warmup });
        await drain();
      }
      const loadAverage = loadavg()[0]!;
      const load = await runLoad({ ...job, durationSeconds: config.durationSeconds });
      if (scenario !== scenarios.at(-1)) await drain();
      else if (database.driver === 'postgres') await cancelLeftovers(database);
      else abandoned = true;
      log(
        `    → ${warmup} s warm-up + ${config.durationSeconds} s (load average ${loadAverage.toFixed(2)}): ${load.requestsPerSecond} req/s, p50 ${load.latencyMs.p50} ms, p95 ${load.latencyMs.p95} ms, p99 ${load.latencyMs.p99} ms, ` +
          `non-2xx ${load.non2xx}, GraphQL errors ${load.graphqlErrors}, socket errors ${load.errors}`,
      );
      loads.push({
        name: scenario.name,
        title: scenario.title,
        variants: scenario.variants,
        check,
        profile,
        warmupSeconds: warmup,
        loadAverage,
        load,
      });
    }
    if (abandoned) log('  (the last load\'s leftover requests are not waited for: PGlite cannot cancel them)');
  } finally {
    await Promise.race([Promise.all([app.close(), profiler.close()]), sleep(5000)]);
  }
  return {
    driver: database.driver,
    location: database.location,
    version,
    poolSize,
    connections,
    generation,
    scenarios: loads,
    sql: sqlTimings,
    explain,
    stack,
    compose,
    change,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
  };
}

const drivers: DriverResult[] = [];

if (only !== 'pglite') {
  const url = await postgresUrl();
  if (!url) {
    log('\n== postgres: skipped — BENCH_DATABASE_URL is not set and 127.0.0.1:5432 does not answer ==');
  } else {
    await createDatabaseIfMissing(url, log);
    const database = await openDatabase({ url, maxConnections: config.connections });
    try {
      drivers.push(await benchDriver(database, config.connections, config.connections, true));
    } finally {
      await database.close();
    }
  }
}

if (only !== 'postgres') {
  const database = await openDatabase({ dataDir: pgliteDataDir(config.offerings) });
  try {
    drivers.push(await benchDriver(database, config.pgliteConnections, 1, drivers.length === 0));
  } finally {
    await Promise.race([database.close(), sleep(5000)]);
  }
}

const results: BenchResults = {
  startedAt,
  finishedAt: new Date().toISOString(),
  wallSeconds: Math.round((performance.now() - started) / 100) / 10,
  command: `pnpm bench${args.length ? ` ${args.join(' ')}` : ''}`,
  config,
  machine,
  drivers,
  goals: judgeGoals(drivers),
};

mkdirSync(resultsDir, { recursive: true });
const file = resolve(resultsDir, 'latest.json');
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
const explainFile = resolve(resultsDir, 'latest-explain.txt');
writeFileSync(
  explainFile,
  drivers
    .flatMap((d) => d.explain.map((e) => `-- ${d.driver}: ${e.statement} — ${e.input}\n-- params: ${JSON.stringify(e.params)}\n${e.sql}\n\n${e.plan}\n`))
    .join('\n'),
);

log(`\n${markdown(results)}\n`);
log(`Raw results: ${file}`);
log(`EXPLAIN (ANALYZE, BUFFERS) plans: ${explainFile}`);
log(`Wall time: ${results.wallSeconds} s`);
// Nothing should be left running; should a stray handle remain, do not hang on it.
setTimeout(() => process.exit(process.exitCode ?? 0), 2000).unref();
