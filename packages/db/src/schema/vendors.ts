import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { countries } from './countries.ts';
import { vendorKind } from './enums.ts';

/** A company on the marketplace; also the organization its partner users and API keys act for. */
export const vendors = pgTable(
  'vendors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kinds: vendorKind('kinds').array().notNull(),
    domestic: boolean('domestic').notNull(),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code, { onDelete: 'restrict' }),
    description: text('description').notNull(),
    descriptionEn: text('description_en').notNull().default(''),
    website: text('website'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('vendors_slug_key').on(t.slug),
    index('vendors_kinds_idx').using('gin', t.kinds),
    index('vendors_name_idx').on(t.name),
    check('vendors_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('vendors_kinds_not_empty', sql`cardinality(${t.kinds}) > 0`),
    check('vendors_country_code_format', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    // `domestic` means registered in Vietnam.
    check('vendors_domestic_in_vietnam', sql`not ${t.domestic} or ${t.countryCode} = 'VN'`),
    // Rendered as a link: an http(s) address with a host, never javascript: or data:.
    check('vendors_website_http', sql`${t.website} ~ '^https?://[^\\s/?#]+([/?#]\\S*)?$'`),
  ],
);
