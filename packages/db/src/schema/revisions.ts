import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { revisionStatus } from './enums.ts';
import { offerings } from './offerings.ts';

/**
 * A partner's edit of a PUBLISHED listing, kept apart until staff approve it: the public keeps seeing
 * the published version. `content` is the whole edited listing (texts, SLA, data centers, plans).
 */
export const offeringRevisions = pgTable(
  'offering_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offeringId: uuid('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    /** the listing's version this edit started from */
    baseVersion: integer('base_version').notNull(),
    status: revisionStatus('status').notNull().default('DRAFT'),
    content: jsonb('content').notNull(),
    rejectionReason: text('rejection_reason'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    // At most one open edit per listing.
    uniqueIndex('offering_revisions_open_key')
      .on(t.offeringId)
      .where(sql`${t.status} in ('DRAFT', 'IN_REVIEW')`),
    index('offering_revisions_review_idx').on(t.submittedAt).where(sql`${t.status} = 'IN_REVIEW'`),
  ],
);
