import {
  changeListing,
  changeRevision,
  countListingsOfVendor,
  currentRevisionsByOfferingIds,
  listingOfVendor,
  listingsOfVendor,
  plansByOfferingIds,
  recordAttestationClaim,
  withdrawRevisions,
  type ComplianceFrameworkRow,
  type ListingFilter,
  type ListingRow,
  type ListingStatus,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { keysetConnection, type Connection } from '../../graphql/connections.ts';
import { afterKeys, pageSize } from '../../graphql/cursor.ts';
import { badUserInput } from '../../graphql/errors.ts';
import { userError, type UserError } from '../../graphql/user-errors.ts';
import { requirePartner, type PartnerScope } from '../accounts/actor.ts';
import type { AttestationWithFramework } from '../catalog/loaders.ts';
import { editListing, type Tx } from './edit.ts';
import { accepted, invalidState, notFound, offeringId, refused, staleVersion, type OfferingResult } from './results.ts';
import { checkListingFields, externalIdProblem, loadListingFacts, type ListingFieldsInput } from './validation.ts';

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
    const listing = await listingOfVendor(tx, id, scope.vendorId, { lock: true });
    return listing ? work(tx, listing) : refused(notFound(field));
  });
}

export interface UpdateOfferingInput extends ListingFieldsInput {
  id: string;
  version?: number | null;
  externalId?: string | null;
}

/**
 * Edits a listing. Drafts and rejected listings change in place (a rejected one becomes a draft again);
 * a published listing's edit is kept as its pending revision, and the public keeps the published version.
 */
export async function updateOffering(ctx: Context, input: UpdateOfferingInput): Promise<OfferingResult> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  const id = offeringId(input.id);
  const current = id ? await listingOfVendor(ctx.database.db, id, scope.vendorId) : null;
  if (!current) return refused(notFound(['input', 'id']));
  if (input.version == null) {
    return refused(userError(['input', 'version'], 'VERSION_REQUIRED', `Send the version you edited (the listing's \`version\`, now ${current.version}).`));
  }
  const sent = input.version;
  if (current.version !== sent) return refused(staleVersion(sent, current.version));

  const errors: UserError[] = [];
  const facts = await loadListingFacts(ctx, [input]);
  const changes = checkListingFields(input, facts, { kind: current.kind, vendorId: scope.vendorId }, ['input'], errors);
  // An empty string removes the externalId; absent or null leaves it.
  const externalId = input.externalId == null ? undefined : input.externalId || null;
  const externalIdError = externalId ? externalIdProblem(externalId, ['input', 'externalId']) : null;
  if (externalIdError) errors.push(externalIdError);
  if (errors.length > 0) return refused(...errors);

  return withOwnListing(ctx, scope, input.id, ['input', 'id'], async (tx, listing) => {
    if (listing.version !== sent) return refused(staleVersion(sent, listing.version));
    return (await editListing(tx, scope, listing, { changes, externalId, path: ['input'], unchangedWhenSame: false })).result;
  });
}

const noPlans = userError(['id'], 'NO_PLANS', 'Add at least one plan before sending the listing for review.');
// A published listing has a plan (the database refuses one without at commit); staff learn it here instead.

/** Sends a draft (or a rejected listing) for review, or a published listing's pending edit. */
export async function submitOffering(ctx: Context, id: string): Promise<OfferingResult> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  return withOwnListing(ctx, scope, id, ['id'], submitListing);
}

export const maxSubmitItems = 100;

export interface SubmitOfferingsResult {
  results: (OfferingResult & { index: number; id: string })[];
  submittedCount: number;
  userErrors: UserError[];
}

/** Sends up to 100 listings for review, each on its own: one refused leaves the others sent. */
export async function submitOfferings(ctx: Context, ids: readonly string[]): Promise<SubmitOfferingsResult> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  const refuse = (error: UserError) => ({ results: [], submittedCount: 0, userErrors: [error] });
  if (ids.length === 0) return refuse(userError(['ids'], 'BLANK', 'Send at least one listing id.'));
  if (ids.length > maxSubmitItems) return refuse(userError(['ids'], 'TOO_MANY', `Send at most ${maxSubmitItems} ids at once; this request has ${ids.length}.`));
  const duplicate = ids.findIndex((id, index) => ids.indexOf(id) !== index);
  if (duplicate >= 0) return refuse(userError(['ids', duplicate], 'DUPLICATE', `The id ${ids[duplicate]} is sent twice.`));
  const results: SubmitOfferingsResult['results'] = [];
  for (const [index, id] of ids.entries()) {
    const result = await withOwnListing(ctx, scope, id, ['ids', String(index)], submitListing);
    const userErrors = result.userErrors.map((error) => ({ ...error, field: ['ids', String(index)] }));
    results.push({ index, id, offering: result.offering, userErrors });
  }
  const submitted = results.filter((result) => result.offering).map((result) => result.offering!.id);
  if (submitted.length > 0) ctx.log.info({ vendorId: scope.vendorId, offeringIds: submitted }, 'listings sent for review');
  return { results, submittedCount: submitted.length, userErrors: [] };
}

async function submitListing(tx: Tx, listing: ListingRow): Promise<OfferingResult> {
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
    await withdrawRevisions(tx, listing.id);
    const archived = await changeListing(tx, listing.id, { status: 'ARCHIVED', touch: true });
    ctx.log.info({ offeringId: listing.id, from: listing.status }, 'listing archived');
    return accepted(archived);
  });
}


const cursorSort = 'MY_UPDATED';

export interface MyOfferingsArgs {
  status?: ListingStatus | null;
  externalId?: string | null;
  categorySlug?: string | null;
  query?: string | null;
  updatedSince?: Date | null;
  first?: number | null;
  after?: string | null;
}

const maxQueryLength = 100;

/** The caller's organization's listings, any status unless one is asked for, most recently changed first. */
export function myOfferings(ctx: Context, args: MyOfferingsArgs): Connection<ListingRow> {
  const scope = requirePartner(ctx.actor, 'listings:read');
  const first = pageSize(args.first);
  const after = afterKeys(args.after, cursorSort, ['timestamptz', 'uuid']);
  const query = args.query?.trim();
  if (query !== undefined && (query.length === 0 || query.length > maxQueryLength)) {
    throw badUserInput(`query is 1 to ${maxQueryLength} characters of text.`, { argument: 'query' });
  }
  const filter: ListingFilter = {
    vendorId: scope.vendorId,
    sandboxKeyId: scope.sandboxKeyId,
    status: args.status,
    externalId: args.externalId,
    categorySlug: args.categorySlug,
    query,
    updatedSince: args.updatedSince,
  };
  return keysetConnection({
    sort: cursorSort,
    after,
    page: () => listingsOfVendor(ctx.database.db, { ...filter, first, after: after && { updatedAt: after[0]!, id: after[1]! } }),
    keys: (row) => row.cursorKeys,
    nodes: (rows) => rows.map(({ cursorKeys, ...node }) => node),
    count: () => countListingsOfVendor(ctx.database.db, filter),
  });
}

/** One of the caller's organization's listings, any status; null for any other id, like a missing one. */
export async function myOffering(ctx: Context, globalId: string): Promise<ListingRow | null> {
  const scope = requirePartner(ctx.actor, 'listings:read');
  const id = offeringId(globalId);
  return id ? listingOfVendor(ctx.database.db, id, scope.vendorId) : null;
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
  const errors: UserError[] = [];
  const framework: ComplianceFrameworkRow | undefined = (await ctx.loaders.catalog.frameworks()).find((row) => row.code === input.frameworkCode.trim());
  if (!framework) errors.push(userError(['input', 'frameworkCode'], 'UNKNOWN_FRAMEWORK', `No compliance framework has the code ${JSON.stringify(input.frameworkCode)}.`));
  let subjectOfferingId: string | null = null;
  if (input.offeringId != null) {
    const id = offeringId(input.offeringId);
    const listing = id ? await listingOfVendor(ctx.database.db, id, scope.vendorId) : null;
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

