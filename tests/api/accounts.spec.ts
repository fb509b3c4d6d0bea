import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createPartner, createUser, signIn, testPassword } from '../support/accounts.ts';
import { operatorsCli } from '../support/admin-cli.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { count, rows } from '../support/sql.ts';

// The server sits behind a (pretend) load balancer on loopback, so a test speaks from any client address
// by naming it in X-Forwarded-For.
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ settings: { ...roomyBudget, trustedProxies: ['loopback'] } });
});
afterAll(() => server.close());

const viewerQuery = `{ viewer { user { email staff } organization { vendor { slug } suspended apiKeys { prefix } } role apiKey { prefix scopes lastUsedAt } scopes staff } }`;
const signInMutation = `mutation($input: SignInInput!) { signIn(input: $input) { user { email } userErrors { field code message } } }`;
const createKeyMutation = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix scopes revokedAt } userErrors { field code message } } }`;
const revokeKeyMutation = `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { prefix revokedAt } userErrors { code } } }`;

describe('signing in', () => {
  it('sets an httpOnly SameSite session cookie and the viewer knows the user and organization', async () => {
    const { user } = await createPartner(server.database, 'viettel-idc', 'OWNER');
    const response = await server.gql(signInMutation, { input: { email: user.email.toUpperCase(), password: testPassword } });
    expect(response.data.signIn).toEqual({ user: { email: user.email }, userErrors: [] });
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^mv_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=1209600$/);

    const cookie = setCookie.split(';')[0]!;
    const viewer = (await server.gql(viewerQuery, {}, { cookie })).data.viewer;
    expect(viewer).toMatchObject({
      user: { email: user.email, staff: false },
      organization: { vendor: { slug: 'viettel-idc' }, suspended: false },
      role: 'OWNER',
      apiKey: null,
      scopes: ['listings:read', 'listings:write', 'quotes:read', 'quotes:write'],
      staff: false,
    });
    // Only the token's hash is stored.
    const token = cookie.split('=')[1]!;
    expect(await rows(server.database, sql`select 1 from sessions where token_hash = ${token}`)).toEqual([]);
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const user = await createUser(server.database);
    const wrongPassword = await server.gql(signInMutation, { input: { email: user.email, password: 'not the password' } });
    const unknownEmail = await server.gql(signInMutation, { input: { email: 'nobody@example.vn', password: testPassword } });
    expect(wrongPassword.data.signIn).toEqual(unknownEmail.data.signIn);
    expect(wrongPassword.data.signIn.userErrors).toEqual([{ field: null, code: 'INVALID_CREDENTIALS', message: 'The e-mail or the password is wrong.' }]);
    expect(wrongPassword.headers.get('set-cookie')).toBeNull();
  });

  it('signs out: the session stops working at once', async () => {
    const user = await createUser(server.database);
    const cookie = await signIn(server, user.email);
    const out = await server.gql(`mutation { signOut { signedOut } }`, {}, { cookie });
    expect(out.data.signOut.signedOut).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/^mv_session=; .*Max-Age=0/);
    expect((await server.gql(viewerQuery, {}, { cookie })).data.viewer.user).toBeNull();
  });

  it('refuses an expired session', async () => {
    const user = await createUser(server.database);
    const cookie = await signIn(server, user.email);
    await server.database.db.execute(sql`update sessions set expires_at = now() - interval '1 second' where user_id = ${user.id}`);
    expect((await server.gql(viewerQuery, {}, { cookie })).data.viewer.user).toBeNull();
  });

  it('refuses a disabled user: the session already open stops working, and signing in again is refused as a wrong password is', async () => {
    const { user } = await createPartner(server.database, 'cmc-cloud', 'OWNER');
    const cookie = await signIn(server, user.email);
    expect((await server.gql(viewerQuery, {}, { cookie })).data.viewer.user).toEqual({ email: user.email, staff: false });
    await server.owner.db.execute(sql`update users set disabled_at = now() where id = ${user.id}`);

    expect((await server.gql(viewerQuery, {}, { cookie })).data.viewer).toMatchObject({ user: null, organization: null, role: null, scopes: [] });
    const myOfferings = await server.gql(`{ myOfferings(first: 1) { totalCount } }`, {}, { cookie });
    expect(myOfferings.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await server.gql(signInMutation, { input: { email: user.email, password: testPassword } }, { 'x-forwarded-for': '198.51.100.77' });
    expect(again.data.signIn).toEqual({ user: null, userErrors: [{ field: null, code: 'INVALID_CREDENTIALS', message: 'The e-mail or the password is wrong.' }] });
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await count(server.database, sql`select 1 from sessions where user_id = ${user.id}`)).toBe(1);
  });

  it('shows nobody to an anonymous caller', async () => {
    const viewer = (await server.gql(viewerQuery)).data.viewer;
    expect(viewer).toEqual({ user: null, organization: null, role: null, apiKey: null, scopes: [], staff: false });
  });
});

/** Signs in from a client address; the outcome's code ('OK' when signed in) and the time a refusal names. */
async function attempt(email: string, password: string, address: string): Promise<{ code: string; retryAt: number | null }> {
  const response = await server.gql(signInMutation, { input: { email, password } }, { 'x-forwarded-for': address });
  const error = response.data.signIn.userErrors[0];
  if (!error) {
    expect(response.headers.get('set-cookie')).toMatch(/^mv_session=[\w-]{43};/);
    return { code: 'OK', retryAt: null };
  }
  const until = /try again after (\d{4}-\d{2}-\d{2}T[\d:.]+Z)\./.exec(error.message)?.[1];
  return { code: error.code, retryAt: until ? Date.parse(until) : null };
}

async function fail(email: string, address: string, times: number): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < times; i++) codes.push((await attempt(email, `guess ${i}`, address)).code);
  return codes;
}

const invalid = (n: number) => Array<string>(n).fill('INVALID_CREDENTIALS');
const sleepUntil = (time: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now()) + 50));
/** The database's clock and the test's round to different precisions. */
const clockSlack = 5;

/**
 * Wrong passwords one after the other until one is refused: how many failed first, the refusal's time to
 * retry, and when the last failure was sent and answered (it was counted in between).
 */
async function failUntilRefused(email: string, address: string) {
  let last = { sent: NaN, received: NaN };
  for (let failures = 0; failures < 12; failures++) {
    const sent = Date.now();
    const outcome = await attempt(email, `guess ${failures}`, address);
    if (outcome.code === 'RATE_LIMITED') return { failures, retryAt: outcome.retryAt!, last };
    expect(outcome.code).toBe('INVALID_CREDENTIALS');
    last = { sent, received: Date.now() };
  }
  throw new Error(`${email} was never refused from ${address}`);
}

/** Five failures of a pair are free; then it waits 2 s after its last failure, twice as long at each next one. */
const expectedWait = (failures: number) => 2000 * 2 ** (failures - 5);

describe('sign-in throttling', () => {
  it('lets the owner in from an address that has not failed while an attacker fails again and again from another', async () => {
    const owner = await createUser(server.database, { label: 'hammered', legacyHash: true });
    const codes = await fail(owner.email, '203.0.113.10', 12);
    expect(codes.slice(0, 5)).toEqual(invalid(5));
    expect(codes.slice(5)).toContain('RATE_LIMITED');
    expect((await attempt(owner.email, testPassword, '198.51.100.20')).code).toBe('OK');
  });

  it('makes an address that keeps failing on an account wait longer and longer, and says until when', async () => {
    const user = await createUser(server.database, { label: 'delayed', legacyHash: true });
    const address = '203.0.113.11';
    // On a busy machine a try may come after its wait is over: it fails too, and the next wait is longer.
    const first = await failUntilRefused(user.email, address);
    expect(first.failures).toBeGreaterThanOrEqual(5);
    expect(first.retryAt - first.last.sent).toBeGreaterThanOrEqual(expectedWait(first.failures) - clockSlack);
    expect(first.retryAt - first.last.received).toBeLessThanOrEqual(expectedWait(first.failures) + clockSlack);

    await sleepUntil(first.retryAt);
    const second = await failUntilRefused(user.email, address);
    const failures = first.failures + second.failures;
    expect(second.failures).toBeGreaterThanOrEqual(1);
    expect(second.retryAt - second.last.sent).toBeGreaterThanOrEqual(expectedWait(failures) - clockSlack);
    expect(second.retryAt - second.last.received).toBeLessThanOrEqual(expectedWait(failures) + clockSlack);
    expect(expectedWait(failures)).toBeGreaterThanOrEqual(2 * expectedWait(first.failures));
  });

  it('throttles an unknown e-mail exactly as a known one, so refusals tell nothing', async () => {
    const unknown = await failUntilRefused('nobody.here@example.vn', '203.0.113.12');
    expect(unknown.failures).toBeGreaterThanOrEqual(5);
    expect(unknown.retryAt - unknown.last.sent).toBeGreaterThanOrEqual(expectedWait(unknown.failures) - clockSlack);
    expect(unknown.retryAt - unknown.last.received).toBeLessThanOrEqual(expectedWait(unknown.failures) + clockSlack);
  });

  it('past 20 failures an hour on one account, stops every address that failed on it, yet lets the owner in from a fresh one', async () => {
    const owner = await createUser(server.database, { label: 'distributed', legacyHash: true });
    for (const address of ['203.0.113.21', '203.0.113.22', '203.0.113.23']) expect(await fail(owner.email, address, 5)).toEqual(invalid(5));
    expect(await fail(owner.email, '203.0.113.24', 4)).toEqual(invalid(4));
    expect(await fail(owner.email, '203.0.113.25', 1)).toEqual(invalid(1));

    // The 21st: an address with a single failure is held until the account's hour is over, right password or not.
    const held = await attempt(owner.email, testPassword, '203.0.113.25');
    expect(held.code).toBe('RATE_LIMITED');
    expect(held.retryAt! - Date.now()).toBeGreaterThan(50 * 60_000);
    // A fresh address gets one try, and is held after it fails.
    expect(await fail(owner.email, '203.0.113.26', 2)).toEqual(['INVALID_CREDENTIALS', 'RATE_LIMITED']);
    expect((await attempt(owner.email, testPassword, '198.51.100.21')).code).toBe('OK');
  });

  it('lets an office behind one address mistype 60 times, clears a colleague’s failures when she gets in, and stops the address past 100 failures an hour', async () => {
    const office = '198.51.100.30';
    const colleagues = await Promise.all(Array.from({ length: 21 }, (_, i) => createUser(server.database, { label: `office-${i}`, legacyHash: true })));
    // Colleagues at once, each typing on her own.
    const together = async (people: typeof colleagues, times: number) => (await Promise.all(people.map((person) => fail(person.email, office, times)))).flat();
    const codes = await together(colleagues.slice(0, 12), 5);
    expect(codes).toEqual(invalid(60));
    const lan = colleagues[12]!;
    codes.push(...(await fail(lan.email, office, 2)));
    expect((await attempt(lan.email, testPassword, office)).code).toBe('OK');

    codes.push(...(await together(colleagues.slice(13, 19), 5)));
    // Her success cleared her two failures: five more are free again.
    codes.push(...(await fail(lan.email, office, 5)));
    codes.push(...(await fail(colleagues[19]!.email, office, 3)));
    expect(codes).toEqual(invalid(100));
    const refused = await attempt(colleagues[20]!.email, testPassword, office);
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.retryAt! - Date.now()).toBeGreaterThan(50 * 60_000);
    expect((await attempt(colleagues[20]!.email, testPassword, '198.51.100.31')).code).toBe('OK');
  });
});

describe('password hashes', () => {
  it('stores new passwords with scrypt at OWASP’s cost (N=2^17, r=8, p=1)', async () => {
    const user = await createUser(server.database);
    const [row] = await rows<{ hash: string }>(server.database, sql`select password_hash as hash from users where id = ${user.id}`);
    expect(row!.hash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  });

  it('upgrades an N=16384 hash when its owner signs in, and the password still works', async () => {
    const user = await createUser(server.database, { label: 'legacy', legacyHash: true });
    const before = await rows<{ hash: string }>(server.database, sql`select password_hash as hash from users where id = ${user.id}`);
    expect(before[0]!.hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    await signIn(server, user.email);
    const [after] = await rows<{ hash: string }>(server.database, sql`select password_hash as hash from users where id = ${user.id}`);
    expect(after!.hash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    await signIn(server, user.email);
    expect((await attempt(user.email, 'not the password', '203.0.113.40')).code).toBe('INVALID_CREDENTIALS');
    expect(await count(server.database, sql`select 1 from audit_events where coalesce(before::text, '') || coalesce(after::text, '') like '%scrypt$%'`)).toBe(0);
  });
});

describe('API keys', () => {
  it('lets an owner create a key, shown once, stored hashed, prefixed, with scopes', async () => {
    const { user } = await createPartner(server.database, 'cmc-cloud', 'OWNER');
    const cookie = await signIn(server, user.email);
    const created = (await server.gql(createKeyMutation, { input: { name: 'CI pipeline', scopes: ['listings:read', 'quotes:read'] } }, { cookie })).data
      .createApiKey;
    expect(created.userErrors).toEqual([]);
    expect(created.key).toMatch(/^mv_live_[a-z0-9]{10}_[\w-]{43}$/);
    expect(created.key.startsWith(`${created.apiKey.prefix}_`)).toBe(true);
    expect(created.apiKey.scopes).toEqual(['listings:read', 'quotes:read']);
    const stored = await rows<{ secret_hash: string }>(server.database, sql`select secret_hash from api_keys where prefix = ${created.apiKey.prefix}`);
    expect(stored[0]!.secret_hash).not.toContain(created.key.slice(-43));

    const viewer = (await server.gql(viewerQuery, {}, { authorization: `Bearer ${created.key}` })).data.viewer;
    expect(viewer).toMatchObject({ user: null, organization: { vendor: { slug: 'cmc-cloud' }, apiKeys: [] }, apiKey: { prefix: created.apiKey.prefix }, scopes: ['listings:read', 'quotes:read'] });
    expect(viewer.apiKey.lastUsedAt).not.toBeNull();
    const owners = (await server.gql(viewerQuery, {}, { cookie })).data.viewer.organization.apiKeys;
    expect(owners.map((k: { prefix: string }) => k.prefix)).toContain(created.apiKey.prefix);
  });

  it('refuses bad names and scopes', async () => {
    const { user } = await createPartner(server.database, 'cmc-cloud', 'OWNER');
    const cookie = await signIn(server, user.email);
    const result = (await server.gql(createKeyMutation, { input: { name: ' ', scopes: ['listings:read', 'admin'] } }, { cookie })).data.createApiKey;
    expect(result.key).toBeNull();
    expect(result.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([
      ['input.name', 'BLANK'],
      ['input.scopes.1', 'INVALID_SCOPE'],
    ]);
    const none = (await server.gql(createKeyMutation, { input: { name: 'x', scopes: [] } }, { cookie })).data.createApiKey;
    expect(none.userErrors[0].code).toBe('BLANK');
  });

  it('stops a revoked key at once, and an unknown or malformed one', async () => {
    const { user } = await createPartner(server.database, 'vnpt-it', 'OWNER');
    const cookie = await signIn(server, user.email);
    const created = (await server.gql(createKeyMutation, { input: { name: 'to revoke', scopes: ['listings:read'] } }, { cookie })).data.createApiKey;
    const revoked = (await server.gql(revokeKeyMutation, { id: created.apiKey.id }, { cookie })).data.revokeApiKey;
    expect(revoked.apiKey.revokedAt).not.toBeNull();
    const refused = await server.gql(viewerQuery, {}, { authorization: `Bearer ${created.key}` });
    expect(refused.status).toBe(401);
    expect(refused.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(refused.errors![0]!.message).toContain(created.apiKey.prefix);
    for (const header of ['Bearer mv_live_0000000000_' + 'A'.repeat(43), 'Bearer nonsense', 'Basic dXNlcjpwYXNz']) {
      const response = await server.gql(viewerQuery, {}, { authorization: header });
      expect(response.status).toBe(401);
      expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lets only owners manage keys, and never across organizations', async () => {
    const member = await createPartner(server.database, 'vng-cloud', 'MEMBER');
    const memberCookie = await signIn(server, member.user.email);
    const asMember = await server.gql(createKeyMutation, { input: { name: 'x', scopes: ['listings:read'] } }, { cookie: memberCookie });
    expect(asMember.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const { key } = await createKey(server.database, 'vng-cloud', ['listings:read', 'listings:write', 'quotes:read']);
    const asKey = await server.gql(createKeyMutation, { input: { name: 'x', scopes: ['listings:read'] } }, { authorization: `Bearer ${key}` });
    expect(asKey.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const anonymous = await server.gql(createKeyMutation, { input: { name: 'x', scopes: ['listings:read'] } });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const other = await createKey(server.database, 'bizfly-cloud', ['listings:read']);
    const owner = await createPartner(server.database, 'vng-cloud', 'OWNER');
    const ownerCookie = await signIn(server, owner.user.email);
    const otherId = Buffer.from(`ApiKey:${other.row.id}`).toString('base64url');
    const cross = (await server.gql(revokeKeyMutation, { id: otherId }, { cookie: ownerCookie })).data.revokeApiKey;
    expect(cross).toEqual({ apiKey: null, userErrors: [{ code: 'NOT_FOUND' }] });
    expect((await server.gql(viewerQuery, {}, { authorization: `Bearer ${other.key}` })).status).toBe(200);
  });
});

describe('the operators’ CLI', () => {
  const { admin, open } = operatorsCli('accounts');

  it('creates staff, an organization with its owner, and a key printed once', async () => {
    const password = { MV_PASSWORD: 'a long enough password' };
    expect((await admin(['create-staff', '--email', 'staff@hiephoi.vn', '--name', 'Staff'], password)).stdout).toContain('staff staff@hiephoi.vn is ready');
    expect((await admin(['create-organization', '--vendor', 'misa', '--email', 'owner@misa.vn', '--name', 'Owner'], password)).stdout).toContain(
      'owner@misa.vn owns the organization of',
    );
    const created = await admin(['create-key', '--vendor', 'misa', '--name', 'ERP sync', '--scopes', 'listings:read,quotes:read']);
    const key = /mv_live_\w{10}_[\w-]{43}/.exec(created.stdout)?.[0];
    expect(key).toBeDefined();
    const testKey = await admin(['create-key', '--vendor', 'misa', '--name', 'Sandbox', '--scopes', 'listings:write', '--mode', 'test']);
    expect(testKey.stdout).toMatch(/^TEST API key .*\nmv_test_\w{10}_[\w-]{43}$/m);
    await expect(admin(['create-key', '--vendor', 'misa', '--name', 'x', '--scopes', 'listings:read', '--mode', 'sandbox'])).rejects.toMatchObject({
      stderr: expect.stringContaining('--mode is live'),
    });
    await expect(admin(['create-key', '--vendor', 'misa', '--name', 'x', '--scopes', 'everything'])).rejects.toMatchObject({
      stderr: expect.stringContaining('unknown: everything'),
    });
    await expect(admin(['create-staff', '--email', 'weak@hiephoi.vn', '--name', 'Weak'], { MV_PASSWORD: 'short' })).rejects.toMatchObject({
      stderr: expect.stringContaining('at least 10 characters'),
    });

    const check = await open();
    try {
      const [staff] = await rows<{ staff: boolean; hash: string }>(check, sql`select staff, password_hash as hash from users where email = 'staff@hiephoi.vn'`);
      expect(staff!.staff).toBe(true);
      expect(staff!.hash).toMatch(/^scrypt\$131072\$8\$1\$/);
      const [membership] = await rows<{ role: string; slug: string }>(
        check,
        sql`select m.role, v.slug from memberships m join users u on u.id = m.user_id join organizations o on o.id = m.organization_id
            join vendors v on v.id = o.vendor_id where u.email = 'owner@misa.vn'`,
      );
      expect(membership).toEqual({ role: 'OWNER', slug: 'misa' });
      const [stored] = await rows<{ scopes: string[] }>(check, sql`select scopes from api_keys where prefix = ${key!.slice(0, 18)}`);
      expect(stored!.scopes).toEqual(['listings:read', 'quotes:read']);
    } finally {
      await check.close();
    }
  });
});
