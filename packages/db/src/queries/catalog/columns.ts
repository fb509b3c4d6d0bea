import { sql } from 'drizzle-orm';
import { attestationPrivateColumns, effectiveAttestationStatus, vendorJson } from '../fragments.ts';

// The select lists of the catalog's row types, shared by the batch reads and the offering page's read,
// which aggregates the same rows as JSON: both return rows of the same shape.

/** VendorRow, from vendors v */
export const vendorColumns = sql`v.id, v.slug, v.name, v.kinds::text[] as kinds, v.domestic, v.country_code as "countryCode",
  v.description, v.description_en as "descriptionEn", v.website`;

/** DataCenterRow, from data_centers dc */
export const dataCenterColumns = sql`dc.id, dc.vendor_id as "vendorId", dc.slug, dc.name, dc.city, dc.country_code as "countryCode", dc.tier`;

/** CategoryRow, from categories c */
export const categoryColumns = sql`c.id, c.slug, c.kind, c.name, c.name_en as "nameEn", c.need_units::text[] as "needUnits", c.unit_name as "unitName", c.unit_name_en as "unitNameEn", c.unit_name_en_one as "unitNameEnOne"`;

/** ComplianceFrameworkRow with its groups, from compliance_frameworks f */
export const frameworkColumns = sql`f.id, f.code, f.name, f.name_en as "nameEn", f.issuer, f.reference, f.criteria_count as "criteriaCount",
  coalesce((select json_agg(json_build_object('code', g.code, 'name', g.name, 'nameEn', g.name_en, 'scope', g.scope,
                                              'criteriaCount', g.criteria_count) order by g.position, g.code)
            from compliance_groups g where g.framework_id = f.id), '[]'::json) as groups`;

/** AttestationRow with its framework, from attestations a (its dates as the driver gives them: see toDate) */
export const attestationColumns = sql`a.id, a.framework_id as "frameworkId", a.vendor_id as "vendorId", a.offering_id as "offeringId",
  ${effectiveAttestationStatus} as status, a.criteria_met as "criteriaMet", a.verified_at as "verifiedAt",
  a.valid_until as "validUntil", a.criteria_by_group as "criteriaByGroup", ${attestationPrivateColumns},
  (select row_to_json(fw) from (select ${frameworkColumns} from compliance_frameworks f where f.id = a.framework_id) fw) as framework`;

/** RequirementRow with the vendors it names, from requirements r */
export const requirementColumns = sql`r.id, r.offering_id as "offeringId", r.description, r.description_en as "descriptionEn",
  array(select rc.category_id from requirement_categories rc where rc.requirement_id = r.id order by rc.category_id) as "categoryIds",
  coalesce((select json_agg(${vendorJson} order by v.name) from requirement_vendors rv join vendors v on v.id = rv.vendor_id
            where rv.requirement_id = r.id), '[]'::json) as vendors`;
