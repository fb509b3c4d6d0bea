import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/server.ts';
import { rows } from '../support/sql.ts';
import type { Database } from '@mayviet/db';

/**
 * The tables whose writes are not audited, each with its reason. Every other table of the migrated
 * database is a domain table and must have its audit trigger: a new table fails this test until it gets
 * one or is listed here.
 */
const notAudited: Record<string, string> = {
  audit_events: 'the trail itself: append-only, guarded by triggers of its own',
  api_budgets: 'request budgets, spent by every request: counters, not decisions',
  rate_limit_hits: 'rate-limit counters, written by every counted request',
  sign_in_failures: 'sign-in throttle counters, written by every failed attempt',
  catalog_state: 'a cache version, raised by triggers on every catalog write that is itself audited',
  catalog_changes: 'what each raise of that version changed, written by the same triggers: a cache log, not decisions',
  countries: 'ISO 3166 reference data, written only by migrations',
  idempotency_keys: "partners' stored answers to retried requests (which may hold a secret shown once); the writes they answer are audited",
  mail_outbox: 'rendered mail, addresses and one-time links the trail must not keep; the events it tells of are audited',
  user_tokens: 'one-time mailed links (hashed); their use shows on users (email_confirmed_at, password_changed_at)',
};

let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ owner: database, drop } = await freshDatabase());
});
afterAll(() => drop());

describe('the audit triggers of the migrated database', () => {
  it('audit every insert, update and delete of every domain table, after the write and row by row', async () => {
    // tgtype bits: 1 row-level, 2 before, 4 insert, 8 delete, 16 update.
    const tables = await rows<{ name: string; audited: boolean }>(
      database,
      sql`select c.relname as name,
                 exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                         where t.tgrelid = c.oid and p.proname = 'mv_audit' and not t.tgisinternal and t.tgenabled <> 'D'
                           and t.tgtype & 31 = 29) as audited
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
          order by 1`,
    );
    const names = tables.map((t) => t.name);
    for (const name of Object.keys(notAudited)) expect(names, `${name} is listed as not audited but does not exist`).toContain(name);
    expect(names).toContain('featured_offerings');
    expect(tables.filter((t) => !t.audited).map((t) => t.name)).toEqual(Object.keys(notAudited).sort());
  });
});
