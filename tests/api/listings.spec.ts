import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createUser, signIn } from '../support/accounts.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

let server: TestServer;
let partner: Record<string, string>;
let staff: Record<string, string>;
let bizflyDataCenters: string[];
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  partner = { authorization: `Bearer ${(await createKey(server.database, 'bizfly-cloud', ['listings:read', 'listings:write'])).key}` };
  staff = { cookie: await signIn(server, (await createUser(server.database, { label: 'staff', staff: true })).email) };
  bizflyDataCenters = (await server.gql(`{ vendor(slug: "bizfly-cloud") { dataCenters { id } } }`)).data.vendor.dataCenters.map(
    (dc: { id: string }) => dc.id,
  );
});
afterAll(() => server.close());

const listingFields = `id slug name summary summaryEn status version rejectionReason slaAvailability
  category { slug } dataCenters { id }
  plans { id name price { amount } unit specs { key value } }
  requirements { description categories { slug } vendors { slug } }
  pendingRevision { status baseVersion name slaAvailability rejectionReason dataCenters { id }
    plans { name price { amount } monthlyPrice { amount } unit plan { id } } requirements { categories { slug } } }`;
const payload = `offering { ${listingFields} } userErrors { field code message }`;

const importMutation = `mutation($input: ImportOfferingsInput!) {
  importOfferings(input: $input) { importedCount results { index offering { ${listingFields} } userErrors { field code } } userErrors { field code } }
}`;
const createMutation = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { ${payload} } }`;
const updateMutation = `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { ${payload} } }`;
const submitMutation = `mutation($id: ID!) { submitOffering(id: $id) { ${payload} } }`;
const withdrawMutation = `mutation($id: ID!) { withdrawOffering(id: $id) { ${payload} } }`;
const archiveMutation = `mutation($id: ID!) { archiveOffering(id: $id) { ${payload} } }`;
const approveMutation = `mutation($id: ID!) { approveOffering(id: $id) { ${payload} } }`;
const rejectMutation = `mutation($id: ID!, $reason: String!) { rejectOffering(id: $id, reason: $reason) { ${payload} } }`;
const publicQuery = `query($slug: String!) { offering(slug: $slug) { ${listingFields} } }`;
const searchQuery = `query($q: String!) { offerings(query: $q) { totalCount nodes { slug name } } }`;
const myQuery = `query($status: ListingStatus, $first: Int, $after: String) {
  myOfferings(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${listingFields} } }
}`;

let counter = 0;
function draft(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    name: `Máy chủ ảo Zebrafin ${counter}`,
    summary: 'Máy chủ ảo cho doanh nghiệp vừa và nhỏ.',
    summaryEn: 'Virtual servers for small businesses.',
    description: 'Máy chủ ảo chạy tại hai trung tâm dữ liệu trong nước.',
    kind: 'IAAS',
    categorySlug: 'compute',
    dataCenterIds: bizflyDataCenters,
    slaAvailability: '99.95',
    plans: [
      { name: 'Gói 2 vCPU', price: '400000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '2' }, { key: 'ram_gb', value: '4' }] },
      { name: 'Gói 4 vCPU', price: '800000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '4' }] },
      { name: 'Gói theo giờ', price: '900', unit: 'HOUR' },
    ],
    ...overrides,
  };
}

async function ok(mutation: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await server.gql(mutation, variables, headers);
  expect(response.errors).toBeUndefined();
  const result = Object.values(response.data)[0] as { offering: any; userErrors: unknown[] };
  expect(result.userErrors).toEqual([]);
  return result.offering;
}

async function refusal(mutation: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await server.gql(mutation, variables, headers);
  expect(response.errors).toBeUndefined();
  const result = Object.values(response.data)[0] as { offering: unknown; userErrors: { field: string[] | null; code: string }[] };
  expect(result.offering).toBeNull();
  return result.userErrors.map((error) => [error.field?.join('.') ?? null, error.code]);
}

async function published(overrides: Record<string, unknown> = {}) {
  const offering = await ok(createMutation, { input: draft(overrides) }, partner);
  await ok(submitMutation, { id: offering.id }, partner);
  return ok(approveMutation, { id: offering.id }, staff);
}

describe('the partner journey', () => {
  it('imports, submits, gets approved, edits through a pending revision, and keeps saved stacks’ plans', async () => {
    const imported = (
      await server.gql(importMutation, { input: { offerings: [draft({ name: 'Điện toán Zebrafin Đám mây' }), draft()] } }, partner)
    ).data.importOfferings;
    expect(imported.userErrors).toEqual([]);
    expect(imported.importedCount).toBe(2);
    const listing = imported.results[0].offering;
    expect(listing).toMatchObject({ slug: 'dien-toan-zebrafin-dam-may', status: 'DRAFT', version: 1, slaAvailability: '99.950', pendingRevision: null });
    expect(listing.plans.map((p: { name: string; price: { amount: string } }) => [p.name, p.price.amount])).toEqual([
      ['Gói 2 vCPU', '400000'],
      ['Gói theo giờ', '900'],
      ['Gói 4 vCPU', '800000'],
    ]);

    // A draft is nobody's business but its organization's.
    expect((await server.gql(publicQuery, { slug: listing.slug })).data.offering).toBeNull();
    expect((await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: listing.id }, partner)).data.node).toBeNull();
    expect((await server.gql(searchQuery, { q: 'zebrafin' })).data.offerings.totalCount).toBe(0);

    expect((await ok(submitMutation, { id: listing.id }, partner)).status).toBe('IN_REVIEW');
    const approved = await ok(approveMutation, { id: listing.id }, staff);
    expect(approved).toMatchObject({ status: 'PUBLISHED', version: 2 });

    const live = (await server.gql(publicQuery, { slug: listing.slug })).data.offering;
    expect(live).toMatchObject({ name: 'Điện toán Zebrafin Đám mây', status: 'PUBLISHED', version: 2, rejectionReason: null, pendingRevision: null });
    expect((await server.gql(searchQuery, { q: 'zebrafin dam may' })).data.offerings.nodes.map((n: { slug: string }) => n.slug)).toEqual([listing.slug]);

    const planByName = Object.fromEntries(live.plans.map((p: { name: string; id: string }) => [p.name, p.id]));
    const saved = (
      await server.gql(`mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } userErrors { code } } }`, {
        input: { name: 'Zebrafin', items: [{ planId: planByName['Gói 2 vCPU'], quantity: 2 }, { planId: planByName['Gói 4 vCPU'] }] },
      })
    ).data.saveStack.stack;

    // The edit: a new name, a price rise, a plan dropped, a plan added. Plan names match up to case and diacritics.
    const edited = await ok(
      updateMutation,
      {
        input: {
          id: listing.id,
          version: 2,
          name: 'Điện toán Zebrafin Mới',
          slaAvailability: '99.99',
          plans: [
            { name: 'goi 2 vcpu', price: '450000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '2' }] },
            { name: 'Gói theo giờ', price: '900', unit: 'HOUR' },
            { name: 'Gói 8 vCPU', price: '1600000', unit: 'MONTH' },
          ],
        },
      },
      partner,
    );
    expect(edited).toMatchObject({ name: 'Điện toán Zebrafin Đám mây', version: 3, status: 'PUBLISHED' });
    expect(edited.pendingRevision).toMatchObject({ status: 'DRAFT', baseVersion: 2, name: 'Điện toán Zebrafin Mới', slaAvailability: '99.990' });
    expect(edited.pendingRevision.plans.map((p: { name: string; price: { amount: string }; monthlyPrice: { amount: string }; plan: { id: string } | null }) => [p.name, p.price.amount, p.monthlyPrice.amount, p.plan?.id ?? null])).toEqual([
      ['goi 2 vcpu', '450000', '450000', planByName['Gói 2 vCPU']],
      ['Gói theo giờ', '900', '657000', planByName['Gói theo giờ']],
      ['Gói 8 vCPU', '1600000', '1600000', null],
    ]);

    // The public keeps the published version, and never sees the pending edit.
    const during = (await server.gql(publicQuery, { slug: listing.slug })).data.offering;
    expect(during).toMatchObject({ name: 'Điện toán Zebrafin Đám mây', slaAvailability: '99.950', pendingRevision: null });
    expect(during.plans).toEqual(live.plans);

    await ok(submitMutation, { id: listing.id }, partner);
    const mine = (await server.gql(myQuery, { status: 'PUBLISHED' }, partner)).data.myOfferings.nodes;
    expect(mine.find((n: { id: string }) => n.id === listing.id).pendingRevision.status).toBe('IN_REVIEW');
    const applied = await ok(approveMutation, { id: listing.id }, staff);
    expect(applied).toMatchObject({ name: 'Điện toán Zebrafin Mới', version: 4, slaAvailability: '99.990', pendingRevision: null });

    const after = (await server.gql(publicQuery, { slug: listing.slug })).data.offering;
    expect(after.name).toBe('Điện toán Zebrafin Mới');
    const plansAfter = Object.fromEntries(after.plans.map((p: { name: string; id: string; price: { amount: string } }) => [p.name, p]));
    expect(Object.keys(plansAfter).sort()).toEqual(['Gói 8 vCPU', 'Gói theo giờ', 'goi 2 vcpu']);
    expect(plansAfter['goi 2 vcpu']).toMatchObject({ id: planByName['Gói 2 vCPU'], price: { amount: '450000' }, specs: [{ key: 'vcpu', value: '2' }] });
    expect((await server.gql(searchQuery, { q: 'zebrafin moi' })).data.offerings.nodes.map((n: { slug: string }) => n.slug)).toEqual([listing.slug]);

    // The dropped plan is retired, not deleted: the saved stack still shows it, and the price change.
    const dbId = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!;
    const retired = await rows<{ retired: boolean }>(server.database, sql`select retired_at is not null as retired from plans where id = ${dbId(planByName['Gói 4 vCPU'])}`);
    expect(retired).toEqual([{ retired: true }]);
    const stack = (
      await server.gql(`query($id: ID!) { stack(id: $id) { priceChanged items { priceChanged plan { id } savedMonthlyPrice { amount } monthlyPrice { amount } } } }`, {
        id: saved.id,
      })
    ).data.stack;
    expect(stack.priceChanged).toBe(true);
    expect(stack.items[0]).toEqual({
      priceChanged: true,
      plan: { id: planByName['Gói 2 vCPU'] },
      savedMonthlyPrice: { amount: '400000' },
      monthlyPrice: { amount: '450000' },
    });
    expect(stack.items[1].plan.id).toBe(planByName['Gói 4 vCPU']);
  });
});

describe('listing lifecycle', () => {
  it('removes an SLA with an explicit null and keeps it when the field is left out', async () => {
    const offering = await ok(createMutation, { input: draft() }, partner);
    expect(offering.slaAvailability).toBe('99.950');
    const renamed = await ok(updateMutation, { input: { id: offering.id, version: offering.version, name: `${offering.name} mới` } }, partner);
    expect(renamed.slaAvailability).toBe('99.950');
    const cleared = await ok(updateMutation, { input: { id: offering.id, version: renamed.version, slaAvailability: null } }, partner);
    expect(cleared.slaAvailability).toBeNull();
  });

  it('withdraws from review, refuses what the status does not allow, and archives', async () => {
    const offering = await ok(createMutation, { input: draft() }, partner);
    await ok(submitMutation, { id: offering.id }, partner);
    expect(await refusal(submitMutation, { id: offering.id }, partner)).toEqual([['id', 'INVALID_STATE']]);
    expect(await refusal(updateMutation, { input: { id: offering.id, version: 1, name: 'Khác' } }, partner)).toEqual([['id', 'INVALID_STATE']]);
    expect((await ok(withdrawMutation, { id: offering.id }, partner)).status).toBe('DRAFT');
    expect(await refusal(withdrawMutation, { id: offering.id }, partner)).toEqual([['id', 'INVALID_STATE']]);
    expect(await refusal(approveMutation, { id: offering.id }, staff)).toEqual([['id', 'NOT_IN_REVIEW']]);

    const archived = await ok(archiveMutation, { id: offering.id }, partner);
    expect(archived.status).toBe('ARCHIVED');
    expect((await ok(archiveMutation, { id: offering.id }, partner)).status).toBe('ARCHIVED');
    expect(await refusal(updateMutation, { input: { id: offering.id, version: 1, name: 'Khác' } }, partner)).toEqual([['id', 'INVALID_STATE']]);
    expect(await refusal(submitMutation, { id: offering.id }, partner)).toEqual([['id', 'INVALID_STATE']]);
  });

  it('refuses to send a listing without plans for review', async () => {
    const offering = await ok(createMutation, { input: draft({ plans: [] }) }, partner);
    expect(await refusal(submitMutation, { id: offering.id }, partner)).toEqual([['id', 'NO_PLANS']]);
  });

  it('sends a listing back with a reason its organization sees, and a rejected listing is edited back into a draft', async () => {
    const offering = await ok(createMutation, { input: draft() }, partner);
    await ok(submitMutation, { id: offering.id }, partner);
    expect(await refusal(rejectMutation, { id: offering.id, reason: '   ' }, staff)).toEqual([['reason', 'BLANK']]);
    const rejected = await ok(rejectMutation, { id: offering.id, reason: 'Thiếu thông tin về vị trí lưu trữ dữ liệu.' }, staff);
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Thiếu thông tin về vị trí lưu trữ dữ liệu.', version: 1 });

    const mine = (await server.gql(myQuery, { status: 'REJECTED' }, partner)).data.myOfferings.nodes;
    expect(mine.map((n: { id: string; rejectionReason: string }) => [n.id, n.rejectionReason])).toContainEqual([offering.id, 'Thiếu thông tin về vị trí lưu trữ dữ liệu.']);

    const edited = await ok(updateMutation, { input: { id: offering.id, version: 1, description: 'Dữ liệu lưu tại Hà Nội và TP. Hồ Chí Minh.' } }, partner);
    expect(edited).toMatchObject({ status: 'DRAFT', version: 2 });
    expect((await ok(submitMutation, { id: offering.id }, partner)).rejectionReason).toBeNull();
  });

  it('rejects a pending edit while the published version stays, and reopens it on the next edit', async () => {
    const live = await published();
    await ok(updateMutation, { input: { id: live.id, version: live.version, name: 'Tên mới bị từ chối' } }, partner);
    await ok(submitMutation, { id: live.id }, partner);
    const afterReject = await ok(rejectMutation, { id: live.id, reason: 'Tên không rõ ràng.' }, staff);
    expect(afterReject).toMatchObject({ status: 'PUBLISHED', name: live.name, pendingRevision: { status: 'REJECTED', rejectionReason: 'Tên không rõ ràng.' } });
    expect((await server.gql(publicQuery, { slug: live.slug })).data.offering.name).toBe(live.name);

    const reopened = await ok(updateMutation, { input: { id: live.id, version: afterReject.version, summary: 'Tóm tắt mới.' } }, partner);
    expect(reopened.pendingRevision).toMatchObject({ status: 'DRAFT', name: 'Tên mới bị từ chối' });
    expect(await refusal(approveMutation, { id: live.id }, staff)).toEqual([['id', 'NOT_IN_REVIEW']]);
    await ok(submitMutation, { id: live.id }, partner);
    expect((await ok(withdrawMutation, { id: live.id }, partner)).pendingRevision.status).toBe('DRAFT');

    // Archiving closes the edit and takes the listing off the catalog; its plans stay.
    const archived = await ok(archiveMutation, { id: live.id }, partner);
    expect(archived).toMatchObject({ status: 'ARCHIVED', pendingRevision: null });
    expect((await server.gql(publicQuery, { slug: live.slug })).data.offering).toBeNull();
    expect((await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: live.plans[0].id })).data.node).toBeNull();
  });

  it('publishes once when two staff approve at the same time', async () => {
    const offering = await ok(createMutation, { input: draft() }, partner);
    await ok(submitMutation, { id: offering.id }, partner);
    const results = await Promise.all([server.gql(approveMutation, { id: offering.id }, staff), server.gql(approveMutation, { id: offering.id }, staff)]);
    const outcomes = results.map((r) => (r.data.approveOffering.offering ? 'PUBLISHED' : r.data.approveOffering.userErrors[0].code)).sort();
    expect(outcomes).toEqual(['NOT_IN_REVIEW', 'PUBLISHED']);
    const [row] = await rows<{ version: number }>(server.database, sql`select version from offerings where slug = ${offering.slug}`);
    expect(row!.version).toBe(2);

    const edit = await ok(updateMutation, { input: { id: offering.id, version: 2, plans: [{ name: 'Gói duy nhất', price: '100000', unit: 'MONTH' }] } }, partner);
    await ok(submitMutation, { id: edit.id }, partner);
    const again = await Promise.all([server.gql(approveMutation, { id: offering.id }, staff), server.gql(approveMutation, { id: offering.id }, staff)]);
    expect(again.map((r) => (r.data.approveOffering.offering ? 'APPLIED' : r.data.approveOffering.userErrors[0].code)).sort()).toEqual(['APPLIED', 'NOT_IN_REVIEW']);
    const plans = await rows<{ n: number }>(server.database, sql`select count(*)::int as n from plans p join offerings o on o.id = p.offering_id where o.slug = ${offering.slug} and p.retired_at is null`);
    expect(plans).toEqual([{ n: 1 }]);
  });
});

describe('access', () => {
  it('treats another organization’s listing exactly like a missing one', async () => {
    const other = { authorization: `Bearer ${(await createKey(server.database, 'vng-cloud', ['listings:read', 'listings:write'])).key}` };
    const offering = await ok(createMutation, { input: draft() }, partner);
    const missing = Buffer.from('Offering:00000000-0000-4000-8000-000000000000').toString('base64url');
    for (const id of [offering.id, missing]) {
      expect(await refusal(updateMutation, { input: { id, version: 1, name: 'Của tôi' } }, other)).toEqual([['input.id', 'NOT_FOUND']]);
      for (const mutation of [submitMutation, withdrawMutation, archiveMutation]) expect(await refusal(mutation, { id }, other)).toEqual([['id', 'NOT_FOUND']]);
    }
    const foreign = await server.gql(updateMutation, { input: { id: offering.id, version: 1, name: 'x' } }, other);
    const absent = await server.gql(updateMutation, { input: { id: missing, version: 1, name: 'x' } }, other);
    expect(foreign.data).toEqual(absent.data);

    const theirs = (await server.gql(myQuery, {}, other)).data.myOfferings.nodes.map((n: { id: string }) => n.id);
    expect(theirs).not.toContain(offering.id);
    const one = `query($id: ID!) { myOffering(id: $id) { id name status } }`;
    expect((await server.gql(one, { id: offering.id }, partner)).data.myOffering).toEqual({ id: offering.id, name: offering.name, status: 'DRAFT' });
    for (const id of [offering.id, missing]) expect((await server.gql(one, { id }, other)).data.myOffering).toBeNull();
    expect((await server.gql(one, { id: offering.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const headers of [{}, other, partner]) {
      expect((await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: offering.id }, headers)).data.node).toBeNull();
      expect((await server.gql(publicQuery, { slug: offering.slug }, headers)).data.offering).toBeNull();
    }
  });

  it('hides a published listing’s pending edit and rejection from everyone but its organization and staff', async () => {
    const live = await published();
    await ok(updateMutation, { input: { id: live.id, version: live.version, name: 'Bản sửa bí mật' } }, partner);
    const other = { authorization: `Bearer ${(await createKey(server.database, 'vng-cloud', ['listings:read'])).key}` };
    for (const headers of [{}, other]) {
      const seen = (await server.gql(publicQuery, { slug: live.slug }, headers)).data.offering;
      expect(seen).toMatchObject({ name: live.name, pendingRevision: null, rejectionReason: null });
    }
    expect((await server.gql(publicQuery, { slug: live.slug }, partner)).data.offering.pendingRevision.name).toBe('Bản sửa bí mật');
    expect((await server.gql(publicQuery, { slug: live.slug }, staff)).data.offering.pendingRevision.name).toBe('Bản sửa bí mật');
  });

  it('requires a partner with the right scope, and staff to decide', async () => {
    const input = draft();
    expect((await server.gql(createMutation, { input })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const reader = { authorization: `Bearer ${(await createKey(server.database, 'bizfly-cloud', ['listings:read'])).key}` };
    expect((await server.gql(createMutation, { input }, reader)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const quotesOnly = { authorization: `Bearer ${(await createKey(server.database, 'bizfly-cloud', ['quotes:read'])).key}` };
    expect((await server.gql(myQuery, {}, quotesOnly)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await server.gql(createMutation, { input }, staff)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const offering = await ok(createMutation, { input }, partner);
    await ok(submitMutation, { id: offering.id }, partner);
    expect((await server.gql(approveMutation, { id: offering.id }, partner)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await server.gql(rejectMutation, { id: offering.id, reason: 'x' })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('myOfferings', () => {
  it('pages the organization’s listings, newest change first, in a fixed number of statements', async () => {
    const key = { authorization: `Bearer ${(await createKey(server.database, 'mekong-cloud', ['listings:read', 'listings:write'])).key}` };
    const mekongDc = (await server.gql(`{ vendor(slug: "mekong-cloud") { dataCenters { id } } }`)).data.vendor.dataCenters[0].id;
    const before = (await server.gql(myQuery, { first: 0 }, key)).data.myOfferings.totalCount;
    const imported = (
      await server.gql(importMutation, { input: { offerings: Array.from({ length: 12 }, () => draft({ dataCenterIds: [mekongDc] })) } }, key)
    ).data.importOfferings;
    expect(imported.importedCount).toBe(12);
    const touched = imported.results[3].offering;
    await ok(updateMutation, { input: { id: touched.id, version: 1, summary: 'Mới sửa.' } }, key);

    const first = await server.gql(myQuery, { first: 5 }, key);
    const page = first.data.myOfferings;
    expect(page.totalCount).toBe(before + 12);
    expect(page.nodes[0].id).toBe(touched.id);
    const rest = (await server.gql(myQuery, { first: 100, after: page.pageInfo.endCursor }, key)).data.myOfferings;
    const ids = [...page.nodes, ...rest.nodes].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(before + 12);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await server.gql(myQuery, { status: 'PUBLISHED' }, key)).data.myOfferings.nodes.every((n: { status: string }) => n.status === 'PUBLISHED')).toBe(true);

    // Both pages hold drafts and published listings, so both load every relation once.
    const small = Number((await server.gql(myQuery, { first: 13 }, key)).headers.get('x-sql-statements'));
    const large = Number((await server.gql(myQuery, { first: 100 }, key)).headers.get('x-sql-statements'));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(12);
    expect((await server.gql(myQuery, { first: 101 }, key)).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await server.gql(myQuery, { after: 'bm9wZQ' }, key)).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('claimAttestation', () => {
  const claimMutation = `mutation($input: ClaimAttestationInput!) {
    claimAttestation(input: $input) { attestation { status criteriaMet validUntil framework { code } } userErrors { field code } }
  }`;
  const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();

  it('records a claim for the vendor or an own listing, replacing an unverified one', async () => {
    const input = { frameworkCode: 'ISO-27001', evidenceUrl: 'https://bizfly.vn/chung-chi/iso-27001.pdf', validUntil: inAYear };
    const claim = (await server.gql(claimMutation, { input }, partner)).data.claimAttestation;
    expect(claim).toEqual({ attestation: { status: 'CLAIMED', criteriaMet: null, validUntil: inAYear, framework: { code: 'ISO-27001' } }, userErrors: [] });
    await server.gql(claimMutation, { input: { ...input, evidenceUrl: 'https://bizfly.vn/chung-chi/iso-27001-2.pdf' } }, partner);
    const vendorClaims = await rows<{ n: number }>(
      server.database,
      sql`select count(*)::int as n from attestations a join vendors v on v.id = a.vendor_id join compliance_frameworks f on f.id = a.framework_id
          where v.slug = 'bizfly-cloud' and f.code = 'ISO-27001' and a.status = 'CLAIMED'`,
    );
    expect(vendorClaims).toEqual([{ n: 1 }]);

    const live = await published();
    const onListing = (await server.gql(claimMutation, { input: { frameworkCode: 'MIC-CLOUD-153', offeringId: live.id, evidenceUrl: 'https://bizfly.vn/mic.pdf', validUntil: inAYear, criteriaMet: 150 } }, partner)).data.claimAttestation;
    expect(onListing.attestation).toMatchObject({ status: 'CLAIMED', criteriaMet: 150 });
    const shown = (await server.gql(`query($slug: String!) { offering(slug: $slug) { attestations { status framework { code } } } }`, { slug: live.slug })).data.offering;
    expect(shown.attestations).toEqual([{ status: 'CLAIMED', framework: { code: 'MIC-CLOUD-153' } }]);
  });

  it('refuses unknown frameworks, foreign listings, plain http evidence, past dates and impossible counts', async () => {
    const vng = (await server.gql(`{ offerings(filter: { vendors: ["vng-cloud"] }, first: 1) { nodes { id } } }`)).data.offerings.nodes[0].id;
    const result = (
      await server.gql(
        claimMutation,
        { input: { frameworkCode: 'NOPE', offeringId: vng, evidenceUrl: 'http://bizfly.vn/x.pdf', validUntil: '2020-01-01T00:00:00Z', criteriaMet: 5 } },
        partner,
      )
    ).data.claimAttestation;
    expect(result.attestation).toBeNull();
    expect(result.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([
      ['input.frameworkCode', 'UNKNOWN_FRAMEWORK'],
      ['input.offeringId', 'NOT_FOUND'],
      ['input.evidenceUrl', 'INVALID'],
      ['input.validUntil', 'OUT_OF_RANGE'],
    ]);
    const tooMany = (await server.gql(claimMutation, { input: { frameworkCode: 'MIC-CLOUD-153', evidenceUrl: 'https://bizfly.vn/x.pdf', validUntil: inAYear, criteriaMet: 154 } }, partner)).data.claimAttestation;
    expect(tooMany.userErrors).toEqual([{ field: ['input', 'criteriaMet'], code: 'OUT_OF_RANGE' }]);
  });
});
