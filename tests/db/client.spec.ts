import { setTimeout as sleep } from 'node:timers/promises';
import { isDatabaseUnavailable, isStatementTimeout, openDatabase, planForValuesMarker, queryRows, type Database } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onServer, testServerUrl } from '../support/databases.ts';

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

  it('cancels a statement that runs past its statement timeout, and the error says so', async () => {
    const bounded = await openDatabase({ url: url!, maxConnections: 1, statementTimeoutMs: 300 });
    try {
      const error = await bounded.db.execute(sql`select pg_sleep(3)`).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(isStatementTimeout(error)).toBe(true);
      expect(isDatabaseUnavailable(error)).toBe(false);
      expect(await queryRows(bounded.db, sql`select 1 as ok`)).toEqual([{ ok: 1 }]);
    } finally {
      await bounded.close();
    }
  });

  // The postgres driver (3.4.10, patched: see patches/) once crashed the process here, writing to the closed
  // socket, and gave the dead connection back to the pool.
  it('fails the statements of a snapshot or transaction whose session was terminated, and the pool serves the next query', async () => {
    const pool = await openDatabase({ url: url!, maxConnections: 2 });
    const terminate = (pid: number) => onServer(url!, (server) => server`select pg_terminate_backend(${pid})`);
    try {
      const snapshot = await pool.openSnapshot();
      const [{ pid }] = (await queryRows<{ pid: number }>(snapshot.db, sql`select pg_backend_pid() as pid`)) as [{ pid: number }];
      await terminate(pid);
      await sleep(200);
      const afterTermination = await queryRows(snapshot.db, sql`select 1`).then(() => null, (caught: unknown) => caught);
      expect(isDatabaseUnavailable(afterTermination)).toBe(true);
      await snapshot.end().catch(() => {});

      const inTransaction = await pool.db
        .transaction(async (tx) => {
          const [own] = (await queryRows<{ pid: number }>(tx as unknown as Database['db'], sql`select pg_backend_pid() as pid`)) as [{ pid: number }];
          await terminate(own.pid);
          await sleep(200);
          await tx.execute(sql`select 1`);
        })
        .then(() => null, (caught: unknown) => caught);
      expect(isDatabaseUnavailable(inTransaction)).toBe(true);

      const served = await Promise.all(Array.from({ length: 4 }, () => queryRows(pool.db, sql`select 1 as ok`)));
      expect(served).toEqual(Array(4).fill([{ ok: 1 }]));
    } finally {
      await pool.close();
    }
  });
});
