import { inArray } from 'drizzle-orm';
import { categories } from '../../schema/index.ts';
import type { CatalogSeed } from '../data/index.ts';
import type { TableChanges } from '../tables.ts';
import { tally, updateWhenChanged, wasInserted, type Tx } from './shared.ts';

export async function upsertCategories(tx: Tx, catalog: CatalogSeed, changes: TableChanges): Promise<Map<string, number>> {
  const rows = await tx
    .insert(categories)
    .values(catalog.categories.map((c) => ({ slug: c.slug, kind: c.kind, name: c.name, nameEn: c.nameEn, position: c.position, needUnits: c.needUnits, unitName: c.unitName, unitNameEn: c.unitNameEn, unitNameEnOne: c.unitNameEnOne })))
    .onConflictDoUpdate({ target: categories.slug, ...updateWhenChanged(categories, ['kind', 'name', 'nameEn', 'position', 'needUnits', 'unitName', 'unitNameEn', 'unitNameEnOne']) })
    .returning({ inserted: wasInserted });
  tally(changes, rows);
  const ids = await tx
    .select({ id: categories.id, slug: categories.slug })
    .from(categories)
    .where(inArray(categories.slug, catalog.categories.map((c) => c.slug)));
  return new Map(ids.map((r) => [r.slug, r.id]));
}
