import { createHash } from 'node:crypto';
import { formatVnd as vnd } from '../money.ts';
import { dateOf, totalsOf, vatRateOf, words, lineRows, type ExportData, type ExportLanguage, type LineRow } from './data.ts';

export const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
// Inline so a saved page keeps its look; the Content-Security-Policy names it by hash.
const printStyle = `
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; line-height: 1.45; }
  h1 { font-size: 1.6rem; margin-bottom: 0.25rem; overflow-wrap: anywhere; }
  h2 { font-size: 1.15rem; margin: 1.5rem 0 0.25rem; }
  .meta { color: #444; margin: 0 0 1rem; overflow-wrap: anywhere; }
  .wide { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
  th, td { border-bottom: 1px solid #ccc; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
  th { background: #f1f4f8; }
  .n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  th.n { white-space: normal; }
  .price { text-align: right; font-variant-numeric: tabular-nums; }
  .price span { display: block; white-space: nowrap; }
  .price .was { color: #7a4b00; font-size: 0.85rem; white-space: normal; }
  .gone td { color: #8a1c1c; }
  .pair { display: block; color: #1f4e79; font-size: 0.85rem; }
  .summary { page-break-inside: avoid; break-inside: avoid; border: 2px solid #1a1a1a; padding: 0.75rem 1rem; margin-top: 1.5rem; }
  .summary h2 { margin-top: 0; }
  .summary thead th { text-align: right; }
  .summary tbody th { background: none; }
  .summary .year th, .summary .year td { font-weight: 700; border-top: 2px solid #1a1a1a; }
  .facts { width: auto; }
  .facts th { background: none; font-weight: 400; }
  .sign { display: flex; justify-content: space-around; gap: 1rem; margin-top: 1.5rem; text-align: center; }
  .sign div { min-height: 7rem; flex: 1; }
  .sign p { margin: 0; }
  .hint { color: #555; font-size: 0.85rem; }
  .changed { background: #fff4d6; border: 1px solid #e0b000; padding: 0.5rem 0.75rem; }
  button { font: inherit; padding: 0.4rem 0.9rem; cursor: pointer; }
  footer { color: #555; font-size: 0.85rem; margin-top: 2rem; }
  @media screen and (max-width: 40rem) {
    .cards thead { display: none; }
    .cards tr { display: block; border-bottom: 1px solid #ccc; padding: 0.4rem 0; }
    .cards td, .cards tbody th { display: block; border: 0; padding: 0.15rem 0; text-align: right; white-space: normal; }
    .cards tbody th { text-align: left; }
    .cards td::before { content: attr(data-label); float: left; margin-right: 1rem; color: #555; font-weight: 400; }
    .cards td.t { text-align: left; }
    .cards td.t::before { content: attr(data-label) ": "; float: none; margin: 0; }
    .summary .year th, .summary .year td { border-top: 0; }
    .summary .year { border-top: 2px solid #1a1a1a; }
  }
  @media print { button { display: none; } body { margin: 0; max-width: none; } .wide { overflow: visible; } }
`;
export const printStyleHash = createHash('sha256').update(printStyle).digest('base64');

/** The print button's script: a file, since the page's policy allows no inline script. */
export const printScriptPath = '/export/print.js';
export const printScript = "document.querySelector('[data-print]')?.addEventListener('click', () => window.print());\n";

/** "450 ₫ / GB / tháng", "12.000.000 ₫ trả một lần", "750 ₫ / giờ" over "= 547.500 ₫ / tháng (730 giờ)", as HTML. */
function priceText(line: LineRow, language: ExportLanguage): string {
  const w = words[language];
  const price = `<span>${vnd(line.unitPrice)} ${w.per[line.unit]}</span>`;
  return line.unit === 'HOUR' ? `${price}<span>= ${vnd(line.monthlyPrice)} ${w.per.MONTH} (${w.page.hours})</span>` : price;
}

/** The unit price of the day the stack was saved, in the words of today's: one-time, monthly or both. */
function savedPriceText(line: LineRow, language: ExportLanguage): string {
  const w = words[language];
  const savedOneTime = line.savedOneTimePrice ?? 0n;
  const savedMonthly = line.savedMonthlyPrice ?? 0n;
  const parts: string[] = [];
  if (line.unit === 'ONE_TIME' || savedOneTime > 0n) parts.push(`${vnd(savedOneTime)} ${w.per.ONE_TIME}`);
  if (line.unit !== 'ONE_TIME' || savedMonthly > 0n) {
    parts.push(`${vnd(savedMonthly)} ${line.unit === 'HOUR' || line.unit === 'ONE_TIME' ? w.per.MONTH : w.per[line.unit]}`);
  }
  return `(${w.page.whenSaved}: ${parts.join(' + ')})`;
}

/** "200 GB", "10 người dùng", "1 plan". */
function quantityText(line: LineRow, language: ExportLanguage): string {
  const w = words[language];
  return `${line.quantity.toLocaleString('vi-VN')} ${line.quantity === 1 ? w.countsOne[line.unit] : w.counts[line.unit]}`;
}

export function renderHtml(data: ExportData, language: ExportLanguage): string {
  const w = words[language];
  const c = w.columns;
  const pw = w.page;
  const e = data.evaluated.evaluation;
  const t = totalsOf(data.evaluated);
  // Every cell names its column (data-label): on a phone the tables become one card per row.
  const td = (label: string, content: string, kind: 'n' | 't' | 'price') => `<td class="${kind}" data-label="${escapeHtml(label)}">${content}</td>`;
  const lines = lineRows(data, language)
    .map((line) =>
      [
        `<tr${line.available ? '' : ' class="gone"'}>`,
        td(c.vendor, escapeHtml(line.vendor), 't'),
        td(
          c.offering,
          `${escapeHtml(line.offering)}${line.available ? '' : ` <em>(${w.unavailable})</em>`}${
            line.redundancyGroup === null ? '' : `<span class="pair">${escapeHtml(pw.redundancyGroup(line.redundancyGroup))}</span>`
          }`,
          't',
        ),
        td(c.plan, escapeHtml(line.plan), 't'),
        td(pw.unitPrice, `${priceText(line, language)}${line.priceChanged ? `<span class="was">${savedPriceText(line, language)}</span>` : ''}`, 'price'),
        td(pw.quantity, quantityText(line, language), 'n'),
        td(pw.monthlyCost, vnd(line.monthlyCost), 'n'),
        td(pw.oneTimeCost, vnd(line.oneTimeCost), 'n'),
        '</tr>',
      ].join(''),
    )
    .join('\n');
  const subtotals = e.vendorSubtotals
    .map((s) =>
      [
        '<tr>',
        td(c.vendor, escapeHtml(data.vendors.get(s.vendorId)!.name), 't'),
        td(pw.monthly, vnd(s.monthlyCost), 'n'),
        td(pw.oneTime, vnd(s.oneTimeCost), 'n'),
        td(pw.firstYear, vnd(12n * s.monthlyCost + s.oneTimeCost), 'n'),
        '</tr>',
      ].join(''),
    )
    .join('\n');
  const issues = e.issues
    .map((issue) => `<li><strong>${w.severity[issue.severity]}</strong> ${escapeHtml(language === 'vi' ? issue.message : issue.messageEn)}</li>`)
    .join('\n');
  const vatLabel = pw.vat(vatRateOf(data.evaluated));
  const summaryRow = (label: string, [before, vat, after]: [bigint, bigint, bigint], attributes = '') =>
    `<tr${attributes}><th scope="row">${label}</th>${td(pw.beforeVat, vnd(before), 'n')}${td(vatLabel, vnd(vat), 'n')}${td(pw.withVat, vnd(after), 'n')}</tr>`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.stack.row.name)} — Mây Việt</title>
<style>${printStyle}</style>
</head>
<body>
<h1>${escapeHtml(data.stack.row.name)}</h1>
<p class="meta">${w.saved}: ${dateOf(data.stack.row.createdAt)} · ${w.priced}: ${dateOf(new Date())} · ${w.link}: ${escapeHtml(data.id)}</p>
${data.evaluated.priceChanged ? `<p class="changed">${w.changed}</p>` : ''}
<button type="button" data-print>${w.print}</button>
<div class="wide">
<table class="cards">
<thead><tr><th scope="col">${c.vendor}</th><th scope="col">${c.offering}</th><th scope="col">${c.plan}</th><th scope="col" class="n">${pw.unitPrice}</th><th scope="col" class="n">${pw.quantity}</th><th scope="col" class="n">${pw.monthlyCost}</th><th scope="col" class="n">${pw.oneTimeCost}</th></tr></thead>
<tbody>
${lines}
</tbody>
</table>
</div>
<h2>${w.subtotals}</h2>
<div class="wide">
<table class="cards">
<thead><tr><th scope="col">${c.vendor}</th><th scope="col" class="n">${pw.monthly}</th><th scope="col" class="n">${pw.oneTime}</th><th scope="col" class="n">${pw.firstYear}</th></tr></thead>
<tbody>
${subtotals}
</tbody>
</table>
</div>
${issues ? `<h2>${w.issues}</h2>\n<ul>\n${issues}\n</ul>` : ''}
<section class="summary">
<h2>${pw.summary}</h2>
<div class="wide">
<table class="cards">
<thead><tr><td></td><th scope="col">${pw.beforeVat}</th><th scope="col">${vatLabel}</th><th scope="col">${pw.withVat}</th></tr></thead>
<tbody>
${summaryRow(pw.monthly, [t.monthlyTotal, t.vat, t.totalWithVat])}
${summaryRow(pw.oneTime, [t.oneTimeTotal, t.oneTimeVat, t.oneTimeTotalWithVat])}
${summaryRow(pw.firstYear, [t.firstYearTotal, t.firstYearVat, t.firstYearTotalWithVat], ' class="year"')}
</tbody>
</table>
</div>
<table class="facts"><tbody>
<tr><th scope="row">${w.availability}</th><td class="n">${e.compositeAvailability === null ? '—' : `${w.decimal(e.compositeAvailability)}%`}</td></tr>
<tr><th scope="row">${w.inVietnam}</th><td class="n">${e.dataInVietnam ? w.yes : w.no}</td></tr>
</tbody></table>
<div class="sign">
<div><p><strong>${pw.preparedBy}</strong></p><p class="hint">${pw.signHint}</p></div>
<div><p><strong>${pw.approvedBy}</strong></p><p class="hint">${pw.signHint}</p></div>
</div>
</section>
<footer>${w.footer}</footer>
<script src="${printScriptPath}"></script>
</body>
</html>
`;
}
