import { sql } from 'drizzle-orm';
import { bigint, check, pgTable, smallint } from 'drizzle-orm/pg-core';

/**
 * One row: the catalog's version, raised once by every committed transaction that changes what catalog
 * searches read (published offerings and their data centres, data centres, vendors, categories; triggers
 * `*_catalog_*`, migration 0014). A cached value is valid for the version it was computed at; what each
 * raise changed is in catalog_changes.
 */
export const catalogState = pgTable(
  'catalog_state',
  {
    id: smallint('id').primaryKey().default(1),
    version: bigint('version', { mode: 'bigint' }).notNull().default(sql`0`),
  },
  (t) => [check('catalog_state_one_row', sql`${t.id} = 1`)],
);
