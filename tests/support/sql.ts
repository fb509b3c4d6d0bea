import { queryRows, type Database } from '@mayviet/db';
import { sql, type SQL } from 'drizzle-orm';

/** Direct SQL against the test's database: the independent side of an assertion. */
export function rows<T>(database: Database, query: SQL): Promise<T[]> {
  return queryRows<T>(database.db, query);
}

export async function count(database: Database, query: SQL): Promise<number> {
  const [row] = await rows<{ n: number }>(database, sql`select count(*)::int as n from (${query}) counted`);
  return row!.n;
}
