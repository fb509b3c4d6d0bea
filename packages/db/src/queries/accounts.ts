import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import type { ApiKeyMode, MailLanguage, MembershipRole } from '../schema/enums.ts';
import { list, toDate } from './fragments.ts';
import { rowKeys } from './row-keys.ts';

// Users, organizations, sessions and API keys. Secrets never come back from these functions: only hashes
// go in, and lookups are by hash or by a key's public prefix.

export interface UserRow {
  id: string;
  email: string;
  name: string;
  staff: boolean;
  /** null from a buyer's sign-up until the mailed link is followed */
  emailConfirmedAt: Date | null;
  organization: string | null;
  /** the language of the mail the account receives */
  language: MailLanguage;
  createdAt: Date;
}

export const userRowKeys = rowKeys<UserRow>()(['id', 'email', 'name', 'staff', 'emailConfirmedAt', 'organization', 'language', 'createdAt']);

export interface MembershipRow {
  organizationId: string;
  vendorId: string;
  role: MembershipRole;
  suspended: boolean;
}

export const membershipRowKeys = rowKeys<MembershipRow>()(['organizationId', 'vendorId', 'role', 'suspended']);

export interface OrganizationRow {
  id: string;
  vendorId: string;
  /** the oldest webhook endpoint's URL; null when it has none */
  webhookUrl: string | null;
  suspendedAt: Date | null;
  suspensionReason: string | null;
  createdAt: Date;
}

export const organizationRowKeys = rowKeys<OrganizationRow>()(['id', 'vendorId', 'webhookUrl', 'suspendedAt', 'suspensionReason', 'createdAt']);

export interface ApiKeyRow {
  id: string;
  organizationId: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** TEST keys write only to their own sandbox listings */
  mode: ApiKeyMode;
}

export const apiKeyRowKeys = rowKeys<ApiKeyRow>()(['id', 'organizationId', 'name', 'prefix', 'scopes', 'createdAt', 'lastUsedAt', 'revokedAt', 'mode']);

export const userColumns = sql`u.id, u.email, u.name, u.staff, u.email_confirmed_at as "emailConfirmedAt", u.organization, u.language,
  u.created_at as "createdAt"`;
// webhookUrl: the oldest endpoint's, for the deprecated Organization.webhookUrl
const organizationColumns = sql`o.id, o.vendor_id as "vendorId",
  (select e.url from webhook_endpoints e where e.organization_id = o.id order by e.created_at, e.id limit 1) as "webhookUrl", o.suspended_at as "suspendedAt",
  o.suspension_reason as "suspensionReason", o.created_at as "createdAt"`;
const apiKeyColumns = sql`k.id, k.organization_id as "organizationId", k.name, k.prefix, k.scopes, k.created_at as "createdAt",
  k.last_used_at as "lastUsedAt", k.revoked_at as "revokedAt", k.mode`;

export const userDates = (row: UserRow): UserRow => ({ ...row, emailConfirmedAt: toDate(row.emailConfirmedAt), createdAt: toDate(row.createdAt)! });
const organizationDates = (row: OrganizationRow): OrganizationRow => ({
  ...row,
  suspendedAt: toDate(row.suspendedAt),
  createdAt: toDate(row.createdAt)!,
});
const apiKeyDates = (row: ApiKeyRow): ApiKeyRow => ({
  ...row,
  createdAt: toDate(row.createdAt)!,
  lastUsedAt: toDate(row.lastUsedAt),
  revokedAt: toDate(row.revokedAt),
});

/** The user with this e-mail (any case) and the password hash to check, for signing in. */
export async function userForSignIn(db: Db, email: string): Promise<(UserRow & { passwordHash: string; disabled: boolean }) | null> {
  const rows = await queryRows<UserRow & { passwordHash: string; disabled: boolean }>(
    db,
    sql`select ${userColumns}, u.password_hash as "passwordHash", u.disabled_at is not null as disabled
        from users u where lower(u.email) = lower(${email})`,
  );
  return rows[0] ? { ...userDates(rows[0]), passwordHash: rows[0].passwordHash, disabled: rows[0].disabled } : null;
}

export async function usersByIds(db: Db, ids: readonly string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return (await queryRows<UserRow>(db, sql`select ${userColumns} from users u where u.id in (${list(ids)})`)).map(userDates);
}

export async function insertUser(db: Db, user: { email: string; name: string; passwordHash: string; staff: boolean }): Promise<UserRow> {
  const [row] = await queryRows<UserRow>(
    db,
    sql`insert into users as u (email, name, password_hash, staff) values (${user.email}, ${user.name}, ${user.passwordHash}, ${user.staff})
        returning ${userColumns}`,
  );
  return userDates(row!);
}

export async function membershipsOfUser(db: Db, userId: string): Promise<MembershipRow[]> {
  return queryRows<MembershipRow>(
    db,
    sql`select m.organization_id as "organizationId", o.vendor_id as "vendorId", m.role, o.suspended_at is not null as suspended
        from memberships m join organizations o on o.id = m.organization_id
        where m.user_id = ${userId} order by m.created_at, o.id`,
  );
}

export async function addMembership(db: Db, membership: { userId: string; organizationId: string; role: MembershipRole }): Promise<void> {
  await db.execute(
    sql`insert into memberships (user_id, organization_id, role) values (${membership.userId}, ${membership.organizationId}, ${membership.role})
        on conflict (user_id, organization_id) do update set role = excluded.role`,
  );
}

/** The organization of a vendor, created on first use. */
export async function organizationOfVendor(db: Db, vendorId: string): Promise<OrganizationRow> {
  const [row] = await queryRows<OrganizationRow>(
    db,
    sql`with inserted as (
          insert into organizations (vendor_id) values (${vendorId}) on conflict (vendor_id) do nothing returning *
        )
        select ${organizationColumns} from inserted o
        union all
        select ${organizationColumns} from organizations o where o.vendor_id = ${vendorId}`,
  );
  return organizationDates(row!);
}

export async function organizationsByIds(db: Db, ids: readonly string[]): Promise<OrganizationRow[]> {
  if (ids.length === 0) return [];
  return (await queryRows<OrganizationRow>(db, sql`select ${organizationColumns} from organizations o where o.id in (${list(ids)})`)).map(
    organizationDates,
  );
}

export async function insertSession(db: Db, session: { tokenHash: string; userId: string; days: number }): Promise<void> {
  await db.execute(
    sql`insert into sessions (token_hash, user_id, expires_at) values (${session.tokenHash}, ${session.userId}, now() + make_interval(days => ${session.days}))`,
  );
}

/** The user of a live session: not expired, not revoked, user not disabled. */
export async function userOfSession(db: Db, tokenHash: string): Promise<(UserRow & { sessionId: string }) | null> {
  const rows = await queryRows<UserRow & { sessionId: string }>(
    db,
    sql`select ${userColumns}, s.id as "sessionId" from sessions s join users u on u.id = s.user_id
        where s.token_hash = ${tokenHash} and s.revoked_at is null and s.expires_at > now() and u.disabled_at is null`,
  );
  return rows[0] ? { ...userDates(rows[0]), sessionId: rows[0].sessionId } : null;
}

export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.execute(sql`update sessions set revoked_at = now() where id = ${sessionId} and revoked_at is null`);
}

export async function insertApiKey(
  db: Db,
  key: { organizationId: string; name: string; prefix: string; secretHash: string; scopes: string[]; createdByUserId: string | null; mode?: ApiKeyMode },
): Promise<ApiKeyRow> {
  const [row] = await queryRows<ApiKeyRow>(
    db,
    sql`insert into api_keys as k (organization_id, name, prefix, secret_hash, scopes, created_by_user_id, mode)
        values (${key.organizationId}, ${key.name}, ${key.prefix}, ${key.secretHash},
                ${`{${key.scopes.join(',')}}`}::text[], ${key.createdByUserId}, ${key.mode ?? 'LIVE'})
        returning ${apiKeyColumns}`,
  );
  return apiKeyDates(row!);
}

/** A key by its public prefix, with its hash to compare and its organization's state. */
export async function apiKeyForAuth(
  db: Db,
  prefix: string,
): Promise<(ApiKeyRow & { secretHash: string; vendorId: string; suspended: boolean }) | null> {
  const rows = await queryRows<ApiKeyRow & { secretHash: string; vendorId: string; suspended: boolean }>(
    db,
    sql`select ${apiKeyColumns}, k.secret_hash as "secretHash", o.vendor_id as "vendorId", o.suspended_at is not null as suspended
        from api_keys k join organizations o on o.id = k.organization_id where k.prefix = ${prefix}`,
  );
  return rows[0] ? { ...apiKeyDates(rows[0]), secretHash: rows[0].secretHash, vendorId: rows[0].vendorId, suspended: rows[0].suspended } : null;
}

/**
 * Records a key's use, at most once a minute so busy integrations do not write on every request; returns
 * the new last-used time, or null when the last one is recent enough.
 */
export async function touchApiKey(db: Db, id: string): Promise<Date | null> {
  const rows = await queryRows<{ lastUsedAt: Date | string }>(
    db,
    sql`update api_keys set last_used_at = now() where id = ${id} and (last_used_at is null or last_used_at < now() - interval '1 minute')
        returning last_used_at as "lastUsedAt"`,
  );
  return rows[0] ? toDate(rows[0].lastUsedAt) : null;
}

export async function apiKeysOfOrganization(db: Db, organizationId: string): Promise<ApiKeyRow[]> {
  return (
    await queryRows<ApiKeyRow>(db, sql`select ${apiKeyColumns} from api_keys k where k.organization_id = ${organizationId} order by k.created_at desc, k.id`)
  ).map(apiKeyDates);
}

/** A page of an organization's keys in apiKeysOfOrganization's order (newest first), after a (createdAt, id) keyset position. */
export async function apiKeyPage(
  db: Db,
  organizationId: string,
  page: { first: number; after: { createdAt: string; id: string } | null },
): Promise<(ApiKeyRow & { position: string })[]> {
  const after = page.after
    ? sql`and (k.created_at < ${page.after.createdAt}::timestamptz or (k.created_at = ${page.after.createdAt}::timestamptz and k.id > ${page.after.id}::uuid))`
    : sql``;
  const rows = await queryRows<ApiKeyRow & { position: string }>(
    db,
    sql`select ${apiKeyColumns}, k.created_at::text as position from api_keys k where k.organization_id = ${organizationId} ${after}
        order by k.created_at desc, k.id limit ${page.first}`,
  );
  return rows.map((row) => ({ ...apiKeyDates(row), position: row.position }));
}

export async function countApiKeys(db: Db, organizationId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from api_keys k where k.organization_id = ${organizationId}`);
  return row!.n;
}

/**
 * Revokes a key of this organization; null when it has none with this id. A TEST key's sandbox listings
 * are deleted with it, in the same statement.
 */
export async function revokeApiKey(db: Db, organizationId: string, id: string): Promise<ApiKeyRow | null> {
  const rows = await queryRows<ApiKeyRow>(
    db,
    sql`with k as (
          update api_keys k set revoked_at = coalesce(k.revoked_at, now())
          where k.id = ${id} and k.organization_id = ${organizationId} returning ${apiKeyColumns}
        ), sandbox as (
          delete from offerings o using k where o.sandbox_key_id = k.id
        )
        select * from k`,
  );
  return rows[0] ? apiKeyDates(rows[0]) : null;
}

/**
 * Replaces a user's password hash by a stronger one of the same password, unless it changed meanwhile;
 * true when replaced.
 */
export async function upgradePasswordHash(db: Db, change: { userId: string; from: string; to: string }): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update users set password_hash = ${change.to} where id = ${change.userId} and password_hash = ${change.from} returning id`,
  );
  return rows.length > 0;
}

export type SignInScope = 'pair' | 'account' | 'address';

/** What one sign-in attempt is counted under: its account and address pair, its account, its address. */
export type SignInSubjects = Record<SignInScope, string>;

export interface SignInCounter {
  failures: number;
  windowStartedAt: Date;
  lastFailedAt: Date;
}

const scopeOrder: SignInScope[] = ['account', 'address', 'pair'];
const scopedSubjects = (subjects: SignInSubjects) => list(scopeOrder.map((scope) => sql`(${scope}, ${subjects[scope]})`));

/**
 * The counters of one sign-in attempt, locked until the transaction ends (made empty when missing), and
 * the database's clock, which every instance shares. Counters whose last failure is older than
 * `forgetAfterSeconds` are removed first, whoever they belong to.
 */
export async function lockSignInFailures(
  tx: Db,
  subjects: SignInSubjects,
  forgetAfterSeconds: number,
): Promise<{ now: Date; counters: Record<SignInScope, SignInCounter> }> {
  await tx.execute(sql`delete from sign_in_failures where last_failed_at < now() - make_interval(secs => ${forgetAfterSeconds})`);
  // Always the same order (the primary key's), so two attempts never wait for each other's locks in a circle.
  await tx.execute(
    sql`insert into sign_in_failures (scope, subject, failures, window_started_at, last_failed_at)
        select scope, subject, 0, now(), now() from (values ${scopedSubjects(subjects)}) as s(scope, subject)
        on conflict (scope, subject) do nothing`,
  );
  const rows = await queryRows<{ scope: SignInScope; failures: number; windowStartedAt: Date | string; lastFailedAt: Date | string; now: Date | string }>(
    tx,
    sql`select scope, failures, window_started_at as "windowStartedAt", last_failed_at as "lastFailedAt", now() as now
        from sign_in_failures where (scope, subject) in (${scopedSubjects(subjects)})
        order by scope, subject for update`,
  );
  const counters = Object.fromEntries(
    rows.map((row) => [row.scope, { failures: row.failures, windowStartedAt: toDate(row.windowStartedAt)!, lastFailedAt: toDate(row.lastFailedAt)! }]),
  ) as Record<SignInScope, SignInCounter>;
  return { now: toDate(rows[0]!.now)!, counters };
}

/** Writes the counters of an attempt locked by lockSignInFailures. */
export async function saveSignInFailures(tx: Db, subjects: SignInSubjects, counters: Record<SignInScope, SignInCounter>): Promise<void> {
  const values = list(
    scopeOrder.map((scope) => {
      const counter = counters[scope];
      return sql`(${scope}, ${subjects[scope]}, ${counter.failures}::int, ${counter.windowStartedAt.toISOString()}::timestamptz, ${counter.lastFailedAt.toISOString()}::timestamptz)`;
    }),
  );
  await tx.execute(
    sql`update sign_in_failures f set failures = v.failures, window_started_at = v.started, last_failed_at = v.last
        from (values ${values}) as v(scope, subject, failures, started, last)
        where f.scope = v.scope and f.subject = v.subject`,
  );
}

/**
 * A sign-in counted as failed before its password was checked turned out right: the pair starts afresh,
 * and the account and the address no longer count it.
 */
export async function forgiveSignInAttempt(db: Db, subjects: SignInSubjects): Promise<void> {
  await db.execute(
    sql`with pair as (delete from sign_in_failures where scope = 'pair' and subject = ${subjects.pair})
        update sign_in_failures set failures = greatest(failures - 1, 0)
        where (scope = 'account' and subject = ${subjects.account}) or (scope = 'address' and subject = ${subjects.address})`,
  );
}
