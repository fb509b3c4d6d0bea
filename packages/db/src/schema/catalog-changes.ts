import { sql } from 'drizzle-orm';
import { bigint, check, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * What each raise of the catalog's version changed (catalog_state, migration 0029), written by the same
 * triggers in the same transaction: an API instance whose in-memory index is at an older version reloads
 * only these rows. `source` is the table the row belongs to (`row_id` its id; for offering_data_centers the
 * offering's) or 'all' for a raise that names no rows (bulk loads: rebuild everything). The last 10,000
 * versions are kept.
 */
export const catalogChanges = pgTable(
  'catalog_changes',
  {
    version: bigint('version', { mode: 'bigint' }).notNull(),
    source: text('source').notNull(),
    rowId: text('row_id').notNull(),
  },
  (t) => [
    // Leads with the version (the reads and the retention range over it); one row per row changed per version.
    primaryKey({ name: 'catalog_changes_pkey', columns: [t.version, t.source, t.rowId] }),
    check(
      'catalog_changes_source',
      sql`${t.source} in ('all', 'offerings', 'offering_data_centers', 'data_centers', 'vendors', 'categories')`,
    ),
  ],
);
