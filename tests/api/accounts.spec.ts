import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createKey, createPartner, createUser, signIn, testPassword } from '../support/accounts.ts';
import { freshDatabase, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
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
      scopes: ['listings:read', 'listings:write', 'quotes:read'],
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

  it('throttles repeated attempts on one e-mail, even with the right password afterwards', async () => {
    const user = await createUser(server.database, { label: 'throttled' });
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) {
      const response = await server.gql(signInMutation, { input: { email: user.email, password: `guess ${i}` } });
      codes.push(response.data.signIn.userErrors[0].code);
    }
    expect(codes.slice(0, 10).every((code) => code === 'INVALID_CREDENTIALS')).toBe(true);
    expect(codes[10]).toBe('RATE_LIMITED');
    const right = await server.gql(signInMutation, { input: { email: user.email, password: testPassword } });
    expect(right.data.signIn.userErrors[0].code).toBe('RATE_LIMITED');
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

  it('shows nobody to an anonymous caller', async () => {
    const viewer = (await server.gql(viewerQuery)).data.viewer;
    expect(viewer).toEqual({ user: null, organization: null, role: null, apiKey: null, scopes: [], staff: false });
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
  const run = promisify(execFile);
  let dataDir: string | null = null;
  let env: Record<string, string>;
  let drop: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    const template = inject('templateDatabase');
    if (template) {
      const fresh = await freshDatabase();
      drop = fresh.drop;
      env = { DATABASE_URL: fresh.database.url! };
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'mv-cli-'));
      const copy = await openDatabase({ dataDir, loadDataDir: new Blob([readFileSync(inject('pgliteDump')!)]) });
      await copy.close();
      env = { PGLITE_DATA_DIR: dataDir };
    }
  });
  afterAll(async () => {
    await drop?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const admin = (args: string[], extra: Record<string, string> = {}) =>
    run(process.execPath, ['--import', 'tsx', 'packages/api/src/cli/admin.ts', ...args], {
      env: { PATH: process.env.PATH ?? '', ...env, ...extra },
    });

  it('creates staff, an organization with its owner, and a key printed once', async () => {
    const password = { MV_PASSWORD: 'a long enough password' };
    expect((await admin(['create-staff', '--email', 'staff@hiephoi.vn', '--name', 'Staff'], password)).stdout).toContain('staff staff@hiephoi.vn is ready');
    expect((await admin(['create-organization', '--vendor', 'misa', '--email', 'owner@misa.vn', '--name', 'Owner'], password)).stdout).toContain(
      'owner@misa.vn owns the organization of',
    );
    const created = await admin(['create-key', '--vendor', 'misa', '--name', 'ERP sync', '--scopes', 'listings:read,quotes:read']);
    const key = /mv_live_\w{10}_[\w-]{43}/.exec(created.stdout)?.[0];
    expect(key).toBeDefined();
    await expect(admin(['create-key', '--vendor', 'misa', '--name', 'x', '--scopes', 'everything'])).rejects.toMatchObject({
      stderr: expect.stringContaining('unknown: everything'),
    });
    await expect(admin(['create-staff', '--email', 'weak@hiephoi.vn', '--name', 'Weak'], { MV_PASSWORD: 'short' })).rejects.toMatchObject({
      stderr: expect.stringContaining('at least 10 characters'),
    });

    const check = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: dataDir! });
    try {
      const [staff] = await rows<{ staff: boolean }>(check, sql`select staff from users where email = 'staff@hiephoi.vn'`);
      expect(staff!.staff).toBe(true);
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
