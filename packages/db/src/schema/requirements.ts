import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { categories } from './categories.ts';
import { offerings } from './offerings.ts';
import { vendors } from './vendors.ts';

/** What else a stack must contain for an offering to work. */
export const requirements = pgTable(
  'requirements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offeringId: uuid('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    /** what is needed and why, in Vietnamese */
    description: text('description').notNull(),
    /** the same in English; null where the partner gave none */
    descriptionEn: text('description_en'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('requirements_offering_idx').on(t.offeringId, t.position),
    check('requirements_description_en_not_blank', sql`length(btrim(${t.descriptionEn})) > 0`),
  ],
);

/** Satisfied by an offering of any of these categories. */
export const requirementCategories = pgTable(
  'requirement_categories',
  {
    requirementId: uuid('requirement_id')
      .notNull()
      .references(() => requirements.id, { onDelete: 'cascade' }),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ name: 'requirement_categories_pkey', columns: [t.requirementId, t.categoryId] })],
);

/** …from one of these vendors; any vendor when a requirement has none. */
export const requirementVendors = pgTable(
  'requirement_vendors',
  {
    requirementId: uuid('requirement_id')
      .notNull()
      .references(() => requirements.id, { onDelete: 'cascade' }),
    vendorId: uuid('vendor_id')
      .notNull()
      .references(() => vendors.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ name: 'requirement_vendors_pkey', columns: [t.requirementId, t.vendorId] })],
);
