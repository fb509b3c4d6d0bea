import type { OfferRow, QuoteRequestPartRow, QuoteRequestRow, VendorQuoteRequestRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { toGlobalId } from '../../graphql/ids.ts';
import { vnd } from '../../graphql/money.ts';
import type { OfferedEstimateLineParent, OfferedEstimateParent, OfferLineParent } from '../../graphql/resolver-parents.ts';
import type { Resolvers } from '../../graphql/resolvers.generated.ts';
import { forbidden } from '../accounts/actor.ts';
import { quoteRequestForPartner } from '../partners/service.ts';
import { checkPricesReadable, isPartnerCaller, offerReader } from './access.ts';
import { acceptOffer, declineOffer } from './decisions.ts';
import { offeredEstimate, offersOfQuoteRequest } from './estimate.ts';
import { lineCosts } from './pricing.ts';
import { declineQuoteRequest, makeOffer, withdrawOffer } from './service.ts';
import { offerStatus, shareStatus } from './status.ts';

async function anyPlan(ctx: Context, planId: string) {
  const plan = await ctx.loaders.stacks.anyPlan.load(planId);
  if (!plan) throw new Error(`plan ${planId} of an offer is missing`);
  return plan;
}

async function vendorOf(ctx: Context, vendorId: string) {
  const vendor = await ctx.loaders.catalog.vendor.load(vendorId);
  if (!vendor) throw new Error(`vendor ${vendorId} of an offer is missing`);
  return vendor;
}

/** A price field: the buyer and the offering vendor read it; staff and other partners get FORBIDDEN. */
const priced =
  <T>(read: (offer: OfferRow) => T) =>
  (offer: OfferRow, _: unknown, ctx: Context): T => {
    checkPricesReadable(ctx, offer);
    return read(offer);
  };

const lineCost = (view: OfferLineParent, price: 'unitPrice' | 'listUnitPrice') => lineCosts(view.line.unit, BigInt(view.line[price]), view.line.quantity);

export const offerResolvers: Resolvers = {
  Mutation: {
    makeOffer: (_: unknown, args, ctx: Context) => makeOffer(ctx, args.input),
    withdrawOffer: (_: unknown, args, ctx: Context) => withdrawOffer(ctx, args.id),
    declineQuoteRequest: (_: unknown, args, ctx: Context) => declineQuoteRequest(ctx, args.input),
    acceptOffer: (_: unknown, args, ctx: Context) => acceptOffer(ctx, args.id, args.accessToken),
    declineOffer: (_: unknown, args, ctx: Context) => declineOffer(ctx, args.id, args.accessToken),
  },
  Offer: {
    id: (offer: OfferRow) => toGlobalId('Offer', offer.id),
    vendor: (offer: OfferRow, _: unknown, ctx: Context) => vendorOf(ctx, offer.vendorId),
    quoteRequest: async (offer: OfferRow, _: unknown, ctx: Context) => {
      if (isPartnerCaller(ctx)) throw forbidden('A vendor reads its own share of the request: Offer.vendorQuoteRequest.');
      const request = await ctx.loaders.stacks.quoteRequest.load(offer.quoteRequestId);
      if (!request) throw new Error(`quote request ${offer.quoteRequestId} of an offer is missing`);
      return request;
    },
    vendorQuoteRequest: (offer: OfferRow, _: unknown, ctx: Context) =>
      offerReader(ctx)?.vendorId === offer.vendorId ? quoteRequestForPartner(ctx, offer.vendorQuoteRequestId) : null,
    lines: priced((offer) => offer.lines.map((line) => ({ line, offer }))),
    monthlyTotal: priced((offer) => vnd(offer.monthlyTotal)),
    oneTimeTotal: priced((offer) => vnd(offer.oneTimeTotal)),
    firstYearTotal: priced((offer) => vnd(12n * BigInt(offer.monthlyTotal) + BigInt(offer.oneTimeTotal))),
    listMonthlyTotal: priced((offer) => vnd(offer.listMonthlyTotal)),
    listOneTimeTotal: priced((offer) => vnd(offer.listOneTimeTotal)),
    terms: priced((offer) => offer.terms),
    status: (offer: OfferRow) => offerStatus(offer),
    supersededBy: (offer: OfferRow, _: unknown, ctx: Context) => (offer.supersededById ? ctx.loaders.offers.offer.load(offer.supersededById) : null),
  },
  OfferLine: {
    plan: (view: OfferLineParent, _: unknown, ctx: Context) => anyPlan(ctx, view.line.planId),
    offering: async (view: OfferLineParent, _: unknown, ctx: Context) => (await anyPlan(ctx, view.line.planId)).offering,
    quantity: (view: OfferLineParent) => view.line.quantity,
    unitPrice: (view: OfferLineParent) => vnd(view.line.unitPrice),
    listUnitPrice: (view: OfferLineParent) => vnd(view.line.listUnitPrice),
    monthlyCost: (view: OfferLineParent) => vnd(lineCost(view, 'unitPrice').monthlyCost),
    oneTimeCost: (view: OfferLineParent) => vnd(lineCost(view, 'unitPrice').oneTimeCost),
    listMonthlyCost: (view: OfferLineParent) => vnd(lineCost(view, 'listUnitPrice').monthlyCost),
    listOneTimeCost: (view: OfferLineParent) => vnd(lineCost(view, 'listUnitPrice').oneTimeCost),
  },
  OfferedEstimate: {
    lines: (estimate: OfferedEstimateParent) => estimate.lines,
    monthlyTotal: (estimate: OfferedEstimateParent) => vnd(estimate.monthlyTotal),
    oneTimeTotal: (estimate: OfferedEstimateParent) => vnd(estimate.oneTimeTotal),
    firstYearTotal: (estimate: OfferedEstimateParent) => vnd(estimate.firstYearTotal),
    vat: (estimate: OfferedEstimateParent) => vnd(estimate.vat),
    totalWithVat: (estimate: OfferedEstimateParent) => vnd(estimate.totalWithVat),
    oneTimeVat: (estimate: OfferedEstimateParent) => vnd(estimate.oneTimeVat),
    oneTimeTotalWithVat: (estimate: OfferedEstimateParent) => vnd(estimate.oneTimeTotalWithVat),
    firstYearVat: (estimate: OfferedEstimateParent) => vnd(estimate.firstYearVat),
    firstYearTotalWithVat: (estimate: OfferedEstimateParent) => vnd(estimate.firstYearTotalWithVat),
    listMonthlyTotal: (estimate: OfferedEstimateParent) => vnd(estimate.listMonthlyTotal),
    listOneTimeTotal: (estimate: OfferedEstimateParent) => vnd(estimate.listOneTimeTotal),
    listFirstYearTotal: (estimate: OfferedEstimateParent) => vnd(estimate.listFirstYearTotal),
  },
  OfferedEstimateLine: {
    vendor: (line: OfferedEstimateLineParent, _: unknown, ctx: Context) => vendorOf(ctx, line.vendorId),
    plan: (line: OfferedEstimateLineParent, _: unknown, ctx: Context) => anyPlan(ctx, line.planId),
    listUnitPrice: (line: OfferedEstimateLineParent) => vnd(line.listUnitPrice),
    unitPrice: (line: OfferedEstimateLineParent) => vnd(line.unitPrice),
    monthlyCost: (line: OfferedEstimateLineParent) => vnd(line.monthlyCost),
    oneTimeCost: (line: OfferedEstimateLineParent) => vnd(line.oneTimeCost),
  },
  QuoteRequest: {
    offers: (request: QuoteRequestRow, _: unknown, ctx: Context) => offersOfQuoteRequest(ctx, request.id),
    offeredEstimate: (request: QuoteRequestRow, _: unknown, ctx: Context) => {
      if (ctx.actor.kind === 'user' && ctx.actor.user.staff) throw forbidden('Association staff do not read the prices vendors offered.');
      return offeredEstimate(ctx, request);
    },
  },
  QuoteRequestPart: {
    status: async (part: QuoteRequestPartRow, _: unknown, ctx: Context) => {
      const [state, offers] = await Promise.all([ctx.loaders.offers.shareState.load(part.id), ctx.loaders.offers.ofShare.load(part.id)]);
      return shareStatus(state ?? { seenAt: null, declinedAt: null }, offers);
    },
  },
  VendorQuoteRequest: {
    status: async (row: VendorQuoteRequestRow, _: unknown, ctx: Context) => shareStatus(row, await ctx.loaders.offers.ofShare.load(row.id)),
    offers: async (row: VendorQuoteRequestRow, _: unknown, ctx: Context) =>
      (await ctx.loaders.offers.ofShare.load(row.id)).filter((offer) => offer.vendorId === row.vendorId),
  },
};
