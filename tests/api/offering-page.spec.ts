import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteOperations } from '../support/operations.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

// The offering page is read in one statement: `offering(slug:)` reads the relations its query selects
// along with the offering and hands them to the loaders, which used to read them one statement each.

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
});
afterAll(() => server.close());

/** The offering page as the load harness (bench, peer comparison) asks for it. */
const benchPage = `query OfferingPage($slug: String!) {
  offering(slug: $slug) {
    id
    slug
    name
    category { name }
    vendor { name dataCenters { id name city tier } }
    plans { id name monthlyPrice { amount } specs { key value } }
    dataCenters { id name city tier vendor { name } }
  }
}`;

function sitePage(): string {
  const operation = siteOperations().find((op) => op.origin === 'packages/web/src/pages/OfferingPage.tsx: OfferingPage');
  if (!operation) throw new Error('the web site has no OfferingPage query');
  return operation.query;
}

/** The same selection reached through `offeringsBySlugs`, which reads each relation through its loader. */
function throughLoaders(page: string): string {
  const rewritten = page.replace('offering(slug: $slug)', 'offering: offeringsBySlugs(slugs: [$slug])');
  expect(rewritten, 'the page asks for offering(slug: $slug)').not.toBe(page);
  return rewritten;
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

/** ours-q1's answer, read table by table. */
async function expectedBenchPage(slug: string) {
  const db = server.database;
  const [offering] = await rows<{ id: string; name: string; vendorId: string; category: string; vendor: string }>(
    db,
    sql`select o.id, o.name, o.vendor_id as "vendorId", c.name as category, v.name as vendor
        from offerings o join categories c on c.id = o.category_id join vendors v on v.id = o.vendor_id
        where o.slug = ${slug} and o.status = 'PUBLISHED'`,
  );
  const vendorDataCenters = await rows<{ id: string; name: string; city: string; tier: number | null }>(
    db,
    sql`select id, name, city, tier from data_centers where vendor_id = ${offering!.vendorId} order by city, name`,
  );
  const plans = await rows<{ id: string; name: string; amount: string }>(
    db,
    sql`select id, name, monthly_price::text as amount from plans where offering_id = ${offering!.id} and retired_at is null
        order by unit = 'ONE_TIME', monthly_price, position`,
  );
  const specs = await rows<{ planId: string; key: string; value: string }>(
    db,
    sql`select s.plan_id as "planId", s.key, s.value from plan_specs s join plans p on p.id = s.plan_id
        where p.offering_id = ${offering!.id} order by s.position, s.key`,
  );
  const dataCenters = await rows<{ id: string; name: string; city: string; tier: number | null; vendor: string }>(
    db,
    sql`select dc.id, dc.name, dc.city, dc.tier, v.name as vendor
        from offering_data_centers odc join data_centers dc on dc.id = odc.data_center_id join vendors v on v.id = dc.vendor_id
        where odc.offering_id = ${offering!.id} order by dc.country_code <> 'VN', dc.city, dc.name`,
  );
  const dataCenter = (dc: { id: string; name: string; city: string; tier: number | null }) => ({
    id: globalId('DataCenter', dc.id),
    name: dc.name,
    city: dc.city,
    tier: dc.tier,
  });
  return {
    id: globalId('Offering', offering!.id),
    slug,
    name: offering!.name,
    category: { name: offering!.category },
    vendor: { name: offering!.vendor, dataCenters: vendorDataCenters.map(dataCenter) },
    plans: plans.map((plan) => ({
      id: globalId('Plan', plan.id),
      name: plan.name,
      monthlyPrice: { amount: plan.amount },
      specs: specs.filter((spec) => spec.planId === plan.id).map(({ key, value }) => ({ key, value })),
    })),
    dataCenters: dataCenters.map((dc) => ({ ...dataCenter(dc), vendor: { name: dc.vendor } })),
  };
}

/**
 * Offerings of the seed that show every part of the page: data centers of its own and of its vendor,
 * plans with specs, requirements naming categories and vendors, attestations of its own and of its vendor.
 */
async function pageSlugs(): Promise<string[]> {
  const found = await rows<{ slug: string }>(
    server.database,
    sql`select distinct on (part) part, slug from (
          select o.slug, unnest(array[
            case when exists (select 1 from offering_data_centers x where x.offering_id = o.id) then 'dataCenters' end,
            case when exists (select 1 from data_centers dc where dc.vendor_id = o.vendor_id) then 'vendorDataCenters' end,
            case when exists (select 1 from plans p join plan_specs s on s.plan_id = p.id where p.offering_id = o.id) then 'specs' end,
            case when exists (select 1 from requirements r join requirement_vendors rv on rv.requirement_id = r.id
                              join requirement_categories rc on rc.requirement_id = r.id where r.offering_id = o.id) then 'requirements' end,
            case when exists (select 1 from attestations a where a.offering_id = o.id and a.superseded_at is null) then 'attestations' end,
            case when exists (select 1 from attestations a where a.vendor_id = o.vendor_id and a.superseded_at is null) then 'vendorAttestations' end
          ]) as part
          from offerings o where o.status = 'PUBLISHED'
        ) parts where part is not null order by part, slug`,
  );
  expect(found.length, 'the seed shows every part of the page').toBe(6);
  return [...new Set(found.map((row) => row.slug))];
}

describe('the offering page', () => {
  it('answers the load harness’s page in at most 2 statements, as the tables hold it', async () => {
    for (const slug of await pageSlugs()) {
      const page = await server.gql(benchPage, { slug });
      expect(page.errors).toBeUndefined();
      expect(Number(page.headers.get('x-sql-statements')), slug).toBeLessThanOrEqual(2);
      expect(page.data.offering).toEqual(await expectedBenchPage(slug));
    }
  });

  it('answers the web site’s page in at most 2 statements, as the loaders read it', async () => {
    const query = sitePage();
    for (const slug of await pageSlugs()) {
      const page = await server.gql(query, { slug });
      expect(page.errors).toBeUndefined();
      expect(Number(page.headers.get('x-sql-statements')), slug).toBeLessThanOrEqual(2);
      const loaded = await server.gql(throughLoaders(query), { slug });
      expect(loaded.errors).toBeUndefined();
      expect(page.data.offering).toEqual(loaded.data.offering[0]);
    }
  });

  it('finds the relations through fragments, aliases, @include and @skip', async () => {
    const [slug] = await pageSlugs();
    const query = `query($slug: String!, $plans: Boolean!) {
      offering(slug: $slug) {
        ... on Offering { first: plans @include(if: $plans) { name } }
        ...Where
        vendor @skip(if: true) { attestations { status } }
      }
    }
    fragment Where on Offering { dataCenters { name vendor { slug } } vendor { dataCenters { name } } }`;
    for (const plans of [true, false]) {
      const page = await server.gql(query, { slug, plans });
      expect(page.errors).toBeUndefined();
      expect(Number(page.headers.get('x-sql-statements'))).toBe(1);
      const loaded = await server.gql(throughLoaders(query), { slug, plans });
      expect(page.data.offering).toEqual(loaded.data.offering[0]);
      expect('first' in page.data.offering).toBe(plans);
    }
  });

  it('answers an unknown or unpublished slug with null, in one statement', async () => {
    const [archived] = await rows<{ slug: string }>(server.database, sql`select slug from offerings where status <> 'PUBLISHED' order by slug limit 1`);
    for (const slug of ['no-such-offering', archived!.slug]) {
      const page = await server.gql(benchPage, { slug });
      expect(page.errors).toBeUndefined();
      expect(page.data.offering).toBeNull();
      expect(page.headers.get('x-sql-statements')).toBe('1');
    }
  });
});
