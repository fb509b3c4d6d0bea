import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, migrationsFolder, openDatabase, queryRows } from '@mayviet/db';
import { sql, type SQL } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'mayviet-migrations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The migrations folder as an older release shipped it: only its first `count` migrations. */
function olderRelease(count: number): string {
  const folder = join(scratch, `migrations-${count}`);
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe('the embedded database folder', () => {
  it('keeps its data across restarts and migrates an older release forward without wiping it', async () => {
    const dataDir = join(scratch, 'pglite');
    const old = await openDatabase({ dataDir });
    await migrate(old.db as never, { migrationsFolder: olderRelease(2) });
    await old.db.execute(sql`insert into vendors (slug, name, kinds, domestic, country_code, description)
      values ('old-vendor', 'Nhà cung cấp cũ', '{CLOUD_PROVIDER}', true, 'VN', 'Dữ liệu từ bản cũ')`);
    await old.db.execute(sql`insert into categories (slug, kind, name, name_en) values ('compute', 'IAAS', 'Máy chủ ảo', 'Compute')`);
    await old.db.execute(sql`insert into offerings (slug, vendor_id, category_id, kind, status, name, summary, description)
      select 'old-offering', v.id, c.id, 'IAAS', 'PUBLISHED', 'Máy chủ cũ', 'Tóm tắt', 'Mô tả' from vendors v, categories c`);
    await old.db.execute(sql`insert into plans (offering_id, slug, name, price, unit)
      select id, 'small', 'Nhỏ', 1000, 'HOUR' from offerings`);
    await old.close();

    const current = await openDatabase({ dataDir });
    await migrateDatabase(current);
    const [row] = await queryRows<{ name: string; context: string; price: string }>(
      current.db,
      sql`select o.name, o.search_context as context, o.min_monthly_price::text as price from offerings o where o.slug = 'old-offering'`,
    );
    expect(row).toEqual({ name: 'Máy chủ cũ', context: 'Nhà cung cấp cũ Máy chủ ảo Compute', price: '730000' });
    await current.close();

    const reopened = await openDatabase({ dataDir });
    await migrateDatabase(reopened);
    const vendors = await queryRows<{ slug: string }>(reopened.db, sql`select slug from vendors`);
    expect(vendors).toEqual([{ slug: 'old-vendor' }]);
    await reopened.close();
  });

  it('refuses rows that break the catalog’s rules', async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrateDatabase(database);
    await database.db.execute(sql`insert into vendors (slug, name, kinds, domestic, country_code, description)
      values ('v', 'V', '{CLOUD_PROVIDER}', true, 'VN', 'd')`);
    await database.db.execute(sql`insert into categories (slug, kind, name, name_en) values ('waf', 'SECURITY', 'WAF', 'WAF')`);
    const attempts = [
      sql`insert into data_centers (vendor_id, slug, name, city, country_code, tier) select id, 'dc', 'DC', 'Hà Nội', 'VN', 5 from vendors`,
      sql`insert into offerings (slug, vendor_id, category_id, kind, name, summary, description)
          select 'wrong-kind', v.id, c.id, 'IAAS', 'X', 's', 'd' from vendors v, categories c`,
      sql`insert into offerings (slug, vendor_id, category_id, kind, name, summary, description, sla_availability)
          select 'bad-sla', v.id, c.id, 'SECURITY', 'X', 's', 'd', 100.5 from vendors v, categories c`,
      sql`insert into vendors (slug, name, kinds, domestic, country_code, description) values ('v', 'Again', '{CLOUD_PROVIDER}', true, 'VN', 'd')`,
      sql`insert into vendors (slug, name, kinds, domestic, country_code, description) values ('Bad Slug', 'X', '{CLOUD_PROVIDER}', true, 'VN', 'd')`,
    ];
    for (const attempt of attempts) await expect(database.db.execute(attempt)).rejects.toThrow();
    await database.db.execute(sql`insert into offerings (slug, vendor_id, category_id, kind, name, summary, description)
      select 'ok', v.id, c.id, 'SECURITY', 'X', 's', 'd' from vendors v, categories c`);
    await expect(
      database.db.execute(sql`insert into plans (offering_id, slug, name, price, unit) select id, 'neg', 'N', -1, 'MONTH' from offerings`),
    ).rejects.toThrow();

    const vendor = (slug: string, domestic: boolean, country: string, website: string | null) =>
      sql`insert into vendors (slug, name, kinds, domestic, country_code, description, website)
          values (${slug}, 'X', '{SECURITY_VENDOR}', ${domestic}, ${country}, 'd', ${website})`;
    const refusedByRule = [
      { rule: 'countries (not ISO 3166-1)', statement: vendor('xx', false, 'XX', null) },
      { rule: 'countries (lower case)', statement: vendor('vn-lower', true, 'vn', null) },
      { rule: 'countries (a data centre)', statement: sql`insert into data_centers (vendor_id, slug, name, city, country_code) select id, 'dc-zz', 'DC', 'Nowhere', 'ZZ' from vendors` },
      { rule: 'vendors_domestic_in_vietnam', statement: vendor('domestic-sg', true, 'SG', null) },
      { rule: 'vendors_website_http (javascript:)', statement: vendor('js', false, 'SG', 'javascript:alert(1)') },
      { rule: 'vendors_website_http (ftp:)', statement: vendor('ftp', false, 'SG', 'ftp://files.example.sg') },
      { rule: 'vendors_website_http (no host)', statement: vendor('nohost', false, 'SG', 'https:///path') },
      { rule: 'vendors_website_http (a space)', statement: vendor('space', false, 'SG', 'https://example.sg/a b') },
      {
        rule: 'attestations_evidence_url_http',
        statement: sql`insert into attestations (framework_id, vendor_id, evidence_url)
          select f.id, v.id, 'javascript:alert(1)' from compliance_frameworks f, vendors v limit 1`,
      },
      {
        rule: 'offerings_published_has_date',
        statement: sql`insert into offerings (slug, vendor_id, category_id, kind, status, name, summary, description)
          select 'undated', v.id, c.id, 'SECURITY', 'PUBLISHED', 'X', 's', 'd' from vendors v, categories c`,
      },
    ];
    await database.db.execute(sql`insert into compliance_frameworks (code, name, name_en, issuer, criteria_count) values ('ISO27001', 'ISO/IEC 27001', 'ISO/IEC 27001', 'ISO', 93)`);
    for (const { rule, statement } of refusedByRule) await expect(database.db.execute(statement), rule).rejects.toThrow();
    for (const allowed of [vendor('sg-vendor', false, 'SG', 'https://cloud.example.sg/vi?x=1'), vendor('vn-http', true, 'VN', 'http://mayviet.vn')]) {
      await database.db.execute(allowed);
    }

    // A published listing keeps a live plan, checked at commit: plans may follow the listing in its transaction.
    const insertListing = (slug: string, status: string) =>
      sql`insert into offerings (slug, vendor_id, category_id, kind, status, published_at, name, summary, description)
          select ${slug}, v.id, c.id, 'SECURITY', ${status}::listing_status, now(), 'X', 's', 'd' from vendors v, categories c where v.slug = 'v'`;
    const addPlan = (slug: string) => sql`insert into plans (offering_id, slug, name, price, unit) select id, 'plan', 'Gói', 1000, 'MONTH' from offerings where slug = ${slug}`;
    const inTransaction = (...statements: SQL[]) => database.db.transaction(async (tx) => {
      for (const statement of statements) await tx.execute(statement);
    });
    await expect(inTransaction(insertListing('no-plans', 'PUBLISHED')), 'published without plans').rejects.toThrow();
    await inTransaction(insertListing('with-plan', 'PUBLISHED'), addPlan('with-plan'));
    await expect(inTransaction(sql`update plans set retired_at = now() where offering_id = (select id from offerings where slug = 'with-plan')`), 'its last plan retired').rejects.toThrow();
    await expect(inTransaction(sql`delete from plans where offering_id = (select id from offerings where slug = 'with-plan')`), 'its last plan deleted').rejects.toThrow();
    await inTransaction(insertListing('draft', 'DRAFT'));
    await expect(inTransaction(sql`update offerings set status = 'PUBLISHED' where slug = 'draft'`), 'a draft without plans published').rejects.toThrow();
    // Archived, it may lose its plans; a published listing's plans may be replaced in one transaction.
    await inTransaction(
      sql`update plans set retired_at = now() where offering_id = (select id from offerings where slug = 'with-plan')`,
      sql`insert into plans (offering_id, slug, name, price, unit) select id, 'new-plan', 'Gói mới', 2000, 'MONTH' from offerings where slug = 'with-plan'`,
    );
    await inTransaction(sql`update offerings set status = 'ARCHIVED' where slug = 'with-plan'`, sql`delete from plans where offering_id = (select id from offerings where slug = 'with-plan')`);
    const [published] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from offerings where status = 'PUBLISHED' or slug in ('no-plans', 'undated')`,
    );
    expect(published!.n).toBe(0);
    await database.close();
  });
});
