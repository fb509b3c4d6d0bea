// What a pending edit changes, field by field and plan by plan: pure, for the review queue.
import type { ListingContent, ListingPlanContent } from '@mayviet/db';

export interface FieldChange {
  field: 'name' | 'nameEn' | 'summary' | 'summaryEn' | 'description' | 'descriptionEn' | 'slaAvailability' | 'dataCenters' | 'requirements';
  before: string | null;
  after: string | null;
}

export interface PlanChange {
  change: 'ADDED' | 'REMOVED' | 'CHANGED';
  before: ListingPlanContent | null;
  after: ListingPlanContent | null;
}

const textFields = ['name', 'nameEn', 'summary', 'summaryEn', 'description', 'descriptionEn', 'slaAvailability'] as const;

const sameSpecs = (a: ListingPlanContent, b: ListingPlanContent) =>
  JSON.stringify([...a.specs].sort((x, y) => x.key.localeCompare(y.key))) === JSON.stringify([...b.specs].sort((x, y) => x.key.localeCompare(y.key)));

/** The changes from `before` (the published listing; null for a new one) to `after`. */
export function diffListing(before: ListingContent | null, after: ListingContent): { fields: FieldChange[]; plans: PlanChange[] } {
  const fields: FieldChange[] = [];
  for (const field of textFields) {
    const old = before?.[field] ?? null;
    if (old !== after[field]) fields.push({ field, before: old, after: after[field] });
  }
  const centers = (content: ListingContent | null) => (content ? [...content.dataCenterIds].sort().join(',') : null);
  if (centers(before) !== centers(after)) fields.push({ field: 'dataCenters', before: centers(before), after: centers(after) });
  // Each requirement in one order of keys: a revision's content comes back from jsonb with its keys reordered.
  const needs = (content: ListingContent | null) =>
    content
      ? JSON.stringify(
          content.requirements.map(({ description, descriptionEn, categoryIds, vendorIds }) => ({ description, descriptionEn, categoryIds, vendorIds })),
        )
      : null;
  if (needs(before) !== needs(after)) fields.push({ field: 'requirements', before: needs(before), after: needs(after) });

  const plans: PlanChange[] = [];
  const oldPlans = new Map((before?.plans ?? []).map((plan) => [plan.slug, plan]));
  for (const plan of after.plans) {
    const old = oldPlans.get(plan.slug);
    if (!old) plans.push({ change: 'ADDED', before: null, after: plan });
    else if (old.name !== plan.name || old.nameEn !== plan.nameEn || old.price !== plan.price || old.unit !== plan.unit || !sameSpecs(old, plan)) {
      plans.push({ change: 'CHANGED', before: old, after: plan });
    }
    oldPlans.delete(plan.slug);
  }
  for (const old of oldPlans.values()) plans.push({ change: 'REMOVED', before: old, after: null });
  return { fields, plans };
}
