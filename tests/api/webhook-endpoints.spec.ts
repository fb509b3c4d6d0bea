import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../packages/api/src/graphql/ids.ts';
import { createKey, createPartner, signIn } from '../support/accounts.ts';
import { hmac, signatures, signedWith, startReceiver } from '../support/receiver.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';
import { eventually } from '../support/wait.ts';

// Webhook endpoints: several per organization, each with its topics and secret; ping, redelivery, rotation
// with a grace period; owners only, and never another organization's.

let server: TestServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  server = await startServer({ settings: { webhookAllowLocalHttp: true, webhookPollMs: 50 } });
  receiver = await startReceiver();
});
afterAll(async () => {
  await server.close();
  await receiver.close();
});

const endpointFields = 'id url description topics secretRotatedAt previousSecretExpiresAt createdAt';
const create = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { ${endpointFields} } secret userErrors { field code message } } }`;
const update = `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { endpoint { ${endpointFields} } secret userErrors { field code } } }`;
const remove = `mutation($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedEndpointId userErrors { field code } } }`;
const rotate = `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { endpoint { ${endpointFields} } secret userErrors { field code } } }`;
const deliveryFields = 'id event test payload url attempts deliveredAt lastError endpoint { id url } redeliveryOf { id }';
const ping = `mutation($input: PingWebhookEndpointInput!) { pingWebhookEndpoint(input: $input) { delivery { ${deliveryFields} } userErrors { field code } } }`;
const redeliver = `mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { delivery { ${deliveryFields} } userErrors { field code } } }`;
const endpointsQuery = `{ viewer { organization { webhookUrl webhookEndpoints { ${endpointFields} deliveries(first: 10) { totalCount nodes { ${deliveryFields} } } } } } }`;

async function owner(vendorSlug: string) {
  const partner = await createPartner(server.database, vendorSlug, 'OWNER');
  return { ...partner, headers: { cookie: await signIn(server, partner.user.email) } };
}

async function createEndpoint(headers: Record<string, string>, input: Record<string, unknown>) {
  const answer = (await server.gql(create, { input }, headers)).data.createWebhookEndpoint;
  expect(answer.userErrors).toEqual([]);
  return answer as { endpoint: { id: string; url: string; topics: string[] }; secret: string };
}

describe('webhook endpoints', () => {
  it('creates an endpoint with its topics and shows its secret once', async () => {
    const { headers } = await owner('viettel-idc');
    const made = await createEndpoint(headers, { url: receiver.url('/create'), topics: ['QUOTE_REQUESTED', 'LISTING_ARCHIVED'], description: 'ERP' });
    expect(made.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(made.endpoint).toMatchObject({ url: receiver.url('/create'), topics: ['QUOTE_REQUESTED', 'LISTING_ARCHIVED'], description: 'ERP', secretRotatedAt: null });
    const listed = (await server.gql(endpointsQuery, {}, headers)).data.viewer.organization;
    expect(listed.webhookEndpoints.map((e: { id: string }) => e.id)).toEqual([made.endpoint.id]);
    expect(listed.webhookUrl).toBe(receiver.url('/create'));
    expect(JSON.stringify(listed)).not.toContain(made.secret);
    const edited = (await server.gql(update, { input: { id: made.endpoint.id, topics: ['OFFER_ACCEPTED'], description: '' } }, headers)).data.updateWebhookEndpoint;
    expect(edited).toMatchObject({ endpoint: { url: receiver.url('/create'), topics: ['OFFER_ACCEPTED'], description: null }, secret: null, userErrors: [] });
  });

  it('checks the URL as setWebhook does, the topics, the description and the limit of 10', async () => {
    const { headers } = await owner('cmc-cloud');
    const refuse = async (input: Record<string, unknown>) => (await server.gql(create, { input: { url: receiver.url('/x'), topics: ['QUOTE_REQUESTED'], ...input } }, headers)).data.createWebhookEndpoint;
    expect((await refuse({ url: 'ftp://partner.example.vn/hook' })).userErrors).toEqual([{ field: ['input', 'url'], code: 'INVALID_URL', message: expect.any(String) }]);
    expect((await refuse({ topics: [] })).userErrors).toEqual([{ field: ['input', 'topics'], code: 'BLANK', message: expect.any(String) }]);
    expect((await refuse({ description: 'x'.repeat(201) })).userErrors.map((e: { code: string }) => e.code)).toEqual(['TOO_LONG']);
    expect((await refuse({ description: 'two\nlines' })).userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID']);
    for (let n = 0; n < 10; n++) await createEndpoint(headers, { url: receiver.url(`/limit-${n}`), topics: ['QUOTE_REQUESTED'] });
    const eleventh = await refuse({});
    expect(eleventh).toMatchObject({ endpoint: null, secret: null, userErrors: [{ code: 'TOO_MANY' }] });
  });

  it('pings an endpoint: a signed PING with "test": true whose delivery header is the API’s WebhookDelivery id', async () => {
    const { headers } = await owner('fpt-is');
    const made = await createEndpoint(headers, { url: receiver.url('/ping'), topics: ['QUOTE_REQUESTED'] });
    const { delivery, userErrors } = (await server.gql(ping, { input: { id: made.endpoint.id } }, headers)).data.pingWebhookEndpoint;
    expect(userErrors).toEqual([]);
    expect(delivery).toMatchObject({ event: 'PING', test: true, endpoint: { id: made.endpoint.id }, redeliveryOf: null });
    const [got] = await receiver.at('/ping');
    expect(got!.headers['x-mayviet-delivery']).toBe(delivery.id);
    expect(got!.headers['x-mayviet-event']).toBe('PING');
    expect(got!.json).toEqual({ event: 'PING', test: true, endpoint: { id: made.endpoint.id, url: receiver.url('/ping') }, sentAt: expect.any(String) });
    expect(signatures(got!.headers['x-mayviet-signature']).v1).toEqual([hmac(made.secret, signatures(got!.headers['x-mayviet-signature']).t, got!.body)]);

    const example = (await server.gql(ping, { input: { id: made.endpoint.id, topic: 'ATTESTATION_REFUSED' } }, headers)).data.pingWebhookEndpoint.delivery;
    const [, imitated] = await receiver.at('/ping', 2);
    expect(imitated!.headers['x-mayviet-delivery']).toBe(example.id);
    expect(imitated!.json).toMatchObject({ event: 'ATTESTATION_REFUSED', test: true, attestation: { framework: { code: expect.any(String) }, reason: expect.any(String) } });
    const shown = await eventually(
      async () => (await server.gql(endpointsQuery, {}, headers)).data.viewer.organization.webhookEndpoints[0].deliveries,
      (page) => page.nodes.every((d: { deliveredAt: string | null }) => d.deliveredAt !== null),
      'both pings shown delivered',
    );
    expect(shown.totalCount).toBe(2);
  });

  it('redelivers any delivery of the organization as a new one to its endpoint’s current URL', async () => {
    const { headers } = await owner('vnpt-it');
    const made = await createEndpoint(headers, { url: receiver.url('/redeliver-old'), topics: ['QUOTE_REQUESTED'] });
    const first = (await server.gql(ping, { input: { id: made.endpoint.id } }, headers)).data.pingWebhookEndpoint.delivery;
    const [original] = await receiver.at('/redeliver-old');
    await server.gql(update, { input: { id: made.endpoint.id, url: receiver.url('/redeliver-new') } }, headers);
    const again = (await server.gql(redeliver, { input: { deliveryId: first.id } }, headers)).data.redeliverWebhook;
    expect(again.userErrors).toEqual([]);
    expect(again.delivery).toMatchObject({ event: 'PING', test: true, redeliveryOf: { id: first.id }, url: receiver.url('/redeliver-new') });
    expect(again.delivery.id).not.toBe(first.id);
    const [resent] = await receiver.at('/redeliver-new');
    expect(resent!.body).toBe(original!.body);
    expect(resent!.headers['x-mayviet-delivery']).toBe(again.delivery.id);
    expect(signedWith(resent!, made.secret)).toBe(true);
  });

  it('rotates a secret: both sign until the grace period ends, then only the new one', async () => {
    const { headers } = await owner('bizfly-cloud');
    const made = await createEndpoint(headers, { url: receiver.url('/rotate'), topics: ['QUOTE_REQUESTED'] });
    expect((await server.gql(rotate, { input: { id: made.endpoint.id, graceHours: 169 } }, headers)).data.rotateWebhookSecret.userErrors).toEqual([
      { field: ['input', 'graceHours'], code: 'OUT_OF_RANGE' },
    ]);
    const rotated = (await server.gql(rotate, { input: { id: made.endpoint.id } }, headers)).data.rotateWebhookSecret;
    expect(rotated.userErrors).toEqual([]);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(made.secret);
    const hours = (Date.parse(rotated.endpoint.previousSecretExpiresAt) - Date.parse(rotated.endpoint.secretRotatedAt)) / 3_600_000;
    expect(Math.round(hours)).toBe(24);

    await server.gql(ping, { input: { id: made.endpoint.id } }, headers);
    const [during] = await receiver.at('/rotate');
    const { t, v1 } = signatures(during!.headers['x-mayviet-signature']);
    expect(v1).toEqual([hmac(rotated.secret, t, during!.body), hmac(made.secret, t, during!.body)]);

    await server.owner.db.execute(sql`update webhook_endpoints set previous_secret_expires_at = now() - interval '1 second' where id = ${fromId(made.endpoint.id)}`);
    await server.gql(ping, { input: { id: made.endpoint.id } }, headers);
    const [, after] = await receiver.at('/rotate', 2);
    const late = signatures(after!.headers['x-mayviet-signature']);
    expect(late.v1).toEqual([hmac(rotated.secret, late.t, after!.body)]);

    const abrupt = (await server.gql(rotate, { input: { id: made.endpoint.id, graceHours: 0 } }, headers)).data.rotateWebhookSecret;
    expect(abrupt.endpoint.previousSecretExpiresAt).toBeNull();
    await server.gql(ping, { input: { id: made.endpoint.id } }, headers);
    const [, , third] = await receiver.at('/rotate', 3);
    expect(signatures(third!.headers['x-mayviet-signature']).v1).toEqual([hmac(abrupt.secret, signatures(third!.headers['x-mayviet-signature']).t, third!.body)]);
  });

  it('deletes an endpoint: its pending deliveries are failed, not sent, and cannot be redelivered', async () => {
    const { headers, organization } = await owner('misa');
    const made = await createEndpoint(headers, { url: receiver.url('/deleted'), topics: ['QUOTE_REQUESTED'] });
    const endpointId = fromId(made.endpoint.id);
    const [pending] = await rows<{ id: string }>(
      server.database,
      sql`insert into webhook_deliveries (organization_id, endpoint_id, event, payload, url, next_attempt_at)
          values (${organization.id}, ${endpointId}, 'QUOTE_REQUESTED', '{"event":"QUOTE_REQUESTED"}', ${receiver.url('/deleted')}, now() + interval '1 hour') returning id`,
    );
    const deleted = (await server.gql(remove, { input: { id: made.endpoint.id } }, headers)).data.deleteWebhookEndpoint;
    expect(deleted).toEqual({ deletedEndpointId: made.endpoint.id, userErrors: [] });
    const [row] = await rows<{ failed: boolean; lastError: string; endpointId: string | null }>(
      server.database,
      sql`select failed_at is not null as failed, last_error as "lastError", endpoint_id as "endpointId" from webhook_deliveries where id = ${pending!.id}`,
    );
    expect(row).toEqual({ failed: true, lastError: 'Not sent: its webhook endpoint was deleted.', endpointId: null });
    const again = (await server.gql(redeliver, { input: { deliveryId: toGlobalId('WebhookDelivery', pending!.id) } }, headers)).data.redeliverWebhook;
    expect(again).toEqual({ delivery: null, userErrors: [{ field: ['input', 'deliveryId'], code: 'NOT_FOUND' }] });
    expect((await server.gql(remove, { input: { id: made.endpoint.id } }, headers)).data.deleteWebhookEndpoint.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    expect(receiver.received.filter((r) => r.path === '/deleted')).toEqual([]);
  });

  it('keeps setWebhook: it replaces every endpoint with one subscribed to every topic, and null removes them', async () => {
    const { headers } = await owner('vng-cloud');
    await createEndpoint(headers, { url: receiver.url('/set-a'), topics: ['QUOTE_REQUESTED'] });
    await createEndpoint(headers, { url: receiver.url('/set-b'), topics: ['OFFER_ACCEPTED'] });
    const setWebhook = `mutation($url: String) { setWebhook(input: { url: $url }) { secret organization { webhookUrl webhookEndpoints { url topics } } userErrors { code } } }`;
    const set = (await server.gql(setWebhook, { url: receiver.url('/set-c') }, headers)).data.setWebhook;
    expect(set.secret).toMatch(/^whsec_/);
    expect(set.organization.webhookUrl).toBe(receiver.url('/set-c'));
    expect(set.organization.webhookEndpoints).toHaveLength(1);
    expect(set.organization.webhookEndpoints[0].topics).toHaveLength(12);
    expect(set.organization.webhookEndpoints[0].topics).not.toContain('PING');
    const off = (await server.gql(setWebhook, { url: null }, headers)).data.setWebhook;
    expect(off).toEqual({ secret: null, organization: { webhookUrl: null, webhookEndpoints: [] }, userErrors: [] });
  });
});

/** The database id of a WebhookEndpoint's global id. */
function fromId(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
}

describe('who may manage endpoints', () => {
  it('answers another organization’s endpoint and delivery as missing', async () => {
    const mine = await owner('viettel-idc');
    const theirs = await owner('cmc-cloud');
    const made = await createEndpoint(mine.headers, { url: receiver.url('/private'), topics: ['QUOTE_REQUESTED'] });
    const delivery = (await server.gql(ping, { input: { id: made.endpoint.id } }, mine.headers)).data.pingWebhookEndpoint.delivery;
    const missing = [{ field: ['input', 'id'], code: 'NOT_FOUND' }];
    expect((await server.gql(update, { input: { id: made.endpoint.id, url: receiver.url('/stolen') } }, theirs.headers)).data.updateWebhookEndpoint.userErrors).toEqual(missing);
    expect((await server.gql(rotate, { input: { id: made.endpoint.id } }, theirs.headers)).data.rotateWebhookSecret).toEqual({ endpoint: null, secret: null, userErrors: missing });
    expect((await server.gql(ping, { input: { id: made.endpoint.id } }, theirs.headers)).data.pingWebhookEndpoint.userErrors).toEqual(missing);
    expect((await server.gql(remove, { input: { id: made.endpoint.id } }, theirs.headers)).data.deleteWebhookEndpoint.userErrors).toEqual(missing);
    expect((await server.gql(redeliver, { input: { deliveryId: delivery.id } }, theirs.headers)).data.redeliverWebhook.userErrors).toEqual([
      { field: ['input', 'deliveryId'], code: 'NOT_FOUND' },
    ]);
    const seen = (await server.gql(endpointsQuery, {}, theirs.headers)).data.viewer.organization.webhookEndpoints;
    expect(seen.map((e: { id: string }) => e.id)).not.toContain(made.endpoint.id);
    expect((await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: made.endpoint.id }, theirs.headers)).data.node).toBeNull();
    const still = (await server.gql(endpointsQuery, {}, mine.headers)).data.viewer.organization.webhookEndpoints.find((e: { id: string }) => e.id === made.endpoint.id);
    expect(still.url).toBe(receiver.url('/private'));
  });

  it('refuses members and API keys (FORBIDDEN) and the anonymous (UNAUTHENTICATED), and shows them no endpoint', async () => {
    const theOwner = await owner('fpt-is');
    const made = await createEndpoint(theOwner.headers, { url: receiver.url('/owners-only'), topics: ['QUOTE_REQUESTED'] });
    const delivery = (await server.gql(ping, { input: { id: made.endpoint.id } }, theOwner.headers)).data.pingWebhookEndpoint.delivery;
    const member = await createPartner(server.database, 'fpt-is', 'MEMBER');
    const memberHeaders = { cookie: await signIn(server, member.user.email) };
    const keyHeaders = { authorization: `Bearer ${(await createKey(server.database, 'fpt-is', ['listings:read', 'listings:write', 'quotes:read', 'quotes:write'])).key}` };
    const attempts: [string, Record<string, unknown>][] = [
      [create, { input: { url: receiver.url('/intruder'), topics: ['QUOTE_REQUESTED'] } }],
      [update, { input: { id: made.endpoint.id, url: receiver.url('/intruder') } }],
      [remove, { input: { id: made.endpoint.id } }],
      [rotate, { input: { id: made.endpoint.id } }],
      [ping, { input: { id: made.endpoint.id } }],
      [redeliver, { input: { deliveryId: delivery.id } }],
    ];
    for (const [query, variables] of attempts) {
      for (const headers of [memberHeaders, keyHeaders]) expect((await server.gql(query, variables, headers)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await server.gql(query, variables)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const headers of [memberHeaders, keyHeaders]) {
      expect((await server.gql(`{ viewer { organization { webhookEndpoints { id } } } }`, {}, headers)).data.viewer.organization.webhookEndpoints).toEqual([]);
    }
    const still = (await server.gql(endpointsQuery, {}, theOwner.headers)).data.viewer.organization.webhookEndpoints.find((e: { id: string }) => e.id === made.endpoint.id);
    expect(still.url).toBe(receiver.url('/owners-only'));
  });
});
