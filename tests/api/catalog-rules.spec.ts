import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createUser, signIn } from '../support/accounts.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

let server: TestServer;
let partner: Record<string, string>;
let staff: Record<string, string>;
beforeAll(async () => {
  server = await startServer();
  partner = { authorization: `Bearer ${(await createKey(server.database, 'cmc-cloud', ['listings:read', 'listings:write'])).key}` };
  staff = { cookie: await signIn(server, (await createUser(server.database, { label: 'staff', staff: true })).email) };
});
afterAll(() => server.close());

const payload = 'offering { id status plans { id } } userErrors { field code message }';
const approveMutation = `mutation($id: ID!) { approveOffering(id: $id) { ${payload} } }`;

async function draftListing(name: string, plans: unknown[]): Promise<string> {
  const created = await server.gql(
    `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { ${payload} } }`,
    { input: { name, summary: 'Tường lửa ứng dụng web.', description: 'Tường lửa ứng dụng web tại Hà Nội.', kind: 'SECURITY', categorySlug: 'waf', dataCenterIds: [], plans } },
    partner,
  );
  expect(created.data.createOffering.userErrors).toEqual([]);
  return created.data.createOffering.offering.id;
}

const databaseId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const plan = { name: 'Gói cơ bản', price: '1500000', unit: 'MONTH' };

describe('a published listing has a plan', () => {
  it('is a userError when staff approve a listing in review that has none, and the listing stays in review', async () => {
    const id = await draftListing('Tường lửa không gói', []);
    // In review without a plan: sent before submitOffering checked, or imported that way.
    await server.database.db.execute(sql`update offerings set status = 'IN_REVIEW', submitted_at = now() where id = ${databaseId(id)}`);
    const approved = await server.gql(approveMutation, { id }, staff);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveOffering).toEqual({ offering: null, userErrors: [{ field: ['id'], code: 'NO_PLANS', message: expect.stringContaining('no plan') }] });
    const [row] = await rows<{ status: string }>(server.database, sql`select status from offerings where id = ${databaseId(id)}`);
    expect(row!.status).toBe('IN_REVIEW');
  });

  it('is a userError when staff approve an edit in review that drops every plan, and the public keeps the published plans', async () => {
    const id = await draftListing('Tường lửa có gói', [plan]);
    expect((await server.gql(`mutation($id: ID!) { submitOffering(id: $id) { userErrors { code } } }`, { id }, partner)).data.submitOffering.userErrors).toEqual([]);
    expect((await server.gql(approveMutation, { id }, staff)).data.approveOffering.userErrors).toEqual([]);
    const version = (await server.gql(`query($id: ID!) { myOffering(id: $id) { version } }`, { id }, partner)).data.myOffering.version;
    const edited = await server.gql(
      `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { userErrors { code } } }`,
      { input: { id, version, summary: 'Tường lửa ứng dụng web, nay có báo cáo.' } },
      partner,
    );
    expect(edited.data.updateOffering.userErrors).toEqual([]);
    expect((await server.gql(`mutation($id: ID!) { submitOffering(id: $id) { userErrors { code } } }`, { id }, partner)).data.submitOffering.userErrors).toEqual([]);
    // An edit in review without plans: sent before submitOffering checked.
    await server.database.db.execute(
      sql`update offering_revisions set content = jsonb_set(content, '{plans}', '[]'::jsonb) where offering_id = ${databaseId(id)} and status = 'IN_REVIEW'`,
    );
    const approved = await server.gql(approveMutation, { id }, staff);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveOffering.userErrors).toEqual([{ field: ['id'], code: 'NO_PLANS', message: expect.stringContaining('no plan') }]);
    const [live] = await rows<{ n: number }>(server.database, sql`select count(*)::int as n from plans where offering_id = ${databaseId(id)} and retired_at is null`);
    expect(live!.n).toBe(1);
  });
});
