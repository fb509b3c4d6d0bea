import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../support/accounts.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { count } from '../support/sql.ts';

let server: TestServer;
let cmc: Record<string, string>;
let misa: Record<string, string>;
const dataCenters: Record<string, string[]> = {};
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  cmc = { authorization: `Bearer ${(await createKey(server.database, 'cmc-cloud', ['listings:read', 'listings:write'])).key}` };
  misa = { authorization: `Bearer ${(await createKey(server.database, 'misa', ['listings:read', 'listings:write'])).key}` };
  for (const vendor of ['cmc-cloud', 'viettel-idc']) {
    dataCenters[vendor] = (await server.gql(`query($slug: String!) { vendor(slug: $slug) { dataCenters { id } } }`, { slug: vendor })).data.vendor.dataCenters.map(
      (dc: { id: string }) => dc.id,
    );
  }
});
afterAll(() => server.close());

const createMutation = `mutation($input: CreateOfferingInput!) {
  createOffering(input: $input) { offering { id slug version status requirements { categories { slug } vendors { slug } } } userErrors { field code message } }
}`;
const updateMutation = `mutation($input: UpdateOfferingInput!) {
  updateOffering(input: $input) { offering { id version summary } userErrors { field code message } }
}`;
const importMutation = `mutation($input: ImportOfferingsInput!) {
  importOfferings(input: $input) { importedCount results { index offering { id slug status } userErrors { field code } } userErrors { field code } }
}`;

function draft(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Lưu trữ khối Kestrel',
    summary: 'Ổ đĩa khối cho máy chủ ảo.',
    description: 'Ổ đĩa SSD gắn vào máy chủ ảo, sao chép ba bản.',
    kind: 'IAAS',
    categorySlug: 'block-storage',
    dataCenterIds: dataCenters['cmc-cloud'],
    plans: [{ name: 'SSD 100 GB', price: '200000', unit: 'MONTH' }],
    ...overrides,
  };
}

async function errorsOf(input: Record<string, unknown>, headers = cmc): Promise<[string | null, string][]> {
  const response = await server.gql(createMutation, { input }, headers);
  expect(response.errors).toBeUndefined();
  const result = response.data.createOffering;
  expect(result.offering).toBeNull();
  return result.userErrors.map((error: { field: string[] | null; code: string }) => [error.field?.join('.') ?? null, error.code]);
}

async function created(input: Record<string, unknown>, headers = cmc) {
  const result = (await server.gql(createMutation, { input }, headers)).data.createOffering;
  expect(result.userErrors).toEqual([]);
  return result.offering;
}

const listingCount = () => count(server.database, sql`select 1 from offerings`);

describe('createOffering validation', () => {
  it('refuses blank, too long and multi-line texts', async () => {
    expect(
      await errorsOf(draft({ name: '  ', summary: 'x'.repeat(301), description: 'đ'.repeat(5001), summaryEn: 'one\ntwo' })),
    ).toEqual([
      ['input.name', 'BLANK'],
      ['input.summary', 'TOO_LONG'],
      ['input.summaryEn', 'INVALID'],
      ['input.description', 'TOO_LONG'],
    ]);
    expect(await errorsOf(draft({ name: 'n'.repeat(121), summary: 'Một dòng\nhai dòng', description: '' }))).toEqual([
      ['input.name', 'TOO_LONG'],
      ['input.summary', 'INVALID'],
      ['input.description', 'BLANK'],
    ]);
    await created(draft({ name: 'N'.repeat(120), summary: 's'.repeat(300), description: 'd'.repeat(5000) }));
  });

  it('refuses prices that are negative, fractional or above 10^12, and SLAs outside (0, 100] or finer than 0.001', async () => {
    const plans = ['-1', '12.5', '1000000000001'].map((price, i) => ({ name: `Gói ${i}`, price, unit: 'MONTH' }));
    expect(await errorsOf(draft({ plans }))).toEqual([
      ['input.plans.0.price', 'OUT_OF_RANGE'],
      ['input.plans.1.price', 'INVALID'],
      ['input.plans.2.price', 'OUT_OF_RANGE'],
    ]);
    for (const [sla, code] of [['0', 'OUT_OF_RANGE'], ['100.001', 'OUT_OF_RANGE'], ['-5', 'OUT_OF_RANGE'], ['99.9999', 'INVALID']]) {
      expect(await errorsOf(draft({ slaAvailability: sla }))).toEqual([['input.slaAvailability', code]]);
    }
    await created(draft({ slaAvailability: '100', plans: [{ name: 'Miễn phí', price: '0', unit: 'MONTH' }, { name: 'Lớn', price: '1000000000000.00', unit: 'ONE_TIME' }] }));
    await created(draft({ slaAvailability: '99.9990' }));
  });

  it('refuses unknown categories and a kind that is not the category’s', async () => {
    expect(await errorsOf(draft({ categorySlug: 'quantum' }))).toEqual([['input.categorySlug', 'UNKNOWN_CATEGORY']]);
    expect(await errorsOf(draft({ kind: 'PAAS' }))).toEqual([['input.kind', 'KIND_MISMATCH']]);
  });

  it('allows own data centers, and a cloud provider’s only for hosted kinds', async () => {
    const viettel = dataCenters['viettel-idc']![0]!;
    expect(await errorsOf(draft({ dataCenterIds: [dataCenters['cmc-cloud']![0], viettel] }))).toEqual([['input.dataCenterIds.1', 'FOREIGN_DATA_CENTER']]);
    const missing = Buffer.from('DataCenter:00000000-0000-4000-8000-000000000000').toString('base64url');
    const offeringId = (await server.gql(`{ offering(slug: "viettel-cloud-server") { id } }`)).data.offering.id;
    expect(await errorsOf(draft({ dataCenterIds: [missing, offeringId, 'garbage', dataCenters['cmc-cloud']![0], dataCenters['cmc-cloud']![0]] }))).toEqual([
      ['input.dataCenterIds.0', 'UNKNOWN_DATA_CENTER'],
      ['input.dataCenterIds.1', 'UNKNOWN_DATA_CENTER'],
      ['input.dataCenterIds.2', 'UNKNOWN_DATA_CENTER'],
      ['input.dataCenterIds.4', 'DUPLICATE'],
    ]);
    const saas = { kind: 'SAAS', categorySlug: 'accounting', name: 'Kế toán Kestrel' };
    await created(draft({ ...saas, dataCenterIds: [viettel] }), misa);
    expect(await errorsOf(draft({ kind: 'IAAS', dataCenterIds: [viettel] }), misa)).toEqual([['input.dataCenterIds.0', 'FOREIGN_DATA_CENTER']]);
  });

  it('refuses duplicate plan names, duplicate spec keys, and too many plans or specs', async () => {
    const duplicates = [
      { name: 'Gói Cơ bản', price: '1', unit: 'MONTH', specs: [{ key: 'vcpu', value: '1' }, { key: 'vcpu', value: '2' }] },
      { name: 'goi co ban', price: '2', unit: 'MONTH' },
      { name: '!!!', price: '3', unit: 'MONTH' },
    ];
    expect(await errorsOf(draft({ plans: duplicates }))).toEqual([
      ['input.plans.0.specs.1.key', 'DUPLICATE'],
      ['input.plans.1.name', 'DUPLICATE'],
      ['input.plans.2.name', 'INVALID'],
    ]);
    const many = Array.from({ length: 51 }, (_, i) => ({ name: `Gói ${i}`, price: '1', unit: 'MONTH' }));
    expect(await errorsOf(draft({ plans: many }))).toEqual([['input.plans', 'TOO_MANY']]);
    const specs = Array.from({ length: 31 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect(await errorsOf(draft({ plans: [{ name: 'Gói', price: '1', unit: 'MONTH', specs }] }))).toEqual([['input.plans.0.specs', 'TOO_MANY']]);
    await created(draft({ name: 'Kestrel giới hạn', plans: many.slice(0, 50).map((plan) => ({ ...plan, specs: specs.slice(0, 30) })) }));
  });

  it('checks requirements’ categories and vendors', async () => {
    const requirements = [
      { description: 'Cần máy chủ ảo của CMC hoặc Viettel IDC', categorySlugs: ['compute'], vendorSlugs: ['cmc-cloud', 'viettel-idc'] },
      { description: '', categorySlugs: [] },
      { description: 'Cần gì đó', categorySlugs: ['compute', 'teleportation'], vendorSlugs: ['nobody'] },
    ];
    expect(await errorsOf(draft({ requirements }))).toEqual([
      ['input.requirements.1.description', 'BLANK'],
      ['input.requirements.1.categorySlugs', 'BLANK'],
      ['input.requirements.2.categorySlugs.1', 'UNKNOWN_CATEGORY'],
      ['input.requirements.2.vendorSlugs.0', 'UNKNOWN_VENDOR'],
    ]);
    const listing = await created(draft({ name: 'Kestrel có điều kiện', requirements: requirements.slice(0, 1) }));
    expect(listing.requirements).toEqual([{ categories: [{ slug: 'compute' }], vendors: [{ slug: 'cmc-cloud' }, { slug: 'viettel-idc' }] }]);
  });

  it('derives slugs from the name with diacritics folded, numbers repeats, and refuses a taken or malformed chosen slug', async () => {
    const first = await created(draft({ name: 'Điện toán Đám mây Ấn tượng' }));
    const second = await created(draft({ name: 'Điện toán đám mây ấn tượng!' }));
    expect([first.slug, second.slug]).toEqual(['dien-toan-dam-may-an-tuong', 'dien-toan-dam-may-an-tuong-2']);
    expect(first).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(await errorsOf(draft({ slug: 'viettel-cloud-server' }))).toEqual([['input.slug', 'TAKEN']]);
    expect(await errorsOf(draft({ slug: first.slug }))).toEqual([['input.slug', 'TAKEN']]);
    for (const slug of ['Hoa Sen', 'hoa--sen', '-hoa', 'a'.repeat(81)]) expect(await errorsOf(draft({ slug }))).toEqual([['input.slug', 'INVALID']]);
    expect((await created(draft({ slug: 'kestrel-block' }))).slug).toBe('kestrel-block');
  });
});

describe('updateOffering validation', () => {
  it('requires the current version and refuses a stale one', async () => {
    const listing = await created(draft({ name: 'Kestrel phiên bản' }));
    const missing = (await server.gql(updateMutation, { input: { id: listing.id, summary: 'Không có phiên bản.' } }, cmc)).data.updateOffering;
    expect(missing.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([['input.version', 'VERSION_REQUIRED']]);

    const [a, b] = await Promise.all(
      ['Bản của An.', 'Bản của Bình.'].map(async (summary) => (await server.gql(updateMutation, { input: { id: listing.id, version: 1, summary } }, cmc)).data.updateOffering),
    );
    const winner = [a, b].find((r) => r.offering)!;
    const loser = [a, b].find((r) => !r.offering)!;
    expect(winner.offering.version).toBe(2);
    expect(loser.userErrors.map((e: { code: string }) => e.code)).toEqual(['STALE_VERSION']);

    const again = (await server.gql(updateMutation, { input: { id: listing.id, version: 1, summary: 'Cũ.' } }, cmc)).data.updateOffering;
    expect(again.userErrors[0]).toMatchObject({ field: ['input', 'version'], code: 'STALE_VERSION' });
    expect(again.userErrors[0].message).toContain('version 2');
  });

  it('checks the fields it is given, with the listing’s kind', async () => {
    const listing = await created(draft({ name: 'Kestrel sửa' }));
    const result = (
      await server.gql(updateMutation, { input: { id: listing.id, version: 1, name: '', dataCenterIds: [dataCenters['viettel-idc']![0]], plans: [{ name: 'A', price: '-2', unit: 'MONTH' }] } }, cmc)
    ).data.updateOffering;
    expect(result.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([
      ['input.name', 'BLANK'],
      ['input.dataCenterIds.0', 'FOREIGN_DATA_CENTER'],
      ['input.plans.0.price', 'OUT_OF_RANGE'],
    ]);
  });
});

describe('importOfferings', () => {
  const batch = () => [draft({ name: 'Kestrel lô 1' }), draft({ name: '', plans: [{ name: 'X', price: '1.5', unit: 'MONTH' }] }), draft({ name: 'Kestrel lô 3' })];

  it('stores nothing when atomic and any listing fails', async () => {
    const before = await listingCount();
    const result = (await server.gql(importMutation, { input: { offerings: batch() } }, cmc)).data.importOfferings;
    expect(result.importedCount).toBe(0);
    expect(result.userErrors).toEqual([{ field: ['input', 'offerings'], code: 'NOT_IMPORTED' }]);
    expect(result.results.map((r: { index: number; offering: unknown; userErrors: { field: string[]; code: string }[] }) => [r.index, r.offering, r.userErrors.map((e) => [e.field.join('.'), e.code])])).toEqual([
      [0, null, []],
      [1, null, [['input.offerings.1.name', 'BLANK'], ['input.offerings.1.plans.0.price', 'INVALID']]],
      [2, null, []],
    ]);
    expect(await listingCount()).toBe(before);
  });

  it('rolls an atomic import back when two listings choose the same slug', async () => {
    const before = await listingCount();
    const result = (await server.gql(importMutation, { input: { offerings: [draft({ slug: 'kestrel-twin' }), draft({ slug: 'kestrel-twin' })] } }, cmc)).data.importOfferings;
    expect(result.results[1].userErrors).toEqual([{ field: ['input', 'offerings', '1', 'slug'], code: 'TAKEN' }]);
    expect(await listingCount()).toBe(before);
  });

  it('stores every valid listing when not atomic', async () => {
    const before = await listingCount();
    const result = (await server.gql(importMutation, { input: { offerings: batch(), atomic: false } }, cmc)).data.importOfferings;
    expect(result.userErrors).toEqual([]);
    expect(result.importedCount).toBe(2);
    expect(result.results.map((r: { offering: { status: string } | null }) => r.offering?.status ?? null)).toEqual(['DRAFT', null, 'DRAFT']);
    expect(result.results[1].userErrors.map((e: { code: string }) => e.code)).toEqual(['BLANK', 'INVALID']);
    expect(await listingCount()).toBe(before + 2);
  });

  it('takes 1 to 100 listings', async () => {
    const tooMany = (await server.gql(importMutation, { input: { offerings: Array.from({ length: 101 }, () => draft()) } }, cmc)).data.importOfferings;
    expect(tooMany).toEqual({ importedCount: 0, results: [], userErrors: [{ field: ['input', 'offerings'], code: 'TOO_MANY' }] });
    const none = (await server.gql(importMutation, { input: { offerings: [] } }, cmc)).data.importOfferings;
    expect(none.userErrors).toEqual([{ field: ['input', 'offerings'], code: 'BLANK' }]);
  });
});
