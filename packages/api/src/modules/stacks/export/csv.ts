import { dateOf, lineRows, totalsOf, vatRateOf, words, type ExportData, type ExportLanguage } from './data.ts';

export type CsvCell = string | number | bigint;

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: CsvCell): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as a CSV document: UTF-8 with a byte-order mark (spreadsheet programs then read Vietnamese text right), CRLF. */
export function csvDocument(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
export function renderCsv(data: ExportData, language: ExportLanguage): string {
  const w = words[language];
  const c = w.columns;
  const e = data.evaluated.evaluation;
  const totals = totalsOf(data.evaluated);
  const labels = w.totalRows(vatRateOf(data.evaluated));
  const lines = lineRows(data, language);
  // The redundancy group column only for a stack with groups: other stacks export as they always did.
  const grouped = lines.some((line) => line.redundancyGroup !== null);
  const rows: CsvCell[][] = [
    [w.stack, data.stack.row.name],
    [w.link, data.id],
    [w.saved, dateOf(data.stack.row.createdAt)],
    [w.priced, dateOf(new Date())],
    [w.currency, w.currencyNote],
    [],
    [c.vendor, c.offering, c.plan, c.unit, c.unitPrice, c.monthlyPrice, c.quantity, c.counts, c.monthlyCost, c.oneTimeCost, c.savedMonthlyPrice, c.savedOneTimePrice, c.priceChanged, ...(grouped ? [c.redundancyGroup] : [])],
    ...lines.map((line) => [
      line.vendor,
      line.available ? line.offering : `${line.offering} (${w.unavailable})`,
      line.plan,
      w.units[line.unit],
      line.unitPrice,
      line.monthlyPrice,
      line.quantity,
      w.counts[line.unit],
      line.monthlyCost,
      line.oneTimeCost,
      line.savedMonthlyPrice ?? '',
      line.savedOneTimePrice ?? '',
      line.priceChanged ? w.yes : w.no,
      ...(grouped ? [line.redundancyGroup ?? ''] : []),
    ]),
    [],
    [w.subtotals],
    [c.vendor, ...w.subtotalColumns],
    ...e.vendorSubtotals.map((s) => [data.vendors.get(s.vendorId)!.name, s.monthlyCost, s.oneTimeCost, 12n * s.monthlyCost + s.oneTimeCost]),
    [],
    [w.totals],
    ...(Object.keys(labels) as (keyof typeof labels)[]).map((key) => [labels[key], totals[key]]),
  ];
  return csvDocument(rows);
}
