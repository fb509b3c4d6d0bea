// What both exports of a saved stack show, in Vietnamese or English: their words, lines and totals.
import type { VendorRow } from '@mayviet/db';
import type { EvaluatedStack, SavedStack } from '../model.ts';

export type ExportLanguage = 'vi' | 'en';

export const words = {
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
      redundancyGroup: 'Nhóm dự phòng (chạy song song)',
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
      redundancyGroup: (group: string) => `Dự phòng: chạy song song trong nhóm ${group}`,
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
      redundancyGroup: 'Redundancy group (runs in parallel)',
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
      redundancyGroup: (group: string) => `Redundant: runs in parallel in group ${group}`,
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
export const dateOf = (date: Date) =>
  new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
export interface ExportData {
  stack: SavedStack;
  evaluated: EvaluatedStack;
  vendors: Map<string, VendorRow>;
  id: string;
}

/** An offering's or a plan's name in the export's language: the English one where the partner gave it. */
export const named = (thing: { name: string; nameEn: string | null }, language: ExportLanguage) => (language === 'en' ? (thing.nameEn ?? thing.name) : thing.name);

export function lineRows(data: ExportData, language: ExportLanguage) {
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
    /** lines of one group run in parallel; null: the line runs alone */
    redundancyGroup: line.redundancyGroup,
  }));
}

/** The nine amounts a buyer signs, in the order both exports show them. */
export function totalsOf(evaluated: EvaluatedStack) {
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

export const vatRateOf = (evaluated: EvaluatedStack) => String(evaluated.vatBasisPoints / 100);

export type LineRow = ReturnType<typeof lineRows>[number];
