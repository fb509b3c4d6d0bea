import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { categories } from './categories.ts';

/**
 * A use case staff curate for "compose it for me" (remote learning, a city's e-government…): the needs a
 * buyer starts from, in the order staff chose.
 */
export const blueprints = pgTable(
  'blueprints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    /** a short description, in Vietnamese */
    description: text('description').notNull(),
    descriptionEn: text('description_en').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('blueprints_slug_key').on(t.slug),
    index('blueprints_position_idx').on(t.position, t.slug),
    check('blueprints_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= 80`),
    check('blueprints_name_not_blank', sql`length(btrim(${t.name})) between 1 and 120 and length(btrim(${t.nameEn})) between 1 and 120`),
    check(
      'blueprints_description_not_blank',
      sql`length(btrim(${t.description})) between 1 and 1000 and length(btrim(${t.descriptionEn})) between 1 and 1000`,
    ),
  ],
);

/** One need of a blueprint: a category and how many of its usual unit, with an optional note. */
export const blueprintNeeds = pgTable(
  'blueprint_needs',
  {
    blueprintId: uuid('blueprint_id')
      .notNull()
      .references(() => blueprints.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
    quantity: integer('quantity').notNull(),
    /** what the need is for, in Vietnamese (e.g. "Kết nối: mạng riêng giữa các sở") */
    note: text('note'),
    noteEn: text('note_en'),
  },
  (t) => [
    primaryKey({ name: 'blueprint_needs_pkey', columns: [t.blueprintId, t.position] }),
    uniqueIndex('blueprint_needs_category_key').on(t.blueprintId, t.categoryId),
    index('blueprint_needs_category_idx').on(t.categoryId),
    check('blueprint_needs_quantity_range', sql`${t.quantity} between 1 and 1000000`),
    check('blueprint_needs_note_length', sql`length(btrim(${t.note})) between 1 and 300 and length(btrim(${t.noteEn})) between 1 and 300`),
  ],
);
