// The offer form's state and arithmetic: a request's lines with the price the vendor types beside the list
// price, the costs and totals the API will compute from them (whole VND, an hour plan's month of 730 hours),
// and the validity date as a day in Vietnam.
import type { BillingUnit } from '../../lib/schema-enums.ts';
import { normalizePrice, previewPrice } from './listing-draft.ts';

/** The offer form's id, the prefix of its controls' ids (controlId). */
export const OFFER_FORM = 'offer';

const HOURS_PER_MONTH = 730n;
const DAY_MS = 86_400_000;
/** Vietnam keeps UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
export const DEFAULT_VALID_DAYS = 30;
export const MAX_VALID_DAYS = 366;
export const TERMS_MAX = 4000;
export const DECLINE_REASON_MAX = 1000;

/** A request's line as the inbox reads it. */
export interface RequestLine {
  quantity: number;
  plan: { id: string; name: string; nameEn: string | null; unit: BillingUnit };
  offering: { id: string; name: string; nameEn: string | null };
  monthlyPrice: { amount: string };
  oneTimePrice: { amount: string };
}

/** One line of the form: what the request asked for, its list price, and the price as typed. */
export interface OfferLineDraft {
  planId: string;
  planName: string;
  planNameEn: string | null;
  offeringName: string;
  offeringNameEn: string | null;
  quantity: number;
  unit: BillingUnit;
  /** one unit's list price in the plan's unit, whole VND */
  listUnitPrice: string;
  /** the offered price of one unit as the vendor typed it ("1.250.000") */
  price: string;
}

export interface OfferDraft {
  lines: OfferLineDraft[];
  /** the last day the buyer may accept, YYYY-MM-DD in Vietnam */
  validUntil: string;
  terms: string;
}

/**
 * One unit's list price in the plan's own unit, as the buyer saw it: the request keeps a month's price (an
 * hour plan's 730 hours) and a one-time price, so an hour plan's month goes back to its hour.
 */
export function listUnitPrice(line: RequestLine): { amount: string; unit: BillingUnit } {
  const monthly = BigInt(line.monthlyPrice.amount);
  const oneTime = BigInt(line.oneTimePrice.amount);
  if (line.plan.unit === 'ONE_TIME' || oneTime > 0n) return { amount: String(oneTime), unit: 'ONE_TIME' };
  if (line.plan.unit === 'HOUR') return monthly % HOURS_PER_MONTH === 0n ? { amount: String(monthly / HOURS_PER_MONTH), unit: 'HOUR' } : { amount: String(monthly), unit: 'MONTH' };
  return { amount: String(monthly), unit: line.plan.unit };
}

/** "1250000" → "1.250.000", the way the form shows a whole amount of đồng; anything else as typed. */
export function formatPriceInput(text: string): string {
  const amount = previewPrice(text);
  return amount === null ? text.trim() : BigInt(amount).toLocaleString('vi-VN');
}

/** The offered price of one unit as the API will read it; null when it is not a whole amount of đồng. */
export function offeredPrice(text: string): bigint | null {
  const amount = previewPrice(text);
  return amount === null ? null : BigInt(amount);
}

/** A day in Vietnam, `days` after `now`'s: YYYY-MM-DD. */
export function vietnamDay(now: Date, days = 0): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** The days the validity may end on: from tomorrow to the last day whose end is at most 366 days away. */
export function validityRange(now: Date): { min: string; max: string } {
  return { min: vietnamDay(now, 1), max: vietnamDay(now, MAX_VALID_DAYS - 1) };
}

/** The end of a day in Vietnam, as the API's DateTime: the offer is valid through that day. */
export function endOfVietnamDay(day: string): string {
  return `${day}T23:59:59+07:00`;
}

/** The form for a request's lines, each at its list price, valid for 30 days, with the terms of `previous` (the latest offer). */
export function draftFromRequest(lines: readonly RequestLine[], now: Date, previous?: { lines: readonly { plan: { id: string }; unitPrice: { amount: string } }[]; terms: string | null }): OfferDraft {
  return {
    lines: lines.map((line) => {
      const list = listUnitPrice(line);
      const offered = previous?.lines.find((earlier) => earlier.plan.id === line.plan.id)?.unitPrice.amount ?? list.amount;
      return {
        planId: line.plan.id,
        planName: line.plan.name,
        planNameEn: line.plan.nameEn,
        offeringName: line.offering.name,
        offeringNameEn: line.offering.nameEn,
        quantity: line.quantity,
        unit: list.unit,
        listUnitPrice: list.amount,
        price: formatPriceInput(offered),
      };
    }),
    validUntil: vietnamDay(now, DEFAULT_VALID_DAYS),
    terms: previous?.terms ?? '',
  };
}

/** What `quantity` units cost at `unitPrice`: over a month (an hour plan's 730 hours), or once. */
export function lineCost(unit: BillingUnit, quantity: number, unitPrice: bigint): { monthly: bigint; oneTime: bigint } {
  const total = BigInt(quantity) * unitPrice;
  if (unit === 'ONE_TIME') return { monthly: 0n, oneTime: total };
  return { monthly: unit === 'HOUR' ? total * HOURS_PER_MONTH : total, oneTime: 0n };
}

export interface OfferTotals {
  monthly: bigint;
  oneTime: bigint;
  listMonthly: bigint;
  listOneTime: bigint;
  /** the first year at the list prices less at the offered ones (negative when the offer costs more) */
  firstYearSaving: bigint;
  /** the same as a share of the first year at list prices, 0 to 1 (0 when the list is free) */
  savingShare: number;
}

/** The offer's totals beside the list's; null while a price is not a whole amount of đồng. */
export function offerTotals(lines: readonly OfferLineDraft[]): OfferTotals | null {
  const totals = { monthly: 0n, oneTime: 0n, listMonthly: 0n, listOneTime: 0n };
  for (const line of lines) {
    const price = offeredPrice(line.price);
    if (price === null) return null;
    const offered = lineCost(line.unit, line.quantity, price);
    const list = lineCost(line.unit, line.quantity, BigInt(line.listUnitPrice));
    totals.monthly += offered.monthly;
    totals.oneTime += offered.oneTime;
    totals.listMonthly += list.monthly;
    totals.listOneTime += list.oneTime;
  }
  return { ...totals, ...saving(totals) };
}

/** How much less than the list the first year costs, in đồng and as a share of the list's. */
export function saving(totals: { monthly: bigint; oneTime: bigint; listMonthly: bigint; listOneTime: bigint }) {
  const listFirstYear = 12n * totals.listMonthly + totals.listOneTime;
  const firstYearSaving = listFirstYear - (12n * totals.monthly + totals.oneTime);
  return { firstYearSaving, savingShare: listFirstYear > 0n ? Number(firstYearSaving) / Number(listFirstYear) : 0 };
}

/** makeOffer's input: the prices as whole đồng (what cannot be read is sent as typed, for the API to explain). */
export function offerInput(quoteRequestId: string, draft: OfferDraft) {
  const terms = draft.terms.trim();
  return {
    quoteRequestId,
    lines: draft.lines.map((line) => ({ planId: line.planId, quantity: line.quantity, unitPrice: normalizePrice(line.price) })),
    validUntil: endOfVietnamDay(draft.validUntil),
    terms: terms === '' ? null : terms,
  };
}

/**
 * The form's field keys, for placing the API's errors (placeError): each line's price, each line (its plan
 * or quantity), the validity and the terms; errors of the lines as a whole belong to the form.
 */
export function offerFieldKeys(draft: OfferDraft): Set<string> {
  return new Set(['validUntil', 'terms', ...draft.lines.flatMap((_, index) => [`lines.${index}`, `lines.${index}.unitPrice`])]);
}
