import { buyerOfQuoteRequest, membersOfVendor, offersOfShares, type LockedShareRow, type OfferRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { toGlobalId } from '../../graphql/ids.ts';
import { vnd } from '../../graphql/money.ts';
import { queueMail } from '../mail/outbox.ts';
import { queueEvent } from '../partners/webhooks.ts';
import { shareStatus } from './status.ts';

// What an offer's steps tell, queued in the step's transaction: webhooks to the vendor's organization,
// mail to the buyer or to the vendor's members. Logs name ids, never people.

/** How the vendor's own side changed its share, as QUOTE_REQUEST_UPDATED says. */
export type ShareChange = 'OFFER_MADE' | 'OFFER_REPLACED' | 'OFFER_WITHDRAWN' | 'VENDOR_DECLINED';

async function vendorName(ctx: Context, vendorId: string): Promise<string> {
  const vendor = await ctx.loaders.catalog.vendor.load(vendorId);
  if (!vendor) throw new Error(`vendor ${vendorId} of an offer is missing`);
  return vendor.name;
}

/** Tells every integration of the vendor's organization that its share changed by its own side. */
export async function notifyShareChanged(ctx: Context, share: LockedShareRow, change: ShareChange): Promise<void> {
  const offers = await offersOfShares(ctx.database.db, [share.id]);
  const status = shareStatus({ seenAt: share.seenAt ?? new Date(), declinedAt: change === 'VENDOR_DECLINED' ? new Date() : null }, offers);
  const payload = {
    event: 'QUOTE_REQUEST_UPDATED',
    quoteRequest: { id: toGlobalId('VendorQuoteRequest', share.id), reference: share.reference, status },
    change,
  };
  await queueEvent(ctx.database, 'QUOTE_REQUEST_UPDATED', [{ vendorId: share.vendorId, payload }], ctx.log);
}

/** The buyer's mail: to the account the request is tied to, in its language, else to the contact it gave, in Vietnamese. */
async function mailBuyer(
  ctx: Context,
  quoteRequestId: string,
  message: (recipient: { name: string; path: string | null }) => Parameters<typeof queueMail>[2],
): Promise<void> {
  const buyer = await buyerOfQuoteRequest(ctx.database.db, quoteRequestId);
  if (!buyer) return;
  if (buyer.buyerUserId && buyer.userEmail) {
    const to = { address: buyer.userEmail, name: buyer.userName, language: buyer.userLanguage ?? 'VI', userId: buyer.buyerUserId, quoteRequestId } as const;
    await queueMail(ctx, [to], message({ name: buyer.userName ?? '', path: `/account/requests/${toGlobalId('QuoteRequest', quoteRequestId)}` }));
  } else if (buyer.contactEmail) {
    const to = { address: buyer.contactEmail, name: buyer.contactName, language: 'VI', quoteRequestId } as const;
    await queueMail(ctx, [to], message({ name: buyer.contactName ?? '', path: null }));
  }
}

/** The buyer hears of a new offer. */
export async function mailNewOffer(ctx: Context, share: LockedShareRow, offer: OfferRow): Promise<void> {
  const name = await vendorName(ctx, offer.vendorId);
  await mailBuyer(ctx, offer.quoteRequestId, (to) => ({
    template: 'NEW_OFFER',
    name: to.name,
    reference: share.reference,
    vendorName: name,
    monthlyTotal: BigInt(offer.monthlyTotal),
    oneTimeTotal: BigInt(offer.oneTimeTotal),
    validUntil: offer.validUntil,
    path: to.path,
  }));
}

/** The buyer hears that a vendor makes no offer. */
export async function mailVendorDeclined(ctx: Context, share: LockedShareRow, reason: string | null): Promise<void> {
  const name = await vendorName(ctx, share.vendorId);
  await mailBuyer(ctx, share.quoteRequestId, (to) => ({ template: 'VENDOR_DECLINED', name: to.name, reference: share.reference, vendorName: name, reason, path: to.path }));
}

/** The OFFER_ACCEPTED / OFFER_DECLINED webhook payload (the audit trail strips offer.{lines,terms,monthlyTotal,oneTimeTotal}). */
export function decisionPayload(offer: OfferRow, share: LockedShareRow, event: 'OFFER_ACCEPTED' | 'OFFER_DECLINED') {
  return {
    event,
    offer: {
      id: toGlobalId('Offer', offer.id),
      status: offer.status,
      monthlyTotal: vnd(offer.monthlyTotal),
      oneTimeTotal: vnd(offer.oneTimeTotal),
      validUntil: offer.validUntil.toISOString(),
      lines: offer.lines.map((line) => ({ planId: toGlobalId('Plan', line.planId), quantity: line.quantity, unitPrice: vnd(line.unitPrice) })),
    },
    quoteRequest: { id: toGlobalId('VendorQuoteRequest', share.id), reference: share.reference },
  };
}

/** The vendor hears the buyer's decision: a webhook to its organization, mail to its members. */
export async function notifyDecision(ctx: Context, share: LockedShareRow, offer: OfferRow): Promise<void> {
  const event = offer.status === 'ACCEPTED' ? 'OFFER_ACCEPTED' : 'OFFER_DECLINED';
  await queueEvent(ctx.database, event, [{ vendorId: offer.vendorId, payload: decisionPayload(offer, share, event) }], ctx.log);
  const name = await vendorName(ctx, offer.vendorId);
  for (const member of await membersOfVendor(ctx.database.db, offer.vendorId)) {
    const to = { address: member.email, name: member.name, language: member.language, userId: member.userId };
    const common = { name: member.name, reference: share.reference, vendorName: name, path: '/console/quotes' };
    await queueMail(
      ctx,
      [to],
      event === 'OFFER_ACCEPTED'
        ? { template: 'OFFER_ACCEPTED', ...common, monthlyTotal: BigInt(offer.monthlyTotal), oneTimeTotal: BigInt(offer.oneTimeTotal) }
        : { template: 'OFFER_DECLINED', ...common },
    );
  }
}
