import type { OrganizationRow, VendorQuoteLineRow, VendorQuoteRequestRow, WebhookDeliveryRow, WebhookEndpointRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { connectionResolvers } from '../../graphql/connections.ts';
import { toGlobalId } from '../../graphql/ids.ts';
import { vnd } from '../../graphql/money.ts';
import type { Resolvers } from '../../graphql/resolvers.generated.ts';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  endpointDeliveries,
  endpointsForOwner,
  pingWebhookEndpoint,
  redeliverWebhook,
  rotateWebhookSecret,
  setOrganizationWebhook,
  updateWebhookEndpoint,
} from './endpoints.ts';
import { deliveriesForMember, deliveryConnection, deliveryPayloadFor, erasedContact, markQuoteHandled, quoteInboxConnection } from './service.ts';

async function anyPlan(ctx: Context, planId: string) {
  const plan = await ctx.loaders.stacks.anyPlan.load(planId);
  if (!plan) throw new Error(`plan ${planId} of a quote line is missing`);
  return plan;
}

export const partnerResolvers: Resolvers = {
  Query: {
    quoteInbox: (_: unknown, { first, after, handled }, ctx: Context) =>
      quoteInboxConnection(ctx, { first, after, handled }),
  },
  Mutation: {
    setWebhook: (_: unknown, args, ctx: Context) => setOrganizationWebhook(ctx, args.input),
    markQuoteHandled: (_: unknown, args, ctx: Context) => markQuoteHandled(ctx, args.input),
    createWebhookEndpoint: (_: unknown, args, ctx: Context) => createWebhookEndpoint(ctx, args.input),
    updateWebhookEndpoint: (_: unknown, args, ctx: Context) => updateWebhookEndpoint(ctx, args.input),
    deleteWebhookEndpoint: (_: unknown, args, ctx: Context) => deleteWebhookEndpoint(ctx, args.input),
    rotateWebhookSecret: (_: unknown, args, ctx: Context) => rotateWebhookSecret(ctx, args.input),
    pingWebhookEndpoint: (_: unknown, args, ctx: Context) => pingWebhookEndpoint(ctx, args.input),
    redeliverWebhook: (_: unknown, args, ctx: Context) => redeliverWebhook(ctx, args.input),
  },
  VendorQuoteRequestConnection: connectionResolvers,
  VendorQuoteRequest: {
    id: (row: VendorQuoteRequestRow) => toGlobalId('VendorQuoteRequest', row.id),
    contactName: (row: VendorQuoteRequestRow) => row.contactName ?? erasedContact.contactName,
    contactEmail: (row: VendorQuoteRequestRow) => row.contactEmail ?? erasedContact.contactEmail,
    lines: (row: VendorQuoteRequestRow, _: unknown, ctx: Context) => ctx.loaders.stacks.vendorQuoteLines.load(row.id),
    monthlySubtotal: (row: VendorQuoteRequestRow) => vnd(row.monthlySubtotal),
    oneTimeSubtotal: (row: VendorQuoteRequestRow) => vnd(row.oneTimeSubtotal),
  },
  VendorQuoteLine: {
    plan: (line: VendorQuoteLineRow, _: unknown, ctx: Context) => anyPlan(ctx, line.planId),
    offering: async (line: VendorQuoteLineRow, _: unknown, ctx: Context) => (await anyPlan(ctx, line.planId)).offering,
    monthlyPrice: (line: VendorQuoteLineRow) => vnd(line.monthlyPrice),
    monthlyCost: (line: VendorQuoteLineRow) => vnd(BigInt(line.monthlyPrice) * BigInt(line.quantity)),
    oneTimePrice: (line: VendorQuoteLineRow) => vnd(line.oneTimePrice),
    oneTimeCost: (line: VendorQuoteLineRow) => vnd(BigInt(line.oneTimePrice) * BigInt(line.quantity)),
  },
  WebhookDelivery: {
    id: (row: WebhookDeliveryRow) => toGlobalId('WebhookDelivery', row.id),
    payload: (row: WebhookDeliveryRow, _: unknown, ctx: Context) => JSON.stringify(deliveryPayloadFor(ctx, row)),
    endpoint: (row: WebhookDeliveryRow, _: unknown, ctx: Context) => (row.endpointId ? ctx.loaders.webhooks.endpoint.load(row.endpointId) : null),
    redeliveryOf: (row: WebhookDeliveryRow, _: unknown, ctx: Context) => (row.redeliveryOfId ? ctx.loaders.webhooks.delivery.load(row.redeliveryOfId) : null),
  },
  WebhookEndpoint: {
    id: (row: WebhookEndpointRow) => toGlobalId('WebhookEndpoint', row.id),
    deliveries: (row: WebhookEndpointRow, { first, after }, ctx: Context) => endpointDeliveries(ctx, row, { first, after }),
  },
  Organization: {
    webhookDeliveries: (organization: OrganizationRow, { first, before }, ctx: Context) =>
      deliveriesForMember(ctx, organization.id, { first, before }),
    webhookDeliveriesConnection: (organization: OrganizationRow, { first, after }, ctx: Context) =>
      deliveryConnection(ctx, organization.id, { first, after }),
    webhookEndpoints: (organization: OrganizationRow, _: unknown, ctx: Context) => endpointsForOwner(ctx, organization),
  },
  WebhookDeliveryConnection: connectionResolvers,
};
