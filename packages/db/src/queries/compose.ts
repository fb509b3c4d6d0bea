import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import type { BillingUnit, OfferingKind } from '../schema/enums.ts';
import { currentAttestation, effectiveAttestationStatus, list } from './fragments.ts';
import { rowKeys } from './row-keys.ts';

// What the stack composer may put in a stack: published plans with every fact its constraints filter on.

/** A published offering's cheapest live plan of one unit class (MONTH and HOUR are one class, by monthly price). */
export interface ComposeCandidateRow {
  planId: string;
  unit: BillingUnit;
  /** the plan's price for one unit, whole VND (ONE_TIME: paid once) */
  price: string;
  /** one unit for one month, whole VND (HOUR: price × 730; ONE_TIME: 0) */
  monthlyPrice: string;
  offeringId: string;
  vendorId: string;
  categoryId: number;
  kind: OfferingKind;
  /** percent as a decimal string; null when the offering states none */
  slaAvailability: string | null;
  /** the distinct cities of its data centers, sorted */
  cities: string[];
  /** it names data centers and all of them are in Vietnam */
  dataInVietnam: boolean;
  vendorDomestic: boolean;
  /** framework codes the offering or its vendor holds a VERIFIED, unexpired attestation of, sorted */
  verifiedFrameworks: string[];
  /** in the listing's order; empty vendorIds: any vendor */
  requirements: { categoryIds: number[]; vendorIds: string[] }[];
}

export const composeCandidateRowKeys = rowKeys<ComposeCandidateRow>()([
  'planId',
  'unit',
  'price',
  'monthlyPrice',
  'offeringId',
  'vendorId',
  'categoryId',
  'kind',
  'slaAvailability',
  'cities',
  'dataInVietnam',
  'vendorDomestic',
  'verifiedFrameworks',
  'requirements',
]);

/**
 * The candidates of these categories, in one statement: each published offering of them (an index range of
 * offerings_published_category_vendor_price_idx per category) with, per unit class, its cheapest plan that
 * an edit has not retired (a probe of plans_offering_idx), and the offering's cities, requirements and
 * verified frameworks (probes by offering id; the vendors' frameworks read once).
 */
export async function composeCandidates(db: Db, categoryIds: readonly number[]): Promise<ComposeCandidateRow[]> {
  if (categoryIds.length === 0) return [];
  const verified = sql`${effectiveAttestationStatus} = 'VERIFIED' and ${currentAttestation}`;
  return queryRows<ComposeCandidateRow>(
    db,
    sql`with vendor_frameworks as materialized (
          select a.vendor_id, array_agg(distinct f.code) as codes
          from attestations a join compliance_frameworks f on f.id = a.framework_id
          where a.vendor_id is not null and ${verified}
          group by a.vendor_id
        )
        select p.id as "planId", p.unit, p.price::text as price, p.monthly_price::text as "monthlyPrice",
          o.id as "offeringId", o.vendor_id as "vendorId", o.category_id as "categoryId", o.kind,
          o.sla_availability::text as "slaAvailability",
          array(select distinct dc.city from offering_data_centers odc join data_centers dc on dc.id = odc.data_center_id
                where odc.offering_id = o.id order by dc.city) as cities,
          o.data_in_vietnam as "dataInVietnam", v.domestic as "vendorDomestic",
          array(select distinct code from (
                  select unnest(vf.codes) as code
                  union all
                  select f.code from attestations a join compliance_frameworks f on f.id = a.framework_id
                  where a.offering_id = o.id and ${verified}) held
                order by code) as "verifiedFrameworks",
          coalesce((select json_agg(json_build_object(
                      'categoryIds', array(select rc.category_id from requirement_categories rc where rc.requirement_id = r.id order by rc.category_id),
                      'vendorIds', array(select rv.vendor_id from requirement_vendors rv where rv.requirement_id = r.id order by rv.vendor_id))
                    order by r.position)
                    from requirements r where r.offering_id = o.id), '[]'::json) as requirements
        from offerings o
        join vendors v on v.id = o.vendor_id
        left join vendor_frameworks vf on vf.vendor_id = o.vendor_id
        cross join lateral (
          select distinct on (case p.unit when 'HOUR' then 'MONTH' else p.unit end)
            p.id, p.unit, p.price, p.monthly_price
          from plans p
          where p.offering_id = o.id and p.retired_at is null
          order by case p.unit when 'HOUR' then 'MONTH' else p.unit end,
                   case p.unit when 'ONE_TIME' then p.price else p.monthly_price end, p.id
        ) p
        where o.category_id in (${list(categoryIds)}) and o.status = 'PUBLISHED'
        order by o.category_id, o.id, p.unit`,
  );
}
