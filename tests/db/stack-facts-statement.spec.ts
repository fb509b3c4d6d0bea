import { openDatabase, queryRows, stackFacts, type Database, type Db } from '@mayviet/db';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServerUrl } from '../support/databases.ts';
import { freshDatabase } from '../support/server.ts';

// PostgreSQL keeps a prepared statement's generic plan only when it costs no more than the plans made
// for the values. The facts statement plans a hundred-odd relations (longer than it runs), so every value
// that could sway an estimate is written in its text and the lines are its one parameter: its plan is
// the same for every stack, and PostgreSQL keeps it.

const fixes = { layers: [{ kinds: ['SECURITY'], categories: [] }], secondSiteCategories: ['compute'], recoveryCategory: 'disaster-recovery' };

/** A view of `db` that keeps the text and parameters of each statement it runs. */
function recording(db: Db, sent: { text: string; params: unknown[] }[]): Db {
  const dialect = new PgDialect();
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'execute') return Reflect.get(target, property, receiver);
      return (query: SQL) => {
        const { sql: text, params } = dialect.sqlToQuery(query);
        sent.push({ text, params });
        return target.execute(query);
      };
    },
  });
}

describe('the stack facts statement', () => {
  let database: Database;
  let drop: () => Promise<void>;
  let planIds: string[];

  beforeAll(async () => {
    ({ database, drop } = await freshDatabase());
    planIds = (
      await queryRows<{ id: string }>(
        database.db,
        sql`select p.id from plans p join offerings o on o.id = p.offering_id
            where o.status = 'PUBLISHED' and p.unit <> 'ONE_TIME' order by o.slug, p.slug limit 3`,
      )
    ).map((row) => row.id);
  });
  afterAll(() => drop());

  it('takes the lines as its only parameter, in one text for stacks of one line and of three, with or without statuses', async () => {
    const sent: { text: string; params: unknown[] }[] = [];
    const db = recording(database.db, sent);
    const one = await stackFacts(db, [planIds.slice(0, 1)], 'MIC-CLOUD-153', fixes, ['PUBLISHED', 'ARCHIVED']);
    const three = await stackFacts(db, [planIds], 'MIC-CLOUD-153', fixes, ['PUBLISHED', 'ARCHIVED']);
    await stackFacts(db, [planIds.slice(0, 1), planIds.slice(1)], 'MIC-CLOUD-153', fixes);
    expect(one.lines).toHaveLength(1);
    expect(three.lines).toHaveLength(3);
    expect(sent).toHaveLength(3);
    expect(sent.map((statement) => statement.params)).toEqual([
      [JSON.stringify([{ stack: 0, planId: planIds[0] }])],
      [JSON.stringify(planIds.map((planId) => ({ stack: 0, planId })))],
      [JSON.stringify([{ stack: 0, planId: planIds[0] }, ...planIds.slice(1).map((planId) => ({ stack: 1, planId }))])],
    ]);
    expect(sent[1]!.text).toBe(sent[0]!.text);
  });

  it.skipIf(!testServerUrl())('runs on PostgreSQL with its generic plan once it has been planned for five stacks', async () => {
    // One connection: the statement's runs and pg_prepared_statements share a session.
    const session = await openDatabase({ url: database.url!, maxConnections: 1 });
    try {
      for (let run = 0; run < 8; run++) {
        await stackFacts(session.db, [planIds.slice(0, 1 + (run % 3))], 'MIC-CLOUD-153', fixes, ['PUBLISHED', 'ARCHIVED']);
      }
      const prepared = await queryRows<{ generic: number; custom: number }>(
        session.db,
        sql`select generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements
            where statement like 'with input as materialized%'`,
      );
      expect(prepared).toEqual([{ generic: 3, custom: 5 }]);
    } finally {
      await session.close();
    }
  });
});
