import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { plans } from './plans.ts';

/** A customer's saved composition. Its random id is the shareable link, so it must stay unguessable. */
export const stacks = pgTable(
  'stacks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** set by the client so a retried save returns the stack the first attempt stored */
    idempotencyKey: text('idempotency_key'),
    /** hash of the name and lines; with the key it tells a retry from a different stack */
    contentHash: text('content_hash').notNull(),
    /** the catalogue search (query, filter, sort) the buyer built it from, for the procurement record */
    catalogSearch: jsonb('catalog_search'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('stacks_idempotency_key_key').on(t.idempotencyKey),
    check('stacks_name_length', sql`length(btrim(${t.name})) between 1 and 120`),
  ],
);

/** A saved line: the plan, how many, and the unit's monthly and one-time prices on the day it was saved. */
export const stackItems = pgTable(
  'stack_items',
  {
    stackId: uuid('stack_id')
      .notNull()
      .references(() => stacks.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    // A plan that saved stacks or quotes refer to is never deleted; listings are archived instead.
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'restrict' }),
    quantity: integer('quantity').notNull(),
    savedMonthlyPrice: bigint('saved_monthly_price', { mode: 'number' }).notNull(),
    /** the unit's one-time price (ONE_TIME plans); 0 for a recurring plan */
    savedOneTimePrice: bigint('saved_one_time_price', { mode: 'number' }).notNull().default(0),
    /** lines sharing a group run redundantly (either one serves): their availability combines in parallel */
    redundancyGroup: text('redundancy_group'),
  },
  (t) => [
    primaryKey({ name: 'stack_items_pkey', columns: [t.stackId, t.position] }),
    uniqueIndex('stack_items_stack_plan_key').on(t.stackId, t.planId),
    index('stack_items_plan_idx').on(t.planId),
    check('stack_items_quantity_range', sql`${t.quantity} between 1 and 1000000`),
    check('stack_items_saved_price_range', sql`${t.savedMonthlyPrice} >= 0`),
    check('stack_items_saved_one_time_price_range', sql`${t.savedOneTimePrice} >= 0`),
    check('stack_items_redundancy_group_format', sql`${t.redundancyGroup} ~ '^[A-Za-z0-9._:-]{1,40}$'`),
  ],
);

/** The stacks a buyer keeps in the account: saved while signed in, or claimed from the browser's own list. */
export const accountStacks = pgTable(
  'account_stacks',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    stackId: uuid('stack_id')
      .notNull()
      .references(() => stacks.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'account_stacks_pkey', columns: [t.userId, t.stackId] }), index('account_stacks_user_idx').on(t.userId, t.addedAt.desc(), t.stackId)],
);
