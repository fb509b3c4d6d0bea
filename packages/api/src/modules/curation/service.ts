import {
  allOrganizations,
  archiveByStaff,
  attestationsBySubject,
  claimForDecision,
  countReviewQueue,
  decideAttestation,
  featuredOfferingIds,
  liftSuspension,
  listingContent,
  organizationsByIds,
  restoreByStaff,
  reviewQueue,
  setFeatured,
  staffArchivedListings,
  suspendOrganization,
  vendorBySlug,
  verificationQueue,
  currentRevisionsByOfferingIds,
  countOrganizations,
  countVerificationQueue,
  type OfferingKind,
  type OrganizationSummaryRow,
  type ReviewQueueRow,
  type VerificationRow,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { listConnection, memo, pageOf, type Connection } from '../../graphql/connections.ts';
import { afterKeys, encodeCursor, pageSize } from '../../graphql/cursor.ts';
import { badUserInput } from '../../graphql/errors.ts';
import { fromGlobalId } from '../../graphql/ids.ts';
import { checkText, userError, type UserError } from '../../graphql/user-errors.ts';
import { requireStaff } from '../accounts/actor.ts';
import { notifyAttestationDecision, notifyListingArchived, notifyOrganizationSuspension } from '../partners/events.ts';
import { micFrameworkCode } from '../stacks/model.ts';
import { diffListing } from './diff.ts';

const queueSort = 'REVIEW';

interface ReviewQueueArgs {
  kind?: OfferingKind | null;
  vendorSlug?: string | null;
  minAgeDays?: number | null;
  first?: number | null;
  after?: string | null;
}

/** Staff only; the page size. */
function checkReviewArgs(ctx: Context, args: ReviewQueueArgs): number {
  requireStaff(ctx.actor);
  const first = pageSize(args.first);
  if (args.minAgeDays != null && (args.minAgeDays < 0 || args.minAgeDays > 3650)) {
    throw badUserInput('`minAgeDays` must be between 0 and 3650.', { argument: 'minAgeDays' });
  }
  return first;
}

/** The review queue's search from its arguments; null when it names a vendor that does not exist (nothing matches). */
async function reviewSearch(ctx: Context, args: ReviewQueueArgs) {
  const vendor = args.vendorSlug ? await vendorBySlug(ctx.database.db, args.vendorSlug) : null;
  if (args.vendorSlug && !vendor) return null;
  return { kind: args.kind ?? null, vendorId: vendor?.id ?? null, minAgeDays: args.minAgeDays ?? null };
}

const queueAfter = (after: string[] | null) => (after ? { submittedAt: after[0]!, offeringId: after[1]! } : null);

export async function reviewQueuePage(ctx: Context, args: ReviewQueueArgs) {
  const first = checkReviewArgs(ctx, args);
  const search = await reviewSearch(ctx, args);
  if (!search) return { items: [], totalCount: 0, endCursor: null };
  const after = afterKeys(args.after, queueSort, ['timestamptz', 'uuid']);
  const [rows, totalCount] = await Promise.all([
    reviewQueue(ctx.database.db, { ...search, first: first + 1, after: queueAfter(after) }),
    countReviewQueue(ctx.database.db, search),
  ]);
  const page = pageOf(rows, first);
  const last = page.rows.at(-1);
  return {
    items: await reviewItems(ctx, page.rows),
    totalCount,
    endCursor: page.hasNextPage && last ? encodeCursor({ sort: queueSort, keys: [last.position, last.offeringId] }) : null,
  };
}

export function reviewQueueConnection(ctx: Context, args: ReviewQueueArgs): Connection<ReviewItem> {
  checkReviewArgs(ctx, args);
  const search = memo(() => reviewSearch(ctx, args));
  return listConnection({
    sort: queueSort,
    keyTypes: ['timestamptz', 'uuid'],
    args,
    read: async (limit, after) => {
      const found = await search();
      return found ? reviewQueue(ctx.database.db, { ...found, first: limit, after: queueAfter(after) }) : [];
    },
    keys: (row) => [row.position, row.offeringId],
    nodes: (rows) => reviewItems(ctx, rows),
    count: async () => {
      const found = await search();
      return found ? countReviewQueue(ctx.database.db, found) : 0;
    },
  });
}

/** The queue's rows as ReviewItems: each listing with what it changes. */
async function reviewItems(ctx: Context, shown: ReviewQueueRow[]) {
  const revisions = await currentRevisionsByOfferingIds(
    ctx.database.db,
    shown.filter((row) => row.kind === 'EDIT').map((row) => row.offeringId),
  );
  return Promise.all(
    shown.map(async (row) => {
      const offering = (await ctx.loaders.listings.listing.load(row.offeringId))!;
      const current = await listingContent(ctx.database.db, row.offeringId);
      const proposed = row.kind === 'EDIT' ? revisions.find((revision) => revision.offeringId === row.offeringId)!.content : current;
      const diff = diffListing(row.kind === 'EDIT' ? current : null, proposed);
      return {
        offering,
        kind: row.kind,
        submittedAt: row.submittedAt,
        ageDays: Math.floor((Date.now() - row.submittedAt.getTime()) / 86_400_000),
        changes: diff.fields,
        planChanges: diff.plans,
      };
    }),
  );
}

export type ReviewItem = Awaited<ReturnType<typeof reviewItems>>[number];

export async function verificationItems(ctx: Context, first: number | null | undefined) {
  requireStaff(ctx.actor);
  return verificationItemsOf(ctx, await verificationQueue(ctx.database.db, pageSize(first)));
}

const verificationSort = 'VERIFICATION';

export function verificationQueueConnection(ctx: Context, args: { first?: number | null; after?: string | null }) {
  requireStaff(ctx.actor);
  return listConnection({
    sort: verificationSort,
    keyTypes: ['timestamptz', 'uuid'],
    args,
    read: (limit, after) => verificationQueue(ctx.database.db, limit, after && { claimedAt: after[0]!, id: after[1]! }),
    keys: (row) => [row.position, row.id],
    nodes: (rows) => verificationItemsOf(ctx, rows),
    count: () => countVerificationQueue(ctx.database.db),
  });
}

/** Claims as VerificationItems, their attestations read in one statement. */
async function verificationItemsOf(ctx: Context, rows: VerificationRow[]) {
  const attestations = await attestationsBySubject(ctx.database.db, 'attestation', rows.map((row) => row.id));
  return Promise.all(
    rows.map(async (row) => {
      const offering = row.offeringId ? await ctx.loaders.listings.listing.load(row.offeringId) : null;
      return {
        attestation: attestations.find((a) => a.id === row.id)!,
        frameworkCode: row.frameworkCode,
        vendorId: row.vendorId ?? offering!.vendorId,
        offering,
        evidenceUrl: row.evidenceUrl,
        claimedAt: row.claimedAt,
      };
    }),
  );
}

function attestationId(id: string): string | null {
  const parsed = fromGlobalId(id);
  return parsed?.type === 'Attestation' ? parsed.id : null;
}

async function decided(ctx: Context, id: string) {
  const [row] = await attestationsBySubject(ctx.database.db, 'attestation', [id]);
  return { attestation: row!, userErrors: [] as UserError[] };
}

export async function verify(
  ctx: Context,
  input: { id: string; evidenceUrl: string; validUntil: Date; groups?: { group: string; met: number }[] | null },
) {
  const staff = requireStaff(ctx.actor);
  const errors: UserError[] = [];
  const id = attestationId(input.id);
  const claim = id ? await claimForDecision(ctx.database.db, id) : null;
  if (!id || !claim) return { attestation: null, userErrors: [userError(['input', 'id'], 'NOT_FOUND', 'No claimed attestation waits with this id.')] };
  const evidence = checkText(input.evidenceUrl, ['input', 'evidenceUrl'], 500, 'The evidence URL', errors);
  if (evidence && !/^https:\/\/[^\s]+$/.test(evidence)) errors.push(userError(['input', 'evidenceUrl'], 'INVALID', 'The evidence must be an https URL.'));
  if (input.validUntil.getTime() <= Date.now()) errors.push(userError(['input', 'validUntil'], 'INVALID', 'The validity must end in the future.'));
  const groups = input.groups ?? [];
  const byGroup: Record<string, number> = {};
  groups.forEach((entry, index) => {
    const group = claim.groups.find((g) => g.code === entry.group);
    if (!group) errors.push(userError(['input', 'groups', index, 'group'], 'UNKNOWN_GROUP', `${claim.frameworkCode} has no group ${entry.group}.`));
    else if (!Number.isInteger(entry.met) || entry.met < 0 || entry.met > group.criteriaCount) {
      errors.push(userError(['input', 'groups', index, 'met'], 'OUT_OF_RANGE', `${entry.group} has ${group.criteriaCount} criteria; got ${entry.met}.`));
    } else byGroup[entry.group] = entry.met;
  });
  if (claim.frameworkCode === micFrameworkCode && errors.length === 0) {
    const short = claim.groups.filter((g) => byGroup[g.code] !== g.criteriaCount);
    if (short.length > 0) {
      errors.push(
        userError(
          ['input', 'groups'],
          'INCOMPLETE',
          `VERIFIED needs every criterion: ${short.map((g) => `${g.code} ${byGroup[g.code] ?? 0}/${g.criteriaCount}`).join(', ')}.`,
        ),
      );
    }
  }
  if (errors.length > 0) return { attestation: null, userErrors: errors };
  const criteriaMet = groups.length > 0 ? Object.values(byGroup).reduce((a, b) => a + b, 0) : claim.criteriaCount;
  await decideAttestation(ctx.database.db, id, {
    verified: true,
    userId: staff.userId,
    evidenceUrl: evidence,
    validUntil: input.validUntil.toISOString(),
    criteriaMet,
    criteriaByGroup: groups.length > 0 ? byGroup : null,
  });
  await notifyAttestationDecision(ctx, id);
  return decided(ctx, id);
}

export async function refuse(ctx: Context, args: { id: string; reason: string }) {
  const staff = requireStaff(ctx.actor);
  const errors: UserError[] = [];
  const reason = checkText(args.reason, ['reason'], 1000, 'The reason', errors);
  const id = attestationId(args.id);
  const claim = id ? await claimForDecision(ctx.database.db, id) : null;
  if (!id || !claim) return { attestation: null, userErrors: [userError(['id'], 'NOT_FOUND', 'No claimed attestation waits with this id.')] };
  if (errors.length > 0) return { attestation: null, userErrors: errors };
  await decideAttestation(ctx.database.db, id, { verified: false, userId: staff.userId, reason });
  await notifyAttestationDecision(ctx, id);
  return decided(ctx, id);
}

function organizationId(id: string): string | null {
  const parsed = fromGlobalId(id);
  return parsed?.type === 'Organization' ? parsed.id : null;
}

export async function suspend(ctx: Context, args: { id: string; reason: string }) {
  requireStaff(ctx.actor);
  const errors: UserError[] = [];
  const reason = checkText(args.reason, ['reason'], 1000, 'The reason', errors);
  const id = organizationId(args.id);
  const [organization] = id ? await organizationsByIds(ctx.database.db, [id]) : [];
  if (!organization) return { organization: null, listingsAffected: 0, userErrors: [userError(['id'], 'NOT_FOUND', 'No organization has this id.')] };
  if (errors.length > 0) return { organization: null, listingsAffected: 0, userErrors: errors };
  const result = await suspendOrganization(ctx.database.db, organization.id, reason);
  if (!result) return { organization: null, listingsAffected: 0, userErrors: [userError(['id'], 'ALREADY_SUSPENDED', 'This organization is already suspended.')] };
  ctx.log.warn({ organizationId: organization.id, hidden: result.hidden }, 'organization suspended');
  await notifyOrganizationSuspension(ctx, { organizationId: organization.id, suspended: true, reason, listingsAffected: result.hidden });
  const [after] = await organizationsByIds(ctx.database.db, [organization.id]);
  return { organization: after, listingsAffected: result.hidden, userErrors: [] };
}

export async function lift(ctx: Context, args: { id: string }) {
  requireStaff(ctx.actor);
  const id = organizationId(args.id);
  const [organization] = id ? await organizationsByIds(ctx.database.db, [id]) : [];
  if (!organization) return { organization: null, listingsAffected: 0, userErrors: [userError(['id'], 'NOT_FOUND', 'No organization has this id.')] };
  const result = await liftSuspension(ctx.database.db, organization.id);
  if (!result) return { organization: null, listingsAffected: 0, userErrors: [userError(['id'], 'NOT_SUSPENDED', 'This organization is not suspended.')] };
  await notifyOrganizationSuspension(ctx, { organizationId: organization.id, suspended: false, reason: null, listingsAffected: result.restored });
  const [after] = await organizationsByIds(ctx.database.db, [organization.id]);
  return { organization: after, listingsAffected: result.restored, userErrors: [] };
}

function offeringId(id: string): string | null {
  const parsed = fromGlobalId(id);
  return parsed?.type === 'Offering' ? parsed.id : null;
}

export async function archive(ctx: Context, args: { id: string; reason: string }) {
  requireStaff(ctx.actor);
  const errors: UserError[] = [];
  const reason = checkText(args.reason, ['reason'], 1000, 'The reason', errors);
  if (errors.length > 0) return { offering: null, userErrors: errors };
  const id = offeringId(args.id);
  const archived = id ? await archiveByStaff(ctx.database.db, id, reason) : null;
  if (!archived) return { offering: null, userErrors: [userError(['id'], 'NOT_FOUND', 'No published listing has this id.')] };
  await notifyListingArchived(ctx, archived, reason);
  return { offering: await ctx.loaders.listings.listing.load(archived), userErrors: [] };
}

export async function restore(ctx: Context, args: { id: string }) {
  requireStaff(ctx.actor);
  const id = offeringId(args.id);
  const outcome = id ? await restoreByStaff(ctx.database.db, id) : null;
  if (outcome === 'suspended') {
    return {
      offering: null,
      userErrors: [userError(['id'], 'ORGANIZATION_SUSPENDED', 'This listing’s organization is suspended; lift the suspension before restoring it.')],
    };
  }
  if (!outcome) return { offering: null, userErrors: [userError(['id'], 'NOT_FOUND', 'No listing archived by staff has this id.')] };
  return { offering: await ctx.loaders.listings.listing.load(id!), userErrors: [] };
}

export const maxFeatured = 12;

export async function feature(ctx: Context, args: { ids: string[] }) {
  const staff = requireStaff(ctx.actor);
  const errors: UserError[] = [];
  if (args.ids.length > maxFeatured) errors.push(userError(['ids'], 'TOO_MANY', `At most ${maxFeatured} listings can be featured.`));
  const ids = args.ids.map((id, index) => {
    const parsed = offeringId(id);
    if (!parsed) errors.push(userError(['ids', index], 'NOT_FOUND', `${id} is not a listing id.`));
    return parsed ?? '';
  });
  ids.forEach((id, index) => {
    if (id && ids.indexOf(id) !== index) errors.push(userError(['ids', index], 'DUPLICATE', 'This listing is already in the list.'));
  });
  if (errors.length === 0) {
    const missing = await setFeatured(ctx.database.db, ids, staff.userId);
    for (const id of missing) errors.push(userError(['ids', ids.indexOf(id)], 'NOT_FOUND', 'This is not a published listing.'));
  }
  if (errors.length > 0) return { offeringIds: [], userErrors: errors };
  return { offeringIds: await featuredOfferingIds(ctx.database.db), userErrors: [] };
}

export async function organizationsForStaff(ctx: Context) {
  requireStaff(ctx.actor);
  return organizationSummaries(ctx, await allOrganizations(ctx.database.db));
}

const organizationSort = 'ORGANIZATION_NAME';

export function organizationsConnection(ctx: Context, args: { first?: number | null; after?: string | null }) {
  requireStaff(ctx.actor);
  return listConnection({
    sort: organizationSort,
    keyTypes: ['text', 'uuid'],
    args,
    read: (limit, after) => allOrganizations(ctx.database.db, { first: limit, after: after && { name: after[0]!, id: after[1]! } }),
    keys: (row) => [row.sortName, row.id],
    nodes: (rows) => organizationSummaries(ctx, rows),
    count: () => countOrganizations(ctx.database.db),
  });
}

/** Organizations as staff see them, with the listings staff archived. */
async function organizationSummaries(ctx: Context, rows: OrganizationSummaryRow[]) {
  const [archived, organizations] = await Promise.all([
    staffArchivedListings(ctx.database.db),
    organizationsByIds(ctx.database.db, rows.map((row) => row.id)),
  ]);
  return rows.map((row) => ({
    ...row,
    organization: organizations.find((o) => o.id === row.id)!,
    archivedListings: archived.filter((listing) => listing.organizationId === row.id),
  }));
}
