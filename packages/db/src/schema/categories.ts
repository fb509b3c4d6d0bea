import { sql } from 'drizzle-orm';
import { check, integer, pgTable, serial, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { offeringKind } from './enums.ts';

/** What an offering is (compute, WAF, e-office…); each category belongs to one offering kind. */
export const categories = pgTable(
  'categories',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    kind: offeringKind('kind').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    uniqueIndex('categories_slug_key').on(t.slug),
    // Lets offerings reference (id, kind) so an offering's kind always matches its category's.
    unique('categories_id_kind_key').on(t.id, t.kind),
    check('categories_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);
