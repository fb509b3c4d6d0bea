import {
  allCategories,
  catalogChangesSince,
  catalogDictionaries,
  catalogIndexRows,
  catalogVersion,
  changeListing,
  insertListing,
  listingContent,
  nameOrderIsCodePoint,
  queryRows,
  searchOfferings,
  vendorsByIds,
  writeListingContent,
  type CatalogIndexRow,
  type Database,
  type Db,
  type ListingContent,
} from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/server.ts';
import { rows } from '../support/sql.ts';

// The log of catalog changes (migration 0029) and the reads of an in-memory catalog index, on the server's
// role: every write here goes through the triggers as the API's writes do.

let database: Database;
let drop: () => Promise<void>;
let db: Db;

beforeAll(async () => {
  ({ database, drop } = await freshDatabase());
  db = database.db;
});
afterAll(() => drop());

const ids = async (query: ReturnType<typeof sql>) => (await rows<{ id: string }>(database, query)).map((row) => row.id).sort();

/**
 * Runs `work` in one transaction; it must raise the version exactly once. What the log says changed.
 * `work` reads through its transaction only (PGlite has one connection, which the transaction holds).
 */
async function changesOf(work: (tx: Db) => Promise<unknown>) {
  const before = await catalogVersion(db);
  await db.transaction(async (tx) => {
    await work(tx as unknown as Db);
  });
  const after = await catalogVersion(db);
  expect(BigInt(after)).toBe(BigInt(before) + 1n);
  return { before, after, ...(await catalogChangesSince(db, before, after)) };
}

/** Runs `work` in one transaction, which must leave the version and the log as they were. */
async function expectNoChange(work: (tx: Db) => Promise<unknown>) {
  const before = await catalogVersion(db);
  const logged = await logSize();
  await db.transaction(async (tx) => {
    await work(tx as unknown as Db);
  });
  expect(await catalogVersion(db)).toBe(before);
  expect(await logSize()).toBe(logged);
}

const sourcesOf = async (version: string) =>
  (await rows<{ source: string }>(database, sql`select distinct source from catalog_changes where version = ${version}::bigint order by source`)).map(
    (row) => row.source,
  );

const logSize = async () => (await rows<{ n: number }>(database, sql`select count(*)::int as n from catalog_changes`))[0]!.n;

async function aPublishedOffering(offset = 0): Promise<{ id: string; vendorId: string; categoryId: number }> {
  const [row] = await rows<{ id: string; vendorId: string; categoryId: number }>(
    database,
    sql`select o.id, o.vendor_id as "vendorId", o.category_id as "categoryId" from offerings o
        where o.status = 'PUBLISHED' and exists (select 1 from offering_data_centers x where x.offering_id = o.id)
        order by o.slug offset ${offset} limit 1`,
  );
  return row!;
}

function draftContent(name: string, dataCenterIds: string[]): ListingContent {
  return {
    name,
    nameEn: null,
    summary: 'Máy chủ ảo cho doanh nghiệp.',
    summaryEn: '',
    description: 'Máy chủ ảo tại trung tâm dữ liệu trong nước.',
    descriptionEn: null,
    slaAvailability: '99.9',
    dataCenterIds,
    plans: [{ slug: 'goi-2-vcpu', name: 'Gói 2 vCPU', nameEn: null, price: '400000', unit: 'MONTH', specs: [], externalId: null }],
    requirements: [],
  };
}

async function insertDraft(name: string) {
  const [target] = await rows<{ vendorId: string; categoryId: number; dataCenterId: string }>(
    database,
    sql`select v.id as "vendorId", c.id as "categoryId", d.id as "dataCenterId" from vendors v
        join data_centers d on d.vendor_id = v.id cross join categories c
        where c.kind = 'IAAS' order by v.slug, d.slug, c.slug limit 1`,
  );
  let id = '';
  await expectNoChange(async (tx) => {
    const listing = await insertListing(tx, {
      vendorId: target!.vendorId,
      categoryId: target!.categoryId,
      kind: 'IAAS',
      slug: null,
      slugBase: 'catalog-changes',
      externalId: null,
      content: draftContent(name, [target!.dataCenterId]),
    });
    id = listing!.id;
  });
  return id;
}

describe('each raise of the catalog version logs what it changed', () => {
  it('a draft’s edits log nothing; its approval logs it; its update and unpublishing log it again', async () => {
    const id = await insertDraft('Máy chủ nháp');
    const [otherCentre] = await ids(sql`select id from data_centers order by slug desc limit 1`);
    await expectNoChange((tx) =>
      writeListingContent(tx, id, {
        name: 'Máy chủ nháp đã sửa',
        dataCenterIds: [otherCentre!],
        plans: [{ slug: 'goi-4-vcpu', name: 'Gói 4 vCPU', nameEn: null, price: '700000', unit: 'MONTH', specs: [], externalId: null }],
      }),
    );
    expect(await catalogIndexRows(db, { ids: [id] })).toEqual([]);

    const approved = await changesOf((tx) => changeListing(tx, id, { status: 'PUBLISHED', published: true, touch: true }));
    expect(approved).toMatchObject({ complete: true, offeringIds: [id], dictionaries: false });
    expect((await catalogIndexRows(db, { ids: [id] })).map((row) => row.name)).toEqual(['Máy chủ nháp đã sửa']);

    const updated = await changesOf((tx) => writeListingContent(tx, id, { summary: 'Máy chủ ảo, bản mới.' }));
    expect(updated).toMatchObject({ complete: true, offeringIds: [id], dictionaries: false });

    const unpublished = await changesOf((tx) => changeListing(tx, id, { status: 'ARCHIVED', touch: true }));
    expect(unpublished).toMatchObject({ complete: true, offeringIds: [id], dictionaries: false });
    expect(await catalogIndexRows(db, { ids: [id] })).toEqual([]);
    // Both steps at once: the offerings the index must reload over the two versions.
    expect(await catalogChangesSince(db, approved.before, unpublished.after)).toEqual({ complete: true, offeringIds: [id], dictionaries: false });
  });

  it('changing a published offering’s plans logs it with its new lowest price', async () => {
    const { id } = await aPublishedOffering();
    const content = await listingContent(db, id);
    const cheaper = content.plans.map((plan, index) => ({ ...plan, price: index === 0 ? '1' : plan.price, unit: index === 0 ? 'MONTH' as const : plan.unit }));
    const changed = await changesOf((tx) => writeListingContent(tx, id, { plans: cheaper }));
    expect(changed).toMatchObject({ complete: true, offeringIds: [id], dictionaries: false });
    expect((await catalogIndexRows(db, { ids: [id] }))[0]).toMatchObject({ minMonthlyPrice: '1', priceUnit: 'MONTH' });
  });

  it('changing a published offering’s data centres logs it, and its cities follow', async () => {
    const { id } = await aPublishedOffering(1);
    const [centre] = await rows<{ id: string; city: string }>(
      database,
      sql`select d.id, d.city from data_centers d
          where d.city not in (select d2.city from offering_data_centers x join data_centers d2 on d2.id = x.data_center_id where x.offering_id = ${id})
          order by d.slug limit 1`,
    );
    const changed = await changesOf((tx) => writeListingContent(tx, id, { dataCenterIds: [centre!.id] }));
    expect(changed).toMatchObject({ complete: true, offeringIds: [id], dictionaries: false });
    expect(await sourcesOf(changed.after)).toContain('offering_data_centers');
    expect((await catalogIndexRows(db, { ids: [id] }))[0]!.cities).toEqual([centre!.city]);
  });

  it('renaming a vendor logs its published offerings and the dictionaries', async () => {
    const { vendorId } = await aPublishedOffering(2);
    const changed = await changesOf((tx) => tx.execute(sql`update vendors set name = name || ' (mới)' where id = ${vendorId}`));
    const expected = await ids(sql`select id from offerings where vendor_id = ${vendorId} and status = 'PUBLISHED'`);
    expect(expected.length).toBeGreaterThan(0);
    expect(changed).toMatchObject({ complete: true, offeringIds: expected, dictionaries: true });
    expect((await catalogDictionaries(db)).vendors.find((vendor) => vendor.id === vendorId)!.name).toMatch(/ \(mới\)$/);
    // A change that leaves its offerings' search texts alone needs the dictionaries only.
    const website = await changesOf((tx) => tx.execute(sql`update vendors set website = 'https://example.vn/moi' where id = ${vendorId}`));
    expect(await sourcesOf(website.after)).toEqual(['vendors']);
    expect(website).toMatchObject({ complete: true, offeringIds: [], dictionaries: true });
  });

  it('renaming a category logs its published offerings and the dictionaries', async () => {
    const { categoryId } = await aPublishedOffering(3);
    const changed = await changesOf((tx) => tx.execute(sql`update categories set name_en = name_en || ' (new)' where id = ${categoryId}`));
    const expected = await ids(sql`select id from offerings where category_id = ${categoryId} and status = 'PUBLISHED'`);
    expect(changed).toMatchObject({ complete: true, offeringIds: expected, dictionaries: true });
    const moved = await changesOf((tx) => tx.execute(sql`update categories set position = position + 1 where id = ${categoryId}`));
    expect(await sourcesOf(moved.after)).toEqual(['categories']);
    expect(moved).toMatchObject({ complete: true, offeringIds: [], dictionaries: true });
  });

  it('moving a data centre to another city logs the published offerings there, not the dictionaries', async () => {
    const [centre] = await ids(
      sql`select x.data_center_id as id from offering_data_centers x join offerings o on o.id = x.offering_id
          where o.status = 'PUBLISHED' group by x.data_center_id order by count(*), x.data_center_id limit 1`,
    );
    const changed = await changesOf((tx) => tx.execute(sql`update data_centers set city = 'Cần Thơ' where id = ${centre!}`));
    expect(await sourcesOf(changed.after)).toEqual(['data_centers']);
    const expected = await ids(
      sql`select distinct x.offering_id as id from offering_data_centers x join offerings o on o.id = x.offering_id
          where x.data_center_id = ${centre!} and o.status = 'PUBLISHED'`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(changed).toMatchObject({ complete: true, offeringIds: expected, dictionaries: false });
    for (const row of await catalogIndexRows(db, { ids: expected })) expect(row.cities).toContain('Cần Thơ');
  });

  it('several changes in one transaction are one version listing them all', async () => {
    const a = await aPublishedOffering(4);
    const b = await aPublishedOffering(5);
    const changed = await changesOf(async (tx) => {
      await writeListingContent(tx, a.id, { summary: 'Một.' });
      await writeListingContent(tx, b.id, { summary: 'Hai.' });
      await writeListingContent(tx, a.id, { description: 'Một lần nữa.' });
    });
    expect(changed).toMatchObject({ complete: true, offeringIds: [a.id, b.id].sort(), dictionaries: false });
    expect(await rows(database, sql`select distinct version::text as version from catalog_changes where version > ${changed.before}::bigint`)).toEqual([
      { version: changed.after },
    ]);
  });

  it('a raise that names no rows (mv_raise_catalog_version) asks for a rebuild', async () => {
    const changed = await changesOf((tx) => tx.execute(sql`select mv_raise_catalog_version()`));
    expect(changed).toMatchObject({ complete: false, offeringIds: [] });
    expect(await rows(database, sql`select source, row_id as "rowId" from catalog_changes where version = ${changed.after}::bigint`)).toEqual([
      { source: 'all', rowId: '' },
    ]);
  });

  it('a version missing from the log asks for a rebuild; the versions after it do not', async () => {
    const [a, b] = [await aPublishedOffering(6), await aPublishedOffering(7)];
    const first = await changesOf((tx) => writeListingContent(tx, a.id, { summary: 'Ba.' }));
    const second = await changesOf((tx) => writeListingContent(tx, b.id, { summary: 'Bốn.' }));
    await db.execute(sql`delete from catalog_changes where version <= ${first.after}::bigint`);
    expect((await catalogChangesSince(db, first.before, second.after)).complete).toBe(false);
    expect((await catalogChangesSince(db, second.before, second.after)).complete).toBe(true);
  });

  it('each raise drops the rows 10,000 versions older than itself', async () => {
    const now = BigInt(await catalogVersion(db));
    const dropped = (now + 1n - 10_000n).toString();
    const kept = (now + 2n - 10_000n).toString();
    await db.execute(sql`insert into catalog_changes (version, source, row_id) values (${dropped}::bigint, 'all', ''), (${kept}::bigint, 'all', '')`);
    const { id } = await aPublishedOffering(8);
    await changesOf((tx) => writeListingContent(tx, id, { summary: 'Năm.' }));
    expect(await rows(database, sql`select version::text as version from catalog_changes where version <= ${kept}::bigint`)).toEqual([{ version: kept }]);
  });
});

describe('the index reads', () => {
  /** Every published offering, read in pages of `limit`. */
  async function allIndexRows(limit: number): Promise<CatalogIndexRow[]> {
    const all: CatalogIndexRow[] = [];
    for (;;) {
      const page = await catalogIndexRows(db, { afterId: all.at(-1)?.id ?? null, limit });
      all.push(...page);
      if (page.length < limit) return all;
    }
  }

  it('read every published offering once, in pages, as the search reads them', async () => {
    // Times a microsecond apart, and two alike (ordered by id then), among the seed's equal ones.
    await db.execute(sql`update offerings o set updated_at = timestamptz '2026-03-04 05:06:07.000001+07' + (t.n % 3) * interval '1 microsecond'
                         from (select id, row_number() over (order by slug) as n from offerings where status = 'PUBLISHED' limit 4) t
                         where o.id = t.id`);
    const indexed = await allIndexRows(7);
    const searched = await searchOfferings(db, { sort: 'UPDATED_DESC' }, { first: 1000 });
    expect(searched.hasNextPage).toBe(false);
    expect(indexed.map((row) => row.id)).toEqual(searched.rows.map((row) => row.id).sort());
    const byId = new Map(indexed.map((row) => [row.id, row]));
    for (const row of searched.rows) {
      const index = byId.get(row.id)!;
      expect(index).toMatchObject({
        vendorId: row.vendorId,
        categoryId: row.categoryId,
        kind: row.kind,
        name: row.name,
        minMonthlyPrice: row.minMonthlyPrice,
        priceUnit: row.priceUnit,
        slaAvailability: row.slaAvailability,
        dataInVietnam: row.dataInVietnam,
        // the cursor's first key is updated_at::text
        updatedAt: row.cursorKeys[0],
      });
    }
    // Ordered by the microseconds, then the id, the index gives the search's order by updated_at.
    const byMicros = [...indexed].sort((a, b) => {
      const micros = BigInt(b.updatedAtMicros) - BigInt(a.updatedAtMicros);
      return micros !== 0n ? (micros > 0n ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    expect(byMicros.map((row) => row.id)).toEqual(searched.rows.map((row) => row.id));
    expect(new Set(indexed.map((row) => row.updatedAtMicros)).size).toBeGreaterThan(3);
  });

  it('give each offering the cities a city filter finds it by, and its search texts', async () => {
    const indexed = await allIndexRows(50);
    const cities = [...new Set(indexed.flatMap((row) => row.cities))].sort();
    expect(cities.length).toBeGreaterThan(1);
    for (const city of cities) {
      const found = await searchOfferings(db, { sort: 'NAME', filter: { cities: [city] } }, { first: 1000 });
      expect(
        indexed.filter((row) => row.cities.includes(city)).map((row) => row.id),
        city,
      ).toEqual(found.rows.map((row) => row.id).sort());
    }
    const texts = await rows<{ id: string; folded: string; exact: string }>(
      database,
      sql`select id, search_folded::text as folded, search_exact::text as exact from offerings where status = 'PUBLISHED' order by id`,
    );
    expect(indexed.map((row) => ({ id: row.id, folded: row.searchFolded, exact: row.searchExact }))).toEqual(texts);
  });

  it('read by id only the published ones', async () => {
    const [draft] = await ids(sql`select id from offerings where status <> 'PUBLISHED' order by slug limit 1`);
    const { id } = await aPublishedOffering();
    expect((await catalogIndexRows(db, { ids: [draft!, id] })).map((row) => row.id)).toEqual([id]);
    expect(await catalogIndexRows(db, { ids: [] })).toEqual([]);
  });

  it('give every vendor and category as the batch reads do', async () => {
    const dictionaries = await catalogDictionaries(db);
    const vendorIds = (await rows<{ id: string }>(database, sql`select id from vendors order by id`)).map((row) => row.id);
    expect(dictionaries.vendors).toEqual((await vendorsByIds(db, vendorIds)).sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(dictionaries.categories).toEqual((await allCategories(db)).sort((a, b) => a.id - b.id));
  });

  it('tell whether the database sorts names by code point, as its sort of names does', async () => {
    const names = ['b', 'B', 'a', 'A b', 'Ab', '_x', 'é', 'e', 'ă', 'z', 'Đà Nẵng', 'Da', '1', 'ﬀ'];
    const [sorted] = await rows<{ names: string[] }>(
      database,
      sql`select array_agg(n order by n) as names from unnest(${`{${names.map((n) => `"${n}"`).join(',')}}`}::text[]) n`,
    );
    const byCodePoint = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(await nameOrderIsCodePoint(db)).toBe(JSON.stringify(sorted!.names) === JSON.stringify(byCodePoint));
  });
});

describe('plans and requirements written alone (migration 0034)', () => {
  it('log their published offering', async () => {
    // a plan dearer than another of its offering: the offering's derived prices stay, its row is not written
    const [plan] = await rows<{ id: string; offeringId: string }>(
      database,
      sql`select p.id, p.offering_id as "offeringId" from plans p join offerings o on o.id = p.offering_id
          where o.status = 'PUBLISHED' and p.retired_at is null and p.unit <> 'ONE_TIME'
            and exists (select 1 from plans q where q.offering_id = p.offering_id and q.retired_at is null and q.unit <> 'ONE_TIME' and q.monthly_price < p.monthly_price)
          order by p.id limit 1`,
    );
    const priced = await changesOf((tx) => tx.execute(sql`update plans set price = price + 1 where id = ${plan!.id}`));
    expect(priced.offeringIds).toEqual([plan!.offeringId]);
    expect(await sourcesOf(priced.after)).toEqual(['offerings']);

    const offering = await aPublishedOffering();
    const required = await changesOf(async (tx) => {
      const [requirement] = await queryRows<{ id: string }>(
        tx,
        sql`insert into requirements (offering_id, description, position) values (${offering.id}, 'Cần máy chủ', 99) returning id`,
      );
      await tx.execute(sql`insert into requirement_categories (requirement_id, category_id) values (${requirement!.id}, ${offering.categoryId})`);
    });
    expect(required.offeringIds).toEqual([offering.id]);
    const [requirement] = await ids(sql`select r.id from requirements r where r.offering_id = ${offering.id} and r.position = 99`);
    const unlinked = await changesOf((tx) => tx.execute(sql`delete from requirement_categories where requirement_id = ${requirement!}`));
    expect(unlinked.offeringIds).toEqual([offering.id]);
    await changesOf((tx) => tx.execute(sql`delete from requirements where id = ${requirement!}`));
  });
});
