import type { Context } from '../../context.ts';
import { fromGlobalId, type NodeType } from '../../graphql/ids.ts';
import type { Resolvers, ResolversParentTypes } from '../../graphql/resolvers.generated.ts';
import { offerForNode } from '../offers/access.ts';
import { quoteRequestForPartner } from '../partners/service.ts';
import { quoteRequestForNode } from '../stacks/quote-access.ts';

async function loadNode(ctx: Context, type: NodeType, id: string): Promise<ResolversParentTypes['Node'] | null> {
  switch (type) {
    case 'Vendor':
      return ctx.loaders.catalog.vendor.load(id);
    case 'Offering':
      return ctx.loaders.catalog.offering.load(id);
    case 'DataCenter':
      return ctx.loaders.catalog.dataCenter.load(id);
    case 'Plan':
      return ctx.loaders.catalog.plan.load(id);
    case 'Stack':
      return ctx.loaders.stacks.stack.load(id);
    // A quote request's id is never a right to read it: the buyer uses its token or account, vendors their own part.
    case 'QuoteRequest':
      return quoteRequestForNode(ctx, id);
    case 'VendorQuoteRequest':
      return quoteRequestForPartner(ctx, id);
    // An offer: its vendor, staff (its state, not its prices) and the account the request is tied to.
    case 'Offer':
      return offerForNode(ctx, id);
    // People, organizations, keys and deliveries are reached through `viewer`, never by id.
    case 'User':
    case 'Organization':
    case 'ApiKey':
    case 'WebhookDelivery':
    case 'WebhookEndpoint':
    case 'Attestation':
    case 'OrganizationInvitation':
      return null;
  }
}

export const coreResolvers: Resolvers = {
  Query: {
    node: async (_: unknown, args, ctx: Context) => {
      const parsed = fromGlobalId(args.id);
      if (!parsed) return null;
      const row = await loadNode(ctx, parsed.type, parsed.id);
      return row ? { ...row, __typename: parsed.type } : null;
    },
  },
};
