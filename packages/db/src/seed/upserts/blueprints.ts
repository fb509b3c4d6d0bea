import { blueprintNeeds, blueprints } from '../../schema/index.ts';
import type { CatalogSeed } from '../data/index.ts';
import type { TableChanges } from '../tables.ts';
import { lookup, type Tx } from './shared.ts';

/**
 * Inserts each blueprint whose slug no row has, with its needs. One that exists is staff's to edit: seeding
 * never changes it, nor its needs. New ones take their place in the data as position (1, 2…).
 */
export async function insertMissingBlueprints(
  tx: Tx,
  catalog: CatalogSeed,
  categoryIds: Map<string, number>,
  changes: { blueprints: TableChanges; needs: TableChanges },
): Promise<void> {
  if (catalog.blueprints.length === 0) return;
  const inserted = await tx
    .insert(blueprints)
    .values(
      catalog.blueprints.map((b, index) => ({
        slug: b.slug,
        name: b.name,
        nameEn: b.nameEn,
        description: b.description,
        descriptionEn: b.descriptionEn,
        position: index + 1,
      })),
    )
    .onConflictDoNothing({ target: blueprints.slug })
    .returning({ id: blueprints.id, slug: blueprints.slug });
  changes.blueprints.inserted += inserted.length;
  const needs = inserted.flatMap(({ id, slug }) =>
    catalog.blueprints
      .find((b) => b.slug === slug)!
      .needs.map((need, position) => ({
        blueprintId: id,
        position,
        categoryId: lookup(categoryIds, need.category, 'category'),
        quantity: need.quantity,
        note: need.note?.vi ?? null,
        noteEn: need.note?.en ?? null,
      })),
  );
  if (needs.length > 0) await tx.insert(blueprintNeeds).values(needs);
  changes.needs.inserted += needs.length;
}
