import {
  apiKeyPage,
  apiKeysOfOrganization,
  countApiKeys,
  forgiveSignInAttempt,
  insertApiKey,
  insertSession,
  revokeApiKey,
  revokeSession,
  upgradePasswordHash,
  userForSignIn,
  type ApiKeyMode,
  type ApiKeyRow,
  type UserRow,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { inTransaction } from '../../http/request-context.ts';
import { emptyConnection, listConnection, type Connection } from '../../graphql/connections.ts';
import { fromGlobalId } from '../../graphql/ids.ts';
import { checkText, userError, type UserError } from '../../graphql/user-errors.ts';
import { requirePartner, sessionCookie } from './actor.ts';
import { apiKeyScopes, checkAgainstNoAccount, hashNeedsUpgrade, hashPassword, newApiKey, newSessionToken, sha256, verifyPassword } from './secrets.ts';
import { claimSignInAttempt, signInSubjects } from './sign-in-throttle.ts';

export const sessionDays = 14;

function cookie(ctx: Context, value: string, maxAgeSeconds: number): string {
  return `${sessionCookie}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${ctx.secure ? '; Secure' : ''}`;
}

/** Opens a session for the account and sets its cookie on the answer. */
export async function openSession(ctx: Context, userId: string): Promise<void> {
  const token = newSessionToken();
  await insertSession(ctx.database.db, { tokenHash: sha256(token), userId, days: sessionDays });
  ctx.setCookies.push(cookie(ctx, token, sessionDays * 86_400));
}

/**
 * Signs in. Every failure reads the same (no telling a wrong e-mail from a wrong password, and the same
 * work either way); failures are throttled per account and address, per account and per address
 * (sign-in-throttle.ts). A hash made at an older cost is replaced by one at today's, in the transaction
 * that opens the session.
 */
export async function signIn(ctx: Context, input: { email: string; password: string }): Promise<{ user: UserRow | null; userErrors: UserError[] }> {
  const email = input.email.trim().toLowerCase().slice(0, 254);
  const password = input.password.slice(0, 1024);
  const subjects = signInSubjects(email, ctx.clientAddress);
  const claim = await claimSignInAttempt(ctx.database.db, subjects);
  if (!claim.allowed) {
    ctx.log.warn({ clientAddress: ctx.clientAddress, throttledBy: claim.scope }, 'sign-in throttled');
    return { user: null, userErrors: [userError(null, 'RATE_LIMITED', `Too many failed sign-in attempts; try again after ${claim.retryAt.toISOString()}.`)] };
  }
  const user = await userForSignIn(ctx.database.db, email);
  const passwordMatches = user ? await verifyPassword(password, user.passwordHash) : await checkAgainstNoAccount(password);
  if (!user || !passwordMatches || user.disabled) {
    ctx.log.info({ clientAddress: ctx.clientAddress }, 'sign-in refused');
    return { user: null, userErrors: [userError(null, 'INVALID_CREDENTIALS', 'The e-mail or the password is wrong.')] };
  }
  if (user.emailConfirmedAt === null) {
    // The password was right: only its owner learns that the e-mail awaits confirmation.
    await forgiveSignInAttempt(ctx.database.db, subjects);
    ctx.log.info({ userId: user.id }, 'sign-in refused: e-mail not confirmed');
    return { user: null, userErrors: [userError(null, 'EMAIL_NOT_CONFIRMED', 'Confirm your e-mail first: follow the link we mailed you.')] };
  }
  // Hashed before the transaction: a connection is never held while scrypt works.
  const upgradedHash = hashNeedsUpgrade(user.passwordHash) ? await hashPassword(password) : null;
  await inTransaction(ctx, async (tx) => {
    await forgiveSignInAttempt(tx.database.db, subjects);
    if (upgradedHash && (await upgradePasswordHash(tx.database.db, { userId: user.id, from: user.passwordHash, to: upgradedHash }))) {
      ctx.log.info({ userId: user.id }, 'password hash upgraded');
    }
    await openSession(tx, user.id);
  });
  ctx.log.info({ userId: user.id }, 'signed in');
  const { passwordHash: _hash, disabled: _disabled, ...row } = user;
  return { user: row, userErrors: [] };
}

export async function signOut(ctx: Context): Promise<{ signedOut: boolean }> {
  ctx.setCookies.push(cookie(ctx, '', 0));
  if (ctx.actor.kind !== 'user') return { signedOut: false };
  await revokeSession(ctx.database.db, ctx.actor.sessionId);
  return { signedOut: true };
}

export async function createApiKey(
  ctx: Context,
  input: { name: string; scopes: string[]; mode?: ApiKeyMode | null },
): Promise<{ apiKey: ApiKeyRow | null; key: string | null; userErrors: UserError[] }> {
  const scope = requirePartner(ctx.actor, 'listings:write', { owner: true });
  const errors: UserError[] = [];
  const name = checkText(input.name, ['input', 'name'], 120, 'The name', errors);
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0) errors.push(userError(['input', 'scopes'], 'BLANK', `Give the key at least one scope: ${apiKeyScopes.join(', ')}.`));
  scopes.forEach((value, index) => {
    if (!(apiKeyScopes as readonly string[]).includes(value)) {
      errors.push(userError(['input', 'scopes', index], 'INVALID_SCOPE', `${JSON.stringify(value)} is not a scope; use ${apiKeyScopes.join(', ')}.`));
    }
  });
  if (errors.length > 0) return { apiKey: null, key: null, userErrors: errors };
  const mode = input.mode ?? 'LIVE';
  const { key, prefix, secretHash } = newApiKey(mode);
  const apiKey = await insertApiKey(ctx.database.db, { organizationId: scope.organizationId, name, prefix, secretHash, scopes, createdByUserId: scope.userId, mode });
  ctx.log.info({ apiKey: prefix, scopes, mode }, 'API key created');
  return { apiKey, key, userErrors: [] };
}

export async function revokeKey(ctx: Context, input: { id: string }): Promise<{ apiKey: ApiKeyRow | null; userErrors: UserError[] }> {
  const scope = requirePartner(ctx.actor, 'listings:write', { owner: true });
  const parsed = fromGlobalId(input.id);
  const apiKey = parsed?.type === 'ApiKey' ? await revokeApiKey(ctx.database.db, scope.organizationId, parsed.id) : null;
  if (!apiKey) return { apiKey: null, userErrors: [userError(['input', 'id'], 'NOT_FOUND', 'Your organization has no API key with this id.')] };
  ctx.log.info({ apiKey: apiKey.prefix }, 'API key revoked');
  return { apiKey, userErrors: [] };
}

/** Whether the caller is a signed-in owner of the organization, who alone reads its keys. */
function ownerOf(ctx: Context, organizationId: string): boolean {
  const actor = ctx.actor;
  return actor.kind === 'user' && actor.memberships.some((m) => m.organizationId === organizationId && m.role === 'OWNER');
}

/** An organization's keys, for its owners only. */
export async function keysForOwner(ctx: Context, organizationId: string): Promise<ApiKeyRow[]> {
  return ownerOf(ctx, organizationId) ? apiKeysOfOrganization(ctx.database.db, organizationId) : [];
}

const keySort = 'API_KEYS';

/** The organization's keys, newest first, for its owners; empty for anyone else. */
export function keyConnection(ctx: Context, organizationId: string, args: { first?: number | null; after?: string | null }): Connection<ApiKeyRow> {
  if (!ownerOf(ctx, organizationId)) return emptyConnection();
  return listConnection({
    sort: keySort,
    keyTypes: ['timestamptz', 'uuid'],
    args,
    read: (limit, after) => apiKeyPage(ctx.database.db, organizationId, { first: limit, after: after && { createdAt: after[0]!, id: after[1]! } }),
    keys: (row) => [row.position, row.id],
    count: () => countApiKeys(ctx.database.db, organizationId),
  });
}
