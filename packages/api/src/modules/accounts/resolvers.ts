import { organizationsByIds, type ApiKeyRow, type OrganizationRow, type UserRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { connectionResolvers } from '../../graphql/connections.ts';
import { toGlobalId } from '../../graphql/ids.ts';
import type { Resolvers } from '../../graphql/resolvers.generated.ts';
import { claimQuoteRequest, myQuoteRequests } from '../stacks/quote-access.ts';
import { claimStacks, forgetStack, myStacks } from './account-stacks.ts';
import { confirmEmail, requestPasswordReset, resetPassword, signUp } from './buyers.ts';
import { apiKeyScopes } from './secrets.ts';
import { createApiKey, keyConnection, keysForOwner, revokeKey, signIn, signOut } from './service.ts';

async function organizationOf(ctx: Context, id: string | undefined): Promise<OrganizationRow | null> {
  if (!id) return null;
  const [row] = await organizationsByIds(ctx.database.db, [id]);
  return row ?? null;
}

export const accountResolvers: Resolvers = {
  Query: {
    viewer: (_: unknown, __: unknown, ctx: Context) => ctx.actor,
    myStacks: (_: unknown, args, ctx: Context) => myStacks(ctx, args),
    myQuoteRequests: (_: unknown, args, ctx: Context) => myQuoteRequests(ctx, args),
  },
  Mutation: {
    signIn: (_: unknown, args, ctx: Context) => signIn(ctx, args.input),
    signOut: (_: unknown, __: unknown, ctx: Context) => signOut(ctx),
    createApiKey: (_: unknown, args, ctx: Context) => createApiKey(ctx, args.input),
    revokeApiKey: (_: unknown, args, ctx: Context) => revokeKey(ctx, args.input),
    signUp: (_: unknown, args, ctx: Context) => signUp(ctx, args.input),
    confirmEmail: (_: unknown, args, ctx: Context) => confirmEmail(ctx, args.token),
    requestPasswordReset: (_: unknown, args, ctx: Context) => requestPasswordReset(ctx, args),
    resetPassword: (_: unknown, args, ctx: Context) => resetPassword(ctx, args.input),
    claimStacks: (_: unknown, args, ctx: Context) => claimStacks(ctx, args.input),
    forgetStack: (_: unknown, args, ctx: Context) => forgetStack(ctx, args.input),
    claimQuoteRequest: (_: unknown, args, ctx: Context) => claimQuoteRequest(ctx, args.input),
  },
  StackConnection: connectionResolvers,
  Viewer: {
    user: (actor: Context['actor']) => (actor.kind === 'user' ? actor.user : null),
    organization: (actor: Context['actor'], _: unknown, ctx: Context) =>
      organizationOf(ctx, actor.kind === 'apiKey' ? actor.organizationId : actor.kind === 'user' ? actor.memberships[0]?.organizationId : undefined),
    role: (actor: Context['actor']) => (actor.kind === 'user' ? (actor.memberships[0]?.role ?? null) : null),
    apiKey: (actor: Context['actor']) => (actor.kind === 'apiKey' ? actor.key : null),
    scopes: (actor: Context['actor']) =>
      actor.kind === 'apiKey' ? actor.key.scopes : actor.kind === 'user' && actor.memberships.length > 0 ? [...apiKeyScopes] : [],
    staff: (actor: Context['actor']) => actor.kind === 'user' && actor.user.staff,
  },
  User: {
    id: (user: UserRow) => toGlobalId('User', user.id),
  },
  Organization: {
    id: (organization: OrganizationRow) => toGlobalId('Organization', organization.id),
    vendor: async (organization: OrganizationRow, _: unknown, ctx: Context) => (await ctx.loaders.catalog.vendor.load(organization.vendorId))!,
    suspended: (organization: OrganizationRow) => organization.suspendedAt !== null,
    apiKeys: (organization: OrganizationRow, _: unknown, ctx: Context) => keysForOwner(ctx, organization.id),
    apiKeysConnection: (organization: OrganizationRow, args: { first?: number | null; after?: string | null }, ctx: Context) =>
      keyConnection(ctx, organization.id, args),
  },
  ApiKeyConnection: connectionResolvers,
  ApiKey: {
    id: (key: ApiKeyRow) => toGlobalId('ApiKey', key.id),
  },
};
