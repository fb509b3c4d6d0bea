import type { BillingUnit, OfferStatusValue } from '../../schema/enums.ts';
import { rowKeys } from '../row-keys.ts';

/** One line of an offer as stored in offers.lines: prices are whole VND in the plan's own unit. */
export interface OfferLineRow {
  planId: string;
  quantity: number;
  unitPrice: number;
  /** the unit's list price as the request carried it (the plan's price of the day for a plan it did not hold) */
  listUnitPrice: number;
  unit: BillingUnit;
}

export const offerLineRowKeys = rowKeys<OfferLineRow>()(['planId', 'quantity', 'unitPrice', 'listUnitPrice', 'unit']);

/** An offer as the API reads it; `status` is the stored one (an OPEN offer past validUntil reads as EXPIRED). */
export interface OfferRow {
  id: string;
  vendorQuoteRequestId: string;
  quoteRequestId: string;
  vendorId: string;
  status: OfferStatusValue;
  lines: OfferLineRow[];
  /** whole VND as text: totals can pass 2^53 */
  monthlyTotal: string;
  oneTimeTotal: string;
  listMonthlyTotal: string;
  listOneTimeTotal: string;
  validUntil: Date;
  terms: string | null;
  supersededById: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

export const offerRowKeys = rowKeys<OfferRow>()([
  'id',
  'vendorQuoteRequestId',
  'quoteRequestId',
  'vendorId',
  'status',
  'lines',
  'monthlyTotal',
  'oneTimeTotal',
  'listMonthlyTotal',
  'listOneTimeTotal',
  'validUntil',
  'terms',
  'supersededById',
  'decidedAt',
  'createdAt',
]);
