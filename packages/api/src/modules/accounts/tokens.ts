import { randomBytes } from 'node:crypto';
import { insertUserToken, useUserToken, type UserTokenPurpose } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { sha256 } from './secrets.ts';

// One-time links mailed to an account's owner: 256 random bits, of which only the SHA-256 is stored.

/** How long each kind of link lasts. */
export const tokenLifetimeHours: Record<UserTokenPurpose, number> = { CONFIRM_EMAIL: 48, RESET_PASSWORD: 1 };

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** A new link's token for the account; the caller mails it and forgets it. */
export async function issueUserToken(ctx: Context, userId: string, purpose: UserTokenPurpose): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await insertUserToken(ctx.database.db, { userId, purpose, tokenHash: sha256(token), hours: tokenLifetimeHours[purpose] });
  return token;
}

/** Uses a link's token once: its account, or null when it is unknown, used, expired or of another purpose. */
export async function redeemUserToken(ctx: Context, token: string, purpose: UserTokenPurpose): Promise<string | null> {
  if (!tokenPattern.test(token)) return null;
  return useUserToken(ctx.database.db, { tokenHash: sha256(token), purpose });
}
