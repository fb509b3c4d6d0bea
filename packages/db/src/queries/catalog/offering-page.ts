import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import { currentAttestation, offeringColumns, planColumns, published, toDate, vendorJson, withDates } from '../fragments.ts';
import { attestationColumns, categoryColumns, dataCenterColumns, requirementColumns, vendorColumns } from './columns.ts';
import type { AttestationRow, CategoryRow, ComplianceFrameworkRow, DataCenterRow, OfferingRow, PlanRow, RequirementRow, VendorRow } from './rows.ts';

/** What the offering page shows besides the offering, each as the batch reads give it and in their order. */
export interface OfferingRelations {
  /** the offering's category and those its requirements name */
  categories: CategoryRow[];
  vendor: VendorRow;
  vendorDataCenters: DataCenterRow[];
  vendorAttestations: (AttestationRow & { framework: ComplianceFrameworkRow })[];
  plans: PlanRow[];
  dataCenters: (DataCenterRow & { offeringId: string; vendor: VendorRow })[];
  requirements: RequirementRow[];
  attestations: (AttestationRow & { framework: ComplianceFrameworkRow })[];
}

export type OfferingRelation = keyof OfferingRelations;

/**
 * Each relation as one JSON value of the offering `o`: the rows of the batch read's select list (a lateral
 * subquery `x` per row), in its order. dataCentersByVendorIds, plansByOfferingIds, dataCentersByOfferingIds,
 * requirementsByOfferingIds and attestationsBySubject are the reads they stand for.
 */
const relationColumns: Record<OfferingRelation, SQL> = {
  categories: sql`coalesce((select json_agg(x order by c.id) from categories c, lateral (select ${categoryColumns}) x
    where c.id = o.category_id or c.id in (select rc.category_id from requirements r join requirement_categories rc on rc.requirement_id = r.id
                                           where r.offering_id = o.id)), '[]'::json)`,
  vendor: sql`(select row_to_json(x) from vendors v, lateral (select ${vendorColumns}) x where v.id = o.vendor_id)`,
  vendorDataCenters: sql`coalesce((select json_agg(x order by dc.city, dc.name) from data_centers dc, lateral (select ${dataCenterColumns}) x
    where dc.vendor_id = o.vendor_id), '[]'::json)`,
  vendorAttestations: sql`coalesce((select json_agg(x order by a.claimed_at, a.id) from attestations a, lateral (select ${attestationColumns}) x
    where a.vendor_id = o.vendor_id and ${currentAttestation}), '[]'::json)`,
  plans: sql`coalesce((select json_agg(x order by p.unit = 'ONE_TIME', p.monthly_price, p.position) from plans p, lateral (select ${planColumns}) x
    where p.offering_id = o.id and p.retired_at is null), '[]'::json)`,
  dataCenters: sql`coalesce((select json_agg(x order by dc.country_code <> 'VN', dc.city, dc.name)
    from offering_data_centers odc join data_centers dc on dc.id = odc.data_center_id join vendors v on v.id = dc.vendor_id,
      lateral (select ${dataCenterColumns}, odc.offering_id as "offeringId", ${vendorJson} as vendor) x
    where odc.offering_id = o.id), '[]'::json)`,
  requirements: sql`coalesce((select json_agg(x order by r.position) from requirements r, lateral (select ${requirementColumns}) x
    where r.offering_id = o.id), '[]'::json)`,
  attestations: sql`coalesce((select json_agg(x order by a.claimed_at, a.id) from attestations a, lateral (select ${attestationColumns}) x
    where a.offering_id = o.id and ${currentAttestation}), '[]'::json)`,
};

export const offeringRelations = Object.keys(relationColumns) as readonly OfferingRelation[];

/** JSON gives timestamps as text. */
function attestationDates<T extends Pick<AttestationRow, 'verifiedAt' | 'validUntil'>>(rows: T[]): T[] {
  return rows.map((row) => ({ ...row, verifiedAt: toDate(row.verifiedAt), validUntil: toDate(row.validUntil) }));
}

/**
 * A published offering by slug with the relations asked for, in one statement: the offering page's
 * whole read, as the API's loaders would have read it in one statement per relation.
 */
export async function offeringWithRelationsBySlug(
  db: Db,
  slug: string,
  relations: ReadonlySet<OfferingRelation>,
): Promise<{ offering: OfferingRow; related: Partial<OfferingRelations> } | null> {
  const asked = offeringRelations.filter((name) => relations.has(name));
  const columns = asked.map((name) => sql`, ${relationColumns[name]} as "${sql.raw(name)}"`);
  const [row] = await queryRows<OfferingRow & Partial<OfferingRelations>>(
    db,
    sql`select ${offeringColumns}${sql.join(columns)} from offerings o where o.slug = ${slug} and ${published}`,
  );
  if (!row) return null;
  const related = Object.fromEntries(asked.map((name) => [name, row[name]])) as Partial<OfferingRelations>;
  if (related.vendorAttestations) related.vendorAttestations = attestationDates(related.vendorAttestations);
  if (related.attestations) related.attestations = attestationDates(related.attestations);
  const offering = { ...row };
  for (const name of asked) delete offering[name];
  return { offering: withDates(offering), related };
}
