import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import type { BillingUnit, OfferingKind } from '../../schema/enums.ts';
import { published } from '../fragments.ts';
import { rowKeys } from '../row-keys.ts';
import { categoryColumns, vendorColumns } from './columns.ts';
import { categoryRowKeys, vendorRowKeys, type CategoryRow, type VendorRow } from './rows.ts';

// Reads for an API instance's in-memory index of the published catalog: its rows, in pages at start-up
// or by id when they changed; what changed between two catalog versions (catalog_changes, migration
// 0029); the vendor and category names its facets show; and whether the database orders names as it can.

/** A published offering as the index holds it: what searches filter, sort, count and match on. */
export interface CatalogIndexRow {
  id: string;
  vendorId: string;
  categoryId: number;
  kind: OfferingKind;
  name: string;
  minMonthlyPrice: string | null;
  priceUnit: BillingUnit | null;
  slaAvailability: string | null;
  dataInVietnam: boolean;
  /** updated_at::text exactly as the search's cursors print it (search.ts casts sort keys with ::text) */
  updatedAt: string;
  /** updated_at as microseconds since the epoch, text (bigint) for ordering */
  updatedAtMicros: string;
  /** distinct cities of its data centres, in the database's order */
  cities: string[];
  /** search_folded::text */
  searchFolded: string;
  /** search_exact::text */
  searchExact: string;
}

export const catalogIndexRowKeys = rowKeys<CatalogIndexRow>()([
  'id',
  'vendorId',
  'categoryId',
  'kind',
  'name',
  'minMonthlyPrice',
  'priceUnit',
  'slaAvailability',
  'dataInVietnam',
  'updatedAt',
  'updatedAtMicros',
  'cities',
  'searchFolded',
  'searchExact',
]);

const catalogIndexColumns = sql`o.id, o.vendor_id as "vendorId", o.category_id as "categoryId", o.kind, o.name,
  o.min_monthly_price::text as "minMonthlyPrice", o.price_unit as "priceUnit",
  o.sla_availability::text as "slaAvailability", o.data_in_vietnam as "dataInVietnam",
  o.updated_at::text as "updatedAt", (extract(epoch from o.updated_at) * 1000000)::bigint::text as "updatedAtMicros",
  coalesce((select array_agg(distinct d.city order by d.city) from offering_data_centers x
            join data_centers d on d.id = x.data_center_id where x.offering_id = o.id), '{}') as cities,
  o.search_folded::text as "searchFolded", o.search_exact::text as "searchExact"`;

/** A list of uuids as one array parameter: the statement's text stays the same whatever their number. */
const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** Published offerings: all of them in pages of keyset (id order), or only those with these ids (published ones). */
export async function catalogIndexRows(
  db: Db,
  options: { afterId?: string | null; limit: number } | { ids: readonly string[] },
): Promise<CatalogIndexRow[]> {
  if ('ids' in options) {
    if (options.ids.length === 0) return [];
    return queryRows<CatalogIndexRow>(
      db,
      sql`select ${catalogIndexColumns} from offerings o where ${published} and o.id = any(${uuidArray(options.ids)}) order by o.id`,
    );
  }
  const after = options.afterId ? sql`and o.id > ${options.afterId}::uuid` : sql``;
  return queryRows<CatalogIndexRow>(
    db,
    sql`select ${catalogIndexColumns} from offerings o where ${published} ${after} order by o.id limit ${options.limit}`,
  );
}

export interface CatalogChanges {
  /** false when the log no longer holds every version in (since, through] (retention) or holds an 'all': rebuild */
  complete: boolean;
  /** offerings to reload (changed rows, rows of changed links, offerings of changed vendors / categories / data centres); none when incomplete */
  offeringIds: string[];
  /** vendors or categories changed: reload the dictionaries (names, slugs) */
  dictionaries: boolean;
}

export const catalogChangesKeys = rowKeys<CatalogChanges>()(['complete', 'offeringIds', 'dictionaries']);

/**
 * What changed after catalog version `since` up to `through`, in one statement: read in the snapshot of
 * version `through`, the offerings of changed data centres are those published then (their cities). A
 * vendor's or a category's change needs only the dictionaries: a renamed one rewrites its offerings'
 * search texts (migration 0002's triggers), and those rows log themselves.
 * Every raise logs at least one row, so a version without any was dropped by retention.
 */
export async function catalogChangesSince(db: Db, since: string, through: string): Promise<CatalogChanges> {
  const rows = await queryRows<CatalogChanges>(
    db,
    sql`with c as (
          select version, source, row_id from catalog_changes where version > ${since}::bigint and version <= ${through}::bigint
        ), state as (
          select (select count(distinct version) from c) = ${through}::bigint - ${since}::bigint
                 and not exists (select 1 from c where source = 'all') as complete
        )
        select s.complete,
               case when s.complete then coalesce((select array_agg(x.id order by x.id) from (
                 select c.row_id as id from c where c.source in ('offerings', 'offering_data_centers')
                 union
                 select o.id::text from c join offering_data_centers x on x.data_center_id = c.row_id::uuid
                   join offerings o on o.id = x.offering_id where c.source = 'data_centers' and ${published}
               ) x), '{}') else '{}' end as "offeringIds",
               exists (select 1 from c where c.source in ('vendors', 'categories')) as dictionaries
        from state s`,
  );
  return rows[0]!;
}

export interface CatalogDictionaries {
  vendors: VendorRow[];
  categories: CategoryRow[];
}

export const catalogDictionariesKeys = rowKeys<CatalogDictionaries>()(['vendors', 'categories']);

/** The keys of each list's items: whole rows, as the batch reads give them. */
export const catalogDictionaryItemKeys = { vendors: vendorRowKeys, categories: categoryRowKeys };

/** Every vendor and category, whole rows (the index's facet labels, and the rows a page of results shows), in one statement. */
export async function catalogDictionaries(db: Db): Promise<CatalogDictionaries> {
  const rows = await queryRows<CatalogDictionaries>(
    db,
    sql`select coalesce((select json_agg(x) from (select ${vendorColumns} from vendors v order by v.id) x), '[]'::json) as vendors,
               coalesce((select json_agg(x) from (select ${categoryColumns} from categories c order by c.id) x), '[]'::json) as categories`,
  );
  return rows[0]!;
}

const codePointLocales = sql.join(
  ['C', 'POSIX', 'C.UTF-8', 'C.utf8'].map((locale) => sql`${locale}`),
  sql`, `,
);

/**
 * The database's collation of offerings.name orders like JS code point comparison (C, C.UTF-8, POSIX,
 * ucs_basic): then the index may sort names itself and still page as the database does. A column without
 * a collation of its own has the database's: libc's C locales, or the builtin provider (code point order).
 */
export async function nameOrderIsCodePoint(db: Db): Promise<boolean> {
  const rows = await queryRows<{ codePoint: boolean }>(
    db,
    sql`select case when k.collname = 'default'
                    then d.datlocprovider::text = 'b' or (d.datlocprovider::text = 'c' and d.datcollate in (${codePointLocales}))
                    else k.collprovider::text = 'b' or k.collname = 'ucs_basic'
                         or (k.collprovider::text = 'c' and coalesce(k.collcollate in (${codePointLocales}), false)) end as "codePoint"
        from pg_attribute a join pg_collation k on k.oid = a.attcollation
        cross join pg_database d
        where a.attrelid = 'offerings'::regclass and a.attname = 'name' and d.datname = current_database()`,
  );
  return rows[0]?.codePoint ?? false;
}
