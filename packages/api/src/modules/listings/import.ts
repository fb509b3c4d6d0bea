import { insertListing, listingsByExternalIds, type ListingRow, type NewListing } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { userError, type UserError } from '../../graphql/user-errors.ts';
import { requirePartner, type PartnerScope } from '../accounts/actor.ts';
import { editListing, externalIdConflicts, type Tx } from './edit.ts';
import { checkNewListing, loadListingFacts, type CreateOfferingInput } from './validation.ts';
import type { OfferingResult } from './results.ts';

// New listings (createOffering, importOfferings) and, with mode UPSERT, edits of the ones matched on their externalId.

export const maxImportItems = 100;

export type ImportMode = 'CREATE' | 'UPSERT';
export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'FAILED';

export interface ImportResult {
  index: number;
  offering: ListingRow | null;
  outcome: ImportOutcome;
  userErrors: UserError[];
}

export interface ImportOfferingsResult {
  results: ImportResult[];
  importedCount: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  userErrors: UserError[];
}

type Path = (string | number)[];

interface Item {
  index: number;
  path: Path;
  listing: NewListing;
  userErrors: UserError[];
}

/** Thrown inside a transaction to undo what it wrote when one listing fails there. */
class ItemFailed extends Error {
  constructor(readonly result: ImportResult) {
    super('import item failed');
  }
}

const failed = (index: number, userErrors: UserError[] = []): ImportResult => ({ index, offering: null, outcome: 'FAILED', userErrors });

/**
 * Checks every listing before anything is written; with UPSERT, a listing whose externalId the organization
 * already uses is checked as an edit of it (same category and kind, its slug kept).
 */
async function checkItems(ctx: Context, scope: PartnerScope, inputs: readonly CreateOfferingInput[], mode: ImportMode, pathOf: (index: number) => Path) {
  const externalIds = inputs.map((input) => input.externalId ?? '').filter((id) => id !== '');
  const existing =
    mode === 'UPSERT'
      ? new Map((await listingsByExternalIds(ctx.database.db, scope.vendorId, scope.sandboxKeyId, externalIds)).map((row) => [row.externalId, row]))
      : new Map<string | null, ListingRow>();
  const facts = await loadListingFacts(ctx, inputs.map((input) => (existing.has(input.externalId ?? null) ? { ...input, slug: null } : input)));
  const slugsInBatch = new Set<string>();
  const externalIdsInBatch = new Map<string, number>();
  return inputs.map((input, index): Item => {
    const path = pathOf(index);
    const userErrors: UserError[] = [];
    const current = existing.get(input.externalId ?? null);
    const checked = { ...input, slug: current ? null : input.slug, externalId: mode === 'UPSERT' ? input.externalId || null : input.externalId };
    const listing = checkNewListing(checked, facts, scope.vendorId, path, slugsInBatch, userErrors);
    const externalId = input.externalId ?? '';
    if (mode === 'UPSERT' && externalId === '') {
      userErrors.push(userError([...path, 'externalId'], 'BLANK', 'An UPSERT import matches listings on their externalId: give each one.'));
    } else if (externalIdsInBatch.has(externalId)) {
      userErrors.push(userError([...path, 'externalId'], 'DUPLICATE', `Listing ${externalIdsInBatch.get(externalId)! + 1} of this import has the same externalId.`));
    } else if (externalId !== '') {
      externalIdsInBatch.set(externalId, index);
    }
    if (current && listing.categoryId !== current.categoryId && listing.categoryId !== 0) {
      userErrors.push(userError([...path, 'categorySlug'], 'INVALID', 'A listing keeps its category; archive it and create another to change it.'));
    }
    if (current && input.slug != null && input.slug.trim() !== current.slug) {
      userErrors.push(userError([...path, 'slug'], 'INVALID', `A listing keeps its slug (${current.slug}); leave it out or send it unchanged.`));
    }
    return { index, path, listing, userErrors };
  });
}

/** Writes one checked listing: an edit of the organization's listing with its externalId (UPSERT), else a new DRAFT. */
async function writeItem(tx: Tx, scope: PartnerScope, item: Item, mode: ImportMode): Promise<ImportResult> {
  const { listing, path, index } = item;
  const [current] =
    mode === 'UPSERT' ? await listingsByExternalIds(tx, scope.vendorId, scope.sandboxKeyId, [listing.externalId!], { lock: true }) : [];
  if (current) {
    const { result, outcome } = await editListing(tx, scope, current, { changes: listing.content, path, unchangedWhenSame: true });
    // A refusal about the listing's state is about the listing this externalId names.
    const userErrors = result.userErrors.map((error) => (error.field?.join() === 'id' ? { ...error, field: [...path, 'externalId'].map(String) } : error));
    return result.offering ? { index, offering: result.offering, outcome, userErrors: [] } : failed(index, userErrors);
  }
  const conflicts = await externalIdConflicts(tx, scope, null, listing.externalId, listing.content.plans, path);
  if (conflicts.length > 0) return failed(index, conflicts);
  const offering = await insertListing(tx, listing);
  if (!offering) return failed(index, [userError([...path, 'slug'], 'TAKEN', 'The slug was taken meanwhile; choose another or leave it out.')]);
  return { index, offering, outcome: 'CREATED', userErrors: [] };
}

/**
 * Stores listings of the caller's organization. Atomic: all or none, in one transaction. Otherwise each
 * valid listing is stored on its own and the others report their errors.
 */
async function storeListings(
  ctx: Context,
  scope: PartnerScope,
  inputs: readonly CreateOfferingInput[],
  options: { atomic: boolean; mode: ImportMode; pathOf: (index: number) => Path },
): Promise<ImportResult[]> {
  const items = await checkItems(ctx, scope, inputs, options.mode, options.pathOf);
  const invalid = items.filter((item) => item.userErrors.length > 0);
  const attempt = (tx: Tx, item: Item) =>
    writeItem(tx, scope, item, options.mode).then((result) => {
      if (result.outcome === 'FAILED') throw new ItemFailed(result);
      return result;
    });
  let results: ImportResult[];
  if (options.atomic) {
    if (invalid.length > 0) return items.map((item) => failed(item.index, item.userErrors));
    try {
      results = await ctx.database.db.transaction(async (tx) => {
        const written: ImportResult[] = [];
        for (const item of items) written.push(await attempt(tx, item));
        return written;
      });
    } catch (error) {
      if (!(error instanceof ItemFailed)) throw error;
      return items.map((item) => (item.index === error.result.index ? error.result : failed(item.index)));
    }
  } else {
    results = [];
    for (const item of items) {
      if (item.userErrors.length > 0) {
        results.push(failed(item.index, item.userErrors));
        continue;
      }
      try {
        results.push(await ctx.database.db.transaction((tx) => attempt(tx, item)));
      } catch (error) {
        if (!(error instanceof ItemFailed)) throw error;
        results.push(error.result);
      }
    }
  }
  for (const outcome of ['CREATED', 'UPDATED'] as const) {
    const ids = results.filter((result) => result.outcome === outcome).map((result) => result.offering!.id);
    if (ids.length > 0) ctx.log.info({ vendorId: scope.vendorId, offeringIds: ids }, outcome === 'CREATED' ? 'listings created' : 'listings updated');
  }
  return results;
}

export async function createOffering(ctx: Context, input: CreateOfferingInput): Promise<OfferingResult> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  const [result] = await storeListings(ctx, scope, [input], { atomic: true, mode: 'CREATE', pathOf: () => ['input'] });
  return { offering: result!.offering, userErrors: result!.userErrors };
}

const nothingImported = { results: [], importedCount: 0, createdCount: 0, updatedCount: 0, unchangedCount: 0 };

export async function importOfferings(
  ctx: Context,
  input: { offerings: CreateOfferingInput[]; atomic?: boolean | null; mode?: ImportMode | null },
): Promise<ImportOfferingsResult> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  if (input.offerings.length === 0) {
    return { ...nothingImported, userErrors: [userError(['input', 'offerings'], 'BLANK', 'Send at least one listing.')] };
  }
  if (input.offerings.length > maxImportItems) {
    return {
      ...nothingImported,
      userErrors: [userError(['input', 'offerings'], 'TOO_MANY', `One import holds at most ${maxImportItems} listings; this one has ${input.offerings.length}.`)],
    };
  }
  const atomic = input.atomic ?? true;
  const results = await storeListings(ctx, scope, input.offerings, { atomic, mode: input.mode ?? 'CREATE', pathOf: (index) => ['input', 'offerings', index] });
  const count = (outcome: ImportOutcome) => results.filter((result) => result.outcome === outcome).length;
  const failedCount = count('FAILED');
  const userErrors =
    atomic && failedCount > 0
      ? [userError(['input', 'offerings'], 'NOT_IMPORTED', `Nothing was imported: ${results.filter((result) => result.userErrors.length > 0).length} of ${results.length} listings have errors.`)]
      : [];
  return {
    results,
    importedCount: count('CREATED') + count('UPDATED'),
    createdCount: count('CREATED'),
    updatedCount: count('UPDATED'),
    unchangedCount: count('UNCHANGED'),
    userErrors,
  };
}
