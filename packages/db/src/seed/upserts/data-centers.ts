import { inArray } from 'drizzle-orm';
import { dataCenters } from '../../schema/index.ts';
import type { CatalogSeed } from '../data/index.ts';
import type { TableChanges } from '../tables.ts';
import { lookup, tally, updateWhenChanged, wasInserted, type Tx } from './shared.ts';

export async function upsertDataCenters(
  tx: Tx,
  catalog: CatalogSeed,
  vendorIds: Map<string, string>,
  changes: TableChanges,
): Promise<Map<string, string>> {
  const values = catalog.vendors.flatMap((v) =>
    v.dataCenters.map((d) => ({
      slug: d.slug,
      vendorId: lookup(vendorIds, v.slug, 'vendor'),
      name: d.name,
      city: d.city,
      countryCode: d.countryCode,
      tier: d.tier,
    })),
  );
  if (values.length === 0) return new Map();
  const rows = await tx
    .insert(dataCenters)
    .values(values)
    .onConflictDoUpdate({
      target: dataCenters.slug,
      ...updateWhenChanged(dataCenters, ['vendorId', 'name', 'city', 'countryCode', 'tier']),
    })
    .returning({ inserted: wasInserted });
  tally(changes, rows);
  const ids = await tx
    .select({ id: dataCenters.id, slug: dataCenters.slug })
    .from(dataCenters)
    .where(inArray(dataCenters.slug, values.map((d) => d.slug)));
  return new Map(ids.map((r) => [r.slug, r.id]));
}
