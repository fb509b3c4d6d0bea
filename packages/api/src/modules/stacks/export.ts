// A saved stack as CSV and as a printable page, in Vietnamese or English. Both are self-contained; a saved
// page prints from the browser's menu, its button needs the small script the server serves beside it.
import { createHash } from 'node:crypto';
import type { VendorRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { fromGlobalId } from '../../graphql/ids.ts';
import { formatVnd as vnd } from './money.ts';
import type { EvaluatedStack, SavedStack } from './service.ts';

export type ExportLanguage = 'vi' | 'en';
export type ExportFormat = 'csv' | 'html';

const words = {
  vi: {
    stack: 'Bộ giải pháp',
    link: 'Mã',
    saved: 'Ngày lưu',
    priced: 'Giá tính theo ngày',
    vendor: 'Nhà cung cấp',
    offering: 'Dịch vụ',
    plan: 'Gói',
    unit: 'Đơn vị',
    unitPrice: 'Đơn giá/tháng (VND)',
    quantity: 'Số lượng',
    cost: 'Thành tiền/tháng (VND)',
    savedPrice: 'Đơn giá khi lưu (VND)',
    subtotals: 'Tạm tính theo nhà cung cấp',
    total: 'Tổng/tháng trước thuế',
    vat: 'Thuế GTGT',
    totalWithVat: 'Tổng/tháng sau thuế',
    availability: 'Độ sẵn sàng tổng hợp',
    inVietnam: 'Dữ liệu chỉ ở Việt Nam',
    yes: 'Có',
    no: 'Không',
    issues: 'Lưu ý',
    unavailable: 'không còn cung cấp',
    changed: 'Giá đã thay đổi kể từ khi lưu',
    print: 'In / Lưu PDF',
    footer: 'Mây Việt — sàn điện toán đám mây Việt Nam. Giá tham khảo, chưa phải báo giá.',
    units: { MONTH: 'tháng', HOUR: 'giờ', GB_MONTH: 'GB-tháng', USER_MONTH: 'người dùng-tháng', ONE_TIME: 'một lần' },
  },
  en: {
    stack: 'Stack',
    link: 'Id',
    saved: 'Saved on',
    priced: 'Priced on',
    vendor: 'Vendor',
    offering: 'Offering',
    plan: 'Plan',
    unit: 'Unit',
    unitPrice: 'Monthly unit price (VND)',
    quantity: 'Quantity',
    cost: 'Monthly cost (VND)',
    savedPrice: 'Unit price when saved (VND)',
    subtotals: 'Subtotals by vendor',
    total: 'Monthly total before VAT',
    vat: 'VAT',
    totalWithVat: 'Monthly total with VAT',
    availability: 'Composite availability',
    inVietnam: 'Data only in Vietnam',
    yes: 'Yes',
    no: 'No',
    issues: 'Notes',
    unavailable: 'no longer offered',
    changed: 'Prices changed since the stack was saved',
    print: 'Print / Save as PDF',
    footer: 'Mây Việt — the marketplace of Vietnam’s cloud. Indicative prices, not a quote.',
    units: { MONTH: 'month', HOUR: 'hour', GB_MONTH: 'GB-month', USER_MONTH: 'user-month', ONE_TIME: 'one-time' },
  },
} as const;

const dateOf = (date: Date) =>
  new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: string | number | bigint): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

interface ExportData {
  stack: SavedStack;
  evaluated: EvaluatedStack;
  vendors: Map<string, VendorRow>;
  id: string;
}

function lineRows(data: ExportData) {
  return data.evaluated.lines.map((line) => ({
    vendor: data.vendors.get(line.offering.vendorId)!.name,
    offering: line.offering.name,
    available: line.available,
    plan: line.plan.name,
    unit: line.plan.unit,
    unitPrice: line.plan.monthlyPrice,
    quantity: line.quantity,
    cost: line.monthlyCost,
    savedPrice: line.savedMonthlyPrice,
  }));
}

function renderCsv(data: ExportData, language: ExportLanguage): string {
  const w = words[language];
  const e = data.evaluated.evaluation;
  const rows: (string | number | bigint)[][] = [
    [w.stack, data.stack.row.name],
    [w.link, data.id],
    [w.saved, dateOf(data.stack.row.createdAt)],
    [w.priced, dateOf(new Date())],
    [],
    [w.vendor, w.offering, w.plan, w.unit, w.unitPrice, w.quantity, w.cost, w.savedPrice],
    ...lineRows(data).map((line) => [
      line.vendor,
      line.available ? line.offering : `${line.offering} (${w.unavailable})`,
      line.plan,
      w.units[line.unit],
      line.unitPrice,
      line.quantity,
      line.cost,
      line.savedPrice ?? '',
    ]),
    [],
    [w.subtotals],
    ...e.vendorSubtotals.map((s) => [data.vendors.get(s.vendorId)!.name, s.monthlyCost]),
    [],
    [w.total, e.monthlyTotal],
    [`${w.vat} ${data.evaluated.vatBasisPoints / 100}%`, e.vat],
    [w.totalWithVat, e.totalWithVat],
  ];
  // The byte-order mark makes spreadsheet programs read the Vietnamese text as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

// Inline so a saved page keeps its look; the Content-Security-Policy names it by hash.
const printStyle = `
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.45; }
  h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
  .meta { color: #444; margin: 0 0 1rem; }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.92rem; }
  th, td { border-bottom: 1px solid #ccc; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
  th { background: #f1f4f8; }
  .n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  .gone td { color: #8a1c1c; }
  .totals { width: auto; margin-left: auto; }
  .totals th { text-align: left; background: none; }
  .changed { background: #fff4d6; border: 1px solid #e0b000; padding: 0.5rem 0.75rem; }
  button { font: inherit; padding: 0.4rem 0.9rem; cursor: pointer; }
  footer { color: #555; font-size: 0.85rem; margin-top: 2rem; }
  @media print { button { display: none; } body { margin: 0; max-width: none; } }
`;
export const printStyleHash = createHash('sha256').update(printStyle).digest('base64');

/** The print button's script: a file, since the page's policy allows no inline script. */
export const printScriptPath = '/export/print.js';
export const printScript = "document.querySelector('[data-print]')?.addEventListener('click', () => window.print());\n";

function renderHtml(data: ExportData, language: ExportLanguage): string {
  const w = words[language];
  const e = data.evaluated.evaluation;
  const lines = lineRows(data)
    .map(
      (line) => `<tr${line.available ? '' : ' class="gone"'}><td>${escapeHtml(line.vendor)}</td><td>${escapeHtml(line.offering)}${
        line.available ? '' : ` <em>(${w.unavailable})</em>`
      }</td><td>${escapeHtml(line.plan)}</td><td>${w.units[line.unit]}</td><td class="n">${vnd(line.unitPrice)}</td><td class="n">${line.quantity.toLocaleString('vi-VN')}</td><td class="n">${vnd(line.cost)}</td></tr>`,
    )
    .join('\n');
  const subtotals = e.vendorSubtotals
    .map((s) => `<tr><td>${escapeHtml(data.vendors.get(s.vendorId)!.name)}</td><td class="n">${vnd(s.monthlyCost)}</td></tr>`)
    .join('\n');
  const issues = e.issues.map((issue) => `<li><strong>${issue.severity}</strong> ${escapeHtml(language === 'vi' ? issue.message : issue.messageEn)}</li>`).join('\n');
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
${data.evaluated.priceChanged ? `<p class="changed">${w.changed}.</p>` : ''}
<button type="button" data-print>${w.print}</button>
<table>
<thead><tr><th scope="col">${w.vendor}</th><th scope="col">${w.offering}</th><th scope="col">${w.plan}</th><th scope="col">${w.unit}</th><th scope="col" class="n">${w.unitPrice}</th><th scope="col" class="n">${w.quantity}</th><th scope="col" class="n">${w.cost}</th></tr></thead>
<tbody>
${lines}
</tbody>
</table>
<h2>${w.subtotals}</h2>
<table class="totals"><tbody>
${subtotals}
</tbody></table>
<table class="totals"><tbody>
<tr><th scope="row">${w.total}</th><td class="n">${vnd(e.monthlyTotal)}</td></tr>
<tr><th scope="row">${w.vat} ${data.evaluated.vatBasisPoints / 100}%</th><td class="n">${vnd(e.vat)}</td></tr>
<tr><th scope="row">${w.totalWithVat}</th><td class="n"><strong>${vnd(e.totalWithVat)}</strong></td></tr>
<tr><th scope="row">${w.availability}</th><td class="n">${e.compositeAvailability === null ? '—' : `${e.compositeAvailability}%`}</td></tr>
<tr><th scope="row">${w.inVietnam}</th><td class="n">${e.dataInVietnam ? w.yes : w.no}</td></tr>
</tbody></table>
${issues ? `<h2>${w.issues}</h2>\n<ul>\n${issues}\n</ul>` : ''}
<footer>${w.footer}</footer>
<script src="${printScriptPath}"></script>
</body>
</html>
`;
}

export interface ExportResult {
  status: number;
  contentType: string;
  body: string;
  filename?: string;
}

/** GET /export/stacks/<id>.<csv|html>?lang=vi|en */
export async function exportStack(ctx: Context, globalId: string, format: ExportFormat, language: ExportLanguage): Promise<ExportResult> {
  const parsed = fromGlobalId(globalId);
  const stack = parsed?.type === 'Stack' ? await ctx.stacks.stack.load(parsed.id) : null;
  if (!stack) {
    return {
      status: 404,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No saved stack has this id.' } }),
    };
  }
  const evaluated = await ctx.stacks.evaluated.load(stack.row.id);
  const vendorIds = [...new Set(evaluated.lines.map((line) => line.offering.vendorId))];
  const vendors = new Map<string, VendorRow>();
  (await ctx.loaders.vendor.loadMany(vendorIds)).forEach((row) => {
    if (row && !(row instanceof Error)) vendors.set(row.id, row);
  });
  const data = { stack, evaluated, vendors, id: globalId };
  const filename = `mayviet-stack-${globalId.slice(-10)}-${language}.${format}`;
  return format === 'csv'
    ? { status: 200, contentType: 'text/csv; charset=utf-8', body: renderCsv(data, language), filename }
    : { status: 200, contentType: 'text/html; charset=utf-8', body: renderHtml(data, language) };
}
