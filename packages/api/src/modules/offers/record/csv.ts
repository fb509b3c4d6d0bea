// The procurement record as CSV, by the stack CSV's conventions (UTF-8 with BOM, CRLF, no formulas):
// one block per section, separated by an empty row.
import { csvDocument, type CsvCell } from '../../stacks/export/csv.ts';
import { words, type ExportLanguage } from '../../stacks/export/data.ts';
import type { ProcurementRecord } from './data.ts';
import { offerFactRows, requestRows, searchRows, shareStatusText, totalRows } from './rows.ts';
import { dateTimeOf, recordWords } from './words.ts';

export function recordCsv(record: ProcurementRecord, language: ExportLanguage, origin: string): string {
  const w = recordWords[language];
  const c = w.columns;
  const units = words[language].units;
  const search = searchRows(record, language);
  const rows: CsvCell[][] = [
    [w.title, record.reference],
    [],
    [w.request],
    ...requestRows(record, language, origin),
    [],
    [w.search],
    ...(search.length > 0 ? search : [[w.noSearch]]),
    [],
    [w.lines],
    [c.vendor, c.offering, c.plan, c.unit, c.quantity, c.listUnitPrice, c.monthlyCost, c.oneTimeCost],
    ...record.lines.map((line) => [line.vendor, line.offering, line.plan, units[line.unit], line.quantity, line.listUnitPrice, line.monthlyCost, line.oneTimeCost]),
    [],
    [w.vendors],
  ];
  for (const vendor of record.vendors) {
    rows.push([], [c.vendor, vendor.name], [w.shareStatus, shareStatusText(vendor, language)]);
    if (vendor.offers.length === 0) rows.push([w.noOffer]);
    for (const offer of vendor.offers) {
      rows.push(
        [],
        [w.offer(offer.number)],
        ...offerFactRows(offer, language),
        [c.offering, c.plan, c.unit, c.quantity, c.listUnitPrice, c.offeredUnitPrice, c.listMonthlyCost, c.offeredMonthlyCost, c.listOneTimeCost, c.offeredOneTimeCost],
        ...offer.lines.map((line) => [
          line.offering,
          line.plan,
          units[line.unit],
          line.quantity,
          line.listUnitPrice,
          line.unitPrice,
          line.listMonthlyCost,
          line.monthlyCost,
          line.listOneTimeCost,
          line.oneTimeCost,
        ]),
        [w.offerTotals, '', '', '', '', '', offer.listMonthlyTotal, offer.monthlyTotal, offer.listOneTimeTotal, offer.oneTimeTotal],
      );
    }
  }
  rows.push([], [w.totals], [w.totalsNote], ['', w.atList, w.atOffered], ...totalRows(record, language), [], [w.generatedAt, dateTimeOf(record.generatedAt)]);
  return csvDocument(rows);
}
