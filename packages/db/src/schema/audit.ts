import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every write, as PostgreSQL saw it: row triggers on the audited tables append one event per changed
 * row with the actor the API set for the transaction (`mayviet.actor`), or SYSTEM. Append-only: a trigger
 * refuses UPDATE, DELETE and TRUNCATE. Secrets (password, key, token and webhook secrets) never enter it.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    /** USER, STAFF, API_KEY, ANONYMOUS or SYSTEM */
    actorType: text('actor_type').notNull(),
    /** the user's id, the key's prefix; null for anonymous callers and the system */
    actorId: text('actor_id'),
    actorOrganizationId: uuid('actor_organization_id'),
    /** the organization the changed row belongs to, when it belongs to one */
    organizationId: uuid('organization_id'),
    /** e.g. offerings.UPDATE */
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_events_target_idx').on(t.targetType, t.targetId, t.id),
    index('audit_events_actor_idx').on(t.actorId, t.id),
    index('audit_events_organization_idx').on(t.organizationId, t.id),
    index('audit_events_occurred_idx').on(t.occurredAt),
  ],
);
