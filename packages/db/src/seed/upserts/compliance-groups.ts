import { and, inArray, notInArray, sql } from 'drizzle-orm';
import { complianceGroups } from '../../schema/index.ts';
import type { CatalogSeed } from '../data/index.ts';
import type { TableChanges } from '../tables.ts';
import { lookup, tally, updateWhenChanged, wasInserted, type Tx } from './shared.ts';

export async function upsertComplianceGroups(
  tx: Tx,
  catalog: CatalogSeed,
  frameworkIds: Map<string, number>,
  changes: TableChanges,
): Promise<void> {
  const values = catalog.frameworks.flatMap((f) =>
    f.groups.map((g, index) => ({
      frameworkId: lookup(frameworkIds, f.code, 'framework'),
      code: g.code,
      name: g.name,
      nameEn: g.nameEn,
      scope: g.scope,
      criteriaCount: g.criteriaCount,
      position: index + 1,
    })),
  );
  if (values.length > 0) {
    const rows = await tx
      .insert(complianceGroups)
      .values(values)
      .onConflictDoUpdate({
        target: [complianceGroups.frameworkId, complianceGroups.code],
        ...updateWhenChanged(complianceGroups, ['name', 'nameEn', 'scope', 'criteriaCount', 'position']),
      })
      .returning({ inserted: wasInserted });
    tally(changes, rows);
  }
  const keep = values.map((g) => `${g.frameworkId}/${g.code}`);
  const stale = await tx
    .delete(complianceGroups)
    .where(
      and(
        inArray(complianceGroups.frameworkId, [...frameworkIds.values()]),
        keep.length > 0 ? notInArray(sql`${complianceGroups.frameworkId}::text || '/' || ${complianceGroups.code}`, keep) : undefined,
      ),
    )
    .returning({ id: complianceGroups.id });
  changes.deleted += stale.length;
}
