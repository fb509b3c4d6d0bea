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
  /** the framework asked (composeCandidates' `framework`) when the offering or its vendor holds it VERIFIED and unexpired; otherwise none */
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
 * The candidates of these categories, in one set-based statement (hash joins and aggregates over the
 * categories' rows, no probe per offering): each published offering's cheapest live plan per unit class,
 * with the offering's cities, requirements and whether it or its vendor holds `framework` VERIFIED and
 * unexpired (verifiedFrameworks: [framework] or none; always none when framework is null).
 *
 * Exact duplicates leave in SQL: of the offerings with plans in one unit class only that agree on every
 * fact a stack's rules read but price (category, vendor, kind, SLA, data in Vietnam, cities, the vendor
 * being domestic, requirements, the framework, the unit class), the two cheapest stay. Each offering left
 * out has two kept ones at least as cheap and alike in all else: the dominance pruning (compose/prune.ts)
 * would drop it too, and no optimal stack needs it (an optimum holds at most two offerings of one class).
 */
export async function composeCandidates(db: Db, categoryIds: readonly number[], framework: string | null = null): Promise<ComposeCandidateRow[]> {
  if (categoryIds.length === 0) return [];
  const verified = sql`${effectiveAttestationStatus} = 'VERIFIED' and ${currentAttestation}`;
  const holders =
    framework === null
      ? sql`select null::uuid as id where false`
      : sql`select a.vendor_id as id from attestations a join compliance_frameworks f on f.id = a.framework_id
            where a.vendor_id is not null and f.code = ${framework} and ${verified}
            union
            select a.offering_id from attestations a join compliance_frameworks f on f.id = a.framework_id
            where a.offering_id is not null and f.code = ${framework} and ${verified}`;
  return queryRows<ComposeCandidateRow>(
    db,
    sql`with o as materialized (
          select o.id, o.vendor_id, o.category_id, o.kind, o.sla_availability, o.data_in_vietnam, v.domestic
          from offerings o join vendors v on v.id = o.vendor_id
          where o.category_id in (${list(categoryIds)}) and o.status = 'PUBLISHED'
        ), holders as (${holders}
        ), cities as (
          select x.offering_id, array_agg(distinct d.city order by d.city) as cities
          from o join offering_data_centers x on x.offering_id = o.id join data_centers d on d.id = x.data_center_id
          group by x.offering_id
        ), requirement_lists as (
          select r.offering_id, r.id, r.position,
            coalesce(array_agg(distinct rc.category_id order by rc.category_id) filter (where rc.category_id is not null), '{}') as category_ids
          from o join requirements r on r.offering_id = o.id left join requirement_categories rc on rc.requirement_id = r.id
          group by r.offering_id, r.id, r.position
        ), requirement_vendor_lists as (
          select rv.requirement_id, array_agg(rv.vendor_id order by rv.vendor_id) as vendor_ids
          from requirement_lists r join requirement_vendors rv on rv.requirement_id = r.id
          group by rv.requirement_id
        ), offering_requirements as (
          select r.offering_id,
            json_agg(json_build_object('categoryIds', r.category_ids, 'vendorIds', coalesce(rv.vendor_ids, '{}')) order by r.position)::text as requirements
          from requirement_lists r left join requirement_vendor_lists rv on rv.requirement_id = r.id
          group by r.offering_id
        ), cheapest as (
          select distinct on (p.offering_id, case p.unit when 'HOUR' then 'MONTH' else p.unit end)
            p.offering_id, p.id, p.unit, p.price, p.monthly_price,
            case p.unit when 'HOUR' then 'MONTH' else p.unit end as unit_class,
            case p.unit when 'ONE_TIME' then p.price else p.monthly_price end as cost
          from o join plans p on p.offering_id = o.id
          where p.retired_at is null
          order by p.offering_id, case p.unit when 'HOUR' then 'MONTH' else p.unit end,
                   case p.unit when 'ONE_TIME' then p.price else p.monthly_price end, p.id
        ), facts as (
          select c.id as plan_id, c.unit, c.price, c.monthly_price, c.unit_class, c.cost, o.id, o.vendor_id, o.category_id, o.kind,
            o.sla_availability, o.data_in_vietnam, o.domestic, coalesce(ci.cities, '{}') as cities,
            coalesce(r.requirements, '[]') as requirements,
            (o.id in (select id from holders) or o.vendor_id in (select id from holders)) as holds,
            count(*) over (partition by o.id) as classes
          from cheapest c join o on o.id = c.offering_id
          left join cities ci on ci.offering_id = o.id
          left join offering_requirements r on r.offering_id = o.id
        ), ranked as (
          select f.*, case when f.classes = 1
                        then row_number() over (partition by f.category_id, f.vendor_id, f.kind, f.sla_availability, f.data_in_vietnam,
                                                f.cities, f.domestic, f.requirements, f.holds, f.unit_class, f.classes order by f.cost, f.id)
                        else 1 end as rank
          from facts f
        )
        select plan_id as "planId", unit, price::text as price, monthly_price::text as "monthlyPrice",
          id as "offeringId", vendor_id as "vendorId", category_id as "categoryId", kind,
          sla_availability::text as "slaAvailability", cities, data_in_vietnam as "dataInVietnam", domestic as "vendorDomestic",
          case when holds then array[${framework}]::text[] else '{}'::text[] end as "verifiedFrameworks",
          requirements::json as requirements
        from ranked where rank <= 2
        order by category_id, id, unit`,
  );
}

/** What changed between two catalog versions that the composer's cached candidates could have been read from. */
export interface ComposeCandidateChanges {
  /** false when the log no longer holds every version in (since, through], or holds a bulk load ('all') or a category's change */
  complete: boolean;
  /** the offerings changed (their rows or data-center links); none when incomplete */
  offeringIds: string[];
  /** the categories these offerings are in now, with those of the published offerings of changed vendors and data centers; none when incomplete */
  categoryIds: number[];
}

export const composeCandidateChangesKeys = rowKeys<ComposeCandidateChanges>()(['complete', 'offeringIds', 'categoryIds']);

/**
 * The changes after catalog version `since` up to `through` (catalog_changes, migration 0029), read in the
 * snapshot of `through`: a category's candidates read at `since` hold at `through` when none of the
 * offerings they were read from changed and the category is not among `categoryIds` (a changed offering
 * now in it, or an offering of it whose vendor or data center changed). A category's own change (its slug
 * decides which requirements name a host) and a bulk load leave the log incomplete: read everything again.
 */
export async function composeCandidateChanges(db: Db, since: string, through: string): Promise<ComposeCandidateChanges> {
  const rows = await queryRows<ComposeCandidateChanges>(
    db,
    sql`with c as (
          select version, source, row_id from catalog_changes where version > ${since}::bigint and version <= ${through}::bigint
        ), state as (
          select (select count(distinct version) from c) = ${through}::bigint - ${since}::bigint
                 and not exists (select 1 from c where source in ('all', 'categories')) as complete
        ), offering_changes as (
          select distinct c.row_id from c where c.source in ('offerings', 'offering_data_centers')
        )
        select s.complete,
               case when s.complete then coalesce((select array_agg(x.row_id order by x.row_id) from offering_changes x), '{}') else '{}' end
                 as "offeringIds",
               case when s.complete then coalesce((select array_agg(distinct x.category_id order by x.category_id) from (
                 select o.category_id from offering_changes x join offerings o on o.id = x.row_id::uuid
                 union
                 select o.category_id from c join offering_data_centers l on l.data_center_id = c.row_id::uuid
                   join offerings o on o.id = l.offering_id where c.source = 'data_centers' and o.status = 'PUBLISHED'
                 union
                 select o.category_id from c join offerings o on o.vendor_id = c.row_id::uuid where c.source = 'vendors' and o.status = 'PUBLISHED'
               ) x), '{}') else '{}' end as "categoryIds"
        from state s`,
  );
  return rows[0]!;
}
