import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { attestationStatus } from './enums.ts';
import { offerings } from './offerings.ts';
import { vendors } from './vendors.ts';

/** A set of criteria a vendor or offering can be attested against (MIC 153 criteria, ISO/IEC 27001…). */
export const complianceFrameworks = pgTable(
  'compliance_frameworks',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    issuer: text('issuer').notNull(),
    reference: text('reference'),
    criteriaCount: integer('criteria_count').notNull(),
  },
  (t) => [
    uniqueIndex('compliance_frameworks_code_key').on(t.code),
    check('compliance_frameworks_criteria_positive', sql`${t.criteriaCount} > 0`),
  ],
);

/** A group of a framework's criteria (MIC: 84 functional, 69 security). */
export const complianceGroups = pgTable(
  'compliance_groups',
  {
    id: serial('id').primaryKey(),
    frameworkId: integer('framework_id')
      .notNull()
      .references(() => complianceFrameworks.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    /** the areas the group's criteria cover */
    scope: text('scope').notNull().default(''),
    criteriaCount: integer('criteria_count').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    uniqueIndex('compliance_groups_framework_code_key').on(t.frameworkId, t.code),
    check('compliance_groups_criteria_positive', sql`${t.criteriaCount} > 0`),
  ],
);

/**
 * Ties a vendor or one offering to a framework: claimed by the partner, verified or refused by staff. Rows
 * are history: a verification supersedes the subject's earlier verification and refusals of the framework,
 * a refusal its earlier refusals, so at most one verification (VERIFIED, or EXPIRED) is current per vendor
 * or offering and framework, beside at most one claim under review and one refusal.
 */
export const attestations = pgTable(
  'attestations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    frameworkId: integer('framework_id')
      .notNull()
      .references(() => complianceFrameworks.id, { onDelete: 'restrict' }),
    vendorId: uuid('vendor_id').references(() => vendors.id, { onDelete: 'cascade' }),
    offeringId: uuid('offering_id').references(() => offerings.id, { onDelete: 'cascade' }),
    status: attestationStatus('status').notNull().default('CLAIMED'),
    criteriaMet: integer('criteria_met'),
    evidenceUrl: text('evidence_url'),
    note: text('note'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    /** the staff member who verified or refused it */
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** MIC: criteria met per group, e.g. {"FUNCTIONAL": 84, "SECURITY": 69} */
    criteriaByGroup: jsonb('criteria_by_group'),
    /** why staff refused (REVOKED) it; the partner sees it */
    decisionReason: text('decision_reason'),
    /** when a later decision on the same subject and framework replaced it; null while it is current */
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    index('attestations_vendor_idx').on(t.vendorId),
    index('attestations_offering_idx').on(t.offeringId),
    index('attestations_framework_status_idx').on(t.frameworkId, t.status),
    uniqueIndex('attestations_current_verification_key')
      .on(t.frameworkId, sql`coalesce(${t.vendorId}, ${t.offeringId})`)
      .where(sql`${t.supersededAt} is null and ${t.status} in ('VERIFIED', 'EXPIRED')`),
    check('attestations_one_subject', sql`num_nonnulls(${t.vendorId}, ${t.offeringId}) = 1`),
    check('attestations_criteria_met_nonnegative', sql`${t.criteriaMet} >= 0`),
    check('attestations_verified_has_date', sql`${t.status} <> 'VERIFIED' or ${t.verifiedAt} is not null`),
    // Rendered as a link: an http(s) address with a host.
    check('attestations_evidence_url_http', sql`${t.evidenceUrl} ~ '^https?://[^\\s/?#]+([/?#]\\S*)?$'`),
  ],
);
