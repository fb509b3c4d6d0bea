import { stackPlansByIds, type BillingUnit, type Db, type VendorQuoteLineRow } from '@mayviet/db';
import { fromGlobalId } from '../../graphql/ids.ts';
import { userError, type UserError } from '../../graphql/user-errors.ts';
import { listUnitPriceOf, maxTotal, offerTotals } from './pricing.ts';

// makeOffer's input, checked: its lines (each a published, unretired plan of the vendor's own, once),
// quantities, prices, validity and terms; and the offer's lines and totals it makes.

export const maxOfferLines = 100;
export const maxOfferQuantity = 1_000_000;
export const maxUnitPrice = 1_000_000_000_000n;
export const maxTermsLength = 4000;
export const maxValidDays = 366;

export interface MakeOfferInput {
  quoteRequestId: string;
  lines: { planId: string; quantity: number; unitPrice: string }[];
  validUntil: Date | string;
  terms?: string | null;
}

export interface CheckedOffer {
  lines: { planId: string; quantity: number; unitPrice: number; listUnitPrice: number; unit: BillingUnit }[];
  totals: { monthlyTotal: bigint; oneTimeTotal: bigint; listMonthlyTotal: bigint; listOneTimeTotal: bigint };
  validUntil: Date;
  terms: string | null;
}

/** Checks an offer's input against the vendor's plans and its share's lines; user errors, or the offer to store. */
export async function checkOffer(
  db: Db,
  vendorId: string,
  input: MakeOfferInput,
  requestLines: readonly VendorQuoteLineRow[],
): Promise<{ offer: CheckedOffer | null; errors: UserError[] }> {
  const errors: UserError[] = [];
  if (input.lines.length === 0) errors.push(userError(['input', 'lines'], 'BLANK', 'An offer needs at least one line.'));
  if (input.lines.length > maxOfferLines) errors.push(userError(['input', 'lines'], 'TOO_MANY_LINES', `An offer has at most ${maxOfferLines} lines.`));
  if (errors.length > 0) return { offer: null, errors };
  const planIds = input.lines.map((line) => {
    const parsed = fromGlobalId(line.planId);
    return parsed?.type === 'Plan' ? parsed.id : null;
  });
  const known = await stackPlansByIds(db, planIds.filter((id): id is string => id !== null), ['PUBLISHED']);
  const seen = new Set<string>();
  input.lines.forEach((line, index) => {
    const field = ['input', 'lines', String(index)];
    const planId = planIds[index];
    const plan = known.find((candidate) => candidate.id === planId);
    if (!planId || !plan || plan.offering.vendorId !== vendorId || plan.retired) {
      errors.push(userError([...field, 'planId'], 'UNKNOWN_PLAN', `lines[${index}]: not a plan of your organization’s published offerings.`));
    } else if (seen.has(planId)) {
      errors.push(userError([...field, 'planId'], 'DUPLICATE_LINE', `lines[${index}]: this plan is offered twice.`));
    }
    if (planId) seen.add(planId);
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > maxOfferQuantity) {
      errors.push(userError([...field, 'quantity'], 'QUANTITY_OUT_OF_RANGE', `lines[${index}]: the quantity must be 1 to 1,000,000.`));
    }
    if (!/^\d{1,13}$/.test(line.unitPrice) || BigInt(line.unitPrice) > maxUnitPrice) {
      errors.push(userError([...field, 'unitPrice'], 'OUT_OF_RANGE', `lines[${index}]: the unit price must be whole đồng, 0 to 1,000,000,000,000.`));
    }
  });
  const validUntil = new Date(input.validUntil);
  const now = Date.now();
  if (Number.isNaN(validUntil.getTime()) || validUntil.getTime() <= now || validUntil.getTime() > now + maxValidDays * 86_400_000) {
    errors.push(userError(['input', 'validUntil'], 'OUT_OF_RANGE', `validUntil must be in the future, at most ${maxValidDays} days ahead.`));
  }
  const terms = input.terms?.normalize('NFC').trim() || null;
  if (terms && [...terms].length > maxTermsLength) errors.push(userError(['input', 'terms'], 'TOO_LONG', `The terms are longer than ${maxTermsLength} characters.`));
  if (errors.length > 0) return { offer: null, errors };

  const lines = input.lines.map((line, index) => {
    const plan = known.find((candidate) => candidate.id === planIds[index])!;
    const requested = requestLines.find((candidate) => candidate.planId === plan.id);
    const listUnitPrice = requested ? listUnitPriceOf(plan.unit, requested) : BigInt(plan.price);
    return { planId: plan.id, quantity: line.quantity, unitPrice: Number(line.unitPrice), listUnitPrice: Number(listUnitPrice), unit: plan.unit };
  });
  const totals = offerTotals(lines);
  if (Object.values(totals).some((total) => total > maxTotal)) {
    return { offer: null, errors: [userError(['input', 'lines'], 'OUT_OF_RANGE', 'The offer’s total is too large to store.')] };
  }
  return { offer: { lines, totals, validUntil, terms }, errors: [] };
}
