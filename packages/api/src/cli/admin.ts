import { parseArgs } from 'node:util';
import {
  addMembership,
  insertApiKey,
  insertUser,
  membershipsOfUser,
  migrateForServing,
  openDatabase,
  organizationOfVendor,
  userForSignIn,
  vendorBySlug,
  type Db,
} from '@mayviet/db';
import { describeFailure } from '../logger.ts';
import { apiKeyScopes, hashPassword, newApiKey } from '../modules/accounts/secrets.ts';

// Operators' commands. They use DATABASE_URL (migrating as the server does: with MIGRATION_DATABASE_URL
// when set), or the embedded database in PGLITE_DATA_DIR (stop the server first: the embedded database
// has one user at a time).
const usage = `pnpm admin <command> [options]

  create-staff         --email E --name N            an association staff account
  create-organization  --vendor SLUG --email E --name N   a vendor's organization and its owner
  add-member           --vendor SLUG --email E --name N --role member|owner
                                                      a member of the vendor's organization (an existing
                                                      account is added as it is; a new one needs MV_PASSWORD)
  create-key           --vendor SLUG --name N --scopes listings:read,listings:write,quotes:read
                       [--mode live|test]             an API key of the vendor's organization, printed once;
                                                      a test key (mv_test_…) writes only to its own sandbox listings

Passwords are read from the MV_PASSWORD environment variable (at least 10 characters), never from arguments.
A person belongs to one organization at most.`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

function password(): string {
  const value = process.env.MV_PASSWORD ?? '';
  if (value.length < 10) fail('Set MV_PASSWORD to the new account’s password (at least 10 characters).');
  return value;
}

async function user(db: Db, email: string, name: string, staff: boolean) {
  const existing = await userForSignIn(db, email);
  if (existing) {
    if (staff && !existing.staff) fail(`${email} already exists and is not staff.`);
    return existing;
  }
  return insertUser(db, { email, name, passwordHash: await hashPassword(password()), staff });
}

/** The arguments a command needs, checked before the database is opened. */
function checkArguments(command: string | undefined, values: Record<string, string | undefined>): string[] {
  if (command === 'create-staff' || command === 'create-organization') {
    if (!values.email || !values.name) fail('--email and --name are required.');
    if (command === 'create-organization' && !values.vendor) fail('--vendor is required.');
    password();
    return [];
  }
  if (command === 'add-member') {
    if (!values.email || !values.name || !values.vendor) fail('--vendor, --email and --name are required.');
    if (values.role !== 'member' && values.role !== 'owner') fail('--role must be member or owner.');
    return [];
  }
  if (command === 'create-key') {
    const scopes = (values.scopes ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = scopes.filter((s) => !(apiKeyScopes as readonly string[]).includes(s));
    if (scopes.length === 0 || unknown.length > 0) fail(`--scopes must list some of ${apiKeyScopes.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}.`);
    if (!values.name || !values.vendor) fail('--vendor and --name are required.');
    if (values.mode !== undefined && !['live', 'test'].includes(values.mode)) fail('--mode is live (the default) or test.');
    return scopes;
  }
  return fail(command ? `Unknown command ${command}.` : 'Which command?');
}

async function vendorOrFail(db: Db, slug: string | undefined) {
  const vendor = await vendorBySlug(db, slug!);
  if (!vendor) fail(`No vendor has the slug ${slug}.`);
  return vendor;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, name: { type: 'string' }, vendor: { type: 'string' }, scopes: { type: 'string' }, mode: { type: 'string' }, role: { type: 'string' } },
});
const [command] = positionals;
const scopes = checkArguments(command, values);
const database = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.PGLITE_DATA_DIR || undefined });
try {
  await migrateForServing(database, process.env.MIGRATION_DATABASE_URL || undefined);
  const db = database.db;
  if (command === 'create-staff') {
    const staff = await user(db, values.email!, values.name!, true);
    console.log(`staff ${staff.email} is ready`);
  } else if (command === 'create-organization') {
    const vendor = await vendorOrFail(db, values.vendor);
    const organization = await organizationOfVendor(db, vendor.id);
    const owner = await user(db, values.email!, values.name!, false);
    await addMembership(db, { userId: owner.id, organizationId: organization.id, role: 'OWNER' });
    console.log(`${owner.email} owns the organization of ${vendor.name}`);
  } else if (command === 'add-member') {
    const vendor = await vendorOrFail(db, values.vendor);
    const organization = await organizationOfVendor(db, vendor.id);
    const member = await user(db, values.email!, values.name!, false);
    if ((await membershipsOfUser(db, member.id)).length > 0) fail(`${member.email} is already a member of an organization; change roles in the console.`);
    const role = values.role === 'owner' ? 'OWNER' : 'MEMBER';
    await addMembership(db, { userId: member.id, organizationId: organization.id, role });
    console.log(`${member.email} is ${role === 'OWNER' ? 'an owner' : 'a member'} of the organization of ${vendor.name}`);
  } else {
    const vendor = await vendorOrFail(db, values.vendor);
    const organization = await organizationOfVendor(db, vendor.id);
    const mode = values.mode === 'test' ? 'TEST' : 'LIVE';
    const { key, prefix, secretHash } = newApiKey(mode);
    await insertApiKey(db, { organizationId: organization.id, name: values.name!, prefix, secretHash, scopes, createdByUserId: null, mode });
    console.log(`${mode} API key for ${vendor.name} (${scopes.join(', ')}), shown once:\n${key}`);
  }
} catch (error) {
  // Node would print the error whole: a failed statement's values (a password hash, a key's hash) with it.
  console.error(`${command} failed: ${describeFailure(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
