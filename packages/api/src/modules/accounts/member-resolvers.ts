import { usersByIds, type OrganizationInvitationRow, type OrganizationRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { toGlobalId } from '../../graphql/ids.ts';
import type { Resolvers } from '../../graphql/resolvers.generated.ts';
import { acceptInvitation, changeMemberRole, invitationsFor, inviteMember, membersFor, removeMember, revokeInvitation, suspensionReasonFor } from './members.ts';

export const memberResolvers: Resolvers = {
  Mutation: {
    inviteMember: (_: unknown, args, ctx: Context) => inviteMember(ctx, args.input),
    revokeInvitation: (_: unknown, args, ctx: Context) => revokeInvitation(ctx, args.input),
    acceptInvitation: (_: unknown, args, ctx: Context) => acceptInvitation(ctx, args.input),
    changeMemberRole: (_: unknown, args, ctx: Context) => changeMemberRole(ctx, args.input),
    removeMember: (_: unknown, args, ctx: Context) => removeMember(ctx, args.input),
  },
  Organization: {
    members: (organization: OrganizationRow, _: unknown, ctx: Context) => membersFor(ctx, organization.id),
    invitations: (organization: OrganizationRow, _: unknown, ctx: Context) => invitationsFor(ctx, organization.id),
    suspensionReason: (organization: OrganizationRow, _: unknown, ctx: Context) => suspensionReasonFor(ctx, organization),
  },
  OrganizationInvitation: {
    id: (invitation: OrganizationInvitationRow) => toGlobalId('OrganizationInvitation', invitation.id),
    invitedBy: async (invitation: OrganizationInvitationRow, _: unknown, ctx: Context) =>
      invitation.invitedByUserId ? ((await usersByIds(ctx.database.db, [invitation.invitedByUserId]))[0] ?? null) : null,
  },
};
