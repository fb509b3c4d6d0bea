import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import type { ListingStatus, OfferingKind } from '../../schema/enums.ts';
import type { AttestationRow } from '../catalog/rows.ts';
import { attestationPrivateColumns, list, listingColumns, listingDates, toDate } from '../fragments.ts';
import { slugify, type ListingContent, type ListingPlanContent, type ListingRequirementContent } from './content.ts';
import type { ListingRow } from './reads.ts';

// Partners' and staff's writes to listings. They run inside the caller's transaction (pass the transaction
// as `db`); the row is locked first so two requests never decide on the same listing at once.

export interface NewListing {
  vendorId: string;
  categoryId: number;
  kind: OfferingKind;
  /** the slug the partner chose; null derives one from `slugBase` */
  slug: string | null;
  slugBase: string;
  content: ListingContent;
  /** the partner's own identifier; null: none */
  externalId: string | null;
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
                                      description_en, sla_availability, external_id)
          values (${slug}, ${listing.vendorId}, ${listing.categoryId}, ${listing.kind}, 'DRAFT', ${content.name}, ${content.nameEn},
                  ${content.summary}, ${content.summaryEn}, ${content.description}, ${content.descriptionEn}, ${content.slaAvailability},
                  ${listing.externalId})
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
  const existing = await queryRows<{ id: string; slug: string; name: string; externalId: string | null }>(
    db,
    sql`select p.id, p.slug, p.name, p.external_id as "externalId" from plans p where p.offering_id = ${offeringId}
        order by p.retired_at is not null, p.position`,
  );
  // A plan keeps its row when its name folds to the same key; seeded plans, whose stored slugs were
  // chosen by hand, also match by that slug.
  const byName = new Map<string, (typeof existing)[number]>();
  for (const row of existing) if (!byName.has(slugify(row.name))) byName.set(slugify(row.name), row);
  const bySlug = new Map(existing.map((row) => [row.slug, row]));
  const byExternalId = new Map(existing.filter((row) => row.externalId !== null).map((row) => [row.externalId, row]));
  const matched = new Set<string>();
  const kept: { plan: ListingPlanContent; position: number; id: string }[] = [];
  const added: { plan: ListingPlanContent; position: number; slug: string }[] = [];
  const slugs = new Set(existing.map((row) => row.slug));
  // A plan's externalId matches before any name does, so a renamed plan keeps its row.
  const byId = new Map(plans.map((plan, position) => [position, plan.externalId ? byExternalId.get(plan.externalId) : undefined]));
  for (const row of byId.values()) if (row) matched.add(row.id);
  plans.forEach((plan, position) => {
    const match = byId.get(position) ?? [byName.get(plan.slug), bySlug.get(plan.slug)].find((row) => row !== undefined && !matched.has(row.id));
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
            position = v.position::int, retired_at = null, external_id = v.external_id
          from (values ${sql.join(
            kept.map(
              ({ plan, position, id }) =>
                sql`(${id}::uuid, ${plan.name}, ${plan.nameEn}::text, ${plan.price}, ${plan.unit}, ${position}, ${plan.externalId}::text)`,
            ),
            sql`, `,
          )}) as v(id, name, name_en, price, unit, position, external_id)
          where p.id = v.id`,
    );
    await db.execute(sql`delete from plan_specs where plan_id in (${list(kept.map(({ id }) => id))})`);
  }
  const ids = new Map(kept.map(({ position, id }) => [position, id]));
  if (added.length > 0) {
    const inserted = await queryRows<{ id: string; position: number }>(
      db,
      sql`insert into plans (offering_id, slug, name, name_en, price, unit, position, external_id) values ${sql.join(
        added.map(
          ({ plan, position, slug }) =>
            sql`(${offeringId}, ${slug}, ${plan.name}, ${plan.nameEn}, ${plan.price}, ${plan.unit}, ${position}, ${plan.externalId})`,
        ),
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
