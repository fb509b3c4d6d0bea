// The procurement record as one printable page: A4, each section from a new page, the site's fonts, no
// navigation; the browser's "Save as PDF" makes the PDF. Self-contained, like the stack's printable page.
import { createHash } from 'node:crypto';
import { words, type ExportLanguage } from '../../stacks/export/data.ts';
import { escapeHtml, printScriptPath } from '../../stacks/export/print.ts';
import { formatVnd as vnd } from '../../stacks/money.ts';
import type { ProcurementRecord, RecordOffer, RecordVendor } from './data.ts';
import { offerFactRows, requestRows, searchRows, shareStatusText, totalRows, type LabelledRow } from './rows.ts';
import { dateTimeOf, recordWords } from './words.ts';

// Inline so a saved page keeps its look; the Content-Security-Policy names it by hash.
const recordStyle = `
  @page { size: A4; margin: 15mm 12mm; }
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.45; }
  h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
  h2 { font-size: 1.2rem; margin: 0 0 0.5rem; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.2rem; }
  h3 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
  h4 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
  section { margin-top: 2rem; }
  .wide { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; margin: 0.25rem 0 0.75rem; font-size: 0.85rem; }
  th, td { border-bottom: 1px solid #ccc; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
  thead th { background: #f1f4f8; }
  .facts { width: auto; }
  .facts th { font-weight: 600; padding-right: 1.5rem; }
  .facts td { overflow-wrap: anywhere; white-space: pre-line; }
  .n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  th.n { white-space: normal; }
  tr.sum th, tr.sum td { font-weight: 700; border-top: 2px solid #1a1a1a; }
  .vendor { break-inside: avoid; page-break-inside: avoid; }
  .offer { margin-left: 0.75rem; border-left: 3px solid #ccd3dd; padding-left: 0.75rem; }
  .note { color: #444; font-size: 0.9rem; }
  button { font: inherit; padding: 0.4rem 0.9rem; cursor: pointer; }
  footer { color: #555; font-size: 0.85rem; margin-top: 2rem; }
  @media print {
    button { display: none; }
    body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
    .wide { overflow: visible; }
    section + section { break-before: page; page-break-before: always; margin-top: 0; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
  }
`;
export const recordStyleHash = createHash('sha256').update(recordStyle).digest('base64');

const facts = (rows: LabelledRow[]) =>
  `<table class="facts"><tbody>${rows.map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</tbody></table>`;

/** A table of HTML cells, those from `numericFrom` on right-aligned, and an optional last row (a sum) as given. */
function table(head: { label: string; numeric?: boolean }[], body: string[][], numericFrom: number, lastRow = ''): string {
  const cells = (row: string[]) => row.map((value, i) => `<td${i >= numericFrom ? ' class="n"' : ''}>${value}</td>`).join('');
  const headCells = head.map((h) => `<th scope="col"${h.numeric ? ' class="n"' : ''}>${escapeHtml(h.label)}</th>`).join('');
  return `<div class="wide"><table><thead><tr>${headCells}</tr></thead><tbody>${body.map((row) => `<tr>${cells(row)}</tr>`).join('')}${lastRow}</tbody></table></div>`;
}

function offerHtml(offer: RecordOffer, language: ExportLanguage): string {
  const w = recordWords[language];
  const c = w.columns;
  const units = words[language].units;
  const head = [
    { label: c.offering },
    { label: c.plan },
    { label: c.unit },
    { label: c.quantity, numeric: true },
    { label: c.listUnitPrice, numeric: true },
    { label: c.offeredUnitPrice, numeric: true },
    { label: c.listMonthlyCost, numeric: true },
    { label: c.offeredMonthlyCost, numeric: true },
    { label: c.listOneTimeCost, numeric: true },
    { label: c.offeredOneTimeCost, numeric: true },
  ];
  const lines = offer.lines.map((line) => [
    escapeHtml(line.offering),
    escapeHtml(line.plan),
    escapeHtml(units[line.unit]),
    line.quantity.toLocaleString('vi-VN'),
    vnd(line.listUnitPrice),
    vnd(line.unitPrice),
    vnd(line.listMonthlyCost),
    vnd(line.monthlyCost),
    vnd(line.listOneTimeCost),
    vnd(line.oneTimeCost),
  ]);
  const sums = [offer.listMonthlyTotal, offer.monthlyTotal, offer.listOneTimeTotal, offer.oneTimeTotal].map((amount) => `<td class="n">${vnd(amount)}</td>`);
  const body = table(head, lines, 3, `<tr class="sum"><th scope="row" colspan="6">${escapeHtml(w.offerTotals)}</th>${sums.join('')}</tr>`);
  return `<div class="offer" data-offer="${offer.number}"><h4>${escapeHtml(w.offer(offer.number))}</h4>${facts(offerFactRows(offer, language))}${body}</div>`;
}

function vendorHtml(vendor: RecordVendor, language: ExportLanguage): string {
  const w = recordWords[language];
  const offers = vendor.offers.length > 0 ? vendor.offers.map((offer) => offerHtml(offer, language)).join('\n') : `<p class="note">${escapeHtml(w.noOffer)}</p>`;
  return `<div class="vendor"><h3>${escapeHtml(vendor.name)}</h3>${facts([[w.shareStatus, shareStatusText(vendor, language)]])}${offers}</div>`;
}

export function recordHtml(record: ProcurementRecord, language: ExportLanguage, origin: string): string {
  const w = recordWords[language];
  const c = w.columns;
  const units = words[language].units;
  const search = searchRows(record, language);
  const lines = table(
    [
      { label: c.vendor },
      { label: c.offering },
      { label: c.plan },
      { label: c.unit },
      { label: c.quantity, numeric: true },
      { label: c.listUnitPrice, numeric: true },
      { label: c.monthlyCost, numeric: true },
      { label: c.oneTimeCost, numeric: true },
    ],
    record.lines.map((line) => [
      escapeHtml(line.vendor),
      escapeHtml(line.offering),
      escapeHtml(line.plan),
      escapeHtml(units[line.unit]),
      line.quantity.toLocaleString('vi-VN'),
      vnd(line.listUnitPrice),
      vnd(line.monthlyCost),
      vnd(line.oneTimeCost),
    ]),
    4,
  );
  const totals = table(
    [{ label: '' }, { label: w.atList, numeric: true }, { label: w.atOffered, numeric: true }],
    totalRows(record, language).map(([label, atList, atOffered]) => [escapeHtml(label), vnd(atList), vnd(atOffered)]),
    1,
  );
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(w.title)} ${escapeHtml(record.reference)} — Mây Việt</title>
<style>${recordStyle}</style>
</head>
<body>
<button type="button" data-print>${words[language].print}</button>
<section id="request">
<h1>${escapeHtml(w.title)} ${escapeHtml(record.reference)}</h1>
${facts(requestRows(record, language, origin))}
<h2>${escapeHtml(w.search)}</h2>
${search.length > 0 ? facts(search) : `<p class="note">${escapeHtml(w.noSearch)}</p>`}
</section>
<section id="lines">
<h2>${escapeHtml(w.lines)}</h2>
${lines}
</section>
<section id="offers">
<h2>${escapeHtml(w.vendors)}</h2>
${record.vendors.map((vendor) => vendorHtml(vendor, language)).join('\n')}
</section>
<section id="totals">
<h2>${escapeHtml(w.totals)}</h2>
<p class="note">${escapeHtml(w.totalsNote)}</p>
${totals}
<p>${escapeHtml(w.generatedAt)}: ${escapeHtml(dateTimeOf(record.generatedAt))}</p>
</section>
<footer>${escapeHtml(w.footer)}</footer>
<script src="${printScriptPath}"></script>
</body>
</html>
`;
}
