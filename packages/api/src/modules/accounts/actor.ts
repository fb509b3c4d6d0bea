import {
  apiKeyForAuth,
  membershipsOfUser,
  touchApiKey,
  userOfSession,
  type ApiKeyRow,
  type Db,
  type MembershipRow,
  type UserRow,
} from '@mayviet/db';
import { GraphQLError } from 'graphql';
import type { IncomingHttpHeaders } from 'node:http';
import { apiKeyPrefix, sameHash, sha256, type ApiKeyScope } from './secrets.ts';

/** Who is calling: nobody, a signed-in user (browser session), or an integration's API key. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: UserRow; sessionId: string; memberships: MembershipRow[] }
  | { kind: 'apiKey'; key: ApiKeyRow; organizationId: string; vendorId: string };

export const sessionCookie = 'mv_session';

export function unauthenticated(message = 'Sign in, or send an API key as "Authorization: Bearer mv_live_…".'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || null;
  }
  return null;
}

/**
 * Resolves the caller from the Authorization header or the session cookie. A key that is not valid
 * (unknown, revoked, or of a suspended organization) fails the whole request: an integration must know.
 */
export async function resolveActor(db: Db, headers: IncomingHttpHeaders): Promise<Actor> {
  const authorization = headers.authorization;
  if (authorization) {
    const [scheme, key = ''] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer') throw unauthenticated('The Authorization header must be "Bearer <API key>".');
    const prefix = apiKeyPrefix(key);
    const row = prefix ? await apiKeyForAuth(db, prefix) : null;
    if (!row || !sameHash(row.secretHash, sha256(key))) throw unauthenticated('This API key is not valid.');
    if (row.revokedAt) throw unauthenticated(`The API key ${row.prefix} was revoked.`);
    if (row.suspended) throw unauthenticated(`The organization of API key ${row.prefix} is suspended.`);
    const touched = await touchApiKey(db, row.id);
    const { secretHash: _secret, vendorId, suspended: _suspended, ...keyRow } = row;
    return { kind: 'apiKey', key: { ...keyRow, lastUsedAt: touched ?? keyRow.lastUsedAt }, organizationId: row.organizationId, vendorId };
  }
  const token = cookieValue(headers.cookie, sessionCookie);
  if (token) {
    const user = await userOfSession(db, sha256(token));
    if (user) {
      const { sessionId, ...rest } = user;
      return { kind: 'user', user: rest, sessionId, memberships: await membershipsOfUser(db, user.id) };
    }
  }
  return { kind: 'anonymous' };
}

/** The organization a partner operation acts for. */
export interface PartnerScope {
  organizationId: string;
  vendorId: string;
  userId: string | null;
  apiKeyId: string | null;
  /**
   * The TEST key whose sandbox this operation acts in, or null for the live catalogue: every read and write
   * of listings filters on it (`sandbox_key_id is not distinct from`), so a TEST key sees and touches only
   * its own sandbox listings and a live caller never sees a sandbox one.
   */
  sandboxKeyId: string | null;
}

/** Whether a key's scopes grant `scope`: quotes:write includes quotes:read (a vendor answers what it reads). */
export function keyHasScope(scopes: readonly string[], scope: ApiKeyScope): boolean {
  return scopes.includes(scope) || (scope === 'quotes:read' && scopes.includes('quotes:write'));
}

/**
 * Checks the caller may act for a partner organization: a member (an owner when `owner`), or a key with
 * `scope`. Staff act through their own operations, not as a partner.
 */
export function requirePartner(actor: Actor, scope: ApiKeyScope, options: { owner?: boolean } = {}): PartnerScope {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (actor.kind === 'apiKey') {
    if (options.owner) throw forbidden('Only an organization owner, signed in, may do this; API keys may not.');
    if (!keyHasScope(actor.key.scopes, scope)) throw forbidden(`This API key lacks the scope ${scope}.`);
    return {
      organizationId: actor.organizationId,
      vendorId: actor.vendorId,
      userId: null,
      apiKeyId: actor.key.id,
      sandboxKeyId: actor.key.mode === 'TEST' ? actor.key.id : null,
    };
  }
  const membership = actor.memberships[0];
  if (!membership) throw forbidden('You are not a member of a partner organization.');
  if (membership.suspended) throw forbidden('Your organization is suspended.');
  if (options.owner && membership.role !== 'OWNER') throw forbidden('Only an owner of the organization may do this.');
  return { organizationId: membership.organizationId, vendorId: membership.vendorId, userId: actor.user.id, apiKeyId: null, sandboxKeyId: null };
}

/**
 * The scope for what test mode never reaches, real buyers' quote requests and offers: null for a TEST key,
 * which then finds them as missing (empty lists, null, NOT_FOUND).
 */
export function liveOnly(scope: PartnerScope): PartnerScope | null {
  return scope.sandboxKeyId ? null : scope;
}

export function requireStaff(actor: Actor): { userId: string } {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (actor.kind !== 'user' || !actor.user.staff) throw forbidden('Only association staff may do this.');
  return { userId: actor.user.id };
}

/** The signed-in person, for what a buyer keeps in an account; an API key acts for a vendor, never as a buyer. */
export function requireSignedIn(actor: Actor): UserRow {
  if (actor.kind === 'anonymous') throw unauthenticated('Sign in to your account first.');
  if (actor.kind !== 'user') throw forbidden('An API key acts for its vendor and holds no buyer account; sign in instead.');
  return actor.user;
}
