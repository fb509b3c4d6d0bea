import {
  anyVendorQuoteRequestsByIds,
  countDeliveries,
  countQuoteInbox,
  deliveriesOfOrganization,
  deliveryPage,
  eraseQuoteRequestedPayloads,
  listingEventFacts,
  planEventFacts,
  quoteInbox,
  setQuoteHandled,
  vendorPartsOfQuoteRequest,
  vendorQuoteLines,
  vendorQuoteRequestsByIds,
  type VendorQuoteRequestRow,
  type WebhookDeliveryRow,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { emptyConnection, listConnection, type Connection } from '../../graphql/connections.ts';
import { pageSize } from '../../graphql/cursor.ts';
import { badUserInput } from '../../graphql/errors.ts';
import { expectGlobalId, fromGlobalId, toGlobalId } from '../../graphql/ids.ts';
import { vnd } from '../../graphql/money.ts';
import { userError, type UserError } from '../../graphql/user-errors.ts';
import { liveOnly, requirePartner, type PartnerScope } from '../accounts/actor.ts';
import { stampSeen } from '../offers/seen.ts';
import { listingPayload } from './payloads.ts';
import { queueEvent } from './webhooks.ts';

const inboxSort = 'INBOX';

/** The caller's quote requests, newest first; only ever its own vendor's. */
export function quoteInboxConnection(
  ctx: Context,
  args: { first?: number | null; after?: string | null; handled?: boolean | null },
): Connection<VendorQuoteRequestRow> {
  const scope = requirePartner(ctx.actor, 'quotes:read');
  // Test mode never shows real buyers' requests.
  if (scope.sandboxKeyId) return emptyConnection();
  const handled = args.handled ?? null;
  return listConnection({
    sort: inboxSort,
    keyTypes: ['timestamptz', 'uuid'],
    args,
    read: async (limit, after) => {
      const rows = await quoteInbox(ctx.database.db, scope.vendorId, { first: limit, after: after && { createdAt: after[0]!, id: after[1]! }, handled });
      await stampSeen(ctx, rows);
      return rows;
    },
    keys: (row) => [row.position, row.id],
    count: () => countQuoteInbox(ctx.database.db, scope.vendorId, handled),
  });
}

/** The partner scope of a caller who may read its organization's quote requests and their contacts (never a TEST key); null otherwise. */
function quoteReader(ctx: Context): PartnerScope | null {
  try {
    return liveOnly(requirePartner(ctx.actor, 'quotes:read'));
  } catch {
    return null;
  }
}

/**
 * A vendor's part of a quote request by id, for the vendor it was addressed to (with quotes:read) and for
 * staff; anyone else gets null, as for a missing one.
 */
export async function quoteRequestForPartner(ctx: Context, id: string): Promise<VendorQuoteRequestRow | null> {
  if (ctx.actor.kind === 'user' && ctx.actor.user.staff) return (await anyVendorQuoteRequestsByIds(ctx.database.db, [id]))[0] ?? null;
  const scope = quoteReader(ctx);
  if (!scope) return null;
  const [row] = await vendorQuoteRequestsByIds(ctx.database.db, scope.vendorId, [id]);
  if (row) await stampSeen(ctx, [row]);
  return row ?? null;
}

/**
 * What vendors read in place of an erased contact: the fields stay strings, as their integrations expect,
 * and the address is one that can never receive mail (RFC 2606 reserves .invalid).
 */
export const erasedContact = { contactName: '(erased)', contactEmail: 'erased@erased.invalid' } as const;

const contactKeys = ['contactName', 'contactEmail', 'organization', 'message'] as const;

const offerPriceKeys = ['lines', 'monthlyTotal', 'oneTimeTotal', 'terms'] as const;

/**
 * A delivery's payload as this caller may read it: the buyer's contact in a QUOTE_REQUESTED event, and an
 * offer's prices in an OFFER_ACCEPTED or OFFER_DECLINED one, only for a member of the organization or a key
 * with quotes:read; others get the event without them.
 */
export function deliveryPayloadFor(ctx: Context, delivery: WebhookDeliveryRow): unknown {
  const payload = delivery.payload as { quoteRequest?: Record<string, unknown>; offer?: Record<string, unknown> };
  const without = (record: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
  const offerEvent = delivery.event === 'OFFER_ACCEPTED' || delivery.event === 'OFFER_DECLINED';
  if (quoteReader(ctx)?.organizationId === delivery.organizationId) return payload;
  if (offerEvent && payload.offer) return { ...payload, offer: without(payload.offer, offerPriceKeys) };
  if (delivery.event === 'QUOTE_REQUESTED' && payload.quoteRequest) return { ...payload, quoteRequest: without(payload.quoteRequest, contactKeys) };
  return payload;
}

/** Erases the contact from the QUOTE_REQUESTED payloads vendors received for a request; returns how many. */
export async function eraseQuoteRequestedCopies(ctx: Context, quoteRequestId: string, erasedAt: Date): Promise<number> {
  const parts = await vendorPartsOfQuoteRequest(ctx.database.db, quoteRequestId);
  return eraseQuoteRequestedPayloads(
    ctx.database.db,
    quoteRequestId,
    parts.map((part) => toGlobalId('VendorQuoteRequest', part.id)),
    { ...erasedContact, organization: null, message: null, contactErasedAt: erasedAt.toISOString() },
  );
}

export async function markQuoteHandled(
  ctx: Context,
  input: { id: string; handled?: boolean | null },
): Promise<{ quoteRequest: VendorQuoteRequestRow | null; userErrors: UserError[] }> {
  const scope = liveOnly(requirePartner(ctx.actor, 'quotes:read'));
  const parsed = fromGlobalId(input.id);
  const row = scope && parsed?.type === 'VendorQuoteRequest' ? await setQuoteHandled(ctx.database.db, scope.vendorId, parsed.id, input.handled ?? true) : null;
  if (!row) return { quoteRequest: null, userErrors: [userError(['input', 'id'], 'NOT_FOUND', 'Your organization received no quote request with this id.')] };
  await stampSeen(ctx, [row]);
  return { quoteRequest: row, userErrors: [] };
}

/** Whether the caller acts for the organization: one of its members or its keys. */
function actsFor(ctx: Context, organizationId: string): boolean {
  const actor = ctx.actor;
  return (
    (actor.kind === 'user' && actor.memberships.some((m) => m.organizationId === organizationId)) ||
    (actor.kind === 'apiKey' && actor.organizationId === organizationId)
  );
}

/** The organization's deliveries, for its members. */
export async function deliveriesForMember(ctx: Context, organizationId: string, args: { first: number; before?: string | null }): Promise<WebhookDeliveryRow[]> {
  if (!actsFor(ctx, organizationId)) return [];
  const before = args.before ? expectGlobalId(args.before, 'WebhookDelivery', '`before`') : null;
  const rows = await deliveriesOfOrganization(ctx.database.db, organizationId, pageSize(args.first, 100), before);
  if (rows === null) throw badUserInput('`before` is not one of this organization’s webhook deliveries.', { argument: 'before' });
  return rows;
}

const deliverySort = 'DELIVERIES';

/** The organization's deliveries, newest first, for its members; empty for anyone else. */
export function deliveryConnection(
  ctx: Context,
  organizationId: string,
  args: { first?: number | null; after?: string | null },
): Connection<WebhookDeliveryRow> {
  if (!actsFor(ctx, organizationId)) return emptyConnection();
  return listConnection({
    sort: deliverySort,
    keyTypes: ['timestamptz', 'uuid'],
    args,
    read: (limit, after) => deliveryPage(ctx.database.db, organizationId, { first: limit, after: after && { createdAt: after[0]!, id: after[1]! } }),
    keys: (row) => [row.position, row.id],
    count: () => countDeliveries(ctx.database.db, organizationId),
  });
}

/**
 * After a quote request is stored: tells each vendor in it, with its own part only; each line names its
 * plan, offering and unit beside the amounts.
 */
export async function notifyQuoteRequested(ctx: Context, quoteRequestId: string): Promise<void> {
  const parts = await vendorPartsOfQuoteRequest(ctx.database.db, quoteRequestId);
  const allLines = await vendorQuoteLines(ctx.database.db, parts.map((part) => part.id));
  const plans = await planEventFacts(ctx.database.db, [...new Set(allLines.map((line) => line.planId))]);
  const deliveries = await Promise.all(
    parts.map(async (part) => {
      const [row] = await vendorQuoteRequestsByIds(ctx.database.db, part.vendorId, [part.id]);
      const lines = allLines.filter((line) => line.vendorQuoteRequestId === part.id);
      return {
        vendorId: part.vendorId,
        payload: {
          event: 'QUOTE_REQUESTED',
          quoteRequest: {
            id: toGlobalId('VendorQuoteRequest', part.id),
            reference: row!.reference,
            contactName: row!.contactName,
            contactEmail: row!.contactEmail,
            organization: row!.organization,
            message: row!.message,
            monthlySubtotal: vnd(row!.monthlySubtotal),
            oneTimeSubtotal: vnd(row!.oneTimeSubtotal),
            lines: lines.map((line) => {
              const plan = plans.find((p) => p.planId === line.planId)!;
              return {
                planId: toGlobalId('Plan', line.planId),
                planName: plan.planName,
                offering: { id: toGlobalId('Offering', plan.offeringId), name: plan.offeringName, slug: plan.offeringSlug },
                unit: plan.unit,
                unitPrice: vnd(plan.price),
                quantity: line.quantity,
                monthlyPrice: vnd(line.monthlyPrice),
                oneTimePrice: vnd(line.oneTimePrice),
                monthlyCost: vnd(BigInt(line.monthlyPrice) * BigInt(line.quantity)),
                oneTimeCost: vnd(BigInt(line.oneTimePrice) * BigInt(line.quantity)),
              };
            }),
            createdAt: row!.createdAt.toISOString(),
          },
        },
      };
    }),
  );
  await queueEvent(ctx.database, 'QUOTE_REQUESTED', deliveries, ctx.log);
}

/** After staff approve or reject a listing (or its edit): tells its organization. */
export async function notifyListingDecision(
  ctx: Context,
  decision: { vendorId: string; offeringId: string; slug: string; approved: boolean; reason: string | null; revision: boolean; sandbox?: boolean },
): Promise<void> {
  const listing = await listingEventFacts(ctx.database.db, decision.offeringId);
  await queueEvent(
    ctx.database,
    decision.approved ? 'LISTING_APPROVED' : 'LISTING_REJECTED',
    [
      {
        vendorId: decision.vendorId,
        payload: {
          event: decision.approved ? 'LISTING_APPROVED' : 'LISTING_REJECTED',
          offering: listing ? listingPayload(listing) : { id: toGlobalId('Offering', decision.offeringId), slug: decision.slug },
          revision: decision.revision,
          reason: decision.reason,
          decidedAt: new Date().toISOString(),
          // a TEST key's simulated review of its sandbox listing: an approved one stays unpublished
          ...(decision.sandbox ? { sandbox: true } : {}),
        },
      },
    ],
    ctx.log,
    { test: decision.sandbox ?? false },
  );
}
