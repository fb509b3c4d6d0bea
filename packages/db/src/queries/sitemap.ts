import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import { published } from './fragments.ts';
import { rowKeys } from './row-keys.ts';

/** A page of the public catalogue: its path on the Vietnamese site and its last change (UTC, to the second). */
export interface CataloguePageRow {
  path: string;
  lastmod: string;
}

export const cataloguePageRowKeys = rowKeys<CataloguePageRow>()(['path', 'lastmod']);

/**
 * The vendor pages (of vendors with a published listing) then the listing pages, each by path, in one
 * statement. A listing's last change is its updated_at, which every change the public sees moves (an
 * approved edit, its plans with it; an archive; a restore); a vendor's is its own or its newest listing's.
 */
export async function cataloguePages(db: Db): Promise<CataloguePageRow[]> {
  return queryRows<CataloguePageRow>(
    db,
    sql`select p.path, to_char(p.modified at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as lastmod from (
          select 1 as place, '/vendors/' || v.slug as path, greatest(v.updated_at, max(o.updated_at)) as modified
            from vendors v join offerings o on o.vendor_id = v.id and ${published} group by v.id
          union all
          select 2, '/offerings/' || o.slug, o.updated_at from offerings o where ${published}
        ) p order by p.place, p.path collate "C"`,
  );
}
