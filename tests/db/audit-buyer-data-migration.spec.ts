import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, migrationsFolder, openDatabase, queryRows, type Database } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { onServer, testServerUrl, withDatabase } from '../support/databases.ts';

// The migration that takes buyers' personal data out of the audit trail also rewrites the events written
// before it, on a database that already holds quote requests: run here from the release before it, on
// PGlite, and on PostgreSQL when the suite runs there.

const scratch = mkdtempSync(join(tmpdir(), 'mayviet-audit-migration-'));
const serverUrl = testServerUrl();
const scratchDatabase = `mv_audit_migration_${randomBytes(4).toString('hex')}`;
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  if (serverUrl) await onServer(serverUrl, (sql) => sql.unsafe(`drop database if exists ${scratchDatabase} with (force)`));
});

/** The migrations as the release before this one shipped them. */
function releaseBeforeQuoteAccess(): string {
  const folder = join(scratch, 'migrations');
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const first = journal.entries.findIndex((entry) => entry.tag.endsWith('_quote_access_and_erasure'));
  expect(first).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, first);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

async function olderDatabase(): Promise<Database> {
  const folder = releaseBeforeQuoteAccess();
  if (!serverUrl) {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migratePglite(database.db as never, { migrationsFolder: folder });
    return database;
  }
  await onServer(serverUrl, (sql) => sql.unsafe(`create database ${scratchDatabase}`));
  const url = withDatabase(serverUrl, scratchDatabase);
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migratePostgres(drizzle({ client }), { migrationsFolder: folder });
  } finally {
    await client.end({ timeout: 5 });
  }
  return openDatabase({ url, maxConnections: 2 });
}

const contact = ['Lê Thị Riêng', 'rieng@benhvien.example.vn', 'Bệnh viện Riêng', 'Xin báo giá gấp'];

describe('the migration that keeps buyers’ personal data out of the audit trail', () => {
  it('scrubs the events written before it, takes stack lines from the plans’ vendors, and leaves the trail append-only', async () => {
    const database = await olderDatabase();
    try {
      const db = database.db;
      await db.execute(sql`insert into vendors (slug, name, kinds, domestic, country_code, description)
        values ('riengtu-cloud', 'Riêng Tư Cloud', '{CLOUD_PROVIDER}', true, 'VN', 'Nhà cung cấp thử')`);
      await db.execute(sql`insert into organizations (vendor_id, webhook_url) select id, 'https://hooks.example.vn/q' from vendors`);
      await db.execute(sql`insert into categories (slug, kind, name, name_en) values ('compute', 'IAAS', 'Máy chủ ảo', 'Compute')`);
      await db.execute(sql`insert into offerings (slug, vendor_id, category_id, kind, status, name, summary, description)
        select 'rieng-server', v.id, c.id, 'IAAS', 'DRAFT', 'Máy chủ', 'Tóm tắt', 'Mô tả' from vendors v, categories c`);
      await db.execute(sql`insert into plans (offering_id, slug, name, price, unit) select id, 'small', 'Nhỏ', 1000, 'MONTH' from offerings`);
      await db.execute(sql`insert into stacks (name, content_hash) values ('Bộ thử', 'hash')`);
      await db.execute(sql`insert into stack_items (stack_id, position, plan_id, quantity, saved_monthly_price) select s.id, 0, p.id, 1, 1000 from stacks s, plans p`);
      await db.execute(sql`insert into quote_requests (stack_id, contact_name, contact_email, organization, message, client_address)
        select id, ${contact[0]}, ${contact[1]}, ${contact[2]}, ${contact[3]}, '203.0.113.9' from stacks`);
      await db.execute(sql`insert into vendor_quote_requests (quote_request_id, vendor_id, monthly_subtotal) select q.id, v.id, 1000 from quote_requests q, vendors v`);
      await db.execute(sql`insert into webhook_deliveries (organization_id, event, payload, url)
        select o.id, 'QUOTE_REQUESTED', jsonb_build_object('event', 'QUOTE_REQUESTED', 'quoteRequest', jsonb_build_object(
          'id', 'part', 'contactName', ${contact[0]}::text, 'contactEmail', ${contact[1]}::text, 'organization', ${contact[2]}::text,
          'message', ${contact[3]}::text, 'lines', '[]'::jsonb)), o.webhook_url from organizations o`);
      await db.execute(sql`update quote_requests set message = ${`${contact[3]} (sửa)`}`);
      const trail = () => queryRows<{ text: string }>(db, sql`select e::text as text from audit_events e`).then((rows) => rows.map((r) => r.text).join('\n'));
      for (const value of contact) expect(await trail()).toContain(value);
      const [owned] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_events where target_type = 'stack_items' and organization_id is not null`);
      expect(owned!.n).toBe(1);

      await migrateDatabase(database);

      const after = await trail();
      for (const value of [...contact, '203.0.113.9']) expect(after).not.toContain(value);
      expect(await queryRows(db, sql`select action from audit_events where target_type = 'quote_requests' order by id`)).toEqual([
        { action: 'quote_requests.INSERT' },
        { action: 'quote_requests.UPDATE' },
      ]);
      const [delivery] = await queryRows<{ after: { payload: { quoteRequest: Record<string, unknown> } } }>(
        db,
        sql`select after from audit_events where target_type = 'webhook_deliveries'`,
      );
      expect(delivery!.after.payload.quoteRequest).toEqual({ id: 'part', lines: [] });
      const [stillOwned] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_events where target_type = 'stack_items' and organization_id is not null`);
      expect(stillOwned!.n).toBe(0);
      const [request] = await queryRows<{ email: string }>(db, sql`select contact_email as email from quote_requests`);
      expect(request!.email).toBe(contact[1]);

      await db.execute(sql`update stack_items set quantity = 2`);
      const [newLine] = await queryRows<{ organization: string | null }>(
        db,
        sql`select organization_id as organization from audit_events where target_type = 'stack_items' order by id desc limit 1`,
      );
      expect(newLine!.organization).toBeNull();
      await expect(db.execute(sql`update audit_events set actor_type = 'FORGED'`)).rejects.toThrow();
      await expect(db.execute(sql`delete from audit_events`)).rejects.toThrow();
    } finally {
      await database.close();
    }
  });
});
