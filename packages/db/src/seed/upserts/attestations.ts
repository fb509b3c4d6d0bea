import { inArray } from 'drizzle-orm';
import { attestations } from '../../schema/index.ts';
import type { AttestationSeed, CatalogSeed } from '../data/index.ts';
import type { TableChanges } from '../tables.ts';
import { lookup, sameInstant, type Tx } from './shared.ts';

/** Attestations are matched by (framework, vendor) or (framework, offering); the oldest one wins. */
export async function upsertAttestations(
  tx: Tx,
  catalog: CatalogSeed,
  frameworkIds: Map<string, number>,
  vendorIds: Map<string, string>,
  offeringIds: Map<string, string>,
  changes: TableChanges,
): Promise<void> {
  const existing = await tx
    .select()
    .from(attestations)
    .where(inArray(attestations.frameworkId, [...frameworkIds.values()]))
    .orderBy(attestations.claimedAt, attestations.id);
  const keyOf = (frameworkId: number, vendorId: string | null, offeringId: string | null) =>
    `${frameworkId}|${vendorId ?? ''}|${offeringId ?? ''}`;
  const byKey = new Map<string, (typeof existing)[number]>();
  for (const row of existing) {
    const key = keyOf(row.frameworkId, row.vendorId, row.offeringId);
    if (!byKey.has(key)) byKey.set(key, row);
  }

  const toInsert: (typeof attestations.$inferInsert)[] = [];
  for (const a of catalog.attestations) {
    const wanted = attestationRow(a, frameworkIds, vendorIds, offeringIds);
    const row = byKey.get(keyOf(wanted.frameworkId, wanted.vendorId, wanted.offeringId));
    if (!row) {
      toInsert.push(wanted);
      continue;
    }
    const same =
      row.status === wanted.status &&
      row.criteriaMet === wanted.criteriaMet &&
      row.evidenceUrl === wanted.evidenceUrl &&
      row.note === wanted.note &&
      sameInstant(row.claimedAt, wanted.claimedAt) &&
      sameInstant(row.verifiedAt, wanted.verifiedAt) &&
      sameInstant(row.validUntil, wanted.validUntil);
    if (same) continue;
    await tx
      .update(attestations)
      .set({
        status: wanted.status,
        criteriaMet: wanted.criteriaMet,
        evidenceUrl: wanted.evidenceUrl,
        note: wanted.note,
        claimedAt: wanted.claimedAt,
        verifiedAt: wanted.verifiedAt,
        validUntil: wanted.validUntil,
      })
      .where(inArray(attestations.id, [row.id]));
    changes.updated += 1;
  }
  if (toInsert.length > 0) {
    const rows = await tx.insert(attestations).values(toInsert).returning({ id: attestations.id });
    changes.inserted += rows.length;
  }
}

function attestationRow(
  a: AttestationSeed,
  frameworkIds: Map<string, number>,
  vendorIds: Map<string, string>,
  offeringIds: Map<string, string>,
) {
  return {
    frameworkId: lookup(frameworkIds, a.framework, 'framework'),
    vendorId: a.vendor === undefined ? null : lookup(vendorIds, a.vendor, 'vendor'),
    offeringId: a.offering === undefined ? null : lookup(offeringIds, a.offering, 'offering'),
    status: a.status,
    criteriaMet: a.criteriaMet,
    evidenceUrl: a.evidenceUrl,
    note: a.note,
    claimedAt: new Date(a.claimedAt),
    verifiedAt: a.verifiedAt === null ? null : new Date(a.verifiedAt),
    validUntil: a.validUntil === null ? null : new Date(a.validUntil),
  };
}
