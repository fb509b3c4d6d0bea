import { inArray } from 'drizzle-orm';
import { complianceFrameworks } from '../../schema/index.ts';
import type { CatalogSeed } from '../data/index.ts';
import type { TableChanges } from '../tables.ts';
import { tally, updateWhenChanged, wasInserted, type Tx } from './shared.ts';

export async function upsertFrameworks(tx: Tx, catalog: CatalogSeed, changes: TableChanges): Promise<Map<string, number>> {
  const rows = await tx
    .insert(complianceFrameworks)
    .values(
      catalog.frameworks.map((f) => ({
        code: f.code,
        name: f.name,
        nameEn: f.nameEn,
        issuer: f.issuer,
        reference: f.reference,
        criteriaCount: f.criteriaCount,
      })),
    )
    .onConflictDoUpdate({
      target: complianceFrameworks.code,
      ...updateWhenChanged(complianceFrameworks, ['name', 'nameEn', 'issuer', 'reference', 'criteriaCount']),
    })
    .returning({ inserted: wasInserted });
  tally(changes, rows);
  const ids = await tx
    .select({ id: complianceFrameworks.id, code: complianceFrameworks.code })
    .from(complianceFrameworks)
    .where(inArray(complianceFrameworks.code, catalog.frameworks.map((f) => f.code)));
  return new Map(ids.map((r) => [r.code, r.id]));
}
