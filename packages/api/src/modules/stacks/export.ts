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
    currency: 'Tiền tệ',
    currencyNote: 'VND (đồng), số nguyên; chưa gồm thuế GTGT trừ dòng ghi sau thuế',
    columns: {
      vendor: 'Nhà cung cấp',
      offering: 'Dịch vụ',
      plan: 'Gói',
      unit: 'Đơn vị tính',
      unitPrice: 'Đơn giá (VND / đơn vị tính)',
      monthlyPrice: 'Đơn giá quy ra tháng (VND; theo giờ × 730)',
      quantity: 'Số lượng',
      counts: 'Số lượng tính bằng',
      monthlyCost: 'Thành tiền hằng tháng (VND)',
      oneTimeCost: 'Thành tiền một lần (VND)',
      savedMonthlyPrice: 'Đơn giá quy ra tháng khi lưu (VND)',
      savedOneTimePrice: 'Đơn giá một lần khi lưu (VND)',
      priceChanged: 'Giá đã thay đổi',
    },
    subtotals: 'Tạm tính theo nhà cung cấp (trước thuế)',
    subtotalColumns: ['Hằng tháng (VND)', 'Một lần (VND)', 'Năm đầu: 12 tháng + một lần (VND)'],
    totals: 'Tổng cộng',
    totalRows: (rate: string) => ({
      monthlyTotal: 'Tổng hằng tháng trước thuế (VND)',
      vat: `Thuế GTGT ${rate}% hằng tháng (VND)`,
      totalWithVat: 'Tổng hằng tháng sau thuế (VND)',
      oneTimeTotal: 'Tổng một lần trước thuế (VND)',
      oneTimeVat: `Thuế GTGT ${rate}% một lần (VND)`,
      oneTimeTotalWithVat: 'Tổng một lần sau thuế (VND)',
      firstYearTotal: 'Năm đầu trước thuế: 12 tháng + một lần (VND)',
      firstYearVat: 'Thuế GTGT năm đầu (VND)',
      firstYearTotalWithVat: 'Năm đầu sau thuế (VND)',
    }),
    page: {
      unitPrice: 'Đơn giá',
      quantity: 'Số lượng',
      monthlyCost: 'Thành tiền hằng tháng',
      oneTimeCost: 'Thành tiền một lần',
      monthly: 'Hằng tháng',
      oneTime: 'Một lần',
      firstYear: 'Năm đầu (12 tháng + một lần)',
      summary: 'Tổng hợp chi phí',
      beforeVat: 'Trước thuế',
      vat: (rate: string) => `Thuế GTGT ${rate}%`,
      withVat: 'Sau thuế',
      whenSaved: 'khi lưu',
      hours: '730 giờ',
      preparedBy: 'Người lập',
      approvedBy: 'Người duyệt',
      signHint: '(Ký, ghi rõ họ tên)',
    },
    availability: 'Độ sẵn sàng tổng hợp',
    /** "99.9400" as Vietnamese write it: a decimal comma */
    decimal: (value: string) => value.replace('.', ','),
    inVietnam: 'Dữ liệu chỉ ở Việt Nam',
    yes: 'Có',
    no: 'Không',
    issues: 'Nhận xét về bộ giải pháp',
    severity: { ERROR: 'Lỗi', WARNING: 'Cảnh báo', INFO: 'Lưu ý' },
    unavailable: 'không còn cung cấp',
    changed: 'Giá đã thay đổi kể từ khi lưu: giá ngày lưu ghi trong ngoặc bên cạnh đơn giá hôm nay.',
    print: 'In / Lưu PDF',
    footer: 'Mây Việt — sàn điện toán đám mây Việt Nam. Giá tham khảo, chưa phải báo giá.',
    /** a unit in words, for the CSV's unit column */
    units: { MONTH: 'tháng', HOUR: 'giờ', GB_MONTH: 'GB / tháng', USER_MONTH: 'người dùng / tháng', ONE_TIME: 'một lần' },
    /** what follows a price: "450 ₫ / GB / tháng", "12.000.000 ₫ trả một lần" */
    per: { MONTH: '/ tháng', HOUR: '/ giờ', GB_MONTH: '/ GB / tháng', USER_MONTH: '/ người dùng / tháng', ONE_TIME: 'trả một lần' },
    /** what a line's quantity counts */
    counts: { MONTH: 'gói', HOUR: 'gói', GB_MONTH: 'GB', USER_MONTH: 'người dùng', ONE_TIME: 'gói' },
    countsOne: { MONTH: 'gói', HOUR: 'gói', GB_MONTH: 'GB', USER_MONTH: 'người dùng', ONE_TIME: 'gói' },
  },
  en: {
    stack: 'Stack',
    link: 'Id',
    saved: 'Saved on',
    priced: 'Priced on',
    currency: 'Currency',
    currencyNote: 'VND (đồng), whole numbers; before VAT unless a row says with VAT',
    columns: {
      vendor: 'Vendor',
      offering: 'Offering',
      plan: 'Plan',
      unit: 'Unit',
      unitPrice: 'Unit price (VND per unit)',
      monthlyPrice: 'Monthly unit price (VND; hourly × 730)',
      quantity: 'Quantity',
      counts: 'Quantity counts',
      monthlyCost: 'Monthly cost (VND)',
      oneTimeCost: 'One-time cost (VND)',
      savedMonthlyPrice: 'Monthly unit price when saved (VND)',
      savedOneTimePrice: 'One-time unit price when saved (VND)',
      priceChanged: 'Price changed',
    },
    subtotals: 'Subtotals by vendor (before VAT)',
    subtotalColumns: ['Monthly (VND)', 'One-time (VND)', 'First year: 12 months + one-time (VND)'],
    totals: 'Totals',
    totalRows: (rate: string) => ({
      monthlyTotal: 'Monthly total before VAT (VND)',
      vat: `VAT ${rate}% on the monthly total (VND)`,
      totalWithVat: 'Monthly total with VAT (VND)',
      oneTimeTotal: 'One-time total before VAT (VND)',
      oneTimeVat: `VAT ${rate}% on the one-time total (VND)`,
      oneTimeTotalWithVat: 'One-time total with VAT (VND)',
      firstYearTotal: 'First year before VAT: 12 months + one-time (VND)',
      firstYearVat: 'First-year VAT (VND)',
      firstYearTotalWithVat: 'First year with VAT (VND)',
    }),
    page: {
      unitPrice: 'Unit price',
      quantity: 'Quantity',
      monthlyCost: 'Monthly cost',
      oneTimeCost: 'One-time cost',
      monthly: 'Monthly',
      oneTime: 'One-time',
      firstYear: 'First year (12 months + one-time)',
      summary: 'Cost summary',
      beforeVat: 'Before VAT',
      vat: (rate: string) => `VAT ${rate}%`,
      withVat: 'With VAT',
      whenSaved: 'when saved',
      hours: '730 hours',
      preparedBy: 'Prepared by',
      approvedBy: 'Approved by',
      signHint: '(Signature and full name)',
    },
    availability: 'Composite availability',
    decimal: (value: string) => value,
    inVietnam: 'Data only in Vietnam',
    yes: 'Yes',
    no: 'No',
    issues: 'Notes on the stack',
    severity: { ERROR: 'Error', WARNING: 'Warning', INFO: 'Note' },
    unavailable: 'no longer offered',
    changed: 'Prices changed since the stack was saved: the price of that day is in brackets beside today’s.',
    print: 'Print / Save as PDF',
    footer: 'Mây Việt — the marketplace of Vietnam’s cloud. Indicative prices, not a quote.',
    units: { MONTH: 'month', HOUR: 'hour', GB_MONTH: 'GB / month', USER_MONTH: 'user / month', ONE_TIME: 'one-time' },
    per: { MONTH: '/ month', HOUR: '/ hour', GB_MONTH: '/ GB / month', USER_MONTH: '/ user / month', ONE_TIME: 'one-time' },
    counts: { MONTH: 'plans', HOUR: 'plans', GB_MONTH: 'GB', USER_MONTH: 'users', ONE_TIME: 'plans' },
    countsOne: { MONTH: 'plan', HOUR: 'plan', GB_MONTH: 'GB', USER_MONTH: 'user', ONE_TIME: 'plan' },
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

/** An offering's or a plan's name in the export's language: the English one where the partner gave it. */
const named = (thing: { name: string; nameEn: string | null }, language: ExportLanguage) => (language === 'en' ? (thing.nameEn ?? thing.name) : thing.name);

function lineRows(data: ExportData, language: ExportLanguage) {
  return data.evaluated.lines.map((line) => ({
    vendor: data.vendors.get(line.offering.vendorId)!.name,
    offering: named(line.offering, language),
    available: line.available,
    plan: named(line.plan, language),
    unit: line.plan.unit,
    /** the plan's price per its unit: per hour, per GB a month, once… */
    unitPrice: BigInt(line.plan.price),
    /** one unit for a month (an hour counts 730); 0 for a one-time plan */
    monthlyPrice: BigInt(line.plan.monthlyPrice),
    quantity: line.quantity,
    monthlyCost: line.monthlyCost,
    oneTimeCost: line.oneTimeCost,
    savedMonthlyPrice: line.savedMonthlyPrice,
    savedOneTimePrice: line.savedOneTimePrice,
    priceChanged: line.priceChanged,
  }));
}

/** The nine amounts a buyer signs, in the order both exports show them. */
function totalsOf(evaluated: EvaluatedStack) {
  const e = evaluated.evaluation;
  return {
    monthlyTotal: e.monthlyTotal,
    vat: e.vat,
    totalWithVat: e.totalWithVat,
    oneTimeTotal: e.oneTimeTotal,
    oneTimeVat: e.oneTimeVat,
    oneTimeTotalWithVat: e.oneTimeTotal + e.oneTimeVat,
    firstYearTotal: e.firstYearTotal,
    firstYearVat: e.firstYearVat,
    firstYearTotalWithVat: e.firstYearTotal + e.firstYearVat,
  };
}

const vatRateOf = (evaluated: EvaluatedStack) => String(evaluated.vatBasisPoints / 100);

function renderCsv(data: ExportData, language: ExportLanguage): string {
  const w = words[language];
  const c = w.columns;
  const e = data.evaluated.evaluation;
  const totals = totalsOf(data.evaluated);
  const labels = w.totalRows(vatRateOf(data.evaluated));
  const rows: (string | number | bigint)[][] = [
    [w.stack, data.stack.row.name],
    [w.link, data.id],
    [w.saved, dateOf(data.stack.row.createdAt)],
    [w.priced, dateOf(new Date())],
    [w.currency, w.currencyNote],
    [],
    [c.vendor, c.offering, c.plan, c.unit, c.unitPrice, c.monthlyPrice, c.quantity, c.counts, c.monthlyCost, c.oneTimeCost, c.savedMonthlyPrice, c.savedOneTimePrice, c.priceChanged],
    ...lineRows(data, language).map((line) => [
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
    ]),
    [],
    [w.subtotals],
    [c.vendor, ...w.subtotalColumns],
    ...e.vendorSubtotals.map((s) => [data.vendors.get(s.vendorId)!.name, s.monthlyCost, s.oneTimeCost, 12n * s.monthlyCost + s.oneTimeCost]),
    [],
    [w.totals],
    ...(Object.keys(labels) as (keyof typeof labels)[]).map((key) => [labels[key], totals[key]]),
  ];
  // The byte-order mark makes spreadsheet programs read the Vietnamese text as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

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

type LineRow = ReturnType<typeof lineRows>[number];

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

function renderHtml(data: ExportData, language: ExportLanguage): string {
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
        td(c.offering, `${escapeHtml(line.offering)}${line.available ? '' : ` <em>(${w.unavailable})</em>`}`, 't'),
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
