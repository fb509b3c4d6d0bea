import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../support/accounts.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';

// Issue 18, item 2: myOfferings filtered by status only; an integrator could not find a listing by its own terms.

let server: TestServer;
let partner: Record<string, string>;
let other: Record<string, string>;
const ids: Record<string, string> = {};
let since: string;

const create = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id } userErrors { field code } } }`;
const query = `query($status: ListingStatus, $externalId: String, $categorySlug: String, $query: String, $updatedSince: DateTime, $first: Int, $after: String) {
  myOfferings(status: $status, externalId: $externalId, categorySlug: $categorySlug, query: $query, updatedSince: $updatedSince, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id }
  }
}`;

async function listing(headers: Record<string, string>, name: string, externalId: string | null, kind: string, categorySlug: string, nameEn?: string) {
  const response = await server.gql(
    create,
    {
      input: {
        name,
        nameEn,
        externalId,
        summary: 'Dịch vụ để thử bộ lọc.',
        description: 'Dịch vụ để thử bộ lọc của myOfferings.',
        kind,
        categorySlug,
        dataCenterIds: [],
        plans: [{ name: 'Gói cơ bản', price: '100000', unit: 'MONTH' }],
      },
    },
    headers,
  );
  expect(response.data.createOffering.userErrors).toEqual([]);
  return response.data.createOffering.offering.id as string;
}

async function find(variables: Record<string, unknown>, headers = partner) {
  const response = await server.gql(query, variables, headers);
  expect(response.errors).toBeUndefined();
  return response.data.myOfferings as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string }[] };
}

const idsOf = (page: { nodes: { id: string }[] }) => page.nodes.map((node) => node.id).sort();
const named = (...names: string[]) => names.map((name) => ids[name]!).sort();

beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  partner = { authorization: `Bearer ${(await createKey(server.database, 'bizfly-cloud', ['listings:read', 'listings:write'])).key}` };
  other = { authorization: `Bearer ${(await createKey(server.database, 'cmc-cloud', ['listings:read', 'listings:write'])).key}` };
  // Zqxa: a word no seeded listing has, so that the organization's seeded listings stay out of the way.
  ids.server = await listing(partner, 'Máy chủ ảo Đà Nẵng Zqxa', 'vm-dn', 'IAAS', 'compute', 'Virtual Zqxv server');
  ids.backup = await listing(partner, 'Sao lưu dữ liệu Zqxa', 'BK-Qz-01', 'IAAS', 'backup');
  ids.gpu = await listing(partner, 'Máy chủ GPU Zqxa', null, 'IAAS', 'compute');
  ids.theirs = await listing(other, 'Máy chủ ảo Đà Nẵng Zqxa khác', 'vm-dn', 'IAAS', 'compute');
  // The first two changed long ago; the GPU server just now.
  await server.database.db.execute(sql`update offerings set updated_at = now() - interval '10 days' where id in (
    select o.id from offerings o where o.external_id in ('vm-dn', 'BK-Qz-01'))`);
  since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  await server.gql(`mutation($id: ID!) { submitOffering(id: $id) { userErrors { code } } }`, { id: ids.gpu }, partner);
});
afterAll(() => server.close());

describe('myOfferings filters', () => {
  it('by externalId, exactly, and only the caller’s organization’s', async () => {
    expect(idsOf(await find({ externalId: 'vm-dn' }))).toEqual(named('server'));
    expect(idsOf(await find({ externalId: 'vm-dn' }, other))).toEqual(named('theirs'));
    expect((await find({ externalId: 'VM-DN' })).totalCount).toBe(0);
    expect((await find({ externalId: 'vm' })).totalCount).toBe(0);
  });

  it('by category; an unknown slug finds nothing', async () => {
    const compute = await find({ categorySlug: 'compute', query: 'zqxa' });
    expect(idsOf(compute)).toEqual(named('server', 'gpu'));
    expect(compute.totalCount).toBe(2);
    expect(idsOf(await find({ categorySlug: 'backup', first: 100 }))).toContain(ids.backup);
    expect(idsOf(await find({ categorySlug: 'backup', first: 100 }))).not.toContain(ids.server);
    expect(await find({ categorySlug: 'no-such-category' })).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('by text in the name, English name, slug or externalId, case and diacritics ignored', async () => {
    expect(idsOf(await find({ query: 'da nang zqxa' }))).toEqual(named('server'));
    expect(idsOf(await find({ query: 'ĐÀ NẴNG ZQXA' }))).toEqual(named('server'));
    expect(idsOf(await find({ query: 'zqxv' }))).toEqual(named('server'));
    expect(idsOf(await find({ query: 'bk-qz' }))).toEqual(named('backup'));
    expect(idsOf(await find({ query: 'luu-du-lieu-zqxa' }))).toEqual(named('backup'));
    expect(idsOf(await find({ query: 'Zqxa' }))).toEqual(named('server', 'backup', 'gpu'));
    expect(idsOf(await find({ query: '%' }))).toEqual([]);
    for (const bad of ['', '   ', 'x'.repeat(101)]) {
      expect((await server.gql(query, { query: bad }, partner)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('by time of the last change, and combined with status and each other', async () => {
    expect(idsOf(await find({ updatedSince: since, query: 'zqxa' }))).toEqual(named('gpu'));
    expect(idsOf(await find({ updatedSince: since, first: 100 }))).not.toContain(ids.server);
    expect(idsOf(await find({ status: 'IN_REVIEW', categorySlug: 'compute', query: 'zqxa' }))).toEqual(named('gpu'));
    expect(idsOf(await find({ status: 'DRAFT', categorySlug: 'compute', query: 'zqxa' }))).toEqual(named('server'));
    expect((await find({ status: 'DRAFT', updatedSince: since })).totalCount).toBe(0);
    expect((await find({ externalId: 'BK-Qz-01', categorySlug: 'compute' })).totalCount).toBe(0);
    expect(idsOf(await find({ externalId: 'BK-Qz-01', categorySlug: 'backup', status: 'DRAFT' }))).toEqual(named('backup'));
  });

  it('pages filtered results with correct cursors and a filtered totalCount', async () => {
    const first = await find({ query: 'zqxa', categorySlug: 'compute', first: 1 });
    expect(first.totalCount).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.nodes.map((node) => node.id)).toEqual([ids.gpu]);
    const second = await find({ query: 'zqxa', categorySlug: 'compute', first: 1, after: first.pageInfo.endCursor });
    expect(second).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false }, nodes: [{ id: ids.server }] });
    const all = await find({ first: 100 });
    expect(all.totalCount).toBe(all.nodes.length);
    expect(all.nodes.length).toBeGreaterThan(3);
  });
});
