import { migrateDatabase, queryRows } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseBefore, type EarlierDatabase } from '../support/migrations.ts';

// The migration that gives quote requests their reference numbers the requests it finds in the order they
// were made, on PGlite, and on PostgreSQL when the suite runs there.

let earlier: EarlierDatabase | null = null;
afterAll(() => earlier?.drop());

describe('the quote_reference migration', () => {
  it('numbers the requests already made by date, with the year they were made in Vietnam, and new ones after them', async () => {
    earlier = await databaseBefore('quote_reference');
    const { db } = earlier.database;
    await db.execute(sql`insert into stacks (name, content_hash) values ('Cũ', 'x')`);
    const request = (createdAt: string, name: string) =>
      db.execute(sql`insert into quote_requests (stack_id, contact_name, contact_email, client_address, created_at)
        select id, ${name}, 'a@example.vn', '203.0.113.1', ${createdAt}::timestamptz from stacks`);
    // Inserted out of order; the second is still 2025 in UTC but already 2026 in Vietnam.
    await request('2025-12-31T17:30:00Z', 'second');
    await request('2025-06-01T03:00:00Z', 'first');
    await request('2026-02-01T03:00:00Z', 'third');

    await migrateDatabase(earlier.database);
    await db.execute(sql`insert into quote_requests (stack_id, contact_name, contact_email, client_address) select id, 'new', 'a@example.vn', '203.0.113.1' from stacks`);
    const rows = await queryRows<{ name: string; reference: string; year: string }>(
      db,
      sql`select contact_name as name, reference, to_char(now() at time zone 'Asia/Ho_Chi_Minh', 'YYYY') as year from quote_requests order by number`,
    );
    expect(rows.map((row) => [row.name, row.reference])).toEqual([
      ['first', 'MV-2025-000001'],
      ['second', 'MV-2026-000002'],
      ['third', 'MV-2026-000003'],
      ['new', `MV-${rows[0]!.year}-000004`],
    ]);
    await expect(db.execute(sql`update quote_requests set number = 3 where contact_name = 'second'`)).rejects.toThrow();
    // Numbering them wrote nothing to the audit trail; the trail still records what people do.
    const events = await queryRows<{ action: string }>(db, sql`select action from audit_events where target_type = 'quote_requests' order by id`);
    expect(events.map((event) => event.action)).toEqual(['quote_requests.INSERT', 'quote_requests.INSERT', 'quote_requests.INSERT', 'quote_requests.INSERT']);
  });
});
