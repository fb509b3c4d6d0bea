import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import type { ListingStatus } from '../../schema/enums.ts';
import { planRowKeys, type CategoryRow, type DataCenterRow, type OfferingFacts, type OfferingRow, type PlanRow, type VendorRow } from '../catalog/rows.ts';
import {
  currentAttestation,
  dataCenterJson,
  effectiveAttestationStatus,
  list,
  offeringColumns,
  offeringFactColumns,
  planColumns,
  planFactColumns,
  published,
  vendorJson,
  withDates,
} from '../fragments.ts';
import { rowKeys } from '../row-keys.ts';

// The facts the stack evaluator needs from the catalog, each in one statement per call.

/** `retired`: an edit dropped the plan; saved stacks still show it, flagged. */
export type StackPlanRow = PlanRow & { offering: OfferingRow; retired: boolean };

export const stackPlanRowKeys = rowKeys<StackPlanRow>()([...planRowKeys, 'offering', 'retired']);

/**
 * Plans with their offerings, whatever the offering's status unless `statuses` narrows it: a saved
 * stack must still show a line whose listing was archived since.
 */
export async function stackPlansByIds(
  db: Db,
  ids: readonly string[],
  statuses: readonly ListingStatus[] | null = null,
): Promise<StackPlanRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<StackPlanRow>(
    db,
    sql`select ${planColumns}, p.retired_at is not null as retired, row_to_json(o) as offering
        from plans p
        join lateral (select ${offeringColumns} from offerings o where o.id = p.offering_id) o on true
        where p.id in (${list(ids)})
        ${statuses ? sql`and o.status in (${list(statuses)})` : sql``}`,
  );
  return rows.map((row) => ({ ...row, offering: withDates(row.offering) }));
}

/** A requirement of a stack line's offering: what satisfies it, by category id and (empty: any) vendor id. */
export interface StackRequirementRow {
  description: string;
  /** null where the partner gave no English text */
  descriptionEn: string | null;
  categoryIds: number[];
  vendorIds: string[];
}

export const stackRequirementRowKeys = rowKeys<StackRequirementRow>()(['description', 'descriptionEn', 'categoryIds', 'vendorIds']);

/** A stack line's plan (without specs: the Plan type loads them when asked) with what the evaluator needs. */
export type StackLineRow = Omit<StackPlanRow, 'specs' | 'offering'> & {
  offering: OfferingFacts;
  dataCenterIds: string[];
  requirements: StackRequirementRow[];
  /** the offering or its vendor holds a VERIFIED, unexpired attestation of the framework */
  verified: boolean;
};

export const stackLineRowKeys = rowKeys<StackLineRow>()([
  'id',
  'offeringId',
  'name',
  'nameEn',
  'price',
  'unit',
  'monthlyPrice',
  'retired',
  'offering',
  'dataCenterIds',
  'requirements',
  'verified',
]);

export interface CandidateRow {
  offeringId: string;
  vendorId: string;
  categoryId: number;
  lowestMonthlyPrice: string | null;
  /** the cities of its data centers */
  cities: string[];
  /** what it needs from the rest of a stack: by category id and (empty: any) vendor id */
  requirements: { categoryIds: number[]; vendorIds: string[] }[];
  /** the row a suggestion shows, so naming it needs no further statement */
  offering: OfferingFacts;
}

export const candidateRowKeys = rowKeys<CandidateRow>()([
  'offeringId',
  'vendorId',
  'categoryId',
  'lowestMonthlyPrice',
  'cities',
  'requirements',
  'offering',
]);

/** What fixes the evaluator suggests for a stack's missing layers and single data centers (its rules, by slug). */
export interface FixRules {
  /** each layer a stack should have: offerings of these kinds or categories provide it */
  layers: { kinds: string[]; categories: string[] }[];
  /** categories that want a second site when they run in one data center */
  secondSiteCategories: string[];
  /** the category of disaster recovery, a second site for what it covers */
  recoveryCategory: string;
}

/** Everything evaluating stacks needs from the catalog. */
export interface StackFacts {
  /** the plans found, in no order; a plan id missing here does not exist or has another status */
  lines: StackLineRow[];
  /** the lines' vendors and the vendors their requirements name, by name */
  vendors: VendorRow[];
  /** the lines' data centers: Vietnam's first, then by city and name */
  dataCenters: DataCenterRow[];
  categories: CategoryRow[];
  /**
   * Published offerings that could fix a stack's issues, each once: a superset of what the evaluator can
   * suggest (stack's vendors first, then cheapest, then id).
   * - For each requirement of a stack's lines that no other published line of the stack meets, the three
   *   cheapest that satisfy it from the stack's vendors and the three cheapest from other vendors.
   * - For each layer (FixRules) no running line of a stack provides, and each running line of a
   *   second-site category in a single data center, the best three that fit: they keep their data in
   *   Vietnam, have a recurring plan, need nothing the stack lacks and — for a single data center — are
   *   of the same category or disaster recovery that covers the line, with a data center in another city.
   */
  candidates: CandidateRow[];
}

export const stackFactsKeys = rowKeys<StackFacts>()(['lines', 'vendors', 'dataCenters', 'categories', 'candidates']);

const lineColumns = sql`${planFactColumns}, p.retired_at is not null as retired`;
const noPrice = sql`9223372036854775807`;

/**
 * A value of the code, not of the request, written into the statement's text. The lines are the facts
 * statement's only parameter, so no estimate depends on a parameter's value: its generic plan costs what
 * a plan for the values costs and PostgreSQL keeps it (plan_cache_mode auto), instead of planning its
 * hundred-odd relations on every run, which took longer (3–4 ms) than running it.
 */
const constant = (value: string | number) => sql`${value}`.inlineParams();
const constants = (values: readonly string[]) => sql.join(values.map(constant), sql`, `);

/**
 * A limit that tells the planner how many rows to expect: `count` rounded up to a power of two, at least
 * `least`, so a few statement texts (each planned afresh on its first runs) serve every count.
 */
const atMost = (count: number, least = 1) => constant(Math.max(least, 2 ** Math.ceil(Math.log2(count))));

/**
 * The facts for evaluating stacks (each a list of plan ids), in one statement. `statuses` narrows the
 * offerings a line may belong to (as stackPlansByIds); suggestions are published offerings.
 */
export async function stackFacts(
  db: Db,
  stacks: readonly (readonly string[])[],
  frameworkCode: string,
  fixes: FixRules,
  statuses: readonly ListingStatus[] | null = null,
): Promise<StackFacts> {
  const stackLines = stacks.flatMap((planIds, stack) => planIds.map((planId) => ({ stack, planId })));
  if (stackLines.length === 0) return { lines: [], vendors: [], dataCenters: [], categories: [], candidates: [] };
  const statusFilter = statuses ? sql`and o.status in (${constants(statuses)})` : sql``;
  // A candidate o fits a need of the stack `stack` when it keeps data in Vietnam, has a recurring plan (the
  // predicate of offerings_fix_candidates_idx) and finds in the stack what each of its requirements asks for.
  const fits = (stack: SQL, vendors: SQL) => sql`o.status = 'PUBLISHED' and o.data_in_vietnam and o.min_monthly_price is not null
    and not exists (
      select 1 from requirements r where r.offering_id = o.id and not exists (
        select 1 from x x4
        where x4.stack = ${stack} and x4.published and x4.offering_id <> o.id
          and x4.category_id in (select rc.category_id from requirement_categories rc where rc.requirement_id = r.id)
          and (not exists (select 1 from requirement_vendors rv where rv.requirement_id = r.id)
               or x4.vendor_id in (select rv.vendor_id from requirement_vendors rv where rv.requirement_id = r.id))))
    and o.vendor_id ${vendors}`;
  // The best three (stack's vendors first, then cheapest, then id) of category `need.category_id` that fit
  // and meet `also`, as a superset: the three cheapest from the stack's vendors — a probe of
  // offerings_published_category_vendor_price_idx per vendor when they are at most four, else the
  // category in price order (offerings_fix_candidates_idx) — and, unless those are three already, the three
  // cheapest from other vendors, in price order. (The probes' `limit 4` changes nothing but the planner's
  // estimate of how many there are.)
  const bestOfCategory = (need: SQL, also: SQL) => {
    const inPriceOrder = (vendors: SQL) => sql`
      select o.id, o.min_monthly_price from offerings o
      where o.category_id = ${need}.category_id and ${fits(sql`${need}.stack`, vendors)} and ${also}
      order by coalesce(o.min_monthly_price, ${noPrice}), o.id
      limit 3`;
    return sql`
      with ours as (
        select o.id, o.min_monthly_price, true as ours
        from (select v.id from unnest(${need}.vendor_ids) v(id) limit 4) v cross join lateral (${inPriceOrder(sql`= v.id`)}) o
        where cardinality(${need}.vendor_ids) <= 4
        union all
        (select o.id, o.min_monthly_price, true from (${inPriceOrder(sql`= any(${need}.vendor_ids)`)}) o
         where cardinality(${need}.vendor_ids) > 4)
      )
      select * from ours
      union all
      select o.id, o.min_monthly_price, false from (${inPriceOrder(sql`<> all(${need}.vendor_ids)`)}) o
      where (select count(*) from ours) < 3`;
  };
  // input: the lines, in the one parameter whatever their number (one statement text up to 64 lines);
  // l: their plans and offerings, read once; rq: their offerings' requirements (an index probe per
  // offering, whatever the estimates). Vendors, data centers and candidates are derived from those.
  const [facts] = await queryRows<StackFacts>(
    db,
    sql`with input as materialized (
          select * from json_to_recordset(${JSON.stringify(stackLines)}::json) x(stack int, "planId" uuid) limit ${atMost(stackLines.length, 64)}
        ), l as materialized (
          select ${lineColumns}, row_to_json(o) as offering, o.id as offering_id, o."vendorId" as vendor_id,
            o."categoryId" as category_id, o.status, o.kind,
            array(select odc.data_center_id from offering_data_centers odc where odc.offering_id = o.id) as data_center_ids,
            exists (select 1 from attestations a join compliance_frameworks f on f.id = a.framework_id
                    where f.code = ${constant(frameworkCode)} and ${effectiveAttestationStatus} = 'VERIFIED' and ${currentAttestation}
                      and (a.vendor_id = o."vendorId" or a.offering_id = o.id)) as verified
          from plans p
          join lateral (select ${offeringFactColumns} from offerings o where o.id = p.offering_id) o on true
          where p.id in (select input."planId" from input) ${statusFilter}
        ), rq as materialized (
          select r.id, r.offering_id, r.description, r.description_en, r.position,
            array(select rc.category_id from requirement_categories rc where rc.requirement_id = r.id order by rc.category_id) as category_ids,
            array(select rv.vendor_id from requirement_vendors rv where rv.requirement_id = r.id) as vendor_ids
          from (select distinct l.offering_id from l) lo
          cross join lateral (select r.* from requirements r where r.offering_id = lo.offering_id offset 0) r
        ), x as materialized (
          select x.stack, l.offering_id, l.vendor_id, l.category_id, l.status = 'PUBLISHED' as published,
            -- it runs a service: not self-installed software, not a one-time plan (the evaluator's rule)
            l.unit <> 'ONE_TIME' and l.kind <> 'SOFTWARE' as runs, l.data_center_ids
          from input x join l on l.id = x."planId"
        ), k as (
          select distinct s.id
          from (select rq.offering_id, rq.category_ids, rq.vendor_ids,
                       array(select distinct x2.vendor_id from x x2 where x2.stack = x.stack) as stack_vendor_ids
                from x join rq on rq.offering_id = x.offering_id
                -- only requirements no other published line of the stack meets (the evaluator's rule)
                where not exists (select 1 from x x3
                                  where x3.stack = x.stack and x3.offering_id <> rq.offering_id and x3.published
                                    and x3.category_id = any(rq.category_ids)
                                    and (cardinality(rq.vendor_ids) = 0 or x3.vendor_id = any(rq.vendor_ids)))) r
          cross join lateral (
            select y.*, row_number() over (partition by y.ours order by coalesce(y.min_monthly_price, ${noPrice}), y.id) as rank
            from unnest(r.category_ids) c(id)
            join vendors v on cardinality(r.vendor_ids) = 0 or v.id = any(r.vendor_ids)
            cross join lateral (
              select o.id, o.min_monthly_price, v.id = any(r.stack_vendor_ids) as ours
              from offerings o
              where o.category_id = c.id and o.vendor_id = v.id and ${published} and o.id <> r.offering_id
              order by coalesce(o.min_monthly_price, ${noPrice}), o.id
              limit 3) y
          ) s
          where s.rank <= 3
        ), sv as (
          select x.stack, array_agg(distinct x.vendor_id) as vendor_ids from x group by x.stack limit ${atMost(stacks.length)}
        ), layer as (
          select ly.n, array(select c.id from categories c
                             where c.kind::text in (select json_array_elements_text(ly.kinds))
                                or c.slug in (select json_array_elements_text(ly.categories))) as category_ids
          from json_to_recordset(${constant(JSON.stringify(fixes.layers.map((layer, n) => ({ ...layer, n }))))}::json) ly(n int, kinds json, categories json)
          limit ${constant(fixes.layers.length)}
        ), n as (
          -- what to fix, a row per category that would fix it: the layers no running line of a stack provides…
          select sv.stack, sv.vendor_ids, c.id as category_id, layer.n as layer,
            null::int as line_category, null::uuid as line_vendor, null::text as city, null::uuid[] as same_city
          from sv cross join layer cross join unnest(layer.category_ids) c(id)
          where not exists (select 1 from x where x.stack = sv.stack and x.runs and x.category_id = any(layer.category_ids))
          union all
          -- …and running lines of a second-site category in a single data center, by category, vendor and
          -- city: their category and disaster recovery
          select sn.stack, sn.vendor_ids, c.id, null, sn.line_category, sn.line_vendor, sn.city, sn.same_city
          from (select distinct sv.stack, sv.vendor_ids, x.category_id as line_category, x.vendor_id as line_vendor, dc.city,
                  array(select dc2.id from data_centers dc2 where dc2.city = dc.city) as same_city
                from x join sv on sv.stack = x.stack
                join data_centers dc on dc.id = x.data_center_ids[1]
                where x.runs and cardinality(x.data_center_ids) = 1
                  and x.category_id in (select c.id from categories c where c.slug in (${constants(fixes.secondSiteCategories)}))) sn
          cross join lateral (values (sn.line_category), ((select dr.id from categories dr where dr.slug = ${constant(fixes.recoveryCategory)}))) c(id)
        ), f as (
          -- a second site has a data center in another city and is of the line's category, or recovery that
          -- covers it (it states no requirement, or the line meets one)
          select ranked.id
          from (select y.id, row_number() over (partition by n.stack, n.layer, n.line_category, n.line_vendor, n.city
                                                order by y.ours desc, y.min_monthly_price, y.id) as rank
                from n cross join lateral (${bestOfCategory(
                  sql`n`,
                  sql`(n.city is null or (
                        exists (select 1 from offering_data_centers odc where odc.offering_id = o.id and odc.data_center_id <> all(n.same_city))
                        and (o.category_id = n.line_category
                             or coalesce((select bool_or(exists (select 1 from requirement_categories rc where rc.requirement_id = r.id and rc.category_id = n.line_category)
                                                         and (not exists (select 1 from requirement_vendors rv where rv.requirement_id = r.id)
                                                              or exists (select 1 from requirement_vendors rv where rv.requirement_id = r.id and rv.vendor_id = n.line_vendor)))
                                          from requirements r where r.offering_id = o.id), true))))`,
                )}) y) ranked
          where ranked.rank <= 3
        ), candidate as (
          select k.id from k union select f.id from f
        )
        select
          coalesce((select json_agg(json_build_object('id', l.id, 'offeringId', l."offeringId", 'name', l.name, 'nameEn', l."nameEn", 'price', l.price,
                      'unit', l.unit, 'monthlyPrice', l."monthlyPrice", 'retired', l.retired, 'offering', l.offering,
                      'dataCenterIds', l.data_center_ids, 'verified', l.verified,
                      'requirements', coalesce((select json_agg(json_build_object('description', rq.description, 'descriptionEn', rq.description_en,
                                                  'categoryIds', rq.category_ids, 'vendorIds', rq.vendor_ids) order by rq.position)
                                                from rq where rq.offering_id = l.offering_id), '[]'::json)))
                    from l), '[]'::json) as lines,
          coalesce((select json_agg(${vendorJson} order by v.name) from vendors v
                    where v.id in (select l.vendor_id from l) or v.id in (select unnest(rq.vendor_ids) from rq)), '[]'::json) as vendors,
          coalesce((select json_agg(${dataCenterJson} order by dc.country_code <> 'VN', dc.city, dc.name) from data_centers dc
                    where dc.id in (select unnest(l.data_center_ids) from l)), '[]'::json) as "dataCenters",
          (select json_agg(json_build_object('id', c.id, 'slug', c.slug, 'kind', c.kind, 'name', c.name, 'nameEn', c.name_en,
                                    'needUnits', c.need_units, 'unitName', c.unit_name, 'unitNameEn', c.unit_name_en, 'unitNameEnOne', c.unit_name_en_one) order by c.id)
           from categories c) as categories,
          coalesce((select json_agg(json_build_object('offeringId', o.id, 'vendorId', o."vendorId", 'categoryId', o."categoryId",
                      'lowestMonthlyPrice', o."minMonthlyPrice", 'offering', row_to_json(o),
                      'cities', array(select distinct dc.city from offering_data_centers odc join data_centers dc on dc.id = odc.data_center_id
                                      where odc.offering_id = o.id),
                      'requirements', coalesce((select json_agg(json_build_object(
                                                  'categoryIds', array(select rc.category_id from requirement_categories rc where rc.requirement_id = r.id),
                                                  'vendorIds', array(select rv.vendor_id from requirement_vendors rv where rv.requirement_id = r.id)))
                                                from requirements r where r.offering_id = o.id), '[]'::json)))
                    from candidate join lateral (select ${offeringFactColumns} from offerings o where o.id = candidate.id) o on true), '[]'::json) as candidates`,
  );
  return {
    ...facts!,
    lines: facts!.lines.map((row) => ({ ...row, offering: withDates(row.offering) })),
    candidates: facts!.candidates.map((row) => ({ ...row, offering: withDates(row.offering) })),
  };
}
