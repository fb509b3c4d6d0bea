import { request } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createPartner, createUser, signIn } from '../support/accounts.ts';
import { roomyBudget, startServer, workerSettled, type GraphQLResponse, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

let server: TestServer;
let owner: Record<string, string>;
let ownerEmail: string;
let partnerKey: Record<string, string>;
let staff: Record<string, string>;
beforeAll(async () => {
  server = await startServer({ settings: { ...roomyBudget, quoteRequestsPerHour: 100 } });
  // The audit counts below are the requests' own: the worker's one write at start (the seed's expired attestation) is done.
  await workerSettled(server);
  const partner = await createPartner(server.database, 'bizfly-cloud', 'OWNER');
  ownerEmail = partner.user.email;
  owner = { cookie: await signIn(server, partner.user.email) };
  partnerKey = { authorization: `Bearer ${(await createKey(server.database, 'bizfly-cloud', ['listings:read', 'listings:write', 'quotes:read'])).key}` };
  staff = { cookie: await signIn(server, (await createUser(server.database, { label: 'staff', staff: true })).email) };
});
afterAll(() => server.close());

const nul = '\u0000';
// JSON can carry half of a UTF-16 surrogate pair ("\ud800"); it is no character at all and has no UTF-8 form.
const loneSurrogate = '\ud800';

type Caller = 'anonymous' | 'owner' | 'partnerKey';

interface RefusedInput {
  what: string;
  query: string;
  variables?: Record<string, unknown>;
  caller?: Caller;
  /** where the character is, as the error names it */
  argument: string;
}

const listingInput = (value: string) => ({
  name: 'Máy chủ ảo Kiểm thử',
  summary: 'Máy chủ ảo.',
  description: 'Máy chủ ảo chạy tại Hà Nội.',
  kind: 'IAAS',
  categorySlug: 'compute',
  dataCenterIds: [],
  plans: [{ name: 'Gói 2 vCPU', price: '400000', unit: 'MONTH', specs: [{ key: 'vcpu', value }] }],
});

const refusedInputs: RefusedInput[] = [
  { what: 'offering(slug) written in the query', query: `{ offering(slug: "viettel\\u0000cloud") { id } }`, argument: 'slug' },
  { what: 'offering(slug) in a variable', query: `query($slug: String!) { offering(slug: $slug) { id } }`, variables: { slug: `viettel${nul}` }, argument: 'slug' },
  {
    what: 'offerings(filter.vendors) in a variable',
    query: `query($filter: OfferingFilter) { offerings(filter: $filter) { totalCount } }`,
    variables: { filter: { vendors: ['viettel-idc', `cmc${nul}cloud`] } },
    argument: 'filter.vendors[1]',
  },
  {
    what: 'offerings(filter.vendors) written in the query',
    query: `{ offerings(filter: { vendors: ["viettel-idc", "cmc\\u0000"] }) { totalCount } }`,
    argument: 'filter.vendors[1]',
  },
  { what: 'offerings(query) with half a surrogate pair', query: `query($q: String) { offerings(query: $q) { totalCount } }`, variables: { q: `máy${loneSurrogate}chủ` }, argument: 'query' },
  {
    what: 'the sign-in e-mail',
    query: `mutation($input: SignInInput!) { signIn(input: $input) { user { email } userErrors { code } } }`,
    variables: { input: { email: `someone${nul}@example.vn`, password: 'not the password' } },
    argument: 'input.email',
  },
  {
    what: 'the sign-in e-mail with half a surrogate pair',
    query: `mutation($input: SignInInput!) { signIn(input: $input) { user { email } userErrors { code } } }`,
    variables: { input: { email: `someone${loneSurrogate}@example.vn`, password: 'not the password' } },
    argument: 'input.email',
  },
  {
    what: 'a stack line’s plan id, inside a list of input objects',
    query: `mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } userErrors { code } } }`,
    variables: { input: { name: 'Ngăn xếp', items: [{ planId: `UGxhbjo${nul}`, quantity: 1 }] } },
    argument: 'input.items[0].planId',
  },
  {
    what: 'the webhook URL',
    caller: 'owner',
    query: `mutation($url: String) { setWebhook(input: { url: $url }) { secret userErrors { code } } }`,
    variables: { url: `https://hooks.example.vn/${nul}` },
    argument: 'input.url',
  },
  {
    what: 'an API key’s name',
    caller: 'owner',
    query: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { code } } }`,
    variables: { input: { name: `CI ${nul}`, scopes: ['listings:read'] } },
    argument: 'input.name',
  },
  {
    what: 'an API key’s name with half a surrogate pair',
    caller: 'owner',
    query: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { code } } }`,
    variables: { input: { name: `CI ${loneSurrogate}`, scopes: ['listings:read'] } },
    argument: 'input.name',
  },
  {
    what: 'an API key’s scope, inside a list',
    caller: 'owner',
    query: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { code } } }`,
    variables: { input: { name: 'CI', scopes: ['listings:read', `quotes:read${nul}`] } },
    argument: 'input.scopes[1]',
  },
  {
    what: 'a plan’s spec value, three levels deep',
    caller: 'partnerKey',
    query: `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id } userErrors { code } } }`,
    variables: { input: listingInput(`2${nul}`) },
    argument: 'input.plans[0].specs[0].value',
  },
];

function headersOf(caller: Caller | undefined): Record<string, string> {
  if (caller === 'owner') return owner;
  if (caller === 'partnerKey') return partnerKey;
  return {};
}

describe('characters PostgreSQL cannot store', () => {
  it.each(refusedInputs)('refuses $what with BAD_USER_INPUT naming $argument, and runs nothing', async ({ query, variables, caller, argument }) => {
    // Using a key records its last use (an api_keys event): that is the caller being known, not the operation.
    const writes = async () =>
      (await rows<{ n: number }>(server.database, sql`select count(*)::int as n from audit_events where action not like 'api_keys.%'`))[0]!.n;
    const auditBefore = await writes();
    const result = await server.gql(query, variables, headersOf(caller));
    expect(result.errors, JSON.stringify(result)).toHaveLength(1);
    const [error] = result.errors!;
    expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error!.extensions?.argument).toBe(argument);
    expect(error!.message).toContain(argument);
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(result.headers.get('set-cookie')).toBeNull();
    expect(await writes()).toBe(auditBefore);
  });

  it('checks the variables of every request, however often its query text was sent before', async () => {
    const query = `query($slug: String!) { offering(slug: $slug) { id } }`;
    for (let i = 0; i < 2; i += 1) expect((await server.gql(query, { slug: 'no-such-offering' })).errors).toBeUndefined();
    const refused = await server.gql(query, { slug: `no-such${nul}offering` });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'slug' });
  });

  it('refuses a NUL byte in a GET request’s variables too', async () => {
    const query = encodeURIComponent('query($slug: String!) { offering(slug: $slug) { id } }');
    const variables = encodeURIComponent(JSON.stringify({ slug: `a${nul}b` }));
    const response = await fetch(`${server.url}/graphql?query=${query}&variables=${variables}`, { headers: { 'apollo-require-preflight': 'true' } });
    const body = (await response.json()) as GraphQLResponse;
    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'slug' });
  });

  it('refuses a body that is not UTF-8 rather than storing U+FFFD in its place', async () => {
    const body = Buffer.concat([Buffer.from('{"query":"{ offering(slug: \\"viettel'), Buffer.from([0xed, 0xa0, 0x80, 0xff]), Buffer.from('\\") { id } }"}')]);
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid UTF-8.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('still accepts every other character: control characters, emoji, Vietnamese in both normal forms', async () => {
    const text = `Tab\there, ☁️ 🇻🇳, Điện toán đám mây, ${'Vie\u0323\u0302t'}, \u0001\u007f`;
    const search = await server.gql(`query($q: String) { offerings(query: $q) { totalCount } }`, { q: text });
    expect(search.errors).toBeUndefined();
    const created = await server.gql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { name } userErrors { code } } }`,
      { input: { name: 'Khóa ☁️ 🇻🇳 thử', scopes: ['listings:read'] } },
      owner,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createApiKey.apiKey.name).toBe('Khóa ☁️ 🇻🇳 thử');
  });

  it('leaves the e-mail of a refused sign-in as it was: the owner still signs in', async () => {
    expect(await signIn(server, ownerEmail)).toMatch(/^mv_session=/);
  });
});

const base64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');
const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as string[];

type KeyKind = 'uuid' | 'timestamp' | 'integer' | 'decimal' | 'text';

/** What a genuine cursor's key is, from its value. */
function kindOf(value: string): KeyKind {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value)) return 'uuid';
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/.test(value)) return 'timestamp';
  if (/^-?\d+$/.test(value)) return 'integer';
  if (/^-?\d+\.\d+$/.test(value)) return 'decimal';
  return 'text';
}

/** Values a key of each kind can never hold (text keys: only what no text column stores). */
const impossibleKeys: Record<KeyKind, string[]> = {
  uuid: ['x', '', '00000000-0000-0000-0000-00000000000g', "' or 1=1 --", `00000000-0000-0000-0000-000000000000${nul}`],
  timestamp: ['x', '', '2026-13-45 25:61:61+00', '2026-02-30 10:00:00+00', '0000-01-01 00:00:00+00', '2026-01-01 10:00:00+99', 'infinity', 'now', `2026-01-01 10:00:00+00${nul}`],
  integer: ['x', '', '1.5', '99999999999999999999999', '-99999999999999999999999', 'NaN', '1e5', `1${nul}`],
  decimal: ['x', '', 'NaN', 'Infinity', '-Infinity', '1e400', '1.2.3', `0.5${nul}`],
  text: [`a${nul}b`, loneSurrogate],
};

/** Cursors that are no cursor of the list they are sent to, built from a genuine one. */
function forgedCursors(genuine: string): { label: string; cursor: string }[] {
  const [sort, ...keys] = decode(genuine);
  const forged = [
    { label: 'not base64url', cursor: 'not a cursor!' },
    { label: 'base64url of no JSON', cursor: base64url('{[') },
    { label: 'a JSON object', cursor: base64url({ sort, keys }) },
    { label: 'an empty array', cursor: base64url([]) },
    { label: 'another sort', cursor: base64url(['SOMETHING_ELSE', ...keys]) },
    { label: 'a key missing', cursor: base64url([sort, ...keys.slice(1)]) },
    { label: 'a key too many', cursor: base64url([sort, ...keys, keys[0]]) },
    { label: 'a number for a key', cursor: base64url([sort, 1, ...keys.slice(1)]) },
    { label: 'null for a key', cursor: base64url([sort, null, ...keys.slice(1)]) },
    { label: 'a nested array for a key', cursor: base64url([sort, [keys[0]], ...keys.slice(1)]) },
    { label: 'over 1000 characters', cursor: base64url([sort, 'x'.repeat(1000), ...keys.slice(1)]) },
    { label: 'a NUL byte in the sort', cursor: base64url([`${sort}${nul}`, ...keys]) },
  ];
  keys.forEach((key, index) => {
    for (const bad of impossibleKeys[kindOf(key)]) {
      const changed = [...keys];
      changed[index] = bad;
      forged.push({ label: `key ${index} (${kindOf(key)}) = ${JSON.stringify(bad)}`, cursor: base64url([sort, ...changed]) });
    }
  });
  return forged;
}

interface PagedList {
  name: string;
  caller: 'anonymous' | 'owner' | 'partnerKey' | 'staff';
  /** a query taking $after and answering a genuine cursor at `cursorOf` */
  query: string;
  variables?: Record<string, unknown>;
  cursorOf: (data: any) => string;
}

const offeringsPage = (sort: string, q: string | null) => ({
  name: `offerings(sort: ${sort}${q ? `, query: "${q}"` : ''})`,
  caller: 'anonymous' as const,
  query: `query($after: String, $sort: OfferingSort, $q: String) { offerings(first: 1, after: $after, sort: $sort, query: $q) { pageInfo { endCursor } } }`,
  variables: { sort, q },
  cursorOf: (data: any) => data.offerings.pageInfo.endCursor,
});

const pagedLists: PagedList[] = [
  ...['RELEVANCE', 'NAME', 'PRICE_ASC', 'PRICE_DESC', 'SLA_DESC', 'UPDATED_DESC'].map((sort) => offeringsPage(sort, null)),
  offeringsPage('RELEVANCE', 'máy chủ'),
  offeringsPage('RELEVANCE', 'viettle'),
  {
    name: 'vendors',
    caller: 'anonymous',
    query: `query($after: String) { vendors(first: 1, after: $after) { pageInfo { endCursor } } }`,
    cursorOf: (data) => data.vendors.pageInfo.endCursor,
  },
  {
    name: 'vendor.offerings',
    caller: 'anonymous',
    query: `query($after: String) { vendor(slug: "viettel-idc") { offerings(first: 1, after: $after) { pageInfo { endCursor } } } }`,
    cursorOf: (data) => data.vendor.offerings.pageInfo.endCursor,
  },
  {
    name: 'myOfferings',
    caller: 'partnerKey',
    query: `query($after: String) { myOfferings(first: 1, after: $after) { pageInfo { endCursor } } }`,
    cursorOf: (data) => data.myOfferings.pageInfo.endCursor,
  },
  {
    name: 'quoteInbox',
    caller: 'partnerKey',
    query: `query($after: String) { quoteInbox(first: 1, after: $after) { pageInfo { endCursor } } }`,
    cursorOf: (data) => data.quoteInbox.pageInfo.endCursor,
  },
  {
    name: 'reviewQueue',
    caller: 'staff',
    query: `query($after: String) { reviewQueue(first: 1, after: $after) { endCursor } }`,
    cursorOf: (data) => data.reviewQueue.endCursor,
  },
  ...(
    [
      ['auditEventsConnection', 'auditEventsConnection(first: 1, after: $after)'],
      ['reviewQueueConnection', 'reviewQueueConnection(first: 1, after: $after)'],
      ['organizationsConnection', 'organizationsConnection(first: 1, after: $after)'],
      ['quoteRequestsByContactConnection', 'quoteRequestsByContactConnection(email: "buyer@example.vn", first: 1, after: $after)'],
    ] as const
  ).map(([name, field]) => ({
    name,
    caller: 'staff' as const,
    query: `query($after: String) { ${field} { pageInfo { endCursor } } }`,
    cursorOf: (data: any) => data[name].pageInfo.endCursor,
  })),
];

function callerHeaders(caller: PagedList['caller']): Record<string, string> {
  return caller === 'staff' ? staff : headersOf(caller);
}

/** Two quote requests to the partner and two of its listings in review, so every list has a second page. */
async function fillLists() {
  const plan = (await server.gql(`{ offering(slug: "bizfly-cloud-server") { plans { id } } }`)).data.offering.plans[0].id;
  for (const name of ['Nguyễn Văn A', 'Trần Thị B']) {
    const saved = await server.gql(`mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } } }`, {
      input: { name: `Ngăn xếp ${name}`, items: [{ planId: plan, quantity: 1 }] },
    });
    const quoted = await server.gql(`mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { userErrors { code } } }`, {
      input: { stackId: saved.data.saveStack.stack.id, contactName: name, contactEmail: 'buyer@example.vn' },
    });
    expect(quoted.data.requestQuote.userErrors).toEqual([]);
  }
  for (let n = 0; n < 2; n += 1) {
    const created = await server.gql(
      `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id } userErrors { field code } } }`,
      { input: { ...listingInput('2'), name: `Máy chủ ảo Kiểm thử ${n}` } },
      partnerKey,
    );
    expect(created.data.createOffering.userErrors).toEqual([]);
    const submitted = await server.gql(`mutation($id: ID!) { submitOffering(id: $id) { userErrors { code } } }`, { id: created.data.createOffering.offering.id }, partnerKey);
    expect(submitted.data.submitOffering.userErrors).toEqual([]);
  }
}

const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

describe('forged cursors', () => {
  beforeAll(fillLists);

  it.each(pagedLists)('answers BAD_USER_INPUT to every forged cursor of $name, and the genuine one still works', async (list) => {
    const headers = callerHeaders(list.caller);
    const first = await server.gql(list.query, { ...list.variables, after: null }, headers);
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    const genuine = list.cursorOf(first.data);
    expect(genuine, 'the list has a second page').toEqual(expect.any(String));
    const second = await server.gql(list.query, { ...list.variables, after: genuine }, headers);
    expect(second.errors).toBeUndefined();

    const failures: string[] = [];
    for (const { label, cursor } of forgedCursors(genuine)) {
      const result = await server.gql(list.query, { ...list.variables, after: cursor }, headers);
      if (codeOf(result) !== 'BAD_USER_INPUT') failures.push(`${label}: ${codeOf(result) ?? 'accepted'} ${result.errors?.[0]?.message ?? ''}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers BAD_USER_INPUT to every forged `before` of the audit trail and of webhook deliveries', async () => {
    const forgedAuditIds = ['x', '', '-1', '1.5', '99999999999999999999', '9223372036854775808', `1${nul}`, 'QXVkaXRFdmVudDox'];
    const failures: string[] = [];
    for (const before of forgedAuditIds) {
      const result = await server.gql(`query($before: ID) { auditEvents(first: 1, before: $before) { events { id } } }`, { before }, staff);
      // An empty `before` means the newest page, like none at all.
      if (before === '' ? result.errors !== undefined : codeOf(result) !== 'BAD_USER_INPUT') failures.push(`auditEvents ${JSON.stringify(before)}: ${codeOf(result) ?? 'accepted'}`);
    }
    const unknownDelivery = base64url('WebhookDelivery:00000000-0000-0000-0000-000000000000');
    const forgedDeliveryIds = ['x', base64url('WebhookDelivery:1'), base64url('Offering:00000000-0000-0000-0000-000000000000'), unknownDelivery, `${unknownDelivery}${nul}`];
    for (const before of forgedDeliveryIds) {
      const result = await server.gql(
        `query($before: ID) { viewer { organization { webhookDeliveries(first: 1, before: $before) { id } } } }`,
        { before },
        owner,
      );
      if (codeOf(result) !== 'BAD_USER_INPUT') failures.push(`webhookDeliveries ${JSON.stringify(before)}: ${codeOf(result) ?? 'accepted'}`);
    }
    expect(failures).toEqual([]);
  });
});

/** A raw request, so the test sees exactly what reaches the client, including a reset connection. */
function rawPost(path: string, body: Buffer, chunked: boolean): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, server.url);
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(body.length) }) },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (chunked) {
      for (let offset = 0; offset < body.length; offset += 16 * 1024) req.write(body.subarray(offset, offset + 16 * 1024));
      req.end();
    } else {
      req.end(body);
    }
  });
}

describe('request bodies over 256 KiB', () => {
  const oversized = Buffer.from(JSON.stringify({ query: `{ categories { slug } }`, variables: { padding: 'x'.repeat(300 * 1024) } }));

  it.each([
    { how: 'announced by Content-Length', chunked: false },
    { how: 'sent in chunks', chunked: true },
  ])('get 413 with a JSON error when $how', async ({ chunked }) => {
    const response = await rawPost('/graphql', oversized, chunked);
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toContain('application/json');
    expect(JSON.parse(response.text)).toEqual({
      errors: [{ message: expect.stringContaining('262144 bytes'), extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('are answered through fetch as well, and the server keeps serving', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: oversized });
    expect(response.status).toBe(413);
    expect(((await response.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    const after = await server.gql(`{ categories(kind: IAAS) { slug } }`);
    expect(after.data.categories.length).toBeGreaterThan(0);
  });

  it('accepts a body just under the limit', async () => {
    const body = JSON.stringify({ query: `{ categories(kind: IAAS) { slug } }`, variables: { padding: 'x'.repeat(250 * 1024) } });
    const response = await rawPost('/graphql', Buffer.from(body), true);
    expect(response.status).toBe(200);
  });
});
