import {
  isCatalogEmpty,
  migrateDatabase,
  openDatabase,
  queryRows,
  seedCatalog,
  seededTables,
  type Database,
  type SeedReport,
} from '@mayviet/db';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSeed } from '../../packages/db/src/seed/data/index.ts';

let database: Database;
let emptyBeforeSeeding: boolean;
let firstRun: SeedReport;
let secondRun: SeedReport;
let fingerprintsAfterFirstRun: Record<string, string>;

function rows<T>(query: SQL): Promise<T[]> {
  return queryRows<T>(database.db, query);
}

async function count(query: SQL): Promise<number> {
  const [row] = await rows<{ n: number }>(sql`select count(*)::int as n from (${query}) counted`);
  return row!.n;
}

/** One hash per seeded table over every column of every row. */
async function fingerprints(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of seededTables) {
    const [row] = await rows<{ fp: string }>(
      sql`select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as fp from ${sql.identifier(table)} t`,
    );
    result[table] = row!.fp;
  }
  return result;
}

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(database);
  emptyBeforeSeeding = await isCatalogEmpty(database.db);
  firstRun = await seedCatalog(database.db);
  fingerprintsAfterFirstRun = await fingerprints();
  secondRun = await seedCatalog(database.db);
});

afterAll(async () => {
  await database?.close();
});

describe('seeding the catalog', () => {
  it('fills an empty database and reports the rows it inserted', async () => {
    expect(emptyBeforeSeeding).toBe(true);
    expect(await isCatalogEmpty(database.db)).toBe(false);
    expect(firstRun.changed).toBe(true);
    expect(firstRun.updated).toBe(0);
    expect(firstRun.deleted).toBe(0);
    for (const table of seededTables) expect(firstRun.tables[table].inserted, table).toBeGreaterThan(0);
  });

  it('changes nothing when run a second time, not even updated_at', async () => {
    expect(secondRun.changed).toBe(false);
    expect({ inserted: secondRun.inserted, updated: secondRun.updated, deleted: secondRun.deleted }).toEqual({
      inserted: 0,
      updated: 0,
      deleted: 0,
    });
    expect(await fingerprints()).toEqual(fingerprintsAfterFirstRun);
  });
});

describe('the seeded catalog', () => {
  it('publishes at least 80 offerings of all five kinds, each with a publication date', async () => {
    expect(await count(sql`select 1 from offerings where status = 'PUBLISHED'`)).toBeGreaterThanOrEqual(80);
    const kinds = await rows<{ kind: string }>(sql`select distinct kind::text from offerings where status = 'PUBLISHED' order by 1`);
    expect(kinds.map((k) => k.kind)).toEqual(['IAAS', 'PAAS', 'SAAS', 'SECURITY', 'SOFTWARE']);
    expect(await count(sql`select 1 from offerings where status = 'PUBLISHED' and published_at is null`)).toBe(0);
    expect(await count(sql`select 1 from offerings where status <> 'PUBLISHED' and published_at is not null`)).toBe(0);
  });

  it('keeps a few listings in every non-public state', async () => {
    const states = await rows<{ status: string }>(
      sql`select distinct status::text from offerings where status <> 'PUBLISHED' order by 1`,
    );
    expect(states.map((s) => s.status)).toEqual(['ARCHIVED', 'DRAFT', 'IN_REVIEW', 'REJECTED']);
  });

  it('has every category of the design, each with a published offering', async () => {
    const required = [
      'compute', 'block-storage', 'object-storage', 'backup', 'network', 'cdn',
      'managed-database', 'kubernetes', 'monitoring',
      'email', 'e-office', 'e-government', 'e-learning', 'telemedicine', 'accounting', 'video-conferencing',
      'waf', 'ddos-protection', 'soc', 'disaster-recovery', 'kms', 'vulnerability-scanning',
      'erp', 'hrm', 'accounting-software', 'document-management-software',
    ];
    const present = await rows<{ slug: string }>(sql`select slug from categories`);
    expect(present.map((c) => c.slug)).toEqual(expect.arrayContaining(required));
    const empty = await rows<{ slug: string }>(sql`
      select c.slug from categories c
       where not exists (select 1 from offerings o where o.category_id = c.id and o.status = 'PUBLISHED')`);
    expect(empty).toEqual([]);
    const [compute] = await rows<{ name: string; kind: string }>(sql`select name, kind::text from categories where slug = 'compute'`);
    expect(compute).toEqual({ name: 'Máy chủ ảo', kind: 'IAAS' });
  });

  it('lists the round-table providers and the platforms MIC announced as domestic cloud providers', async () => {
    const providers = await rows<{ slug: string; domestic: boolean }>(sql`
      select slug, domestic from vendors where 'CLOUD_PROVIDER' = any(kinds)
         and slug in ('viettel-idc', 'vnpt-it', 'cmc-cloud', 'vng-cloud', 'bizfly-cloud') order by slug`);
    expect(providers).toHaveLength(5);
    expect(providers.every((p) => p.domestic)).toBe(true);
    expect(await count(sql`select 1 from vendors where 'SECURITY_VENDOR' = any(kinds)`)).toBeGreaterThanOrEqual(3);
    expect(await count(sql`select 1 from vendors where 'SOFTWARE_VENDOR' = any(kinds)`)).toBeGreaterThanOrEqual(5);
    expect(await count(sql`select 1 from vendors where description = '' or description_en = ''`)).toBe(0);
  });

  it('places Viettel IDC in tier III data centres in Hà Nội and Bình Dương with 99.98% SLA on its offerings', async () => {
    const sites = await rows<{ city: string; tier: number; country: string }>(sql`
      select dc.city, dc.tier, dc.country_code as country from data_centers dc
        join vendors v on v.id = dc.vendor_id where v.slug = 'viettel-idc' order by dc.city`);
    expect(sites).toEqual([
      { city: 'Bình Dương', tier: 3, country: 'VN' },
      { city: 'Hà Nội', tier: 3, country: 'VN' },
    ]);
    const slas = await rows<{ sla: string }>(sql`
      select distinct o.sla_availability::text as sla from offerings o join vendors v on v.id = o.vendor_id
       where v.slug = 'viettel-idc'`);
    expect(slas.map((s) => Number(s.sla))).toEqual([99.98]);
  });

  it('names data-centre cities one way only', async () => {
    const cities = await rows<{ city: string }>(sql`select distinct city from data_centers order by 1`);
    for (const { city } of cities) {
      expect(['Hà Nội', 'TP. Hồ Chí Minh', 'Bình Dương', 'Đà Nẵng', 'Cần Thơ', 'Singapore']).toContain(city);
    }
  });

  it('includes published offerings whose data leaves Vietnam, from foreign vendors', async () => {
    const abroad = await rows<{ slug: string; domestic: boolean }>(sql`
      select distinct o.slug, v.domestic from offerings o
        join vendors v on v.id = o.vendor_id
        join offering_data_centers odc on odc.offering_id = o.id
        join data_centers dc on dc.id = odc.data_center_id
       where o.status = 'PUBLISHED' and dc.country_code <> 'VN'`);
    expect(abroad.length).toBeGreaterThanOrEqual(1);
    expect(abroad.some((o) => !o.domestic)).toBe(true);
  });

  it('prices every offering with one to four plans in whole đồng, flagged as sample data', async () => {
    const planCounts = await rows<{ n: number }>(sql`
      select count(p.id)::int as n from offerings o left join plans p on p.offering_id = o.id group by o.id`);
    expect(planCounts.every((p) => p.n >= 1 && p.n <= 4)).toBe(true);
    const units = await rows<{ unit: string }>(sql`select distinct unit::text from plans order by 1`);
    expect(units.map((u) => u.unit)).toEqual(['GB_MONTH', 'HOUR', 'MONTH', 'ONE_TIME', 'USER_MONTH']);
    expect(await count(sql`select 1 from offerings where not sample_data`)).toBe(0);
    const [vm] = await rows<{ price: number }>(sql`
      select p.price::int as price from plans p join offerings o on o.id = p.offering_id
       where o.slug = 'viettel-cloud-server' and p.slug = 'c2-4'`);
    expect(vm!.price).toBeGreaterThanOrEqual(300_000);
    expect(vm!.price).toBeLessThanOrEqual(600_000);
  });

  it('describes the MIC criteria as 153: 84 functional and 69 security', async () => {
    const [mic] = await rows<{ id: number; criteria: number; reference: string; issuer: string }>(sql`
      select id, criteria_count as criteria, reference, issuer from compliance_frameworks where code = 'MIC-CLOUD-153'`);
    expect(mic).toMatchObject({ criteria: 153, reference: 'Công văn 1145/BTTTT-CATTT ngày 03/04/2020' });
    const groups = await rows<{ code: string; criteria: number }>(sql`
      select code, criteria_count as criteria from compliance_groups where framework_id = ${mic!.id} order by position`);
    expect(groups).toEqual([
      { code: 'FUNCTIONAL', criteria: 84 },
      { code: 'SECURITY', criteria: 69 },
    ]);
    const frameworks = await rows<{ code: string }>(sql`select code from compliance_frameworks order by code`);
    expect(frameworks.map((f) => f.code)).toEqual(['ISO-27001', 'MIC-CLOUD-153', 'PCI-DSS', 'UPTIME-TIER-III']);
  });

  it('verifies the MIC attestation of each platform MIC announced in December 2020', async () => {
    const verified = await rows<{ slug: string; met: number; month: string; valid: boolean }>(sql`
      select v.slug, a.criteria_met as met, to_char(a.verified_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month,
             a.valid_until > now() as valid
        from attestations a join compliance_frameworks f on f.id = a.framework_id join vendors v on v.id = a.vendor_id
       where f.code = 'MIC-CLOUD-153' and a.status = 'VERIFIED' order by v.slug`);
    expect(verified).toEqual(
      ['bizfly-cloud', 'cmc-cloud', 'viettel-idc', 'vng-cloud', 'vnpt-it'].map((slug) => ({
        slug,
        met: 153,
        month: '2020-12',
        valid: true,
      })),
    );
  });

  it('has attestations in every status, including a VERIFIED one past its validity', async () => {
    const statuses = await rows<{ status: string }>(sql`select distinct status::text from attestations order by 1`);
    expect(statuses.map((s) => s.status)).toEqual(['CLAIMED', 'EXPIRED', 'REVOKED', 'VERIFIED']);
    expect(await count(sql`select 1 from attestations where status = 'VERIFIED' and valid_until < now()`)).toBeGreaterThanOrEqual(1);
    expect(await count(sql`select 1 from attestations where status = 'EXPIRED' and valid_until >= now()`)).toBe(0);
    expect(await count(sql`select 1 from attestations where status = 'CLAIMED' and criteria_met is not null`)).toBe(0);
    expect(await count(sql`select 1 from attestations where offering_id is not null`)).toBeGreaterThanOrEqual(1);
  });

  it('requires compute from Viettel IDC, VNPT IT or CMC Cloud for every piece of software', async () => {
    const unmet = await rows<{ slug: string }>(sql`
      select o.slug from offerings o where o.kind = 'SOFTWARE' and not exists (
        select 1 from requirements r
          join requirement_categories rc on rc.requirement_id = r.id join categories c on c.id = rc.category_id
         where r.offering_id = o.id and c.slug = 'compute'
           and (select array_agg(v.slug order by v.slug) from requirement_vendors rv join vendors v on v.id = rv.vendor_id
                 where rv.requirement_id = r.id) = array['cmc-cloud', 'viettel-idc', 'vnpt-it'])`);
    expect(unmet).toEqual([]);
  });

  it('ties providers’ Kubernetes to their block storage and their WAF and DDoS protection to their workloads', async () => {
    const sameVendor = (categorySlugs: string[], requiredSlug: string) => sql`
      select o.slug from offerings o join categories c on c.id = o.category_id join vendors ov on ov.id = o.vendor_id
       where c.slug in (${sql.join(categorySlugs.map((s) => sql`${s}`), sql`, `)}) and 'CLOUD_PROVIDER' = any(ov.kinds)
         and not exists (
           select 1 from requirements r
             join requirement_categories rc on rc.requirement_id = r.id join categories rcat on rcat.id = rc.category_id
             join requirement_vendors rv on rv.requirement_id = r.id
            where r.offering_id = o.id and rcat.slug = ${requiredSlug} and rv.vendor_id = o.vendor_id)`;
    expect(await rows(sameVendor(['kubernetes'], 'block-storage'))).toEqual([]);
    expect(await rows(sameVendor(['waf', 'ddos-protection'], 'compute'))).toEqual([]);
    expect(await count(sql`select 1 from offerings o join categories c on c.id = o.category_id where c.slug = 'kubernetes'`)).toBeGreaterThan(0);
  });

  it('makes one-stop e-government need an e-office system from any vendor', async () => {
    const unmet = await rows<{ slug: string }>(sql`
      select o.slug from offerings o join categories c on c.id = o.category_id where c.slug = 'e-government'
         and not exists (
           select 1 from requirements r
             join requirement_categories rc on rc.requirement_id = r.id join categories rcat on rcat.id = rc.category_id
            where r.offering_id = o.id and rcat.slug = 'e-office'
              and not exists (select 1 from requirement_vendors rv where rv.requirement_id = r.id))`);
    expect(unmet).toEqual([]);
  });

  it('holds the eight use cases of the articles as blueprints, each need served by a published plan in its category’s usual unit', async () => {
    const seeded = await rows<{ slug: string; needs: number; named: boolean }>(sql`
      select b.slug, count(n.*)::int as needs, bool_and(b.name <> b.name_en and b.description <> b.description_en) as named
        from blueprints b join blueprint_needs n on n.blueprint_id = b.id group by b.slug, b.position order by b.position`);
    expect(seeded.map((b) => b.slug)).toEqual([
      'remote-learning', 'telemedicine', 'remote-work', 'sme-remote-accounting',
      'e-newspaper', 'cyber-security-platform', 'city-e-government', 'city-data-center',
    ]);
    expect(seeded.every((b) => b.named && b.needs >= 3)).toBe(true);
    expect(seeded.find((b) => b.slug === 'city-data-center')!.needs).toBe(8);
    // HOUR counts as MONTH: an hourly plan serves a monthly need.
    const unserved = await rows<{ slug: string; category: string }>(sql`
      select b.slug, c.slug as category from blueprint_needs n
        join blueprints b on b.id = n.blueprint_id join categories c on c.id = n.category_id
       where not exists (
         select 1 from offerings o join plans p on p.offering_id = o.id
          where o.category_id = c.id and o.status = 'PUBLISHED'
            and (p.unit = any(c.need_units) or (p.unit in ('HOUR', 'MONTH') and c.need_units && array['HOUR', 'MONTH']::billing_unit[])))`);
    expect(unserved).toEqual([]);
    const halfNoted = await count(sql`select 1 from blueprint_needs where (note is null) <> (note_en is null)`);
    expect(halfNoted).toBe(0);
  });

  it('lets search tell "mây" (cloud) from "máy" (machine) while both fold to "may"', async () => {
    const matches = (word: string) => sql`
      select slug from offerings where status = 'PUBLISHED' and search_exact @@ to_tsquery('simple', ${word})`;
    const cloudOnly = await count(sql`${matches('mây')} except ${matches('máy')}`);
    const machineOnly = await count(sql`${matches('máy')} except ${matches('mây')}`);
    expect(cloudOnly).toBeGreaterThanOrEqual(3);
    expect(machineOnly).toBeGreaterThanOrEqual(3);
    const folded = await count(sql`select 1 from offerings where status = 'PUBLISHED' and search_folded @@ to_tsquery('simple', 'may')`);
    expect(folded).toBeGreaterThanOrEqual(cloudOnly + machineOnly);
    expect(
      await count(sql`select 1 from offerings where status = 'PUBLISHED' and (name || ' ' || summary || ' ' || description) like '%điện toán đám mây%'`),
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('seeding over an edited catalog', () => {
  it('restores edited rows and removes children the data no longer lists', async () => {
    await database.db.execute(sql`
      update plans set price = price + 1
       where slug = 'c2-4' and offering_id = (select id from offerings where slug = 'viettel-cloud-server')`);
    await database.db.execute(sql`
      insert into plans (offering_id, slug, name, price, unit)
      select id, 'obsolete', 'Gói cũ', 1, 'MONTH' from offerings where slug = 'viettel-cloud-server'`);
    await database.db.execute(sql`
      delete from offering_data_centers where offering_id = (select id from offerings where slug = 'vnpt-cloud')
         and data_center_id = (select id from data_centers where slug = 'vnpt-ha-noi')`);
    await database.db.execute(sql`update offerings set name = 'Tên bị sửa' where slug = 'vnpt-email'`);
    await database.db.execute(sql`
      update attestations set status = 'REVOKED'
       where vendor_id = (select id from vendors where slug = 'vng-cloud')
         and framework_id = (select id from compliance_frameworks where code = 'MIC-CLOUD-153')`);

    const report = await seedCatalog(database.db);
    expect(report.tables.plans).toEqual({ inserted: 0, updated: 1, deleted: 1 });
    expect(report.tables.offering_data_centers).toEqual({ inserted: 1, updated: 0, deleted: 0 });
    expect(report.tables.offerings).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    expect(report.tables.attestations).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    expect(report.inserted + report.updated + report.deleted).toBe(5);

    const restored = await fingerprints();
    for (const table of seededTables) {
      // The repaired offering keeps a newer updated_at; every other table is byte-for-byte as seeded.
      if (table !== 'offerings') expect(restored[table], table).toBe(fingerprintsAfterFirstRun[table]);
    }
    expect((await seedCatalog(database.db)).changed).toBe(false);
  });
});

describe('seed validation', () => {
  it('refuses a catalog with an offering that has no English description, before writing anything', async () => {
    const [first, ...rest] = catalogSeed.offerings;
    const catalog = { ...catalogSeed, offerings: [{ ...first!, descriptionEn: ' ' }, ...rest] };
    const before = await fingerprints();
    await expect(seedCatalog(database.db, catalog)).rejects.toThrow(`offering ${first!.slug}: no English description`);
    expect(await fingerprints()).toEqual(before);
  });
});

describe('seeding over staff’s blueprints', () => {
  it('keeps a blueprint staff edited as they left it, and adds back a seeded one that is missing', async () => {
    await database.db.execute(sql`update blueprints set name = 'Học trực tuyến (sửa)' where slug = 'remote-learning'`);
    await database.db.execute(sql`
      delete from blueprint_needs where position = 0 and blueprint_id = (select id from blueprints where slug = 'remote-learning')`);
    await database.db.execute(sql`delete from blueprints where slug = 'telemedicine'`);

    const report = await seedCatalog(database.db);
    expect(report.tables.blueprints).toEqual({ inserted: 1, updated: 0, deleted: 0 });
    expect(report.tables.blueprint_needs).toEqual({ inserted: 4, updated: 0, deleted: 0 });
    expect(report.inserted + report.updated + report.deleted).toBe(5);
    const [edited] = await rows<{ name: string; needs: number }>(sql`
      select b.name, (select count(*)::int from blueprint_needs n where n.blueprint_id = b.id) as needs from blueprints b where slug = 'remote-learning'`);
    expect(edited).toEqual({ name: 'Học trực tuyến (sửa)', needs: 3 });
    expect(await count(sql`select 1 from blueprints where slug = 'telemedicine'`)).toBe(1);
    expect((await seedCatalog(database.db)).changed).toBe(false);
  });
});
