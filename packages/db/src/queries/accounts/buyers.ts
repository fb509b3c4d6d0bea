import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import type { MailLanguage, UserTokenPurpose } from '../../schema/enums.ts';
import { userColumns, userDates, type UserRow } from '../accounts.ts';

// Buyer accounts: sign-up, the one-time links that confirm an e-mail or reset a password, a new password.
// Tokens are stored as SHA-256 hashes only.

export interface NewBuyer {
  email: string;
  name: string;
  organization: string | null;
  language: MailLanguage;
  passwordHash: string;
}

/** A buyer's account, its e-mail not yet confirmed; null when the e-mail (any case) already has an account. */
export async function insertBuyer(db: Db, buyer: NewBuyer): Promise<UserRow | null> {
  const [row] = await queryRows<UserRow>(
    db,
    sql`insert into users as u (email, name, organization, language, password_hash, staff, email_confirmed_at)
        values (${buyer.email}, ${buyer.name}, ${buyer.organization}, ${buyer.language}, ${buyer.passwordHash}, false, null)
        on conflict do nothing
        returning ${userColumns}`,
  );
  return row ? userDates(row) : null;
}

/** The account of this e-mail (any case), disabled or not; null when none. */
export async function userByEmail(db: Db, email: string): Promise<(UserRow & { disabled: boolean }) | null> {
  const [row] = await queryRows<UserRow & { disabled: boolean }>(
    db,
    sql`select ${userColumns}, u.disabled_at is not null as disabled from users u where lower(u.email) = lower(${email})`,
  );
  return row ? { ...userDates(row), disabled: row.disabled } : null;
}

export async function insertUserToken(db: Db, token: { userId: string; purpose: UserTokenPurpose; tokenHash: string; hours: number }): Promise<void> {
  await db.execute(
    sql`insert into user_tokens (user_id, purpose, token_hash, expires_at)
        values (${token.userId}, ${token.purpose}, ${token.tokenHash}, now() + make_interval(hours => ${token.hours}))`,
  );
}

/**
 * Uses a one-time token: marks it used and returns its account, when it is of this purpose, unused, not
 * expired and its account not disabled; null otherwise. Of two uses at once, one wins.
 */
export async function useUserToken(db: Db, token: { tokenHash: string; purpose: UserTokenPurpose }): Promise<string | null> {
  const [row] = await queryRows<{ userId: string }>(
    db,
    sql`update user_tokens t set used_at = now()
        from users u
        where t.token_hash = ${token.tokenHash} and t.purpose = ${token.purpose} and t.used_at is null and t.expires_at > now()
          and u.id = t.user_id and u.disabled_at is null
        returning t.user_id as "userId"`,
  );
  return row?.userId ?? null;
}

/** Marks every unused token of a purpose of the account as used. */
export async function useUpUserTokens(db: Db, userId: string, purpose: UserTokenPurpose): Promise<void> {
  await db.execute(sql`update user_tokens set used_at = now() where user_id = ${userId} and purpose = ${purpose} and used_at is null`);
}

/** Stamps the account's e-mail confirmed (the first time only) and returns the account. */
export async function confirmUserEmail(db: Db, userId: string): Promise<UserRow> {
  const [row] = await queryRows<UserRow>(
    db,
    sql`update users u set email_confirmed_at = coalesce(u.email_confirmed_at, now()) where u.id = ${userId} returning ${userColumns}`,
  );
  return userDates(row!);
}

/** A new password hash, with when it changed; returns the account. */
export async function setPassword(db: Db, userId: string, passwordHash: string): Promise<UserRow> {
  const [row] = await queryRows<UserRow>(
    db,
    sql`update users u set password_hash = ${passwordHash}, password_changed_at = now() where u.id = ${userId} returning ${userColumns}`,
  );
  return userDates(row!);
}

/** Ends every live session of the account. */
export async function revokeSessionsOfUser(db: Db, userId: string): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update sessions set revoked_at = now() where user_id = ${userId} and revoked_at is null returning id`,
  );
  return rows.length;
}
