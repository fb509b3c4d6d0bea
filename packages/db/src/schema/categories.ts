import { sql } from 'drizzle-orm';
import { check, integer, pgTable, serial, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { billingUnit, offeringKind } from './enums.ts';

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
    /**
     * The billing units a need of this category is counted in (its usual unit): a composed stack serves a
     * need of N units with a plan billed in one of them, N times. HOUR counts as MONTH (one instance).
     */
    needUnits: billingUnit('need_units').array().notNull().default(sql`'{MONTH,HOUR}'::billing_unit[]`),
    /** what one unit of a need is, in Vietnamese (máy chủ, GB, người dùng, gói…) */
    unitName: text('unit_name').notNull().default('gói'),
    /** the same in English (servers, GB, users, subscriptions…) */
    unitNameEn: text('unit_name_en').notNull().default('subscriptions'),
    /** English for a quantity of one (server, GB, user, subscription…); Vietnamese has no plural */
    unitNameEnOne: text('unit_name_en_one').notNull().default('subscription'),
  },
  (t) => [
    uniqueIndex('categories_slug_key').on(t.slug),
    // Lets offerings reference (id, kind) so an offering's kind always matches its category's.
    unique('categories_id_kind_key').on(t.id, t.kind),
    check('categories_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('categories_need_units_not_empty', sql`cardinality(${t.needUnits}) > 0`),
  ],
);
