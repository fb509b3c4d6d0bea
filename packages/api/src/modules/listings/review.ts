import { changeListing, changeRevision, currentRevisionsByOfferingIds, listingOfVendor, plansByOfferingIds, writeListingContent } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { checkText, userError, type UserError } from '../../graphql/user-errors.ts';
import { requirePartner, requireStaff, type PartnerScope } from '../accounts/actor.ts';
import { notifyListingDecision } from '../partners/service.ts';
import { accepted, offeringId, refused, type OfferingResult } from './results.ts';

const maxReasonLength = 2000;

const unpublishable = userError(['id'], 'NO_PLANS', 'This listing has no plan and cannot be published: reject it so the partner adds one.');

/** What staff decided about a listing, for the organization's webhook. */
export interface ListingDecision {
  vendorId: string;
  offeringId: string;
  slug: string;
  approved: boolean;
  reason: string | null;
  /** true when the decision was about an edit of a published listing */
  revision: boolean;
  /** a TEST key's simulated decision on its sandbox listing: the webhook says "test": true */
  sandbox: boolean;
}

/**
 * Who decides: staff, on live listings; or a TEST key, on its own sandbox listings only (the review
 * simulation: nobody reviews a sandbox, so the integration plays the reviewer).
 */
function reviewerOf(ctx: Context): { staffUserId: string | null; sandbox: PartnerScope | null } {
  if (ctx.actor.kind === 'apiKey' && ctx.actor.key.mode === 'TEST') return { staffUserId: null, sandbox: requirePartner(ctx.actor, 'listings:write') };
  return { staffUserId: requireStaff(ctx.actor).userId, sandbox: null };
}

/**
 * Staff approve or reject what is in review: the listing itself or its pending edit. The status is
 * checked and changed under the listing's row lock, so of two decisions at once one wins and the other
 * finds nothing in review. A sandbox listing approved goes back to DRAFT: it is never published.
 */
async function decide(ctx: Context, globalId: string, decision: { approve: true } | { approve: false; reason: string }): Promise<OfferingResult> {
  const reviewer = reviewerOf(ctx);
  const errors: UserError[] = [];
  const reason = decision.approve ? null : checkText(decision.reason, ['reason'], maxReasonLength, 'The reason', errors);
  if (errors.length > 0) return refused(...errors);
  const id = offeringId(globalId);
  const missing = userError(['id'], 'NOT_FOUND', 'No listing has this id.');
  if (!id) return refused(missing);
  const outcome = await ctx.database.db.transaction(async (tx): Promise<{ result: OfferingResult; decided?: ListingDecision }> => {
    const listing = await listingOfVendor(tx, id, reviewer.sandbox, { lock: true });
    if (!listing) return { result: refused(missing) };
    const sandbox = listing.sandboxKeyId !== null;
    const decided = { vendorId: listing.vendorId, offeringId: listing.id, slug: listing.slug, approved: decision.approve, reason, sandbox };
    if (listing.status === 'IN_REVIEW') {
      if (decision.approve && (await plansByOfferingIds(tx, [listing.id])).length === 0) return { result: refused(unpublishable) };
      const approval = sandbox
        ? ({ status: 'DRAFT', touch: true, rejectionReason: null } as const)
        : ({ status: 'PUBLISHED', published: true, bumpVersion: true, touch: true, rejectionReason: null } as const);
      const changed = decision.approve
        ? await changeListing(tx, listing.id, approval)
        : await changeListing(tx, listing.id, { status: 'REJECTED', rejectionReason: reason, touch: true });
      return { result: accepted(changed), decided: { ...decided, revision: false } };
    }
    const [revision] = listing.status === 'PUBLISHED' ? await currentRevisionsByOfferingIds(tx, [listing.id]) : [];
    if (revision?.status !== 'IN_REVIEW') {
      return { result: refused(userError(['id'], 'NOT_IN_REVIEW', `This listing is ${listing.status} and has no edit in review.`)) };
    }
    if (!decision.approve) {
      await changeRevision(tx, revision.id, { status: 'REJECTED', rejectionReason: reason, decided: true });
      return { result: accepted(listing), decided: { ...decided, revision: true } };
    }
    if (revision.content.plans.length === 0) return { result: refused(unpublishable) };
    await writeListingContent(tx, listing.id, revision.content);
    await changeRevision(tx, revision.id, { status: 'APPROVED', decided: true });
    const changed = await changeListing(tx, listing.id, { bumpVersion: true, touch: true });
    return { result: accepted(changed), decided: { ...decided, revision: true } };
  });
  if (outcome.decided) {
    ctx.log.info({ ...outcome.decided, staffUserId: reviewer.staffUserId }, outcome.decided.approved ? 'listing approved' : 'listing rejected');
    await notifyListingDecision(ctx, outcome.decided);
  }
  return outcome.result;
}

export const approveOffering = (ctx: Context, id: string) => decide(ctx, id, { approve: true });
export const rejectOffering = (ctx: Context, id: string, reason: string) => decide(ctx, id, { approve: false, reason });
