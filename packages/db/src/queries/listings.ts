import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import type { BillingUnit, ListingStatus, OfferingKind, RevisionStatus, VendorKind } from '../schema/enums.ts';
import type { AttestationRow, OfferingRow, SpecRow } from './catalog/rows.ts';
import { attestationPrivateColumns, list, offeringColumns, planForValues, toDate, withDates } from './fragments.ts';

// Partners' listings: any status, always scoped by the caller's vendor where a partner acts. Writes run
// inside the caller's transaction (pass the transaction as `db`); the row is locked first so two
// requests never decide on the same listing at once.

/** An offering as its own organization and staff see it: any status, with its version and review state. */
export interface ListingRow extends OfferingRow {
  version: number;
  rejectionReason: string | null;
  submittedAt: Date | null;
}

export interface ListingPlanContent {
  /** slugify(name): how an edited plan finds the plan it replaces */
  slug: string;
  name: string;
  /** null: no English name */
  nameEn: string | null;
  /** whole VND */
  price: string;
  unit: BillingUnit;
  specs: SpecRow[];
}

export interface ListingRequirementContent {
  description: string;
  /** null: no English text */
  descriptionEn: string | null;
  categoryIds: number[];
  vendorIds: string[];
}

/** Everything a partner writes in a listing besides its kind, category and slug; a revision's `content`. */
export interface ListingContent {
  name: string;
  /** null: no English name */
  nameEn: string | null;
  summary: string;
  summaryEn: string;
  description: string;
  /** null: no English description */
  descriptionEn: string | null;
  slaAvailability: string | null;
  dataCenterIds: string[];
  plans: ListingPlanContent[];
  requirements: ListingRequirementContent[];
}

export interface RevisionRow {
  id: string;
  offeringId: string;
  baseVersion: number;
  status: RevisionStatus;
  content: ListingContent;
  rejectionReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
}

/** A data center with what decides whether a listing may name it. */
export interface ListingDataCenterRow {
  id: string;
  vendorId: string;
  vendorKinds: VendorKind[];
}

const listingColumns = sql`${offeringColumns}, o.version, o.rejection_reason as "rejectionReason", o.submitted_at as "submittedAt"`;
const revisionColumns = sql`r.id, r.offering_id as "offeringId", r.base_version as "baseVersion", r.status, r.content,
  r.rejection_reason as "rejectionReason", r.created_at as "createdAt", r.updated_at as "updatedAt", r.submitted_at as "submittedAt"`;

/** Revisions a partner still works on or must see: open ones and the one staff sent back. */
const currentRevision = sql`r.status in ('DRAFT', 'IN_REVIEW', 'REJECTED')`;

function listingDates(row: ListingRow): ListingRow {
  return { ...withDates(row), submittedAt: toDate(row.submittedAt) };
}

/** A revision saved before listings had English names and descriptions reads as having none. */
function withEnglishTexts(content: ListingContent): ListingContent {
  return {
    ...content,
    nameEn: content.nameEn ?? null,
    descriptionEn: content.descriptionEn ?? null,
    plans: content.plans.map((plan) => ({ ...plan, nameEn: plan.nameEn ?? null })),
    requirements: content.requirements.map((requirement) => ({ ...requirement, descriptionEn: requirement.descriptionEn ?? null })),
  };
}

function revisionDates(row: RevisionRow): RevisionRow {
  return {
    ...row,
    content: withEnglishTexts(row.content),
    createdAt: toDate(row.createdAt)!,
    updatedAt: toDate(row.updatedAt)!,
    submittedAt: toDate(row.submittedAt),
  };
}

/**
 * A URL-safe key of a name: diacritics folded (đ → d), lower case, words joined by hyphens, at most
 * `max` characters. Offering slugs and the keys that match an edited plan to the plan it replaces.
 */
export function slugify(text: string, max = 80): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

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

/** A vendor's listings, most recently changed first, keyset-paged on (updated_at, id). */
export async function listingsOfVendor(
  db: Db,
  params: { vendorId: string; status?: ListingStatus | null; first: number; after?: { updatedAt: string; id: string } | null },
): Promise<ListingPage> {
  const conditions: SQL[] = [sql`o.vendor_id = ${params.vendorId}`];
  if (params.status) conditions.push(sql`o.status = ${params.status}`);
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

export async function countListingsOfVendor(db: Db, vendorId: string, status?: ListingStatus | null): Promise<number> {
  const rows = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from offerings o where o.vendor_id = ${vendorId} ${status ? sql`and o.status = ${status}` : sql``}`,
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
                      'specs', coalesce((select json_agg(json_build_object('key', s.key, 'value', s.value) order by s.position, s.key)
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

export interface NewListing {
  vendorId: string;
  categoryId: number;
  kind: OfferingKind;
  /** the slug the partner chose; null derives one from `slugBase` */
  slug: string | null;
  slugBase: string;
  content: ListingContent;
}

/**
 * Inserts a DRAFT listing with its plans, data centers and requirements. A chosen slug that is taken
 * gives null; a derived one takes the first free of base, base-2, base-3…
 */
export async function insertListing(db: Db, listing: NewListing): Promise<ListingRow | null> {
  const { content } = listing;
  let row: ListingRow | undefined;
  for (let attempt = 0; !row; attempt += 1) {
    const slug = listing.slug ?? (await freeSlug(db, listing.slugBase));
    [row] = await queryRows<ListingRow>(
      db,
      sql`insert into offerings as o (slug, vendor_id, category_id, kind, status, name, name_en, summary, summary_en, description,
                                      description_en, sla_availability)
          values (${slug}, ${listing.vendorId}, ${listing.categoryId}, ${listing.kind}, 'DRAFT', ${content.name}, ${content.nameEn},
                  ${content.summary}, ${content.summaryEn}, ${content.description}, ${content.descriptionEn}, ${content.slaAvailability})
          on conflict (slug) do nothing
          returning ${listingColumns}`,
    );
    // Another request may take a derived slug between the look-up and the insert: look again, a few times.
    if (!row && (listing.slug || attempt >= 4)) return null;
  }
  await writeListingContent(db, row.id, { dataCenterIds: content.dataCenterIds, plans: content.plans, requirements: content.requirements });
  return listingDates(row);
}

async function freeSlug(db: Db, base: string): Promise<string> {
  const rows = await queryRows<{ slug: string }>(
    db,
    sql`select o.slug from offerings o where o.slug = ${base} or o.slug ~ ${`^${base}-[0-9]+$`}`,
  );
  const taken = new Set(rows.map((row) => row.slug));
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
}

/**
 * Writes the parts of a listing's content that are given. Plans are matched to the listing's plans by
 * slug: a match keeps its id (saved stacks and quotes refer to it) and takes the new price, unit and
 * specs; a plan no longer listed is retired, never deleted.
 */
export async function writeListingContent(db: Db, offeringId: string, content: Partial<ListingContent>): Promise<void> {
  const texts: SQL[] = [];
  if (content.name !== undefined) texts.push(sql`name = ${content.name}`);
  if (content.nameEn !== undefined) texts.push(sql`name_en = ${content.nameEn}`);
  if (content.summary !== undefined) texts.push(sql`summary = ${content.summary}`);
  if (content.summaryEn !== undefined) texts.push(sql`summary_en = ${content.summaryEn}`);
  if (content.description !== undefined) texts.push(sql`description = ${content.description}`);
  if (content.descriptionEn !== undefined) texts.push(sql`description_en = ${content.descriptionEn}`);
  if (content.slaAvailability !== undefined) texts.push(sql`sla_availability = ${content.slaAvailability}`);
  if (texts.length > 0) await db.execute(sql`update offerings set ${sql.join(texts, sql`, `)} where id = ${offeringId}`);
  if (content.dataCenterIds) await writeDataCenters(db, offeringId, content.dataCenterIds);
  if (content.plans) await writePlans(db, offeringId, content.plans);
  if (content.requirements) await writeRequirements(db, offeringId, content.requirements);
}

async function writeDataCenters(db: Db, offeringId: string, ids: string[]): Promise<void> {
  await db.execute(
    sql`delete from offering_data_centers where offering_id = ${offeringId}
        ${ids.length > 0 ? sql`and data_center_id not in (${list(ids)})` : sql``}`,
  );
  if (ids.length === 0) return;
  await db.execute(
    sql`insert into offering_data_centers (offering_id, data_center_id)
        values ${sql.join(ids.map((id) => sql`(${offeringId}, ${id})`), sql`, `)} on conflict do nothing`,
  );
}

async function writePlans(db: Db, offeringId: string, plans: ListingPlanContent[]): Promise<void> {
  const existing = await queryRows<{ id: string; slug: string; name: string }>(
    db,
    sql`select p.id, p.slug, p.name from plans p where p.offering_id = ${offeringId} order by p.retired_at is not null, p.position`,
  );
  // A plan keeps its row when its name folds to the same key; seeded plans, whose stored slugs were
  // chosen by hand, also match by that slug.
  const byName = new Map<string, (typeof existing)[number]>();
  for (const row of existing) if (!byName.has(slugify(row.name))) byName.set(slugify(row.name), row);
  const bySlug = new Map(existing.map((row) => [row.slug, row]));
  const matched = new Set<string>();
  const kept: { plan: ListingPlanContent; position: number; id: string }[] = [];
  const added: { plan: ListingPlanContent; position: number; slug: string }[] = [];
  const slugs = new Set(existing.map((row) => row.slug));
  plans.forEach((plan, position) => {
    const match = [byName.get(plan.slug), bySlug.get(plan.slug)].find((row) => row !== undefined && !matched.has(row.id));
    if (match) {
      matched.add(match.id);
      kept.push({ plan, position, id: match.id });
      return;
    }
    let slug = plan.slug;
    for (let n = 2; slugs.has(slug); n += 1) slug = `${plan.slug}-${n}`;
    slugs.add(slug);
    added.push({ plan, position, slug });
  });
  const dropped = existing.filter((row) => !matched.has(row.id)).map((row) => row.id);
  if (dropped.length > 0) {
    await db.execute(sql`update plans set retired_at = now() where id in (${list(dropped)}) and retired_at is null`);
  }
  if (kept.length > 0) {
    await db.execute(
      sql`update plans p set name = v.name, name_en = v.name_en, price = v.price::bigint, unit = v.unit::billing_unit,
            position = v.position::int, retired_at = null
          from (values ${sql.join(
            kept.map(({ plan, position, id }) => sql`(${id}::uuid, ${plan.name}, ${plan.nameEn}::text, ${plan.price}, ${plan.unit}, ${position})`),
            sql`, `,
          )}) as v(id, name, name_en, price, unit, position)
          where p.id = v.id`,
    );
    await db.execute(sql`delete from plan_specs where plan_id in (${list(kept.map(({ id }) => id))})`);
  }
  const ids = new Map(kept.map(({ position, id }) => [position, id]));
  if (added.length > 0) {
    const inserted = await queryRows<{ id: string; position: number }>(
      db,
      sql`insert into plans (offering_id, slug, name, name_en, price, unit, position) values ${sql.join(
        added.map(({ plan, position, slug }) => sql`(${offeringId}, ${slug}, ${plan.name}, ${plan.nameEn}, ${plan.price}, ${plan.unit}, ${position})`),
        sql`, `,
      )} returning id, position`,
    );
    for (const row of inserted) ids.set(row.position, row.id);
  }
  const specs = plans.flatMap((plan, position) => plan.specs.map((spec, index) => sql`(${ids.get(position)!}, ${spec.key}, ${spec.value}, ${index})`));
  if (specs.length > 0) await db.execute(sql`insert into plan_specs (plan_id, key, value, position) values ${sql.join(specs, sql`, `)}`);
}

async function writeRequirements(db: Db, offeringId: string, requirements: ListingRequirementContent[]): Promise<void> {
  await db.execute(sql`delete from requirements where offering_id = ${offeringId}`);
  if (requirements.length === 0) return;
  const inserted = await queryRows<{ id: string; position: number }>(
    db,
    sql`insert into requirements (offering_id, description, description_en, position) values ${sql.join(
      requirements.map((requirement, position) => sql`(${offeringId}, ${requirement.description}, ${requirement.descriptionEn}, ${position})`),
      sql`, `,
    )} returning id, position`,
  );
  const idAt = new Map(inserted.map((row) => [row.position, row.id]));
  const categories = requirements.flatMap((requirement, position) =>
    requirement.categoryIds.map((categoryId) => sql`(${idAt.get(position)!}, ${categoryId})`),
  );
  const vendors = requirements.flatMap((requirement, position) => requirement.vendorIds.map((vendorId) => sql`(${idAt.get(position)!}, ${vendorId})`));
  if (categories.length > 0) await db.execute(sql`insert into requirement_categories (requirement_id, category_id) values ${sql.join(categories, sql`, `)}`);
  if (vendors.length > 0) await db.execute(sql`insert into requirement_vendors (requirement_id, vendor_id) values ${sql.join(vendors, sql`, `)}`);
}

export interface ListingChange {
  status?: ListingStatus;
  /** undefined leaves it; null clears it */
  rejectionReason?: string | null;
  submitted?: boolean;
  published?: boolean;
  /** the content changed: one more version */
  bumpVersion?: boolean;
  /** what the public sees changed, or the listing is not public: updated_at moves */
  touch?: boolean;
}

export async function changeListing(db: Db, id: string, change: ListingChange): Promise<ListingRow> {
  const sets: SQL[] = [];
  if (change.status) sets.push(sql`status = ${change.status}`);
  if (change.rejectionReason !== undefined) sets.push(sql`rejection_reason = ${change.rejectionReason}`);
  if (change.submitted) sets.push(sql`submitted_at = now()`);
  if (change.published) sets.push(sql`published_at = coalesce(published_at, now())`);
  if (change.bumpVersion) sets.push(sql`version = version + 1`);
  if (change.touch) sets.push(sql`updated_at = now()`);
  const [row] = await queryRows<ListingRow>(
    db,
    sql`update offerings o set ${sql.join(sets, sql`, `)} where o.id = ${id} returning ${listingColumns}`,
  );
  return listingDates(row!);
}

/** The revisions partners see on their listings (open or sent back), by offering. */
export async function currentRevisionsByOfferingIds(db: Db, offeringIds: readonly string[]): Promise<RevisionRow[]> {
  if (offeringIds.length === 0) return [];
  const rows = await queryRows<RevisionRow>(
    db,
    sql`select ${revisionColumns} from offering_revisions r
        where r.offering_id in (${list(offeringIds)}) and ${currentRevision} order by r.updated_at desc`,
  );
  return rows.map(revisionDates);
}

/**
 * Saves an edit of a published listing: the open or sent-back revision takes the new content and is a
 * DRAFT again; without one, a new revision starts from `baseVersion`.
 */
export async function saveRevision(
  db: Db,
  revision: { offeringId: string; baseVersion: number; content: ListingContent; userId: string | null },
): Promise<RevisionRow> {
  const content = JSON.stringify(revision.content);
  const [updated] = await queryRows<RevisionRow>(
    db,
    sql`update offering_revisions r set content = ${content}::jsonb, status = 'DRAFT', updated_at = now()
        where r.offering_id = ${revision.offeringId} and r.status in ('DRAFT', 'REJECTED') returning ${revisionColumns}`,
  );
  if (updated) return revisionDates(updated);
  const [inserted] = await queryRows<RevisionRow>(
    db,
    sql`insert into offering_revisions as r (offering_id, base_version, status, content, created_by_user_id)
        values (${revision.offeringId}, ${revision.baseVersion}, 'DRAFT', ${content}::jsonb, ${revision.userId})
        returning ${revisionColumns}`,
  );
  return revisionDates(inserted!);
}

export async function changeRevision(
  db: Db,
  id: string,
  change: { status: RevisionStatus; rejectionReason?: string | null; submitted?: boolean; decided?: boolean },
): Promise<void> {
  const sets: SQL[] = [sql`status = ${change.status}`, sql`updated_at = now()`];
  if (change.rejectionReason !== undefined) sets.push(sql`rejection_reason = ${change.rejectionReason}`);
  if (change.submitted) sets.push(sql`submitted_at = now()`);
  if (change.decided) sets.push(sql`decided_at = now()`);
  await db.execute(sql`update offering_revisions set ${sql.join(sets, sql`, `)} where id = ${id}`);
}

/** Closes every revision a partner could still act on, e.g. when the listing is archived. */
export async function withdrawRevisions(db: Db, offeringId: string): Promise<void> {
  await db.execute(
    sql`update offering_revisions r set status = 'WITHDRAWN', updated_at = now(), decided_at = now()
        where r.offering_id = ${offeringId} and ${currentRevision}`,
  );
}

/**
 * Records a partner's claim against a framework for its vendor or one offering: an earlier claim still
 * waiting for staff is replaced; verified, expired or revoked attestations stay as they are.
 */
export async function recordAttestationClaim(
  db: Db,
  claim: { frameworkId: number; vendorId: string | null; offeringId: string | null; evidenceUrl: string; validUntil: Date; criteriaMet: number | null },
): Promise<AttestationRow> {
  const subject = claim.offeringId ? sql`a.offering_id = ${claim.offeringId}` : sql`a.vendor_id = ${claim.vendorId}`;
  const validUntil = claim.validUntil.toISOString();
  const columns = sql`a.id, a.framework_id as "frameworkId", a.vendor_id as "vendorId", a.offering_id as "offeringId", a.status,
    a.criteria_met as "criteriaMet", a.verified_at as "verifiedAt", a.valid_until as "validUntil", ${attestationPrivateColumns}`;
  const [row] = await queryRows<AttestationRow>(
    db,
    sql`with replaced as (
          update attestations a set evidence_url = ${claim.evidenceUrl}, valid_until = ${validUntil}::timestamptz, criteria_met = ${claim.criteriaMet}::int,
                 claimed_at = now()
          where a.framework_id = ${claim.frameworkId} and ${subject} and a.status = 'CLAIMED'
          returning ${columns}
        ), inserted as (
          insert into attestations as a (framework_id, vendor_id, offering_id, status, criteria_met, evidence_url, valid_until)
          select ${claim.frameworkId}::int, ${claim.vendorId}::uuid, ${claim.offeringId}::uuid, 'CLAIMED', ${claim.criteriaMet}::int,
                 ${claim.evidenceUrl}, ${validUntil}::timestamptz
          where not exists (select 1 from replaced)
          returning ${columns}
        )
        select * from replaced union all select * from inserted`,
  );
  return { ...row!, verifiedAt: toDate(row!.verifiedAt), validUntil: toDate(row!.validUntil) };
}
