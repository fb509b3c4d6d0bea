import {
  addMembership,
  insertApiKey,
  insertUser,
  organizationOfVendor,
  vendorBySlug,
  type ApiKeyMode,
  type Database,
  type MembershipRole,
} from '@mayviet/db';
import { randomBytes, scryptSync } from 'node:crypto';
import { expect, inject } from 'vitest';
import { newApiKey } from '../../packages/api/src/modules/accounts/secrets.ts';
import { testPassword } from './password.ts';
import type { TestServer } from './server.ts';

export { testPassword };

let counter = 0;
const uniqueEmail = (label: string) => `${label}.${process.pid}.${++counter}@example.vn`;

// Hashing is slow on purpose and the suite makes many users: the global setup hashes the test password
// once, at the production cost, and every user shares that hash.
let legacyHash: string | undefined;

/**
 * The test password hashed as accounts made before the cost was raised were (scrypt N=16384, r=8, p=1), by
 * node:crypto directly rather than by the code under test.
 */
export function legacyPasswordHash(): string {
  if (!legacyHash) {
    const salt = randomBytes(16);
    const hash = scryptSync(testPassword.normalize('NFC'), salt, 32, { N: 16384, r: 8, p: 1 });
    legacyHash = ['scrypt', 16384, 8, 1, salt.toString('base64url'), hash.toString('base64url')].join('$');
  }
  return legacyHash;
}

/** A user in the database, made directly: the independent side of sign-in tests. */
export async function createUser(database: Database, options: { label?: string; staff?: boolean; legacyHash?: boolean } = {}) {
  const email = uniqueEmail(options.label ?? 'user');
  const passwordHash = options.legacyHash ? legacyPasswordHash() : inject('testPasswordHash');
  const user = await insertUser(database.db, { email, name: `Test ${options.label ?? 'user'}`, passwordHash, staff: options.staff ?? false });
  return { ...user, password: testPassword };
}

/** A member (or owner) of a vendor's organization. */
export async function createPartner(database: Database, vendorSlug: string, role: MembershipRole) {
  const vendor = await vendorBySlug(database.db, vendorSlug);
  if (!vendor) throw new Error(`no vendor ${vendorSlug}`);
  const organization = await organizationOfVendor(database.db, vendor.id);
  const user = await createUser(database, { label: `${vendorSlug}-${role.toLowerCase()}` });
  await addMembership(database.db, { userId: user.id, organizationId: organization.id, role });
  return { user, organization, vendor };
}

/** An API key of a vendor's organization (LIVE unless `mode` says TEST). */
export async function createKey(database: Database, vendorSlug: string, scopes: string[], options: { mode?: ApiKeyMode } = {}) {
  const vendor = await vendorBySlug(database.db, vendorSlug);
  if (!vendor) throw new Error(`no vendor ${vendorSlug}`);
  const organization = await organizationOfVendor(database.db, vendor.id);
  const mode = options.mode ?? 'LIVE';
  const { key, prefix, secretHash } = newApiKey(mode);
  const row = await insertApiKey(database.db, { organizationId: organization.id, name: 'test key', prefix, secretHash, scopes, createdByUserId: null, mode });
  return { key, row };
}

/** Signs in over HTTP and returns the Cookie header a browser would send back. */
export async function signIn(server: TestServer, email: string, password = testPassword): Promise<string> {
  const response = await server.gql(`mutation($input: SignInInput!) { signIn(input: $input) { user { email } userErrors { code } } }`, {
    input: { email, password },
  });
  expect(response.data.signIn.userErrors).toEqual([]);
  const setCookie = response.headers.get('set-cookie');
  expect(setCookie).toMatch(/^mv_session=[\w-]+;/);
  return setCookie!.split(';')[0]!;
}
