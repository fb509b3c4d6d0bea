import { doublePrecision, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Each API client's query budget, a leaky bucket (see takeFromBudget): the points it had left when it
 * last spent some, and when. Kept in the database so every API instance draws on the same budget;
 * unlogged (migration 0021: drizzle has no word for it), since losing it in a crash only refills budgets.
 */
export const apiBudgets = pgTable(
  'api_budgets',
  {
    /** "key:<id>", "user:<id>" or "address:<client address>" */
    subject: text('subject').primaryKey(),
    available: doublePrecision('available').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** what the last request took: its cost, or 0 when it was refused */
    lastCharge: doublePrecision('last_charge').notNull(),
  },
  (t) => [index('api_budgets_updated_at_idx').on(t.updatedAt)],
);
