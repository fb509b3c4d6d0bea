import { sql, type SQL } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { billingUnit, type BillingUnit } from './enums.ts';
import { offerings } from './offerings.ts';

/** What an HOUR plan's month counts: its monthly price is its price × 730. */
export const hoursPerMonth = 730;

/** monthly_price's rule, for a plan not stored as a row (a pending edit's): one unit for one month. */
export function monthlyPriceOf(plan: { unit: BillingUnit; price: string | number }): bigint {
  if (plan.unit === 'ONE_TIME') return 0n;
  return plan.unit === 'HOUR' ? BigInt(plan.price) * BigInt(hoursPerMonth) : BigInt(plan.price);
}

/** A price in whole VND per billing unit. */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offeringId: uuid('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** the name in English; null where the partner gave none or the name needs no translation */
    nameEn: text('name_en'),
    price: bigint('price', { mode: 'number' }).notNull(),
    unit: billingUnit('unit').notNull(),
    /** one unit for one month: HOUR counts hoursPerMonth hours; ONE_TIME has no recurring price */
    monthlyPrice: bigint('monthly_price', { mode: 'number' }).generatedAlwaysAs(
      (): SQL => sql`case ${plans.unit} when 'HOUR' then ${plans.price} * ${sql.raw(String(hoursPerMonth))} when 'ONE_TIME' then 0 else ${plans.price} end`,
    ),
    position: integer('position').notNull().default(0),
    /** a plan dropped by an edit; kept because saved stacks and quotes refer to it, hidden from the catalog */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    /** the partner's own identifier (SKU) of the plan, unique within its organization's listings */
    externalId: text('external_id'),
  },
  (t) => [
    index('plans_offering_idx').on(t.offeringId, t.position),
    uniqueIndex('plans_offering_slug_key').on(t.offeringId, t.slug),
    uniqueIndex('plans_offering_external_id_key').on(t.offeringId, t.externalId).where(sql`${t.externalId} is not null`),
    check('plans_external_id_format', sql`${t.externalId} ~ '^[A-Za-z0-9._:/-]{1,100}$'`),
    check('plans_price_range', sql`${t.price} >= 0 and ${t.price} <= 1000000000000`),
    check('plans_name_not_blank', sql`length(btrim(${t.name})) > 0`),
    check('plans_name_en_not_blank', sql`length(btrim(${t.nameEn})) > 0`),
  ],
);

/** A plan's specification: vCPU, RAM, storage, users… */
export const planSpecs = pgTable(
  'plan_specs',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: text('value').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('plan_specs_plan_key_key').on(t.planId, t.key)],
);
