import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createUser, signIn } from '../support/accounts.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

// Issue 18, item 2: re-running an import duplicated listings (slug -2); there was no externalId to match on,
// no bulk submit, and nothing kept another organization from seeing or matching a partner's identifiers.

let server: TestServer;
let partner: Record<string, string>;
let other: Record<string, string>;
let staff: Record<string, string>;
let dataCenters: string[];
let otherDataCenters: string[];
const run = `${process.pid}`;

beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  partner = { authorization: `Bearer ${(await createKey(server.database, 'bizfly-cloud', ['listings:read', 'listings:write'])).key}` };
  other = { authorization: `Bearer ${(await createKey(server.database, 'cmc-cloud', ['listings:read', 'listings:write'])).key}` };
  staff = { cookie: await signIn(server, (await createUser(server.database, { label: 'staff', staff: true })).email) };
  const centers = async (slug: string) =>
    (await server.gql(`query($slug: String!) { vendor(slug: $slug) { dataCenters { id } } }`, { slug })).data.vendor.dataCenters.map(
      (dc: { id: string }) => dc.id,
    );
  dataCenters = await centers('bizfly-cloud');
  otherDataCenters = await centers('cmc-cloud');
});
afterAll(() => server.close());

const fields = `id slug name status version externalId plans { id name externalId price { amount } specs { key value } }
  pendingRevision { status plans { name externalId price { amount } specs { key value } plan { id } } }`;
const importMutation = `mutation($input: ImportOfferingsInput!) {
  importOfferings(input: $input) {
    importedCount createdCount updatedCount unchangedCount
    results { index outcome offering { ${fields} } userErrors { field code } }
    userErrors { field code }
  }
}`;
const payload = `offering { ${fields} } userErrors { field code }`;
const createMutation = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { ${payload} } }`;
const updateMutation = `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { ${payload} } }`;
const submitMutation = `mutation($id: ID!) { submitOffering(id: $id) { ${payload} } }`;
const approveMutation = `mutation($id: ID!) { approveOffering(id: $id) { ${payload} } }`;
const rejectMutation = `mutation($id: ID!, $reason: String!) { rejectOffering(id: $id, reason: $reason) { ${payload} } }`;
const archiveMutation = `mutation($id: ID!) { archiveOffering(id: $id) { ${payload} } }`;
const submitMany = `mutation($ids: [ID!]!) {
  submitOfferings(ids: $ids) { submittedCount results { index id offering { id status } userErrors { field code } } userErrors { field code } }
}`;

function listing(externalId: string, index: number, overrides: Record<string, unknown> = {}) {
  return {
    externalId,
    name: `Nhập lô ${run} số ${index}`,
    summary: 'Máy chủ ảo nhập từ danh mục của đối tác.',
    description: 'Máy chủ ảo chạy tại trung tâm dữ liệu trong nước.',
    kind: 'IAAS',
    categorySlug: 'compute',
    dataCenterIds: [dataCenters[1], dataCenters[0]],
    slaAvailability: '99.9',
    plans: [
      { externalId: `${externalId}/small`, name: 'Gói 2 vCPU', price: '400000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '2' }, { key: 'ram_gb', value: '4' }] },
      { externalId: `${externalId}/large`, name: 'Gói 4 vCPU', price: '800000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '4' }] },
    ],
    requirements: [{ description: 'Cần sao lưu.', categorySlugs: ['backup'] }],
    ...overrides,
  };
}

async function upsert(offerings: unknown[], headers = partner, extra: Record<string, unknown> = {}) {
  const response = await server.gql(importMutation, { input: { mode: 'UPSERT', offerings, ...extra } }, headers);
  expect(response.errors).toBeUndefined();
  return response.data.importOfferings;
}

async function ok(mutation: string, variables: Record<string, unknown>, headers = partner) {
  const response = await server.gql(mutation, variables, headers);
  expect(response.errors).toBeUndefined();
  const result = Object.values(response.data)[0] as { offering: any; userErrors: unknown[] };
  expect(result.userErrors).toEqual([]);
  return result.offering;
}

const outcomes = (imported: { results: { outcome: string }[] }) => imported.results.map((result) => result.outcome);

describe('importOfferings(mode: UPSERT)', () => {
  it('re-running an import of 17 listings changes nothing; one price changed updates exactly one', async () => {
    const batch = Array.from({ length: 17 }, (_, index) => listing(`lo-${run}-${index}`, index));
    const first = await upsert(batch);
    expect(first.userErrors).toEqual([]);
    expect([first.createdCount, first.updatedCount, first.unchangedCount, first.importedCount]).toEqual([17, 0, 0, 17]);
    expect(new Set(outcomes(first))).toEqual(new Set(['CREATED']));
    expect(first.results[0].offering).toMatchObject({ externalId: `lo-${run}-0`, status: 'DRAFT', version: 1 });
    expect(first.results[0].offering.plans.map((plan: { externalId: string }) => plan.externalId)).toEqual([`lo-${run}-0/small`, `lo-${run}-0/large`]);

    const again = await upsert(batch);
    expect(again.userErrors).toEqual([]);
    expect([again.createdCount, again.updatedCount, again.unchangedCount, again.importedCount]).toEqual([0, 0, 17, 0]);
    expect(new Set(outcomes(again))).toEqual(new Set(['UNCHANGED']));
    expect(again.results.map((result: { offering: { id: string } }) => result.offering.id)).toEqual(
      first.results.map((result: { offering: { id: string } }) => result.offering.id),
    );
    expect(again.results.every((result: { offering: { version: number } }) => result.offering.version === 1)).toBe(true);
    const stored = await rows<{ count: number; named: number }>(
      server.database,
      sql`select count(*)::int as count, count(*) filter (where slug ~ ${`^nhap-lo-${run}-so-[0-9]+$`})::int as named
          from offerings where name like ${`Nhập lô ${run} %`}`,
    );
    expect(stored[0]).toEqual({ count: 17, named: 17 });

    const repriced = batch.map((item, index) =>
      index === 5 ? { ...item, plans: [{ ...item.plans[0], price: '450000' }, item.plans[1]] } : item,
    );
    const third = await upsert(repriced);
    expect([third.createdCount, third.updatedCount, third.unchangedCount]).toEqual([0, 1, 16]);
    expect(third.results[5]).toMatchObject({ outcome: 'UPDATED', offering: { version: 2, status: 'DRAFT' } });
    const plans = third.results[5].offering.plans;
    expect(plans.map((plan: { id: string }) => plan.id)).toEqual(first.results[5].offering.plans.map((plan: { id: string }) => plan.id));
    expect(plans[0]).toMatchObject({ price: { amount: '450000' }, specs: [{ key: 'vcpu', value: '2' }, { key: 'ram_gb', value: '4' }] });
  });

  it('a published listing gets a pending revision with the plans’ externalIds and specs; approval writes them', async () => {
    const externalId = `pub-${run}`;
    const [created] = (await upsert([listing(externalId, 100)])).results;
    await ok(submitMutation, { id: created.offering.id });
    const published = await ok(approveMutation, { id: created.offering.id }, staff);
    expect(published.status).toBe('PUBLISHED');

    // The plan renamed but keeping its externalId stays the same plan; the price changes.
    const edit = listing(externalId, 100, {
      plans: [{ externalId: `${externalId}/small`, name: 'Gói nhỏ', price: '390000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '2' }, { key: 'ram_gb', value: '4' }] }],
    });
    const [updated] = (await upsert([edit])).results;
    expect(updated).toMatchObject({ outcome: 'UPDATED', offering: { status: 'PUBLISHED', version: published.version + 1 } });
    expect(updated.offering.pendingRevision).toMatchObject({
      status: 'DRAFT',
      plans: [{ name: 'Gói nhỏ', externalId: `${externalId}/small`, price: { amount: '390000' }, specs: [{ key: 'vcpu', value: '2' }, { key: 'ram_gb', value: '4' }], plan: { id: published.plans[0].id } }],
    });
    expect(updated.offering.plans[0].price.amount).toBe('400000');
    expect(outcomes(await upsert([edit]))).toEqual(['UNCHANGED']);

    await ok(submitMutation, { id: created.offering.id });
    const approved = await ok(approveMutation, { id: created.offering.id }, staff);
    expect(approved.plans).toMatchObject([{ id: published.plans[0].id, name: 'Gói nhỏ', externalId: `${externalId}/small`, price: { amount: '390000' } }]);
    expect(outcomes(await upsert([edit]))).toEqual(['UNCHANGED']);
  });

  it('refuses listings in review or archived, missing and repeated externalIds; atomic keeps its meaning', async () => {
    const [inReview] = (await upsert([listing(`rev-${run}`, 200)])).results;
    await ok(submitMutation, { id: inReview.offering.id });
    const changed = listing(`rev-${run}`, 200, { summary: 'Một câu khác.' });
    const refused = await upsert([changed, listing(`new-${run}`, 201)], partner, { atomic: false });
    expect(refused.results.map((result: { outcome: string; userErrors: unknown }) => [result.outcome, result.userErrors])).toEqual([
      ['FAILED', [{ field: ['input', 'offerings', '0', 'externalId'], code: 'INVALID_STATE' }]],
      ['CREATED', []],
    ]);

    const atomic = await upsert([listing(`new-${run}`, 201, { summary: 'Đã sửa.' }), changed]);
    expect(atomic.userErrors).toEqual([{ field: ['input', 'offerings'], code: 'NOT_IMPORTED' }]);
    expect(outcomes(atomic)).toEqual(['FAILED', 'FAILED']);
    expect(atomic.results[1].userErrors).toEqual([{ field: ['input', 'offerings', '1', 'externalId'], code: 'INVALID_STATE' }]);
    expect(outcomes(await upsert([listing(`new-${run}`, 201)]))).toEqual(['UNCHANGED']);

    const { externalId: _, ...anonymous } = listing('x', 202);
    const bad = await upsert([anonymous, listing(`dup-${run}`, 203), listing(`dup-${run}`, 204)], partner, { atomic: false });
    expect(bad.results.map((result: { outcome: string; userErrors: unknown }) => [result.outcome, result.userErrors])).toEqual([
      ['FAILED', [{ field: ['input', 'offerings', '0', 'externalId'], code: 'BLANK' }]],
      ['CREATED', []],
      ['FAILED', [{ field: ['input', 'offerings', '2', 'externalId'], code: 'DUPLICATE' }]],
    ]);
  });

  it('a REJECTED listing becomes a DRAFT; a published one whose edit is in review, and an archived one, fail', async () => {
    const [rejected] = (await upsert([listing(`rej-${run}`, 700)])).results;
    await ok(submitMutation, { id: rejected.offering.id });
    await ok(rejectMutation, { id: rejected.offering.id, reason: 'Thiếu thông tin.' }, staff);
    expect(outcomes(await upsert([listing(`rej-${run}`, 700)]))).toEqual(['UNCHANGED']);
    const [fixed] = (await upsert([listing(`rej-${run}`, 700, { summary: 'Đã bổ sung thông tin.' })])).results;
    expect(fixed).toMatchObject({ outcome: 'UPDATED', offering: { status: 'DRAFT', version: 2 } });

    const [published] = (await upsert([listing(`edit-${run}`, 701)])).results;
    await ok(submitMutation, { id: published.offering.id });
    await ok(approveMutation, { id: published.offering.id }, staff);
    expect(outcomes(await upsert([listing(`edit-${run}`, 701, { summary: 'Bản sửa.' })]))).toEqual(['UPDATED']);
    await ok(submitMutation, { id: published.offering.id });
    const inReview = await upsert([listing(`edit-${run}`, 701, { summary: 'Bản sửa khác.' })]);
    expect(inReview.results[0]).toMatchObject({ outcome: 'FAILED', userErrors: [{ field: ['input', 'offerings', '0', 'externalId'], code: 'INVALID_STATE' }] });

    await ok(archiveMutation, { id: fixed.offering.id });
    const archived = await upsert([listing(`rej-${run}`, 700, { summary: 'Lại sửa.' })]);
    expect(archived.results[0]).toMatchObject({ outcome: 'FAILED', userErrors: [{ code: 'INVALID_STATE' }] });
  });

  it('TAKEN for a listing externalId used twice, and for a plan externalId on two listings of the organization', async () => {
    const first = await ok(createMutation, { input: listing(`taken-${run}`, 300) });
    const second = await server.gql(createMutation, { input: listing(`taken-${run}`, 301, { plans: [] }) }, partner);
    expect(second.data.createOffering.userErrors).toEqual([{ field: ['input', 'externalId'], code: 'TAKEN' }]);
    const plan = await server.gql(createMutation, { input: listing(`taken2-${run}`, 302, { plans: [{ ...listing(`taken-${run}`, 0).plans[1] }] }) }, partner);
    expect(plan.data.createOffering.userErrors).toEqual([{ field: ['input', 'plans', '0', 'externalId'], code: 'TAKEN' }]);

    const free = await ok(createMutation, { input: listing(`taken3-${run}`, 303) });
    const edited = await server.gql(updateMutation, { input: { id: free.id, version: free.version, externalId: `taken-${run}` } }, partner);
    expect(edited.data.updateOffering.userErrors).toEqual([{ field: ['input', 'externalId'], code: 'TAKEN' }]);
    const planEdit = await server.gql(
      updateMutation,
      { input: { id: free.id, version: free.version, plans: [{ ...listing(`taken-${run}`, 0).plans[0] }] } },
      partner,
    );
    expect(planEdit.data.updateOffering.userErrors).toEqual([{ field: ['input', 'plans', '0', 'externalId'], code: 'TAKEN' }]);

    // An empty string removes it; a plan matched by name keeps its externalId when the edit gives none.
    const removed = await ok(updateMutation, {
      input: { id: first.id, version: first.version, externalId: '', plans: [{ name: 'Gói 2 vCPU', price: '1', unit: 'MONTH' }] },
    });
    expect(removed).toMatchObject({ externalId: null, version: 2, plans: [{ externalId: `taken-${run}/small`, specs: [] }] });
    await ok(updateMutation, { input: { id: free.id, version: free.version, externalId: `taken-${run}` } });
  });
});

describe('external ids under concurrency', () => {
  it('of two requests racing for one listing or plan externalId, one wins and the other is TAKEN', async () => {
    const plan = (externalId: string) => [{ externalId, name: 'Gói cơ bản', price: '100000', unit: 'MONTH' }];
    const race = async (inputs: unknown[]) =>
      (await Promise.all(inputs.map((input) => server.gql(createMutation, { input }, partner))))
        .map((response) => response.data.createOffering.userErrors.map((error: { field: string[]; code: string }) => `${error.field.join('.')} ${error.code}`))
        .sort();
    expect(await race([listing(`race-${run}`, 600, { plans: plan(`race-${run}/a`) }), listing(`race-${run}`, 601, { plans: plan(`race-${run}/b`) })])).toEqual([
      [],
      ['input.externalId TAKEN'],
    ]);
    expect(await race([listing(`race-${run}-c`, 602, { plans: plan(`race-${run}/p`) }), listing(`race-${run}-d`, 603, { plans: plan(`race-${run}/p`) })])).toEqual([
      [],
      ['input.plans.0.externalId TAKEN'],
    ]);
  });
});

describe('submitOfferings', () => {
  it('sends 17 listings in one request, each on its own, with one result per id', async () => {
    const batch = Array.from({ length: 17 }, (_, index) => listing(`send-${run}-${index}`, 400 + index));
    const ids = (await upsert(batch)).results.map((result: { offering: { id: string } }) => result.offering.id);
    await ok(submitMutation, { id: ids[3] });
    const missing = Buffer.from('Offering:00000000-0000-0000-0000-000000000000').toString('base64url');
    const foreign = (await ok(createMutation, { input: { ...listing(`foreign-${run}`, 450), dataCenterIds: otherDataCenters } }, other)).id;
    const sent = (await server.gql(submitMany, { ids: [...ids, foreign] }, partner)).data.submitOfferings;
    expect(sent.userErrors).toEqual([]);
    expect(sent.submittedCount).toBe(16);
    expect(sent.results).toHaveLength(18);
    expect(sent.results[3]).toMatchObject({ index: 3, id: ids[3], offering: null, userErrors: [{ field: ['ids', '3'], code: 'INVALID_STATE' }] });
    expect(sent.results[17]).toMatchObject({ id: foreign, offering: null, userErrors: [{ field: ['ids', '17'], code: 'NOT_FOUND' }] });
    expect(sent.results[0]).toMatchObject({ offering: { id: ids[0], status: 'IN_REVIEW' }, userErrors: [] });

    const noPlans = (await ok(createMutation, { input: listing(`empty-${run}`, 460, { plans: [] }) })).id;
    const mixed = (await server.gql(submitMany, { ids: [missing, noPlans] }, partner)).data.submitOfferings;
    expect(mixed.results.map((result: { userErrors: { code: string }[] }) => result.userErrors[0]?.code)).toEqual(['NOT_FOUND', 'NO_PLANS']);
    expect(mixed.submittedCount).toBe(0);

    const request = async (list: string[]) => (await server.gql(submitMany, { ids: list }, partner)).data.submitOfferings.userErrors;
    expect(await request([])).toEqual([{ field: ['ids'], code: 'BLANK' }]);
    expect(await request(Array.from({ length: 101 }, () => missing))).toEqual([{ field: ['ids'], code: 'TOO_MANY' }]);
    expect(await request([noPlans, noPlans])).toEqual([{ field: ['ids', '1'], code: 'DUPLICATE' }]);
    const reader = { authorization: `Bearer ${(await createKey(server.database, 'bizfly-cloud', ['listings:read'])).key}` };
    expect((await server.gql(submitMany, { ids: [noPlans] }, reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('external ids are the organization’s own', () => {
  it('another organization neither matches nor sees them', async () => {
    const externalId = `secret-${run}`;
    const [mine] = (await upsert([listing(externalId, 500)])).results;
    await ok(submitMutation, { id: mine.offering.id });
    const published = await ok(approveMutation, { id: mine.offering.id }, staff);

    const theirs = await upsert([{ ...listing(externalId, 501), dataCenterIds: otherDataCenters }], other);
    expect(theirs.results[0]).toMatchObject({ outcome: 'CREATED', userErrors: [] });
    expect(theirs.results[0].offering.id).not.toBe(mine.offering.id);
    expect(theirs.results[0].offering.plans[0].externalId).toBe(`${externalId}/small`);

    const my = `query($externalId: String) { myOfferings(externalId: $externalId) { totalCount nodes { id } } }`;
    expect((await server.gql(my, { externalId }, other)).data.myOfferings.nodes).toEqual([{ id: theirs.results[0].offering.id }]);
    expect((await server.gql(my, { externalId }, partner)).data.myOfferings.nodes).toEqual([{ id: mine.offering.id }]);

    const read = `query($slug: String!) { offering(slug: $slug) { externalId plans { externalId } } }`;
    const visible = { externalId: null, plans: [{ externalId: null }, { externalId: null }] };
    expect((await server.gql(read, { slug: published.slug })).data.offering).toEqual(visible);
    expect((await server.gql(read, { slug: published.slug }, other)).data.offering).toEqual(visible);
    expect((await server.gql(read, { slug: published.slug }, partner)).data.offering).toEqual({
      externalId,
      plans: [{ externalId: `${externalId}/small` }, { externalId: `${externalId}/large` }],
    });
    expect((await server.gql(read, { slug: published.slug }, staff)).data.offering.externalId).toBe(externalId);
  });
});
