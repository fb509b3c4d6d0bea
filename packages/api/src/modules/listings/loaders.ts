import { currentRevisionsByOfferingIds, listingsByIds, type ListingRow, type RevisionRow } from '@mayviet/db';
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';

/**
 * Per-request loaders for what only a listing's organization and staff see: any status, versions,
 * pending revisions. The catalog's loaders stay public-only; callers of these check who is asking.
 */
function createListingLoaders(ctx: Context) {
  const db = ctx.database.db;
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
  };
}

export type ListingLoaders = ReturnType<typeof createListingLoaders>;

const perRequest = new WeakMap<Context, ListingLoaders>();

export function listingLoaders(ctx: Context): ListingLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createListingLoaders(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

/** Whether the caller may see a listing's private side: staff, or its own organization with listings:read. */
export function seesPrivateSide(ctx: Context, vendorId: string): boolean {
  const actor = ctx.actor;
  if (actor.kind === 'apiKey') return actor.vendorId === vendorId && actor.key.scopes.includes('listings:read');
  if (actor.kind === 'user') return actor.user.staff || actor.memberships.some((m) => m.vendorId === vendorId && !m.suspended);
  return false;
}
