import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import type { OfferingKind } from '../schema/enums.ts';
import { effectiveAttestationStatus, list, planForValues, published, toDate } from './fragments.ts';
import { rowKeys } from './row-keys.ts';

// What association staff work on: the review queue, organizations, featured listings, attestations.

export interface ReviewQueueRow {
  offeringId: string;
  /** submittedAt at full (microsecond) precision, for cursors */
  position: string;
  /** NEW_LISTING: a draft sent for review; EDIT: a published listing's pending revision */
  kind: 'NEW_LISTING' | 'EDIT';
  submittedAt: Date;
}

export const reviewQueueRowKeys = rowKeys<ReviewQueueRow>()(['offeringId', 'position', 'kind', 'submittedAt']);

export interface ReviewQueueSearch {
  kind?: OfferingKind | null;
  vendorId?: string | null;
  /** only items waiting at least this many days */
  minAgeDays?: number | null;
  after?: { submittedAt: string; offeringId: string } | null;
  first: number;
}

function reviewQueueConditions(search: Omit<ReviewQueueSearch, 'first' | 'after'>) {
  return sql`${search.kind ? sql`and o.kind = ${search.kind}` : sql``}
    ${search.vendorId ? sql`and o.vendor_id = ${search.vendorId}` : sql``}
    ${search.minAgeDays ? sql`and q.submitted_at <= now() - make_interval(days => ${search.minAgeDays})` : sql``}`;
}

const reviewItems = sql`(
  select o.id as offering_id, 'NEW_LISTING' as kind, coalesce(o.submitted_at, o.updated_at) as submitted_at
  from offerings o where o.status = 'IN_REVIEW' and o.sandbox_key_id is null
  union all
  select r.offering_id, 'EDIT', coalesce(r.submitted_at, r.updated_at) from offering_revisions r where r.status = 'IN_REVIEW'
) q join offerings o on o.id = q.offering_id`;

/** Listings and edits waiting for review, oldest first. */
export async function reviewQueue(db: Db, search: ReviewQueueSearch): Promise<ReviewQueueRow[]> {
  const rows = await queryRows<ReviewQueueRow>(
    db,
    sql`${planForValues}select q.offering_id as "offeringId", q.kind, q.submitted_at as "submittedAt", q.submitted_at::text as position
        from ${reviewItems}
        where true ${reviewQueueConditions(search)}
          ${search.after ? sql`and (q.submitted_at, q.offering_id) > (${search.after.submittedAt}::timestamptz, ${search.after.offeringId}::uuid)` : sql``}
        order by q.submitted_at, q.offering_id limit ${search.first}`,
  );
  return rows.map((row) => ({ ...row, submittedAt: toDate(row.submittedAt)! }));
}

export async function countReviewQueue(db: Db, search: Omit<ReviewQueueSearch, 'first' | 'after'>): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${reviewItems} where true ${reviewQueueConditions(search)}`);
  return row!.n;
}

/**
 * Suspends an organization: its published listings leave the catalog at once (flagged so lifting the
 * suspension brings back exactly those), its keys and members stop working. Null when already suspended.
 */
export async function suspendOrganization(db: Db, organizationId: string, reason: string): Promise<{ hidden: number } | null> {
  const [organization] = await queryRows<{ vendorId: string }>(
    db,
    sql`update organizations set suspended_at = now(), suspension_reason = ${reason}
        where id = ${organizationId} and suspended_at is null returning vendor_id as "vendorId"`,
  );
  if (!organization) return null;
  const hidden = await queryRows<{ id: string }>(
    db,
    sql`update offerings set status = 'ARCHIVED', suspended = true where vendor_id = ${organization.vendorId} and status = 'PUBLISHED' returning id`,
  );
  return { hidden: hidden.length };
}

/** Lifts a suspension; the listings it hid are published again. Null when it was not suspended. */
export async function liftSuspension(db: Db, organizationId: string): Promise<{ restored: number } | null> {
  const [organization] = await queryRows<{ vendorId: string }>(
    db,
    sql`update organizations set suspended_at = null, suspension_reason = null
        where id = ${organizationId} and suspended_at is not null returning vendor_id as "vendorId"`,
  );
  if (!organization) return null;
  const restored = await queryRows<{ id: string }>(
    db,
    sql`update offerings set status = 'PUBLISHED', suspended = false where vendor_id = ${organization.vendorId} and suspended returning id`,
  );
  return { restored: restored.length };
}

export interface OrganizationSummaryRow {
  id: string;
  vendorId: string;
  suspendedAt: Date | null;
  suspensionReason: string | null;
  members: number;
  activeKeys: number;
}

export const organizationSummaryRowKeys = rowKeys<OrganizationSummaryRow>()([
  'id',
  'vendorId',
  'suspendedAt',
  'suspensionReason',
  'members',
  'activeKeys',
]);

/** Organizations by their vendor's name; with `page`, `first` of them after a (name, id) keyset position. */
export async function allOrganizations(
  db: Db,
  page: { first: number; after: { name: string; id: string } | null } | null = null,
): Promise<(OrganizationSummaryRow & { sortName: string })[]> {
  const rows = await queryRows<OrganizationSummaryRow & { sortName: string }>(
    db,
    sql`select o.id, o.vendor_id as "vendorId", o.suspended_at as "suspendedAt", o.suspension_reason as "suspensionReason",
          (select count(*)::int from memberships m where m.organization_id = o.id) as members,
          (select count(*)::int from api_keys k where k.organization_id = o.id and k.revoked_at is null) as "activeKeys",
          v.name as "sortName"
        from organizations o join vendors v on v.id = o.vendor_id
        ${page?.after ? sql`where (v.name, o.id) > (${page.after.name}, ${page.after.id}::uuid)` : sql``}
        order by v.name, o.id ${page ? sql`limit ${page.first}` : sql``}`,
  );
  return rows.map((row) => ({ ...row, suspendedAt: toDate(row.suspendedAt) }));
}

export async function countOrganizations(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from organizations`);
  return row!.n;
}

export interface StaffArchivedRow {
  organizationId: string;
  offeringId: string;
  reason: string;
}

export const staffArchivedRowKeys = rowKeys<StaffArchivedRow>()(['organizationId', 'offeringId', 'reason']);

/** The listings staff archived that restoreByStaff can publish again, most recently changed first. */
export async function staffArchivedListings(db: Db): Promise<StaffArchivedRow[]> {
  return queryRows<StaffArchivedRow>(
    db,
    sql`select g.id as "organizationId", o.id as "offeringId", o.archive_reason as reason
        from offerings o join organizations g on g.vendor_id = o.vendor_id
        where o.status = 'ARCHIVED' and o.archive_reason is not null and not o.suspended
        order by o.updated_at desc, o.id`,
  );
}

/** Staff archive a published listing with a reason; null when it is not published. */
export async function archiveByStaff(db: Db, offeringId: string, reason: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`update offerings set status = 'ARCHIVED', archive_reason = ${reason}, updated_at = now()
        where id = ${offeringId} and status = 'PUBLISHED' returning id`,
  );
  return row?.id ?? null;
}

/**
 * Undoes a staff archive: 'restored'; 'suspended' when the listing's organization is suspended (lifting
 * the suspension comes first); null when the listing was not archived by staff. The organization's row is
 * read FOR SHARE, so a suspension committing meanwhile waits and then hides the restored listing too.
 */
export async function restoreByStaff(db: Db, offeringId: string): Promise<'restored' | 'suspended' | null> {
  const archivedByStaff = sql`id = ${offeringId} and status = 'ARCHIVED' and archive_reason is not null and not suspended`;
  const [organization] = await queryRows<{ suspended: boolean }>(
    db,
    sql`select g.suspended_at is not null as suspended from organizations g
        where g.vendor_id = (select o.vendor_id from offerings o where o.id = ${offeringId}) for share`,
  );
  if (organization?.suspended) {
    const [archived] = await queryRows<{ id: string }>(db, sql`select id from offerings where ${archivedByStaff}`);
    return archived ? 'suspended' : null;
  }
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`update offerings set status = 'PUBLISHED', archive_reason = null, updated_at = now() where ${archivedByStaff} returning id`,
  );
  return row ? 'restored' : null;
}

/** The featured listings that are still published, in order. */
export async function featuredOfferingIds(db: Db): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select f.offering_id as id from featured_offerings f join offerings o on o.id = f.offering_id where ${published} order by f.position`,
  );
  return rows.map((row) => row.id);
}

/** Replaces the featured list; returns the ids that are not published listings (then nothing changes). */
export async function setFeatured(db: Db, offeringIds: readonly string[], userId: string): Promise<string[]> {
  if (offeringIds.length > 0) {
    const found = await queryRows<{ id: string }>(db, sql`select o.id from offerings o where o.id in (${list(offeringIds)}) and ${published}`);
    const missing = offeringIds.filter((id) => !found.some((row) => row.id === id));
    if (missing.length > 0) return missing;
  }
  await db.execute(sql`delete from featured_offerings`);
  if (offeringIds.length > 0) {
    await db.execute(
      sql`insert into featured_offerings (offering_id, position, featured_by_user_id) values ${sql.join(
        offeringIds.map((id, position) => sql`(${id}, ${position}, ${userId})`),
        sql`, `,
      )}`,
    );
  }
  return [];
}

export interface VerificationRow {
  id: string;
  frameworkCode: string;
  vendorId: string | null;
  offeringId: string | null;
  status: string;
  evidenceUrl: string | null;
  criteriaMet: number | null;
  claimedAt: Date;
  validUntil: Date | null;
}

export const verificationRowKeys = rowKeys<VerificationRow>()([
  'id',
  'frameworkCode',
  'vendorId',
  'offeringId',
  'status',
  'evidenceUrl',
  'criteriaMet',
  'claimedAt',
  'validUntil',
]);

/** Claimed attestations waiting for staff, oldest first, after a (claimedAt, id) keyset position. */
export async function verificationQueue(
  db: Db,
  first: number,
  after: { claimedAt: string; id: string } | null = null,
): Promise<(VerificationRow & { position: string })[]> {
  const rows = await queryRows<VerificationRow & { position: string }>(
    db,
    sql`select a.id, f.code as "frameworkCode", a.vendor_id as "vendorId", a.offering_id as "offeringId", ${effectiveAttestationStatus} as status,
          a.evidence_url as "evidenceUrl", a.criteria_met as "criteriaMet", a.claimed_at as "claimedAt", a.valid_until as "validUntil",
          a.claimed_at::text as position
        from attestations a join compliance_frameworks f on f.id = a.framework_id
        where a.status = 'CLAIMED' ${after ? sql`and (a.claimed_at, a.id) > (${after.claimedAt}::timestamptz, ${after.id}::uuid)` : sql``}
        order by a.claimed_at, a.id limit ${first}`,
  );
  return rows.map((row) => ({ ...row, claimedAt: toDate(row.claimedAt)!, validUntil: toDate(row.validUntil) }));
}

export async function countVerificationQueue(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from attestations a where a.status = 'CLAIMED'`);
  return row!.n;
}

/** The claim to decide, locked, with its framework's groups; null when it is not CLAIMED. */
export async function claimForDecision(
  db: Db,
  id: string,
): Promise<{ frameworkCode: string; criteriaCount: number; groups: { code: string; criteriaCount: number }[] } | null> {
  const [row] = await queryRows<{ frameworkCode: string; criteriaCount: number; groups: { code: string; criteriaCount: number }[] }>(
    db,
    sql`select f.code as "frameworkCode", f.criteria_count as "criteriaCount",
          coalesce((select json_agg(json_build_object('code', g.code, 'criteriaCount', g.criteria_count) order by g.position)
                    from compliance_groups g where g.framework_id = f.id), '[]'::json) as groups
        from attestations a join compliance_frameworks f on f.id = a.framework_id
        where a.id = ${id} and a.status = 'CLAIMED' for update of a`,
  );
  return row ?? null;
}

/**
 * Staff's decision on a claim. VERIFIED supersedes the subject's earlier verification and refusals of the
 * framework; REVOKED supersedes its earlier refusals and leaves a current verification standing.
 */
export async function decideAttestation(
  db: Db,
  id: string,
  decision:
    | { verified: true; userId: string; evidenceUrl: string; validUntil: string; criteriaMet: number; criteriaByGroup: Record<string, number> | null }
    | { verified: false; userId: string; reason: string },
): Promise<void> {
  // The decision replaces what it makes obsolete first, so the subject never has two current verifications.
  const supersede = (statuses: SQL) =>
    db.execute(
      sql`update attestations o set superseded_at = now() from attestations a
          where a.id = ${id} and o.id <> a.id and o.framework_id = a.framework_id
            and o.vendor_id is not distinct from a.vendor_id and o.offering_id is not distinct from a.offering_id
            and o.superseded_at is null and o.status in (${statuses})`,
    );
  if (decision.verified) {
    await supersede(sql`'VERIFIED', 'EXPIRED', 'REVOKED'`);
    await db.execute(
      sql`update attestations set status = 'VERIFIED', verified_at = now(), decided_by_user_id = ${decision.userId},
            evidence_url = ${decision.evidenceUrl}, valid_until = ${decision.validUntil}::timestamptz, criteria_met = ${decision.criteriaMet},
            criteria_by_group = ${decision.criteriaByGroup === null ? null : JSON.stringify(decision.criteriaByGroup)}::jsonb, decision_reason = null
          where id = ${id}`,
    );
  } else {
    await supersede(sql`'REVOKED'`);
    await db.execute(
      sql`update attestations set status = 'REVOKED', decided_by_user_id = ${decision.userId}, decision_reason = ${decision.reason} where id = ${id}`,
    );
  }
}
