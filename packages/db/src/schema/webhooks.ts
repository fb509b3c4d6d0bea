import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './accounts.ts';
import { webhookEvent } from './enums.ts';

/**
 * Where an organization's webhooks go: several endpoints, each subscribed to topics, each with its signing
 * secret. A rotated secret stays valid beside the new one until previous_secret_expires_at (both signatures
 * are sent), so a receiver can switch without losing a delivery.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    description: text('description'),
    topics: webhookEvent('topics').array().notNull(),
    /** the HMAC key of signatures; partners must be able to read it back, so it is not hashed (never audited) */
    webhookSecret: text('webhook_secret').notNull(),
    previousWebhookSecret: text('previous_webhook_secret'),
    previousSecretExpiresAt: timestamp('previous_secret_expires_at', { withTimezone: true }),
    secretRotatedAt: timestamp('secret_rotated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('webhook_endpoints_organization_idx').on(t.organizationId, t.createdAt),
    check('webhook_endpoints_url_length', sql`length(${t.url}) between 1 and 500`),
    check('webhook_endpoints_description_length', sql`length(${t.description}) <= 200`),
    check('webhook_endpoints_topics_not_empty', sql`cardinality(${t.topics}) >= 1`),
  ],
);

/**
 * A webhook POST owed to an organization. Any API instance may send it: due rows are claimed with
 * FOR UPDATE SKIP LOCKED, retried with backoff, and kept for the partner to see.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    event: webhookEvent('event').notNull(),
    payload: jsonb('payload').notNull(),
    url: text('url').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** the endpoint it goes to; null once that endpoint was deleted (the delivery stays in the history) */
    endpointId: uuid('endpoint_id').references(() => webhookEndpoints.id, { onDelete: 'set null' }),
    /** a test ping, or an event of a TEST key's sandbox: the payload says "test": true */
    test: boolean('test').notNull().default(false),
    /** the delivery this one sends again, at the partner's request */
    redeliveryOfId: uuid('redelivery_of_id'),
  },
  (t) => [
    foreignKey({ name: 'webhook_deliveries_redelivery_of_fk', columns: [t.redeliveryOfId], foreignColumns: [t.id] }).onDelete('set null'),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt),
    index('webhook_deliveries_organization_idx').on(t.organizationId, t.createdAt),
  ],
);
