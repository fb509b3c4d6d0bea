import { queryRows, type Database } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { summarize, type Timing } from './stats.ts';

export interface ChangeCost {
  /** the first request after each change, one at a time */
  latencyMs: Timing;
  /** SQL statements of those requests (the median) */
  statements: number;
}

/**
 * What a catalog change costs the next request: `runs` times, one published offering is changed (an update
 * that keeps its values: its triggers raise the catalog version and log the offering, as an approval
 * does) and then one `body` is sent and timed. With the answer cache off and the catalog index on, that
 * request brings the index forward by the changed rows in its own snapshot before answering.
 */
export async function measureChangeCost(database: Database, url: string, body: string, runs: number): Promise<ChangeCost> {
  const targets = await queryRows<{ id: string }>(
    database.db,
    sql`select id from offerings where status = 'PUBLISHED' order by md5(slug) limit ${runs}`,
  );
  const samples: number[] = [];
  const statements: number[] = [];
  // One untimed request first, sent again if its connection was reset: on PGlite the statements before this
  // measure hold the event loop, and the server may close an idle keep-alive connection just as the next
  // request goes out on it (a transport race, not an answer).
  const send = () => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await (await send().catch(send)).arrayBuffer();
  for (const { id } of targets) {
    await database.db.execute(sql`update offerings set sla_availability = sla_availability where id = ${id}`);
    const started = performance.now();
    const response = await send();
    const result = (await response.json()) as { errors?: unknown };
    samples.push(performance.now() - started);
    if (response.status !== 200 || result.errors) throw new Error(`the request after a change failed: ${JSON.stringify(result)}`);
    statements.push(Number(response.headers.get('x-sql-statements')));
  }
  statements.sort((a, b) => a - b);
  return { latencyMs: summarize(samples), statements: statements[Math.floor(statements.length / 2)] ?? 0 };
}
