import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createPartner, createUser, signIn } from '../support/accounts.ts';
import { startServer, type GraphQLResponse, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';
import { firstPlans, saveMutation } from '../support/stacks.ts';

// A buyer's request belongs to the buyer and to the vendors it names, line by line. Every identity below
// attacks every path to it over HTTP: node(), the audit trail, webhook deliveries, the stack behind it.
// A stack holds lines of CMC (vendor A) and Viettel IDC (vendor B, A's competitor in the same request);
// VNG (vendor C) is not in it.

type Headers = Record<string, string>;

let server: TestServer;
const marker = randomBytes(4).toString('hex');
const contact = {
  contactName: `Trần Bí Mật ${marker}`,
  contactEmail: `bimat.${marker}@soyte.example.vn`,
  organization: `Sở Y tế Bí Mật ${marker}`,
  message: `Thông điệp riêng ${marker}`,
};
const personal = Object.values(contact);

let staff: Headers;
let ownerA: Headers;
let listingsOnlyA: Headers;
let quotesKeyA: Headers;
let quotesKeyB: Headers;
let listingsOnlyB: Headers;
let memberB: Headers;
let memberC: Headers;
let quotesKeyC: Headers;
let stackId: string;
let requestId: string;
let accessToken: string;

const as = (key: string): Headers => ({ authorization: `Bearer ${key}` });
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const dbId = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!;

const requestQuoteMutation = `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { id } accessToken userErrors { code } } }`;
const setWebhookMutation = `mutation($url: String) { setWebhook(input: { url: $url }) { userErrors { code } } }`;

async function quote(headers: Headers = {}, items = [] as { planId: string; quantity: number }[]) {
  const saved = await server.gql(saveMutation, { input: { name: 'Bệnh viện tuyến tỉnh', items } }, headers);
  expect(saved.data.saveStack.userErrors).toEqual([]);
  const response = await server.gql(requestQuoteMutation, { input: { stackId: saved.data.saveStack.stack.id, ...contact } }, headers);
  expect(response.errors).toBeUndefined();
  expect(response.data.requestQuote.userErrors).toEqual([]);
  return {
    stackId: saved.data.saveStack.stack.id as string,
    requestId: response.data.requestQuote.quoteRequest.id as string,
    accessToken: response.data.requestQuote.accessToken as string,
  };
}

let stackLines: { planId: string; quantity: number }[];

beforeAll(async () => {
  // Webhooks go nowhere here: the deliveries stay queued, as a partner whose receiver is down sees them.
  server = await startServer({ settings: { quoteRequestsPerHour: 100, webhookAllowLocalHttp: true, webhookPollMs: 3_600_000 } });
  staff = { cookie: await signIn(server, (await createUser(server.database, { staff: true })).email) };
  const ownerOfA = await createPartner(server.database, 'cmc-cloud', 'OWNER');
  const ownerOfB = await createPartner(server.database, 'viettel-idc', 'OWNER');
  ownerA = { cookie: await signIn(server, ownerOfA.user.email) };
  for (const cookie of [ownerA, { cookie: await signIn(server, ownerOfB.user.email) }]) {
    expect((await server.gql(setWebhookMutation, { url: 'http://127.0.0.1:9/hooks' }, cookie)).data.setWebhook.userErrors).toEqual([]);
  }
  listingsOnlyA = as((await createKey(server.database, 'cmc-cloud', ['listings:read'])).key);
  quotesKeyA = as((await createKey(server.database, 'cmc-cloud', ['quotes:read'])).key);
  quotesKeyB = as((await createKey(server.database, 'viettel-idc', ['quotes:read', 'listings:read'])).key);
  listingsOnlyB = as((await createKey(server.database, 'viettel-idc', ['listings:read'])).key);
  memberB = { cookie: await signIn(server, (await createPartner(server.database, 'viettel-idc', 'MEMBER')).user.email) };
  memberC = { cookie: await signIn(server, (await createPartner(server.database, 'vng-cloud', 'MEMBER')).user.email) };
  quotesKeyC = as((await createKey(server.database, 'vng-cloud', ['quotes:read', 'listings:read'])).key);
  const p = await firstPlans(server, 'cmc-cloud-server', 'cmc-waf', 'viettel-cloud-server');
  stackLines = [
    { planId: p['cmc-cloud-server']!.id, quantity: 2 },
    { planId: p['viettel-cloud-server']!.id, quantity: 3 },
    { planId: p['cmc-waf']!.id, quantity: 1 },
  ];
  ({ stackId, requestId, accessToken } = await quote({}, stackLines));
});
afterAll(() => server.close());

const auditQuery = `query($filter: AuditFilter, $before: ID) {
  auditEvents(filter: $filter, first: 100, before: $before) { events { id action targetType targetId before after } nextBefore }
}`;

/** Every audit event the caller may read, page by page, as text. */
async function auditTrail(headers: Headers, filter: Record<string, unknown> | null = null): Promise<string> {
  const pages: unknown[] = [];
  let before: string | null = null;
  do {
    const response: GraphQLResponse = await server.gql(auditQuery, { filter, before }, headers);
    expect(response.errors).toBeUndefined();
    pages.push(response.data.auditEvents.events);
    before = response.data.auditEvents.nextBefore;
  } while (before);
  return JSON.stringify(pages);
}

const deliveriesQuery = `{ viewer { organization { webhookDeliveries(first: 100) { id event payload } } } }`;

async function deliveries(headers: Headers): Promise<{ id: string; event: string; payload: string }[]> {
  const response = await server.gql(deliveriesQuery, {}, headers);
  expect(response.errors).toBeUndefined();
  return response.data.viewer.organization.webhookDeliveries;
}

const nodeQuery = `query($id: ID!) { node(id: $id) { __typename id
  ... on QuoteRequest { organization createdAt stack { id name items { quantity } } vendors { slug } }
  ... on VendorQuoteRequest { contactName contactEmail organization message lines { quantity offering { slug } } } } }`;

async function node(id: string, headers: Headers) {
  const response = await server.gql(nodeQuery, { id }, headers);
  expect(response.errors).toBeUndefined();
  return response.data.node;
}

/** The ids of the request's parts, one per vendor, as only the database knows them. */
async function partsOf(request: string): Promise<Record<string, string>> {
  const found = await rows<{ slug: string; id: string }>(
    server.database,
    sql`select v.slug, r.id from vendor_quote_requests r join vendors v on v.id = r.vendor_id where r.quote_request_id = ${dbId(request)}`,
  );
  return Object.fromEntries(found.map((row) => [row.slug, globalId('VendorQuoteRequest', row.id)]));
}

describe('finding: a key with only listings:read reads buyers’ contact details', () => {
  it('shows such a key no contact detail in its webhook deliveries or its audit trail', async () => {
    const shown = await deliveries(listingsOnlyA);
    const quoteDeliveries = shown.filter((d) => d.event === 'QUOTE_REQUESTED');
    expect(quoteDeliveries.length).toBeGreaterThan(0);
    const payloads = JSON.stringify(quoteDeliveries.map((d) => d.payload));
    for (const value of personal) expect(payloads).not.toContain(value);
    const trail = await auditTrail(listingsOnlyA);
    expect(trail).toContain('vendor_quote_requests');
    for (const value of personal) expect(trail).not.toContain(value);
  });
});

describe('finding: any caller reads a competitor’s lead', () => {
  it('gives nothing of a request to a competitor who found its id in the audit trail, nor to anyone without a right to it', async () => {
    const trailOfB = await auditTrail(listingsOnlyB, { targetType: 'vendor_quote_requests' });
    const found = [...trailOfB.matchAll(/quote_request_id\\":\\"([0-9a-f-]{36})/g)].map((m) => m[1]!);
    expect(found).toContain(dbId(requestId));
    const parts = await partsOf(requestId);
    const callers: [string, Headers][] = [
      ['anonymous', {}],
      ['a key of A with listings:read only', listingsOnlyA],
      ['a key of A with quotes:read', quotesKeyA],
      ['the owner of A', ownerA],
      ['a key of B with quotes:read', quotesKeyB],
      ['a key of B with listings:read only', listingsOnlyB],
      ['a member of B', memberB],
      ['a member of C', memberC],
      ['a key of C', quotesKeyC],
    ];
    for (const [name, headers] of callers) {
      expect(await node(globalId('QuoteRequest', dbId(requestId)), headers), name).toBeNull();
    }
    for (const [name, headers] of callers.filter(([name]) => !name.includes(' of A'))) {
      expect(await node(parts['cmc-cloud']!, headers), `${name} reads A’s part`).toBeNull();
    }
    for (const [name, headers] of callers.filter(([name]) => !name.includes(' of B'))) {
      expect(await node(parts['viettel-idc']!, headers), `${name} reads B’s part`).toBeNull();
    }
  });

  it('never leads a vendor to the whole stack behind a request: no stack id in its audit trail, deliveries or part', async () => {
    for (const [name, headers] of [
      ['a key of A', listingsOnlyA],
      ['the owner of A', ownerA],
      ['a member of B', memberB],
    ] as const) {
      const seen = [await auditTrail(headers), JSON.stringify(await deliveries(headers))].join('\n');
      expect(seen, name).not.toContain(dbId(stackId));
      expect(seen, name).not.toContain(stackId);
    }
    const part = await node((await partsOf(requestId))['cmc-cloud']!, quotesKeyA);
    expect(part.lines.map((line: { offering: { slug: string } }) => line.offering.slug).sort()).toEqual(['cmc-cloud-server', 'cmc-waf']);
    expect(JSON.stringify(part)).not.toContain(dbId(stackId));
  });

  it('shows a partner acting as a buyer nothing of the competitors its request reached', async () => {
    const own = await quote(memberC, stackLines);
    const trail = await auditTrail(memberC);
    expect(trail).toContain(dbId(own.requestId));
    const parts = await partsOf(own.requestId);
    for (const [vendor, part] of Object.entries(parts)) expect(trail, vendor).not.toContain(dbId(part));
    expect(trail).not.toContain('127.0.0.1:9/hooks');
  });
});

const byTokenQuery = `query($token: String!) { quoteRequestByToken(token: $token) {
  id contactName contactEmail organization message contactErasedAt createdAt
  stack { id } vendors { slug }
  parts { vendor { slug } monthlySubtotal { amount } lines { quantity offering { slug } } } } }`;

async function byToken(token: string, headers: Headers = {}) {
  const response = await server.gql(byTokenQuery, { token }, headers);
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
    const stored = await rows<{ hash: string }>(server.database, sql`select access_token_hash as hash from quote_requests where id = ${dbId(requestId)}`);
    expect(stored[0]!.hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stored[0]!.hash).not.toContain(accessToken.slice(4));
    const anywhere = await rows<{ n: number }>(
      server.database,
      sql`select (select count(*) from quote_requests q where q::text like ${`%${accessToken.slice(4)}%`})
           + (select count(*) from audit_events e where e::text like ${`%${accessToken.slice(4)}%`}) as n`,
    );
    expect(Number(anywhere[0]!.n)).toBe(0);

    const other = await quote({}, stackLines);
    expect((await byToken(other.accessToken)).id).toBe(other.requestId);
    const flipped = `${accessToken.slice(0, -1)}${accessToken.endsWith('A') ? 'B' : 'A'}`;
    for (const wrong of [flipped, `mvq_${randomBytes(32).toString('base64url')}`, accessToken.slice(4), `${accessToken} `, '', requestId, dbId(requestId), 'mvq_'.padEnd(5000, 'x')]) {
      expect(await byToken(wrong), JSON.stringify(wrong.slice(0, 60))).toBeNull();
      expect(await byToken(wrong, staff), 'staff with a wrong token').toBeNull();
    }
  });
});

describe('staff', () => {
  it('read a whole request and any vendor’s part by id, and find requests by the buyer’s e-mail', async () => {
    const whole = await node(requestId, staff);
    expect(whole).toMatchObject({ __typename: 'QuoteRequest', organization: contact.organization, stack: { id: stackId } });
    const parts = await partsOf(requestId);
    expect(await node(parts['viettel-idc']!, staff)).toMatchObject({ contactEmail: contact.contactEmail, lines: [{ quantity: 3 }] });
    const found = await server.gql(`query($email: String!) { quoteRequestsByContact(email: $email) { id contactName } }`, { email: contact.contactEmail.toUpperCase() }, staff);
    expect(found.data.quoteRequestsByContact.map((r: { id: string }) => r.id)).toContain(requestId);
    for (const [name, headers, code] of [['anonymous', {}, 'UNAUTHENTICATED'], ['the owner of A', ownerA, 'FORBIDDEN'], ['a key of A', quotesKeyA, 'FORBIDDEN']] as const) {
      const refused = await server.gql(`query($email: String!) { quoteRequestsByContact(email: $email) { id } }`, { email: contact.contactEmail }, headers);
      expect(refused.errors?.[0]?.extensions?.code, name).toBe(code);
    }
  });
});

describe('partners', () => {
  it('read the contact with quotes:read or a member’s session, in the inbox, by id and in webhook deliveries', async () => {
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
    expect(Object.keys(withoutContact).sort()).toEqual(['createdAt', 'id', 'lines', 'monthlySubtotal']);
    expect(withoutContact.id).toBe(partA);
  });

  it('name every audit target by global id, and filter on it', async () => {
    const partA = (await partsOf(requestId))['cmc-cloud']!;
    const query = `query($filter: AuditFilter) { auditEvents(filter: $filter, first: 100) { events { action targetType targetId targetNodeId } } }`;
    const events = (await server.gql(query, { filter: { targetNodeId: partA } }, listingsOnlyA)).data.auditEvents.events;
    expect(events).toEqual([{ action: 'vendor_quote_requests.INSERT', targetType: 'vendor_quote_requests', targetId: dbId(partA), targetNodeId: partA }]);
    expect((await node(events[0].targetNodeId, quotesKeyA)).__typename).toBe('VendorQuoteRequest');
    const all = (await server.gql(query, {}, staff)).data.auditEvents.events as { targetType: string; targetNodeId: string | null }[];
    const byType = Object.fromEntries(all.map((e) => [e.targetType, e.targetNodeId]));
    expect(Buffer.from(byType['quote_requests']!, 'base64url').toString()).toMatch(/^QuoteRequest:/);
    expect(Buffer.from(byType['webhook_deliveries']!, 'base64url').toString()).toMatch(/^WebhookDelivery:/);
    expect(Buffer.from(byType['stack_items']!, 'base64url').toString()).toMatch(/^Stack:/);
    expect(byType['sessions']).toBeNull();
    const bad = await server.gql(query, { filter: { targetNodeId: 'not-an-id' } }, staff);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const disagreeing = await server.gql(query, { filter: { targetNodeId: partA, targetId: dbId(requestId) } }, staff);
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
      const refused = await server.gql(eraseMutation, { id: requestId }, headers);
      expect(refused.errors?.[0]?.extensions?.code, name).toBe(code);
    }
    expect((await byToken(accessToken)).contactName).toBe(contact.contactName);
    for (const id of [stackId, (await partsOf(requestId))['cmc-cloud']!, globalId('QuoteRequest', '00000000-0000-4000-8000-000000000000'), 'nope']) {
      const missing = (await server.gql(eraseMutation, { id }, staff)).data.eraseQuoteContact;
      expect(missing).toEqual({ quoteRequest: null, copiesErased: 0, userErrors: [{ field: ['input', 'id'], code: 'NOT_FOUND', message: 'No quote request has this id.' }] });
    }
  });

  it('erases the request and every copy together, or nothing', async () => {
    const doomed = await quote({}, stackLines);
    await server.database.db.execute(sql`create function test_refuse_erasure() returns trigger language plpgsql as $$
      begin raise exception 'erasure interrupted'; end $$`);
    await server.database.db.execute(sql`create trigger test_refuse_erasure before update on webhook_deliveries for each row execute function test_refuse_erasure()`);
    try {
      const failed = await server.gql(eraseMutation, { id: doomed.requestId }, staff);
      expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await server.database.db.execute(sql`drop trigger test_refuse_erasure on webhook_deliveries`);
      await server.database.db.execute(sql`drop function test_refuse_erasure()`);
    }
    expect(await byToken(doomed.accessToken)).toMatchObject({ ...contact, contactErasedAt: null });
  });

  it('leaves no trace of the contact anywhere in the database, tells buyer and vendors it was erased, and audits who did it', async () => {
    const erased = await server.gql(eraseMutation, { id: requestId }, { ...staff, 'x-request-id': `erase-${marker}` });
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
    const others = (await server.gql(`query($email: String!) { quoteRequestsByContact(email: $email, first: 100) { id } }`, { email: contact.contactEmail }, staff)).data
      .quoteRequestsByContact as { id: string }[];
    for (const other of others) {
      expect((await server.gql(eraseMutation, { id: other.id }, staff)).data.eraseQuoteContact.userErrors).toEqual([]);
    }
    const tables = await rows<{ name: string }>(server.database, sql`select tablename as name from pg_tables where schemaname = 'public'`);
    for (const { name } of tables) {
      for (const value of personal) {
        const found = await rows<{ n: number }>(server.database, sql`select count(*)::int as n from ${sql.identifier(name)} t where t::text like ${`%${value}%`}`);
        expect(found[0]!.n, `${name} holds ${value}`).toBe(0);
      }
    }

    expect(await byToken(accessToken)).toMatchObject({ id: requestId, contactName: null, contactEmail: null, organization: null, message: null, contactErasedAt: erasedAt });
    const partA = (await partsOf(requestId))['cmc-cloud']!;
    expect(await node(partA, quotesKeyA)).toMatchObject({ contactName: '(erased)', contactEmail: 'erased@erased.invalid', organization: null, message: null });
    const inbox = await server.gql(`{ quoteInbox(first: 100) { nodes { id contactName contactErasedAt } } }`, {}, quotesKeyA);
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
      server.database,
      sql`select actor_type as actor, action, after from audit_events where request_id = ${`erase-${marker}`} order by id`,
    );
    expect(audited.map((e) => `${e.actor} ${e.action}`)).toEqual(['STAFF quote_requests.UPDATE', 'STAFF webhook_deliveries.UPDATE', 'STAFF webhook_deliveries.UPDATE']);
    expect(audited[0]!.after).toMatchObject({ id: dbId(requestId), contact_erased_at: expect.any(String) });
    expect(Object.keys(audited[0]!.after)).not.toContain('contact_email');

    const again = (await server.gql(eraseMutation, { id: requestId }, staff)).data.eraseQuoteContact;
    expect(again).toMatchObject({ quoteRequest: { contactErasedAt: erasedAt }, copiesErased: 0, userErrors: [] });
  });
});
