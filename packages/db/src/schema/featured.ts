import { integer, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { offerings } from './offerings.ts';

/** The home page's featured listings, in the order staff chose. */
export const featuredOfferings = pgTable(
  'featured_offerings',
  {
    offeringId: uuid('offering_id')
      .primaryKey()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    featuredByUserId: uuid('featured_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('featured_offerings_position_key').on(t.position)],
);
