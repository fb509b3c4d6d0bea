import { currentRevisionsByOfferingIds, listingsByIds, planExternalIdsByIds, type Db, type ListingRow, type RevisionRow } from '@mayviet/db';
import DataLoader from 'dataloader';
import type { Actor } from '../accounts/actor.ts';

/**
 * Per-request loaders for what only a listing's organization and staff see: any status, versions,
 * pending revisions. The catalog's loaders stay public-only; callers of these check who is asking.
 */
export function createListingLoaders(db: Db) {
  return {
    listing: new DataLoader<string, ListingRow | null>(async (ids) => {
      const rows = new Map((await listingsByIds(db, ids)).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    revision: new DataLoader<string, RevisionRow | null>(async (ids) => {
      const rows = new Map<string, RevisionRow>();
      for (const row of await currentRevisionsByOfferingIds(db, ids)) if (!rows.has(row.offeringId)) rows.set(row.offeringId, row);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    planExternalId: new DataLoader<string, string | null>(async (ids) => {
      const externalIds = await planExternalIdsByIds(db, ids);
      return ids.map((id) => externalIds.get(id) ?? null);
    }),
  };
}

export type ListingLoaders = ReturnType<typeof createListingLoaders>;

/** Whether the caller may see a listing's private side: staff, or its own organization with listings:read. */
export function seesPrivateSide(ctx: { actor: Actor }, vendorId: string): boolean {
  const actor = ctx.actor;
  if (actor.kind === 'apiKey') return actor.vendorId === vendorId && actor.key.scopes.includes('listings:read');
  if (actor.kind === 'user') return actor.user.staff || actor.memberships.some((m) => m.vendorId === vendorId && !m.suspended);
  return false;
}
