import { countOfferings, needsFuzzyMatch, offeringFacets, searchOfferings, type Db, type OfferingSearch } from '@mayviet/db';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { browseFilters, searchTerms } from './scenarios.ts';
import { summarize, type Timing } from './stats.ts';

// The catalog's SQL alone, without HTTP and GraphQL: the statements the API runs for a search and for the
// browse page, each timed sequentially on one connection, through the same functions the API calls.

/** The row of a search's SQL timing that adds up all its statements: the figure of the search goal. */
const searchTotal = 'search check + page + count';

export interface SqlTiming extends Timing {
  statement: string;
  /** search term or browse variant */
  input: string;
}

export interface ExplainedStatement {
  statement: string;
  input: string;
  sql: string;
  params: unknown[];
  plan: string;
}

/** The search the API builds for `offerings(first: 20, query: …)` (see validateSearch in packages/api). */
export const searchOf = (term: string): OfferingSearch => ({ query: term.normalize('NFC'), filter: {}, sort: 'RELEVANCE' });

/**
 * The search as the API runs it (searchOfferingConnection in packages/api): the match check first, then the
 * page and the count, by spelling similarity when no listing contains the words.
 */
async function searchAsTheApi(db: Db, term: string): Promise<OfferingSearch> {
  const search = searchOf(term);
  return { ...search, fuzzy: await needsFuzzyMatch(db, search.query) };
}

/** The browse page's search: the brief's filter, sorted by price. */
export const browseSearch = (): OfferingSearch => {
  const v = browseFilters[0]!;
  return { query: null, filter: v.filter as OfferingSearch['filter'], sort: v.sort as OfferingSearch['sort'] };
};

/** At most `runs` sequential runs, stopping early (after at least 3) once `budgetMs` has been spent. */
async function time(runs: number, budgetMs: number, work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs && (i < 3 || performance.now() - started < budgetMs); i++) {
    const t0 = performance.now();
    await work();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/**
 * Search: the match check (needsFuzzyMatch), the page (searchOfferings, first 20 + 1) and the count
 * (countOfferings), as the API runs them one after the other, `runs` times per term, or fewer (at least 3)
 * when a term has used up `budgetMs`.
 */
export async function benchSearchSql(db: Db, runs: number, budgetMs: number, log: (line: string) => void): Promise<SqlTiming[]> {
  const out: SqlTiming[] = [];
  for (const term of searchTerms) {
    const warm = await searchAsTheApi(db, term);
    await searchOfferings(db, warm, { first: 20 });
    await countOfferings(db, warm);
    const check: number[] = [];
    const page: number[] = [];
    const count: number[] = [];
    const all: number[] = [];
    await time(runs, budgetMs, async () => {
      const t0 = performance.now();
      const search = await searchAsTheApi(db, term);
      const t1 = performance.now();
      await searchOfferings(db, search, { first: 20 });
      const t2 = performance.now();
      await countOfferings(db, search);
      const t3 = performance.now();
      check.push(t1 - t0);
      page.push(t2 - t1);
      count.push(t3 - t2);
      all.push(t3 - t0);
    });
    const input = warm.fuzzy ? `${term} (by spelling similarity)` : term;
    for (const [statement, samples] of [
      ['search match check (needsFuzzyMatch)', check],
      ['search page (searchOfferings)', page],
      ['search count (countOfferings)', count],
      [searchTotal, all],
    ] as const) {
      out.push({ statement, input, ...summarize(samples) });
    }
    const last = out.at(-1)!;
    log(`  SQL search "${input}": check+page+count p50 ${last.p50} ms, p95 ${last.p95} ms (${last.runs} runs)`);
  }
  return out;
}

/** The browse page's three statements: page, count and facets, `runs` times each (or fewer, see benchSearchSql). */
export async function benchBrowseSql(db: Db, runs: number, budgetMs: number, log: (line: string) => void): Promise<SqlTiming[]> {
  const search = browseSearch();
  const input = `${JSON.stringify(search.filter)} ${search.sort}`;
  const statements: [string, () => Promise<unknown>][] = [
    ['browse page (searchOfferings)', () => searchOfferings(db, search, { first: 20 })],
    ['browse count (countOfferings)', () => countOfferings(db, search)],
    ['browse facets (offeringFacets)', () => offeringFacets(db, search)],
  ];
  const out: SqlTiming[] = [];
  for (const [statement, work] of statements) {
    await work();
    const timing = { statement, input, ...summarize(await time(runs, budgetMs, work)) };
    out.push(timing);
    log(`  SQL ${statement}: p50 ${timing.p50} ms, p95 ${timing.p95} ms (${timing.runs} runs)`);
  }
  return out;
}

/**
 * A view of the database whose execute() runs EXPLAIN (ANALYZE, BUFFERS) of the statement instead and keeps
 * the plan, so the plans are those of the exact statements the catalog functions build.
 */
function explaining(db: Db, sink: { sql: string; params: unknown[]; plan: string }[]): Db {
  const dialect = new PgDialect();
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'execute') return Reflect.get(target, property, receiver);
      return async (query: SQL) => {
        const { sql: text, params } = dialect.sqlToQuery(query);
        const result = (await target.execute(sql`explain (analyze, buffers, format text) ${query}`)) as unknown as
          | { rows?: Record<string, string>[] }
          | Record<string, string>[];
        const rows = Array.isArray(result) ? result : (result.rows ?? []);
        sink.push({ sql: text, params, plan: rows.map((row) => row['QUERY PLAN']).join('\n') });
        return [];
      };
    },
  });
}

export async function explainStatements(db: Db): Promise<ExplainedStatement[]> {
  const out: ExplainedStatement[] = [];
  const run = async (statement: string, input: string, work: (db: Db) => Promise<unknown>) => {
    const sink: { sql: string; params: unknown[]; plan: string }[] = [];
    await work(explaining(db, sink));
    for (const captured of sink) out.push({ statement, input, ...captured });
  };
  const browse = browseSearch();
  const browseInput = `${JSON.stringify(browse.filter)} ${browse.sort}`;
  await run('browse page (searchOfferings)', browseInput, (x) => searchOfferings(x, browse, { first: 20 }));
  await run('browse count (countOfferings)', browseInput, (x) => countOfferings(x, browse));
  await run('browse facets (offeringFacets)', browseInput, (x) => offeringFacets(x, browse));
  for (const term of searchTerms) {
    await run('search match check (needsFuzzyMatch)', term, (x) => needsFuzzyMatch(x, searchOf(term).query));
    const search = await searchAsTheApi(db, term);
    await run('search page (searchOfferings)', term, (x) => searchOfferings(x, search, { first: 20 }));
    await run('search count (countOfferings)', term, (x) => countOfferings(x, search));
  }
  return out;
}
