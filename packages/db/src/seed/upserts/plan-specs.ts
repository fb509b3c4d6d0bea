import { and, inArray, notInArray, sql } from 'drizzle-orm';
import { planSpecs } from '../../schema/index.ts';
import type { CatalogSeed } from '../data/index.ts';
import type { TableChanges } from '../tables.ts';
import { lookup, tally, updateWhenChanged, wasInserted, type Tx } from './shared.ts';

export async function upsertPlanSpecs(
  tx: Tx,
  catalog: CatalogSeed,
  offeringIds: Map<string, string>,
  planIds: Map<string, string>,
  changes: TableChanges,
): Promise<void> {
  const values = catalog.offerings.flatMap((o) => {
    const offeringId = lookup(offeringIds, o.slug, 'offering');
    return o.plans.flatMap((p) => {
      const planId = lookup(planIds, `${offeringId}/${p.slug}`, 'plan');
      return p.specs.map(([key, value], index) => ({ planId, key, value, position: index + 1 }));
    });
  });
  if (values.length > 0) {
    const rows = await tx
      .insert(planSpecs)
      .values(values)
      .onConflictDoUpdate({ target: [planSpecs.planId, planSpecs.key], ...updateWhenChanged(planSpecs, ['value', 'position']) })
      .returning({ inserted: wasInserted });
    tally(changes, rows);
  }
  const keep = values.map((s) => `${s.planId}/${s.key}`);
  const stale = await tx
    .delete(planSpecs)
    .where(
      and(
        inArray(planSpecs.planId, [...planIds.values()]),
        keep.length > 0 ? notInArray(sql`${planSpecs.planId}::text || '/' || ${planSpecs.key}`, keep) : undefined,
      ),
    )
    .returning({ key: planSpecs.key });
  changes.deleted += stale.length;
}
