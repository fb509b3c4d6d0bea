import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, migrationsFolder, openDatabase, queryRows } from '@mayviet/db';
import { sql } from 'drizzle-orm';
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
    await database.close();
  });
});
