import {
  addMembership,
  insertApiKey,
  insertUser,
  organizationOfVendor,
  vendorBySlug,
  type Database,
  type MembershipRole,
} from '@mayviet/db';
import { expect } from 'vitest';
import { hashPassword, newApiKey } from '../../packages/api/src/modules/accounts/secrets.ts';
import type { TestServer } from './server.ts';

export const testPassword = 'correct horse battery staple';

let counter = 0;
const uniqueEmail = (label: string) => `${label}.${process.pid}.${++counter}@example.vn`;

/** A user in the database, made directly: the independent side of sign-in tests. */
export async function createUser(database: Database, options: { label?: string; staff?: boolean } = {}) {
  const email = uniqueEmail(options.label ?? 'user');
  const user = await insertUser(database.db, { email, name: `Test ${options.label ?? 'user'}`, passwordHash: await hashPassword(testPassword), staff: options.staff ?? false });
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

/** An API key of a vendor's organization. */
export async function createKey(database: Database, vendorSlug: string, scopes: string[]) {
  const vendor = await vendorBySlug(database.db, vendorSlug);
  if (!vendor) throw new Error(`no vendor ${vendorSlug}`);
  const organization = await organizationOfVendor(database.db, vendor.id);
  const { key, prefix, secretHash } = newApiKey();
  const row = await insertApiKey(database.db, { organizationId: organization.id, name: 'test key', prefix, secretHash, scopes, createdByUserId: null });
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
