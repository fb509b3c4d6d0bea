import {
  changeListing,
  changePlan,
  currentRevisionsByOfferingIds,
  insertPlan,
  listingContent,
  livePlansOfListing,
  lockExternalIds,
  lockListingInScope,
  planExternalIdInListing,
  planExternalIdTaken,
  planInScope,
  retirePlanRow,
  saveRevision,
  slugify,
  type BillingUnit,
  type Db,
  type EditablePlanRow,
  type ListingContent,
  type ListingPlanContent,
  type ListingRow,
  type PlanChange,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { fromGlobalId } from '../../graphql/ids.ts';
import { userError, type UserError } from '../../graphql/user-errors.ts';
import { requirePartner, type PartnerScope } from '../accounts/actor.ts';
import { accepted, notFound, offeringId, refused, staleVersion, type OfferingResult } from './results.ts';
import { checkPlan, externalIdProblem, listingLimits, type PlanInput } from './validation.ts';

// addPlan, updatePlan and retirePlan: one plan at a time, so that changing a price never touches the specs.
// A draft (or rejected) listing's plan rows change in place; a published listing's pending edit changes, and
// the public listing only when staff approve it.

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Path = (string | number)[];

/** How one plan edit changes a listing, in each of the two places a partner's edit lives. */
interface PlanEdit {
  /** A draft's rows: the refusals, or nothing after the change is written. Refusals come before any write. */
  rows(tx: Tx, listing: ListingRow): Promise<UserError[]>;
  /** A published listing's pending edit: its new content, or the refusals. */
  revision(tx: Tx, listing: ListingRow, content: ListingContent): Promise<ListingContent | UserError[]>;
}

const planNotFound = (field: Path) => userError(field, 'NOT_FOUND', 'Your organization has no current plan with this id.');
const inState = (field: Path, listing: ListingRow, what: string) => userError(field, 'INVALID_STATE', `This listing is ${listing.status}: ${what}`);
const duplicateName = (field: Path) => userError(field, 'DUPLICATE', 'Another plan of this listing has this name (up to case and diacritics).');
const externalIdTaken = (field: Path) => userError(field, 'TAKEN', 'Another plan of your organization has this externalId.');

/**
 * Whether a plan externalId is used by another plan: of another listing of the organization (in this sandbox),
 * of this listing's rows but `exceptPlanId`, or of the draft plans `others` (a pending edit's). Holds the
 * organization's external ids until the transaction ends, so two requests cannot both take one.
 */
async function planExternalIdUsed(
  tx: Tx,
  scope: PartnerScope,
  listing: ListingRow,
  externalId: string,
  exceptPlanId: string | null,
  others: readonly ListingPlanContent[] = [],
): Promise<boolean> {
  await lockExternalIds(tx, scope.vendorId);
  return (
    others.some((draft) => draft.externalId === externalId) ||
    (await planExternalIdInListing(tx, listing.id, externalId, exceptPlanId)) ||
    (await planExternalIdTaken(tx, scope.vendorId, scope.sandboxKeyId, externalId, listing.id))
  );
}

/** Runs one plan edit on the caller's listing, locked, in the place its status says. */
async function editPlans(
  ctx: Context,
  scope: PartnerScope,
  /** `unchanged`: the edit changes nothing, so the listing is answered as it is, without a new version */
  target: { offeringId: string; field: string[]; version?: number | null; unchanged?: boolean },
  edit: PlanEdit,
): Promise<OfferingResult> {
  return ctx.database.db.transaction(async (tx) => {
    const listing = await lockListingInScope(tx, target.offeringId, scope);
    if (!listing) return refused(notFound(target.field));
    if (target.version != null && target.version !== listing.version) return refused(staleVersion(target.version, listing.version));
    if (target.unchanged) return accepted(listing);
    switch (listing.status) {
      case 'DRAFT':
      case 'REJECTED': {
        const errors = await edit.rows(tx, listing);
        if (errors.length > 0) return refused(...errors);
        return accepted(await changeListing(tx, listing.id, { status: 'DRAFT', bumpVersion: true, touch: true }));
      }
      case 'PUBLISHED': {
        const [revision] = await currentRevisionsByOfferingIds(tx, [listing.id]);
        if (revision?.status === 'IN_REVIEW') return refused(inState(target.field, listing, 'its edit is in review; withdraw the edit to change it.'));
        const content = await edit.revision(tx, listing, revision?.content ?? (await listingContent(tx, listing.id)));
        if (Array.isArray(content)) return refused(...content);
        await saveRevision(tx, { offeringId: listing.id, baseVersion: listing.version, content, userId: scope.userId });
        return accepted(await changeListing(tx, listing.id, { bumpVersion: true }));
      }
      case 'IN_REVIEW':
        return refused(inState(target.field, listing, 'withdraw it from review to edit its plans.'));
      case 'ARCHIVED':
        return refused(inState(target.field, listing, 'an archived listing cannot be edited.'));
    }
  });
}

/** The caller's current plan with this global id, or null: another organization's, retired or missing alike. */
async function planOfCaller(db: Db, scope: PartnerScope, globalId: string): Promise<EditablePlanRow | null> {
  const parsed = fromGlobalId(globalId);
  if (parsed?.type !== 'Plan') return null;
  const plan = await planInScope(db, parsed.id, scope);
  return plan && !plan.retired ? plan : null;
}

/** Where a published plan sits in a pending edit: the draft plan that will update it (PlanDraft.plan). */
const draftIndexOf = (content: ListingContent, plan: EditablePlanRow) => content.plans.findIndex((draft) => draft.slug === slugify(plan.name));

/** Whether a name clashes with another plan of a pending edit: by its name, or by the published plan it updates. */
const nameTakenInDraft = (content: ListingContent, slug: string, exceptIndex: number) =>
  content.plans.some((draft, index) => index !== exceptIndex && (draft.slug === slug || slugify(draft.name) === slug));

export interface AddPlanInput {
  offeringId: string;
  version?: number | null;
  plan: PlanInput & { externalId?: string | null };
}

export async function addPlan(ctx: Context, input: AddPlanInput): Promise<OfferingResult> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  const field = ['input', 'offeringId'];
  const id = offeringId(input.offeringId);
  if (!id) return refused(notFound(field));
  const path: Path = ['input', 'plan'];
  const errors: UserError[] = [];
  const plan = checkPlan(input.plan, path, 'The plan', errors);
  const externalId = input.plan.externalId ?? null;
  const externalIdError = externalId === null ? null : externalIdProblem(externalId, [...path, 'externalId']);
  if (externalIdError) errors.push(externalIdError);
  if (errors.length > 0) return refused(...errors);
  const tooMany = userError(['input', 'plan'], 'TOO_MANY', `A listing has at most ${listingLimits.plans} plans.`);

  const result = await editPlans(ctx, scope, { offeringId: id, field, version: input.version }, {
    async rows(tx, listing) {
      const live = await livePlansOfListing(tx, listing.id);
      if (live.length >= listingLimits.plans) return [tooMany];
      if (live.some((row) => slugify(row.name) === plan.slug)) return [duplicateName([...path, 'name'])];
      if (externalId && (await planExternalIdUsed(tx, scope, listing, externalId, null))) return [externalIdTaken([...path, 'externalId'])];
      await insertPlan(tx, listing.id, plan, externalId);
      return [];
    },
    async revision(tx, listing, content) {
      if (content.plans.length >= listingLimits.plans) return [tooMany];
      if (nameTakenInDraft(content, plan.slug, -1)) return [duplicateName([...path, 'name'])];
      if (externalId && (await planExternalIdUsed(tx, scope, listing, externalId, null, content.plans))) return [externalIdTaken([...path, 'externalId'])];
      return { ...content, plans: [...content.plans, { ...plan, externalId }] };
    },
  });
  if (result.offering) ctx.log.info({ offeringId: id, status: result.offering.status }, 'plan added');
  return result;
}

export interface UpdatePlanInput {
  planId: string;
  version?: number | null;
  name?: string | null;
  nameEn?: string | null;
  price?: string | null;
  unit?: BillingUnit | null;
  specs?: { key: string; value: string }[] | null;
  externalId?: string | null;
}

/** The change an updatePlan asks for, checked as createOffering checks a plan; only the fields given. */
function checkPlanChange(input: UpdatePlanInput, errors: UserError[]): { change: PlanChange; slug: string | null } {
  // Fields not given are checked as harmless stand-ins and left out of the change.
  const checked = checkPlan(
    { name: input.name ?? 'plan', nameEn: input.nameEn, price: input.price ?? '0', unit: input.unit ?? 'MONTH', specs: input.specs },
    ['input'],
    'The plan',
    errors,
  );
  const change: PlanChange = {};
  if (input.name != null) change.name = checked.name;
  if (input.nameEn != null) change.nameEn = checked.nameEn;
  if (input.price != null) change.price = checked.price;
  if (input.unit != null) change.unit = checked.unit;
  if (input.specs != null) change.specs = checked.specs;
  if (input.externalId != null) {
    const problem = externalIdProblem(input.externalId, ['input', 'externalId'], { allowEmpty: true });
    if (problem) errors.push(problem);
    change.externalId = input.externalId === '' ? null : input.externalId;
  }
  return { change, slug: input.name != null ? checked.slug : null };
}

function changedDraft(draft: ListingPlanContent, change: PlanChange): ListingPlanContent {
  // The draft keeps its slug, its link to the published plan it updates, even when renamed.
  const changed = { ...draft };
  if (change.name !== undefined) changed.name = change.name;
  if (change.nameEn !== undefined) changed.nameEn = change.nameEn;
  if (change.price !== undefined) changed.price = change.price;
  if (change.unit !== undefined) changed.unit = change.unit;
  if (change.specs !== undefined) changed.specs = change.specs;
  if (change.externalId !== undefined) changed.externalId = change.externalId;
  return changed;
}

export async function updatePlan(ctx: Context, input: UpdatePlanInput): Promise<OfferingResult> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  const field = ['input', 'planId'];
  const errors: UserError[] = [];
  const { change, slug } = checkPlanChange(input, errors);
  const found = await planOfCaller(ctx.database.db, scope, input.planId);
  if (!found) return refused(planNotFound(field));
  if (errors.length > 0) return refused(...errors);
  const externalId = change.externalId;

  const unchanged = Object.keys(change).length === 0;
  return editPlans(ctx, scope, { offeringId: found.offeringId, field, version: input.version, unchanged }, {
    async rows(tx, listing) {
      const plan = await planOfCaller(tx, scope, input.planId);
      if (!plan) return [planNotFound(field)];
      const others = (await livePlansOfListing(tx, plan.offeringId)).filter((row) => row.id !== plan.id);
      if (slug && others.some((row) => slugify(row.name) === slug)) return [duplicateName(['input', 'name'])];
      if (externalId && (await planExternalIdUsed(tx, scope, listing, externalId, plan.id))) return [externalIdTaken(['input', 'externalId'])];
      await changePlan(tx, plan.id, change);
      return [];
    },
    async revision(tx, listing, content) {
      const plan = await planOfCaller(tx, scope, input.planId);
      const index = plan ? draftIndexOf(content, plan) : -1;
      if (!plan || index < 0) return [planNotFound(field)];
      if (slug && nameTakenInDraft(content, slug, index)) return [duplicateName(['input', 'name'])];
      const otherDrafts = content.plans.filter((_, other) => other !== index);
      if (externalId && (await planExternalIdUsed(tx, scope, listing, externalId, plan.id, otherDrafts))) return [externalIdTaken(['input', 'externalId'])];
      return { ...content, plans: content.plans.map((draft, other) => (other === index ? changedDraft(draft, change) : draft)) };
    },
  });
}

export async function retirePlan(ctx: Context, input: { planId: string; version?: number | null }): Promise<OfferingResult> {
  const scope = requirePartner(ctx.actor, 'listings:write');
  const field = ['input', 'planId'];
  const found = await planOfCaller(ctx.database.db, scope, input.planId);
  if (!found) return refused(planNotFound(field));
  const result = await editPlans(ctx, scope, { offeringId: found.offeringId, field, version: input.version }, {
    async rows(tx) {
      const plan = await planOfCaller(tx, scope, input.planId);
      if (!plan) return [planNotFound(field)];
      await retirePlanRow(tx, plan.id);
      return [];
    },
    async revision(tx, _listing, content) {
      const plan = await planOfCaller(tx, scope, input.planId);
      const index = plan ? draftIndexOf(content, plan) : -1;
      if (!plan || index < 0) return [planNotFound(field)];
      if (content.plans.length === 1) {
        return [userError(field, 'NO_PLANS', 'This is the listing’s last plan: a published listing keeps at least one. Add another first.')];
      }
      return { ...content, plans: content.plans.filter((_, other) => other !== index) };
    },
  });
  if (result.offering) ctx.log.info({ offeringId: found.offeringId, status: result.offering.status }, 'plan retired');
  return result;
}
