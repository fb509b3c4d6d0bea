import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const nodeQuery = `query($id: ID!) { node(id: $id) { __typename id
  ... on Vendor { slug }
  ... on Offering { slug }
  ... on DataCenter { name city }
  ... on Plan { name offering { slug } } } }`;

describe('global ids', () => {
  it('look up vendors, offerings, data centers and plans through node(id:)', async () => {
    const result = await server.gql(`{ offering(slug: "${(await rows<{ slug: string }>(server.database, sql`select o.slug from offerings o
      where o.status = 'PUBLISHED' and exists (select 1 from offering_data_centers x where x.offering_id = o.id) limit 1`))[0]!.slug}") {
      id slug vendor { id slug } plans { id name } dataCenters { id name city } } }`);
    const offering = result.data.offering;
    const checks: [string, string, Record<string, unknown>][] = [
      [offering.id, 'Offering', { slug: offering.slug }],
      [offering.vendor.id, 'Vendor', { slug: offering.vendor.slug }],
      [offering.plans[0].id, 'Plan', { name: offering.plans[0].name, offering: { slug: offering.slug } }],
      [offering.dataCenters[0].id, 'DataCenter', { name: offering.dataCenters[0].name }],
    ];
    for (const [id, typename, fields] of checks) {
      const found = await server.gql(nodeQuery, { id });
      expect(found.data.node).toMatchObject({ __typename: typename, id, ...fields });
    }
  });

  it('answers null for ids that are malformed, unknown or not public', async () => {
    const hidden = await rows<{ id: string }>(server.database, sql`select id from offerings where status <> 'PUBLISHED' limit 1`);
    const hiddenId = Buffer.from(`Offering:${hidden[0]!.id}`).toString('base64url');
    for (const id of ['nope', '', hiddenId, Buffer.from('Offering:00000000-0000-0000-0000-000000000000').toString('base64url'), Buffer.from('User:1').toString('base64url')]) {
      const found = await server.gql(nodeQuery, { id });
      expect(found.errors).toBeUndefined();
      expect(found.data.node).toBeNull();
    }
  });

  it('shows prices as exact VND and HOUR plans at 730 hours a month', async () => {
    const hourly = await rows<{ slug: string; price: string }>(
      server.database,
      sql`select o.slug, p.price::text as price from plans p join offerings o on o.id = p.offering_id
          where p.unit = 'HOUR' and o.status = 'PUBLISHED' limit 1`,
    );
    const result = await server.gql(`query($slug: String!) { offering(slug: $slug) { plans { unit price { amount currencyCode } monthlyPrice { amount } } } }`, {
      slug: hourly[0]!.slug,
    });
    const plan = result.data.offering.plans.find((p: { unit: string; price: { amount: string } }) => p.unit === 'HOUR' && p.price.amount === hourly[0]!.price);
    expect(plan.price.currencyCode).toBe('VND');
    expect(plan.monthlyPrice.amount).toBe(String(BigInt(hourly[0]!.price) * 730n));
  });

  it('reads a verified attestation past its validity as EXPIRED (whether or not the webhook worker stored it so yet)', async () => {
    const lapsed = await rows<{ slug: string; kind: string }>(
      server.database,
      sql`select coalesce(v.slug, o.slug) as slug, case when v.id is null then 'offering' else 'vendor' end as kind
          from attestations a left join vendors v on v.id = a.vendor_id left join offerings o on o.id = a.offering_id
          where a.status in ('VERIFIED', 'EXPIRED') and a.verified_at is not null and a.valid_until < now() limit 1`,
    );
    expect(lapsed.length).toBe(1);
    const field = lapsed[0]!.kind;
    const result = await server.gql(`query($slug: String!) { ${field}(slug: $slug) { attestations { status validUntil } } }`, { slug: lapsed[0]!.slug });
    const statuses = result.data[field].attestations.filter((a: { validUntil: string | null }) => a.validUntil && new Date(a.validUntil) < new Date());
    expect(statuses.length).toBeGreaterThan(0);
    for (const a of statuses) expect(a.status).not.toBe('VERIFIED');
  });

  it('lists the MIC framework with its 84 functional and 69 security criteria', async () => {
    const result = await server.gql(`{ complianceFrameworks { code criteriaCount groups { code criteriaCount } } }`);
    const mic = result.data.complianceFrameworks.find((f: { code: string }) => f.code === 'MIC-CLOUD-153');
    expect(mic.criteriaCount).toBe(153);
    expect(mic.groups.map((g: { criteriaCount: number }) => g.criteriaCount).sort()).toEqual([69, 84]);
  });

  it('shows Viettel IDC with its two tier III data centers', async () => {
    const result = await server.gql(`{ vendor(slug: "viettel-idc") { name domestic dataCenters { city tier countryCode inVietnam } } }`);
    const cities = result.data.vendor.dataCenters.map((d: { city: string }) => d.city);
    expect(cities).toEqual(expect.arrayContaining(['Hà Nội', 'Bình Dương']));
    for (const dc of result.data.vendor.dataCenters) expect(dc).toMatchObject({ tier: 3, countryCode: 'VN', inVietnam: true });
  });
});
