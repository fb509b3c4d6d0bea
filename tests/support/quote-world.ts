import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { createKey, createPartner, createUser, signIn } from './accounts.ts';
import { startServer, type GraphQLResponse, type ServerOptions, type TestServer } from './server.ts';
import { rows } from './sql.ts';
import { firstPlans, saveMutation } from './stacks.ts';

// A buyer's quote request and everyone who might try to read it. The stack holds lines of CMC (vendor A)
// and Viettel IDC (vendor B, A's competitor in the same request); VNG (vendor C) is not in it. A and B
// have webhooks that go nowhere, so their deliveries stay queued as a partner whose receiver is down sees
// them.

export type Headers = Record<string, string>;

export interface QuoteWorld {
  server: TestServer;
  /** the buyer's contact, each value unique to this run so that a search for it finds only this test's */
  contact: { contactName: string; contactEmail: string; organization: string; message: string };
  staff: Headers;
  ownerA: Headers;
  /** a key of A with listings:read and nothing else */
  listingsOnlyA: Headers;
  quotesKeyA: Headers;
  quotesKeyB: Headers;
  listingsOnlyB: Headers;
  memberB: Headers;
  memberC: Headers;
  quotesKeyC: Headers;
  stackLines: { planId: string; quantity: number }[];
}

const as = (key: string): Headers => ({ authorization: `Bearer ${key}` });
export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
export const dbId = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!;

export async function startQuoteWorld(settings: ServerOptions['settings'] = {}): Promise<QuoteWorld> {
  const server = await startServer({ settings: { quoteRequestsPerHour: 100, webhookAllowLocalHttp: true, webhookPollMs: 3_600_000, ...settings } });
  const marker = randomBytes(4).toString('hex');
  const ownerOfA = await createPartner(server.database, 'cmc-cloud', 'OWNER');
  const ownerOfB = await createPartner(server.database, 'viettel-idc', 'OWNER');
  const ownerA = { cookie: await signIn(server, ownerOfA.user.email) };
  for (const cookie of [ownerA, { cookie: await signIn(server, ownerOfB.user.email) }]) {
    const set = await server.gql(`mutation($url: String) { setWebhook(input: { url: $url }) { userErrors { code } } }`, { url: 'http://127.0.0.1:9/hooks' }, cookie);
    expect(set.data.setWebhook.userErrors).toEqual([]);
  }
  const p = await firstPlans(server, 'cmc-cloud-server', 'cmc-waf', 'viettel-cloud-server');
  return {
    server,
    contact: {
      contactName: `Trần Bí Mật ${marker}`,
      contactEmail: `bimat.${marker}@soyte.example.vn`,
      organization: `Sở Y tế Bí Mật ${marker}`,
      message: `Thông điệp riêng ${marker}`,
    },
    staff: { cookie: await signIn(server, (await createUser(server.database, { staff: true })).email) },
    ownerA,
    listingsOnlyA: as((await createKey(server.database, 'cmc-cloud', ['listings:read'])).key),
    quotesKeyA: as((await createKey(server.database, 'cmc-cloud', ['quotes:read'])).key),
    quotesKeyB: as((await createKey(server.database, 'viettel-idc', ['quotes:read', 'listings:read'])).key),
    listingsOnlyB: as((await createKey(server.database, 'viettel-idc', ['listings:read'])).key),
    memberB: { cookie: await signIn(server, (await createPartner(server.database, 'viettel-idc', 'MEMBER')).user.email) },
    memberC: { cookie: await signIn(server, (await createPartner(server.database, 'vng-cloud', 'MEMBER')).user.email) },
    quotesKeyC: as((await createKey(server.database, 'vng-cloud', ['quotes:read', 'listings:read'])).key),
    stackLines: [
      { planId: p['cmc-cloud-server']!.id, quantity: 2 },
      { planId: p['viettel-cloud-server']!.id, quantity: 3 },
      { planId: p['cmc-waf']!.id, quantity: 1 },
    ],
  };
}

/**
 * Saves the world's stack and requests quotes on it as `headers` would; `answer` is what the mutation
 * selects from its payload besides the request's id.
 */
export async function sendQuote(world: QuoteWorld, headers: Headers = {}, answer = '') {
  const saved = await world.server.gql(saveMutation, { input: { name: 'Bệnh viện tuyến tỉnh', items: world.stackLines } }, headers);
  expect(saved.data.saveStack.userErrors).toEqual([]);
  const response = await world.server.gql(
    `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { id } ${answer} userErrors { code } } }`,
    { input: { stackId: saved.data.saveStack.stack.id, ...world.contact } },
    headers,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data.requestQuote.userErrors).toEqual([]);
  return { stackId: saved.data.saveStack.stack.id as string, requestId: response.data.requestQuote.quoteRequest.id as string, payload: response.data.requestQuote };
}

const auditQuery = `query($filter: AuditFilter, $before: ID) {
  auditEvents(filter: $filter, first: 100, before: $before) { events { id action targetType targetId before after } nextBefore }
}`;

/** Every audit event the caller may read, page by page, as text. */
export async function auditTrail(server: TestServer, headers: Headers, filter: Record<string, unknown> | null = null): Promise<string> {
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

/** The caller's organization's webhook deliveries, newest first. */
export async function deliveries(server: TestServer, headers: Headers): Promise<{ id: string; event: string; payload: string }[]> {
  const response = await server.gql(`{ viewer { organization { webhookDeliveries(first: 100) { id event payload } } } }`, {}, headers);
  expect(response.errors).toBeUndefined();
  return response.data.viewer.organization.webhookDeliveries;
}

const nodeQuery = `query($id: ID!) { node(id: $id) { __typename id
  ... on QuoteRequest { organization createdAt stack { id name items { quantity } } vendors { slug } }
  ... on VendorQuoteRequest { contactName contactEmail organization message lines { quantity offering { slug } } } } }`;

/** node(id) as the caller reads it, with every field of a quote request or a vendor's part. */
export async function node(server: TestServer, id: string, headers: Headers) {
  const response = await server.gql(nodeQuery, { id }, headers);
  expect(response.errors).toBeUndefined();
  return response.data.node;
}

/** The ids of a request's parts by vendor slug, as only the database knows them. */
export async function partsOf(server: TestServer, request: string): Promise<Record<string, string>> {
  const found = await rows<{ slug: string; id: string }>(
    server.database,
    sql`select v.slug, r.id from vendor_quote_requests r join vendors v on v.id = r.vendor_id where r.quote_request_id = ${dbId(request)}`,
  );
  return Object.fromEntries(found.map((row) => [row.slug, globalId('VendorQuoteRequest', row.id)]));
}

/** Who else takes part in offers: A's member, keys with quotes:write, and buyers with accounts. */
export interface OfferActors {
  memberA: Headers;
  writeKeyA: Headers;
  writeKeyB: Headers;
  writeKeyC: Headers;
  /** the account the world's request is tied to, and another buyer's */
  buyer: { id: string; email: string; headers: Headers };
  otherBuyer: { id: string; email: string; headers: Headers };
}

export async function offerActors(world: QuoteWorld): Promise<OfferActors> {
  const { server } = world;
  const account = async (label: string) => {
    const user = await createUser(server.database, { label });
    return { id: user.id, email: user.email, headers: { cookie: await signIn(server, user.email) } };
  };
  return {
    memberA: { cookie: await signIn(server, (await createPartner(server.database, 'cmc-cloud', 'MEMBER')).user.email) },
    writeKeyA: as((await createKey(server.database, 'cmc-cloud', ['quotes:write'])).key),
    writeKeyB: as((await createKey(server.database, 'viettel-idc', ['quotes:write'])).key),
    writeKeyC: as((await createKey(server.database, 'vng-cloud', ['quotes:write'])).key),
    buyer: await account('buyer'),
    otherBuyer: await account('other-buyer'),
  };
}

/** Ties a request to a buyer's account, as confirming the account's e-mail or claiming the request does. */
export async function tieToAccount(server: TestServer, request: string, userId: string): Promise<void> {
  await server.owner.db.execute(sql`update quote_requests set buyer_user_id = ${userId} where id = ${dbId(request)}`);
}

/** A vendor's share as the vendor reads it, with each line's plan and list prices. */
export async function shareLines(server: TestServer, share: string, headers: Headers) {
  const response = await server.gql(
    `query($id: ID!) { node(id: $id) { ... on VendorQuoteRequest { lines { quantity monthlyPrice { amount } oneTimePrice { amount } plan { id unit price { amount } } } } } }`,
    { id: share },
    headers,
  );
  expect(response.errors).toBeUndefined();
  return response.data.node.lines as { quantity: number; monthlyPrice: { amount: string }; oneTimePrice: { amount: string }; plan: { id: string; unit: string; price: { amount: string } } }[];
}

export const offerFields = `id status validUntil decidedAt createdAt monthlyTotal { amount } oneTimeTotal { amount } firstYearTotal { amount }
  listMonthlyTotal { amount } listOneTimeTotal { amount } terms supersededBy { id } vendor { slug }
  lines { quantity unitPrice { amount } listUnitPrice { amount } monthlyCost { amount } oneTimeCost { amount } listMonthlyCost { amount } plan { id unit } }`;

/** makeOffer as `headers`; `lines` priced as given. */
export async function makeOffer(
  server: TestServer,
  headers: Headers,
  input: { quoteRequestId: string; lines: { planId: string; quantity: number; unitPrice: string }[]; validUntil?: string; terms?: string | null },
  fields = offerFields,
) {
  const validUntil = input.validUntil ?? new Date(Date.now() + 30 * 86_400_000).toISOString();
  return server.gql(
    `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { offer { ${fields} } userErrors { code field message } } }`,
    { input: { ...input, validUntil } },
    headers,
  );
}

/** acceptOffer or declineOffer as `headers`, with the access token when given. */
export async function decideOffer(server: TestServer, decision: 'acceptOffer' | 'declineOffer', id: string, headers: Headers, accessToken: string | null = null) {
  return server.gql(
    `mutation($id: ID!, $token: String) { ${decision}(id: $id, accessToken: $token) { offer { id status } userErrors { code field } } }`,
    { id, token: accessToken },
    headers,
  );
}
