import {
  changeListing,
  currentRevisionsByOfferingIds,
  listingContent,
  listingsByExternalIds,
  lockExternalIds,
  planExternalIdOwners,
  saveRevision,
  setListingExternalId,
  writeListingContent,
  type Db,
  type ListingContent,
  type ListingPlanContent,
  type ListingRow,
} from '@mayviet/db';
import { userError, type UserError } from '../../graphql/user-errors.ts';
import type { PartnerScope } from '../accounts/actor.ts';
import { accepted, invalidState, refused, type OfferingResult } from './results.ts';

// What updateOffering and importOfferings(mode: UPSERT) share: writing an edit to a listing, and the
// organization's external ids, which no other listing may use.

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Path = (string | number)[];

/**
 * TAKEN for each externalId (the listing's, its plans') another listing of the organization in the same
 * sandbox uses. Takes the organization's external-id lock first, so the check holds until the transaction ends.
 */
export async function externalIdConflicts(
  tx: Tx,
  scope: PartnerScope,
  offeringId: string | null,
  externalId: string | null | undefined,
  plans: readonly ListingPlanContent[] | undefined,
  path: Path,
): Promise<UserError[]> {
  const planIds = (plans ?? []).map((plan) => plan.externalId).filter((id): id is string => id !== null);
  if (!externalId && planIds.length === 0) return [];
  await lockExternalIds(tx, scope.vendorId);
  const errors: UserError[] = [];
  if (externalId) {
    const owners = await listingsByExternalIds(tx, scope.vendorId, scope.sandboxKeyId, [externalId]);
    if (owners.some((row) => row.id !== offeringId)) {
      errors.push(userError([...path, 'externalId'], 'TAKEN', `Another listing of your organization has the externalId ${externalId}.`));
    }
  }
  const taken = new Set((await planExternalIdOwners(tx, scope.vendorId, scope.sandboxKeyId, planIds, offeringId)).map((row) => row.externalId));
  plans?.forEach((plan, index) => {
    if (plan.externalId !== null && taken.has(plan.externalId)) {
      errors.push(userError([...path, 'plans', index, 'externalId'], 'TAKEN', `A plan of another listing of your organization has the externalId ${plan.externalId}.`));
    }
  });
  return errors;
}

/**
 * An edit's plans without an externalId keep the one of the current plan of the same name, unless another
 * plan of the edit claims it (then that plan takes the current plan's row).
 */
export function keepPlanExternalIds(plans: readonly ListingPlanContent[], current: readonly ListingPlanContent[]): ListingPlanContent[] {
  const claimed = new Set(plans.map((plan) => plan.externalId).filter((id) => id !== null));
  const byName = new Map(current.map((plan) => [plan.slug, plan.externalId]));
  return plans.map((plan) => {
    const kept = plan.externalId === null ? byName.get(plan.slug) : null;
    return kept && !claimed.has(kept) ? { ...plan, externalId: kept } : plan;
  });
}

/** A listing's content written the same way whatever order the sets came in: what decides UNCHANGED. */
function normalized(content: ListingContent): string {
  return JSON.stringify([
    content.name,
    content.nameEn,
    content.summary,
    content.summaryEn,
    content.description,
    content.descriptionEn,
    content.slaAvailability,
    [...content.dataCenterIds].sort(),
    content.plans.map((plan) => [plan.name, plan.nameEn, plan.price, plan.unit, plan.externalId, plan.specs.map((spec) => [spec.key, spec.value])]),
    content.requirements.map((requirement) => [
      requirement.description,
      requirement.descriptionEn,
      [...requirement.categoryIds].sort((a, b) => a - b),
      [...requirement.vendorIds].sort(),
    ]),
  ]);
}

export type EditOutcome = 'UPDATED' | 'UNCHANGED';

/**
 * Writes an edit to a listing locked in `tx`. Drafts and rejected listings change in place (a rejected one
 * becomes a draft again); a published listing's edit is kept as its pending revision. `externalId`: undefined
 * leaves it, null removes it. `unchangedWhenSame`: content equal to the current one writes nothing (UNCHANGED).
 */
export async function editListing(
  tx: Tx,
  scope: PartnerScope,
  listing: ListingRow,
  edit: { changes: Partial<ListingContent>; externalId?: string | null; path: Path; unchangedWhenSame: boolean },
): Promise<{ result: OfferingResult; outcome: EditOutcome }> {
  const externalIdChanges = edit.externalId !== undefined && edit.externalId !== listing.externalId;
  const unchanged = { result: accepted(listing), outcome: 'UNCHANGED' as const };
  if (!edit.unchangedWhenSame && Object.keys(edit.changes).length === 0 && !externalIdChanges) return unchanged;
  const refuse = (error: UserError) => ({ result: refused(error), outcome: 'UNCHANGED' as const });
  if (listing.status === 'IN_REVIEW') return refuse(invalidState(listing, 'withdraw it from review to edit it.'));
  if (listing.status === 'ARCHIVED') return refuse(invalidState(listing, 'an archived listing cannot be edited.'));
  const [revision] = listing.status === 'PUBLISHED' ? await currentRevisionsByOfferingIds(tx, [listing.id]) : [];
  if (revision?.status === 'IN_REVIEW') return refuse(invalidState(listing, 'its edit is in review; withdraw the edit to change it.'));
  const base = revision?.content ?? (await listingContent(tx, listing.id));
  const changes = edit.changes.plans ? { ...edit.changes, plans: keepPlanExternalIds(edit.changes.plans, base.plans) } : edit.changes;
  const content = { ...base, ...changes };
  const contentChanges = edit.unchangedWhenSame ? normalized(content) !== normalized(base) : Object.keys(changes).length > 0;
  if (!contentChanges && !externalIdChanges) return unchanged;
  const conflicts = await externalIdConflicts(tx, scope, listing.id, externalIdChanges ? edit.externalId : undefined, changes.plans, edit.path);
  if (conflicts.length > 0) return { result: refused(...conflicts), outcome: 'UNCHANGED' };
  if (externalIdChanges) await setListingExternalId(tx, listing.id, edit.externalId ?? null);
  if (listing.status === 'PUBLISHED') {
    if (contentChanges) await saveRevision(tx, { offeringId: listing.id, baseVersion: listing.version, content, userId: scope.userId });
    return { result: accepted(await changeListing(tx, listing.id, { bumpVersion: true })), outcome: 'UPDATED' };
  }
  if (contentChanges) await writeListingContent(tx, listing.id, changes);
  return { result: accepted(await changeListing(tx, listing.id, { status: 'DRAFT', bumpVersion: true, touch: true })), outcome: 'UPDATED' };
}
