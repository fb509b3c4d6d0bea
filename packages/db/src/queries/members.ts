import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import type { MembershipRole } from '../schema/enums.ts';
import { userColumns, userDates, type UserRow } from './accounts.ts';
import { toDate } from './fragments.ts';
import { rowKeys } from './row-keys.ts';

// An organization's people: its members and the invitations waiting to be accepted. Invitation tokens are
// stored as SHA-256 hashes only.

export interface OrganizationMemberRow {
  organizationId: string;
  user: UserRow;
  role: MembershipRole;
  joinedAt: Date;
}

export const organizationMemberRowKeys = rowKeys<OrganizationMemberRow>()(['organizationId', 'user', 'role', 'joinedAt']);

export interface OrganizationInvitationRow {
  id: string;
  organizationId: string;
  email: string;
  role: MembershipRole;
  invitedByUserId: string | null;
  createdAt: Date;
  expiresAt: Date;
}

export const organizationInvitationRowKeys = rowKeys<OrganizationInvitationRow>()([
  'id',
  'organizationId',
  'email',
  'role',
  'invitedByUserId',
  'createdAt',
  'expiresAt',
]);

/** An invitation found by its token, with what makes it unusable. */
export interface InvitationByTokenRow extends OrganizationInvitationRow {
  usable: boolean;
}

export const invitationByTokenRowKeys = rowKeys<InvitationByTokenRow>()([...organizationInvitationRowKeys, 'usable']);

/** A member's role, as locked by lockMembers. */
export interface LockedMemberRow {
  userId: string;
  role: MembershipRole;
}

export const lockedMemberRowKeys = rowKeys<LockedMemberRow>()(['userId', 'role']);

const invitationColumns = sql`i.id, i.organization_id as "organizationId", i.email, i.role, i.invited_by_user_id as "invitedByUserId",
  i.created_at as "createdAt", i.expires_at as "expiresAt"`;

const invitationDates = <T extends OrganizationInvitationRow>(row: T): T => ({ ...row, createdAt: toDate(row.createdAt)!, expiresAt: toDate(row.expiresAt)! });

/** The organization's members, owners first, then by the time they joined. */
export async function membersOfOrganization(db: Db, organizationId: string): Promise<OrganizationMemberRow[]> {
  const rows = await queryRows<UserRow & { memberRole: MembershipRole; joinedAt: Date; memberOrganizationId: string }>(
    db,
    sql`select ${userColumns}, m.role as "memberRole", m.created_at as "joinedAt", m.organization_id as "memberOrganizationId"
        from memberships m join users u on u.id = m.user_id
        where m.organization_id = ${organizationId}
        order by m.role = 'OWNER' desc, m.created_at, u.id`,
  );
  return rows.map(({ memberRole, joinedAt, memberOrganizationId, ...user }) => ({
    organizationId: memberOrganizationId,
    user: userDates(user),
    role: memberRole,
    joinedAt: toDate(joinedAt)!,
  }));
}

/**
 * Locks every membership of the organization until the transaction ends and returns them: a change of
 * roles checks the owners left against rows no concurrent change can alter meanwhile.
 */
export async function lockMembers(db: Db, organizationId: string): Promise<LockedMemberRow[]> {
  return queryRows<LockedMemberRow>(
    db,
    sql`select m.user_id as "userId", m.role from memberships m where m.organization_id = ${organizationId} order by m.user_id for update`,
  );
}

export async function setMemberRole(db: Db, change: { organizationId: string; userId: string; role: MembershipRole }): Promise<void> {
  await db.execute(sql`update memberships set role = ${change.role} where organization_id = ${change.organizationId} and user_id = ${change.userId}`);
}

export async function deleteMembership(db: Db, membership: { organizationId: string; userId: string }): Promise<void> {
  await db.execute(sql`delete from memberships where organization_id = ${membership.organizationId} and user_id = ${membership.userId}`);
}

/**
 * Invites an address, replacing the open invitation of the same address (any case) if there is one: its
 * token, role, inviter and validity are the new ones, so its old link stops working.
 */
export async function upsertInvitation(
  db: Db,
  invitation: { organizationId: string; email: string; role: MembershipRole; tokenHash: string; invitedByUserId: string; days: number },
): Promise<OrganizationInvitationRow> {
  const [row] = await queryRows<OrganizationInvitationRow>(
    db,
    sql`insert into organization_invitations as i (organization_id, email, role, token_hash, invited_by_user_id, expires_at)
        values (${invitation.organizationId}, ${invitation.email}, ${invitation.role}, ${invitation.tokenHash}, ${invitation.invitedByUserId},
                now() + make_interval(days => ${invitation.days}))
        on conflict (organization_id, lower(email)) where accepted_at is null and revoked_at is null
        do update set email = excluded.email, role = excluded.role, token_hash = excluded.token_hash,
                      invited_by_user_id = excluded.invited_by_user_id, created_at = now(), expires_at = excluded.expires_at
        returning ${invitationColumns}`,
  );
  return invitationDates(row!);
}

/** The organization's invitations not accepted, revoked or expired, newest first. */
export async function openInvitations(db: Db, organizationId: string): Promise<OrganizationInvitationRow[]> {
  const rows = await queryRows<OrganizationInvitationRow>(
    db,
    sql`select ${invitationColumns} from organization_invitations i
        where i.organization_id = ${organizationId} and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
        order by i.created_at desc, i.id`,
  );
  return rows.map(invitationDates);
}

/** The invitation of a token's hash, locked until the transaction ends; `usable` when not accepted, revoked or expired. */
export async function lockInvitationByToken(db: Db, tokenHash: string): Promise<InvitationByTokenRow | null> {
  const [row] = await queryRows<InvitationByTokenRow>(
    db,
    sql`select ${invitationColumns}, (i.accepted_at is null and i.revoked_at is null and i.expires_at > now()) as usable
        from organization_invitations i where i.token_hash = ${tokenHash} for update`,
  );
  return row ? invitationDates(row) : null;
}

export async function markInvitationAccepted(db: Db, accepted: { id: string; userId: string }): Promise<void> {
  await db.execute(sql`update organization_invitations set accepted_at = now(), accepted_by_user_id = ${accepted.userId} where id = ${accepted.id}`);
}

/** Revokes an open invitation of the organization; null when it has none with this id. */
export async function revokeInvitation(db: Db, organizationId: string, id: string): Promise<OrganizationInvitationRow | null> {
  const [row] = await queryRows<OrganizationInvitationRow>(
    db,
    sql`update organization_invitations i set revoked_at = now()
        where i.id = ${id} and i.organization_id = ${organizationId} and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
        returning ${invitationColumns}`,
  );
  return row ? invitationDates(row) : null;
}
