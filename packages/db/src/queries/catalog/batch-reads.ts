import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import type { VendorKind } from '../../schema/enums.ts';
import {
  currentAttestation,
  effectiveAttestationStatus,
  list,
  offeringColumns,
  planColumns,
  planForValues,
  published,
  toDate,
  vendorJson,
  withDates,
} from '../fragments.ts';
import { attestationColumns, categoryColumns, dataCenterColumns, frameworkColumns, requirementColumns, vendorColumns } from './columns.ts';
import type {
  AttestationRow,
  CategoryRow,
  ComplianceFrameworkRow,
  DataCenterRow,
  OfferingRow,
  OfferingTexts,
  PlanRow,
  RequirementRow,
  SpecRow,
  VendorRow,
} from './rows.ts';

// Catalog reads. Every function takes ids in batches so the API's DataLoaders run one statement per
// relation per request, however many rows a page holds.

export async function vendorsByIds(db: Db, ids: readonly string[]): Promise<VendorRow[]> {
  if (ids.length === 0) return [];
  return queryRows<VendorRow>(db, sql`select ${vendorColumns} from vendors v where v.id in (${list(ids)})`);
}

export async function vendorBySlug(db: Db, slug: string): Promise<VendorRow | null> {
  const rows = await queryRows<VendorRow>(db, sql`select ${vendorColumns} from vendors v where v.slug = ${slug}`);
  return rows[0] ?? null;
}

/** The vendors with these slugs (those that exist). */
export async function vendorsBySlugs(db: Db, slugs: readonly string[]): Promise<VendorRow[]> {
  if (slugs.length === 0) return [];
  return queryRows<VendorRow>(db, sql`select ${vendorColumns} from vendors v where v.slug in (${list(slugs)})`);
}

export interface VendorPage {
  rows: (VendorRow & { sortName: string })[];
  hasNextPage: boolean;
}

/** Vendors by name, keyset-paged on (name, id). */
export async function listVendors(
  db: Db,
  params: { kind?: VendorKind | null; first: number; after?: { name: string; id: string } | null },
): Promise<VendorPage> {
  const conditions: SQL[] = [sql`true`];
  if (params.kind) conditions.push(sql`${params.kind}::vendor_kind = any(v.kinds)`);
  if (params.after) conditions.push(sql`(v.name, v.id) > (${params.after.name}, ${params.after.id}::uuid)`);
  const rows = await queryRows<VendorRow & { sortName: string }>(
    db,
    sql`select ${vendorColumns}, v.name as "sortName" from vendors v
        where ${sql.join(conditions, sql` and `)}
        order by v.name, v.id limit ${params.first + 1}`,
  );
  return { rows: rows.slice(0, params.first), hasNextPage: rows.length > params.first };
}

export async function countVendors(db: Db, kind?: VendorKind | null): Promise<number> {
  const rows = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from vendors v where ${kind ? sql`${kind}::vendor_kind = any(v.kinds)` : sql`true`}`,
  );
  return rows[0]?.count ?? 0;
}

export async function dataCentersByIds(db: Db, ids: readonly string[]): Promise<DataCenterRow[]> {
  if (ids.length === 0) return [];
  return queryRows<DataCenterRow>(db, sql`select ${dataCenterColumns} from data_centers dc where dc.id in (${list(ids)})`);
}

export async function dataCentersByVendorIds(db: Db, vendorIds: readonly string[]): Promise<DataCenterRow[]> {
  if (vendorIds.length === 0) return [];
  return queryRows<DataCenterRow>(
    db,
    sql`select ${dataCenterColumns} from data_centers dc where dc.vendor_id in (${list(vendorIds)}) order by dc.city, dc.name`,
  );
}

/** Data centers of offerings, each with its vendor so one statement serves `dataCenters { vendor }`. */
export async function dataCentersByOfferingIds(
  db: Db,
  offeringIds: readonly string[],
): Promise<(DataCenterRow & { offeringId: string; vendor: VendorRow })[]> {
  if (offeringIds.length === 0) return [];
  return queryRows(
    db,
    sql`select ${dataCenterColumns}, odc.offering_id as "offeringId",
          ${vendorJson} as vendor
        from offering_data_centers odc
        join data_centers dc on dc.id = odc.data_center_id
        join vendors v on v.id = dc.vendor_id
        where odc.offering_id in (${list(offeringIds)})
        order by dc.country_code <> 'VN', dc.city, dc.name`,
  );
}

export async function allCategories(db: Db): Promise<CategoryRow[]> {
  return queryRows<CategoryRow>(
    db,
    sql`select ${categoryColumns} from categories c order by c.kind, c.position, c.name`,
  );
}

export async function offeringsByIds(db: Db, ids: readonly string[]): Promise<OfferingRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<OfferingRow>(db, sql`select ${offeringColumns} from offerings o where o.id in (${list(ids)}) and ${published}`);
  return rows.map(withDates);
}

/** Published offerings by slug, in no particular order. */
export async function offeringsBySlugs(db: Db, slugs: readonly string[]): Promise<OfferingRow[]> {
  if (slugs.length === 0) return [];
  const rows = await queryRows<OfferingRow>(db, sql`select ${offeringColumns} from offerings o where o.slug in (${list(slugs)}) and ${published}`);
  return rows.map(withDates);
}

/** The texts of offerings, whatever their status (a saved stack's line may be archived). */
export async function offeringTextsByIds(db: Db, ids: readonly string[]): Promise<(OfferingTexts & { id: string })[]> {
  if (ids.length === 0) return [];
  return queryRows(
    db,
    sql`select o.id, o.summary, o.summary_en as "summaryEn", o.description, o.description_en as "descriptionEn"
        from offerings o where o.id in (${list(ids)})`,
  );
}

/** Plans of offerings with their specs, cheapest first. */
export async function plansByOfferingIds(db: Db, offeringIds: readonly string[]): Promise<PlanRow[]> {
  if (offeringIds.length === 0) return [];
  return queryRows<PlanRow>(
    db,
    sql`select ${planColumns} from plans p where p.offering_id in (${list(offeringIds)}) and p.retired_at is null
        order by p.offering_id, p.unit = 'ONE_TIME', p.monthly_price, p.position`,
  );
}

/** Plans by id, only of published offerings. */
export async function plansByIds(db: Db, ids: readonly string[]): Promise<PlanRow[]> {
  if (ids.length === 0) return [];
  return queryRows<PlanRow>(
    db,
    sql`select ${planColumns} from plans p join offerings o on o.id = p.offering_id
        where p.id in (${list(ids)}) and p.retired_at is null and ${published}`,
  );
}

/** The specs of plans, each plan's in their order. */
export async function specsByPlanIds(db: Db, planIds: readonly string[]): Promise<(SpecRow & { planId: string })[]> {
  if (planIds.length === 0) return [];
  return queryRows(
    db,
    sql`select s.plan_id as "planId", s.key, s.value from plan_specs s
        where s.plan_id in (${list(planIds)}) order by s.plan_id, s.position, s.key`,
  );
}

export async function requirementsByOfferingIds(db: Db, offeringIds: readonly string[]): Promise<RequirementRow[]> {
  if (offeringIds.length === 0) return [];
  return queryRows<RequirementRow>(
    db,
    sql`select ${requirementColumns} from requirements r where r.offering_id in (${list(offeringIds)})
        order by r.offering_id, r.position`,
  );
}

export async function allFrameworks(db: Db): Promise<ComplianceFrameworkRow[]> {
  return queryRows<ComplianceFrameworkRow>(db, sql`select ${frameworkColumns} from compliance_frameworks f order by f.code`);
}

/**
 * The frameworks at least one published offering holds a VERIFIED attestation of, still within its validity,
 * itself or through its vendor: those the verifiedFramework filter finds something with.
 */
export async function frameworksWithVerifiedAttestations(db: Db): Promise<ComplianceFrameworkRow[]> {
  return queryRows<ComplianceFrameworkRow>(
    db,
    sql`select ${frameworkColumns} from compliance_frameworks f
        where exists (select 1 from attestations a
                      where a.framework_id = f.id and ${effectiveAttestationStatus} = 'VERIFIED'
                        and exists (select 1 from offerings o where ${published} and (o.id = a.offering_id or o.vendor_id = a.vendor_id)))
        order by f.code`,
  );
}

/**
 * Attestations of vendors or offerings (the current ones), or attestations by id (any), each with its
 * framework (groups included) in one statement.
 */
export async function attestationsBySubject(
  db: Db,
  subject: 'vendor' | 'offering' | 'attestation',
  ids: readonly string[],
): Promise<(AttestationRow & { framework: ComplianceFrameworkRow })[]> {
  if (ids.length === 0) return [];
  const column = subject === 'vendor' ? sql`a.vendor_id` : subject === 'offering' ? sql`a.offering_id` : sql`a.id`;
  const rows = await queryRows<AttestationRow & { framework: ComplianceFrameworkRow }>(
    db,
    sql`select ${attestationColumns} from attestations a where ${column} in (${list(ids)}) ${subject === 'attestation' ? sql`` : sql`and ${currentAttestation}`}
        order by a.claimed_at, a.id`,
  );
  return rows.map((row) => ({ ...row, verifiedAt: toDate(row.verifiedAt), validUntil: toDate(row.validUntil) }));
}

export interface VendorOfferingsPage {
  vendorId: string;
  rows: (OfferingRow & { cursorKeys: string[] })[];
  hasNextPage: boolean;
}

/** One page of published offerings per vendor, by name, for many vendors in one statement. */
export async function offeringsOfVendors(
  db: Db,
  vendorIds: readonly string[],
  page: { first: number; after?: { name: string; id: string } | null },
): Promise<VendorOfferingsPage[]> {
  if (vendorIds.length === 0) return [];
  const after = page.after ? sql`and (o.name, o.id) > (${page.after.name}, ${page.after.id}::uuid)` : sql``;
  const rows = await queryRows<OfferingRow & { rn: number }>(
    db,
    sql`${planForValues}select * from (
          select ${offeringColumns}, row_number() over (partition by o.vendor_id order by o.name, o.id)::int as rn
          from offerings o where ${published} and o.vendor_id in (${list(vendorIds)}) ${after}
        ) ranked where ranked.rn <= ${page.first + 1} order by ranked.rn`,
  );
  return vendorIds.map((vendorId) => {
    const own = rows.filter((row) => row.vendorId === vendorId);
    return {
      vendorId,
      hasNextPage: own.length > page.first,
      rows: own.slice(0, page.first).map(({ rn: _rn, ...row }) => ({ ...withDates(row), cursorKeys: [row.name, row.id] })),
    };
  });
}

export async function countOfferingsOfVendors(db: Db, vendorIds: readonly string[]): Promise<Map<string, number>> {
  if (vendorIds.length === 0) return new Map();
  const rows = await queryRows<{ vendorId: string; count: number }>(
    db,
    sql`select o.vendor_id as "vendorId", count(*)::int as count from offerings o
        where ${published} and o.vendor_id in (${list(vendorIds)}) group by o.vendor_id`,
  );
  return new Map(rows.map((row) => [row.vendorId, row.count]));
}
