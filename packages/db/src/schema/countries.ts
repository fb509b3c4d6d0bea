import { sql } from 'drizzle-orm';
import { check, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * ISO 3166-1 alpha-2: every country code the catalog stores (vendors' registration, data centres' sites)
 * is one of these. Filled by migration 0017 from the standard's 249 assigned codes; a newly assigned code
 * is a row added by a migration.
 */
export const countries = pgTable(
  'countries',
  {
    code: text('code').primaryKey(),
    /** the standard's English short name */
    name: text('name').notNull(),
  },
  (t) => [check('countries_code_format', sql`${t.code} ~ '^[A-Z]{2}$'`)],
);
