import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createPartner, createUser, signIn } from '../support/accounts.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { count, rows } from '../support/sql.ts';
import { firstPlans, saveMutation } from '../support/stacks.ts';

// Test mode (issue 18): a TEST key (mv_test_…) writes only to its own sandbox listings, which nobody
// else sees, which never reach the catalogue, its caches, search, the review queue or the report, which
// a TEST key plays the reviewer of, and which go with the key. A TEST key never sees real buyers' quotes.

let server: TestServer;
let receiver: Server;
let owner: Record<string, string>;
let member: Record<string, string>;
let staff: Record<string, string>;
let live: Record<string, string>;
let dataCenterId: string;
const allScopes = ['listings:read', 'listings:write', 'quotes:read', 'quotes:write'];
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const word = `hopcat${process.pid}`;
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString();

beforeAll(async () => {
  server = await startServer({ settings: { quoteRequestsPerHour: 100, webhookAllowLocalHttp: true } });
  receiver = createServer((req, res) => req.resume().on('end', () => res.end('ok')));
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const ownerPartner = await createPartner(server.database, 'fpt-is', 'OWNER');
  owner = { cookie: await signIn(server, ownerPartner.user.email) };
  member = { cookie: await signIn(server, (await createPartner(server.database, 'fpt-is', 'MEMBER')).user.email) };
  staff = { cookie: await signIn(server, (await createUser(server.database, { label: 'staff', staff: true })).email) };
  live = bearer((await createKey(server.database, 'fpt-is', allScopes)).key);
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  const hook = await server.gql(`mutation($input: SetWebhookInput!) { setWebhook(input: $input) { userErrors { code } } }`, { input: { url } }, owner);
  expect(hook.data.setWebhook.userErrors).toEqual([]);
  const dcs = await server.gql(`{ vendor(slug: "viettel-idc") { dataCenters { id } } }`);
  dataCenterId = dcs.data.vendor.dataCenters[0].id;
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await server.close();
});

const listingFields = `id slug name status version sandbox rejectionReason`;
const createMutation = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { ${listingFields} } userErrors { field code } } }`;
const updateMutation = `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { offering { ${listingFields} } userErrors { field code } } }`;
const idMutation = (name: string, extra = '') =>
  `mutation($id: ID!${extra ? ', $reason: String!' : ''}) { ${name}(id: $id${extra}) { offering { ${listingFields} } userErrors { field code } } }`;
const submitMutation = idMutation('submitOffering');
const approveMutation = idMutation('approveOffering');
const rejectMutation = idMutation('rejectOffering', ', reason: $reason');
const importMutation = `mutation($input: ImportOfferingsInput!) { importOfferings(input: $input) {
  importedCount results { offering { ${listingFields} } userErrors { code } } userErrors { code } } }`;
const myOfferingsQuery = `{ myOfferings(first: 100) { totalCount nodes { id name sandbox } } }`;

function draft(name: string, slug?: string) {
  return {
    name,
    summary: 'Phát hành hóa đơn điện tử.',
    description: 'Hóa đơn điện tử theo Nghị định 123.',
    kind: 'SAAS',
    categorySlug: 'accounting',
    dataCenterIds: [dataCenterId],
    plans: [{ name: 'Gói 1.000 hóa đơn', price: '350000', unit: 'MONTH' }],
    ...(slug ? { slug } : {}),
  };
}

async function newTestKey(scopes = allScopes) {
  const created = await server.gql(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix mode } userErrors { code } } }`,
    { input: { name: 'sandbox', scopes, mode: 'TEST' } },
    owner,
  );
  expect(created.errors).toBeUndefined();
  expect(created.data.createApiKey.userErrors).toEqual([]);
  const { key, apiKey } = created.data.createApiKey as { key: string; apiKey: { id: string; prefix: string; mode: string } };
  return { key, apiKey, as: bearer(key) };
}

async function create(headers: Record<string, string>, name: string, slug?: string) {
  const answer = await server.gql(createMutation, { input: draft(name, slug) }, headers);
  expect(answer.errors).toBeUndefined();
  expect(answer.data.createOffering.userErrors).toEqual([]);
  return answer.data.createOffering.offering as { id: string; slug: string; version: number; sandbox: boolean; status: string };
}

const catalogVersion = async () => (await rows<{ version: string }>(server.database, sql`select version::text as version from catalog_state where id = 1`))[0]!.version;

describe('TEST keys', () => {
  it('are made by owners with mode TEST, read mv_test_…, and say their mode', async () => {
    const { key, apiKey } = await newTestKey();
    expect(key).toMatch(/^mv_test_[0-9a-f]{10}_/);
    expect(apiKey).toMatchObject({ mode: 'TEST', prefix: expect.stringMatching(/^mv_test_[0-9a-f]{10}$/) });
    const keys = await server.gql(`{ viewer { organization { apiKeysConnection(first: 100) { nodes { id mode } } } } }`, {}, owner);
    expect(keys.data.viewer.organization.apiKeysConnection.nodes).toContainEqual({ id: apiKey.id, mode: 'TEST' });
    const liveKey = await server.gql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { mode } } }`,
      { input: { name: 'live', scopes: ['listings:read'] } },
      owner,
    );
    expect(liveKey.data.createApiKey).toMatchObject({ key: expect.stringMatching(/^mv_live_/), apiKey: { mode: 'LIVE' } });
  });
});

describe('sandbox listings', () => {
  it('are created, edited, imported and sent for review with a TEST key, and nobody else sees them', async () => {
    const before = await catalogVersion();
    const test = await newTestKey();
    const hex = test.apiKey.prefix.slice('mv_test_'.length);
    const created = await create(test.as, `Hóa đơn ${word}`);
    expect(created).toMatchObject({ sandbox: true, status: 'DRAFT' });
    expect(created.slug).toBe(`test-${hex}-hoa-don-${word}`);
    // a chosen slug is prefixed too: it never takes a live listing's slug, nor a live listing its
    const real = await create(live, `Thật chọn ${process.pid}`, `chon-${word}`);
    const chosen = await create(test.as, `Hóa đơn chọn ${word}`, `chon-${word}`);
    expect([real.slug, chosen.slug]).toEqual([`chon-${word}`, `test-${hex}-chon-${word}`]);
    const updated = await server.gql(updateMutation, { input: { id: created.id, version: created.version, summary: 'Đã sửa.' } }, test.as);
    expect(updated.data.updateOffering).toMatchObject({ offering: { sandbox: true, version: created.version + 1 }, userErrors: [] });
    const imported = await server.gql(importMutation, { input: { offerings: [draft(`Nhập ${word} 1`), draft(`Nhập ${word} 2`)] } }, test.as);
    expect(imported.data.importOfferings.importedCount).toBe(2);
    expect(imported.data.importOfferings.results.map((r: { offering: { sandbox: boolean } }) => r.offering.sandbox)).toEqual([true, true]);
    const submitted = await server.gql(submitMutation, { id: created.id }, test.as);
    expect(submitted.data.submitOffering).toMatchObject({ offering: { status: 'IN_REVIEW', sandbox: true }, userErrors: [] });

    // the TEST key sees its sandbox only
    const mine = (await server.gql(myOfferingsQuery, {}, test.as)).data.myOfferings;
    expect(mine.totalCount).toBe(4);
    expect(mine.nodes.every((node: { sandbox: boolean }) => node.sandbox)).toBe(true);
    // a live key, a member and the owner never see it
    for (const headers of [live, member, owner]) {
      const theirs = (await server.gql(myOfferingsQuery, {}, headers)).data.myOfferings;
      expect(theirs.nodes.filter((node: { name: string }) => node.name.includes(word))).toEqual([]);
      expect((await server.gql(`query($id: ID!) { myOffering(id: $id) { id } }`, { id: created.id }, headers)).data.myOffering).toBeNull();
    }
    // nor the public, by id, slug, search or the vendor's page
    for (const headers of [{}, live, member, staff, test.as]) {
      const byId = await server.gql(`query($id: ID!, $slug: String!) { node(id: $id) { id } offering(slug: $slug) { id } }`, { id: created.id, slug: created.slug }, headers);
      expect(byId.data).toEqual({ node: null, offering: null });
    }
    const search = await server.gql(`query($q: String) { offerings(query: $q, first: 10) { totalCount } }`, { q: word });
    expect(search.data.offerings.totalCount).toBe(0);
    const vendorPage = await server.gql(`{ vendor(slug: "fpt-is") { offerings(first: 100) { nodes { name } } } }`);
    expect(vendorPage.data.vendor.offerings.nodes.filter((node: { name: string }) => node.name.includes(word))).toEqual([]);
    // nor staff, in the review queue
    const queue = await server.gql(`{ reviewQueueConnection(vendorSlug: "fpt-is", first: 100) { nodes { offering { id } } } }`, {}, staff);
    expect(queue.errors).toBeUndefined();
    expect(queue.data.reviewQueueConnection.nodes.map((node: { offering: { id: string } }) => node.offering.id)).not.toContain(created.id);
    // and the catalogue's version (its caches and change feed) never moved
    expect(await catalogVersion()).toBe(before);
  });

  it('never cross: a live key cannot touch a sandbox listing, nor a TEST key a live one (NOT_FOUND)', async () => {
    const test = await newTestKey();
    const sandbox = await create(test.as, `Hộp cát chéo ${word}`);
    const real = await create(live, `Thật ${process.pid}`);
    expect(real.sandbox).toBe(false);
    const crossed = [
      await server.gql(updateMutation, { input: { id: sandbox.id, version: sandbox.version, summary: 'x' } }, live),
      await server.gql(updateMutation, { input: { id: real.id, version: real.version, summary: 'x' } }, test.as),
      await server.gql(updateMutation, { input: { id: sandbox.id, version: sandbox.version, summary: 'x' } }, member),
    ];
    for (const answer of crossed) expect(answer.data.updateOffering.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    expect((await server.gql(submitMutation, { id: real.id }, test.as)).data.submitOffering.userErrors[0].code).toBe('NOT_FOUND');
    expect((await server.gql(submitMutation, { id: sandbox.id }, live)).data.submitOffering.userErrors[0].code).toBe('NOT_FOUND');
    const other = await newTestKey();
    expect((await server.gql(myOfferingsQuery, {}, other.as)).data.myOfferings.totalCount).toBe(0);
    expect((await server.gql(submitMutation, { id: sandbox.id }, other.as)).data.submitOffering.userErrors[0].code).toBe('NOT_FOUND');
    // archiving is for the catalogue: a sandbox listing is deleted with its key instead
    expect((await server.gql(idMutation('archiveOffering'), { id: sandbox.id }, test.as)).data.archiveOffering.userErrors[0].code).toBe('INVALID_STATE');
    const claim = await server.gql(
      `mutation($input: ClaimAttestationInput!) { claimAttestation(input: $input) { attestation { id } userErrors { code } } }`,
      { input: { frameworkCode: 'ISO27001', offeringId: sandbox.id, evidenceUrl: 'https://example.vn/iso.pdf', validUntil: '2099-01-01T00:00:00Z' } },
      live,
    );
    expect(claim.data.claimAttestation.userErrors.map((e: { code: string }) => e.code)).toContain('NOT_FOUND');
  });
});

describe('the review simulation', () => {
  const deliveries = (id: string) =>
    rows<{ event: string; payload: Record<string, unknown>; test: boolean }>(
      server.database,
      sql`select event::text as event, payload, test from webhook_deliveries where payload->'offering'->>'id' = ${id} order by created_at, id`,
    );

  it('lets a TEST key reject and approve its own listing in review, with webhooks marked test, never publishing it', async () => {
    const reportBefore = (await server.gql(`{ ecosystemReport { publishedOfferings } }`)).data.ecosystemReport;
    const before = await catalogVersion();
    const test = await newTestKey();
    const sandbox = await create(test.as, `Duyệt thử ${word}`);
    expect((await server.gql(submitMutation, { id: sandbox.id }, test.as)).data.submitOffering.userErrors).toEqual([]);
    // staff never decide a sandbox listing, and a live key is no reviewer
    expect((await server.gql(approveMutation, { id: sandbox.id }, staff)).data.approveOffering.userErrors[0].code).toBe('NOT_FOUND');
    expect((await server.gql(approveMutation, { id: sandbox.id }, live)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const rejected = await server.gql(rejectMutation, { id: sandbox.id, reason: 'Thiếu mô tả gói.' }, test.as);
    expect(rejected.data.rejectOffering).toMatchObject({ offering: { status: 'REJECTED', rejectionReason: 'Thiếu mô tả gói.', sandbox: true }, userErrors: [] });
    expect((await server.gql(submitMutation, { id: sandbox.id }, test.as)).data.submitOffering.userErrors).toEqual([]);
    const approved = await server.gql(approveMutation, { id: sandbox.id }, test.as);
    expect(approved.data.approveOffering).toMatchObject({ offering: { status: 'DRAFT', sandbox: true }, userErrors: [] });
    // a TEST key decides only what is in review
    expect((await server.gql(approveMutation, { id: sandbox.id }, test.as)).data.approveOffering.userErrors[0].code).toBe('NOT_IN_REVIEW');

    const sent = await deliveries(sandbox.id);
    expect(sent.map((d) => [d.event, d.test])).toEqual([
      ['LISTING_REJECTED', true],
      ['LISTING_APPROVED', true],
    ]);
    expect(sent[0]!.payload).toMatchObject({ test: true, sandbox: true, reason: 'Thiếu mô tả gói.' });
    expect(sent[1]!.payload).toMatchObject({ test: true, sandbox: true });
    expect(await catalogVersion()).toBe(before);
    expect((await server.gql(`{ ecosystemReport { publishedOfferings } }`)).data.ecosystemReport).toEqual(reportBefore);
  });
});

describe('revoking a TEST key', () => {
  it('deletes its sandbox listings at once', async () => {
    const test = await newTestKey();
    await create(test.as, `Xóa ${word} 1`);
    await create(test.as, `Xóa ${word} 2`);
    const sandboxOf = sql`select o.id from offerings o join api_keys k on k.id = o.sandbox_key_id where k.prefix = ${test.apiKey.prefix}`;
    expect(await count(server.database, sandboxOf)).toBe(2);
    const revoked = await server.gql(
      `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt mode } userErrors { code } } }`,
      { input: { id: test.apiKey.id } },
      owner,
    );
    expect(revoked.data.revokeApiKey).toMatchObject({ apiKey: { mode: 'TEST' }, userErrors: [] });
    expect(await count(server.database, sandboxOf)).toBe(0);
  });
});

describe('quotes in test mode', () => {
  it('shows a TEST key no real request and lets it answer none', async () => {
    const p = await firstPlans(server, 'fpt-is-e-learning');
    const stack = await server.gql(saveMutation, { input: { name: 'Đào tạo', items: [{ planId: p['fpt-is-e-learning']!.id, quantity: 40 }] } });
    const requested = await server.gql(
      `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { userErrors { code } } }`,
      { input: { stackId: stack.data.saveStack.stack.id, contactName: 'An', contactEmail: 'an@example.vn' } },
    );
    expect(requested.data.requestQuote.userErrors).toEqual([]);
    const inbox = `{ quoteInbox(first: 5) { totalCount nodes { id } } }`;
    const real = (await server.gql(inbox, {}, live)).data.quoteInbox;
    expect(real.totalCount).toBeGreaterThan(0);
    const shareId = real.nodes[0].id as string;
    const offered = await server.gql(
      `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { offer { id } userErrors { code } } }`,
      { input: { quoteRequestId: shareId, lines: [{ planId: p['fpt-is-e-learning']!.id, quantity: 40, unitPrice: '20000' }], validUntil: inAMonth() } },
      live,
    );
    expect(offered.data.makeOffer.userErrors).toEqual([]);
    const offerId = offered.data.makeOffer.offer.id as string;

    const test = await newTestKey();
    expect((await server.gql(inbox, {}, test.as)).data.quoteInbox).toEqual({ totalCount: 0, nodes: [] });
    const byId = await server.gql(`query($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }`, { a: shareId, b: offerId }, test.as);
    expect(byId.data).toEqual({ a: null, b: null });
    const refusals = [
      (await server.gql(`mutation($input: MarkQuoteHandledInput!) { markQuoteHandled(input: $input) { userErrors { code } } }`, { input: { id: shareId } }, test.as)).data
        .markQuoteHandled,
      (await server.gql(`mutation($input: DeclineQuoteRequestInput!) { declineQuoteRequest(input: $input) { userErrors { code } } }`, { input: { id: shareId } }, test.as))
        .data.declineQuoteRequest,
      (
        await server.gql(
          `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { userErrors { code } } }`,
          { input: { quoteRequestId: shareId, lines: [{ planId: p['fpt-is-e-learning']!.id, quantity: 1, unitPrice: '1' }], validUntil: inAMonth() } },
          test.as,
        )
      ).data.makeOffer,
      (await server.gql(`mutation($id: ID!) { withdrawOffer(id: $id) { userErrors { code } } }`, { id: offerId }, test.as)).data.withdrawOffer,
    ];
    for (const refusal of refusals) expect(refusal.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    // the live offer is untouched
    const still = await server.gql(`query($id: ID!) { node(id: $id) { ... on Offer { status } } }`, { id: offerId }, live);
    expect(still.data.node.status).toBe('OPEN');
  });
});
