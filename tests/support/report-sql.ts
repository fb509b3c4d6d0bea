import type { Database } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { rows } from './sql.ts';

/** A category's count, with what a report table shows of the category. */
export interface CategoryFigure {
  slug: string;
  name: string;
  kind: string;
  count: number;
}

/**
 * The ecosystem report's figures computed here, from the tables, apart from the API's query: what the
 * report says and shows must equal these. Lists are in the report's order (largest count first, then by
 * category id or city).
 */
export async function reportFiguresFromSql(database: Database) {
  const byCategory = (counted: ReturnType<typeof sql>) =>
    rows<CategoryFigure>(
      database,
      sql`select c.slug, c.name, c.kind::text as kind, x.count from (${counted}) x join categories c on c.id = x.category_id order by x.count desc, c.id`,
    );
  const [totals] = await rows<{ published: number; inVietnam: number; verifiedPlatforms: number }>(
    database,
    sql`select (select count(*)::int from offerings where status = 'PUBLISHED') as published,
               -- residency from the data centers themselves: some, and none abroad
               (select count(*)::int from offerings o where o.status = 'PUBLISHED'
                  and exists (select 1 from offering_data_centers x where x.offering_id = o.id)
                  and not exists (select 1 from offering_data_centers x join data_centers d on d.id = x.data_center_id
                                  where x.offering_id = o.id and d.country_code <> 'VN')) as "inVietnam",
               (select count(distinct a.vendor_id)::int from attestations a join compliance_frameworks f on f.id = a.framework_id
                  where f.code = 'MIC-CLOUD-153' and a.status = 'VERIFIED' and a.superseded_at is null
                    and (a.valid_until is null or a.valid_until > now())) as "verifiedPlatforms"`,
  );
  return {
    ...totals!,
    offeringsByKind: await rows<{ key: string; count: number }>(
      database,
      sql`select kind::text as key, count(*)::int as count from offerings where status = 'PUBLISHED' group by 1 order by 1`,
    ),
    offeringsByCategory: await byCategory(sql`select category_id, count(*)::int as count from offerings where status = 'PUBLISHED' group by 1`),
    /** every status counted: what offeringsByCategory must not be */
    listingsByCategory: await byCategory(sql`select category_id, count(*)::int as count from offerings group by 1`),
    vendorsByKind: await rows<{ key: string; detail: string; count: number }>(
      database,
      sql`select k::text as key, case when v.domestic then 'DOMESTIC' else 'FOREIGN' end as detail, count(*)::int as count
          from vendors v cross join unnest(v.kinds) k group by 1, 2 order by 1, 2`,
    ),
    dataCentersByCity: await rows<{ key: string; detail: string; count: number }>(
      database,
      sql`select city as key, country_code as detail, count(*)::int as count from data_centers group by 1, 2 order by 3 desc, 1`,
    ),
    dataCentersByTier: await rows<{ key: string; count: number }>(
      database,
      sql`select coalesce(tier::text, 'UNRATED') as key, count(*)::int as count from data_centers group by tier order by tier nulls last`,
    ),
    /** each request once in a category, however many of its vendors' parts and lines are in it */
    quoteRequestsByCategory: await byCategory(
      sql`select o.category_id, count(distinct vq.quote_request_id)::int as count from vendor_quote_requests vq
          join vendor_quote_request_lines l on l.vendor_quote_request_id = vq.id join plans p on p.id = l.plan_id
          join offerings o on o.id = p.offering_id group by 1`,
    ),
  };
}
