import { inArray, sql } from 'drizzle-orm';
import { vendors } from '../../schema/index.ts';
import type { CatalogSeed } from '../data/index.ts';
import type { TableChanges } from '../tables.ts';
import { tally, updateWhenChanged, wasInserted, type Tx } from './shared.ts';

export async function upsertVendors(tx: Tx, catalog: CatalogSeed, changes: TableChanges): Promise<Map<string, string>> {
  const rows = await tx
    .insert(vendors)
    .values(
      catalog.vendors.map((v) => ({
        slug: v.slug,
        name: v.name,
        kinds: v.kinds,
        domestic: v.domestic,
        countryCode: v.countryCode,
        description: v.description,
        descriptionEn: v.descriptionEn,
        website: v.website,
      })),
    )
    .onConflictDoUpdate({
      target: vendors.slug,
      ...updateWhenChanged(vendors, ['name', 'kinds', 'domestic', 'countryCode', 'description', 'descriptionEn', 'website'], {
        updatedAt: sql`now()`,
      }),
    })
    .returning({ inserted: wasInserted });
  tally(changes, rows);
  const ids = await tx
    .select({ id: vendors.id, slug: vendors.slug })
    .from(vendors)
    .where(inArray(vendors.slug, catalog.vendors.map((v) => v.slug)));
  return new Map(ids.map((r) => [r.slug, r.id]));
}
