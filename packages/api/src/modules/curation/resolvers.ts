import { organizationsByIds, searchAuditEvents, type AuditEventRow, type OrganizationRow, type StaffArchivedRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { connectionResolvers, listConnection, pageOf, uncountedConnectionResolvers } from '../../graphql/connections.ts';
import { pageSize } from '../../graphql/cursor.ts';
import { badUserInput } from '../../graphql/errors.ts';
import { fromGlobalId, toGlobalId, type NodeType } from '../../graphql/ids.ts';
import type { QueryAuditEventsArgs, Resolvers } from '../../graphql/resolvers.generated.ts';
import { requirePartner, unauthenticated } from '../accounts/actor.ts';
import { vnd } from '../../graphql/money.ts';
import type { ListingPlanContent, OfferingFacts, OrganizationSummaryRow } from '@mayviet/db';
import { featuredOfferingIds } from '@mayviet/db';
import { loadReport } from './report.ts';
import {
  archive,
  feature,
  lift,
  organizationsConnection,
  organizationsForStaff,
  refuse,
  restore,
  reviewQueueConnection,
  reviewQueuePage,
  suspend,
  verificationItems,
  verificationQueueConnection,
  verify,
} from './service.ts';

/**
 * The type of global id the target of an event of each table has: the row targetId names, which for link
 * rows is their parent (the trigger's choice, migration 0013).
 */
const targetNodeTypes: Record<string, NodeType> = {
  vendors: 'Vendor',
  data_centers: 'DataCenter',
  offerings: 'Offering',
  offering_data_centers: 'Offering',
  featured_offerings: 'Offering',
  plans: 'Plan',
  plan_specs: 'Plan',
  vendor_quote_request_lines: 'Plan',
  attestations: 'Attestation',
  stacks: 'Stack',
  stack_items: 'Stack',
  quote_requests: 'QuoteRequest',
  vendor_quote_requests: 'VendorQuoteRequest',
  users: 'User',
  memberships: 'User',
  organizations: 'Organization',
  api_keys: 'ApiKey',
  webhook_deliveries: 'WebhookDelivery',
};

function targetNodeId(event: AuditEventRow): string | null {
  const type = targetNodeTypes[event.targetType];
  return type && event.targetId ? toGlobalId(type, event.targetId) : null;
}

/** The row id to filter on: targetId, or the database id of targetNodeId; undefined when the two disagree. */
function filteredTargetId(targetId: string | null | undefined, targetNodeId: string | null | undefined): string | null | undefined {
  if (!targetNodeId) return targetId ?? null;
  const parsed = fromGlobalId(targetNodeId);
  if (!parsed) throw badUserInput('`filter.targetNodeId` is not a global id of this API.', { argument: 'filter.targetNodeId' });
  return targetId && targetId !== parsed.id ? undefined : parsed.id;
}

/** The organization whose events the caller may read; null for staff, who read all. */
function auditReader(ctx: Context): string | null {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const staff = ctx.actor.kind === 'user' && ctx.actor.user.staff;
  return staff ? null : requirePartner(ctx.actor, 'listings:read').organizationId;
}

/** Up to `limit` events older than `beforeId` that the filter finds, newest first. */
async function auditRows(ctx: Context, organizationId: string | null, filterArgs: QueryAuditEventsArgs['filter'], beforeId: string | null, limit: number) {
  const { targetNodeId, ...filter } = filterArgs ?? {};
  const targetId = filteredTargetId(filter.targetId, targetNodeId);
  if (targetId === undefined) return [];
  return searchAuditEvents(ctx.database.db, { ...filter, targetId, organizationId, beforeId, first: limit });
}

/** Each event with its organization, the page's organizations read in one statement, not one per event. */
async function withOrganizations(ctx: Context, events: AuditEventRow[]) {
  const organizationIds = [...new Set(events.map((event) => event.organizationId).filter((id) => id !== null))];
  const organizations = await organizationsByIds(ctx.database.db, organizationIds);
  return events.map((event) => ({ ...event, organization: organizations.find((o) => o.id === event.organizationId) ?? null }));
}

async function auditEvents(ctx: Context, args: QueryAuditEventsArgs) {
  const organizationId = auditReader(ctx);
  if (args.before && !/^\d{1,18}$/.test(args.before)) throw badUserInput('`before` must be an audit event id.', { argument: 'before' });
  const first = pageSize(args.first);
  const page = pageOf(await auditRows(ctx, organizationId, args.filter, args.before ?? null, first + 1), first);
  return { events: await withOrganizations(ctx, page.rows), nextBefore: page.hasNextPage ? page.rows.at(-1)!.id : null };
}

function auditEventConnection(ctx: Context, args: Omit<QueryAuditEventsArgs, 'before'> & { after?: string | null }) {
  const organizationId = auditReader(ctx);
  return listConnection({
    sort: 'AUDIT',
    keyTypes: ['bigint'],
    args,
    read: (limit, after) => auditRows(ctx, organizationId, args.filter, after?.[0] ?? null, limit),
    keys: (event) => [event.id],
    nodes: (events) => withOrganizations(ctx, events),
  });
}

async function offeringsInOrder(ctx: Context, ids: string[]) {
  const rows = await ctx.loaders.catalog.offering.loadMany(ids);
  return rows.filter((row): row is OfferingFacts => row !== null && !(row instanceof Error));
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export const curationResolvers: Resolvers = {
  Query: {
    auditEvents: (_: unknown, args, ctx: Context) => auditEvents(ctx, args),
    auditEventsConnection: (_: unknown, { filter, first, after }, ctx: Context) => auditEventConnection(ctx, { filter, first, after }),
    reviewQueue: (_: unknown, { kind, vendorSlug, minAgeDays, first, after }, ctx: Context) =>
      reviewQueuePage(ctx, { kind, vendorSlug, minAgeDays, first, after }),
    reviewQueueConnection: (_: unknown, { kind, vendorSlug, minAgeDays, first, after }, ctx: Context) =>
      reviewQueueConnection(ctx, { kind, vendorSlug, minAgeDays, first, after }),
    verificationQueue: (_: unknown, args, ctx: Context) => verificationItems(ctx, args.first),
    verificationQueueConnection: (_: unknown, { first, after }, ctx: Context) => verificationQueueConnection(ctx, { first, after }),
    organizations: (_: unknown, __: unknown, ctx: Context) => organizationsForStaff(ctx),
    organizationsConnection: (_: unknown, { first, after }, ctx: Context) => organizationsConnection(ctx, { first, after }),
    ecosystemReport: (_: unknown, __: unknown, ctx: Context) => loadReport(ctx),
    featuredOfferings: async (_: unknown, __: unknown, ctx: Context) => offeringsInOrder(ctx, await featuredOfferingIds(ctx.database.db)),
  },
  Mutation: {
    verifyAttestation: (_: unknown, args, ctx: Context) => verify(ctx, args.input),
    refuseAttestation: (_: unknown, args, ctx: Context) => refuse(ctx, args),
    suspendOrganization: (_: unknown, args, ctx: Context) => suspend(ctx, args),
    liftSuspension: (_: unknown, args, ctx: Context) => lift(ctx, args),
    archiveListing: (_: unknown, args, ctx: Context) => archive(ctx, args),
    restoreListing: (_: unknown, args, ctx: Context) => restore(ctx, args),
    setFeaturedOfferings: (_: unknown, args, ctx: Context) => feature(ctx, args),
  },
  AuditEventConnection: uncountedConnectionResolvers,
  ReviewItemConnection: connectionResolvers,
  VerificationItemConnection: connectionResolvers,
  OrganizationSummaryConnection: connectionResolvers,
  FeaturedPayload: {
    offerings: (payload: { offeringIds: string[] }, _: unknown, ctx: Context) => offeringsInOrder(ctx, payload.offeringIds),
  },
  VerificationItem: {
    vendor: async (item: { vendorId: string }, _: unknown, ctx: Context) => (await ctx.loaders.catalog.vendor.load(item.vendorId))!,
  },
  OrganizationSummary: {
    organization: (row: OrganizationSummaryRow & { organization: OrganizationRow }) => row.organization,
  },
  StaffArchivedListing: {
    offering: async (row: StaffArchivedRow, _: unknown, ctx: Context) => (await ctx.loaders.listings.listing.load(row.offeringId))!,
  },
  CategoryPriceRange: {
    min: (range: { min: string }) => vnd(range.min),
    median: (range: { median: string }) => vnd(range.median),
    max: (range: { max: string }) => vnd(range.max),
  },
  PlanSnapshot: {
    price: (plan: ListingPlanContent) => vnd(plan.price),
  },
  AuditEvent: {
    targetNodeId,
    organization: (row: AuditEventRow & { organization: OrganizationRow | null }) => row.organization,
    before: (row: AuditEventRow) => json(row.before),
    after: (row: AuditEventRow) => json(row.after),
  },
};
