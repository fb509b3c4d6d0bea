import type { GenerationReport } from './generate.ts';
import type { LoadResult } from './load.ts';
import type { MachineInfo } from './machine.ts';
import type { StatementTime } from './scenarios.ts';
import type { ChangeCost } from './catalog-change.ts';
import type { RequestBreakdown, SequentialResult } from './sequential.ts';
import type { ExplainedStatement, SqlTiming } from './sql-bench.ts';

export interface ScenarioResult {
  name: string;
  title: string;
  variants: string[];
  check: string[];
  /** one request of each variant on an idle server, with the time of each SQL statement it ran */
  profile: { variant: string; ms: number; statements: StatementTime[] }[];
  warmupSeconds: number;
  /** the machine's 1-minute load average when the measured load started */
  loadAverage: number;
  load: LoadResult;
}

export interface DriverResult {
  driver: 'postgres' | 'pglite';
  location: string;
  version: string;
  poolSize: number;
  connections: number;
  generation: GenerationReport;
  scenarios: ScenarioResult[];
  sql: SqlTiming[];
  explain: ExplainedStatement[];
  /** evaluateStack measured one request at a time, and where one request's time goes */
  stack: {
    lines: number;
    /** the machine's 1-minute load average when the sequential requests started */
    loadAverage: number;
    sequential: SequentialResult;
    breakdown: RequestBreakdown;
  };
  /** composeStack for the blueprint measured one request at a time, where one request's time goes, and cold */
  compose: {
    blueprint: string;
    needs: number;
    /** the constraint sets timed (those that answered alternatives), in the order of sequential.perBody */
    variants: string[];
    /** the server's first composition, its solver not loaded and no candidate cached */
    first: { ms: number; error: string | null };
    check: string[];
    /** constraint sets that did not answer alternatives: left out of the timings */
    failures: { variant: string; ms: number; error: string }[];
    loadAverage: number;
    sequential: SequentialResult | null;
    breakdown: RequestBreakdown | null;
    /** the first composition after each of several catalog changes */
    cold: ChangeCost | null;
  };
  /** the first browse request after each of several catalog changes */
  change: ChangeCost;
  seconds: number;
}

export interface Goal {
  goal: string;
  measured: string;
  met: boolean;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  wallSeconds: number;
  command: string;
  config: Record<string, unknown>;
  machine: MachineInfo;
  drivers: DriverResult[];
  goals: Goal[];
}

export const goalBrowseP95Ms = 100;
export const goalSearchP95Ms = 50;
export const goalStackP99Ms = 20;
export const goalOfferingStatements = 2;
export const goalComposeP95Ms = 300;

const clean = (load: LoadResult) => load.non2xx + load.graphqlErrors + load.errors === 0;

/** Issue 16's goals this bench measures, judged on PostgreSQL (the peer bench measures the ratios). */
export function judgeGoals(drivers: DriverResult[]): Goal[] {
  const pg = drivers.find((d) => d.driver === 'postgres');
  if (!pg) return [];
  const goals: Goal[] = [];
  const browse = pg.scenarios.find((s) => s.name === 'browse');
  if (browse) {
    goals.push({
      goal: `browse with the four facets, answer cache off: p95 ≤ ${goalBrowseP95Ms} ms at ${browse.load.connections} connections`,
      measured: `p95 ${browse.load.latencyMs.p95} ms (${browse.load.requestsPerSecond} req/s)`,
      met: browse.load.latencyMs.p95 <= goalBrowseP95Ms && clean(browse.load),
    });
    goals.push({
      goal: `a catalog change costs the next browse no more than the uncached browse goal's p95 (${goalBrowseP95Ms} ms)`,
      measured: `p95 ${pg.change.latencyMs.p95} ms over ${pg.change.latencyMs.runs} changes (${pg.change.statements} statements); the loaded browse's p95 ${browse.load.latencyMs.p95} ms`,
      met: pg.change.latencyMs.p95 <= goalBrowseP95Ms,
    });
  }
  const search = pg.scenarios.find((s) => s.name === 'search');
  if (search) {
    goals.push({
      goal: `search, broad terms, page + count + facets: p95 ≤ ${goalSearchP95Ms} ms at ${search.load.connections} connections`,
      measured: `p95 ${search.load.latencyMs.p95} ms (${search.load.requestsPerSecond} req/s)`,
      met: search.load.latencyMs.p95 <= goalSearchP95Ms && clean(search.load),
    });
  }
  const offering = pg.scenarios.find((s) => s.name === 'offering');
  if (offering) {
    const counts = offering.check.map((line) => Number(/(\d+) SQL statements/.exec(line)?.[1] ?? Number.NaN));
    goals.push({
      goal: `offering page in ≤ ${goalOfferingStatements} SQL statements`,
      measured: `${Math.max(...counts)} statements`,
      met: counts.every((count) => count <= goalOfferingStatements),
    });
  }
  const stackLoad = pg.scenarios.find((s) => s.name === 'stack')?.load;
  const { lines, sequential } = pg.stack;
  const underLoad = !stackLoad
    ? ''
    : stackLoad.requests > 0
      ? `; under load, ${stackLoad.connections} connections: p99 ${stackLoad.latencyMs.p99} ms`
      : `; under load, ${stackLoad.connections} connections: no answer within the ${stackLoad.durationSeconds} s run`;
  goals.push({
    goal: `evaluateStack for a ${lines}-line stack p99 ≤ ${goalStackP99Ms} ms (PostgreSQL, sequential: one request at a time)`,
    measured: `p99 ${sequential.latencyMs.p99} ms (p50 ${sequential.latencyMs.p50} ms, ${sequential.runs} requests)${underLoad}`,
    met: sequential.latencyMs.p99 <= goalStackP99Ms,
  });
  const compose = pg.compose;
  const composeGoal = `composeStack for ${compose.blueprint} (${compose.needs} needs) p95 ≤ ${goalComposeP95Ms} ms (PostgreSQL, sequential: one request at a time)`;
  const failed = compose.failures.map((f) => `${f.variant}: ${f.error.slice(0, 160)}`).join('; ');
  if (!compose.sequential) {
    goals.push({ goal: composeGoal, measured: `no constraint set answered alternatives (${failed})`, met: false });
  } else {
    const q = compose.sequential;
    const worst = Math.max(...q.perBody.map((b) => b.p95));
    goals.push({
      goal: composeGoal,
      measured:
        `p95 ${q.latencyMs.p95} ms over ${q.bodies} constraint sets (p50 ${q.latencyMs.p50} ms, ${q.runs} requests; the slowest set's p95 ${worst} ms); ` +
        `after a catalog change p95 ${compose.cold?.latencyMs.p95} ms` +
        (failed ? `; failed: ${failed}` : ''),
      met: compose.failures.length === 0 && q.latencyMs.p95 <= goalComposeP95Ms,
    });
  }
  return goals;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

export function markdown(results: BenchResults): string {
  const lines: string[] = [];
  const gen = results.drivers[0]?.generation.counts;
  if (gen) {
    lines.push(
      `Dataset: ${gen.offerings.toLocaleString('en')} offerings (${gen.publishedOfferings.toLocaleString('en')} published), ` +
        `${gen.plans.toLocaleString('en')} plans, ${gen.planSpecs.toLocaleString('en')} plan specs, ` +
        `${gen.offeringDataCenters.toLocaleString('en')} data-centre links, ${gen.requirements.toLocaleString('en')} requirements, ` +
        `${gen.attestations.toLocaleString('en')} attestations; ${gen.vendors} vendors, ${gen.categories} categories, ${gen.dataCenters} data centres.`,
      '',
    );
  }
  lines.push('### HTTP load (POST /graphql, autocannon)', '');
  lines.push(
    row(['driver', 'scenario', 'conns', 'warm-up + run s', 'answered / sent', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'non-2xx', 'GraphQL errors', 'socket errors / timeouts']),
  );
  lines.push(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const d of results.drivers) {
    for (const s of d.scenarios) {
      const l = s.load;
      lines.push(
        row([
          d.driver,
          s.title,
          l.connections,
          `${s.warmupSeconds} + ${l.durationSeconds}`,
          `${l.requests} / ${l.sent}`,
          l.requestsPerSecond,
          l.latencyMs.p50,
          l.latencyMs.p95,
          l.latencyMs.p99,
          l.latencyMs.max,
          l.non2xx,
          l.graphqlErrors,
          `${l.errors} / ${l.timeouts}`,
        ]),
      );
    }
  }
  lines.push(
    '',
    'Latencies are of the answers received within the run; "answered / sent" 0 / N means no request finished',
    'within it (all N still being served when it ended), so there is no latency to report.',
  );
  lines.push('', '### evaluateStack, sequential (one request at a time, before any load)', '');
  lines.push(row(['driver', 'lines', 'stacks', 'load average', 'warm-up + runs', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'mean ms']));
  lines.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const d of results.drivers) {
    const q = d.stack.sequential;
    lines.push(
      row([d.driver, d.stack.lines, q.bodies, d.stack.loadAverage.toFixed(2), `${q.warmupRuns} + ${q.runs}`, q.latencyMs.p50, q.latencyMs.p95, q.latencyMs.p99, q.latencyMs.max, q.latencyMs.mean]),
    );
  }
  for (const d of results.drivers) {
    const b = d.stack.breakdown;
    lines.push(
      '',
      `${d.driver}, one evaluateStack request (medians of ${b.requests} profiled requests): ${b.requestMs} ms in all, ` +
        `SQL running ${b.sqlWallMs} ms, outside SQL (HTTP, GraphQL, evaluator) ${b.outsideSqlMs} ms.`,
      '',
    );
    lines.push(row(['statement (start of its SQL)', 'per request', 'median ms']));
    lines.push(row(['---', '---:', '---:']));
    for (const s of b.statements) lines.push(row([`\`${s.sql.replaceAll('|', '\\|')}…\``, s.perRequest, s.medianMs]));
  }
  lines.push('', '### composeStack, sequential (one request at a time, answer cache on)', '');
  lines.push(row(['driver', 'constraints', 'runs', 'p50 ms', 'p95 ms', 'max ms']));
  lines.push(row(['---', '---', '---:', '---:', '---:', '---:']));
  for (const d of results.drivers) {
    const q = d.compose.sequential;
    for (const [k, b] of (q?.perBody ?? []).entries()) lines.push(row([d.driver, d.compose.variants[k]!, b.runs, b.p50, b.p95, b.max]));
    for (const f of d.compose.failures) lines.push(row([d.driver, f.variant, `failed after ${f.ms} ms: ${f.error.slice(0, 160).replaceAll('|', '\\|')}`, '', '', '']));
    if (q) lines.push(row([d.driver, `**all ${q.bodies}** (load average ${d.compose.loadAverage.toFixed(2)}, ${q.warmupRuns} warm-up)`, q.runs, q.latencyMs.p50, q.latencyMs.p95, q.latencyMs.max]));
  }
  for (const d of results.drivers) {
    const { first, breakdown: b, cold: c } = d.compose;
    lines.push('', `${d.driver}: the server's first composition ${first.ms} ms${first.error ? ` (${first.error})` : ''}.`);
    if (c) lines.push(`The first after each of ${c.latencyMs.runs} catalog changes: p50 ${c.latencyMs.p50} ms, p95 ${c.latencyMs.p95} ms, max ${c.latencyMs.max} ms (${c.statements} statements).`);
    for (const line of d.compose.check) lines.push(`- ${line}`);
    if (!b) continue;
    lines.push('', `One request (medians of ${b.requests} profiled): ${b.requestMs} ms in all, SQL running ${b.sqlWallMs} ms, outside SQL ${b.outsideSqlMs} ms.`, '');
    lines.push(row(['statement (start of its SQL)', 'per request', 'median ms']));
    lines.push(row(['---', '---:', '---:']));
    for (const s of b.statements) lines.push(row([`\`${s.sql.replaceAll('|', '\\|')}…\``, s.perRequest, s.medianMs]));
  }
  lines.push('', '### A catalog change, then one browse request (one at a time)', '');
  lines.push(row(['driver', 'changes', 'p50 ms', 'p95 ms', 'max ms', 'statements (median)']));
  lines.push(row(['---', '---:', '---:', '---:', '---:', '---:']));
  for (const d of results.drivers) {
    const c = d.change;
    lines.push(row([d.driver, c.latencyMs.runs, c.latencyMs.p50, c.latencyMs.p95, c.latencyMs.max, c.statements]));
  }
  lines.push('', '### SQL alone (sequential, one connection): the fallback when the index cannot answer', '');
  lines.push(row(['driver', 'statement', 'input', 'runs', 'p50 ms', 'p95 ms', 'max ms']));
  lines.push(row(['---', '---', '---', '---:', '---:', '---:', '---:']));
  for (const d of results.drivers) {
    for (const t of d.sql) lines.push(row([d.driver, t.statement, t.input.replaceAll('|', '\\|'), t.runs, t.p50, t.p95, t.max]));
  }
  if (results.goals.length > 0) {
    lines.push('', '### Goals (PostgreSQL)', '');
    lines.push(row(['goal', 'measured', 'met']));
    lines.push(row(['---', '---', '---']));
    for (const g of results.goals) lines.push(row([g.goal, g.measured, g.met ? 'met' : '**not met**']));
  }
  lines.push('', '### Generation', '');
  for (const d of results.drivers) {
    lines.push(`- ${d.driver}: ${d.generation.generated ? `generated in ${d.generation.seconds} s` : `skipped (${d.generation.reason})`}`);
  }
  return lines.join('\n');
}
