import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { countries } from './countries.ts';
import { vendors } from './vendors.ts';

/** A vendor's site: where offerings run and keep customer data. */
export const dataCenters = pgTable(
  'data_centers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vendorId: uuid('vendor_id')
      .notNull()
      .references(() => vendors.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    city: text('city').notNull(),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code, { onDelete: 'restrict' }),
    tier: integer('tier'),
  },
  (t) => [
    uniqueIndex('data_centers_slug_key').on(t.slug),
    index('data_centers_vendor_idx').on(t.vendorId),
    index('data_centers_city_idx').on(t.city),
    index('data_centers_country_idx').on(t.countryCode),
    check('data_centers_tier_range', sql`${t.tier} between 1 and 4`),
    check('data_centers_country_code_format', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
  ],
);
