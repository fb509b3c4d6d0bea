// The record's label–value rows both renderings show alike: the request, the search, an offer's facts and
// the totals, in the record's language.
import { dateOf, words, type ExportLanguage } from '../../stacks/export/data.ts';
import type { ProcurementRecord, RecordOffer, RecordTotals } from './data.ts';
import { dateTimeOf, recordWords } from './words.ts';

export type LabelledRow = [label: string, value: string];

/** The request: reference, when it was sent, the buyer's organization, the stack and its address. */
export function requestRows(record: ProcurementRecord, language: ExportLanguage, origin: string): LabelledRow[] {
  const w = recordWords[language];
  return [
    [w.reference, record.reference],
    [w.sentAt, dateTimeOf(record.sentAt)],
    [w.organization, record.organization ?? w.none],
    [w.stack, record.stackName],
    [w.stackLink, `${origin}${record.stackPath}`],
    [w.currency, words[language].currencyNote],
  ];
}

/** The catalogue search's words, filters and order, those it used only; empty when there was none. */
export function searchRows(record: ProcurementRecord, language: ExportLanguage): LabelledRow[] {
  const search = record.catalogSearch;
  if (!search) return [];
  const w = recordWords[language];
  const r = w.searchRows;
  const rows: LabelledRow[] = [];
  const add = (label: string, value: string | null) => {
    if (value !== null && value !== '') rows.push([label, value]);
  };
  add(r.query, search.query);
  add(r.kinds, search.kinds.map((kind) => w.kinds[kind]).join(', '));
  add(r.categories, search.categories.join(', '));
  add(r.vendors, search.vendors.join(', '));
  add(r.cities, search.cities.join(', '));
  add(r.billingUnits, search.billingUnits.map((unit) => words[language].units[unit]).join(', '));
  add(r.dataInVietnam, search.dataInVietnam === null ? null : search.dataInVietnam ? words[language].yes : words[language].no);
  add(r.maxMonthlyPrice, search.maxMonthlyPrice);
  add(r.minSlaAvailability, search.minSlaAvailability);
  add(r.verifiedFramework, search.verifiedFramework);
  add(r.sort, search.sort === null ? null : w.sorts[search.sort]);
  return rows;
}

/** An offer's status, dates, what replaced it and its terms. */
export function offerFactRows(offer: RecordOffer, language: ExportLanguage): LabelledRow[] {
  const w = recordWords[language];
  const f = w.offerFacts;
  const rows: LabelledRow[] = [
    [f.status, w.offerStatuses[offer.status]],
    [f.madeAt, dateTimeOf(offer.createdAt)],
    [f.validUntil, dateTimeOf(offer.validUntil)],
    [f.decidedAt, offer.decidedAt ? dateTimeOf(offer.decidedAt) : w.none],
  ];
  if (offer.supersededBy !== null) rows.push([f.supersededBy, w.offer(offer.supersededBy)]);
  rows.push([f.terms, offer.terms ?? w.none]);
  return rows;
}

/** What the vendor's share came to: its status, and its decline when it made no offer. */
export function shareStatusText(vendor: ProcurementRecord['vendors'][number], language: ExportLanguage): string {
  const w = recordWords[language];
  const status = w.shareStatuses[vendor.status];
  if (vendor.status !== 'VENDOR_DECLINED' || !vendor.declinedAt) return status;
  return [w.declined(dateOf(vendor.declinedAt)), vendor.declineReason].filter(Boolean).join(': ');
}

/** The nine totals, each at list and at offered prices. */
export function totalRows(record: ProcurementRecord, language: ExportLanguage): [label: string, atList: bigint, atOffered: bigint][] {
  const labels = recordWords[language].totalRows(record.vatRate);
  return (Object.keys(labels) as (keyof RecordTotals)[]).map((key) => [labels[key], record.atList[key], record.atOffered[key]]);
}
