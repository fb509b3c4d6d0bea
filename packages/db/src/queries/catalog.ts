import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import { list, offeringColumns, planColumns, planForValues, published, toDate, vendorJson, withDates } from './fragments.ts';
import type { AttestationStatus, BillingUnit, ListingStatus, OfferingKind, VendorKind } from '../schema/enums.ts';

// Catalog reads. Every function takes ids in batches so the API's DataLoaders run one statement per
// relation per request, however many rows a page holds. Numbers that may exceed 2^31 or carry
// decimals come back as text, the same on both drivers.

export interface VendorRow {
  id: string;
  slug: string;
  name: string;
  kinds: VendorKind[];
  domestic: boolean;
  countryCode: string;
  description: string;
  descriptionEn: string;
  website: string | null;
}

export interface DataCenterRow {
  id: string;
  vendorId: string;
  slug: string;
  name: string;
  city: string;
  countryCode: string;
  tier: number | null;
}

export interface CategoryRow {
  id: number;
  slug: string;
  kind: OfferingKind;
  name: string;
  nameEn: string;
}

export interface OfferingRow {
  id: string;
  slug: string;
  vendorId: string;
  categoryId: number;
  kind: OfferingKind;
  status: ListingStatus;
  name: string;
  /** null where the partner gave no English name */
  nameEn: string | null;
  summary: string;
  summaryEn: string;
  description: string;
  /** null where the partner gave no English description */
  descriptionEn: string | null;
  slaAvailability: string | null;
  sampleData: boolean;
  minMonthlyPrice: string | null;
  /** what the lowest price counts: the cheapest recurring plan's unit (HOUR read as MONTH), ONE_TIME when every plan is one-time */
  priceUnit: BillingUnit | null;
  /** lowest one-time plan price, whole VND */
  minOneTimePrice: string | null;
  dataInVietnam: boolean;
  publishedAt: Date | null;
  updatedAt: Date;
}

/** An offering's texts, the bulk of its row. */
export type OfferingTexts = Pick<OfferingRow, 'summary' | 'summaryEn' | 'description' | 'descriptionEn'>;

/** An offering read without its texts (a stack's lines and suggestions); the Offering type loads them when asked. */
export type OfferingFacts = Omit<OfferingRow, keyof OfferingTexts>;

export interface SpecRow {
  key: string;
  value: string;
}

export interface PlanRow {
  id: string;
  offeringId: string;
  name: string;
  /** null where the partner gave no English name */
  nameEn: string | null;
  price: string;
  unit: BillingUnit;
  monthlyPrice: string;
  specs: SpecRow[];
}

export interface RequirementRow {
  id: string;
  offeringId: string;
  description: string;
  /** null where the partner gave no English text */
  descriptionEn: string | null;
  categoryIds: number[];
  vendors: VendorRow[];
}

export interface ComplianceGroupRow {
  code: string;
  name: string;
  nameEn: string;
  scope: string;
  criteriaCount: number;
}

export interface ComplianceFrameworkRow {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  issuer: string;
  reference: string | null;
  criteriaCount: number;
  groups: ComplianceGroupRow[];
}

export interface AttestationRow {
  id: string;
  frameworkId: number;
  vendorId: string | null;
  offeringId: string | null;
  /** effective status: a VERIFIED attestation past its validity reads EXPIRED */
  status: AttestationStatus;
  criteriaMet: number | null;
  verifiedAt: Date | null;
  validUntil: Date | null;
  /** as staff verified them, by group code, e.g. {"FUNCTIONAL": 84, "SECURITY": 69}; null when not recorded per group */
  criteriaByGroup?: Record<string, number> | null;
  /** why staff refused it; private to staff and the holder's organization (the API decides who reads it) */
  decisionReason: string | null;
  /** the vendor holding it: itself, or through its offering */
  holderVendorId: string;
}

const vendorColumns = sql`v.id, v.slug, v.name, v.kinds::text[] as kinds, v.domestic, v.country_code as "countryCode",
  v.description, v.description_en as "descriptionEn", v.website`;

const dataCenterColumns = sql`dc.id, dc.vendor_id as "vendorId", dc.slug, dc.name, dc.city, dc.country_code as "countryCode", dc.tier`;

export async function vendorsByIds(db: Db, ids: readonly string[]): Promise<VendorRow[]> {
  if (ids.length === 0) return [];
  return queryRows<VendorRow>(db, sql`select ${vendorColumns} from vendors v where v.id in (${list(ids)})`);
}

export async function vendorBySlug(db: Db, slug: string): Promise<VendorRow | null> {
  const rows = await queryRows<VendorRow>(db, sql`select ${vendorColumns} from vendors v where v.slug = ${slug}`);
  return rows[0] ?? null;
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
    sql`select c.id, c.slug, c.kind, c.name, c.name_en as "nameEn" from categories c order by c.kind, c.position, c.name`,
  );
}

export async function offeringsByIds(db: Db, ids: readonly string[]): Promise<OfferingRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<OfferingRow>(db, sql`select ${offeringColumns} from offerings o where o.id in (${list(ids)}) and ${published}`);
  return rows.map(withDates);
}

export async function offeringBySlug(db: Db, slug: string): Promise<OfferingRow | null> {
  const rows = await queryRows<OfferingRow>(db, sql`select ${offeringColumns} from offerings o where o.slug = ${slug} and ${published}`);
  return rows[0] ? withDates(rows[0]) : null;
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
    sql`select r.id, r.offering_id as "offeringId", r.description, r.description_en as "descriptionEn",
          array(select rc.category_id from requirement_categories rc where rc.requirement_id = r.id order by rc.category_id) as "categoryIds",
          coalesce((select json_agg(${vendorJson} order by v.name) from requirement_vendors rv join vendors v on v.id = rv.vendor_id
                    where rv.requirement_id = r.id), '[]'::json) as vendors
        from requirements r where r.offering_id in (${list(offeringIds)})
        order by r.offering_id, r.position`,
  );
}

const frameworkColumns = sql`f.id, f.code, f.name, f.name_en as "nameEn", f.issuer, f.reference, f.criteria_count as "criteriaCount",
  coalesce((select json_agg(json_build_object('code', g.code, 'name', g.name, 'nameEn', g.name_en, 'scope', g.scope,
                                              'criteriaCount', g.criteria_count) order by g.position, g.code)
            from compliance_groups g where g.framework_id = f.id), '[]'::json) as groups`;

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

/** SQL for an attestation's effective status: VERIFIED past validity reads EXPIRED, no sweep needed. */
export const effectiveAttestationStatus = sql`(case when a.status = 'VERIFIED' and a.valid_until is not null
  and a.valid_until <= now() then 'EXPIRED' else a.status::text end)`;

/**
 * SQL true for an attestation no later decision replaced: the subject's one current verification, its
 * claim under review and its latest refusal of the framework (earlier rows are history).
 */
export const currentAttestation = sql`a.superseded_at is null`;

/** An attestation's refusal reason and the vendor holding it (itself, or through its offering): AttestationRow's last two fields. */
export const attestationPrivateColumns = sql`a.decision_reason as "decisionReason",
  coalesce(a.vendor_id, (select o.vendor_id from offerings o where o.id = a.offering_id)) as "holderVendorId"`;

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
    sql`select a.id, a.framework_id as "frameworkId", a.vendor_id as "vendorId", a.offering_id as "offeringId",
          ${effectiveAttestationStatus} as status, a.criteria_met as "criteriaMet", a.verified_at as "verifiedAt",
          a.valid_until as "validUntil", a.criteria_by_group as "criteriaByGroup", ${attestationPrivateColumns},
          (select row_to_json(fw) from (select ${frameworkColumns} from compliance_frameworks f
            where f.id = a.framework_id) fw) as framework
        from attestations a where ${column} in (${list(ids)}) ${subject === 'attestation' ? sql`` : sql`and ${currentAttestation}`}
        order by a.claimed_at, a.id`,
  );
  return rows.map((row) => ({ ...row, verifiedAt: toDate(row.verifiedAt), validUntil: toDate(row.validUntil) }));
}

// ---------------------------------------------------------------------------------------------
// Offering search: filters, facets, relevance and keyset pages.

export type OfferingSort = 'RELEVANCE' | 'NAME' | 'PRICE_ASC' | 'PRICE_DESC' | 'SLA_DESC' | 'UPDATED_DESC';

export interface OfferingFilter {
  kinds?: OfferingKind[] | null;
  categories?: string[] | null;
  vendors?: string[] | null;
  cities?: string[] | null;
  dataInVietnam?: boolean | null;
  /** whole VND, validated by the caller */
  maxMonthlyPrice?: string | null;
  /** percent, validated by the caller */
  minSlaAvailability?: string | null;
  verifiedFramework?: string | null;
  /** units of the lowest price (OfferingRow.priceUnit); HOUR is read as MONTH */
  billingUnits?: BillingUnit[] | null;
}

export interface OfferingSearch {
  query?: string | null;
  filter?: OfferingFilter | null;
  sort: OfferingSort;
  /**
   * Match the query's words by spelling similarity instead of full text: the fallback for words no
   * listing contains (typos such as "vietel"). See `needsFuzzyMatch`.
   */
  fuzzy?: boolean;
}

/** The words of a search, ready for to_tsquery: letters and digits only, so no tsquery syntax gets in. */
export interface PreparedQuery {
  /** e.g. "điện & toán:*" — the last word matches as a prefix, for search as you type */
  tsquery: string;
  /** the words joined by spaces, for trigram similarity */
  words: string;
}

export const maxSearchWords = 12;

export function prepareQuery(query: string | null | undefined): PreparedQuery | null {
  if (!query) return null;
  const words = (query.normalize('NFC').toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? [])
    .slice(0, maxSearchWords)
    .map((word) => word.slice(0, 60));
  if (words.length === 0) return null;
  return {
    tsquery: words.map((word, index) => (index === words.length - 1 ? `${word}:*` : word)).join(' & '),
    words: words.join(' '),
  };
}

/** The SQL type of a keyset cursor's value: what it is cast to when a page after it is read. */
export type CursorKeyType = 'text' | 'bigint' | 'numeric' | 'timestamptz' | 'int' | 'uuid';

interface SortKey {
  expr: SQL;
  descending: boolean;
  /** SQL type the cursor's text value is cast to */
  type: CursorKeyType;
}

const idKey: SortKey = { expr: sql`o.id`, descending: false, type: 'uuid' };

function matchRank(q: PreparedQuery, fuzzy: boolean): SQL {
  if (fuzzy) return sql`cast(0 as int)`;
  return sql`(case when o.search_exact @@ to_tsquery('simple', ${q.tsquery}) then 2 else 1 end)`;
}

/** Full-text matches score by ts_rank_cd (names weigh most); near spellings by similarity. */
function matchScore(q: PreparedQuery, fuzzy: boolean): SQL {
  const score = fuzzy
    ? sql`word_similarity(mv_fold(${q.words}), o.search_names)`
    : sql`ts_rank_cd(o.search_folded, to_tsquery('simple', mv_fold(${q.tsquery})))`;
  return sql`round((${score})::numeric, 6)`;
}

function sortKeys(search: OfferingSearch): SortKey[] {
  const q = prepareQuery(search.query);
  switch (search.sort) {
    case 'RELEVANCE':
      if (!q) return [{ expr: sql`o.name`, descending: false, type: 'text' }, idKey];
      return [
        { expr: matchRank(q, search.fuzzy === true), descending: true, type: 'int' },
        { expr: matchScore(q, search.fuzzy === true), descending: true, type: 'numeric' },
        idKey,
      ];
    case 'NAME':
      return [{ expr: sql`o.name`, descending: false, type: 'text' }, idKey];
    case 'PRICE_ASC':
      return [{ expr: sql`coalesce(o.min_monthly_price, 9223372036854775807)`, descending: false, type: 'bigint' }, idKey];
    case 'PRICE_DESC':
      return [{ expr: sql`coalesce(o.min_monthly_price, -1)`, descending: true, type: 'bigint' }, idKey];
    case 'SLA_DESC':
      return [{ expr: sql`coalesce(o.sla_availability, 0)`, descending: true, type: 'numeric' }, idKey];
    case 'UPDATED_DESC':
      return [{ expr: sql`o.updated_at`, descending: true, type: 'timestamptz' }, idKey];
  }
}

/** The type of each value a cursor of this search carries, in order. */
export function cursorKeyTypes(search: OfferingSearch): CursorKeyType[] {
  return sortKeys(search).map((key) => key.type);
}

const castKey = (value: string, key: SortKey) => sql`${value}::${sql.raw(key.type)}`;

/** Rows strictly after the one with these key values, in the keys' order: (k0 > v0) or (k0 = v0 and k1 > v1)…. */
function beyondKeyset(keys: SortKey[], values: string[]): SQL {
  const alternatives = keys.map((key, index) => {
    const equal = keys.slice(0, index).map((previous, j) => sql`${previous.expr} = ${castKey(values[j]!, previous)}`);
    const beyond = sql`${key.expr} ${sql.raw(key.descending ? '<' : '>')} ${castKey(values[index]!, key)}`;
    return sql`(${sql.join([...equal, beyond], sql` and `)})`;
  });
  return sql`(${sql.join(alternatives, sql` or `)})`;
}

/**
 * The rows after a cursor. The first key's bound is implied by the alternatives, but written on its own
 * an index on that key starts its scan there instead of reading every row before the cursor.
 */
function afterKeyset(keys: SortKey[], values: string[]): SQL {
  const [first] = keys;
  return sql`(${first!.expr} ${sql.raw(first!.descending ? '<=' : '>=')} ${castKey(values[0]!, first!)} and ${beyondKeyset(keys, values)})`;
}

/** The rows up to a cursor's, that row included: the complement of afterKeyset, bounded the same way. */
function throughKeyset(keys: SortKey[], values: string[]): SQL {
  const [first] = keys;
  return sql`(${first!.expr} ${sql.raw(first!.descending ? '>=' : '<=')} ${castKey(values[0]!, first!)} and not ${beyondKeyset(keys, values)})`;
}

type Facet = 'kinds' | 'categories' | 'vendors' | 'cities' | 'billingUnits';

/** The units a filter chooses, HOUR read as MONTH (hourly plans are priced by the month, 730 hours). */
export function chosenUnits(filter: OfferingFilter | null | undefined): BillingUnit[] {
  return [...new Set((filter?.billingUnits ?? []).map((unit): BillingUnit => (unit === 'HOUR' ? 'MONTH' : unit)))];
}

function hasValues<T>(values: readonly T[] | null | undefined): values is readonly T[] {
  return Array.isArray(values) && values.length > 0;
}

/** Each facet's own condition; null when the filter does not choose values of that facet. */
function facetConditions(filter: OfferingFilter): Record<Facet, SQL | null> {
  return {
    kinds: hasValues(filter.kinds) ? sql`o.kind in (${list(filter.kinds.map((k) => sql`${k}::offering_kind`))})` : null,
    categories: hasValues(filter.categories)
      ? sql`o.category_id in (select c.id from categories c where c.slug in (${list(filter.categories)}))`
      : null,
    vendors: hasValues(filter.vendors)
      ? sql`o.vendor_id in (select v.id from vendors v where v.slug in (${list(filter.vendors)}))`
      : null,
    cities: hasValues(filter.cities)
      ? sql`exists (select 1 from offering_data_centers x join data_centers d on d.id = x.data_center_id
                    where x.offering_id = o.id and d.city in (${list(filter.cities)}))`
      : null,
    billingUnits: hasValues(filter.billingUnits)
      ? sql`o.price_unit in (${list(chosenUnits(filter).map((unit) => sql`${unit}::billing_unit`))})`
      : null,
  };
}

/** Conditions every facet shares: publication, search words and the non-facet filters. */
function commonConditions(search: OfferingSearch): SQL[] {
  const filter = search.filter ?? {};
  const conditions: SQL[] = [published];
  const q = prepareQuery(search.query);
  if (q) {
    conditions.push(
      search.fuzzy
        ? sql`mv_fold(${q.words}) <% o.search_names`
        : sql`o.search_folded @@ to_tsquery('simple', mv_fold(${q.tsquery}))`,
    );
  }
  if (filter.dataInVietnam != null) conditions.push(sql`o.data_in_vietnam = ${filter.dataInVietnam}`);
  if (filter.maxMonthlyPrice != null) conditions.push(sql`o.min_monthly_price <= ${filter.maxMonthlyPrice}::numeric`);
  if (filter.minSlaAvailability != null) conditions.push(sql`o.sla_availability >= ${filter.minSlaAvailability}::numeric`);
  if (filter.verifiedFramework != null) {
    conditions.push(sql`exists (select 1 from attestations a join compliance_frameworks f on f.id = a.framework_id
      where f.code = ${filter.verifiedFramework} and ${effectiveAttestationStatus} = 'VERIFIED' and ${currentAttestation}
        and (a.offering_id = o.id or a.vendor_id = o.vendor_id))`);
  }
  return conditions;
}

function whereAll(search: OfferingSearch, extra: SQL[] = []): SQL {
  const facets = Object.values(facetConditions(search.filter ?? {})).filter((c): c is SQL => c !== null);
  return sql.join([...commonConditions(search), ...facets, ...extra], sql` and `);
}

/**
 * Whether a query needs the spelling-similarity fallback: it is long enough to compare (4+ characters)
 * and its words match no published listing's text. One index probe.
 */
export async function needsFuzzyMatch(db: Db, query: string | null | undefined): Promise<boolean> {
  const q = prepareQuery(query);
  if (!q || q.words.length < 4) return false;
  const rows = await queryRows<{ found: boolean }>(
    db,
    sql`${planForValues}select exists (select 1 from offerings o
          where ${published} and o.search_folded @@ to_tsquery('simple', mv_fold(${q.tsquery}))) as found`,
  );
  return rows[0]?.found === false;
}

export interface OfferingPage {
  rows: (OfferingRow & { cursorKeys: string[] })[];
  hasNextPage: boolean;
}

/** Sorts with an index per kind of published offerings: by price, and by name (also relevance without words). */
function hasKindOrderIndex(search: OfferingSearch): boolean {
  return search.sort === 'PRICE_ASC' || search.sort === 'NAME' || (search.sort === 'RELEVANCE' && !prepareQuery(search.query));
}

/**
 * The searches a page is read as, one per branch, when one walk in sort order would read far more rows
 * than it keeps; null to read it in one walk. By price within chosen units: one branch per unit, each in
 * order from its own index (offerings_published_unit_price_*_idx), since the units' prices lie far apart
 * (per GB in hundreds of đồng, per server in hundreds of thousands). By price or name over several kinds:
 * one branch per kind (offerings_published_kind_price_idx, offerings_published_kind_name_idx), since the
 * kinds are not spread evenly over prices or names either.
 */
function branchesOf(search: OfferingSearch): OfferingSearch[] | null {
  const units = chosenUnits(search.filter);
  if ((search.sort === 'PRICE_ASC' || search.sort === 'PRICE_DESC') && units.length > 0) {
    return units.length > 1 ? units.map((unit) => ({ ...search, filter: { ...search.filter, billingUnits: [unit] } })) : null;
  }
  const kinds = [...new Set(search.filter?.kinds ?? [])];
  if (kinds.length > 1 && hasKindOrderIndex(search)) return kinds.map((kind) => ({ ...search, filter: { ...search.filter, kinds: [kind] } }));
  return null;
}

export interface Walk {
  /** rows to read at most */
  limit: number;
  /** the sort-key values of the row the walk starts after; null from the start (or the end, backward) */
  after?: string[] | null;
  /** against the sort: the rows before `after`, nearest first */
  backward?: boolean;
}

/**
 * A query reading up to `walk.limit` rows of `search` in the walk's order, with `columns`, the sort's keys
 * as they sort (s0, s1…) and as text (k0, k1…: a cursor's values). Each key is computed once per row (a
 * relevance score is the dearest part of a search) and turned into text only for the rows kept.
 */
function walkQuery(search: OfferingSearch, walk: Walk, columns: SQL): { query: SQL; order: SQL } {
  const keys = sortKeys(search).map((key) => (walk.backward ? { ...key, descending: !key.descending } : key));
  const extra = walk.after ? [afterKeyset(keys, walk.after)] : [];
  const sortColumns = sql.join(
    keys.map((key, index) => sql`${key.expr} as ${sql.raw(`s${index}`)}`),
    sql`, `,
  );
  const order = sql.join(
    keys.map((key, index) => sql`${sql.raw(`s${index}`)} ${sql.raw(key.descending ? 'desc' : 'asc')}`),
    sql`, `,
  );
  const ordered = (of: OfferingSearch) =>
    sql`select ${columns}, ${sortColumns} from offerings o where ${whereAll(of, extra)} order by ${order} limit ${walk.limit}`;
  const branches = branchesOf(search);
  // Each branch reads its own part in order; the branches are merged on the sort values they carry.
  const rows = branches
    ? sql`select * from (${sql.join(
        branches.map((branch) => sql`(${ordered(branch)})`),
        sql` union all `,
      )}) branches order by ${order} limit ${walk.limit}`
    : ordered(search);
  const keyText = sql.join(
    keys.map((_, index) => sql`w.${sql.raw(`s${index}`)}::text as ${sql.raw(`k${index}`)}`),
    sql`, `,
  );
  return { query: sql`select w.*, ${keyText} from (${rows}) w order by ${order}`, order };
}

/** Whether a search's order comes from an index, so a walk from a cursor reads only the rows it keeps. */
export function walksByIndex(search: OfferingSearch): boolean {
  return !(search.sort === 'RELEVANCE' && prepareQuery(search.query));
}

export async function searchOfferings(
  db: Db,
  search: OfferingSearch,
  page: { first: number; after?: string[] | null },
): Promise<OfferingPage> {
  const keyCount = sortKeys(search).length;
  const { query } = walkQuery(search, { limit: page.first + 1, after: page.after }, offeringColumns);
  const rows = await queryRows<OfferingRow & Record<string, string>>(db, sql`${planForValues}${query}`);
  return {
    hasNextPage: rows.length > page.first,
    rows: rows.slice(0, page.first).map((row) => {
      const offering = Object.fromEntries(Object.entries(row).filter(([column]) => !/^[ks]\d+$/.test(column))) as unknown as OfferingRow;
      return { ...withDates(offering), cursorKeys: Array.from({ length: keyCount }, (_, index) => row[`k${index}`]!) };
    }),
  };
}

/**
 * The sort-key values (a cursor's keys) of the rows of several walks, each in its own order, in one
 * statement: for jumping to numbered pages without reading the offerings themselves.
 */
export async function offeringSortKeys(db: Db, search: OfferingSearch, walks: readonly Walk[]): Promise<string[][][]> {
  if (walks.length === 0) return [];
  const keyCount = sortKeys(search).length;
  const keyNames = sql.raw(Array.from({ length: keyCount }, (_, index) => `x.k${index}`).join(', '));
  const parts = walks.map((walk, index) => {
    const { query, order } = walkQuery(search, walk, sql`o.id`);
    return sql`(select ${index}::int as walk, row_number() over (order by ${order})::int as n, ${keyNames} from (${query}) x)`;
  });
  const rows = await queryRows<{ walk: number } & Record<string, string>>(
    db,
    sql`${planForValues}select * from (${sql.join(parts, sql` union all `)}) walks order by walk, n`,
  );
  return walks.map((_, index) =>
    rows.filter((row) => row.walk === index).map((row) => Array.from({ length: keyCount }, (__, key) => row[`k${key}`]!)),
  );
}

/**
 * The sort-key values of the rows at these places (0 for the first) of a search, in one pass that orders
 * every row once: for a search whose order no index gives (relevance to words), where any walk would
 * score every match anyway.
 */
export async function offeringSortKeysAt(db: Db, search: OfferingSearch, places: readonly number[]): Promise<Map<number, string[]>> {
  if (places.length === 0) return new Map();
  const keys = sortKeys(search);
  const sortColumns = sql.join(
    keys.map((key, index) => sql`${key.expr} as ${sql.raw(`s${index}`)}`),
    sql`, `,
  );
  const order = sql.join(
    keys.map((key, index) => sql`${sql.raw(`s${index}`)} ${sql.raw(key.descending ? 'desc' : 'asc')}`),
    sql`, `,
  );
  const keyText = sql.raw(keys.map((_, index) => `x.s${index}::text as k${index}`).join(', '));
  const rows = await queryRows<{ place: number } & Record<string, string>>(
    db,
    sql`${planForValues}select x.place, ${keyText} from (
          select (row_number() over (order by ${order}) - 1)::int as place, y.* from (
            select ${sortColumns} from offerings o where ${whereAll(search)}) y) x
        where x.place in (${list(places)})`,
  );
  return new Map(rows.map((row) => [row.place, keys.map((_, index) => row[`k${index}`]!)]));
}

/** How many offerings of a search come before the row with these sort keys, that row included: where the page after it starts. */
export async function countOfferingsThrough(db: Db, search: OfferingSearch, keys: string[]): Promise<number> {
  const rows = await queryRows<{ count: number }>(
    db,
    sql`${planForValues}select count(*)::int as count from offerings o
        where ${whereAll(search, [throughKeyset(sortKeys(search), keys)])}`,
  );
  return rows[0]?.count ?? 0;
}

/**
 * The catalog's version (`catalog_state`): it changes with every committed change to the tables
 * searchOfferings, countOfferings, offeringFacets and needsFuzzyMatch read, except `attestations` (the
 * verifiedFramework filter's, whose result also changes as attestations expire).
 */
export async function catalogVersion(db: Db): Promise<string> {
  const rows = await queryRows<{ version: string }>(db, sql`select version::text as version from catalog_state where id = 1`);
  const version = rows[0]?.version;
  if (version === undefined) throw new Error('catalog_state has no row: the migrations have not run.');
  return version;
}

export async function countOfferings(db: Db, search: OfferingSearch): Promise<number> {
  const rows = await queryRows<{ count: number }>(db, sql`${planForValues}select count(*)::int as count from offerings o where ${whereAll(search)}`);
  return rows[0]?.count ?? 0;
}

export interface FacetCount {
  facet: Facet;
  value: string;
  label: string;
  labelEn: string;
  count: number;
}

/**
 * Facet counts in one statement. Each facet counts the rows that pass every other facet's choice,
 * so the unchosen values of a facet stay countable (disjunctive faceting).
 */
export async function offeringFacets(db: Db, search: OfferingSearch): Promise<FacetCount[]> {
  const own = facetConditions(search.filter ?? {});
  const flag = (facet: Facet) => own[facet] ?? sql`true`;
  const others = (facet: Facet) =>
    sql.join(
      (Object.keys(own) as Facet[]).filter((f) => f !== facet).map((f) => sql`b.${sql.raw(`"m_${f}"`)}`),
      sql` and `,
    );
  return queryRows<FacetCount>(
    db,
    sql`${planForValues}with b as (
          select o.id, o.kind, o.category_id, o.vendor_id, o.price_unit,
                 ${flag('kinds')} as m_kinds, ${flag('categories')} as m_categories,
                 ${flag('vendors')} as m_vendors, ${flag('cities')} as m_cities, ${flag('billingUnits')} as "m_billingUnits"
          from offerings o where ${sql.join(commonConditions(search), sql` and `)}
        )
        select 'kinds' as facet, b.kind::text as value, b.kind::text as label, b.kind::text as "labelEn", count(*)::int as count
          from b where ${others('kinds')} group by b.kind
        union all
        select 'categories', c.slug, c.name, c.name_en, count(*)::int
          from b join categories c on c.id = b.category_id where ${others('categories')} group by c.slug, c.name, c.name_en
        union all
        select 'vendors', v.slug, v.name, v.name, count(*)::int
          from b join vendors v on v.id = b.vendor_id where ${others('vendors')} group by v.slug, v.name
        union all
        select 'cities', d.city, d.city, d.city, count(distinct b.id)::int
          from b join offering_data_centers x on x.offering_id = b.id join data_centers d on d.id = x.data_center_id
          where ${others('cities')} group by d.city
        union all
        select 'billingUnits', b.price_unit::text, b.price_unit::text, b.price_unit::text, count(*)::int
          from b where b.price_unit is not null and ${others('billingUnits')} group by b.price_unit`,
  );
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
