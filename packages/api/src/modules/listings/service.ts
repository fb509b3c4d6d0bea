import {
  changeListing,
  changeRevision,
  countListingsOfVendor,
  currentRevisionsByOfferingIds,
  insertListing,
  listingContent,
  listingOfVendor,
  listingsOfVendor,
  plansByOfferingIds,
  recordAttestationClaim,
  saveRevision,
  withdrawRevisions,
  writeListingContent,
  type ComplianceFrameworkRow,
  type Db,
  type ListingRow,
  type ListingStatus,
  type NewListing,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { keysetConnection, type Connection } from '../../graphql/connections.ts';
import { afterKeys, pageSize } from '../../graphql/cursor.ts';
import { userError, type UserError } from '../../graphql/user-errors.ts';
import { forbidden, requirePartner, type PartnerScope } from '../accounts/actor.ts';
import type { AttestationWithFramework } from '../catalog/loaders.ts';
import { accepted, invalidState, notFound, offeringId, refused, type OfferingResult } from './results.ts';
import { checkListingFields, checkNewListing, loadListingFacts, type CreateOfferingInput, type ListingFieldsInput } from './validation.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const maxImportItems = 100;

/** Every partner operation on one listing: the listing locked in a transaction, or NOT_FOUND. */
async function withOwnListing(
  ctx: Context,
  scope: PartnerScope,
  globalId: string,
  field: string[],
  work: (tx: Tx, listing: ListingRow) => Promise<OfferingResult>,
): Promise<OfferingResult> {
  const id = offeringId(globalId);
  if (!id) return refused(notFound(field));
  return ctx.database.db.transaction(async (tx) => {
    const listing = await listingOfVendor(tx, id, scope, { lock: true });
    return listing ? work(tx, listing) : refused(notFound(field));
  });
}

export interface ImportResult {
  index: number;
  offering: ListingRow | null;
  userErrors: UserError[];
}

export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'FAILED';

export interface ImportOfferingsResult {
  results: (ImportResult & { outcome: ImportOutcome })[];
  importedCount: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  userErrors: UserError[];
}

const nothingImported = { results: [], importedCount: 0, createdCount: 0, updatedCount: 0, unchangedCount: 0 };

/** Thrown inside the import transaction to undo it when a slug was taken between the check and the insert. */
class SlugTakenMidway extends Error {
  constructor(readonly index: number) {
    super('slug taken');
  }
}

const slugTaken = (path: (string | number)[]) => userError([...path, 'slug'], 'TAKEN', 'The slug was taken meanwhile; choose another or leave it out.');

/**
 * Stores new DRAFT listings of the caller's organization. Atomic: all or none, in one transaction.
 * Otherwise each valid item is stored on its own and the others report their errors.
 */
async function storeListings(
  ctx: Context,
  scope: PartnerScope,
  inputs: readonly CreateOfferingInput[],
  atomic: boolean,
  pathOf: (index: number) => (string | number)[],
): Promise<ImportResult[]> {
  const slugPrefix = sandboxSlugPrefix(ctx);
  const facts = await loadListingFacts(ctx, inputs, slugPrefix);
  const slugsInBatch = new Set<string>();
  const checked = inputs.map((input, index) => {
    const userErrors: UserError[] = [];
    const listing = inSandbox(checkNewListing(input, facts, scope.vendorId, pathOf(index), slugsInBatch, userErrors), scope, slugPrefix);
    return { index, listing, userErrors, offering: null as ListingRow | null };
  });
  const valid = checked.filter((item) => item.userErrors.length === 0);
  const insert = async (tx: Tx, item: (typeof checked)[number]) => {
    item.offering = await insertListing(tx, item.listing);
    if (!item.offering) item.userErrors.push(slugTaken(pathOf(item.index)));
  };
  if (atomic) {
    if (valid.length < checked.length) return checked.map(({ index, userErrors }) => ({ index, offering: null, userErrors }));
    try {
      await ctx.database.db.transaction(async (tx) => {
        for (const item of valid) {
          await insert(tx, item);
          if (!item.offering) throw new SlugTakenMidway(item.index);
        }
      });
    } catch (error) {
      if (!(error instanceof SlugTakenMidway)) throw error;
      return checked.map(({ index, userErrors }) => ({ index, offering: null, userErrors }));
    }
  } else {
    for (const item of valid) await ctx.database.db.transaction((tx) => insert(tx, item));
  }
  const stored = checked.filter((item) => item.offering).map((item) => item.offering!.id);
  if (stored.length > 0) ctx.log.info({ vendorId: scope.vendorId, offeringIds: stored }, 'listings created');
  return checked.map(({ index, offering, userErrors }) => ({ index, offering, userErrors }));
}

/**
 * What a TEST key's listing slugs start with: test-<the 10 hex digits of its key prefix>-, so that a sandbox
 * listing never takes a live listing's slug (slugs are unique across all listings). Empty for live callers.
 */
function sandboxSlugPrefix(ctx: Context): string {
  return ctx.actor.kind === 'apiKey' && ctx.actor.key.mode === 'TEST' ? `test-${ctx.actor.key.prefix.slice('mv_test_'.length)}-` : '';
}

/** A new listing of a TEST key goes to its sandbox, under its prefixed slug. */
function inSandbox(listing: NewListing, scope: PartnerScope, slugPrefix: string): NewListing {
  if (!scope.sandboxKeyId) return listing;
  return { ...listing, slug: listing.slug && slugPrefix + listing.slug, slugBase: slugPrefix + listing.slugBase, sandboxKeyId: scope.sandboxKeyId };
}

export async function createOffering(ctx: Context, input: CreateOfferingInput): Promise<OfferingResult> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  const [result] = await storeListings(ctx, scope, [input], true, () => ['input']);
  return { offering: result!.offering, userErrors: result!.userErrors };
}

export async function importOfferings(
  ctx: Context,
  input: { offerings: CreateOfferingInput[]; atomic?: boolean | null },
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
  const stored = await storeListings(ctx, scope, input.offerings, atomic, (index) => ['input', 'offerings', index]);
  const results = stored.map((result) => ({ ...result, outcome: result.offering ? ('CREATED' as const) : ('FAILED' as const) }));
  const importedCount = results.filter((result) => result.offering).length;
  const failed = results.filter((result) => result.userErrors.length > 0).length;
  const userErrors =
    atomic && failed > 0
      ? [userError(['input', 'offerings'], 'NOT_IMPORTED', `Nothing was imported: ${failed} of ${results.length} listings have errors.`)]
      : [];
  return { results, importedCount, createdCount: importedCount, updatedCount: 0, unchangedCount: 0, userErrors };
}

export interface UpdateOfferingInput extends ListingFieldsInput {
  id: string;
  version?: number | null;
}

/**
 * Edits a listing. Drafts and rejected listings change in place (a rejected one becomes a draft again);
 * a published listing's edit is kept as its pending revision, and the public keeps the published version.
 */
export async function updateOffering(ctx: Context, input: UpdateOfferingInput): Promise<OfferingResult> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  const id = offeringId(input.id);
  const current = id ? await listingOfVendor(ctx.database.db, id, scope) : null;
  if (!current) return refused(notFound(['input', 'id']));
  if (input.version == null) {
    return refused(userError(['input', 'version'], 'VERSION_REQUIRED', `Send the version you edited (the listing's \`version\`, now ${current.version}).`));
  }
  const stale = (version: number) =>
    userError(['input', 'version'], 'STALE_VERSION', `The listing changed since version ${input.version}; it is at version ${version}. Reload it and edit again.`);
  if (current.version !== input.version) return refused(stale(current.version));

  const errors: UserError[] = [];
  const facts = await loadListingFacts(ctx, [input]);
  const changes = checkListingFields(input, facts, { kind: current.kind, vendorId: scope.vendorId }, ['input'], errors);
  if (errors.length > 0) return refused(...errors);

  return withOwnListing(ctx, scope, input.id, ['input', 'id'], async (tx, listing) => {
    if (listing.version !== input.version) return refused(stale(listing.version));
    if (Object.keys(changes).length === 0) return accepted(listing);
    switch (listing.status) {
      case 'DRAFT':
      case 'REJECTED':
        await writeListingContent(tx, listing.id, changes);
        return accepted(await changeListing(tx, listing.id, { status: 'DRAFT', bumpVersion: true, touch: true }));
      case 'PUBLISHED': {
        const [revision] = await currentRevisionsByOfferingIds(tx, [listing.id]);
        if (revision?.status === 'IN_REVIEW') return refused(invalidState(listing, 'its edit is in review; withdraw the edit to change it.'));
        const base = revision?.content ?? (await listingContent(tx, listing.id));
        await saveRevision(tx, { offeringId: listing.id, baseVersion: listing.version, content: { ...base, ...changes }, userId: scope.userId });
        return accepted(await changeListing(tx, listing.id, { bumpVersion: true }));
      }
      case 'IN_REVIEW':
        return refused(invalidState(listing, 'withdraw it from review to edit it.'));
      case 'ARCHIVED':
        return refused(invalidState(listing, 'an archived listing cannot be edited.'));
    }
  });
}

const noPlans = userError(['id'], 'NO_PLANS', 'Add at least one plan before sending the listing for review.');
// A published listing has a plan (the database refuses one without at commit); staff learn it here instead.

/** Sends a draft (or a rejected listing) for review, or a published listing's pending edit. */
export async function submitOffering(ctx: Context, id: string): Promise<OfferingResult> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  return withOwnListing(ctx, scope, id, ['id'], async (tx, listing) => {
    switch (listing.status) {
      case 'DRAFT':
      case 'REJECTED':
        if ((await plansByOfferingIds(tx, [listing.id])).length === 0) return refused(noPlans);
        return accepted(await changeListing(tx, listing.id, { status: 'IN_REVIEW', submitted: true, rejectionReason: null, touch: true }));
      case 'PUBLISHED': {
        const [revision] = await currentRevisionsByOfferingIds(tx, [listing.id]);
        if (!revision) return refused(invalidState(listing, 'it has no edit to send; edit it first.'));
        if (revision.status === 'IN_REVIEW') return refused(invalidState(listing, 'its edit is already in review.'));
        if (revision.content.plans.length === 0) return refused(noPlans);
        await changeRevision(tx, revision.id, { status: 'IN_REVIEW', submitted: true, rejectionReason: null });
        return accepted(listing);
      }
      case 'IN_REVIEW':
        return refused(invalidState(listing, 'it is already in review.'));
      case 'ARCHIVED':
        return refused(invalidState(listing, 'an archived listing cannot be sent for review.'));
    }
  });
}

/** Takes a listing, or a published listing's edit, back from review to work on it. */
export async function withdrawOffering(ctx: Context, id: string): Promise<OfferingResult> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  return withOwnListing(ctx, scope, id, ['id'], async (tx, listing) => {
    if (listing.status === 'IN_REVIEW') return accepted(await changeListing(tx, listing.id, { status: 'DRAFT', touch: true }));
    const [revision] = listing.status === 'PUBLISHED' ? await currentRevisionsByOfferingIds(tx, [listing.id]) : [];
    if (revision?.status !== 'IN_REVIEW') return refused(invalidState(listing, 'neither it nor an edit of it is in review.'));
    await changeRevision(tx, revision.id, { status: 'DRAFT' });
    return accepted(listing);
  });
}

/** Takes a listing off the catalog for good; its plans stay, for the stacks and quotes that name them. */
export async function archiveOffering(ctx: Context, id: string): Promise<OfferingResult> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  return withOwnListing(ctx, scope, id, ['id'], async (tx, listing) => {
    if (listing.status === 'ARCHIVED') return accepted(listing);
    if (listing.sandboxKeyId) return refused(invalidState(listing, 'a sandbox listing never reaches the catalog, so it is not archived; revoke its TEST key to delete it.'));
    await withdrawRevisions(tx, listing.id);
    const archived = await changeListing(tx, listing.id, { status: 'ARCHIVED', touch: true });
    ctx.log.info({ offeringId: listing.id, from: listing.status }, 'listing archived');
    return accepted(archived);
  });
}


const cursorSort = 'MY_UPDATED';

/** The caller's organization's listings, any status unless one is asked for, most recently changed first. */
export function myOfferings(ctx: Context, args: { status?: ListingStatus | null; first?: number | null; after?: string | null }): Connection<ListingRow> {
  const scope = requirePartner(ctx.actor, 'listings:read');
  const first = pageSize(args.first);
  const after = afterKeys(args.after, cursorSort, ['timestamptz', 'uuid']);
  return keysetConnection({
    sort: cursorSort,
    after,
    page: () =>
      listingsOfVendor(ctx.database.db, {
        vendorId: scope.vendorId,
        sandboxKeyId: scope.sandboxKeyId,
        status: args.status,
        first,
        after: after && { updatedAt: after[0]!, id: after[1]! },
      }),
    keys: (row) => row.cursorKeys,
    nodes: (rows) => rows.map(({ cursorKeys, ...node }) => node),
    count: () => countListingsOfVendor(ctx.database.db, scope, args.status),
  });
}

/** One of the caller's organization's listings, any status; null for any other id, like a missing one. */
export async function myOffering(ctx: Context, globalId: string): Promise<ListingRow | null> {
  const scope = requirePartner(ctx.actor, 'listings:read');
  const id = offeringId(globalId);
  return id ? listingOfVendor(ctx.database.db, id, scope) : null;
}

export interface ClaimAttestationInput {
  frameworkCode: string;
  offeringId?: string | null;
  evidenceUrl: string;
  validUntil: Date;
  criteriaMet?: number | null;
}

const maxUrlLength = 2000;

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** A partner's claim, for its vendor or one of its own listings, that staff will verify. */
export async function claimAttestation(
  ctx: Context,
  input: ClaimAttestationInput,
): Promise<{ attestation: AttestationWithFramework | null; userErrors: UserError[] }> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  if (scope.sandboxKeyId) throw forbidden('A TEST key cannot claim attestations: staff verify every claim by hand. Claim with a live key or in the console.');
  const errors: UserError[] = [];
  const framework: ComplianceFrameworkRow | undefined = (await ctx.loaders.catalog.frameworks()).find((row) => row.code === input.frameworkCode.trim());
  if (!framework) errors.push(userError(['input', 'frameworkCode'], 'UNKNOWN_FRAMEWORK', `No compliance framework has the code ${JSON.stringify(input.frameworkCode)}.`));
  let subjectOfferingId: string | null = null;
  if (input.offeringId != null) {
    const id = offeringId(input.offeringId);
    const listing = id ? await listingOfVendor(ctx.database.db, id, scope) : null;
    if (listing) subjectOfferingId = listing.id;
    else errors.push(notFound(['input', 'offeringId']));
  }
  const evidenceUrl = input.evidenceUrl.trim();
  if (evidenceUrl.length > maxUrlLength || !isHttpsUrl(evidenceUrl)) {
    errors.push(userError(['input', 'evidenceUrl'], 'INVALID', `The evidence is an https:// address of at most ${maxUrlLength} characters.`));
  }
  if (input.validUntil.getTime() <= Date.now()) errors.push(userError(['input', 'validUntil'], 'OUT_OF_RANGE', 'The attestation must still be valid: give a date in the future.'));
  if (framework && input.criteriaMet != null && (input.criteriaMet < 0 || input.criteriaMet > framework.criteriaCount)) {
    errors.push(userError(['input', 'criteriaMet'], 'OUT_OF_RANGE', `${framework.code} has ${framework.criteriaCount} criteria; criteriaMet is 0 to ${framework.criteriaCount}.`));
  }
  if (errors.length > 0 || !framework) return { attestation: null, userErrors: errors };
  const row = await recordAttestationClaim(ctx.database.db, {
    frameworkId: framework.id,
    vendorId: subjectOfferingId ? null : scope.vendorId,
    offeringId: subjectOfferingId,
    evidenceUrl,
    validUntil: input.validUntil,
    criteriaMet: input.criteriaMet ?? null,
  });
  ctx.log.info({ attestationId: row.id, framework: framework.code, offeringId: subjectOfferingId }, 'attestation claimed');
  return { attestation: { ...row, framework }, userErrors: [] };
}

