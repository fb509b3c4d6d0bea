import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import { currentAttestation, effectiveAttestationStatus } from './fragments.ts';
import { rowKeys } from './row-keys.ts';

// The association's ecosystem report, live from the catalog, in one statement.

export interface EcosystemReportRow {
  vendorsByKind: { kind: string; domestic: boolean; count: number }[];
  offeringsByKind: { kind: string; count: number }[];
  offeringsByCategory: { categoryId: number; count: number }[];
  dataCentersByCity: { city: string; countryCode: string; count: number }[];
  dataCentersByTier: { tier: number | null; count: number }[];
  publishedOfferings: number;
  offeringsInVietnam: number;
  verifiedPlatforms: number;
  /** whole VND; median rounded to the đồng */
  priceRanges: { categoryId: number; offerings: number; min: string; median: string; max: string }[];
  quoteRequestsByCategory: { categoryId: number; count: number }[];
  /** offers by where they stand, EXPIRED read from valid_until; an offer a newer one replaced is left out */
  offersByStatus: { status: string; count: number }[];
}

export const ecosystemReportRowKeys = rowKeys<EcosystemReportRow>()([
  'vendorsByKind',
  'offeringsByKind',
  'offeringsByCategory',
  'dataCentersByCity',
  'dataCentersByTier',
  'publishedOfferings',
  'offeringsInVietnam',
  'verifiedPlatforms',
  'priceRanges',
  'quoteRequestsByCategory',
  'offersByStatus',
]);

type ReportItem<K extends keyof EcosystemReportRow> = EcosystemReportRow[K] extends (infer Item)[] ? Item : never;

/** The keys of each list's items, as ecosystemReportRowKeys are the row's. */
export const ecosystemReportItemKeys = {
  vendorsByKind: rowKeys<ReportItem<'vendorsByKind'>>()(['kind', 'domestic', 'count']),
  offeringsByKind: rowKeys<ReportItem<'offeringsByKind'>>()(['kind', 'count']),
  offeringsByCategory: rowKeys<ReportItem<'offeringsByCategory'>>()(['categoryId', 'count']),
  dataCentersByCity: rowKeys<ReportItem<'dataCentersByCity'>>()(['city', 'countryCode', 'count']),
  dataCentersByTier: rowKeys<ReportItem<'dataCentersByTier'>>()(['tier', 'count']),
  priceRanges: rowKeys<ReportItem<'priceRanges'>>()(['categoryId', 'offerings', 'min', 'median', 'max']),
  quoteRequestsByCategory: rowKeys<ReportItem<'quoteRequestsByCategory'>>()(['categoryId', 'count']),
  offersByStatus: rowKeys<ReportItem<'offersByStatus'>>()(['status', 'count']),
} satisfies { [K in keyof EcosystemReportRow as EcosystemReportRow[K] extends unknown[] ? K : never]: readonly string[] };

export async function ecosystemReport(db: Db, frameworkCode: string): Promise<EcosystemReportRow> {
  const [row] = await queryRows<EcosystemReportRow>(
    db,
    sql`select
      coalesce((select json_agg(x order by x.kind, x.domestic desc) from (
        select k.kind, v.domestic, count(*)::int as count from vendors v, unnest(v.kinds::text[]) as k(kind) group by 1, 2) x), '[]') as "vendorsByKind",
      coalesce((select json_agg(x order by x.kind) from (
        select o.kind, count(*)::int as count from offerings o where o.status = 'PUBLISHED' group by 1) x), '[]') as "offeringsByKind",
      coalesce((select json_agg(x order by x.count desc, x."categoryId") from (
        select o.category_id as "categoryId", count(*)::int as count from offerings o where o.status = 'PUBLISHED' group by 1) x), '[]') as "offeringsByCategory",
      coalesce((select json_agg(x order by x.count desc, x.city) from (
        select dc.city, dc.country_code as "countryCode", count(*)::int as count from data_centers dc group by 1, 2) x), '[]') as "dataCentersByCity",
      coalesce((select json_agg(x order by x.tier nulls last) from (
        select dc.tier, count(*)::int as count from data_centers dc group by 1) x), '[]') as "dataCentersByTier",
      (select count(*)::int from offerings o where o.status = 'PUBLISHED') as "publishedOfferings",
      (select count(*)::int from offerings o where o.status = 'PUBLISHED' and o.data_in_vietnam) as "offeringsInVietnam",
      (select count(distinct a.vendor_id)::int from attestations a join compliance_frameworks f on f.id = a.framework_id
        where f.code = ${frameworkCode} and a.vendor_id is not null and ${effectiveAttestationStatus} = 'VERIFIED'
          and ${currentAttestation}) as "verifiedPlatforms",
      coalesce((select json_agg(x order by x."categoryId") from (
        select o.category_id as "categoryId", count(*)::int as offerings, min(o.min_monthly_price)::text as min,
               round(percentile_cont(0.5) within group (order by o.min_monthly_price))::bigint::text as median,
               max(o.min_monthly_price)::text as max
        from offerings o where o.status = 'PUBLISHED' and o.min_monthly_price is not null group by 1) x), '[]') as "priceRanges",
      coalesce((select json_agg(x order by x.count desc, x."categoryId") from (
        -- each request once per category, however many of its vendors' parts and lines name the category
        select o.category_id as "categoryId", count(distinct r.quote_request_id)::int as count
        from vendor_quote_requests r join vendor_quote_request_lines l on l.vendor_quote_request_id = r.id
        join plans p on p.id = l.plan_id join offerings o on o.id = p.offering_id group by 1) x), '[]') as "quoteRequestsByCategory",
      coalesce((select json_agg(x order by x.status) from (
        select case when f.status = 'OPEN' and f.valid_until <= now() then 'EXPIRED' else f.status::text end as status, count(*)::int as count
        from offers f where f.superseded_by_id is null group by 1) x), '[]') as "offersByStatus"`,
  );
  return row!;
}
