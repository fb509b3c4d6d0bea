import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
});
afterAll(() => server.close());

const pageQuery = `query Page($first: Int, $after: String, $sort: OfferingSort, $query: String, $filter: OfferingFilter) {
  offerings(first: $first, after: $after, sort: $sort, query: $query, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name slaAvailability updatedAt lowestMonthlyPrice { amount } } }
  }
}`;

interface Node {
  id: string;
  name: string;
  slaAvailability: string | null;
  updatedAt: string;
  lowestMonthlyPrice: { amount: string } | null;
}

async function walk(variables: Record<string, unknown>, first: number) {
  const seen: Node[] = [];
  let after: string | null = null;
  let total = -1;
  for (let pageNumber = 0; pageNumber < 100; pageNumber++) {
    const result: { errors?: unknown; data: any } = await server.gql(pageQuery, { ...variables, first, after });
    expect(result.errors).toBeUndefined();
    const page: any = result.data.offerings;
    total = page.totalCount;
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    seen.push(...page.edges.map((edge: { node: Node }) => edge.node));
    if (page.edges.length > 0) {
      expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
    }
    if (!page.pageInfo.hasNextPage) return { seen, total };
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

/** The database id inside a node's global id (base64url of "Offering:<uuid>"). */
const databaseId = (n: Node) => Buffer.from(n.id, 'base64url').toString('utf8').split(':')[1];
const price = (n: Node) => (n.lowestMonthlyPrice ? BigInt(n.lowestMonthlyPrice.amount) : null);
const priceAscending = (a: Node, b: Node) => (price(a) === null ? price(b) === null : price(b) === null || price(a)! <= price(b)!);

describe('pagination walks every page exactly once', () => {
  const cases: [string, Record<string, unknown>, ((a: Node, b: Node) => boolean) | null][] = [
    ['NAME', { sort: 'NAME' }, null],
    ['PRICE_ASC', { sort: 'PRICE_ASC' }, priceAscending],
    ['PRICE_DESC', { sort: 'PRICE_DESC' }, (a, b) => price(b) === null || (price(a) !== null && price(a)! >= price(b)!)],
    ['SLA_DESC', { sort: 'SLA_DESC' }, (a, b) => Number(a.slaAvailability ?? 0) >= Number(b.slaAvailability ?? 0)],
    ['UPDATED_DESC', { sort: 'UPDATED_DESC' }, (a, b) => a.updatedAt >= b.updatedAt],
    ['RELEVANCE with a query', { sort: 'RELEVANCE', query: 'dịch vụ' }, null],
    ['RELEVANCE with a filter', { filter: { kinds: ['IAAS', 'SAAS'] } }, null],
    ['PRICE_ASC over several kinds', { sort: 'PRICE_ASC', filter: { kinds: ['SECURITY', 'IAAS', 'PAAS'] } }, priceAscending],
    ['PRICE_ASC over two kinds, in Vietnam', { sort: 'PRICE_ASC', filter: { kinds: ['SAAS', 'IAAS'], dataInVietnam: true } }, priceAscending],
    ['NAME over several kinds', { sort: 'NAME', filter: { kinds: ['SOFTWARE', 'SAAS', 'SECURITY'] } }, null],
  ];
  for (const [name, variables, ordered] of cases) {
    it(`by ${name}`, async () => {
      const whole = await walk(variables, 100);
      expect(whole.seen.length).toBe(whole.total);
      expect(whole.total).toBeGreaterThan(7);
      const paged = await walk(variables, 7);
      expect(paged.seen.map((n) => n.id)).toEqual(whole.seen.map((n) => n.id));
      expect(new Set(paged.seen.map((n) => n.id)).size).toBe(paged.seen.length);
      if (ordered) for (let i = 1; i < paged.seen.length; i++) expect(ordered(paged.seen[i - 1]!, paged.seen[i]!)).toBe(true);
    });
  }

  it('orders pages over several kinds as one list, by name and by price', async () => {
    const kinds = ['SOFTWARE', 'SAAS', 'SECURITY', 'IAAS'];
    for (const [sort, order] of [
      ['NAME', sql`o.name, o.id`],
      ['PRICE_ASC', sql`coalesce(o.min_monthly_price, 9223372036854775807), o.id`],
    ] as const) {
      const expected = await rows<{ id: string }>(
        server.database,
        sql`select o.id from offerings o where o.status = 'PUBLISHED' and o.kind::text in ('SOFTWARE', 'SAAS', 'SECURITY', 'IAAS') order by ${order}`,
      );
      const paged = await walk({ sort, filter: { kinds } }, 5);
      expect(paged.seen.map(databaseId)).toEqual(expected.map((found) => found.id));
    }
  });

  it('pages a vendor’s offerings and the vendor list the same way', async () => {
    const vendorQuery = `query($first: Int, $after: String) { vendor(slug: "viettel-idc") { offerings(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`;
    const all = (await server.gql(vendorQuery, { first: 100 })).data.vendor.offerings;
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await server.gql(vendorQuery, { first: 2, after })).data.vendor.offerings;
      expect(page.totalCount).toBe(all.totalCount);
      ids.push(...page.nodes.map((n: { id: string }) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(all.nodes.map((n: { id: string }) => n.id));

    const vendorsQuery = `query($first: Int, $after: String) { vendors(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { slug } } }`;
    const allVendors = (await server.gql(vendorsQuery, { first: 100 })).data.vendors;
    const vendorSlugs: string[] = [];
    after = null;
    do {
      const page: any = (await server.gql(vendorsQuery, { first: 3, after })).data.vendors;
      vendorSlugs.push(...page.nodes.map((n: { slug: string }) => n.slug));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(vendorSlugs).toEqual(allVendors.nodes.map((n: { slug: string }) => n.slug));
    expect(vendorSlugs.length).toBe(allVendors.totalCount);
  });

  it('answers first: 0 with counts and no rows', async () => {
    const result = await server.gql(pageQuery, { first: 0 });
    expect(result.data.offerings.edges).toEqual([]);
    expect(result.data.offerings.totalCount).toBeGreaterThan(0);
    expect(result.data.offerings.pageInfo.hasNextPage).toBe(true);
  });
});
