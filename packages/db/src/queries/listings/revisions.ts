import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import type { RevisionStatus } from '../../schema/enums.ts';
import { list, toDate } from '../fragments.ts';
import { rowKeys } from '../row-keys.ts';
import type { ListingContent } from './content.ts';

// Pending edits of published listings: the public keeps seeing the published version until staff approve one.

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

export const revisionRowKeys = rowKeys<RevisionRow>()([
  'id',
  'offeringId',
  'baseVersion',
  'status',
  'content',
  'rejectionReason',
  'createdAt',
  'updatedAt',
  'submittedAt',
]);

const revisionColumns = sql`r.id, r.offering_id as "offeringId", r.base_version as "baseVersion", r.status, r.content,
  r.rejection_reason as "rejectionReason", r.created_at as "createdAt", r.updated_at as "updatedAt", r.submitted_at as "submittedAt"`;

/** Revisions a partner still works on or must see: open ones and the one staff sent back. */
const currentRevision = sql`r.status in ('DRAFT', 'IN_REVIEW', 'REJECTED')`;

/** A revision saved before listings had English names and descriptions reads as having none. */
function withEnglishTexts(content: ListingContent): ListingContent {
  return {
    ...content,
    nameEn: content.nameEn ?? null,
    descriptionEn: content.descriptionEn ?? null,
    plans: content.plans.map((plan) => ({ ...plan, nameEn: plan.nameEn ?? null, externalId: plan.externalId ?? null })),
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
