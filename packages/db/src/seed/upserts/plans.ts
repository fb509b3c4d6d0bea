import { and, inArray, notInArray, sql } from 'drizzle-orm';
import { plans } from '../../schema/index.ts';
import type { CatalogSeed } from '../data/index.ts';
import type { TableChanges } from '../tables.ts';
import { lookup, tally, updateWhenChanged, wasInserted, type Tx } from './shared.ts';

export async function upsertPlans(
  tx: Tx,
  catalog: CatalogSeed,
  offeringIds: Map<string, string>,
  changes: TableChanges,
): Promise<Map<string, string>> {
  const values = catalog.offerings.flatMap((o) =>
    o.plans.map((p, index) => ({
      offeringId: lookup(offeringIds, o.slug, 'offering'),
      slug: p.slug,
      name: p.name,
      nameEn: p.nameEn ?? null,
      price: p.price,
      unit: p.unit,
      position: index + 1,
    })),
  );
  const rows = await tx
    .insert(plans)
    .values(values)
    .onConflictDoUpdate({
      target: [plans.offeringId, plans.slug],
      ...updateWhenChanged(plans, ['name', 'nameEn', 'price', 'unit', 'position']),
    })
    .returning({ inserted: wasInserted });
  tally(changes, rows);

  const seededOfferingIds = [...offeringIds.values()];
  const stale = await tx
    .delete(plans)
    .where(
      and(
        inArray(plans.offeringId, seededOfferingIds),
        notInArray(
          sql`${plans.offeringId}::text || '/' || ${plans.slug}`,
          values.map((p) => `${p.offeringId}/${p.slug}`),
        ),
      ),
    )
    .returning({ id: plans.id });
  changes.deleted += stale.length;

  const ids = await tx
    .select({ id: plans.id, offeringId: plans.offeringId, slug: plans.slug })
    .from(plans)
    .where(inArray(plans.offeringId, seededOfferingIds));
  return new Map(ids.map((r) => [`${r.offeringId}/${r.slug}`, r.id]));
}
