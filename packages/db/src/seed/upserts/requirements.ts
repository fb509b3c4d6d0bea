import { inArray } from 'drizzle-orm';
import { requirementCategories, requirements, requirementVendors } from '../../schema/index.ts';
import type { CatalogSeed, OfferingSeed } from '../data/index.ts';
import type { SeededTable, TableChanges } from '../tables.ts';
import { lookup, syncLinks, type Tx } from './shared.ts';

/** Requirements have no natural key in the schema: they are matched by (offering, position) here. */
export async function syncRequirements(
  tx: Tx,
  catalog: CatalogSeed,
  offeringIds: Map<string, string>,
  categoryIds: Map<string, number>,
  vendorIds: Map<string, string>,
  tables: Record<SeededTable, TableChanges>,
): Promise<void> {
  const seededOfferingIds = [...offeringIds.values()];
  const existing = await tx
    .select({
      id: requirements.id,
      offeringId: requirements.offeringId,
      position: requirements.position,
      description: requirements.description,
      descriptionEn: requirements.descriptionEn,
    })
    .from(requirements)
    .where(inArray(requirements.offeringId, seededOfferingIds))
    .orderBy(requirements.offeringId, requirements.position, requirements.id);
  const byKey = new Map<string, (typeof existing)[number]>();
  const surplus: string[] = [];
  for (const row of existing) {
    const key = `${row.offeringId}#${row.position}`;
    if (byKey.has(key)) surplus.push(row.id);
    else byKey.set(key, row);
  }

  const wanted = catalog.offerings.flatMap((o) => {
    const offeringId = lookup(offeringIds, o.slug, 'offering');
    return o.requirements.map((r, index) => ({ offeringId, position: index + 1, seed: r }));
  });
  const wantedKeys = new Set(wanted.map((w) => `${w.offeringId}#${w.position}`));
  for (const [key, row] of byKey) if (!wantedKeys.has(key)) surplus.push(row.id);
  if (surplus.length > 0) {
    const deleted = await tx.delete(requirements).where(inArray(requirements.id, surplus)).returning({ id: requirements.id });
    tables.requirements.deleted += deleted.length;
  }

  const requirementIds: { id: string; categoryIds: number[]; vendorIds: string[] }[] = [];
  const toInsert: typeof wanted = [];
  for (const w of wanted) {
    const row = byKey.get(`${w.offeringId}#${w.position}`);
    if (!row) {
      toInsert.push(w);
      continue;
    }
    if (row.description !== w.seed.description || row.descriptionEn !== w.seed.descriptionEn) {
      await tx
        .update(requirements)
        .set({ description: w.seed.description, descriptionEn: w.seed.descriptionEn })
        .where(inArray(requirements.id, [row.id]));
      tables.requirements.updated += 1;
    }
    requirementIds.push({ id: row.id, ...resolveRequirementTargets(w.seed, categoryIds, vendorIds) });
  }
  if (toInsert.length > 0) {
    const inserted = await tx
      .insert(requirements)
      .values(
        toInsert.map((w) => ({ offeringId: w.offeringId, position: w.position, description: w.seed.description, descriptionEn: w.seed.descriptionEn })),
      )
      .returning({ id: requirements.id, offeringId: requirements.offeringId, position: requirements.position });
    tables.requirements.inserted += inserted.length;
    const seedByKey = new Map(toInsert.map((w) => [`${w.offeringId}#${w.position}`, w.seed]));
    for (const row of inserted) {
      const seed = lookup(seedByKey, `${row.offeringId}#${row.position}`, 'requirement');
      requirementIds.push({ id: row.id, ...resolveRequirementTargets(seed, categoryIds, vendorIds) });
    }
  }

  const allRequirementIds = requirementIds.map((r) => r.id);
  if (allRequirementIds.length === 0) return;

  await syncLinks(
    tx,
    { table: requirementCategories, parent: requirementCategories.requirementId, child: requirementCategories.categoryId },
    allRequirementIds,
    requirementIds.flatMap((r) => r.categoryIds.map((categoryId): [string, number] => [r.id, categoryId])),
    tables.requirement_categories,
  );
  await syncLinks(
    tx,
    { table: requirementVendors, parent: requirementVendors.requirementId, child: requirementVendors.vendorId },
    allRequirementIds,
    requirementIds.flatMap((r) => r.vendorIds.map((vendorId): [string, string] => [r.id, vendorId])),
    tables.requirement_vendors,
  );
}

function resolveRequirementTargets(
  seed: OfferingSeed['requirements'][number],
  categoryIds: Map<string, number>,
  vendorIds: Map<string, string>,
): { categoryIds: number[]; vendorIds: string[] } {
  return {
    categoryIds: seed.categories.map((c) => lookup(categoryIds, c, 'category')),
    vendorIds: seed.vendors.map((v) => lookup(vendorIds, v, 'vendor')),
  };
}
