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

  it('reads one moment in a snapshot, and refuses writes in it', async () => {
    const probe = sql.raw(`mv_snapshot_probe_${process.pid}`);
    const writer = await openDatabase({ url: url!, maxConnections: 1 });
    try {
      await database.db.execute(sql`drop table if exists ${probe}`);
      await database.db.execute(sql`create table ${probe} (n int)`);
      await database.db.execute(sql`insert into ${probe} values (1)`);
      const snapshot = await database.openSnapshot();
      try {
        expect(await queryRows(snapshot.db, sql`select n from ${probe}`)).toEqual([{ n: 1 }]);
        await writer.db.execute(sql`update ${probe} set n = 2`);
        expect(await queryRows(snapshot.db, sql`select n from ${probe}`)).toEqual([{ n: 1 }]);
        const refused = await snapshot.db.execute(sql`update ${probe} set n = 3`).then(
          () => null,
          (error: Error) => error,
        );
        expect(String(refused?.cause)).toMatch(/read-only transaction/);
      } finally {
        await snapshot.end();
      }
      expect(await queryRows(database.db, sql`select n from ${probe}`)).toEqual([{ n: 2 }]);
    } finally {
      await database.db.execute(sql`drop table if exists ${probe}`);
      await writer.close();
    }
  });
});
