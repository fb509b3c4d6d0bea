import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createUser, signIn } from '../support/accounts.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';

// A listing's English texts: its name, summary and description, each plan's name and each requirement's
// text, written through createOffering, updateOffering and importOfferings, checked like the Vietnamese
// ones, reviewed by staff like any other field, and shown to the public once approved.

let server: TestServer;
let partner: Record<string, string>;
let staff: Record<string, string>;
let dataCenterIds: string[];
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  partner = { authorization: `Bearer ${(await createKey(server.database, 'cmc-cloud', ['listings:read', 'listings:write'])).key}` };
  staff = { cookie: await signIn(server, (await createUser(server.database, { label: 'staff', staff: true })).email) };
  dataCenterIds = (await server.gql(`{ vendor(slug: "cmc-cloud") { dataCenters { id } } }`)).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
});
afterAll(() => server.close());

const fields = `id slug version status name nameEn summary summaryEn description descriptionEn
  plans { id name nameEn }
  requirements { description descriptionEn }
  pendingRevision { name nameEn summaryEn description descriptionEn plans { name nameEn } requirements { description descriptionEn } }`;
const payload = `offering { ${fields} } userErrors { field code message }`;
const createMutation = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { ${payload} } }`;
const updateMutation = `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { ${payload} } }`;
const importMutation = `mutation($input: ImportOfferingsInput!) {
  importOfferings(input: $input) { importedCount results { index offering { ${fields} } userErrors { field code message } } userErrors { field code } }
}`;
const submitMutation = `mutation($id: ID!) { submitOffering(id: $id) { ${payload} } }`;
const approveMutation = `mutation($id: ID!) { approveOffering(id: $id) { ${payload} } }`;
const publicQuery = `query($slug: String!) { offering(slug: $slug) { name nameEn summaryEn description descriptionEn
  plans { name nameEn } requirements { description descriptionEn } } }`;
const queueQuery = `{ reviewQueue(vendorSlug: "cmc-cloud", first: 50) { items { offering { id } changes { field before after }
  planChanges { change before { name nameEn } after { name nameEn } } } } }`;

let counter = 0;
function draft(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    name: `Máy chủ ảo Sơn Ca ${counter}`,
    nameEn: `Skylark virtual servers ${counter}`,
    summary: 'Máy chủ ảo cho doanh nghiệp vừa và nhỏ.',
    summaryEn: 'Virtual servers for small businesses.',
    description: 'Máy chủ ảo chạy tại hai trung tâm dữ liệu trong nước.',
    descriptionEn: 'Virtual servers in two data centres in Vietnam.',
    kind: 'IAAS',
    categorySlug: 'compute',
    dataCenterIds,
    plans: [
      { name: 'Gói 2 vCPU theo tháng', nameEn: '2 vCPU, monthly', price: '400000', unit: 'MONTH' },
      { name: 'Gói 2 vCPU theo giờ', price: '900', unit: 'HOUR' },
    ],
    requirements: [{ description: 'Cần sao lưu dữ liệu.', descriptionEn: 'Needs a backup service.', categorySlugs: ['backup'] }],
    ...overrides,
  };
}

async function accepted(mutation: string, input: Record<string, unknown>, headers = partner) {
  const response = await server.gql(mutation, { input }, headers);
  expect(response.errors).toBeUndefined();
  const result = Object.values(response.data)[0] as { offering: any; userErrors: unknown[] };
  expect(result.userErrors).toEqual([]);
  return result.offering;
}

async function act(mutation: string, id: string, headers: Record<string, string>) {
  const response = await server.gql(mutation, { id }, headers);
  expect(response.errors).toBeUndefined();
  const result = Object.values(response.data)[0] as { offering: any; userErrors: unknown[] };
  expect(result.userErrors).toEqual([]);
  return result.offering;
}

async function refused(mutation: string, input: Record<string, unknown>): Promise<[string | null, string][]> {
  const response = await server.gql(mutation, { input }, partner);
  expect(response.errors).toBeUndefined();
  const result = Object.values(response.data)[0] as { offering: unknown; userErrors: { field: string[] | null; code: string; message: string }[] };
  expect(result.offering).toBeNull();
  for (const error of result.userErrors) expect(error.message).not.toBe('');
  return result.userErrors.map((error) => [error.field?.join('.') ?? null, error.code]);
}

describe('a listing’s English texts', () => {
  it('are stored by createOffering and read back, trimmed; what is not given reads null', async () => {
    const offering = await accepted(createMutation, draft({ nameEn: '  Skylark servers  ', descriptionEn: ' Virtual servers in Vietnam. ' }));
    expect(offering).toMatchObject({
      nameEn: 'Skylark servers',
      summaryEn: 'Virtual servers for small businesses.',
      descriptionEn: 'Virtual servers in Vietnam.',
      requirements: [{ description: 'Cần sao lưu dữ liệu.', descriptionEn: 'Needs a backup service.' }],
    });
    expect(offering.plans.map((plan: { name: string; nameEn: string | null }) => [plan.name, plan.nameEn]).sort()).toEqual([
      ['Gói 2 vCPU theo giờ', null],
      ['Gói 2 vCPU theo tháng', '2 vCPU, monthly'],
    ]);

    const bare = await accepted(
      createMutation,
      draft({ nameEn: undefined, summaryEn: undefined, descriptionEn: '   ', requirements: [{ description: 'Cần sao lưu.', categorySlugs: ['backup'] }] }),
    );
    expect(bare).toMatchObject({ nameEn: null, summaryEn: '', descriptionEn: null, requirements: [{ descriptionEn: null }] });
  });

  it('change with updateOffering: given fields change, left-out ones stay, an empty text removes one', async () => {
    const offering = await accepted(createMutation, draft());
    const renamed = await accepted(updateMutation, { id: offering.id, version: offering.version, nameEn: 'Skylark cloud servers' });
    expect(renamed).toMatchObject({ nameEn: 'Skylark cloud servers', descriptionEn: 'Virtual servers in two data centres in Vietnam.' });
    const cleared = await accepted(updateMutation, {
      id: offering.id,
      version: renamed.version,
      descriptionEn: '',
      plans: [{ name: 'Gói 2 vCPU theo tháng', nameEn: '2 vCPU a month', price: '400000', unit: 'MONTH' }],
      requirements: [{ description: 'Cần sao lưu dữ liệu.', descriptionEn: 'Needs backup.', categorySlugs: ['backup'] }],
    });
    expect(cleared).toMatchObject({
      nameEn: 'Skylark cloud servers',
      descriptionEn: null,
      plans: [{ name: 'Gói 2 vCPU theo tháng', nameEn: '2 vCPU a month' }],
      requirements: [{ descriptionEn: 'Needs backup.' }],
    });
  });

  it('are imported with importOfferings', async () => {
    const response = await server.gql(importMutation, { input: { offerings: [draft({ nameEn: 'Imported skylark' }), draft({ nameEn: null })] } }, partner);
    expect(response.errors).toBeUndefined();
    const result = response.data.importOfferings;
    expect(result.userErrors).toEqual([]);
    expect(result.importedCount).toBe(2);
    expect(result.results[0].offering).toMatchObject({ nameEn: 'Imported skylark', descriptionEn: 'Virtual servers in two data centres in Vietnam.' });
    expect(result.results[1].offering.nameEn).toBeNull();
    expect(result.results[0].offering.plans.map((plan: { nameEn: string | null }) => plan.nameEn)).toContain('2 vCPU, monthly');
  });

  it('are refused like the Vietnamese ones: too long, or a name on more than one line, with a stable code', async () => {
    expect(await refused(createMutation, draft({ nameEn: 'x'.repeat(121) }))).toEqual([['input.nameEn', 'TOO_LONG']]);
    expect(await refused(createMutation, draft({ nameEn: 'Skylark\nservers' }))).toEqual([['input.nameEn', 'INVALID']]);
    expect(await refused(createMutation, draft({ descriptionEn: 'x'.repeat(5001) }))).toEqual([['input.descriptionEn', 'TOO_LONG']]);
    expect(
      await refused(createMutation, draft({ plans: [{ name: 'Gói A', nameEn: 'Plan\r\nA', price: '1', unit: 'MONTH' }, { name: 'Gói B', nameEn: 'y'.repeat(121), price: '1', unit: 'MONTH' }] })),
    ).toEqual([
      ['input.plans.0.nameEn', 'INVALID'],
      ['input.plans.1.nameEn', 'TOO_LONG'],
    ]);
    expect(
      await refused(createMutation, draft({ requirements: [{ description: 'Cần sao lưu.', descriptionEn: 'z'.repeat(501), categorySlugs: ['backup'] }] })),
    ).toEqual([['input.requirements.0.descriptionEn', 'TOO_LONG']]);

    const offering = await accepted(createMutation, draft());
    expect(await refused(updateMutation, { id: offering.id, version: offering.version, nameEn: 'a\nb', descriptionEn: 'd'.repeat(5001) })).toEqual([
      ['input.nameEn', 'INVALID'],
      ['input.descriptionEn', 'TOO_LONG'],
    ]);

    const response = await server.gql(importMutation, { input: { offerings: [draft(), draft({ nameEn: 'n'.repeat(121) })] } }, partner);
    const result = response.data.importOfferings;
    expect(result.importedCount).toBe(0);
    expect(result.userErrors).toEqual([{ field: ['input', 'offerings'], code: 'NOT_IMPORTED' }]);
    expect(result.results[1].userErrors.map((error: { field: string[]; code: string }) => [error.field.join('.'), error.code])).toEqual([
      ['input.offerings.1.nameEn', 'TOO_LONG'],
    ]);
  });

  it('of a published listing change through a reviewed edit, which shows them among its changes, and are public once approved', async () => {
    const created = await accepted(createMutation, draft());
    await act(submitMutation, created.id, partner);
    const live = await act(approveMutation, created.id, staff);
    const before = (await server.gql(publicQuery, { slug: live.slug })).data.offering;
    expect(before).toMatchObject({ nameEn: created.nameEn, descriptionEn: 'Virtual servers in two data centres in Vietnam.' });

    const edited = await accepted(updateMutation, {
      id: live.id,
      version: live.version,
      nameEn: 'Skylark servers, renamed',
      descriptionEn: 'Virtual servers in Hà Nội and Ho Chi Minh City.',
      plans: [
        { name: 'Gói 2 vCPU theo tháng', nameEn: '2 vCPU per month', price: '400000', unit: 'MONTH' },
        { name: 'Gói 2 vCPU theo giờ', price: '900', unit: 'HOUR' },
      ],
      requirements: [{ description: 'Cần sao lưu dữ liệu.', descriptionEn: 'Needs a backup of its data.', categorySlugs: ['backup'] }],
    });
    expect(edited.pendingRevision).toMatchObject({
      nameEn: 'Skylark servers, renamed',
      descriptionEn: 'Virtual servers in Hà Nội and Ho Chi Minh City.',
      plans: [{ name: 'Gói 2 vCPU theo tháng', nameEn: '2 vCPU per month' }, { name: 'Gói 2 vCPU theo giờ', nameEn: null }],
      requirements: [{ descriptionEn: 'Needs a backup of its data.' }],
    });
    expect((await server.gql(publicQuery, { slug: live.slug })).data.offering).toEqual(before);

    await act(submitMutation, live.id, partner);
    const item = (await server.gql(queueQuery, {}, staff)).data.reviewQueue.items.find((i: { offering: { id: string } }) => i.offering.id === live.id);
    expect(item.changes).toEqual([
      { field: 'nameEn', before: created.nameEn, after: 'Skylark servers, renamed' },
      { field: 'descriptionEn', before: 'Virtual servers in two data centres in Vietnam.', after: 'Virtual servers in Hà Nội and Ho Chi Minh City.' },
      {
        field: 'requirements',
        before: expect.stringContaining('"descriptionEn":"Needs a backup service."'),
        after: expect.stringContaining('"descriptionEn":"Needs a backup of its data."'),
      },
    ]);
    expect(item.planChanges).toEqual([
      { change: 'CHANGED', before: { name: 'Gói 2 vCPU theo tháng', nameEn: '2 vCPU, monthly' }, after: { name: 'Gói 2 vCPU theo tháng', nameEn: '2 vCPU per month' } },
    ]);

    await act(approveMutation, live.id, staff);
    expect((await server.gql(publicQuery, { slug: live.slug })).data.offering).toMatchObject({
      nameEn: 'Skylark servers, renamed',
      descriptionEn: 'Virtual servers in Hà Nội and Ho Chi Minh City.',
      plans: expect.arrayContaining([{ name: 'Gói 2 vCPU theo tháng', nameEn: '2 vCPU per month' }]),
      requirements: [{ description: 'Cần sao lưu dữ liệu.', descriptionEn: 'Needs a backup of its data.' }],
    });
  });
});
