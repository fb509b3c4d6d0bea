import type { OfferRow, QuoteRequestRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import type { OfferedEstimateLineParent, OfferedEstimateParent } from '../../graphql/resolver-parents.ts';
import { vatOf, vatPercent } from '../stacks/evaluator.ts';
import { lineCosts, listUnitPriceOf } from './pricing.ts';
import { isOpenOffer } from './status.ts';

// A request's stack at the prices it now has: each vendor's accepted offer, else its open one, else the
// request's own lines at the list prices they were sent with. VAT is the stack evaluator's.

/** Every offer on a request, newest first (for the buyer and staff: callers check who asks). */
export function offersOfQuoteRequest(ctx: Context, quoteRequestId: string): Promise<OfferRow[]> {
  return ctx.loaders.offers.ofQuoteRequest.load(quoteRequestId);
}

/** The offer a vendor's share is priced at now: its accepted offer, else its open unexpired one; null for none. */
export function offerInForce(offers: readonly OfferRow[], shareId: string, now = new Date()): OfferRow | null {
  const ofShare = offers.filter((offer) => offer.vendorQuoteRequestId === shareId);
  return ofShare.find((offer) => offer.status === 'ACCEPTED') ?? ofShare.find((offer) => isOpenOffer(offer, now)) ?? null;
}

async function listLines(ctx: Context, share: { id: string; vendorId: string }): Promise<OfferedEstimateLineParent[]> {
  const lines = await ctx.loaders.stacks.vendorQuoteLines.load(share.id);
  return Promise.all(
    lines.map(async (line) => {
      const plan = await ctx.loaders.stacks.anyPlan.load(line.planId);
      if (!plan) throw new Error(`plan ${line.planId} of a quote line is missing`);
      const listUnitPrice = listUnitPriceOf(plan.unit, line);
      return {
        vendorId: share.vendorId,
        planId: line.planId,
        quantity: line.quantity,
        unit: plan.unit,
        listUnitPrice,
        unitPrice: listUnitPrice,
        offer: null,
        monthlyCost: BigInt(line.monthlyPrice) * BigInt(line.quantity),
        oneTimeCost: BigInt(line.oneTimePrice) * BigInt(line.quantity),
      };
    }),
  );
}

function offeredLines(offer: OfferRow): OfferedEstimateLineParent[] {
  return offer.lines.map((line) => ({
    vendorId: offer.vendorId,
    planId: line.planId,
    quantity: line.quantity,
    unit: line.unit,
    listUnitPrice: BigInt(line.listUnitPrice),
    unitPrice: BigInt(line.unitPrice),
    offer,
    ...lineCosts(line.unit, BigInt(line.unitPrice), line.quantity),
  }));
}

/** The request's stack at the offered prices, with its VAT and its totals at the list prices. */
export async function offeredEstimate(ctx: Context, request: QuoteRequestRow): Promise<OfferedEstimateParent> {
  const [parts, offers] = await Promise.all([ctx.loaders.stacks.partsOfQuoteRequest.load(request.id), offersOfQuoteRequest(ctx, request.id)]);
  const now = new Date();
  const perShare = await Promise.all(
    parts.map((part) => {
      const offer = offerInForce(offers, part.id, now);
      return offer ? offeredLines(offer) : listLines(ctx, part);
    }),
  );
  const lines = perShare.flat();
  const monthlyTotal = lines.reduce((sum, line) => sum + line.monthlyCost, 0n);
  const oneTimeTotal = lines.reduce((sum, line) => sum + line.oneTimeCost, 0n);
  const basisPoints = ctx.settings.vatBasisPoints;
  const vat = vatOf(monthlyTotal, basisPoints);
  const oneTimeVat = vatOf(oneTimeTotal, basisPoints);
  const listMonthlyTotal = parts.reduce((sum, part) => sum + BigInt(part.monthlySubtotal), 0n);
  const listOneTimeTotal = parts.reduce((sum, part) => sum + BigInt(part.oneTimeSubtotal), 0n);
  return {
    lines,
    monthlyTotal,
    oneTimeTotal,
    firstYearTotal: 12n * monthlyTotal + oneTimeTotal,
    vatRate: vatPercent(basisPoints),
    vat,
    totalWithVat: monthlyTotal + vat,
    oneTimeVat,
    oneTimeTotalWithVat: oneTimeTotal + oneTimeVat,
    firstYearVat: 12n * vat + oneTimeVat,
    firstYearTotalWithVat: 12n * monthlyTotal + oneTimeTotal + 12n * vat + oneTimeVat,
    listMonthlyTotal,
    listOneTimeTotal,
    listFirstYearTotal: 12n * listMonthlyTotal + listOneTimeTotal,
  };
}
