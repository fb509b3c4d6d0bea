// What a request's procurement record holds, gathered once for the CSV and the printable page: the request,
// the search that led to its stack, its lines at list prices, every vendor's share and offers, the totals.
// Prices and totals are the offers module's (offeredEstimate, lineCosts); nothing is priced here.
import type { BillingUnit, OfferRow, QuoteRequestRow, StackPlanRow } from '@mayviet/db';
import type { Context } from '../../../context.ts';
import { toGlobalId } from '../../../graphql/ids.ts';
import { storedCatalogSearch, type CatalogSearchValue } from '../../stacks/catalog-search.ts';
import { vatOf, vatPercent } from '../../stacks/evaluator.ts';
import { named, type ExportLanguage } from '../../stacks/export/data.ts';
import { offeredEstimate, offersOfQuoteRequest } from '../estimate.ts';
import { lineCosts, listUnitPriceOf } from '../pricing.ts';
import { offerStatus, shareStatus, type OfferStatus, type QuoteShareStatus } from '../status.ts';

export interface RecordLine {
  vendor: string;
  offering: string;
  plan: string;
  unit: BillingUnit;
  quantity: number;
  listUnitPrice: bigint;
  monthlyCost: bigint;
  oneTimeCost: bigint;
}

export interface RecordOfferLine {
  offering: string;
  plan: string;
  unit: BillingUnit;
  quantity: number;
  listUnitPrice: bigint;
  unitPrice: bigint;
  listMonthlyCost: bigint;
  monthlyCost: bigint;
  listOneTimeCost: bigint;
  oneTimeCost: bigint;
}

export interface RecordOffer {
  /** 1 for the vendor's first offer on the request */
  number: number;
  status: OfferStatus;
  createdAt: Date;
  validUntil: Date;
  decidedAt: Date | null;
  /** the number of the offer that replaced it */
  supersededBy: number | null;
  terms: string | null;
  lines: RecordOfferLine[];
  monthlyTotal: bigint;
  oneTimeTotal: bigint;
  listMonthlyTotal: bigint;
  listOneTimeTotal: bigint;
}

export interface RecordVendor {
  name: string;
  status: QuoteShareStatus;
  declinedAt: Date | null;
  declineReason: string | null;
  /** oldest first */
  offers: RecordOffer[];
}

/** Before VAT, VAT, with VAT: monthly, one-time, first year. */
export interface RecordTotals {
  monthly: bigint;
  monthlyVat: bigint;
  monthlyWithVat: bigint;
  oneTime: bigint;
  oneTimeVat: bigint;
  oneTimeWithVat: bigint;
  firstYear: bigint;
  firstYearVat: bigint;
  firstYearWithVat: bigint;
}

export interface ProcurementRecord {
  reference: string;
  sentAt: Date;
  organization: string | null;
  stackName: string;
  /** the site path of the stack, e.g. /stacks/U3RhY2s6… */
  stackPath: string;
  catalogSearch: CatalogSearchValue | null;
  lines: RecordLine[];
  vendors: RecordVendor[];
  /** the VAT rate in percent, e.g. "10" */
  vatRate: string;
  atList: RecordTotals;
  atOffered: RecordTotals;
  generatedAt: Date;
}

async function planOf(ctx: Context, planId: string): Promise<StackPlanRow> {
  const plan = await ctx.loaders.stacks.anyPlan.load(planId);
  if (!plan) throw new Error(`plan ${planId} of a quote request is missing`);
  return plan;
}

async function vendorName(ctx: Context, vendorId: string): Promise<string> {
  const vendor = await ctx.loaders.catalog.vendor.load(vendorId);
  if (!vendor) throw new Error(`vendor ${vendorId} of a quote request is missing`);
  return vendor.name;
}

/** A vendor's offers oldest first, numbered, each line at its list and its offered price. */
async function recordOffers(ctx: Context, offers: readonly OfferRow[], language: ExportLanguage): Promise<RecordOffer[]> {
  const oldestFirst = [...offers].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const numbers = new Map(oldestFirst.map((offer, index) => [offer.id, index + 1]));
  return Promise.all(
    oldestFirst.map(async (offer) => ({
      number: numbers.get(offer.id)!,
      status: offerStatus(offer),
      createdAt: offer.createdAt,
      validUntil: offer.validUntil,
      decidedAt: offer.decidedAt,
      supersededBy: offer.supersededById === null ? null : (numbers.get(offer.supersededById) ?? null),
      terms: offer.terms,
      lines: await Promise.all(
        offer.lines.map(async (line) => {
          const plan = await planOf(ctx, line.planId);
          const list = lineCosts(line.unit, BigInt(line.listUnitPrice), line.quantity);
          const offered = lineCosts(line.unit, BigInt(line.unitPrice), line.quantity);
          return {
            offering: named(plan.offering, language),
            plan: named(plan, language),
            unit: line.unit,
            quantity: line.quantity,
            listUnitPrice: BigInt(line.listUnitPrice),
            unitPrice: BigInt(line.unitPrice),
            listMonthlyCost: list.monthlyCost,
            monthlyCost: offered.monthlyCost,
            listOneTimeCost: list.oneTimeCost,
            oneTimeCost: offered.oneTimeCost,
          };
        }),
      ),
      monthlyTotal: BigInt(offer.monthlyTotal),
      oneTimeTotal: BigInt(offer.oneTimeTotal),
      listMonthlyTotal: BigInt(offer.listMonthlyTotal),
      listOneTimeTotal: BigInt(offer.listOneTimeTotal),
    })),
  );
}

/** Everything the record shows, for the request's buyer (callers check who asks). */
export async function loadProcurementRecord(ctx: Context, request: QuoteRequestRow, language: ExportLanguage): Promise<ProcurementRecord> {
  const [stack, parts, offers, estimate] = await Promise.all([
    ctx.loaders.stacks.stack.load(request.stackId),
    ctx.loaders.stacks.partsOfQuoteRequest.load(request.id),
    offersOfQuoteRequest(ctx, request.id),
    offeredEstimate(ctx, request),
  ]);
  if (!stack) throw new Error(`stack ${request.stackId} of a quote request is missing`);
  const vendors = await Promise.all(
    parts.map(async (part) => {
      const [name, state, lines] = await Promise.all([
        vendorName(ctx, part.vendorId),
        ctx.loaders.offers.shareState.load(part.id),
        ctx.loaders.stacks.vendorQuoteLines.load(part.id),
      ]);
      const ofShare = offers.filter((offer) => offer.vendorQuoteRequestId === part.id);
      const share = state ?? { seenAt: null, declinedAt: null, declineReason: null };
      const recordLines = await Promise.all(
        lines.map(async (line): Promise<RecordLine> => {
          const plan = await planOf(ctx, line.planId);
          return {
            vendor: name,
            offering: named(plan.offering, language),
            plan: named(plan, language),
            unit: plan.unit,
            quantity: line.quantity,
            listUnitPrice: listUnitPriceOf(plan.unit, line),
            monthlyCost: BigInt(line.monthlyPrice) * BigInt(line.quantity),
            oneTimeCost: BigInt(line.oneTimePrice) * BigInt(line.quantity),
          };
        }),
      );
      const vendor: RecordVendor = {
        name,
        status: shareStatus(share, ofShare),
        declinedAt: share.declinedAt,
        declineReason: share.declineReason ?? null,
        offers: await recordOffers(ctx, ofShare, language),
      };
      return { vendor, lines: recordLines };
    }),
  );
  const basisPoints = ctx.settings.vatBasisPoints;
  const listVat = vatOf(estimate.listMonthlyTotal, basisPoints);
  const listOneTimeVat = vatOf(estimate.listOneTimeTotal, basisPoints);
  return {
    reference: request.reference,
    sentAt: request.createdAt,
    organization: request.organization,
    stackName: stack.row.name,
    stackPath: `/stacks/${toGlobalId('Stack', stack.row.id)}`,
    catalogSearch: storedCatalogSearch(stack.row.catalogSearch),
    lines: vendors.flatMap((entry) => entry.lines),
    vendors: vendors.map((entry) => entry.vendor),
    vatRate: vatPercent(basisPoints),
    atList: {
      monthly: estimate.listMonthlyTotal,
      monthlyVat: listVat,
      monthlyWithVat: estimate.listMonthlyTotal + listVat,
      oneTime: estimate.listOneTimeTotal,
      oneTimeVat: listOneTimeVat,
      oneTimeWithVat: estimate.listOneTimeTotal + listOneTimeVat,
      firstYear: estimate.listFirstYearTotal,
      firstYearVat: 12n * listVat + listOneTimeVat,
      firstYearWithVat: estimate.listFirstYearTotal + 12n * listVat + listOneTimeVat,
    },
    atOffered: {
      monthly: estimate.monthlyTotal,
      monthlyVat: estimate.vat,
      monthlyWithVat: estimate.totalWithVat,
      oneTime: estimate.oneTimeTotal,
      oneTimeVat: estimate.oneTimeVat,
      oneTimeWithVat: estimate.oneTimeTotalWithVat,
      firstYear: estimate.firstYearTotal,
      firstYearVat: estimate.firstYearVat,
      firstYearWithVat: estimate.firstYearTotalWithVat,
    },
    generatedAt: new Date(),
  };
}
