import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  type AnyPgColumn,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { apiKeys } from './accounts.ts';
import { categories } from './categories.ts';
import { billingUnit, listingStatus, offeringKind } from './enums.ts';
import { tsvector } from './types.ts';
import { vendors } from './vendors.ts';

/** A listing: something a customer can put in a stack. */
export const offerings = pgTable(
  'offerings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    vendorId: uuid('vendor_id')
      .notNull()
      .references(() => vendors.id, { onDelete: 'cascade' }),
    categoryId: integer('category_id').notNull(),
    kind: offeringKind('kind').notNull(),
    status: listingStatus('status').notNull().default('DRAFT'),
    name: text('name').notNull(),
    /** the name in English; null where the partner gave none (the Vietnamese name is shown instead) */
    nameEn: text('name_en'),
    summary: text('summary').notNull(),
    summaryEn: text('summary_en').notNull().default(''),
    description: text('description').notNull(),
    /** the description in English; null where the partner gave none */
    descriptionEn: text('description_en'),
    slaAvailability: numeric('sla_availability', { precision: 6, scale: 3 }),
    /** true when prices and specs are invented for demonstration, not published by the vendor */
    sampleData: boolean('sample_data').notNull().default(false),
    /** lists data centers and all of them are in Vietnam; kept by triggers on offering_data_centers and data_centers */
    dataInVietnam: boolean('data_in_vietnam').notNull().default(false),
    /** lowest recurring monthly plan price; kept by a trigger on plans */
    minMonthlyPrice: bigint('min_monthly_price', { mode: 'number' }),
    /**
     * what the lowest price counts: the unit of the plan at min_monthly_price (HOUR read as MONTH), or
     * ONE_TIME when every live plan is one-time; prices are compared within a unit (docs/SEARCH.md).
     * Kept by the trigger on plans, with min_one_time_price.
     */
    priceUnit: billingUnit('price_unit'),
    /** lowest one-time plan price: what an offering with only one-time plans costs */
    minOneTimePrice: bigint('min_one_time_price', { mode: 'number' }),
    /** vendor and category names, kept by a trigger so search can match them */
    searchContext: text('search_context').notNull().default(''),
    searchExact: tsvector('search_exact').generatedAlwaysAs(
      (): SQL => sql`setweight(to_tsvector('simple'::regconfig, ${offerings.name}), 'A')
        || setweight(to_tsvector('simple'::regconfig, ${offerings.searchContext}), 'B')
        || setweight(to_tsvector('simple'::regconfig, ${offerings.summary} || ' ' || ${offerings.summaryEn}), 'C')
        || setweight(to_tsvector('simple'::regconfig, ${offerings.description}), 'D')`,
    ),
    searchFolded: tsvector('search_folded').generatedAlwaysAs(
      (): SQL => sql`setweight(to_tsvector('simple'::regconfig, mv_fold(${offerings.name})), 'A')
        || setweight(to_tsvector('simple'::regconfig, mv_fold(${offerings.searchContext})), 'B')
        || setweight(to_tsvector('simple'::regconfig, mv_fold(${offerings.summary} || ' ' || ${offerings.summaryEn})), 'C')
        || setweight(to_tsvector('simple'::regconfig, mv_fold(${offerings.description})), 'D')`,
    ),
    /** folded name, vendor and category for typo-tolerant (trigram) matching */
    searchNames: text('search_names').generatedAlwaysAs(
      (): SQL => sql`mv_fold(${offerings.name} || ' ' || ${offerings.searchContext})`,
    ),
    version: integer('version').notNull().default(1),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** when it was last sent for review: the review queue's order */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** why staff sent it back; the partner sees it */
    rejectionReason: text('rejection_reason'),
    /** its organization is suspended: out of the public catalog until staff lift it */
    suspended: boolean('suspended').notNull().default(false),
    /** staff archived it, and why; lifting the archive republishes it */
    archiveReason: text('archive_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** the partner's own identifier (SKU) of the listing, unique within its organization (and sandbox) */
    externalId: text('external_id'),
    /**
     * set for a TEST key's sandbox listing: only that key sees and writes it, it is never published
     * (offerings_sandbox_never_public), and it goes when the key is revoked or deleted
     */
    sandboxKeyId: uuid('sandbox_key_id').references((): AnyPgColumn => apiKeys.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('offerings_slug_key').on(t.slug),
    uniqueIndex('offerings_external_id_key')
      .on(t.vendorId, sql`coalesce(${t.sandboxKeyId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index('offerings_sandbox_idx').on(t.sandboxKeyId).where(sql`${t.sandboxKeyId} is not null`),
    check('offerings_external_id_format', sql`${t.externalId} ~ '^[A-Za-z0-9._:/-]{1,100}$'`),
    check('offerings_sandbox_never_public', sql`${t.sandboxKeyId} is null or ${t.status} in ('DRAFT', 'IN_REVIEW', 'REJECTED')`),
    foreignKey({
      name: 'offerings_category_kind_fk',
      columns: [t.categoryId, t.kind],
      foreignColumns: [categories.id, categories.kind],
    }).onDelete('restrict'),
    index('offerings_vendor_idx').on(t.vendorId),
    index('offerings_category_idx').on(t.categoryId),
    index('offerings_status_kind_idx').on(t.status, t.kind),
    // Keyset pages of the public catalog, one per sort (expressions as catalog queries write them).
    index('offerings_published_name_idx').on(t.name, t.id).where(sql`${t.status} = 'PUBLISHED'`),
    index('offerings_published_price_asc_idx')
      .on(sql`coalesce(${t.minMonthlyPrice}, 9223372036854775807)`, t.id)
      .where(sql`${t.status} = 'PUBLISHED'`),
    // A page sorted by price or name over several kinds reads each kind in order (searchOfferings).
    index('offerings_published_kind_price_idx')
      .on(t.kind, sql`coalesce(${t.minMonthlyPrice}, 9223372036854775807)`, t.id)
      .where(sql`${t.status} = 'PUBLISHED'`),
    index('offerings_published_kind_name_idx').on(t.kind, t.name, t.id).where(sql`${t.status} = 'PUBLISHED'`),
    index('offerings_published_price_desc_idx')
      .on(sql`coalesce(${t.minMonthlyPrice}, -1) desc`, t.id)
      .where(sql`${t.status} = 'PUBLISHED'`),
    index('offerings_published_sla_idx')
      .on(sql`coalesce(${t.slaAvailability}, 0) desc`, t.id)
      .where(sql`${t.status} = 'PUBLISHED'`),
    index('offerings_published_updated_idx').on(sql`${t.updatedAt} desc`, t.id).where(sql`${t.status} = 'PUBLISHED'`),
    // Covers counts and facets of browse pages: an index-only scan instead of reading the wide table.
    index('offerings_published_browse_idx')
      .on(t.dataInVietnam, t.kind, t.categoryId, t.vendorId, t.priceUnit, t.id)
      .where(sql`${t.status} = 'PUBLISHED'`),
    // A page sorted by price within chosen units reads each unit in order (searchOfferings).
    index('offerings_published_unit_price_asc_idx')
      .on(t.priceUnit, sql`coalesce(${t.minMonthlyPrice}, 9223372036854775807)`, t.id)
      .where(sql`${t.status} = 'PUBLISHED'`),
    index('offerings_published_unit_price_desc_idx')
      .on(t.priceUnit, sql`coalesce(${t.minMonthlyPrice}, -1) desc`, t.id)
      .where(sql`${t.status} = 'PUBLISHED'`),
    index('offerings_min_monthly_price_idx').on(t.minMonthlyPrice),
    // Stack suggestions: the cheapest published offerings of one category from one vendor.
    index('offerings_published_category_vendor_price_idx')
      .on(t.categoryId, t.vendorId, sql`coalesce(${t.minMonthlyPrice}, 9223372036854775807)`, t.id)
      .where(sql`${t.status} = 'PUBLISHED'`),
    // Stack fixes (a missing layer, a second site): the cheapest published offerings of one category that
    // keep their data in Vietnam and have a recurring plan, from any vendor.
    index('offerings_fix_candidates_idx')
      .on(t.categoryId, sql`coalesce(${t.minMonthlyPrice}, 9223372036854775807)`, t.id)
      .where(sql`${t.status} = 'PUBLISHED' and ${t.dataInVietnam} and ${t.minMonthlyPrice} is not null`),
    index('offerings_sla_idx').on(t.slaAvailability),
    index('offerings_search_exact_idx').using('gin', t.searchExact),
    index('offerings_search_folded_idx').using('gin', t.searchFolded),
    index('offerings_search_names_trgm_idx').using('gin', sql`${t.searchNames} gin_trgm_ops`),
    check('offerings_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('offerings_sla_range', sql`${t.slaAvailability} > 0 and ${t.slaAvailability} <= 100`),
    check('offerings_name_not_blank', sql`length(btrim(${t.name})) > 0`),
    check('offerings_name_en_not_blank', sql`length(btrim(${t.nameEn})) > 0`),
    check('offerings_description_en_not_blank', sql`length(btrim(${t.descriptionEn})) > 0`),
    // Published listings are dated; that they have a live plan is checked at commit (migration 0017's
    // deferred triggers), since a listing and its plans are written by several statements.
    check('offerings_published_has_date', sql`${t.status} <> 'PUBLISHED' or ${t.publishedAt} is not null`),
  ],
);
