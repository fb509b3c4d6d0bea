import { inArray, sql } from 'drizzle-orm';
import { offerings } from '../../schema/index.ts';
import type { CatalogSeed, OfferingSeed } from '../data/index.ts';
import type { TableChanges } from '../tables.ts';
import { lookup, tally, updateWhenChanged, wasInserted, type Tx } from './shared.ts';

export async function upsertOfferings(
  tx: Tx,
  catalog: CatalogSeed,
  vendorIds: Map<string, string>,
  categoryIds: Map<string, number>,
  changes: TableChanges,
): Promise<Map<string, string>> {
  const kindOf = new Map(catalog.categories.map((c) => [c.slug, c.kind]));
  const rows = await tx
    .insert(offerings)
    .values(
      catalog.offerings.map((o) => ({
        slug: o.slug,
        vendorId: lookup(vendorIds, o.vendor, 'vendor'),
        categoryId: lookup(categoryIds, o.category, 'category'),
        kind: lookup(kindOf, o.category, 'category'),
        status: o.status,
        name: o.name,
        nameEn: o.nameEn ?? null,
        summary: o.summary,
        summaryEn: o.summaryEn,
        description: o.description,
        descriptionEn: o.descriptionEn,
        slaAvailability: o.sla,
        sampleData: o.sampleData,
        publishedAt: o.status === 'PUBLISHED' ? publishedAtOf(o) : null,
      })),
    )
    .onConflictDoUpdate({
      target: offerings.slug,
      ...updateWhenChanged(
        offerings,
        [
          'vendorId',
          'categoryId',
          'kind',
          'status',
          'name',
          'nameEn',
          'summary',
          'summaryEn',
          'description',
          'descriptionEn',
          'slaAvailability',
          'sampleData',
          'publishedAt',
        ],
        { updatedAt: sql`now()` },
      ),
    })
    .returning({ inserted: wasInserted });
  tally(changes, rows);
  const ids = await tx
    .select({ id: offerings.id, slug: offerings.slug })
    .from(offerings)
    .where(inArray(offerings.slug, catalog.offerings.map((o) => o.slug)));
  return new Map(ids.map((r) => [r.slug, r.id]));
}

/** A stable publication date per listing (spread over 2025), so re-seeding never moves it. */
function publishedAtOf(offering: OfferingSeed): Date {
  let hash = 2166136261;
  for (const ch of offering.slug) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  const day = hash % 365;
  const hour = 1 + (hash >>> 9) % 10;
  return new Date(Date.UTC(2025, 0, 1 + day, hour, 0, 0));
}
