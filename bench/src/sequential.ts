import type { StatementTime } from './scenarios.ts';
import { percentile } from './stats.ts';

// Latency of one request at a time: no queue, no other request sharing the cores, so the figure is what
// one visitor waits on an idle server. The client is fetch in the bench's own process, timed from sending
// the request to the end of the answer's body.

export interface SequentialResult {
  /** requests sent before the measured ones, not counted */
  warmupRuns: number;
  runs: number;
  /** how many different bodies the requests cycle through */
  bodies: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** the same figures for each body's requests alone, in the bodies' order */
  perBody: { runs: number; p50: number; p95: number; max: number }[];
}

/** One statement of a request, by the start of its SQL, with its median time over the profiled requests. */
export interface StatementShare {
  sql: string;
  /** median over the profiled requests */
  medianMs: number;
  /** how many times one request runs it */
  perRequest: number;
}

export interface RequestBreakdown {
  /** profiled requests (every body the same number of times) */
  requests: number;
  /** median time of a whole request on the profiling server */
  requestMs: number;
  /** median time during which at least one SQL statement was running (statements may overlap) */
  sqlWallMs: number;
  /** median of requestMs − sqlWallMs: HTTP, GraphQL execution and the evaluator, in the server's process */
  outsideSqlMs: number;
  statements: StatementShare[];
}

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

async function post(url: string, text: string): Promise<void> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
  const answer = await response.text();
  if (response.status !== 200 || !answer.startsWith('{"data":') || answer.includes('"errors":[')) {
    throw new Error(`sequential request failed: HTTP ${response.status} ${answer.slice(0, 300)}`);
  }
}

/**
 * Up to `warmupRuns` requests, then up to `runs` timed ones, one at a time, cycling through `bodies`; any
 * error fails. The warm-up stops after a tenth of `budgetMs` (once every body has been sent), the timed
 * requests after `budgetMs` (once 20 have been timed), so a driver taking seconds per request ends too.
 */
export async function measureSequential(
  url: string,
  bodies: string[],
  limits: { warmupRuns: number; runs: number; budgetMs: number },
): Promise<SequentialResult> {
  let warmupRuns = 0;
  const warmupStarted = performance.now();
  while (warmupRuns < limits.warmupRuns && (warmupRuns < bodies.length || performance.now() - warmupStarted < limits.budgetMs / 10)) {
    await post(url, bodies[warmupRuns % bodies.length]!);
    warmupRuns += 1;
  }
  const samples: number[] = [];
  const byBody: number[][] = bodies.map(() => []);
  const started = performance.now();
  while (samples.length < limits.runs && (samples.length < 20 || performance.now() - started < limits.budgetMs)) {
    const index = samples.length % bodies.length;
    const t0 = performance.now();
    await post(url, bodies[index]!);
    const ms = performance.now() - t0;
    samples.push(ms);
    byBody[index]!.push(ms);
  }
  samples.sort((a, b) => a - b);
  const perBody = byBody.map((times) => {
    const sorted = times.sort((a, b) => a - b);
    return { runs: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1) ?? 0) };
  });
  return {
    warmupRuns,
    runs: samples.length,
    bodies: bodies.length,
    latencyMs: {
      p50: round(percentile(samples, 50)),
      p95: round(percentile(samples, 95)),
      p99: round(percentile(samples, 99)),
      max: round(samples.at(-1) ?? 0),
      mean: round(samples.reduce((sum, v) => sum + v, 0) / Math.max(samples.length, 1)),
    },
    perBody,
  };
}

/** The time during which at least one of the statements was running. */
function busyMs(statements: StatementTime[]): number {
  const spans = statements.map((s) => [s.at, s.at + s.ms] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

/**
 * Sends every body `rounds` times, one at a time, to a server whose database times each statement into
 * `sink` (see timingDb), and returns the median request, the median SQL time and each statement's median.
 * Statements are grouped by their first 90 characters of SQL.
 */
export async function profileRequests(url: string, bodies: string[], rounds: number, sink: StatementTime[]): Promise<RequestBreakdown> {
  const requests: { ms: number; statements: StatementTime[] }[] = [];
  for (let pass = 0; pass < rounds; pass++) {
    for (const text of bodies) {
      sink.length = 0;
      const t0 = performance.now();
      await post(url, text);
      requests.push({ ms: performance.now() - t0, statements: [...sink] });
    }
  }
  const keyOf = (statement: StatementTime) => statement.sql.slice(0, 90);
  const keys = [...new Set(requests.flatMap((r) => r.statements.map(keyOf)))];
  const statements = keys
    .map((key) => {
      const times = requests.flatMap((r) => r.statements.filter((s) => keyOf(s) === key).map((s) => s.ms));
      return { sql: key, medianMs: round(median(times), 2), perRequest: round(times.length / requests.length, 2) };
    })
    .sort((a, b) => b.medianMs - a.medianMs);
  const sqlWall = requests.map((r) => busyMs(r.statements));
  return {
    requests: requests.length,
    requestMs: round(median(requests.map((r) => r.ms)), 2),
    sqlWallMs: round(median(sqlWall), 2),
    outsideSqlMs: round(median(requests.map((r, i) => r.ms - sqlWall[i]!)), 2),
    statements,
  };
}
