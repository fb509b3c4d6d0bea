import { ecosystemReport, type CategoryRow, type EcosystemReportRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { micFrameworkCode } from '../stacks/model.ts';

export async function loadReport(ctx: Context) {
  const [row, categories] = await Promise.all([ecosystemReport(ctx.database.db, micFrameworkCode), ctx.loaders.catalog.categories()]);
  return shapeReport(row, categories);
}

/** The report with categories resolved and the residency share computed (one decimal, half up). */
export function shapeReport(row: EcosystemReportRow, categories: CategoryRow[]) {
  const category = (id: number) => categories.find((c) => c.id === id)!;
  const share = row.publishedOfferings === 0 ? 0 : Math.round((row.offeringsInVietnam * 1000) / row.publishedOfferings) / 10;
  return {
    vendorsByKind: row.vendorsByKind.map((v) => ({ key: v.kind, detail: v.domestic ? 'DOMESTIC' : 'FOREIGN', count: v.count })),
    offeringsByKind: row.offeringsByKind.map((o) => ({ key: o.kind, detail: null, count: o.count })),
    offeringsByCategory: row.offeringsByCategory.map((o) => ({ category: category(o.categoryId), count: o.count })),
    dataCentersByCity: row.dataCentersByCity.map((d) => ({ key: d.city, detail: d.countryCode, count: d.count })),
    dataCentersByTier: row.dataCentersByTier.map((d) => ({ key: d.tier === null ? 'UNRATED' : String(d.tier), detail: null, count: d.count })),
    publishedOfferings: row.publishedOfferings,
    offeringsInVietnam: row.offeringsInVietnam,
    shareInVietnam: share.toFixed(1),
    verifiedPlatforms: row.verifiedPlatforms,
    priceRanges: row.priceRanges.map((p) => ({ ...p, category: category(p.categoryId) })),
    quoteRequestsByCategory: row.quoteRequestsByCategory.map((q) => ({ category: category(q.categoryId), count: q.count })),
    offersByStatus: row.offersByStatus.map((o) => ({ key: o.status, detail: null, count: o.count })),
    generatedAt: new Date(),
  };
}

export type Report = ReturnType<typeof shapeReport>;

const cell = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The report as CSV: one section per table, "section,key,detail,value" rows. */
export function reportCsv(report: Report): string {
  const rows: (string | number)[][] = [['section', 'key', 'detail', 'value']];
  for (const r of report.vendorsByKind) rows.push(['vendors_by_kind', r.key, r.detail ?? '', r.count]);
  for (const r of report.offeringsByKind) rows.push(['offerings_by_kind', r.key, '', r.count]);
  for (const r of report.offeringsByCategory) rows.push(['offerings_by_category', r.category.slug, r.category.nameEn, r.count]);
  for (const r of report.dataCentersByCity) rows.push(['data_centers_by_city', r.key, r.detail ?? '', r.count]);
  for (const r of report.dataCentersByTier) rows.push(['data_centers_by_tier', r.key, '', r.count]);
  rows.push(['published_offerings', '', '', report.publishedOfferings]);
  rows.push(['offerings_in_vietnam', '', '', report.offeringsInVietnam]);
  rows.push(['share_in_vietnam_percent', '', '', report.shareInVietnam]);
  rows.push(['verified_platforms', '', '', report.verifiedPlatforms]);
  for (const r of report.priceRanges) {
    rows.push(['monthly_price_min_vnd', r.category.slug, '', r.min], ['monthly_price_median_vnd', r.category.slug, '', r.median], ['monthly_price_max_vnd', r.category.slug, '', r.max]);
  }
  for (const r of report.quoteRequestsByCategory) rows.push(['quote_requests_by_category', r.category.slug, r.category.nameEn, r.count]);
  for (const r of report.offersByStatus) rows.push(['offers_by_status', r.key, '', r.count]);
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
