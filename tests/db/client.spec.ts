import { openDatabase, planForValuesMarker, queryRows, type Database } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServerUrl } from '../support/databases.ts';

const url = testServerUrl();

describe.skipIf(!url)('the PostgreSQL client', () => {
  let database: Database;
  beforeAll(async () => {
    // One connection, so the statements below and pg_prepared_statements share a session.
    database = await openDatabase({ url: url!, maxConnections: 1 });
  });
  afterAll(() => database.close());

  it('prepares statements, except those marked to be planned for their values', async () => {
    const plain = sql`select 40 + ${2}::int as answer`;
    const marked = sql`${sql.raw(planForValuesMarker)}select 41 + ${1}::int as answer`;
    expect(await queryRows(database.db, plain)).toEqual([{ answer: 42 }]);
    expect(await queryRows(database.db, marked)).toEqual([{ answer: 42 }]);
    const prepared = await queryRows<{ statement: string }>(database.db, sql`select statement from pg_prepared_statements`);
    expect(prepared.map((row) => row.statement)).toContain('select 40 + $1::int as answer');
    expect(prepared.filter((row) => row.statement.includes('select 41'))).toEqual([]);
  });
});
