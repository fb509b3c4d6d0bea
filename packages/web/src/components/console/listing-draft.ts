// A listing as its form holds it (text as typed), and the API input made from it.
import type { SchemaEnum } from '../../lib/schema-enums.ts';
import type { UserError } from './user-errors.ts';

export type Kind = SchemaEnum<'OfferingKind'>;
export const KINDS = ['IAAS', 'PAAS', 'SAAS', 'SECURITY', 'SOFTWARE'] as const satisfies readonly Kind[];
export type Unit = SchemaEnum<'BillingUnit'>;
export const UNITS = ['MONTH', 'HOUR', 'GB_MONTH', 'USER_MONTH', 'ONE_TIME'] as const satisfies readonly Unit[];

/** Kinds that run on someone else's infrastructure, so they may name a cloud provider's data centers. */
export const HOSTED_KINDS: ReadonlySet<string> = new Set<Kind>(['SAAS', 'SOFTWARE', 'SECURITY']);

export interface SpecDraft {
  uid: number;
  key: string;
  value: string;
}

export interface PlanDraft {
  uid: number;
  /** the Plan it edits (for a pending edit, the published plan it updates); absent for a plan not saved yet */
  planId?: string;
  name: string;
  nameEn: string;
  price: string;
  unit: Unit;
  specs: SpecDraft[];
}

export interface ListingDraft {
  name: string;
  nameEn: string;
  summary: string;
  summaryEn: string;
  description: string;
  descriptionEn: string;
  kind: Kind | '';
  categorySlug: string;
  slaAvailability: string;
  dataCenterIds: string[];
  plans: PlanDraft[];
}

/** What a listing or its pending edit holds, as the API sends it. */
export interface ListingContent {
  name: string;
  nameEn: string | null;
  summary: string;
  summaryEn: string;
  description: string;
  descriptionEn: string | null;
  slaAvailability: string | null;
  dataCenters: readonly { id: string }[];
  plans: readonly { name: string; nameEn: string | null; unit: string; price: { amount: string }; specs: readonly { key: string; value: string }[] }[];
}

export interface PlanInput {
  name: string;
  /** empty: none */
  nameEn: string;
  price: string;
  unit: Unit;
  specs: { key: string; value: string }[];
}

export interface ListingFieldsInput {
  name?: string;
  /** empty: none (an edit removes it) */
  nameEn?: string;
  summary?: string;
  summaryEn?: string;
  description?: string;
  /** empty: none (an edit removes it) */
  descriptionEn?: string;
  slaAvailability?: string | null;
  dataCenterIds?: string[];
  plans?: PlanInput[];
}

let nextUid = 1;
const uid = () => nextUid++;

export const newSpec = (): SpecDraft => ({ uid: uid(), key: '', value: '' });
export const newPlan = (): PlanDraft => ({ uid: uid(), name: '', nameEn: '', price: '', unit: 'MONTH', specs: [] });

export function emptyDraft(): ListingDraft {
  return {
    name: '',
    nameEn: '',
    summary: '',
    summaryEn: '',
    description: '',
    descriptionEn: '',
    kind: '',
    categorySlug: '',
    slaAvailability: '',
    dataCenterIds: [],
    plans: [newPlan()],
  };
}

const asUnit = (unit: string): Unit => UNITS.find((known) => known === unit) ?? 'MONTH';

/** An SLA as the API writes it ("99.950") → as a person would type it ("99.95"). */
function slaText(sla: string | null): string {
  if (sla === null) return '';
  return sla.includes('.') ? sla.replace(/\.?0+$/, '') : sla;
}

export function draftFromContent(content: ListingContent, kind: string, categorySlug: string): ListingDraft {
  return {
    name: content.name,
    nameEn: content.nameEn ?? '',
    summary: content.summary,
    summaryEn: content.summaryEn,
    description: content.description,
    descriptionEn: content.descriptionEn ?? '',
    kind: KINDS.find((known) => known === kind) ?? '',
    categorySlug,
    slaAvailability: slaText(content.slaAvailability),
    dataCenterIds: content.dataCenters.map((dc) => dc.id),
    plans: content.plans.map((plan) => ({
      uid: uid(),
      name: plan.name,
      nameEn: plan.nameEn ?? '',
      price: plan.price.amount,
      unit: asUnit(plan.unit),
      specs: plan.specs.map((spec) => ({ uid: uid(), key: spec.key, value: spec.value })),
    })),
  };
}

/**
 * A price as typed → as the API takes it. Vietnamese write 1.250.000 (and some 1,250,000 or 1 250 000):
 * grouping by thousands is dropped; anything else goes as typed, for the API to explain.
 */
export function normalizePrice(text: string): string {
  const trimmed = text.trim();
  if (/^-?\d{1,3}([.,\s\u00a0]\d{3})+$/.test(trimmed)) return trimmed.replace(/[.,\s\u00a0]/g, '');
  return trimmed;
}

/** An SLA as typed → as the API takes it: a decimal comma (99,95) becomes a point. */
export function normalizeSla(text: string): string {
  return text.trim().replace(',', '.');
}

/** The price the API will read, for a preview beside the field; null when it is not a whole number. */
export function previewPrice(text: string): string | null {
  const normalized = normalizePrice(text);
  return /^\d{1,13}$/.test(normalized) ? normalized : null;
}

function planInputs(plans: readonly PlanDraft[]): PlanInput[] {
  return plans.map((plan) => ({
    name: plan.name,
    nameEn: plan.nameEn,
    price: normalizePrice(plan.price),
    unit: plan.unit,
    specs: plan.specs.map((spec) => ({ key: spec.key, value: spec.value })),
  }));
}

/** createOffering's input (without the kind and category, which the caller checks are chosen). */
export function createFields(draft: ListingDraft): Required<Omit<ListingFieldsInput, 'slaAvailability'>> & { slaAvailability?: string } {
  const sla = normalizeSla(draft.slaAvailability);
  return {
    name: draft.name,
    nameEn: draft.nameEn,
    summary: draft.summary,
    summaryEn: draft.summaryEn,
    description: draft.description,
    descriptionEn: draft.descriptionEn,
    ...(sla ? { slaAvailability: sla } : {}),
    dataCenterIds: draft.dataCenterIds,
    plans: planInputs(draft.plans),
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed since `baseline`: updateOffering leaves out what is absent; an emptied SLA is sent as null, which removes it. */
export function changedFields(draft: ListingDraft, baseline: ListingDraft): ListingFieldsInput {
  const now = createFields(draft);
  const before = createFields(baseline);
  const changes: ListingFieldsInput = {};
  if (now.name !== before.name) changes.name = now.name;
  if (now.nameEn !== before.nameEn) changes.nameEn = now.nameEn;
  if (now.summary !== before.summary) changes.summary = now.summary;
  if (now.summaryEn !== before.summaryEn) changes.summaryEn = now.summaryEn;
  if (now.description !== before.description) changes.description = now.description;
  if (now.descriptionEn !== before.descriptionEn) changes.descriptionEn = now.descriptionEn;
  if (now.slaAvailability !== before.slaAvailability) changes.slaAvailability = now.slaAvailability ?? null;
  if (!sameJson([...now.dataCenterIds].sort(), [...before.dataCenterIds].sort())) changes.dataCenterIds = now.dataCenterIds;
  if (!sameJson(now.plans, before.plans)) changes.plans = now.plans;
  return changes;
}

/** Whether the form differs from what was loaded or last saved. */
export function isDirty(draft: ListingDraft, baseline: ListingDraft): boolean {
  return (
    draft.kind !== baseline.kind ||
    draft.categorySlug !== baseline.categorySlug ||
    normalizeSla(draft.slaAvailability) !== normalizeSla(baseline.slaAvailability) ||
    Object.keys(changedFields(draft, baseline)).length > 0
  );
}

/** The form's name in its controls' ids ("listing-plans-0-price"), which the error summary links to. */
export const LISTING_FORM = 'listing';

/** The keys of the form's fields, which userErrors are placed at (see user-errors.ts). */
export function fieldKeys(draft: ListingDraft): Set<string> {
  const keys = new Set(['name', 'nameEn', 'summary', 'summaryEn', 'description', 'descriptionEn', 'kind', 'categorySlug', 'slaAvailability', 'dataCenterIds', 'plans']);
  draft.plans.forEach((plan, index) => {
    for (const field of ['', '.name', '.nameEn', '.price', '.unit', '.specs']) keys.add(`plans.${index}${field}`);
    plan.specs.forEach((_, specIndex) => {
      keys.add(`plans.${index}.specs.${specIndex}.key`);
      keys.add(`plans.${index}.specs.${specIndex}.value`);
    });
  });
  return keys;
}

/** What each of the form's sections edits: the draft, with the API's errors placed at their fields. */
export interface ListingSectionProps {
  draft: ListingDraft;
  onChange: (draft: ListingDraft) => void;
  /** userErrors by the form field they belong to (see user-errors.ts) */
  errors: ReadonlyMap<string, readonly UserError[]>;
}
