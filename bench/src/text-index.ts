import { loadavg } from 'node:os';
import { openDatabase, prepareQuery, queryRows } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { parseTsQuery, TextIndex } from '../../packages/api/src/modules/catalog/index/text.ts';
import { defaultBenchUrl } from './databases.ts';
import { searchTerms } from './scenarios.ts';

// The in-memory text index on the bench catalog: how long it takes to build from every published offering,
// the bytes it holds, and how long search() and any() take per query (median and p95 of sequential runs).
// Its equality with PostgreSQL is tests/db/text-index.spec.ts's (TEXT_INDEX_DATABASE_URL runs it here).
//
//   cd bench && NODE_ENV=production node --expose-gc --import tsx src/text-index.ts [extra query …]
//   BENCH_DATABASE_URL  (default postgres://postgres@127.0.0.1:5432/mayviet_bench)

const url = process.env.BENCH_DATABASE_URL || defaultBenchUrl;
const database = await openDatabase({ url, maxConnections: 1 });
try {
  const offerings = await queryRows<{ folded: string; exact: string }>(
    database.db,
    sql`select search_folded::text as folded, search_exact::text as exact from offerings where status = 'PUBLISHED' order by id`,
  );
  globalThis.gc?.();
  const heapBefore = process.memoryUsage();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const index = new TextIndex();
  offerings.forEach((offering, slot) => index.add(slot, offering.folded, offering.exact));
  const buildCpuMs = process.cpuUsage(cpuStarted).user / 1000;
  const buildMs = performance.now() - started;
  globalThis.gc?.();
  const heapAfter = process.memoryUsage();
  const grown = (heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers) / 2 ** 20;
  console.log(
    `${offerings.length} offerings: built in ${buildMs.toFixed(0)} ms (${buildCpuMs.toFixed(0)} ms of CPU), bytes() ${(index.bytes() / 2 ** 20).toFixed(1)} MiB` +
      (globalThis.gc ? `, heap and array buffers +${grown.toFixed(1)} MiB` : ' (node --expose-gc for the heap)'),
  );

  const live = new Uint8Array(offerings.length).fill(1);
  const terms = [...new Set(['máy chủ', 'sao lưu', 'điện toán đám mây', 'dien toan dam may', 'm', 'cloud', ...searchTerms, ...process.argv.slice(2)])];
  console.log('query | folded tsquery | matches | search() median / p95 ms (mean CPU ms) | any() median ms');
  for (const term of terms) {
    const tsquery = prepareQuery(term)!.tsquery;
    const [texts] = await queryRows<{ folded: string; exact: string }>(
      database.db,
      sql`select to_tsquery('simple', mv_fold(${tsquery}))::text as folded, to_tsquery('simple', ${tsquery})::text as exact`,
    );
    const folded = parseTsQuery(texts!.folded);
    const exact = parseTsQuery(texts!.exact);
    if (!folded) {
      console.log(`${term} | ${texts!.folded} | left to SQL`);
      continue;
    }
    const searchMs = timings(() => index.search(folded, exact, live));
    const anyMs = timings(() => index.any(folded, live));
    const matches = index.search(folded, exact, live).slots.length;
    console.log(
      `${term} | ${texts!.folded} | ${matches} | ${searchMs.median.toFixed(2)} / ${searchMs.p95.toFixed(2)} (${searchMs.cpu.toFixed(2)}) | ${anyMs.median.toFixed(3)}`,
    );
  }
  console.log(`load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
} finally {
  await database.close();
}

/** 5 warm-up runs, then 50 timed ones: wall-clock median and p95, and the mean CPU time (less of the machine's load in it). */
function timings(work: () => unknown): { median: number; p95: number; cpu: number } {
  for (let i = 0; i < 5; i++) work();
  const samples: number[] = [];
  const cpuStarted = process.cpuUsage();
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    work();
    samples.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpuStarted).user / 1000 / 50;
  samples.sort((a, b) => a - b);
  return { median: samples[25]!, p95: samples[47]!, cpu };
}
