import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createPartner, signIn } from '../support/accounts.ts';
import { roomyBudget, startAnotherInstance, startServer, type TestServer } from '../support/server.ts';
import { count, rows } from '../support/sql.ts';

// Idempotency-Key on POST /graphql: a partner's retried mutation runs once; over HTTP, on the real database.

let server: TestServer;
let dataCenterIds: string[];
/** a LIVE key of cmc-cloud, another of the same organization, and one of vng-cloud */
let keyA: string;
let otherKeyA: string;
let keyB: string;
/** the session cookie of an owner of cmc-cloud */
let ownerCookie: string;

beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  const scopes = ['listings:read', 'listings:write'];
  keyA = (await createKey(server.database, 'cmc-cloud', scopes)).key;
  otherKeyA = (await createKey(server.database, 'cmc-cloud', scopes)).key;
  keyB = (await createKey(server.database, 'vng-cloud', scopes)).key;
  ownerCookie = await signIn(server, (await createPartner(server.database, 'cmc-cloud', 'OWNER')).user.email);
  dataCenterIds = (await server.gql(`{ vendor(slug: "cmc-cloud") { dataCenters { id } } }`)).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
});
afterAll(() => server.close());

const createOffering = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id name } userErrors { code } } }`;

/** A createOffering body with a name of its own; `dataCenters` false for an organization other than cmc-cloud. */
function offeringBody(name: string, dataCenters = true): string {
  const input = {
    name,
    summary: 'Thử khóa lặp lại.',
    description: 'Một bản nháp gửi hai lần.',
    kind: 'IAAS',
    categorySlug: 'compute',
    dataCenterIds: dataCenters ? dataCenterIds : [],
    plans: [{ name: 'Gói nhỏ', price: '300000', unit: 'MONTH' }],
  };
  return JSON.stringify({ query: createOffering, variables: { input } });
}

interface Raw {
  status: number;
  replayed: string | null;
  text: string;
  json: { data?: any; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: Record<string, any> };
}

/** POST /graphql with exactly `body`, as a client retrying the same bytes would. */
async function post(body: string, headers: Record<string, string>, on: TestServer = server): Promise<Raw> {
  const response = await fetch(`${on.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, replayed: response.headers.get('idempotency-replayed'), text, json: JSON.parse(text) };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const listings = (name: string) => count(server.database, sql`select 1 from offerings where name = ${name}`);
const newKey = () => `retry-${randomUUID()}`;

describe('a retried mutation with an Idempotency-Key', () => {
  it('a retried createOffering (same body twice) creates one listing, and the retry gets the first answer', async () => {
    const name = `Idem retried ${randomUUID()}`;
    const headers = { ...bearer(keyA), 'idempotency-key': newKey() };
    const first = await post(offeringBody(name), headers);
    const second = await post(offeringBody(name), headers);
    expect(first.status).toBe(200);
    expect(first.json.data.createOffering.userErrors).toEqual([]);
    expect(await listings(name)).toBe(1);
    expect(first.replayed).toBeNull();
    expect(second.replayed).toBe('true');
    expect(second.status).toBe(first.status);
    expect(second.text).toBe(first.text);
  });

  it('refuses the same key with another body (422 IDEMPOTENCY_KEY_REUSED), and runs nothing', async () => {
    const key = newKey();
    const name = `Idem first ${randomUUID()}`;
    await post(offeringBody(name), { ...bearer(keyA), 'idempotency-key': key });
    const other = `Idem other ${randomUUID()}`;
    const reused = await post(offeringBody(other), { ...bearer(keyA), 'idempotency-key': key });
    expect(reused.status).toBe(422);
    expect(reused.json.errors?.map((error) => error.extensions?.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(reused.json.errors?.[0]?.message).toMatch(/already used/);
    expect(await listings(other)).toBe(0);
  });

  it('keeps keys per organization: another organization using the same key string runs its own request', async () => {
    const key = newKey();
    const nameA = `Idem org A ${randomUUID()}`;
    const nameB = `Idem org B ${randomUUID()}`;
    expect((await post(offeringBody(nameA), { ...bearer(keyA), 'idempotency-key': key })).replayed).toBeNull();
    const b = await post(offeringBody(nameB, false), { ...bearer(keyB), 'idempotency-key': key });
    expect(b.replayed).toBeNull();
    expect(b.json.data.createOffering.userErrors).toEqual([]);
    expect(await listings(nameA)).toBe(1);
    expect(await listings(nameB)).toBe(1);
  });

  it('refuses another key of the same organization sending the same body with the same key (REUSED, no replay)', async () => {
    const key = newKey();
    const name = `Idem other key ${randomUUID()}`;
    await post(offeringBody(name), { ...bearer(keyA), 'idempotency-key': key });
    const other = await post(offeringBody(name), { ...bearer(otherKeyA), 'idempotency-key': key });
    expect(other.status).toBe(422);
    expect(other.json.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.json.data).toBeUndefined();
  });

  it('works for a signed-in member (session cookie) too', async () => {
    const name = `Idem member ${randomUUID()}`;
    const headers = { cookie: ownerCookie, 'idempotency-key': newKey() };
    const first = await post(offeringBody(name), headers);
    const second = await post(offeringBody(name), headers);
    expect(first.json.data.createOffering.userErrors).toEqual([]);
    expect(second.replayed).toBe('true');
    expect(second.text).toBe(first.text);
    expect(await listings(name)).toBe(1);
  });

  it('refuses a key that is not 1 to 255 printable ASCII characters (400 INVALID_IDEMPOTENCY_KEY)', async () => {
    for (const key of ['', 'x'.repeat(256), 'khóa']) {
      const name = `Idem invalid ${randomUUID()}`;
      const refused = await post(offeringBody(name), { ...bearer(keyA), 'idempotency-key': key });
      expect(refused.status, JSON.stringify(key)).toBe(400);
      expect(refused.json.errors?.[0]?.extensions?.code).toBe('INVALID_IDEMPOTENCY_KEY');
      expect(await listings(name)).toBe(0);
    }
    expect((await post(offeringBody(`Idem longest ${randomUUID()}`), { ...bearer(keyA), 'idempotency-key': '~'.repeat(255) })).status).toBe(200);
  });

  it('ignores the header on queries, and for callers who act for no partner organization', async () => {
    const query = JSON.stringify({ query: '{ myOfferings(first: 1) { totalCount } }' });
    const headers = { ...bearer(keyA), 'idempotency-key': 'khóa' };
    const first = await post(query, headers);
    const second = await post(query, headers);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.replayed).toBeNull();
    const signOut = JSON.stringify({ query: 'mutation { signOut { __typename } }' });
    const anonymous = await post(signOut, { 'idempotency-key': 'khóa' });
    expect(anonymous.status).toBe(200);
    expect(anonymous.json.errors).toBeUndefined();
  });
});

describe('keys shared by requests in flight and by instances', () => {
  it('five identical requests at once create one listing; the others replay it or are told the key is in use (409)', async () => {
    const name = `Idem concurrent ${randomUUID()}`;
    const headers = { ...bearer(keyA), 'idempotency-key': newKey() };
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(offeringBody(name), headers)));
    expect(await listings(name)).toBe(1);
    const ran = answers.filter((answer) => answer.status === 200 && answer.replayed === null);
    expect(ran).toHaveLength(1);
    for (const answer of answers) {
      if (answer.status === 409) expect(answer.json.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_IN_USE');
      else expect(answer.text).toBe(ran[0]!.text);
    }
  });

  it('two instances share the keys', async () => {
    const another = await startAnotherInstance(server);
    try {
      const name = `Idem instances ${randomUUID()}`;
      const headers = { ...bearer(keyA), 'idempotency-key': newKey() };
      const first = await post(offeringBody(name), headers);
      const second = await post(offeringBody(name), headers, another);
      expect(second.replayed).toBe('true');
      expect(second.text).toBe(first.text);
      expect((await post(offeringBody(`Idem instances other ${randomUUID()}`), headers, another)).status).toBe(422);
      expect(await listings(name)).toBe(1);
    } finally {
      await another.close();
    }
  });

  it('answers 409 while the key is held, and runs the request again once a dead holder’s lease ran out', async () => {
    const key = newKey();
    const name = `Idem lease ${randomUUID()}`;
    const headers = { ...bearer(keyA), 'idempotency-key': key };
    await post(offeringBody(name), headers);
    // As if the request were still running (its answer not yet stored) on another instance.
    await server.owner.db.execute(sql`update idempotency_keys set response_status = null, response_body = null, locked_until = now() + interval '1 minute' where key = ${key}`);
    const busy = await post(offeringBody(name), headers);
    expect(busy.status).toBe(409);
    expect(busy.json.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    expect(busy.json.errors?.[0]?.message).toMatch(/again/);
    // Its instance died before storing the answer: past the lease, a retry runs again.
    await server.owner.db.execute(sql`update idempotency_keys set locked_until = now() - interval '1 second' where key = ${key}`);
    const retried = await post(offeringBody(name), headers);
    expect(retried.replayed).toBeNull();
    expect(await listings(name)).toBe(2);
    expect((await post(offeringBody(name), headers)).replayed).toBe('true');
  });

  it('runs a request again once its key expired (24 h), and purges expired keys', async () => {
    const key = newKey();
    const name = `Idem expired ${randomUUID()}`;
    const headers = { ...bearer(keyA), 'idempotency-key': key };
    await post(offeringBody(name), headers);
    const stale = newKey();
    await post(offeringBody(`Idem stale ${randomUUID()}`), { ...bearer(keyA), 'idempotency-key': stale });
    await server.owner.db.execute(
      sql`update idempotency_keys set created_at = created_at - interval '25 hours', expires_at = expires_at - interval '25 hours' where key in (${key}, ${stale})`,
    );
    const again = await post(offeringBody(name), headers);
    expect(again.replayed).toBeNull();
    expect(again.json.data.createOffering.userErrors).toEqual([]);
    expect(await listings(name)).toBe(2);
    expect(await count(server.database, sql`select 1 from idempotency_keys where key = ${stale}`)).toBe(0);
    expect(await count(server.database, sql`select 1 from idempotency_keys where key = ${key} and expires_at > now() + interval '23 hours'`)).toBe(1);
  });
});

describe('requests that did not finish, and secrets', () => {
  it('a request that failed (a fault of ours, rolled back) does not pin its key: the retry runs', async () => {
    const name = `Idem failing ${randomUUID()}`;
    const headers = { ...bearer(keyA), 'idempotency-key': newKey() };
    const fail = sql.raw(`'${name}'`);
    await server.owner.db.execute(sql`create function idem_fail() returns trigger language plpgsql as $$
      begin if new.name = ${fail} then raise exception 'idempotency test: insert refused'; end if; return new; end $$`);
    await server.owner.db.execute(sql`create trigger idem_fail before insert on offerings for each row execute function idem_fail()`);
    try {
      const failed = await post(offeringBody(name), headers);
      expect(failed.json.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await count(server.database, sql`select 1 from idempotency_keys where key = ${headers['idempotency-key']}`)).toBe(0);
    } finally {
      await server.owner.db.execute(sql`drop trigger idem_fail on offerings`);
      await server.owner.db.execute(sql`drop function idem_fail()`);
    }
    const retried = await post(offeringBody(name), headers);
    expect(retried.replayed).toBeNull();
    expect(retried.json.data.createOffering.userErrors).toEqual([]);
    expect(await listings(name)).toBe(1);
  });

  it('a request stopped at its deadline (rolled back) frees its key once it ends: the retry runs', async () => {
    const name = `Idem deadline ${randomUUID()}`;
    const headers = { ...bearer(keyA), 'idempotency-key': newKey() };
    const hurried = await startAnotherInstance(server, { settings: { ...roomyBudget, requestTimeoutMs: 300 } });
    // Writes to offerings wait: on PostgreSQL for this lock, on PGlite (one connection) for this transaction.
    let locked = () => {};
    let release = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const holding = server.owner.db.transaction(async (tx) => {
      await tx.execute(sql`lock table offerings in share row exclusive mode`);
      locked();
      await released;
    });
    try {
      await isLocked;
      const stopped = await post(offeringBody(name), headers, hurried);
      expect(stopped.status).toBe(504);
      expect(stopped.json.errors?.[0]?.extensions?.code).toBe('DEADLINE_EXCEEDED');
    } finally {
      release();
      await holding;
      // Closing waits for the stopped request's work to end (its commit refused, its key released).
      await hurried.close();
    }
    expect(await count(server.database, sql`select 1 from idempotency_keys where key = ${headers['idempotency-key']}`)).toBe(0);
    expect(await listings(name)).toBe(0);
    const retried = await post(offeringBody(name), headers);
    expect(retried.replayed).toBeNull();
    expect(await listings(name)).toBe(1);
  });

  it('never stores a key shown once in clear: the replay says it was left out', async () => {
    const body = JSON.stringify({ query: `mutation { createApiKey(input: { name: "idem", scopes: ["listings:read"] }) { key apiKey { id prefix } userErrors { code } } }` });
    const headers = { cookie: ownerCookie, 'idempotency-key': newKey() };
    const first = await post(body, headers);
    const secret = first.json.data.createApiKey.key as string;
    expect(secret).toMatch(/^mv_live_/);
    const [row] = await rows<{ body: string }>(server.owner, sql`select response_body as body from idempotency_keys where key = ${headers['idempotency-key']}`);
    expect(row!.body).not.toContain(secret);
    // The secret part after "<public prefix>_": itself base64url, so it may hold an underscore of its own.
    expect(row!.body).not.toContain(secret.slice(`${first.json.data.createApiKey.apiKey.prefix}_`.length));
    const replay = await post(body, headers);
    expect(replay.replayed).toBe('true');
    expect(replay.json.data.createApiKey).toEqual({ ...first.json.data.createApiKey, key: null });
    expect(replay.json.extensions?.idempotency).toEqual({ redacted: ['createApiKey.key'] });
    expect(await count(server.database, sql`select 1 from api_keys where name = 'idem'`)).toBe(1);
 
    // Under an alias, in a fragment: found all the same.
    const aliased = JSON.stringify({
      query: `mutation { made: createApiKey(input: { name: "idem aliased", scopes: ["listings:read"] }) { ...made } }
              fragment made on CreateApiKeyPayload { secretKey: key apiKey { id } }`,
    });
    const aliasHeaders = { cookie: ownerCookie, 'idempotency-key': newKey() };
    const made = await post(aliased, aliasHeaders);
    expect(made.json.data.made.secretKey).toMatch(/^mv_live_/);
    const again = await post(aliased, aliasHeaders);
    expect(again.json.data.made).toEqual({ secretKey: null, apiKey: made.json.data.made.apiKey });
    expect(again.json.extensions?.idempotency).toEqual({ redacted: ['made.secretKey'] });
  });
});
