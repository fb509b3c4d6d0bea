import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server.ts';
import { count, rows } from '../support/sql.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const listQuery = `query List($filter: OfferingFilter, $query: String) {
  offerings(filter: $filter, query: $query, first: 100) {
    totalCount
    nodes { slug }
    facets {
      kinds { value label labelEn count selected }
      categories { value label count selected }
      vendors { value label count selected }
      cities { value label count selected }
    }
  }
}`;

async function list(filter: Record<string, unknown>, query?: string) {
  const result = await server.gql(listQuery, { filter, query });
  expect(result.errors).toBeUndefined();
  return result.data.offerings as {
    totalCount: number;
    nodes: { slug: string }[];
    facets: Record<'kinds' | 'categories' | 'vendors' | 'cities', { value: string; label: string; count: number; selected: boolean }[]>;
  };
}

// The same conditions, written independently of the API's query builder.
const base = sql`select o.id, o.slug from offerings o where o.status = 'PUBLISHED'`;
const cond = {
  kinds: (values: string[]) => sql`o.kind::text in (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`,
  categories: (values: string[]) =>
    sql`o.category_id in (select id from categories where slug in (${sql.join(values.map((v) => sql`${v}`), sql`, `)}))`,
  vendors: (values: string[]) =>
    sql`o.vendor_id in (select id from vendors where slug in (${sql.join(values.map((v) => sql`${v}`), sql`, `)}))`,
  cities: (values: string[]) =>
    sql`o.id in (select odc.offering_id from offering_data_centers odc join data_centers dc on dc.id = odc.data_center_id
                 where dc.city in (${sql.join(values.map((v) => sql`${v}`), sql`, `)}))`,
};

async function expectedSlugs(...conditions: SQL[]): Promise<string[]> {
  const found = await rows<{ slug: string }>(server.database, sql`${base} ${conditions.map((c) => sql` and ${c}`).reduce((a, b) => sql`${a}${b}`, sql``)}`);
  return found.map((row) => row.slug).sort();
}

const slugs = (result: { nodes: { slug: string }[] }) => result.nodes.map((node) => node.slug).sort();

describe('filters', () => {
  it('shows only published offerings', async () => {
    const all = await list({});
    expect(all.totalCount).toBe(await count(server.database, base));
    const hidden = await rows<{ slug: string }>(server.database, sql`select slug from offerings where status <> 'PUBLISHED'`);
    expect(hidden.length).toBeGreaterThan(0);
    const visible = new Set(slugs(all));
    for (const { slug } of hidden) {
      expect(visible.has(slug)).toBe(false);
      const single = await server.gql(`query($slug: String!) { offering(slug: $slug) { slug } }`, { slug });
      expect(single.data.offering).toBeNull();
    }
  });

  it('combines values within a facet with OR and facets with AND', async () => {
    const result = await list({ kinds: ['IAAS', 'SECURITY'], vendors: ['viettel-idc', 'cmc-cloud'] });
    const expected = await expectedSlugs(cond.kinds(['IAAS', 'SECURITY']), cond.vendors(['viettel-idc', 'cmc-cloud']));
    expect(expected.length).toBeGreaterThan(0);
    expect(slugs(result)).toEqual(expected);
    expect(result.totalCount).toBe(expected.length);
  });

  it('filters by category and by city', async () => {
    const byCategory = await list({ categories: ['compute', 'waf'] });
    expect(slugs(byCategory)).toEqual(await expectedSlugs(cond.categories(['compute', 'waf'])));
    const byCity = await list({ cities: ['Bình Dương'] });
    const expected = await expectedSlugs(cond.cities(['Bình Dương']));
    expect(expected.length).toBeGreaterThan(0);
    expect(slugs(byCity)).toEqual(expected);
  });

  it('keeps only offerings whose every data center is in Vietnam', async () => {
    const inVietnam = await list({ dataInVietnam: true });
    const expected = await expectedSlugs(
      sql`exists (select 1 from offering_data_centers x where x.offering_id = o.id)`,
      sql`not exists (select 1 from offering_data_centers x join data_centers d on d.id = x.data_center_id
                      where x.offering_id = o.id and d.country_code <> 'VN')`,
    );
    expect(slugs(inVietnam)).toEqual(expected);
    const abroad = await rows<{ slug: string }>(
      server.database,
      sql`select distinct o.slug from offerings o join offering_data_centers x on x.offering_id = o.id
          join data_centers d on d.id = x.data_center_id where o.status = 'PUBLISHED' and d.country_code <> 'VN'`,
    );
    expect(abroad.length).toBeGreaterThan(0);
    for (const { slug } of abroad) expect(slugs(inVietnam)).not.toContain(slug);
    const outside = await list({ dataInVietnam: false });
    expect(outside.totalCount + inVietnam.totalCount).toBe((await list({})).totalCount);
  });

  it('follows data-center changes at once: a site abroad takes an offering out of "data in Vietnam"', async () => {
    const [target] = await rows<{ id: string; slug: string }>(
      server.database,
      sql`select o.id, o.slug from offerings o where o.status = 'PUBLISHED' and o.slug = 'viettel-cloud-server'`,
    );
    const [abroad] = await rows<{ id: string }>(server.database, sql`select id from data_centers where country_code <> 'VN' limit 1`);
    const inVietnam = async () => slugs(await list({ dataInVietnam: true })).includes(target!.slug);
    expect(await inVietnam()).toBe(true);
    await server.database.db.execute(sql`insert into offering_data_centers values (${target!.id}, ${abroad!.id})`);
    expect(await inVietnam()).toBe(false);
    await server.database.db.execute(sql`delete from offering_data_centers where offering_id = ${target!.id} and data_center_id = ${abroad!.id}`);
    expect(await inVietnam()).toBe(true);
    await server.database.db.execute(sql`update data_centers set country_code = 'SG' where id in
      (select data_center_id from offering_data_centers where offering_id = ${target!.id} limit 1)`);
    expect(await inVietnam()).toBe(false);
    await server.database.db.execute(sql`update data_centers set country_code = 'VN' where country_code = 'SG' and vendor_id =
      (select vendor_id from offerings where id = ${target!.id})`);
    expect(await inVietnam()).toBe(true);
  });

  it('filters by the lowest monthly price, counting hours as 730 a month', async () => {
    const result = await list({ maxMonthlyPrice: '500000' });
    const expected = await expectedSlugs(
      sql`(select min(case p.unit when 'HOUR' then p.price * 730 else p.price end) from plans p
           where p.offering_id = o.id and p.unit <> 'ONE_TIME') <= 500000`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(slugs(result)).toEqual(expected);
  });

  it('filters by minimum SLA', async () => {
    const result = await list({ minSlaAvailability: '99.95' });
    expect(slugs(result)).toEqual(await expectedSlugs(sql`o.sla_availability >= 99.95`));
  });

  it('filters by a verified framework, ignoring claimed, revoked and lapsed attestations', async () => {
    const result = await list({ verifiedFramework: 'MIC-CLOUD-153' });
    const expected = await expectedSlugs(sql`exists (select 1 from attestations a join compliance_frameworks f on f.id = a.framework_id
      where f.code = 'MIC-CLOUD-153' and a.status = 'VERIFIED' and (a.valid_until is null or a.valid_until > now())
        and (a.vendor_id = o.vendor_id or a.offering_id = o.id))`);
    expect(expected.length).toBeGreaterThan(0);
    expect(slugs(result)).toEqual(expected);
    const lapsed = await rows<{ slug: string }>(
      server.database,
      sql`select o.slug from offerings o join attestations a on a.vendor_id = o.vendor_id or a.offering_id = o.id
          join compliance_frameworks f on f.id = a.framework_id
          where o.status = 'PUBLISHED' and f.code = 'MIC-CLOUD-153' and a.status <> 'VERIFIED'
            and not exists (select 1 from attestations b where b.framework_id = a.framework_id and b.status = 'VERIFIED'
                              and (b.vendor_id = o.vendor_id or b.offering_id = o.id))`,
    );
    for (const { slug } of lapsed) expect(slugs(result)).not.toContain(slug);
  });

  it('answers an unknown category or vendor with an empty result, not an error', async () => {
    const result = await list({ categories: ['khong-co'] });
    expect(result.totalCount).toBe(0);
    expect(result.facets.categories).toContainEqual({ value: 'khong-co', label: 'khong-co', count: 0, selected: true });
  });

  it('refuses malformed prices and SLAs with BAD_USER_INPUT', async () => {
    for (const filter of [{ maxMonthlyPrice: '-1' }, { maxMonthlyPrice: '12.5' }, { maxMonthlyPrice: 'abc' }, { minSlaAvailability: '0' }, { minSlaAvailability: '100.5' }]) {
      const result = await server.gql(listQuery, { filter });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
      expect(result.status).toBeLessThan(500);
    }
  });
});

describe('facets', () => {
  it('count the whole filtered result, each facet under the other facets’ choices', async () => {
    const filter = { kinds: ['IAAS', 'PAAS'], cities: ['Hà Nội'], minSlaAvailability: '99.9' };
    const result = await list(filter, 'cloud');
    const withQuery = await rows<{ slug: string }>(
      server.database,
      sql`select o.slug from offerings o where o.status = 'PUBLISHED' and o.search_folded @@ to_tsquery('simple', 'cloud:*')`,
    );
    const searched = sql`o.slug in (${sql.join([...withQuery.map((r) => sql`${r.slug}`), sql`''`], sql`, `)})`;
    const sla = sql`o.sla_availability >= 99.9`;

    const groups = async (by: SQL, conditions: SQL[]) => {
      const where = [sql`o.status = 'PUBLISHED'`, searched, sla, ...conditions];
      return rows<{ value: string; n: number }>(
        server.database,
        sql`select ${by} as value, count(distinct o.id)::int as n from offerings o
            left join categories c on c.id = o.category_id left join vendors v on v.id = o.vendor_id
            left join offering_data_centers x on x.offering_id = o.id left join data_centers d on d.id = x.data_center_id
            where ${sql.join(where, sql` and `)} and ${by} is not null group by 1`,
      );
    };
    const asMap = (entries: { value: string; count?: number; n?: number }[]) =>
      Object.fromEntries(entries.filter((e) => (e.count ?? e.n)! > 0).map((e) => [e.value, e.count ?? e.n]));

    expect(asMap(result.facets.kinds)).toEqual(asMap(await groups(sql`o.kind::text`, [cond.cities(['Hà Nội'])])));
    expect(asMap(result.facets.cities)).toEqual(asMap(await groups(sql`d.city`, [cond.kinds(['IAAS', 'PAAS'])])));
    const both = [cond.kinds(['IAAS', 'PAAS']), cond.cities(['Hà Nội'])];
    expect(asMap(result.facets.categories)).toEqual(asMap(await groups(sql`c.slug`, both)));
    expect(asMap(result.facets.vendors)).toEqual(asMap(await groups(sql`v.slug`, both)));
    expect(result.totalCount).toBe(await count(server.database, sql`${base} and ${searched} and ${sla} and ${both[0]!} and ${both[1]!}`));
  });

  it('keep the other values of a chosen facet countable, and mark the chosen ones', async () => {
    const all = await list({});
    const narrowed = await list({ kinds: ['SAAS'] });
    const kinds = Object.fromEntries(narrowed.facets.kinds.map((k) => [k.value, k]));
    expect(Object.keys(kinds).sort()).toEqual(['IAAS', 'PAAS', 'SAAS', 'SECURITY', 'SOFTWARE']);
    for (const kind of all.facets.kinds) expect(kinds[kind.value]!.count).toBe(kind.count);
    expect(kinds.SAAS!.selected).toBe(true);
    expect(kinds.IAAS!.selected).toBe(false);
    expect(kinds.SAAS!.label).toBe('Phần mềm dịch vụ (SaaS)');
    expect(narrowed.totalCount).toBe(kinds.SAAS!.count);
  });

  it('count only what the data-residency filter keeps, either way', async () => {
    // Written apart from the stored data_in_vietnam column: some data center, and none abroad.
    const inVietnam = sql`(exists (select 1 from offering_data_centers y where y.offering_id = o.id)
      and not exists (select 1 from offering_data_centers y join data_centers e on e.id = y.data_center_id where y.offering_id = o.id and e.country_code <> 'VN'))`;
    const groups = (by: SQL, residency: SQL) =>
      rows<{ value: string; count: number }>(
        server.database,
        sql`select ${by} as value, count(distinct o.id)::int as count from offerings o
            join categories c on c.id = o.category_id join vendors v on v.id = o.vendor_id
            left join offering_data_centers x on x.offering_id = o.id left join data_centers d on d.id = x.data_center_id
            where o.status = 'PUBLISHED' and ${residency} and ${by} is not null group by 1`,
      );
    const asMap = (entries: { value: string; count: number }[]) => Object.fromEntries(entries.filter((e) => e.count > 0).map((e) => [e.value, e.count]));
    for (const [dataInVietnam, residency] of [[true, inVietnam], [false, sql`not ${inVietnam}`]] as const) {
      const result = await list({ dataInVietnam });
      expect(result.totalCount, `dataInVietnam: ${dataInVietnam}`).toBe(await count(server.database, sql`${base} and ${residency}`));
      expect(result.totalCount).toBeGreaterThan(0);
      for (const [facet, by] of [['kinds', sql`o.kind::text`], ['categories', sql`c.slug`], ['vendors', sql`v.slug`], ['cities', sql`d.city`]] as const) {
        expect(asMap(result.facets[facet]), `${facet} when dataInVietnam: ${dataInVietnam}`).toEqual(asMap(await groups(by, residency)));
      }
    }
  });

  it('sort values by count, then label', async () => {
    const { facets } = await list({});
    const vietnamese = new Intl.Collator('vi');
    let ties = 0;
    for (const values of Object.values(facets)) {
      for (let i = 1; i < values.length; i++) {
        const [before, after] = [values[i - 1]!, values[i]!];
        expect(before.count).toBeGreaterThanOrEqual(after.count);
        if (before.count === after.count) {
          ties += 1;
          expect(vietnamese.compare(before.label, after.label), `${before.label} before ${after.label}`).toBeLessThan(0);
        }
      }
    }
    // The seeded catalog has values of equal count in several facets, so the labels' order is checked.
    expect(ties).toBeGreaterThan(5);
  });
});

describe('prices and their units (issue 13)', () => {
  const unitQuery = `query Units($filter: OfferingFilter, $sort: OfferingSort, $first: Int, $after: String) {
    offerings(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { slug lowestMonthlyPrice { amount } lowestPrice { price { amount currencyCode } unit } }
      facets { billingUnits { value label labelEn count selected } }
    }
  }`;
  interface UnitNode {
    slug: string;
    lowestMonthlyPrice: { amount: string } | null;
    lowestPrice: { price: { amount: string; currencyCode: string }; unit: string } | null;
  }

  async function all(filter: Record<string, unknown>, sort = 'RELEVANCE') {
    const nodes: UnitNode[] = [];
    let after: string | null = null;
    let facets: { value: string; label: string; labelEn: string; count: number; selected: boolean }[] = [];
    let totalCount = 0;
    do {
      const result: { errors?: unknown; data: any } = await server.gql(unitQuery, { filter, sort, first: 100, after });
      expect(result.errors).toBeUndefined();
      nodes.push(...result.data.offerings.nodes);
      facets = result.data.offerings.facets.billingUnits;
      totalCount = result.data.offerings.totalCount;
      after = result.data.offerings.pageInfo.hasNextPage ? result.data.offerings.pageInfo.endCursor : null;
    } while (after);
    return { nodes, facets, totalCount };
  }

  /** Each published offering's price as a buyer reads it, worked out here from its live plans. */
  async function expectedPrices(): Promise<Map<string, { price: string; unit: string } | null>> {
    const plans = await rows<{ slug: string; price: string; unit: string }>(
      server.database,
      sql`select o.slug, p.price::text as price, p.unit::text as unit from offerings o join plans p on p.offering_id = o.id
          where o.status = 'PUBLISHED' and p.retired_at is null`,
    );
    const bySlug = new Map<string, { price: bigint; unit: string }[]>();
    for (const plan of plans) bySlug.set(plan.slug, [...(bySlug.get(plan.slug) ?? []), { price: BigInt(plan.price), unit: plan.unit }]);
    const expected = new Map<string, { price: string; unit: string } | null>();
    for (const [slug, own] of bySlug) {
      const recurring = own
        .filter((plan) => plan.unit !== 'ONE_TIME')
        .map((plan) => (plan.unit === 'HOUR' ? { price: plan.price * 730n, unit: 'MONTH' } : plan));
      const pool = recurring.length > 0 ? recurring : own;
      const cheapest = pool.reduce((a, b) => (b.price < a.price ? b : a));
      expected.set(slug, { price: String(cheapest.price), unit: cheapest.unit });
    }
    return expected;
  }

  it('gives every offering its lowest price with the unit it is counted in (hours as 730 a month; one-time only as ONE_TIME)', async () => {
    const expected = await expectedPrices();
    const { nodes } = await all({});
    expect(nodes).toHaveLength(expected.size);
    for (const node of nodes) {
      expect(node.lowestPrice, node.slug).toEqual({ price: { amount: expected.get(node.slug)!.price, currencyCode: 'VND' }, unit: expected.get(node.slug)!.unit });
      if (node.lowestPrice!.unit !== 'ONE_TIME') expect(node.lowestMonthlyPrice?.amount).toBe(node.lowestPrice!.price.amount);
      else expect(node.lowestMonthlyPrice).toBeNull();
    }
    const read = (slug: string) => nodes.find((node) => node.slug === slug)!.lowestPrice;
    expect(read('bizfly-cloud-backup')).toEqual({ price: { amount: '500', currencyCode: 'VND' }, unit: 'GB_MONTH' });
    expect(read('viettel-business-email')).toEqual({ price: { amount: '35000', currencyCode: 'VND' }, unit: 'USER_MONTH' });
    expect(read('vnpt-vm-hourly')).toEqual({ price: { amount: String(320 * 730), currencyCode: 'VND' }, unit: 'MONTH' });
    expect(new Set(nodes.map((node) => node.lowestPrice!.unit))).toEqual(new Set(['MONTH', 'GB_MONTH', 'USER_MONTH', 'ONE_TIME']));
  });

  it('follows plan edits at once: a cheaper per-GB plan changes the unit, retiring it changes it back', async () => {
    const [target] = await rows<{ id: string }>(server.database, sql`select id from offerings where slug = 'viettel-cloud-server'`);
    const read = async () => (await all({ vendors: ['viettel-idc'], categories: ['compute'] })).nodes.find((node) => node.slug === 'viettel-cloud-server')!.lowestPrice;
    expect((await read())!.unit).toBe('MONTH');
    await server.database.db.execute(
      sql`insert into plans (offering_id, slug, name, price, unit, position) values (${target!.id}, 'per-gb-test', 'Theo GB', 900, 'GB_MONTH', 99)`,
    );
    expect(await read()).toEqual({ price: { amount: '900', currencyCode: 'VND' }, unit: 'GB_MONTH' });
    await server.database.db.execute(sql`update plans set retired_at = now() where offering_id = ${target!.id} and slug = 'per-gb-test'`);
    expect((await read())!.unit).toBe('MONTH');
    await server.database.db.execute(sql`delete from plans where offering_id = ${target!.id} and slug = 'per-gb-test'`);
  });

  it('filters by the unit of the lowest price and counts each unit, so a price sort compares like with like', async () => {
    const expected = await expectedPrices();
    const everything = await all({});
    const counts = new Map<string, number>();
    for (const price of expected.values()) counts.set(price!.unit, (counts.get(price!.unit) ?? 0) + 1);
    expect(Object.fromEntries(everything.facets.map((facet) => [facet.value, facet.count]))).toEqual(Object.fromEntries(counts));
    expect(everything.facets.find((facet) => facet.value === 'GB_MONTH')).toMatchObject({ label: 'Theo GB mỗi tháng', labelEn: 'Per GB per month', selected: false });

    for (const sort of ['PRICE_ASC', 'PRICE_DESC']) {
      const perGb = await all({ billingUnits: ['GB_MONTH'] }, sort);
      expect(perGb.totalCount).toBe(counts.get('GB_MONTH'));
      expect(perGb.nodes.every((node) => node.lowestPrice!.unit === 'GB_MONTH')).toBe(true);
      const prices = perGb.nodes.map((node) => Number(node.lowestPrice!.price.amount));
      expect(prices).toEqual([...prices].sort((a, b) => (sort === 'PRICE_ASC' ? a - b : b - a)));
      // the facet still counts the other units (values within a facet combine with OR)
      expect(perGb.facets.find((facet) => facet.value === 'GB_MONTH')).toMatchObject({ count: counts.get('GB_MONTH'), selected: true });
      expect(perGb.facets.find((facet) => facet.value === 'USER_MONTH')).toMatchObject({ count: counts.get('USER_MONTH'), selected: false });
    }

    const twoUnits = await all({ billingUnits: ['USER_MONTH', 'ONE_TIME'], kinds: ['SAAS', 'SECURITY'] }, 'PRICE_ASC');
    expect(twoUnits.nodes.length).toBeGreaterThan(0);
    expect(new Set(twoUnits.nodes.map((node) => node.lowestPrice!.unit))).toEqual(new Set(['USER_MONTH', 'ONE_TIME']));
    // one-time prices are not monthly: they come after every recurring one
    const firstOneTime = twoUnits.nodes.findIndex((node) => node.lowestPrice!.unit === 'ONE_TIME');
    expect(twoUnits.nodes.slice(firstOneTime).every((node) => node.lowestPrice!.unit === 'ONE_TIME')).toBe(true);

    // HOUR is read as MONTH: hourly plans are counted by the month
    expect((await all({ billingUnits: ['HOUR'] })).totalCount).toBe(counts.get('MONTH'));
  });

  it('applies the price ceiling to the lowest price in its own unit', async () => {
    const expected = await expectedPrices();
    const result = await all({ billingUnits: ['USER_MONTH'], maxMonthlyPrice: '40000' });
    const wanted = [...expected].filter(([, price]) => price!.unit === 'USER_MONTH' && Number(price!.price) <= 40000).map(([slug]) => slug);
    expect(wanted.length).toBeGreaterThan(0);
    expect(result.nodes.map((node) => node.slug).sort()).toEqual(wanted.sort());
  });

  it('refuses more than 50 units', async () => {
    const result = await server.gql(unitQuery, { filter: { billingUnits: Array(51).fill('MONTH') } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('verified frameworks (issue 13)', () => {
  it('lists every framework some published offering holds VERIFIED and unexpired, and each one filters', async () => {
    const result = await server.gql(`{ complianceFrameworks(verifiedOnly: true) { code name nameEn } all: complianceFrameworks { code } }`);
    expect(result.errors).toBeUndefined();
    const expected = await rows<{ code: string }>(
      server.database,
      sql`select distinct f.code from compliance_frameworks f join attestations a on a.framework_id = f.id
          join offerings o on o.status = 'PUBLISHED' and (o.id = a.offering_id or o.vendor_id = a.vendor_id)
          where a.status = 'VERIFIED' and (a.valid_until is null or a.valid_until > now()) order by f.code`,
    );
    const codes = result.data.complianceFrameworks.map((f: { code: string }) => f.code);
    expect(codes).toEqual(expected.map((row) => row.code));
    expect(codes).toEqual(expect.arrayContaining(['MIC-CLOUD-153', 'ISO-27001', 'UPTIME-TIER-III']));
    // PCI DSS exists, but its only attestation has expired
    expect(result.data.all.map((f: { code: string }) => f.code)).toContain('PCI-DSS');
    expect(codes).not.toContain('PCI-DSS');
    for (const code of codes) {
      const filtered = await server.gql(`query($code: String) { offerings(filter: { verifiedFramework: $code }) { totalCount } }`, { code });
      expect(filtered.data.offerings.totalCount, code).toBeGreaterThan(0);
    }
  });
});
