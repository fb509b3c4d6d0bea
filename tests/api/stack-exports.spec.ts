import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { plansOf, saveMutation, type PlanInfo } from '../support/stacks.ts';

// The CSV and the printable page are what a procurement officer files and signs: every price with its
// unit, every quantity with what it counts, one-time fees beside the monthly amounts, and the totals the
// API evaluates (monthly, one-time and first year, each with VAT). Figures come from the API, not from here.

let server: TestServer;
let plans: Record<string, PlanInfo[]>;
let stackId: string;
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  plans = await plansOf(server, 'misa-accounting-self-hosted', 'viettel-cloud-server', 'viettel-cloud-backup', 'viettel-business-email', 'mekong-vps');
  const saved = await server.gql(saveMutation, {
    input: {
      name: 'Kế toán tự cài, sao lưu và thư điện tử',
      items: [
        { planId: plan('misa-accounting-self-hosted', 'Bản quyền').id, quantity: 2 },
        { planId: plan('misa-accounting-self-hosted', 'Cập nhật').id, quantity: 2 },
        { planId: plan('viettel-cloud-server', 'theo giờ').id, quantity: 2 },
        { planId: plan('viettel-cloud-server', '4 vCPU').id, quantity: 1 },
        { planId: plan('viettel-cloud-backup', 'Theo GB').id, quantity: 200 },
        { planId: plan('viettel-business-email', 'Cơ bản').id, quantity: 10 },
      ],
    },
  });
  expect(saved.data.saveStack.userErrors).toEqual([]);
  stackId = saved.data.saveStack.stack.id;
});
afterAll(() => server.close());

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const plan = (slug: string, name: string) => plans[slug]!.find((p) => p.name.includes(name))!;
const vnd = (amount: string | bigint) => `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;

interface Line {
  quantity: number;
  plan: { name: string; nameEn: string | null; unit: string; price: { amount: string } };
  offering: { name: string; nameEn: string | null };
  monthlyPrice: { amount: string };
  monthlyCost: { amount: string };
  oneTimePrice: { amount: string };
  oneTimeCost: { amount: string };
  savedMonthlyPrice: { amount: string };
  savedOneTimePrice: { amount: string };
  priceChanged: boolean;
}
type Amount = { amount: string };
interface Evaluation {
  monthlyTotal: Amount;
  vat: Amount;
  totalWithVat: Amount;
  oneTimeTotal: Amount;
  oneTimeVat: Amount;
  oneTimeTotalWithVat: Amount;
  firstYearTotal: Amount;
  firstYearVat: Amount;
  firstYearTotalWithVat: Amount;
  vatRate: string;
  compositeAvailability: string | null;
  vendorSubtotals: { vendor: { name: string }; monthlyCost: Amount; oneTimeCost: Amount; firstYearCost: Amount }[];
  issues: { severity: string; message: string; messageEn: string }[];
}

async function savedStack(id: string): Promise<{ csvPath: string; csvEn: string; printPath: string; printEn: string; items: Line[]; evaluation: Evaluation }> {
  const response = await server.gql(
    `query($id: ID!) { stack(id: $id) {
       csvPath csvEn: csvPath(language: EN) printPath printEn: printPath(language: EN)
       items { quantity plan { name nameEn unit price { amount } } offering { name nameEn } monthlyPrice { amount } monthlyCost { amount }
               oneTimePrice { amount } oneTimeCost { amount } savedMonthlyPrice { amount } savedOneTimePrice { amount } priceChanged }
       evaluation { vatRate compositeAvailability monthlyTotal { amount } vat { amount } totalWithVat { amount }
         oneTimeTotal { amount } oneTimeVat { amount } oneTimeTotalWithVat { amount }
         firstYearTotal { amount } firstYearVat { amount } firstYearTotalWithVat { amount }
         vendorSubtotals { vendor { name } monthlyCost { amount } oneTimeCost { amount } firstYearCost { amount } }
         issues { severity message messageEn } } } }`,
    { id },
  );
  expect(response.errors).toBeUndefined();
  return response.data.stack;
}

/** A name as the export in `language` shows it: the English one where given. */
const named = (thing: { name: string; nameEn: string | null }, language: 'vi' | 'en') => (language === 'en' && thing.nameEn ? thing.nameEn : thing.name);

/** A letter only Vietnamese writes, and the proper names an English export keeps as they are. */
const vietnameseLetter = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const properNames = /Mây Việt|Hà Nội|Bình Dương|TP\. Hồ Chí Minh|Đà Nẵng|Cần Thơ|đồng/g;

async function get(path: string): Promise<string> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status, path).toBe(200);
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(new Uint8Array(await response.arrayBuffer()));
}

/** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(value);
      value = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
      i++;
    } else value += char;
  }
  return rows;
}

/** The rows after the one whose first cell is `title`, up to the next empty row. */
function section(rows: string[][], title: string): string[][] {
  const start = rows.findIndex((row) => row[0] === title);
  expect(start, `a section starting with ${title}`).toBeGreaterThanOrEqual(0);
  const end = rows.findIndex((row, index) => index > start && row.length === 1 && row[0] === '');
  return rows.slice(start + 1, end === -1 ? undefined : end);
}

/** The page's text as a reader sees it: tags dropped, entities read, white space collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');

const csvWords = {
  vi: {
    header: [
      'Nhà cung cấp',
      'Dịch vụ',
      'Gói',
      'Đơn vị tính',
      'Đơn giá (VND / đơn vị tính)',
      'Đơn giá quy ra tháng (VND; theo giờ × 730)',
      'Số lượng',
      'Số lượng tính bằng',
      'Thành tiền hằng tháng (VND)',
      'Thành tiền một lần (VND)',
      'Đơn giá quy ra tháng khi lưu (VND)',
      'Đơn giá một lần khi lưu (VND)',
      'Giá đã thay đổi',
    ],
    units: { MONTH: 'tháng', HOUR: 'giờ', GB_MONTH: 'GB / tháng', USER_MONTH: 'người dùng / tháng', ONE_TIME: 'một lần' } as Record<string, string>,
    counts: { MONTH: 'gói', HOUR: 'gói', GB_MONTH: 'GB', USER_MONTH: 'người dùng', ONE_TIME: 'gói' } as Record<string, string>,
    subtotals: 'Tạm tính theo nhà cung cấp (trước thuế)',
    subtotalHeader: ['Nhà cung cấp', 'Hằng tháng (VND)', 'Một lần (VND)', 'Năm đầu: 12 tháng + một lần (VND)'],
    totals: 'Tổng cộng',
    totalRows: (rate: string) => [
      ['Tổng hằng tháng trước thuế (VND)', 'monthlyTotal'],
      [`Thuế GTGT ${rate}% hằng tháng (VND)`, 'vat'],
      ['Tổng hằng tháng sau thuế (VND)', 'totalWithVat'],
      ['Tổng một lần trước thuế (VND)', 'oneTimeTotal'],
      [`Thuế GTGT ${rate}% một lần (VND)`, 'oneTimeVat'],
      ['Tổng một lần sau thuế (VND)', 'oneTimeTotalWithVat'],
      ['Năm đầu trước thuế: 12 tháng + một lần (VND)', 'firstYearTotal'],
      ['Thuế GTGT năm đầu (VND)', 'firstYearVat'],
      ['Năm đầu sau thuế (VND)', 'firstYearTotalWithVat'],
    ] as const,
    yes: 'Có',
    no: 'Không',
  },
  en: {
    header: [
      'Vendor',
      'Offering',
      'Plan',
      'Unit',
      'Unit price (VND per unit)',
      'Monthly unit price (VND; hourly × 730)',
      'Quantity',
      'Quantity counts',
      'Monthly cost (VND)',
      'One-time cost (VND)',
      'Monthly unit price when saved (VND)',
      'One-time unit price when saved (VND)',
      'Price changed',
    ],
    units: { MONTH: 'month', HOUR: 'hour', GB_MONTH: 'GB / month', USER_MONTH: 'user / month', ONE_TIME: 'one-time' } as Record<string, string>,
    counts: { MONTH: 'plans', HOUR: 'plans', GB_MONTH: 'GB', USER_MONTH: 'users', ONE_TIME: 'plans' } as Record<string, string>,
    subtotals: 'Subtotals by vendor (before VAT)',
    subtotalHeader: ['Vendor', 'Monthly (VND)', 'One-time (VND)', 'First year: 12 months + one-time (VND)'],
    totals: 'Totals',
    totalRows: (rate: string) => [
      ['Monthly total before VAT (VND)', 'monthlyTotal'],
      [`VAT ${rate}% on the monthly total (VND)`, 'vat'],
      ['Monthly total with VAT (VND)', 'totalWithVat'],
      ['One-time total before VAT (VND)', 'oneTimeTotal'],
      [`VAT ${rate}% on the one-time total (VND)`, 'oneTimeVat'],
      ['One-time total with VAT (VND)', 'oneTimeTotalWithVat'],
      ['First year before VAT: 12 months + one-time (VND)', 'firstYearTotal'],
      ['First-year VAT (VND)', 'firstYearVat'],
      ['First year with VAT (VND)', 'firstYearTotalWithVat'],
    ] as const,
    yes: 'Yes',
    no: 'No',
  },
};

describe('a stack’s CSV', () => {
  for (const language of ['vi', 'en'] as const) {
    it(`(${language}) gives each line its unit, price per unit, quantity, monthly and one-time cost, and the API’s totals`, async () => {
      const stack = await savedStack(stackId);
      const w = csvWords[language];
      const rows = parseCsv(await get(language === 'vi' ? stack.csvPath : stack.csvEn));

      const lines = section(rows, w.header[0]!);
      expect(rows.find((row) => row[0] === w.header[0])).toEqual(w.header);
      expect(lines).toHaveLength(stack.items.length);
      for (const item of stack.items) {
        const row = lines.find((cells) => cells[2] === named(item.plan, language))!;
        expect(row, item.plan.name).toBeDefined();
        expect(row[1]).toBe(named(item.offering, language));
        expect(row.slice(3)).toEqual([
          w.units[item.plan.unit],
          item.plan.price.amount,
          item.monthlyPrice.amount,
          String(item.quantity),
          w.counts[item.plan.unit],
          item.monthlyCost.amount,
          item.oneTimeCost.amount,
          item.savedMonthlyPrice.amount,
          item.savedOneTimePrice.amount,
          w.no,
        ]);
      }
      // MISA's licence: a one-time 12,000,000 đồng, two of them, nothing a month.
      const licence = lines.find((cells) => cells[2] === named(stack.items.find((item) => item.plan.name === 'Bản quyền')!.plan, language))!;
      expect([licence[3], licence[4], licence[5], licence[6], licence[8], licence[9]]).toEqual([w.units.ONE_TIME, '12000000', '0', '2', '0', '24000000']);
      // The hourly server: its hourly price and what it costs a month, 730 hours.
      const hourly = stack.items.find((item) => item.plan.unit === 'HOUR')!;
      const hourlyRow = lines.find((cells) => cells[2] === named(hourly.plan, language))!;
      expect(BigInt(hourlyRow[5]!)).toBe(BigInt(hourlyRow[4]!) * 730n);

      const e = stack.evaluation;
      const subtotals = section(rows, w.subtotals);
      expect(subtotals).toEqual([
        w.subtotalHeader,
        ...e.vendorSubtotals.map((s) => [s.vendor.name, s.monthlyCost.amount, s.oneTimeCost.amount, s.firstYearCost.amount]),
      ]);
      expect(section(rows, w.totals)).toEqual(w.totalRows(e.vatRate).map(([label, field]) => [label, e[field].amount]));
      expect(BigInt(e.oneTimeTotal.amount)).toBeGreaterThanOrEqual(24_000_000n);
    });
  }
});

describe('a stack’s printable page', () => {
  it('(vi) shows units beside prices, what quantities count, one-time and first-year amounts with VAT, severities in Vietnamese', async () => {
    const stack = await savedStack(stackId);
    const e = stack.evaluation;
    expect(e.issues.some((issue) => issue.severity === 'WARNING')).toBe(true);
    const html = await get(stack.printPath);
    const text = textOf(html);

    expect(text).toContain('12.000.000 ₫ trả một lần');
    expect(text).toContain('2 gói');
    expect(text).toContain(`${vnd(24_000_000n)}`);
    expect(text).toContain('600 ₫ / GB / tháng');
    expect(text).toContain('200 GB');
    expect(text).toContain('35.000 ₫ / người dùng / tháng');
    expect(text).toContain('10 người dùng');
    const hourly = stack.items.find((item) => item.plan.unit === 'HOUR')!;
    expect(text).toContain(`${vnd(hourly.plan.price.amount)} / giờ = ${vnd(hourly.monthlyPrice.amount)} / tháng (730 giờ)`);

    for (const s of e.vendorSubtotals) {
      expect(text).toContain(`${s.vendor.name} ${vnd(s.monthlyCost.amount)} ${vnd(s.oneTimeCost.amount)} ${vnd(s.firstYearCost.amount)}`);
    }
    expect(text).toContain(`Trước thuế Thuế GTGT ${e.vatRate}% Sau thuế`);
    expect(text).toContain(`Hằng tháng ${vnd(e.monthlyTotal.amount)} ${vnd(e.vat.amount)} ${vnd(e.totalWithVat.amount)}`);
    expect(text).toContain(`Một lần ${vnd(e.oneTimeTotal.amount)} ${vnd(e.oneTimeVat.amount)} ${vnd(e.oneTimeTotalWithVat.amount)}`);
    expect(text).toContain(
      `Năm đầu (12 tháng + một lần) ${vnd(e.firstYearTotal.amount)} ${vnd(e.firstYearVat.amount)} ${vnd(e.firstYearTotalWithVat.amount)}`,
    );
    // A Vietnamese decimal has a comma.
    expect(text).toContain(`Độ sẵn sàng tổng hợp ${e.compositeAvailability!.replace('.', ',')}%`);
    expect(text).toContain('Người lập');
    expect(text).toContain('Người duyệt');

    expect(html).not.toMatch(/WARNING|ERROR|\bINFO\b/);
    expect(text).toContain(`Cảnh báo ${e.issues.find((issue) => issue.severity === 'WARNING')!.message}`);
    // Nothing of the English page leaks in: no severity, no message, no English name.
    expect(text).not.toMatch(/\b(Warning|Error|Note)\b/i);
    for (const issue of e.issues) expect(text).not.toContain(issue.messageEn);
    for (const item of stack.items) {
      expect(text).toContain(item.offering.name);
      expect(text).toContain(item.plan.name);
      for (const named of [item.plan, item.offering]) if (named.nameEn && !named.name.includes(named.nameEn)) expect(text).not.toContain(named.nameEn);
    }
  });

  it('(en) the same in English', async () => {
    const stack = await savedStack(stackId);
    const e = stack.evaluation;
    const text = textOf(await get(stack.printEn));
    expect(text).toContain('12.000.000 ₫ one-time');
    expect(text).toContain('2 plans');
    expect(text).toContain('600 ₫ / GB / month');
    expect(text).toContain('200 GB');
    expect(text).toContain('35.000 ₫ / user / month');
    expect(text).toContain('10 users');
    const hourly = stack.items.find((item) => item.plan.unit === 'HOUR')!;
    expect(text).toContain(`${vnd(hourly.plan.price.amount)} / hour = ${vnd(hourly.monthlyPrice.amount)} / month (730 hours)`);
    expect(text).toContain(`Before VAT VAT ${e.vatRate}% With VAT`);
    expect(text).toContain(`Monthly ${vnd(e.monthlyTotal.amount)} ${vnd(e.vat.amount)} ${vnd(e.totalWithVat.amount)}`);
    expect(text).toContain(`One-time ${vnd(e.oneTimeTotal.amount)} ${vnd(e.oneTimeVat.amount)} ${vnd(e.oneTimeTotalWithVat.amount)}`);
    expect(text).toContain(
      `First year (12 months + one-time) ${vnd(e.firstYearTotal.amount)} ${vnd(e.firstYearVat.amount)} ${vnd(e.firstYearTotalWithVat.amount)}`,
    );
    expect(text).toContain(`Warning ${e.issues.find((issue) => issue.severity === 'WARNING')!.messageEn}`);
    expect(text).not.toContain('WARNING');
    expect(text).toContain(`Composite availability ${e.compositeAvailability}%`);
  });

  it('(en) names offerings and plans in English, and says nothing else in Vietnamese', async () => {
    const stack = await savedStack(stackId);
    const text = textOf(await get(stack.printEn));
    expect(stack.items.filter((item) => item.offering.nameEn && item.plan.nameEn).length).toBeGreaterThanOrEqual(3);
    for (const item of stack.items) expect(text).toContain(`${named(item.offering, 'en')} ${named(item.plan, 'en')}`);
    expect(leftInVietnamese(text, stack)).toEqual([]);
  });

  it('names offerings and quotes requirements in each page’s language in its issues', async () => {
    // MISA's software needs compute from Viettel IDC, VNPT IT or CMC Cloud; Mekong's servers are in one data centre.
    const saved = await server.gql(saveMutation, {
      input: {
        name: 'Kế toán trên Mekong',
        items: [{ planId: plan('misa-accounting-self-hosted', 'Bản quyền').id }, { planId: plans['mekong-vps']![0]!.id }],
      },
    });
    expect(saved.data.saveStack.userErrors).toEqual([]);
    const stack = await savedStack(saved.data.saveStack.stack.id);
    const misa = stack.items.find((item) => item.plan.name === 'Bản quyền')!.offering;
    const mekong = stack.items.find((item) => item.offering !== misa)!.offering;
    const issues = stack.evaluation.issues;
    const unmet = issues.find((issue) => issue.messageEn.startsWith('A requirement of'))!;
    expect(unmet.messageEn).toContain(`A requirement of ${misa.nameEn} is not met: needs compute from Viettel IDC, VNPT IT or CMC Cloud to install the software on.`);
    expect(unmet.message).toContain(`Yêu cầu của «${misa.name}» chưa được đáp ứng: cần máy chủ ảo của Viettel IDC, VNPT IT hoặc CMC Cloud để cài đặt phần mềm.`);
    expect(issues.some((issue) => issue.messageEn.startsWith(`${mekong.nameEn} runs in one data center`))).toBe(true);

    const en = textOf(await get(stack.printEn));
    for (const issue of issues) expect(en).toContain(issue.messageEn);
    expect(leftInVietnamese(en, stack, 'Kế toán trên Mekong')).toEqual([]);
    const vi = textOf(await get(stack.printPath));
    for (const issue of issues) {
      expect(vi).toContain(issue.message);
      expect(vi).not.toContain(issue.messageEn);
    }
  });
});

/** The words of an English export with Vietnamese letters, besides vendors' names, the stack's own name, places and the currency. */
function leftInVietnamese(text: string, stack: { evaluation: Evaluation }, stackName = 'Kế toán tự cài, sao lưu và thư điện tử'): string[] {
  const names = [...stack.evaluation.vendorSubtotals.map((s) => s.vendor.name), stackName];
  const rest = names.reduce((left, name) => left.replaceAll(name, ''), text).replace(properNames, '');
  return rest.match(new RegExp(`\\S*${vietnameseLetter.source}\\S*`, 'gi')) ?? [];
}

describe('a stack’s CSV in English', () => {
  it('names offerings and plans in English and says nothing else in Vietnamese', async () => {
    const stack = await savedStack(stackId);
    const text = await get(stack.csvEn);
    const rows = parseCsv(text);
    for (const item of stack.items) {
      expect(rows.some((row) => row[1] === named(item.offering, 'en') && row[2] === named(item.plan, 'en')), item.plan.name).toBe(true);
    }
    expect(leftInVietnamese(text, stack)).toEqual([]);
  });
});

describe('a saved stack whose one-time price changed', () => {
  it('shows the price of the day it was saved beside today’s, in the CSV and on the page', async () => {
    const licence = plan('misa-accounting-self-hosted', 'Bản quyền');
    const saved = await server.gql(saveMutation, { input: { name: 'Bản quyền kế toán', items: [{ planId: licence.id, quantity: 1 }] } });
    expect(saved.data.saveStack.userErrors).toEqual([]);
    const id = saved.data.saveStack.stack.id;

    await server.owner.db.execute(sql`update plans set price = 13000000 where id = ${dbId(licence.id)}`);
    try {
      const stack = await savedStack(id);
      expect(stack.items[0]!.priceChanged).toBe(true);

      for (const language of ['vi', 'en'] as const) {
        const w = csvWords[language];
        const rows = parseCsv(await get(language === 'vi' ? stack.csvPath : stack.csvEn));
        const [row] = section(rows, w.header[0]!);
        expect(row!.slice(3)).toEqual([w.units.ONE_TIME, '13000000', '0', '1', w.counts.ONE_TIME, '0', '13000000', '0', '12000000', w.yes]);
      }
      const vi = textOf(await get(stack.printPath));
      expect(vi).toContain('13.000.000 ₫ trả một lần (khi lưu: 12.000.000 ₫ trả một lần)');
      expect(vi).toContain('Giá đã thay đổi kể từ khi lưu');
      const en = textOf(await get(stack.printEn));
      expect(en).toContain('13.000.000 ₫ one-time (when saved: 12.000.000 ₫ one-time)');
    } finally {
      await server.owner.db.execute(sql`update plans set price = 12000000 where id = ${dbId(licence.id)}`);
    }
  });
});
