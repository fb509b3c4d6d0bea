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

  it('answers a vendor’s offerings with facets and numbered pages, as the catalogue does for that vendor', async () => {
    const vendorQuery = `query($first: Int, $after: String) { vendor(slug: "viettel-idc") { offerings(first: $first, after: $after) {
      totalCount countBefore pageCursors(around: 1) { page cursor isCurrent } nodes { id }
      facets { kinds { value count } vendors { value count } cities { value count } } } } }`;
    const catalogQuery = `query($first: Int, $after: String) { offerings(first: $first, after: $after, sort: NAME, filter: { vendors: ["viettel-idc"] }) {
      totalCount countBefore pageCursors(around: 1) { page cursor isCurrent } nodes { id }
      facets { kinds { value count } vendors { value count } cities { value count } } } }`;
    const first = await server.gql(vendorQuery, { first: 2 });
    expect(first.errors).toBeUndefined();
    const own = first.data.vendor.offerings;
    expect(own.totalCount).toBeGreaterThan(4);
    expect(own.facets.vendors).toContainEqual({ value: 'viettel-idc', count: own.totalCount });
    expect(own).toEqual((await server.gql(catalogQuery, { first: 2 })).data.offerings);
    const third = own.pageCursors.find((p: { page: number }) => p.page === 2)!.cursor;
    const later = (await server.gql(vendorQuery, { first: 2, after: third })).data.vendor.offerings;
    expect(later.countBefore).toBe(2);
    expect(later).toEqual((await server.gql(catalogQuery, { first: 2, after: third })).data.offerings);
  });

  it('answers first: 0 with counts and no rows', async () => {
    const result = await server.gql(pageQuery, { first: 0 });
    expect(result.data.offerings.edges).toEqual([]);
    expect(result.data.offerings.totalCount).toBeGreaterThan(0);
    expect(result.data.offerings.pageInfo.hasNextPage).toBe(true);
  });
});

describe('numbered pages over keyset cursors (issue 13)', () => {
  const numberedQuery = `query Numbered($first: Int, $after: String, $sort: OfferingSort, $query: String, $filter: OfferingFilter, $around: Int) {
    offerings(first: $first, after: $after, sort: $sort, query: $query, filter: $filter) {
      totalCount
      countBefore
      edges { cursor node { id } }
      pageCursors(around: $around) { page cursor isCurrent }
    }
  }`;
  interface Numbered {
    totalCount: number;
    countBefore: number;
    edges: { cursor: string; node: { id: string } }[];
    pageCursors: { page: number; cursor: string | null; isCurrent: boolean }[];
  }
  async function numbered(variables: Record<string, unknown>): Promise<Numbered> {
    const result = await server.gql(numberedQuery, variables);
    expect(result.errors).toBeUndefined();
    return result.data.offerings;
  }

  const cases: [string, Record<string, unknown>][] = [
    ['NAME', { sort: 'NAME' }],
    ['PRICE_ASC over several kinds', { sort: 'PRICE_ASC', filter: { kinds: ['SECURITY', 'IAAS', 'PAAS'] } }],
    ['PRICE_DESC per user', { sort: 'PRICE_DESC', filter: { billingUnits: ['USER_MONTH', 'MONTH'] } }],
    ['RELEVANCE with a query', { query: 'cloud' }],
  ];
  for (const [name, variables] of cases) {
    it(`says where a page starts and jumps to numbered pages, by ${name}`, async () => {
      const size = 4;
      const whole = await walk(variables, 100);
      const ids = whole.seen.map((n) => n.id);
      const last = Math.ceil(ids.length / size);
      expect(last).toBeGreaterThan(6);
      /** The cursor of the row at `index`: the page after it starts at index + 1. */
      const cursorAt = async (index: number) => (await walkCursors(variables, index + 1)).at(-1)!;

      const first = await numbered({ ...variables, first: size });
      expect(first.countBefore).toBe(0);
      expect(first.pageCursors.map((p) => p.page)).toEqual([1, 2, 3, last]);
      expect(first.pageCursors[0]).toEqual({ page: 1, cursor: null, isCurrent: true });

      // the fourth page, reached by cursor: rows 13–16
      const fourth = await numbered({ ...variables, first: size, after: await cursorAt(3 * size - 1), around: 2 });
      expect(fourth.countBefore).toBe(3 * size);
      expect(fourth.edges.map((edge) => edge.node.id)).toEqual(ids.slice(3 * size, 4 * size));
      expect(fourth.pageCursors.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6, last]);
      expect(fourth.pageCursors.filter((p) => p.isCurrent).map((p) => p.page)).toEqual([4]);
      for (const target of fourth.pageCursors) {
        const opened = await numbered({ ...variables, first: size, after: target.cursor });
        expect(opened.countBefore, `page ${target.page}`).toBe((target.page - 1) * size);
        expect(opened.edges.map((edge) => edge.node.id), `page ${target.page}`).toEqual(ids.slice((target.page - 1) * size, target.page * size));
      }

      // a cursor that is not on a page boundary: the page says where it starts, and the numbers lead to whole pages
      const offset = await numbered({ ...variables, first: size, after: await cursorAt(3 * size + 1), around: 1 });
      expect(offset.countBefore).toBe(3 * size + 2);
      expect(offset.pageCursors.some((p) => p.isCurrent)).toBe(false);
      expect(offset.pageCursors.map((p) => p.page)).toEqual([1, 4, 5, last]);
      const fifth = await numbered({ ...variables, first: size, after: offset.pageCursors.find((p) => p.page === 5)!.cursor });
      expect(fifth.edges.map((edge) => edge.node.id)).toEqual(ids.slice(4 * size, 5 * size));

      const lastPage = await numbered({ ...variables, first: size, after: first.pageCursors.at(-1)!.cursor });
      expect(lastPage.countBefore).toBe((last - 1) * size);
      expect(lastPage.edges.map((edge) => edge.node.id)).toEqual(ids.slice((last - 1) * size));
      expect(lastPage.pageCursors.map((p) => p.page)).toEqual([1, last - 2, last - 1, last]);
    });
  }

  /** The cursors of the first `n` rows, one page of n. */
  async function walkCursors(variables: Record<string, unknown>, n: number): Promise<string[]> {
    const result = await server.gql(pageQuery, { ...variables, first: n });
    return result.data.offerings.edges.map((edge: { cursor: string }) => edge.cursor);
  }

  it('refuses more than five pages around', async () => {
    const result = await server.gql(numberedQuery, { first: 5, around: 6 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
