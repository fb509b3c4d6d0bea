// What saving the listing form would do to its plans, worked out before anything is sent: the specs an
// updateOffering(plans:) would drop (it replaces the whole list), and whether the edit is one plan's price alone,
// which updatePlan changes without sending the rest.
import { normalizePrice, type ListingDraft, type PlanDraft } from './listing-draft.ts';

/** A plan whose specs saving would lose: all of them when the plan is removed. */
export interface SpecLoss {
  plan: string;
  removed: boolean;
  specs: { key: string; value: string }[];
}

/**
 * The draft with each plan's id: a saved plan's own, or, in a pending edit, the published plan it updates
 * (PlanDraft.plan). Kept out of draftFromContent, whose chunk the staff console shares.
 */
export function withPlanIds(draft: ListingDraft, plans: readonly { id?: string; plan?: { id: string } | null }[]): ListingDraft {
  return { ...draft, plans: draft.plans.map((plan, index) => ({ ...plan, planId: plans[index]?.id ?? plans[index]?.plan?.id })) };
}

const hasSpecs = (plan: PlanDraft) => plan.specs.some((spec) => spec.key.trim() !== '');

/** The specs a plan of `baseline` has that the same plan (by its form row) no longer has in `draft`, or all of a removed plan's. */
export function specsDropped(baseline: ListingDraft, draft: ListingDraft): SpecLoss[] {
  const losses: SpecLoss[] = [];
  for (const before of baseline.plans) {
    if (!hasSpecs(before)) continue;
    const after = draft.plans.find((plan) => plan.uid === before.uid);
    const kept = new Set(after?.specs.map((spec) => spec.key.trim()) ?? []);
    const lost = before.specs.filter((spec) => spec.key.trim() !== '' && !kept.has(spec.key.trim())).map(({ key, value }) => ({ key, value }));
    if (lost.length > 0) losses.push({ plan: before.name, removed: !after, specs: lost });
  }
  return losses;
}

const samePlanBesidesPrice = (a: PlanDraft, b: PlanDraft) =>
  a.uid === b.uid && a.name === b.name && a.nameEn === b.nameEn && a.unit === b.unit && JSON.stringify(a.specs) === JSON.stringify(b.specs);

/**
 * The one plan whose price alone changed, when that is the form's only change: updatePlan's input, and the
 * plan's place in the form (where updatePlan's userErrors, at ["input", "price"], belong).
 * Null for any other edit, or a plan without an id yet (a plan added to a pending edit).
 */
export function singlePriceChange(baseline: ListingDraft, draft: ListingDraft): { planId: string; price: string; index: number } | null {
  const { plans: before, ...restBefore } = baseline;
  const { plans: after, ...restAfter } = draft;
  if (JSON.stringify(restBefore) !== JSON.stringify(restAfter) || before.length !== after.length) return null;
  const changed = after.filter((plan, index) => normalizePrice(plan.price) !== normalizePrice(before[index]!.price));
  if (changed.length !== 1 || !after.every((plan, index) => samePlanBesidesPrice(plan, before[index]!))) return null;
  const plan = changed[0]!;
  return plan.planId ? { planId: plan.planId, price: normalizePrice(plan.price), index: after.indexOf(plan) } : null;
}

/** An updatePlan userError placed at the form's plan, as updateOffering would have placed it. */
export function atFormPlan<T extends { field?: readonly string[] | null }>(error: T, index: number): T {
  const [first, ...rest] = error.field ?? [];
  return first === 'input' && rest[0] !== 'version' && rest[0] !== 'planId' ? { ...error, field: ['input', 'plans', String(index), ...rest] } : error;
}
