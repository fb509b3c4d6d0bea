import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueEvent } from '../../packages/api/src/modules/partners/webhooks.ts';
import { createLogger } from '../../packages/api/src/logger.ts';
import { createKey, createPartner, createUser, signIn } from '../support/accounts.ts';
import { signedWith, startReceiver } from '../support/receiver.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';
import { firstPlans, saveMutation } from '../support/stacks.ts';

// The events an organization's endpoints hear, each only where subscribed, with payloads that name what
// they are about (names, slugs, amounts), not only ids.

let server: TestServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let staff: Record<string, string>;
beforeAll(async () => {
  server = await startServer({ settings: { webhookAllowLocalHttp: true, webhookPollMs: 50 } });
  receiver = await startReceiver();
  staff = { cookie: await signIn(server, (await createUser(server.database, { staff: true })).email) };
});
afterAll(async () => {
  await server.close();
  await receiver.close();
});

const create = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } secret userErrors { code } } }`;
const newTopics = ['LISTING_ARCHIVED', 'ATTESTATION_VERIFIED', 'ATTESTATION_REFUSED', 'ATTESTATION_EXPIRED', 'ORGANIZATION_SUSPENDED', 'ORGANIZATION_RESTORED'];

/** An owner of the vendor's organization with two endpoints: one subscribed to `topics`, one to another topic only. */
async function subscribed(vendorSlug: string, topics: string[], path: string) {
  const partner = await createPartner(server.database, vendorSlug, 'OWNER');
  const headers = { cookie: await signIn(server, partner.user.email) };
  const on = (await server.gql(create, { input: { url: receiver.url(`${path}/on`), topics } }, headers)).data.createWebhookEndpoint;
  const off = (await server.gql(create, { input: { url: receiver.url(`${path}/off`), topics: ['OFFER_DECLINED'] } }, headers)).data.createWebhookEndpoint;
  expect([on.userErrors, off.userErrors]).toEqual([[], []]);
  return { ...partner, headers, secret: on.secret as string, onId: on.endpoint.id as string, offId: off.endpoint.id as string };
}

async function bodiesAt(path: string, count: number) {
  return (await receiver.at(path, count)).map((r) => r.json);
}

describe('webhook events', () => {
  it('tells a subscribed endpoint, and not an unsubscribed one, of staff archiving a listing and deciding attestations', async () => {
    const org = await subscribed('bizfly-cloud', newTopics, '/staff');
    const [listing] = await rows<{ id: string; slug: string; name: string; version: number }>(
      server.database,
      sql`select id, slug, name, version from offerings where vendor_id = ${org.vendor.id} and status = 'PUBLISHED' order by slug limit 1`,
    );
    const offeringId = Buffer.from(`Offering:${listing!.id}`).toString('base64url');
    const archived = await server.gql(`mutation($id: ID!) { archiveListing(id: $id, reason: "Giá không còn đúng") { userErrors { code } } }`, { id: offeringId }, staff);
    expect(archived.data.archiveListing.userErrors).toEqual([]);
    const [archive] = await bodiesAt('/staff/on', 1);
    expect(archive).toEqual({
      event: 'LISTING_ARCHIVED',
      offering: { id: offeringId, name: listing!.name, slug: listing!.slug, status: 'ARCHIVED', version: listing!.version },
      reason: 'Giá không còn đúng',
      archivedAt: expect.any(String),
    });

    const claim = `mutation($input: ClaimAttestationInput!) { claimAttestation(input: $input) { attestation { id } userErrors { code } } }`;
    const claimed = async () =>
      (await server.gql(claim, { input: { frameworkCode: 'PCI-DSS', evidenceUrl: 'https://bizfly.example.vn/pci.pdf', validUntil: '2030-01-01T00:00:00Z' } }, org.headers)).data
        .claimAttestation.attestation.id as string;
    const verifyId = await claimed();
    const verified = await server.gql(
      `mutation($input: VerifyAttestationInput!) { verifyAttestation(input: $input) { userErrors { code } } }`,
      { input: { id: verifyId, evidenceUrl: 'https://bizfly.example.vn/pci.pdf', validUntil: '2030-01-01T00:00:00Z' } },
      staff,
    );
    expect(verified.data.verifyAttestation.userErrors).toEqual([]);
    const refuseId = await claimed();
    await server.gql(`mutation($id: ID!) { refuseAttestation(id: $id, reason: "Chứng chỉ không khớp") { userErrors { code } } }`, { id: refuseId }, staff);
    const [, verify, refuse] = await bodiesAt('/staff/on', 3);
    const subject = { type: 'VENDOR', id: expect.any(String), name: expect.any(String), slug: 'bizfly-cloud' };
    expect(verify).toEqual({
      event: 'ATTESTATION_VERIFIED',
      attestation: { id: verifyId, status: 'VERIFIED', framework: { code: 'PCI-DSS', name: expect.any(String) }, subject, validUntil: '2030-01-01T00:00:00.000Z', reason: null },
      decidedAt: expect.any(String),
    });
    expect(refuse).toMatchObject({ event: 'ATTESTATION_REFUSED', attestation: { id: refuseId, status: 'REVOKED', framework: { code: 'PCI-DSS' }, subject, reason: 'Chứng chỉ không khớp' } });

    // The worker moves the verified attestation past its validity to EXPIRED, once, and says so.
    await server.owner.db.execute(sql`update attestations set valid_until = now() - interval '1 minute' where id = ${Buffer.from(verifyId, 'base64url').toString().split(':')[1]!}`);
    const [, , , expired] = await bodiesAt('/staff/on', 4);
    expect(expired).toMatchObject({ event: 'ATTESTATION_EXPIRED', attestation: { id: verifyId, status: 'EXPIRED', framework: { code: 'PCI-DSS' }, subject }, expiredAt: expect.any(String) });
    const stored = await rows<{ status: string; told: number }>(
      server.database,
      sql`select a.status, (select count(*)::int from webhook_deliveries d where d.event = 'ATTESTATION_EXPIRED' and d.payload -> 'attestation' ->> 'id' = ${verifyId}) as told
          from attestations a where a.id = ${Buffer.from(verifyId, 'base64url').toString().split(':')[1]!}`,
    );
    expect(stored).toEqual([{ status: 'EXPIRED', told: 1 }]);
    for (const got of await receiver.at('/staff/on', 4)) expect(signedWith(got, org.secret)).toBe(true);
    expect(await offEndpointDeliveries(org.offId)).toBe(0);
  });

  it('tells an organization of its suspension, though it is now suspended, and of its restoration', async () => {
    const org = await subscribed('base-vn', [...newTopics, 'QUOTE_REQUESTED'], '/suspension');
    const id = Buffer.from(`Organization:${org.organization.id}`).toString('base64url');
    await server.gql(`mutation($id: ID!) { suspendOrganization(id: $id, reason: "Chưa nộp hồ sơ") { userErrors { code } } }`, { id }, staff);
    const [suspended] = await bodiesAt('/suspension/on', 1);
    expect(suspended).toMatchObject({
      event: 'ORGANIZATION_SUSPENDED',
      organization: { id, vendor: { name: expect.any(String), slug: 'base-vn' } },
      reason: 'Chưa nộp hồ sơ',
      listingsAffected: expect.any(Number),
    });
    await server.gql(`mutation($id: ID!) { liftSuspension(id: $id) { userErrors { code } } }`, { id }, staff);
    const [, restored] = await bodiesAt('/suspension/on', 2);
    expect(restored).toMatchObject({ event: 'ORGANIZATION_RESTORED', organization: { id }, reason: null });
    expect(await offEndpointDeliveries(org.offId)).toBe(0);
  });

  it('sends each of two endpoints only its own topics', async () => {
    const partner = await createPartner(server.database, 'cmc-cloud', 'OWNER');
    const headers = { cookie: await signIn(server, partner.user.email) };
    await server.gql(create, { input: { url: receiver.url('/two/quotes'), topics: ['QUOTE_REQUESTED'] } }, headers);
    await server.gql(create, { input: { url: receiver.url('/two/listings'), topics: ['LISTING_ARCHIVED'] } }, headers);
    await requestQuote('cmc-cloud-server', 'Hai điểm nhận');
    const [listing] = await rows<{ id: string }>(server.database, sql`select id from offerings where vendor_id = ${partner.vendor.id} and status = 'PUBLISHED' order by slug desc limit 1`);
    await server.gql(`mutation($id: ID!) { archiveListing(id: $id, reason: "Ngừng bán") { userErrors { code } } }`, { id: Buffer.from(`Offering:${listing!.id}`).toString('base64url') }, staff);
    expect((await bodiesAt('/two/quotes', 1)).map((b) => b.event)).toEqual(['QUOTE_REQUESTED']);
    expect((await bodiesAt('/two/listings', 1)).map((b) => b.event)).toEqual(['LISTING_ARCHIVED']);
    const events = await rows<{ url: string; event: string }>(
      server.database,
      sql`select url, event::text from webhook_deliveries where organization_id = ${partner.organization.id} order by url`,
    );
    expect(events).toEqual([
      { url: receiver.url('/two/listings'), event: 'LISTING_ARCHIVED' },
      { url: receiver.url('/two/quotes'), event: 'QUOTE_REQUESTED' },
    ]);
  });

  it('names each QUOTE_REQUESTED line’s plan, offering and unit, with its amounts', async () => {
    await subscribed('vnpt-it', ['QUOTE_REQUESTED'], '/quote');
    const plan = (await firstPlans(server, 'vnpt-vm-hourly'))['vnpt-vm-hourly']!;
    await requestQuote('vnpt-vm-hourly', 'Tên và giá', 3);
    const [quote] = await bodiesAt('/quote/on', 1);
    const [facts] = await rows<{ planName: string; unit: string; price: string; offeringName: string }>(
      server.database,
      sql`select p.name as "planName", p.unit::text, p.price::text, o.name as "offeringName" from plans p join offerings o on o.id = p.offering_id
          where p.id = ${Buffer.from(plan.id, 'base64url').toString().split(':')[1]!}`,
    );
    const vnd = (amount: string | bigint) => ({ amount: String(amount), currencyCode: 'VND' });
    expect(quote!.quoteRequest.lines).toEqual([
      {
        planId: plan.id,
        planName: facts!.planName,
        offering: { id: expect.any(String), name: facts!.offeringName, slug: 'vnpt-vm-hourly' },
        unit: facts!.unit,
        unitPrice: vnd(facts!.price),
        quantity: 3,
        monthlyPrice: vnd(plan.monthlyPrice),
        oneTimePrice: vnd('0'),
        monthlyCost: vnd(BigInt(plan.monthlyPrice) * 3n),
        oneTimeCost: vnd('0'),
      },
    ]);
    expect(quote!.quoteRequest.monthlySubtotal).toEqual(vnd(BigInt(plan.monthlyPrice) * 3n));
  });

  it('marks events queued as a test ("test": true) so a TEST key’s sandbox can be told apart', async () => {
    const org = await subscribed('fast', ['LISTING_APPROVED'], '/test-flag');
    await queueEvent(server.database, 'LISTING_APPROVED', [{ vendorId: org.vendor.id, payload: { event: 'LISTING_APPROVED', offering: { slug: 'sandbox' } } }], createLogger('silent'), {
      test: true,
    });
    const [body] = await bodiesAt('/test-flag/on', 1);
    expect(body).toEqual({ event: 'LISTING_APPROVED', offering: { slug: 'sandbox' }, test: true });
    const key = { authorization: `Bearer ${(await createKey(server.database, 'fast', ['listings:read'])).key}` };
    const shown = await server.gql(`{ viewer { organization { webhookDeliveriesConnection(first: 5) { nodes { event test endpoint { id } } } } } }`, {}, key);
    expect(shown.data.viewer.organization.webhookDeliveriesConnection.nodes).toEqual([{ event: 'LISTING_APPROVED', test: true, endpoint: { id: org.onId } }]);
  });
});

async function offEndpointDeliveries(endpointGlobalId: string): Promise<number> {
  const endpointId = Buffer.from(endpointGlobalId, 'base64url').toString().split(':')[1]!;
  const [row] = await rows<{ n: number }>(server.database, sql`select count(*)::int as n from webhook_deliveries where endpoint_id = ${endpointId}`);
  return row!.n;
}

async function requestQuote(slug: string, contactName: string, quantity = 1) {
  const plan = (await firstPlans(server, slug))[slug]!;
  const stack = (await server.gql(saveMutation, { input: { name: contactName, items: [{ planId: plan.id, quantity }] } })).data.saveStack.stack;
  const quoted = await server.gql(`mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { userErrors { code } } }`, {
    input: { stackId: stack.id, contactName, contactEmail: 'events@example.vn' },
  });
  expect(quoted.data.requestQuote.userErrors).toEqual([]);
}
