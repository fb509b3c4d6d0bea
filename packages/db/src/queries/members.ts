import type { MembershipRole } from '../schema/enums.ts';
import type { UserRow } from './accounts.ts';
import { rowKeys } from './row-keys.ts';

// An organization's people: its members and the invitations waiting to be accepted.

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
