import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../support/sql.ts';
import {
  dbId,
  deliveries as deliveriesOf,
  globalId,
  node as nodeOf,
  partsOf as partsIn,
  sendQuote,
  startQuoteWorld,
  type Headers,
  type QuoteWorld,
} from '../support/quote-world.ts';

// The buyer reads a request back with its secret token; staff read any and erase a contact on the buyer's
// request, from the request and every copy vendors hold; partners read contacts only with quotes:read or
// a member's session; audit events name targets by global id. (The findings themselves: quote-leaks.spec.ts.)

let world: QuoteWorld;
let stackId: string;
let requestId: string;
let accessToken: string;
let staff: Headers;
let ownerA: Headers;
let listingsOnlyA: Headers;
let quotesKeyA: Headers;
let memberC: Headers;
let contact: QuoteWorld['contact'];
let personal: string[];

async function quote(headers: Headers = {}) {
  const sent = await sendQuote(world, headers, 'accessToken');
  return { stackId: sent.stackId, requestId: sent.requestId, accessToken: sent.payload.accessToken as string };
}

beforeAll(async () => {
  world = await startQuoteWorld();
  ({ staff, ownerA, listingsOnlyA, quotesKeyA, memberC, contact } = world);
  personal = Object.values(contact);
  ({ stackId, requestId, accessToken } = await quote());
});
afterAll(() => world.server.close());

const node = (id: string, headers: Headers) => nodeOf(world.server, id, headers);
const deliveries = (headers: Headers) => deliveriesOf(world.server, headers);
const partsOf = (request: string) => partsIn(world.server, request);

const byTokenQuery = `query($token: String!) { quoteRequestByToken(token: $token) {
  id contactName contactEmail organization message contactErasedAt createdAt
  stack { id } vendors { slug }
  parts { vendor { slug } monthlySubtotal { amount } lines { quantity offering { slug } } } } }`;

async function byToken(token: string, headers: Headers = {}) {
  const response = await world.server.gql(byTokenQuery, { token }, headers);
  expect(response.errors).toBeUndefined();
  return response.data.quoteRequestByToken;
}

describe('the buyer', () => {
  it('reads the request back with the token requestQuote returned once: contact, vendors, each vendor’s lines, the stack', async () => {
    expect(accessToken).toMatch(/^mvq_[A-Za-z0-9_-]{43}$/);
    const request = await byToken(accessToken);
    expect(request).toMatchObject({ id: requestId, ...contact, contactErasedAt: null, stack: { id: stackId } });
    expect(request.vendors.map((v: { slug: string }) => v.slug)).toEqual(['cmc-cloud', 'viettel-idc']);
    expect(request.parts.map((part: { vendor: { slug: string }; lines: { quantity: number; offering: { slug: string } }[] }) => [
      part.vendor.slug,
      part.lines.map((line) => `${line.offering.slug}×${line.quantity}`),
    ])).toEqual([
      ['cmc-cloud', ['cmc-cloud-server×2', 'cmc-waf×1']],
      ['viettel-idc', ['viettel-cloud-server×3']],
    ]);
  });

  it('keeps only the token’s hash, and no other token, id or guess opens the request', async () => {
    const stored = await rows<{ hash: string }>(world.server.database, sql`select access_token_hash as hash from quote_requests where id = ${dbId(requestId)}`);
    expect(stored[0]!.hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stored[0]!.hash).not.toContain(accessToken.slice(4));
    const anywhere = await rows<{ n: number }>(
      world.server.database,
      sql`select (select count(*) from quote_requests q where q::text like ${`%${accessToken.slice(4)}%`})
           + (select count(*) from audit_events e where e::text like ${`%${accessToken.slice(4)}%`}) as n`,
    );
    expect(Number(anywhere[0]!.n)).toBe(0);

    const other = await quote();
    expect((await byToken(other.accessToken)).id).toBe(other.requestId);
    const flipped = `${accessToken.slice(0, -1)}${accessToken.endsWith('A') ? 'B' : 'A'}`;
    for (const wrong of [flipped, `mvq_${randomBytes(32).toString('base64url')}`, accessToken.slice(4), `${accessToken} `, '', requestId, dbId(requestId), 'mvq_'.padEnd(5000, 'x')]) {
      for (const [name, headers] of [
        ['anonymous', {}],
        ['staff', staff],
        ['a competitor’s key', world.quotesKeyB],
        ['a competitor’s session', world.memberB],
        ['a key with listings:read only', listingsOnlyA],
      ] as const) {
        expect(await byToken(wrong, headers), `${name} with ${JSON.stringify(wrong.slice(0, 60))}`).toBeNull();
      }
    }
  });
});

describe('staff', () => {
  it('read a whole request and any vendor’s part by id, and find requests by the buyer’s e-mail', async () => {
    const whole = await node(requestId, staff);
    expect(whole).toMatchObject({ __typename: 'QuoteRequest', organization: contact.organization, stack: { id: stackId } });
    const parts = await partsOf(requestId);
    expect(await node(parts['viettel-idc']!, staff)).toMatchObject({ contactEmail: contact.contactEmail, lines: [{ quantity: 3 }] });
    const found = await world.server.gql(`query($email: String!) { quoteRequestsByContact(email: $email) { id contactName } }`, { email: contact.contactEmail.toUpperCase() }, staff);
    expect(found.data.quoteRequestsByContact.map((r: { id: string }) => r.id)).toContain(requestId);
    for (const [name, headers, code] of [['anonymous', {}, 'UNAUTHENTICATED'], ['the owner of A', ownerA, 'FORBIDDEN'], ['a key of A', quotesKeyA, 'FORBIDDEN']] as const) {
      const refused = await world.server.gql(`query($email: String!) { quoteRequestsByContact(email: $email) { id } }`, { email: contact.contactEmail }, headers);
      expect(refused.errors?.[0]?.extensions?.code, name).toBe(code);
    }
  });
});

describe('partners', () => {
  it('read the contact with quotes:read or a member’s session, by id and in webhook deliveries; other keys get deliveries without it', async () => {
    const partA = (await partsOf(requestId))['cmc-cloud']!;
    for (const [name, headers] of [['a key of A with quotes:read', quotesKeyA], ['the owner of A', ownerA]] as const) {
      expect(await node(partA, headers), name).toMatchObject({ ...contact, lines: [{ quantity: 2 }, { quantity: 1 }] });
    }
    const payloadOf = async (headers: Headers) => {
      const delivery = (await deliveries(headers)).find((d) => d.event === 'QUOTE_REQUESTED' && d.payload.includes(partA))!;
      return JSON.parse(delivery.payload).quoteRequest;
    };
    expect(await payloadOf(ownerA)).toMatchObject(contact);
    const withoutContact = await payloadOf(listingsOnlyA);
    expect(Object.keys(withoutContact).sort()).toEqual(['createdAt', 'id', 'lines', 'monthlySubtotal', 'oneTimeSubtotal', 'reference']);
    expect(withoutContact.id).toBe(partA);
  });

  it('name every audit target by global id, and filter on it', async () => {
    const partA = (await partsOf(requestId))['cmc-cloud']!;
    const query = `query($filter: AuditFilter) { auditEvents(filter: $filter, first: 100) { events { action targetType targetId targetNodeId } } }`;
    const events = (await world.server.gql(query, { filter: { targetNodeId: partA } }, listingsOnlyA)).data.auditEvents.events;
    // Made, then stamped seen by A's first read of it.
    const target = { targetType: 'vendor_quote_requests', targetId: dbId(partA), targetNodeId: partA };
    expect(events).toEqual([
      { action: 'vendor_quote_requests.UPDATE', ...target },
      { action: 'vendor_quote_requests.INSERT', ...target },
    ]);
    expect((await node(events[0].targetNodeId, quotesKeyA)).__typename).toBe('VendorQuoteRequest');
    const all = (await world.server.gql(query, {}, staff)).data.auditEvents.events as { targetType: string; targetNodeId: string | null }[];
    const byType = Object.fromEntries(all.map((e) => [e.targetType, e.targetNodeId]));
    expect(Buffer.from(byType['quote_requests']!, 'base64url').toString()).toMatch(/^QuoteRequest:/);
    expect(Buffer.from(byType['webhook_deliveries']!, 'base64url').toString()).toMatch(/^WebhookDelivery:/);
    expect(Buffer.from(byType['stack_items']!, 'base64url').toString()).toMatch(/^Stack:/);
    expect(byType['sessions']).toBeNull();
    const bad = await world.server.gql(query, { filter: { targetNodeId: 'not-an-id' } }, staff);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const disagreeing = await world.server.gql(query, { filter: { targetNodeId: partA, targetId: dbId(requestId) } }, staff);
    expect(disagreeing.data.auditEvents.events).toEqual([]);
  });
});

const eraseMutation = `mutation($id: ID!) { eraseQuoteContact(input: { id: $id }) {
  quoteRequest { id contactName contactEmail organization message contactErasedAt } copiesErased userErrors { field code message } } }`;

describe('erasing a buyer’s contact', () => {
  it('is for staff only, and answers NOT_FOUND for anything but a quote request', async () => {
    for (const [name, headers, code] of [
      ['anonymous', {}, 'UNAUTHENTICATED'],
      ['the owner of A', ownerA, 'FORBIDDEN'],
      ['a key of A', quotesKeyA, 'FORBIDDEN'],
      ['a member of C', memberC, 'FORBIDDEN'],
    ] as const) {
      const refused = await world.server.gql(eraseMutation, { id: requestId }, headers);
      expect(refused.errors?.[0]?.extensions?.code, name).toBe(code);
    }
    expect((await byToken(accessToken)).contactName).toBe(contact.contactName);
    for (const id of [stackId, (await partsOf(requestId))['cmc-cloud']!, globalId('QuoteRequest', '00000000-0000-4000-8000-000000000000'), 'nope']) {
      const missing = (await world.server.gql(eraseMutation, { id }, staff)).data.eraseQuoteContact;
      expect(missing).toEqual({ quoteRequest: null, copiesErased: 0, userErrors: [{ field: ['input', 'id'], code: 'NOT_FOUND', message: 'No quote request has this id.' }] });
    }
  });

  it('erases the request and every copy together, or nothing', async () => {
    const doomed = await quote();
    await world.server.owner.db.execute(sql`create function test_refuse_erasure() returns trigger language plpgsql as $$
      begin raise exception 'erasure interrupted'; end $$`);
    await world.server.owner.db.execute(sql`create trigger test_refuse_erasure before update on webhook_deliveries for each row execute function test_refuse_erasure()`);
    try {
      const failed = await world.server.gql(eraseMutation, { id: doomed.requestId }, staff);
      expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await world.server.owner.db.execute(sql`drop trigger test_refuse_erasure on webhook_deliveries`);
      await world.server.owner.db.execute(sql`drop function test_refuse_erasure()`);
    }
    expect(await byToken(doomed.accessToken)).toMatchObject({ ...contact, contactErasedAt: null });
  });

  it('leaves no trace of the contact anywhere in the database, tells buyer and vendors it was erased, and audits who did it', async () => {
    const erasure = `erase-${randomBytes(4).toString('hex')}`;
    const erased = await world.server.gql(eraseMutation, { id: requestId }, { ...staff, 'x-request-id': erasure });
    expect(erased.errors).toBeUndefined();
    const payload = erased.data.eraseQuoteContact;
    expect(payload).toMatchObject({
      quoteRequest: { id: requestId, contactName: null, contactEmail: null, organization: null, message: null },
      copiesErased: 2,
      userErrors: [],
    });
    const erasedAt = payload.quoteRequest.contactErasedAt as string;
    expect(Date.parse(erasedAt)).not.toBeNaN();

    // Other requests of the same buyer stay until staff erase them too.
    const others = (await world.server.gql(`query($email: String!) { quoteRequestsByContact(email: $email, first: 100) { id } }`, { email: contact.contactEmail }, staff)).data
      .quoteRequestsByContact as { id: string }[];
    for (const other of others) {
      expect((await world.server.gql(eraseMutation, { id: other.id }, staff)).data.eraseQuoteContact.userErrors).toEqual([]);
    }
    const tables = await rows<{ name: string }>(world.server.database, sql`select tablename as name from pg_tables where schemaname = 'public'`);
    for (const { name } of tables) {
      for (const value of personal) {
        const found = await rows<{ n: number }>(world.server.database, sql`select count(*)::int as n from ${sql.identifier(name)} t where t::text like ${`%${value}%`}`);
        expect(found[0]!.n, `${name} holds ${value}`).toBe(0);
      }
    }

    expect(await byToken(accessToken)).toMatchObject({ id: requestId, contactName: null, contactEmail: null, organization: null, message: null, contactErasedAt: erasedAt });
    const partA = (await partsOf(requestId))['cmc-cloud']!;
    expect(await node(partA, quotesKeyA)).toMatchObject({ contactName: '(erased)', contactEmail: 'erased@erased.invalid', organization: null, message: null });
    const inbox = await world.server.gql(`{ quoteInbox(first: 100) { nodes { id contactName contactErasedAt } } }`, {}, quotesKeyA);
    expect(inbox.data.quoteInbox.nodes.find((n: { id: string }) => n.id === partA)).toEqual({ id: partA, contactName: '(erased)', contactErasedAt: erasedAt });
    const delivery = (await deliveries(ownerA)).find((d) => d.payload.includes(partA))!;
    expect(JSON.parse(delivery.payload).quoteRequest).toMatchObject({
      id: partA,
      contactName: '(erased)',
      contactEmail: 'erased@erased.invalid',
      organization: null,
      message: null,
      contactErasedAt: erasedAt,
      lines: [{ quantity: 2 }, { quantity: 1 }],
    });

    const audited = await rows<{ actor: string; action: string; after: Record<string, unknown> }>(
      world.server.database,
      sql`select actor_type as actor, action, after from audit_events where request_id = ${erasure} order by id`,
    );
    expect(audited.map((e) => `${e.actor} ${e.action}`)).toEqual(['STAFF quote_requests.UPDATE', 'STAFF webhook_deliveries.UPDATE', 'STAFF webhook_deliveries.UPDATE']);
    expect(audited[0]!.after).toMatchObject({ id: dbId(requestId), contact_erased_at: expect.any(String) });
    expect(Object.keys(audited[0]!.after)).not.toContain('contact_email');

    const again = (await world.server.gql(eraseMutation, { id: requestId }, staff)).data.eraseQuoteContact;
    expect(again).toMatchObject({ quoteRequest: { contactErasedAt: erasedAt }, copiesErased: 0, userErrors: [] });
  });
});
