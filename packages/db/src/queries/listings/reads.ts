import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import type { ListingStatus, VendorKind } from '../../schema/enums.ts';
import { offeringRowKeys, type OfferingRow } from '../catalog/rows.ts';
import { list, listingColumns, listingDates, planForValues } from '../fragments.ts';
import { rowKeys } from '../row-keys.ts';
import { slugify, type ListingContent } from './content.ts';

// Partners' listings as their organizations and staff read them: any status, always scoped by the caller's
// vendor where a partner acts.

/** An offering as its own organization and staff see it: any status, with its version and review state. */
export interface ListingRow extends OfferingRow {
  version: number;
  rejectionReason: string | null;
  submittedAt: Date | null;
  /** the partner's own identifier; null when none */
  externalId: string | null;
}

export const listingRowKeys = rowKeys<ListingRow>()([...offeringRowKeys, 'version', 'rejectionReason', 'submittedAt', 'externalId']);

/** A data center with what decides whether a listing may name it. */
export interface ListingDataCenterRow {
  id: string;
  vendorId: string;
  vendorKinds: VendorKind[];
}

export const listingDataCenterRowKeys = rowKeys<ListingDataCenterRow>()(['id', 'vendorId', 'vendorKinds']);

/** Listings by id, whatever their status: callers decide who may see them. */
export async function listingsByIds(db: Db, ids: readonly string[]): Promise<ListingRow[]> {
  if (ids.length === 0) return [];
  return (await queryRows<ListingRow>(db, sql`select ${listingColumns} from offerings o where o.id in (${list(ids)})`)).map(listingDates);
}

/** A vendor's listing, or null when the vendor has none with this id; `lock` holds it until the transaction ends. */
export async function listingOfVendor(db: Db, id: string, vendorId: string | null, options: { lock?: boolean } = {}): Promise<ListingRow | null> {
  const rows = await queryRows<ListingRow>(
    db,
    sql`select ${listingColumns} from offerings o
        where o.id = ${id} ${vendorId ? sql`and o.vendor_id = ${vendorId}` : sql``}
        ${options.lock ? sql`for update` : sql``}`,
  );
  return rows[0] ? listingDates(rows[0]) : null;
}

export interface ListingPage {
  rows: (ListingRow & { cursorKeys: [string, string] })[];
  hasNextPage: boolean;
}

/** Which of a vendor's listings a partner asks for (myOfferings' filters); absent or null: any. */
export interface ListingFilter {
  vendorId: string;
  /** the TEST key's sandbox; null or absent: the live listings */
  sandboxKeyId?: string | null;
  status?: ListingStatus | null;
  externalId?: string | null;
  /** an unknown slug matches nothing */
  categorySlug?: string | null;
  /** contained in the name, English name, slug or externalId, case and diacritics ignored */
  query?: string | null;
  updatedSince?: Date | null;
}

function listingConditions(filter: ListingFilter): SQL[] {
  const conditions: SQL[] = [sql`o.vendor_id = ${filter.vendorId}`, sql`o.sandbox_key_id is not distinct from ${filter.sandboxKeyId ?? null}::uuid`];
  if (filter.status) conditions.push(sql`o.status = ${filter.status}`);
  if (filter.externalId != null) conditions.push(sql`o.external_id = ${filter.externalId}`);
  if (filter.categorySlug != null) conditions.push(sql`o.category_id = (select c.id from categories c where c.slug = ${filter.categorySlug})`);
  if (filter.query != null) {
    const folded = sql`mv_fold(${filter.query})`;
    conditions.push(
      sql`(strpos(mv_fold(o.name), ${folded}) > 0 or strpos(mv_fold(coalesce(o.name_en, '')), ${folded}) > 0
           or strpos(o.slug, ${folded}) > 0 or strpos(mv_fold(coalesce(o.external_id, '')), ${folded}) > 0)`,
    );
  }
  if (filter.updatedSince) conditions.push(sql`o.updated_at >= ${filter.updatedSince.toISOString()}::timestamptz`);
  return conditions;
}

/** A vendor's listings, most recently changed first, keyset-paged on (updated_at, id). */
export async function listingsOfVendor(
  db: Db,
  params: ListingFilter & { first: number; after?: { updatedAt: string; id: string } | null },
): Promise<ListingPage> {
  const conditions = listingConditions(params);
  if (params.after) conditions.push(sql`(o.updated_at, o.id) < (${params.after.updatedAt}::timestamptz, ${params.after.id}::uuid)`);
  const rows = await queryRows<ListingRow & { k0: string }>(
    db,
    sql`${planForValues}select ${listingColumns}, o.updated_at::text as k0 from offerings o
        where ${sql.join(conditions, sql` and `)}
        order by o.updated_at desc, o.id desc limit ${params.first + 1}`,
  );
  return {
    hasNextPage: rows.length > params.first,
    rows: rows.slice(0, params.first).map(({ k0, ...row }) => ({ ...listingDates(row), cursorKeys: [k0, row.id] })),
  };
}

export async function countListingsOfVendor(db: Db, filter: ListingFilter): Promise<number> {
  const rows = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from offerings o where ${sql.join(listingConditions(filter), sql` and `)}`,
  );
  return rows[0]?.count ?? 0;
}

/** The content of a listing as its tables hold it now (retired plans left out). */
export async function listingContent(db: Db, offeringId: string): Promise<ListingContent> {
  const rows = await queryRows<ListingContent>(
    db,
    sql`select o.name, o.name_en as "nameEn", o.summary, o.summary_en as "summaryEn", o.description, o.description_en as "descriptionEn",
          o.sla_availability::text as "slaAvailability",
          coalesce((select json_agg(x.data_center_id order by x.data_center_id) from offering_data_centers x
                    where x.offering_id = o.id), '[]'::json) as "dataCenterIds",
          coalesce((select json_agg(json_build_object('name', p.name, 'nameEn', p.name_en, 'price', p.price::text, 'unit', p.unit,
                      'externalId', p.external_id, 'specs', coalesce((select json_agg(json_build_object('key', s.key, 'value', s.value) order by s.position, s.key)
                                         from plan_specs s where s.plan_id = p.id), '[]'::json)) order by p.position, p.slug)
                    from plans p where p.offering_id = o.id and p.retired_at is null), '[]'::json) as plans,
          coalesce((select json_agg(json_build_object('description', r.description, 'descriptionEn', r.description_en,
                      'categoryIds', coalesce((select json_agg(rc.category_id order by rc.category_id) from requirement_categories rc
                                               where rc.requirement_id = r.id), '[]'::json),
                      'vendorIds', coalesce((select json_agg(rv.vendor_id order by rv.vendor_id) from requirement_vendors rv
                                             where rv.requirement_id = r.id), '[]'::json)) order by r.position)
                    from requirements r where r.offering_id = o.id), '[]'::json) as requirements
        from offerings o where o.id = ${offeringId}`,
  );
  if (!rows[0]) throw new Error(`offering ${offeringId} does not exist`);
  return { ...rows[0], plans: rows[0].plans.map((plan) => ({ ...plan, slug: slugify(plan.name) })) };
}

/** Data centers by id with their vendors' kinds. */
export async function listingDataCenters(db: Db, ids: readonly string[]): Promise<ListingDataCenterRow[]> {
  if (ids.length === 0) return [];
  return queryRows<ListingDataCenterRow>(
    db,
    sql`select dc.id, dc.vendor_id as "vendorId", v.kinds::text[] as "vendorKinds"
        from data_centers dc join vendors v on v.id = dc.vendor_id where dc.id in (${list(ids)})`,
  );
}

export async function vendorIdsBySlugs(db: Db, slugs: readonly string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await queryRows<{ id: string; slug: string }>(db, sql`select v.id, v.slug from vendors v where v.slug in (${list(slugs)})`);
  return new Map(rows.map((row) => [row.slug, row.id]));
}

/** Which of these offering slugs are already used. */
export async function takenOfferingSlugs(db: Db, slugs: readonly string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await queryRows<{ slug: string }>(db, sql`select o.slug from offerings o where o.slug in (${list(slugs)})`);
  return new Set(rows.map((row) => row.slug));
}
