import { randomBytes } from 'node:crypto';
import {
  addMembership,
  confirmUserEmail,
  deleteMembership,
  hitRateLimit,
  insertBuyer,
  lockInvitationByToken,
  lockMembers,
  markInvitationAccepted,
  membersOfOrganization,
  membershipsOfUser,
  openInvitations,
  organizationsByIds,
  revokeInvitation as revokeInvitationRow,
  setMemberRole,
  upsertInvitation,
  userByEmail,
  type MembershipRole,
  type OrganizationInvitationRow,
  type OrganizationMemberRow,
  type OrganizationRow,
  type UserRow,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { fromGlobalId } from '../../graphql/ids.ts';
import { checkText, userError, type UserError } from '../../graphql/user-errors.ts';
import { queueMail } from '../mail/outbox.ts';
import { mailLinkOrigin } from '../mail/templates.ts';
import { emailPattern } from '../stacks/service.ts';
import { forbidden, requirePartner, unauthenticated } from './actor.ts';
import { checkNewPassword } from './passwords.ts';
import { hashPassword, sha256 } from './secrets.ts';
import { openSession } from './service.ts';

// An organization's people: owners invite by e-mail, the invited person accepts by the link (with a new
// account when the address has none), owners change roles and remove members, anyone leaves. The
// organization always keeps an owner. A user belongs to one organization at most.

export const invitationDays = 7;
/** Invitations an organization may send per hour; replacing one counts. */
export const invitationsPerHour = 20;

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** The organization of a signed-in owner, for their own organization only. */
function ownerScope(ctx: Context) {
  const scope = requirePartner(ctx.actor, 'listings:write', { owner: true });
  return { organizationId: scope.organizationId, vendorId: scope.vendorId, userId: scope.userId! };
}

async function organization(ctx: Context, id: string): Promise<OrganizationRow> {
  const [row] = await organizationsByIds(ctx.database.db, [id]);
  return row!;
}

export interface InviteResult {
  invitation: OrganizationInvitationRow | null;
  inviteUrl: string | null;
  userErrors: UserError[];
}

/**
 * inviteMember: a new invitation (or the address's open one with a new link), mailed. Without SMTP_URL the
 * mail still goes to the outbox (the development mailbox shows it) and the link is answered once, for the
 * owner to hand over.
 */
export async function inviteMember(ctx: Context, input: { email: string; role?: MembershipRole | null }): Promise<InviteResult> {
  const scope = ownerScope(ctx);
  const email = input.email.trim();
  const role = input.role ?? 'MEMBER';
  if (email.length < 3 || email.length > 254 || !emailPattern.test(email)) {
    return { invitation: null, inviteUrl: null, userErrors: [userError(['input', 'email'], 'INVALID', 'This is not an e-mail address we can send a link to.')] };
  }
  const existing = await userByEmail(ctx.database.db, email);
  if (existing && (await membershipsOfUser(ctx.database.db, existing.id)).length > 0) {
    return { invitation: null, inviteUrl: null, userErrors: [userError(['input', 'email'], 'ALREADY_MEMBER', 'This person is already a member of an organization.')] };
  }
  const limit = await hitRateLimit(ctx.database.db, { bucket: 'invitations', subject: scope.organizationId, windowSeconds: 3600 });
  if (limit.hits > invitationsPerHour) {
    ctx.log.warn({ organizationId: scope.organizationId, hits: limit.hits }, 'invitations throttled');
    return {
      invitation: null,
      inviteUrl: null,
      userErrors: [userError(null, 'RATE_LIMITED', `Your organization sent ${invitationsPerHour} invitations this hour; try again after ${limit.resetAt.toISOString()}.`)],
    };
  }
  const token = randomBytes(32).toString('base64url');
  const invitation = await upsertInvitation(ctx.database.db, {
    organizationId: scope.organizationId,
    email,
    role,
    tokenHash: sha256(token),
    invitedByUserId: scope.userId,
    days: invitationDays,
  });
  const inviter = ctx.actor.kind === 'user' ? ctx.actor.user : null;
  const vendor = await ctx.loaders.catalog.vendor.load(scope.vendorId);
  const path = `/console/invitation#${token}`;
  await queueMail(ctx, [{ address: email, name: existing?.name ?? null, language: existing?.language ?? inviter?.language ?? 'VI', userId: existing?.id ?? null }], {
    template: 'ORGANIZATION_INVITATION',
    name: existing?.name ?? email,
    vendorName: vendor?.name ?? '',
    inviterName: inviter?.name ?? '',
    role,
    expiresAt: invitation.expiresAt,
    path,
  });
  ctx.log.info({ invitationId: invitation.id, organizationId: scope.organizationId, role }, 'member invited');
  return { invitation, inviteUrl: ctx.settings.smtpUrl ? null : `${mailLinkOrigin(ctx.settings)}${path}`, userErrors: [] };
}

export async function revokeInvitation(ctx: Context, input: { id: string }): Promise<{ invitation: OrganizationInvitationRow | null; userErrors: UserError[] }> {
  const scope = ownerScope(ctx);
  const parsed = fromGlobalId(input.id);
  const invitation = parsed?.type === 'OrganizationInvitation' ? await revokeInvitationRow(ctx.database.db, scope.organizationId, parsed.id) : null;
  if (!invitation) return { invitation: null, userErrors: [userError(['input', 'id'], 'NOT_FOUND', 'Your organization has no open invitation with this id.')] };
  ctx.log.info({ invitationId: invitation.id }, 'invitation revoked');
  return { invitation, userErrors: [] };
}

const invalidToken = () => userError(['input', 'token'], 'INVALID_TOKEN', 'This invitation link is unknown, already used, withdrawn or expired; ask for a new one.');

/** The account that accepts: the signed-in one (it must be the invited address), or a new one; errors otherwise. */
async function acceptingAccount(
  ctx: Context,
  email: string,
  input: { name?: string | null; password?: string | null },
): Promise<{ user: UserRow | null; created: boolean; userErrors: UserError[] }> {
  const actor = ctx.actor;
  if (actor.kind === 'apiKey') throw forbidden('An API key cannot accept an invitation; follow the link in a browser.');
  if (actor.kind === 'user') {
    if (actor.user.email.toLowerCase() !== email.toLowerCase()) {
      const error = userError(null, 'FORBIDDEN_ACCOUNT', 'This invitation is for another e-mail address: sign out, then follow the link again.');
      return { user: null, created: false, userErrors: [error] };
    }
    return { user: actor.user, created: false, userErrors: [] };
  }
  if (await userByEmail(ctx.database.db, email)) throw unauthenticated('This e-mail address has an account: sign in with it, then follow the link again.');
  const errors: UserError[] = [];
  const name = checkText(input.name ?? '', ['input', 'name'], 120, 'Your name', errors);
  if (!input.password) errors.push(userError(['input', 'password'], 'BLANK', 'Choose a password for your new account.'));
  else checkNewPassword(input.password, ['input', 'password'], errors);
  if (errors.length > 0) return { user: null, created: false, userErrors: errors };
  const passwordHash = await hashPassword(input.password!);
  const created = await insertBuyer(ctx.database.db, { email, name, organization: null, language: 'VI', passwordHash });
  if (!created) throw unauthenticated('This e-mail address has an account: sign in with it, then follow the link again.');
  // The link came to this address: following it proves the address is theirs.
  return { user: await confirmUserEmail(ctx.database.db, created.id), created: true, userErrors: [] };
}

/** acceptInvitation: joins the invitation's organization with its role, the link used up, signed in. */
export async function acceptInvitation(
  ctx: Context,
  input: { token: string; name?: string | null; password?: string | null },
): Promise<{ organization: OrganizationRow | null; userErrors: UserError[] }> {
  const invitation = tokenPattern.test(input.token) ? await lockInvitationByToken(ctx.database.db, sha256(input.token)) : null;
  if (!invitation?.usable) return { organization: null, userErrors: [invalidToken()] };
  const account = await acceptingAccount(ctx, invitation.email, input);
  if (!account.user) return { organization: null, userErrors: account.userErrors };
  if ((await membershipsOfUser(ctx.database.db, account.user.id)).length > 0) {
    return { organization: null, userErrors: [userError(null, 'ALREADY_MEMBER', 'You are already a member of an organization; leave it first.')] };
  }
  await addMembership(ctx.database.db, { userId: account.user.id, organizationId: invitation.organizationId, role: invitation.role });
  await markInvitationAccepted(ctx.database.db, { id: invitation.id, userId: account.user.id });
  if (account.created) await openSession(ctx, account.user.id);
  ctx.log.info({ userId: account.user.id, organizationId: invitation.organizationId, newAccount: account.created }, 'invitation accepted');
  return { organization: await organization(ctx, invitation.organizationId), userErrors: [] };
}

type MemberChange = { kind: 'role'; role: MembershipRole } | { kind: 'remove' };

/**
 * Changes or ends a membership with the organization's memberships locked: the owners left are counted on
 * rows no concurrent change can alter, so two owners demoting each other at once leave one owner.
 */
async function changeMember(ctx: Context, userGlobalId: string, change: MemberChange): Promise<{ organization: OrganizationRow | null; userErrors: UserError[] }> {
  const parsed = fromGlobalId(userGlobalId);
  const actorId = ctx.actor.kind === 'user' ? ctx.actor.user.id : null;
  const leaving = change.kind === 'remove' && parsed?.type === 'User' && parsed.id === actorId;
  const scope = requirePartner(ctx.actor, 'listings:write', { owner: !leaving });
  const members = await lockMembers(ctx.database.db, scope.organizationId);
  const target = parsed?.type === 'User' ? members.find((m) => m.userId === parsed.id) : undefined;
  if (!target) return { organization: null, userErrors: [userError(['input', 'userId'], 'NOT_FOUND', 'Your organization has no member with this id.')] };
  const ownersAfter = members.filter((m) => (m.userId === target.userId ? change.kind === 'role' && change.role === 'OWNER' : m.role === 'OWNER')).length;
  if (ownersAfter === 0) {
    return { organization: null, userErrors: [userError(['input', 'userId'], 'LAST_OWNER', 'The organization must keep an owner: make someone else an owner first.')] };
  }
  // The caller's role as locked, not as read when the request began.
  if (!leaving && members.find((m) => m.userId === actorId)?.role !== 'OWNER') throw forbidden('Only an owner of the organization may do this.');
  if (change.kind === 'role') await setMemberRole(ctx.database.db, { organizationId: scope.organizationId, userId: target.userId, role: change.role });
  else await deleteMembership(ctx.database.db, { organizationId: scope.organizationId, userId: target.userId });
  ctx.log.info({ organizationId: scope.organizationId, userId: target.userId, change: change.kind === 'role' ? change.role : 'removed' }, 'membership changed');
  return { organization: await organization(ctx, scope.organizationId), userErrors: [] };
}

export const changeMemberRole = (ctx: Context, input: { userId: string; role: MembershipRole }) => changeMember(ctx, input.userId, { kind: 'role', role: input.role });

export const removeMember = (ctx: Context, input: { userId: string }) => changeMember(ctx, input.userId, { kind: 'remove' });

/** Whether the caller may see the organization's people: a signed-in member of it, or staff. */
function seesPeople(ctx: Context, organizationId: string): boolean {
  const actor = ctx.actor;
  return actor.kind === 'user' && (actor.user.staff || actor.memberships.some((m) => m.organizationId === organizationId));
}

export async function membersFor(ctx: Context, organizationId: string): Promise<OrganizationMemberRow[]> {
  return seesPeople(ctx, organizationId) ? membersOfOrganization(ctx.database.db, organizationId) : [];
}

export async function invitationsFor(ctx: Context, organizationId: string): Promise<OrganizationInvitationRow[]> {
  const actor = ctx.actor;
  const owner = actor.kind === 'user' && actor.memberships.some((m) => m.organizationId === organizationId && m.role === 'OWNER');
  return owner ? openInvitations(ctx.database.db, organizationId) : [];
}

/** Why staff suspended the organization, for its members and staff; null otherwise. */
export function suspensionReasonFor(ctx: Context, organization: OrganizationRow): string | null {
  return organization.suspendedAt !== null && seesPeople(ctx, organization.id) ? organization.suspensionReason : null;
}
