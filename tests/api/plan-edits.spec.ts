import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createPartner, createUser, signIn } from '../support/accounts.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

// addPlan, updatePlan, retirePlan: one plan at a time, in every state of a listing, over HTTP.

let server: TestServer;
let partner: Record<string, string>;
let staff: Record<string, string>;
let dataCenterIds: string[];
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  partner = { authorization: `Bearer ${(await createKey(server.database, 'bizfly-cloud', ['listings:read', 'listings:write'])).key}` };
  staff = { cookie: await signIn(server, (await createUser(server.database, { label: 'staff', staff: true })).email) };
  dataCenterIds = (await server.gql(`{ vendor(slug: "bizfly-cloud") { dataCenters { id } } }`)).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
});
afterAll(() => server.close());

const planFields = `id name nameEn price { amount } unit specs { key value }`;
const listingFields = `id slug status version plans { ${planFields} }
  pendingRevision { status plans { name nameEn externalId price { amount } unit specs { key value } plan { id } } }`;
const payload = `offering { ${listingFields} } userErrors { field code message }`;
const mutations = {
  create: `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { ${payload} } }`,
  update: `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { ${payload} } }`,
  submit: `mutation($id: ID!) { submitOffering(id: $id) { ${payload} } }`,
  withdraw: `mutation($id: ID!) { withdrawOffering(id: $id) { ${payload} } }`,
  archive: `mutation($id: ID!) { archiveOffering(id: $id) { ${payload} } }`,
  approve: `mutation($id: ID!) { approveOffering(id: $id) { ${payload} } }`,
  reject: `mutation($id: ID!) { rejectOffering(id: $id, reason: "Thiếu mô tả") { ${payload} } }`,
  addPlan: `mutation($input: AddPlanInput!) { addPlan(input: $input) { ${payload} } }`,
  updatePlan: `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { ${payload} } }`,
  retirePlan: `mutation($input: RetirePlanInput!) { retirePlan(input: $input) { ${payload} } }`,
};
const publicQuery = `query($slug: String!) { offering(slug: $slug) { plans { ${planFields} } } }`;

const threeSpecs = [
  { key: 'vCPU', value: '2' },
  { key: 'RAM', value: '4 GB' },
  { key: 'SSD', value: '60 GB' },
];
let counter = 0;
function draft() {
  counter += 1;
  return {
    name: `Máy chủ Linhdam ${counter}`,
    summary: 'Máy chủ ảo cho doanh nghiệp.',
    description: 'Máy chủ ảo tại trung tâm dữ liệu trong nước.',
    kind: 'IAAS',
    categorySlug: 'compute',
    dataCenterIds,
    plans: ['Gói nhỏ', 'Gói vừa', 'Gói lớn'].map((name, index) => ({ name, price: String(400000 * (index + 1)), unit: 'MONTH', specs: threeSpecs })),
  };
}

async function ok(mutation: string, variables: Record<string, unknown>, headers = partner) {
  const response = await server.gql(mutation, variables, headers);
  expect(response.errors).toBeUndefined();
  const result = Object.values(response.data)[0] as { offering: any; userErrors: unknown[] };
  expect(result.userErrors).toEqual([]);
  return result.offering;
}

async function refusal(mutation: string, variables: Record<string, unknown>, headers = partner) {
  const response = await server.gql(mutation, variables, headers);
  expect(response.errors).toBeUndefined();
  const result = Object.values(response.data)[0] as { offering: unknown; userErrors: { field: string[] | null; code: string }[] };
  expect(result.offering).toBeNull();
  return result.userErrors.map((error) => [error.field?.join('.') ?? null, error.code]);
}

const createDraft = () => ok(mutations.create, { input: draft() });

async function published() {
  const created = await createDraft();
  await ok(mutations.submit, { id: created.id });
  return ok(mutations.approve, { id: created.id }, staff);
}

/** A plan's externalId as the database keeps it (Plan.externalId is the external ids part's to resolve). */
async function externalIdOf(globalId: string): Promise<string | null> {
  const id = Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
  const [row] = await rows<{ externalId: string | null }>(server.database, sql`select external_id as "externalId" from plans where id = ${id}`);
  return row!.externalId;
}

const specsOf = (plans: { specs: { key: string; value: string }[] }[]) => plans.map((plan) => plan.specs.map((spec) => `${spec.value} ${spec.key}`).join(', '));

describe('changing one price', () => {
  it('with updateOffering(plans:) drops the specs it is not sent: the whole list is replaced, as documented', async () => {
    const created = await createDraft();
    const prices = created.plans.map((plan: any) => ({ name: plan.name, price: '500000', unit: plan.unit }));
    const updated = await ok(mutations.update, { input: { id: created.id, version: created.version, plans: prices } });
    expect(updated.plans.map((plan: any) => plan.specs)).toEqual([[], [], []]);
  });

  it('with updatePlan keeps "2 vCPU, 4 GB RAM, 60 GB SSD" on all three plans', async () => {
    const created = await createDraft();
    let listing = created;
    for (const plan of created.plans) listing = await ok(mutations.updatePlan, { input: { planId: plan.id, version: listing.version, price: '450000' } });
    expect(listing.plans.map((plan: any) => plan.price.amount)).toEqual(['450000', '450000', '450000']);
    expect(specsOf(listing.plans)).toEqual(Array(3).fill('2 vCPU, 4 GB RAM, 60 GB SSD'));
    expect(listing.plans.map((plan: any) => plan.id)).toEqual(created.plans.map((plan: any) => plan.id));
    expect(listing.version).toBe(created.version + 3);
  });
});

describe('a draft listing', () => {
  it('changes only the fields given; an empty nameEn or externalId removes it; specs are replaced only when given', async () => {
    const created = await createDraft();
    const [small] = created.plans;
    let listing = await ok(mutations.updatePlan, { input: { planId: small.id, nameEn: 'Small', externalId: 'SKU-small' } });
    expect(listing.plans[0]).toMatchObject({ id: small.id, name: 'Gói nhỏ', nameEn: 'Small', specs: threeSpecs });
    expect(await externalIdOf(small.id)).toBe('SKU-small');
    listing = await ok(mutations.updatePlan, { input: { planId: small.id, name: 'Gói S', unit: 'HOUR', specs: [{ key: 'vCPU', value: '1' }] } });
    const byId = () => listing.plans.find((plan: { id: string }) => plan.id === small.id);
    expect(byId()).toMatchObject({ name: 'Gói S', nameEn: 'Small', unit: 'HOUR', specs: [{ key: 'vCPU', value: '1' }] });
    expect(await externalIdOf(small.id)).toBe('SKU-small');
    expect((await ok(mutations.updatePlan, { input: { planId: small.id } })).version).toBe(listing.version);
    listing = await ok(mutations.updatePlan, { input: { planId: small.id, nameEn: '', externalId: '' } });
    expect(byId()).toMatchObject({ nameEn: null, price: { amount: '400000' } });
    expect(await externalIdOf(small.id)).toBeNull();
    expect(listing.version).toBe(created.version + 3);
  });

  it('adds a plan after the others, and retires one (a saved reference keeps it)', async () => {
    const created = await createDraft();
    const plan = { name: 'Gói rất lớn', price: '2000000', unit: 'MONTH', specs: [{ key: 'vCPU', value: '16' }], externalId: 'SKU-xl' };
    let listing = await ok(mutations.addPlan, { input: { offeringId: created.id, version: created.version, plan } });
    expect(listing.plans).toHaveLength(4);
    expect(listing.plans[3]).toMatchObject({ name: 'Gói rất lớn', specs: plan.specs });
    expect(await externalIdOf(listing.plans[3].id)).toBe('SKU-xl');
    listing = await ok(mutations.retirePlan, { input: { planId: created.plans[1].id, version: listing.version } });
    expect(listing.plans.map((p: any) => p.name)).toEqual(['Gói nhỏ', 'Gói lớn', 'Gói rất lớn']);
    const node = await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: created.plans[1].id }, partner);
    expect(node.errors).toBeUndefined();
    expect(await refusal(mutations.updatePlan, { input: { planId: created.plans[1].id, price: '1' } })).toEqual([['input.planId', 'NOT_FOUND']]);
    expect(await refusal(mutations.retirePlan, { input: { planId: created.plans[1].id } })).toEqual([['input.planId', 'NOT_FOUND']]);
    // A draft may lose its last plan; it cannot be sent for review without one.
    for (const p of listing.plans) listing = await ok(mutations.retirePlan, { input: { planId: p.id } });
    expect(listing.plans).toEqual([]);
  });

  it('a rejected listing becomes a draft again', async () => {
    const created = await createDraft();
    await ok(mutations.submit, { id: created.id });
    const rejected = await ok(mutations.reject, { id: created.id }, staff);
    expect(rejected.status).toBe('REJECTED');
    const listing = await ok(mutations.updatePlan, { input: { planId: created.plans[0].id, version: rejected.version, price: '1' } });
    expect(listing).toMatchObject({ status: 'DRAFT', version: rejected.version + 1 });
    expect(listing.plans[0].specs).toEqual(threeSpecs);
  });

  it('refuses an edit made from another version with the message updateOffering gives', async () => {
    const created = await createDraft();
    const response = await server.gql(mutations.addPlan, { input: { offeringId: created.id, version: created.version - 1, plan: { name: 'X', price: '1', unit: 'MONTH' } } }, partner);
    expect(response.data.addPlan.userErrors).toEqual([
      { field: ['input', 'version'], code: 'STALE_VERSION', message: `The listing changed since version ${created.version - 1}; it is at version ${created.version}. Reload it and edit again.` },
    ]);
    expect(await refusal(mutations.updatePlan, { input: { planId: created.plans[0].id, version: 99, price: '1' } })).toEqual([['input.version', 'STALE_VERSION']]);
    expect(await refusal(mutations.retirePlan, { input: { planId: created.plans[0].id, version: 99 } })).toEqual([['input.version', 'STALE_VERSION']]);
  });
});

describe('validation, as createOffering checks a plan', () => {
  it('refuses bad fields with their codes and changes nothing', async () => {
    const created = await createDraft();
    const planId = created.plans[0].id;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '  ' }, 'input.name', 'BLANK'],
      [{ name: 'x'.repeat(121) }, 'input.name', 'TOO_LONG'],
      [{ name: '---' }, 'input.name', 'INVALID'],
      [{ name: 'Gói VỪA' }, 'input.name', 'DUPLICATE'],
      [{ nameEn: 'a\nb' }, 'input.nameEn', 'INVALID'],
      [{ price: '12.5' }, 'input.price', 'INVALID'],
      [{ price: '-1' }, 'input.price', 'OUT_OF_RANGE'],
      [{ specs: Array.from({ length: 31 }, (_, i) => ({ key: `k${i}`, value: 'v' })) }, 'input.specs', 'TOO_MANY'],
      [{ specs: [{ key: 'vCPU', value: '2' }, { key: 'vCPU', value: '4' }] }, 'input.specs.1.key', 'DUPLICATE'],
      [{ externalId: 'has space' }, 'input.externalId', 'INVALID'],
      [{ externalId: 'x'.repeat(101) }, 'input.externalId', 'TOO_LONG'],
    ];
    for (const [fields, field, code] of cases) {
      expect(await refusal(mutations.updatePlan, { input: { planId, ...fields } }), JSON.stringify(fields)).toEqual([[field, code]]);
    }
    await ok(mutations.updatePlan, { input: { planId: created.plans[1].id, externalId: 'SKU-1' } });
    expect(await refusal(mutations.updatePlan, { input: { planId, externalId: 'SKU-1' } })).toEqual([['input.externalId', 'TAKEN']]);
    const plan = { name: 'Gói lớn', price: '1', unit: 'MONTH' };
    const another = await createDraft();
    expect(await refusal(mutations.updatePlan, { input: { planId: another.plans[0].id, externalId: 'SKU-1' } })).toEqual([['input.externalId', 'TAKEN']]);
    expect(await refusal(mutations.addPlan, { input: { offeringId: created.id, plan } })).toEqual([['input.plan.name', 'DUPLICATE']]);
    expect(await refusal(mutations.addPlan, { input: { offeringId: created.id, plan: { ...plan, name: 'Mới', externalId: 'SKU-1' } } })).toEqual([
      ['input.plan.externalId', 'TAKEN'],
    ]);
    expect(await refusal(mutations.addPlan, { input: { offeringId: created.id, plan: { ...plan, name: '', price: '1.5' } } })).toEqual([
      ['input.plan.name', 'BLANK'],
      ['input.plan.price', 'INVALID'],
    ]);
    const listing = (await server.gql(`query($id: ID!) { myOffering(id: $id) { ${listingFields} } }`, { id: created.id }, partner)).data.myOffering;
    expect(listing.plans[0]).toMatchObject({ name: 'Gói nhỏ', specs: threeSpecs });
    expect(await externalIdOf(planId)).toBeNull();
  });

  it('holds a listing to 50 plans', async () => {
    const created = await createDraft();
    let listing = created;
    for (let i = listing.plans.length; i < 50; i += 1) {
      listing = await ok(mutations.addPlan, { input: { offeringId: created.id, plan: { name: `Gói ${i}`, price: '1', unit: 'MONTH' } } });
    }
    expect(listing.plans).toHaveLength(50);
    expect(await refusal(mutations.addPlan, { input: { offeringId: created.id, plan: { name: 'Gói 51', price: '1', unit: 'MONTH' } } })).toEqual([
      ['input.plan', 'TOO_MANY'],
    ]);
  });
});

describe('a published listing', () => {
  it('edits its pending edit; the public listing changes only when staff approve it', async () => {
    const listing = await published();
    const [small, medium, large] = listing.plans;
    let edited = await ok(mutations.updatePlan, { input: { planId: small.id, version: listing.version, price: '390000', name: 'Gói S' } });
    expect(edited.version).toBe(listing.version + 1);
    edited = await ok(mutations.addPlan, { input: { offeringId: listing.id, plan: { name: 'Gói XL', price: '3000000', unit: 'MONTH', externalId: 'SKU-XL' } } });
    edited = await ok(mutations.retirePlan, { input: { planId: medium.id } });
    expect(edited.pendingRevision.plans).toEqual([
      { name: 'Gói S', nameEn: null, externalId: null, price: { amount: '390000' }, unit: 'MONTH', specs: threeSpecs, plan: { id: small.id } },
      { name: 'Gói lớn', nameEn: null, externalId: null, price: { amount: '1200000' }, unit: 'MONTH', specs: threeSpecs, plan: { id: large.id } },
      { name: 'Gói XL', nameEn: null, externalId: 'SKU-XL', price: { amount: '3000000' }, unit: 'MONTH', specs: [], plan: null },
    ]);
    const before = (await server.gql(publicQuery, { slug: listing.slug })).data.offering;
    expect(before.plans.map((plan: any) => plan.name).sort()).toEqual(['Gói lớn', 'Gói nhỏ', 'Gói vừa']);
    expect(await refusal(mutations.retirePlan, { input: { planId: medium.id } })).toEqual([['input.planId', 'NOT_FOUND']]);

    await ok(mutations.submit, { id: listing.id });
    expect(await refusal(mutations.updatePlan, { input: { planId: small.id, price: '1' } })).toEqual([['input.planId', 'INVALID_STATE']]);
    await ok(mutations.approve, { id: listing.id }, staff);
    const after = (await server.gql(publicQuery, { slug: listing.slug })).data.offering.plans;
    const byName = new Map(after.map((plan: any) => [plan.name, plan]));
    expect([...byName.keys()].sort()).toEqual(['Gói S', 'Gói XL', 'Gói lớn']);
    expect(byName.get('Gói S')).toMatchObject({ id: small.id, price: { amount: '390000' }, specs: threeSpecs });
    expect(byName.get('Gói lớn')).toMatchObject({ id: large.id, specs: threeSpecs });
    expect(await externalIdOf((byName.get('Gói XL') as { id: string }).id)).toBe('SKU-XL');
  });

  it('keeps at least one plan in the pending edit', async () => {
    const listing = await published();
    for (const plan of listing.plans.slice(1)) await ok(mutations.retirePlan, { input: { planId: plan.id } });
    expect(await refusal(mutations.retirePlan, { input: { planId: listing.plans[0].id } })).toEqual([['input.planId', 'NO_PLANS']]);
  });
});

describe('states that cannot be edited', () => {
  it('refuses a listing in review and an archived one (INVALID_STATE)', async () => {
    const created = await createDraft();
    const plan = { name: 'Mới', price: '1', unit: 'MONTH' };
    await ok(mutations.submit, { id: created.id });
    expect(await refusal(mutations.updatePlan, { input: { planId: created.plans[0].id, price: '1' } })).toEqual([['input.planId', 'INVALID_STATE']]);
    expect(await refusal(mutations.addPlan, { input: { offeringId: created.id, plan } })).toEqual([['input.offeringId', 'INVALID_STATE']]);
    expect(await refusal(mutations.retirePlan, { input: { planId: created.plans[0].id } })).toEqual([['input.planId', 'INVALID_STATE']]);
    await ok(mutations.withdraw, { id: created.id });
    await ok(mutations.archive, { id: created.id });
    expect(await refusal(mutations.updatePlan, { input: { planId: created.plans[0].id, price: '1' } })).toEqual([['input.planId', 'INVALID_STATE']]);
    expect(await refusal(mutations.addPlan, { input: { offeringId: created.id, plan } })).toEqual([['input.offeringId', 'INVALID_STATE']]);
  });
});

describe('who may edit a plan', () => {
  it("answers another organization's plan and listing as missing (NOT_FOUND), and changes nothing", async () => {
    const created = await createDraft();
    const other = { authorization: `Bearer ${(await createKey(server.database, 'cmc-cloud', ['listings:read', 'listings:write'])).key}` };
    const planId = created.plans[0].id;
    expect(await refusal(mutations.updatePlan, { input: { planId, price: '1' } }, other)).toEqual([['input.planId', 'NOT_FOUND']]);
    expect(await refusal(mutations.retirePlan, { input: { planId } }, other)).toEqual([['input.planId', 'NOT_FOUND']]);
    const plan = { name: 'Mới', price: '1', unit: 'MONTH' };
    expect(await refusal(mutations.addPlan, { input: { offeringId: created.id, plan } }, other)).toEqual([['input.offeringId', 'NOT_FOUND']]);
    expect(await refusal(mutations.updatePlan, { input: { planId: created.id, price: '1' } })).toEqual([['input.planId', 'NOT_FOUND']]);
    const sandbox = { authorization: `Bearer ${(await createKey(server.database, 'bizfly-cloud', ['listings:write'], { mode: 'TEST' })).key}` };
    expect(await refusal(mutations.updatePlan, { input: { planId, price: '1' } }, sandbox)).toEqual([['input.planId', 'NOT_FOUND']]);
    const listing = (await server.gql(`query($id: ID!) { myOffering(id: $id) { ${listingFields} } }`, { id: created.id }, partner)).data.myOffering;
    expect(listing).toMatchObject({ version: created.version, plans: created.plans });
  });

  it('lets a member signed in edit, and refuses a key without listings:write or no one (FORBIDDEN, UNAUTHENTICATED)', async () => {
    const created = await createDraft();
    const member = await createPartner(server.database, 'bizfly-cloud', 'MEMBER');
    const session = { cookie: await signIn(server, member.user.email) };
    const listing = await ok(mutations.updatePlan, { input: { planId: created.plans[0].id, price: '1' } }, session);
    expect(listing.plans[0]).toMatchObject({ price: { amount: '1' }, specs: threeSpecs });
    const reader = { authorization: `Bearer ${(await createKey(server.database, 'bizfly-cloud', ['listings:read'])).key}` };
    const forbidden = await server.gql(mutations.updatePlan, { input: { planId: created.plans[0].id, price: '2' } }, reader);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.gql(mutations.retirePlan, { input: { planId: created.plans[0].id } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
