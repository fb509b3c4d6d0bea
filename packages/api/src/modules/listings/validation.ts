import {
  listingDataCenters,
  slugify,
  takenOfferingSlugs,
  vendorIdsBySlugs,
  type BillingUnit,
  type CategoryRow,
  type ListingContent,
  type ListingDataCenterRow,
  type ListingPlanContent,
  type ListingRequirementContent,
  type NewListing,
  type OfferingKind,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { fromGlobalId } from '../../graphql/ids.ts';
import { checkOptionalText, checkText, userError, type UserError } from '../../graphql/user-errors.ts';

export const listingLimits = {
  name: 120,
  summary: 300,
  description: 5000,
  planName: 120,
  specKey: 60,
  specValue: 200,
  requirementDescription: 500,
  slug: 80,
  plans: 50,
  specs: 30,
  dataCenters: 50,
  requirements: 20,
  /** categories or vendors one requirement names */
  requirementChoices: 20,
  maxPrice: 10n ** 12n,
} as const;

const externalIdPattern = /^[A-Za-z0-9._:/-]{1,100}$/;

/**
 * A partner's own identifier (externalId) of a listing or a plan: 1 to 100 of A–Z a–z 0–9 . _ : / -.
 * `allowEmpty`: an edit's empty string, which removes it. Uniqueness is the database's to say (TAKEN).
 */
export function externalIdProblem(value: string, field: (string | number)[], options: { allowEmpty?: boolean } = {}): UserError | null {
  if (value === '' && options.allowEmpty) return null;
  if (value.length > 100) return userError(field, 'TOO_LONG', 'An externalId has at most 100 characters.');
  if (!externalIdPattern.test(value)) return userError(field, 'INVALID', 'An externalId is 1 to 100 of A–Z, a–z, 0–9 and . _ : / -');
  return null;
}

/** Kinds that run on someone else's infrastructure, so they may name a cloud provider's data centers. */
const hostedKinds = new Set<OfferingKind>(['SAAS', 'SOFTWARE', 'SECURITY']);

export interface PlanInput {
  name: string;
  nameEn?: string | null;
  price: string;
  unit: BillingUnit;
  specs?: { key: string; value: string }[] | null;
  externalId?: string | null;
}

export interface RequirementInput {
  description: string;
  descriptionEn?: string | null;
  categorySlugs: string[];
  vendorSlugs?: string[] | null;
}

/** The content fields of createOffering and updateOffering; in an update, absent or null leaves a field as it is, but for the SLA, which null removes. */
export interface ListingFieldsInput {
  name?: string | null;
  nameEn?: string | null;
  summary?: string | null;
  summaryEn?: string | null;
  description?: string | null;
  descriptionEn?: string | null;
  slaAvailability?: string | null;
  dataCenterIds?: string[] | null;
  plans?: PlanInput[] | null;
  requirements?: RequirementInput[] | null;
}

export interface CreateOfferingInput extends ListingFieldsInput {
  name: string;
  summary: string;
  description: string;
  kind: OfferingKind;
  categorySlug: string;
  dataCenterIds: string[];
  plans: PlanInput[];
  slug?: string | null;
  externalId?: string | null;
}

/** What validation looks up, once for a whole batch of inputs. */
export interface ListingFacts {
  categories: CategoryRow[];
  dataCenters: Map<string, ListingDataCenterRow>;
  vendorIds: Map<string, string>;
  takenSlugs: Set<string>;
}

type Path = (string | number)[];

export async function loadListingFacts(ctx: Context, inputs: readonly (ListingFieldsInput & { slug?: string | null })[]): Promise<ListingFacts> {
  const dataCenterIds = new Set<string>();
  const vendorSlugs = new Set<string>();
  const slugs = new Set<string>();
  for (const input of inputs) {
    for (const id of input.dataCenterIds?.slice(0, listingLimits.dataCenters) ?? []) {
      const parsed = fromGlobalId(id);
      if (parsed?.type === 'DataCenter') dataCenterIds.add(parsed.id);
    }
    for (const requirement of input.requirements?.slice(0, listingLimits.requirements) ?? []) {
      for (const slug of requirement.vendorSlugs?.slice(0, listingLimits.requirementChoices) ?? []) vendorSlugs.add(slug.trim());
    }
    if (input.slug) slugs.add(input.slug.trim());
  }
  const db = ctx.database.db;
  const [categories, dataCenters, vendorIds, takenSlugs] = await Promise.all([
    ctx.loaders.catalog.categories(),
    listingDataCenters(db, [...dataCenterIds]),
    vendorIdsBySlugs(db, [...vendorSlugs]),
    takenOfferingSlugs(db, [...slugs]),
  ]);
  return { categories, dataCenters: new Map(dataCenters.map((dc) => [dc.id, dc])), vendorIds, takenSlugs };
}

const oneLine = (text: string, field: Path, label: string, errors: UserError[]) => {
  if (/[\r\n]/.test(text)) errors.push(userError(field, 'INVALID', `${label} must be a single line.`));
};

function checkLine(value: string, field: Path, max: number, label: string, errors: UserError[]): string {
  const text = checkText(value, field.map(String), max, label, errors);
  oneLine(text, field, label, errors);
  return text;
}

/** An English text, optional: blank reads as none (null). */
function checkEnglish(value: string | null | undefined, field: Path, max: number, label: string, errors: UserError[], line: boolean): string | null {
  const text = checkOptionalText(value, field.map(String), max, label, errors);
  if (text !== null && line) oneLine(text, field, label, errors);
  return text;
}

const decimalParts = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Whole VND from 0 to 10^12; "1250000.00" counts as whole. */
function checkPrice(value: string, field: Path, label: string, errors: UserError[]): string {
  const parts = decimalParts.exec(value.trim());
  if (!parts || /[1-9]/.test(parts[3] ?? '')) {
    errors.push(userError(field, 'INVALID', `${label} must be a whole number of đồng, e.g. "1250000".`));
    return '0';
  }
  const amount = BigInt(parts[2]!) * (parts[1] ? -1n : 1n);
  if (amount < 0n || amount > listingLimits.maxPrice) {
    errors.push(userError(field, 'OUT_OF_RANGE', `${label} must be between 0 and 1000000000000 đồng.`));
  }
  return amount.toString();
}

/** A percentage above 0 and at most 100 with at most three decimals, written as the database keeps it. */
function checkSla(value: string, field: Path, errors: UserError[]): string | null {
  const parts = decimalParts.exec(value.trim());
  if (!parts || (parts[3] ?? '').replace(/0+$/, '').length > 3) {
    errors.push(userError(field, 'INVALID', 'The SLA availability is a percentage with at most three decimals, e.g. "99.95".'));
    return null;
  }
  const percent = Number(value);
  if (!(percent > 0 && percent <= 100)) {
    errors.push(userError(field, 'OUT_OF_RANGE', 'The SLA availability must be above 0 and at most 100 percent.'));
    return null;
  }
  return percent.toFixed(3);
}

function checkDataCenters(
  ids: readonly string[],
  facts: ListingFacts,
  listing: { kind: OfferingKind; vendorId: string },
  path: Path,
  errors: UserError[],
): string[] {
  if (ids.length > listingLimits.dataCenters) {
    errors.push(userError(path, 'TOO_MANY', `A listing names at most ${listingLimits.dataCenters} data centers.`));
    return [];
  }
  const checked: string[] = [];
  ids.forEach((id, index) => {
    const parsed = fromGlobalId(id);
    const dataCenter = parsed?.type === 'DataCenter' ? facts.dataCenters.get(parsed.id) : undefined;
    const field = [...path, index];
    if (!dataCenter) {
      errors.push(userError(field, 'UNKNOWN_DATA_CENTER', `${JSON.stringify(id)} is not a data center id.`));
    } else if (
      dataCenter.vendorId !== listing.vendorId &&
      !(hostedKinds.has(listing.kind) && dataCenter.vendorKinds.includes('CLOUD_PROVIDER'))
    ) {
      errors.push(
        userError(
          field,
          'FOREIGN_DATA_CENTER',
          hostedKinds.has(listing.kind)
            ? 'Name your own data centers or a cloud provider’s.'
            : `A ${listing.kind} listing runs in your own data centers; this one is another organization’s.`,
        ),
      );
    } else if (checked.includes(dataCenter.id)) {
      errors.push(userError(field, 'DUPLICATE', 'This data center is named twice.'));
    } else {
      checked.push(dataCenter.id);
    }
  });
  return checked;
}

function checkPlans(plans: readonly PlanInput[], path: Path, errors: UserError[]): ListingPlanContent[] {
  if (plans.length > listingLimits.plans) {
    errors.push(userError(path, 'TOO_MANY', `A listing has at most ${listingLimits.plans} plans.`));
    return [];
  }
  const seen = new Map<string, number>();
  const externalIds = new Map<string, number>();
  return plans.map((plan, index) => {
    const externalId = checkPlanExternalId(plan.externalId, [...path, index, 'externalId'], externalIds, index, errors);
    const label = `Plan ${index + 1}`;
    const checked = checkPlan(plan, [...path, index], label, errors);
    if (checked.slug && seen.has(checked.slug)) {
      errors.push(userError([...path, index, 'name'], 'DUPLICATE', `${label} has the same name as plan ${seen.get(checked.slug)! + 1}.`));
    } else if (checked.slug) {
      seen.set(checked.slug, index);
    }
    return { ...checked, externalId };
  });
}

/** Checks one plan, `label` naming it in messages; whether its name is unique in the listing is the caller's to say. */
export function checkPlan(plan: PlanInput, path: Path, label: string, errors: UserError[]): Omit<ListingPlanContent, 'externalId'> {
  const name = checkLine(plan.name, [...path, 'name'], listingLimits.planName, `${label}'s name`, errors);
  const slug = slugify(name);
  if (name && !slug) errors.push(userError([...path, 'name'], 'INVALID', `${label}'s name needs a letter or a digit.`));
  const nameEn = checkEnglish(plan.nameEn, [...path, 'nameEn'], listingLimits.planName, `${label}'s English name`, errors, true);
  const price = checkPrice(plan.price, [...path, 'price'], `${label}'s price`, errors);
  const specs = plan.specs ?? [];
  if (specs.length > listingLimits.specs) {
    errors.push(userError([...path, 'specs'], 'TOO_MANY', `A plan has at most ${listingLimits.specs} specs.`));
    return { slug, name, nameEn, price, unit: plan.unit, specs: [] };
  }
  const keys = new Set<string>();
  const checkedSpecs = specs.map((spec, specIndex) => {
    const field = [...path, 'specs', specIndex];
    const key = checkLine(spec.key, [...field, 'key'], listingLimits.specKey, `${label}'s spec key`, errors);
    const value = checkLine(spec.value, [...field, 'value'], listingLimits.specValue, `${label}'s spec value`, errors);
    if (key && keys.has(key)) errors.push(userError([...field, 'key'], 'DUPLICATE', `${label} specifies ${JSON.stringify(key)} twice.`));
    keys.add(key);
    return { key, value };
  });
  return { slug, name, nameEn, price, unit: plan.unit, specs: checkedSpecs };
}

/** A plan's externalId, unique among the plans sent; null when none is given. */
function checkPlanExternalId(value: string | null | undefined, field: Path, seen: Map<string, number>, index: number, errors: UserError[]): string | null {
  if (value == null) return null;
  const problem = externalIdProblem(value, field);
  if (problem) {
    errors.push(problem);
    return null;
  }
  if (seen.has(value)) errors.push(userError(field, 'DUPLICATE', `Plan ${index + 1} has the same externalId as plan ${seen.get(value)! + 1}.`));
  else seen.set(value, index);
  return value;
}

function checkRequirements(requirements: readonly RequirementInput[], facts: ListingFacts, path: Path, errors: UserError[]): ListingRequirementContent[] {
  if (requirements.length > listingLimits.requirements) {
    errors.push(userError(path, 'TOO_MANY', `A listing has at most ${listingLimits.requirements} requirements.`));
    return [];
  }
  return requirements.map((requirement, index) => {
    const field = [...path, index];
    const description = checkText(requirement.description, [...field, 'description'].map(String), listingLimits.requirementDescription, 'The requirement', errors);
    const descriptionEn = checkEnglish(
      requirement.descriptionEn,
      [...field, 'descriptionEn'],
      listingLimits.requirementDescription,
      'The requirement in English',
      errors,
      false,
    );
    const categoryIds: number[] = [];
    const vendorIds: string[] = [];
    const vendorSlugs = requirement.vendorSlugs ?? [];
    if (requirement.categorySlugs.length === 0) {
      errors.push(userError([...field, 'categorySlugs'], 'BLANK', 'Name at least one category that satisfies the requirement.'));
    }
    for (const [list, name] of [
      [requirement.categorySlugs, 'categorySlugs'],
      [vendorSlugs, 'vendorSlugs'],
    ] as const) {
      if (list.length > listingLimits.requirementChoices) {
        errors.push(userError([...field, name], 'TOO_MANY', `A requirement names at most ${listingLimits.requirementChoices} ${name === 'categorySlugs' ? 'categories' : 'vendors'}.`));
      }
    }
    requirement.categorySlugs.slice(0, listingLimits.requirementChoices).forEach((slug, slugIndex) => {
      const category = facts.categories.find((row) => row.slug === slug.trim());
      if (!category) errors.push(userError([...field, 'categorySlugs', slugIndex], 'UNKNOWN_CATEGORY', `No category has the slug ${JSON.stringify(slug)}.`));
      else if (!categoryIds.includes(category.id)) categoryIds.push(category.id);
    });
    vendorSlugs.slice(0, listingLimits.requirementChoices).forEach((slug, slugIndex) => {
      const vendorId = facts.vendorIds.get(slug.trim());
      if (!vendorId) errors.push(userError([...field, 'vendorSlugs', slugIndex], 'UNKNOWN_VENDOR', `No vendor has the slug ${JSON.stringify(slug)}.`));
      else if (!vendorIds.includes(vendorId)) vendorIds.push(vendorId);
    });
    return { description, descriptionEn, categoryIds, vendorIds };
  });
}

/** Checks the content fields that are given and returns them as the listing will hold them. */
export function checkListingFields(
  input: ListingFieldsInput,
  facts: ListingFacts,
  listing: { kind: OfferingKind; vendorId: string },
  path: Path,
  errors: UserError[],
): Partial<ListingContent> {
  const content: Partial<ListingContent> = {};
  if (input.name != null) content.name = checkLine(input.name, [...path, 'name'], listingLimits.name, 'The name', errors);
  if (input.nameEn != null) content.nameEn = checkEnglish(input.nameEn, [...path, 'nameEn'], listingLimits.name, 'The English name', errors, true);
  if (input.summary != null) content.summary = checkLine(input.summary, [...path, 'summary'], listingLimits.summary, 'The summary', errors);
  if (input.summaryEn != null) {
    content.summaryEn = checkEnglish(input.summaryEn, [...path, 'summaryEn'], listingLimits.summary, 'The English summary', errors, true) ?? '';
  }
  if (input.description != null) {
    content.description = checkText(input.description, [...path, 'description'].map(String), listingLimits.description, 'The description', errors);
  }
  if (input.descriptionEn != null) {
    content.descriptionEn = checkEnglish(input.descriptionEn, [...path, 'descriptionEn'], listingLimits.description, 'The English description', errors, false);
  }
  // An explicit null removes the promise; absent leaves it as it is.
  if (input.slaAvailability === null) content.slaAvailability = null;
  else if (input.slaAvailability !== undefined) content.slaAvailability = checkSla(input.slaAvailability, [...path, 'slaAvailability'], errors);
  if (input.dataCenterIds != null) content.dataCenterIds = checkDataCenters(input.dataCenterIds, facts, listing, [...path, 'dataCenterIds'], errors);
  if (input.plans != null) content.plans = checkPlans(input.plans, [...path, 'plans'], errors);
  if (input.requirements != null) content.requirements = checkRequirements(input.requirements, facts, [...path, 'requirements'], errors);
  return content;
}

/** Checks a new listing; `slugsInBatch` holds the slugs chosen by earlier items of the same request. */
export function checkNewListing(
  input: CreateOfferingInput,
  facts: ListingFacts,
  vendorId: string,
  path: Path,
  slugsInBatch: Set<string>,
  errors: UserError[],
): NewListing {
  const category = facts.categories.find((row) => row.slug === input.categorySlug.trim());
  if (!category) {
    errors.push(userError([...path, 'categorySlug'], 'UNKNOWN_CATEGORY', `No category has the slug ${JSON.stringify(input.categorySlug)}.`));
  } else if (category.kind !== input.kind) {
    errors.push(userError([...path, 'kind'], 'KIND_MISMATCH', `The category ${category.slug} holds ${category.kind} offerings, not ${input.kind}.`));
  }
  const fields = checkListingFields(input, facts, { kind: input.kind, vendorId }, path, errors);
  const content: ListingContent = {
    name: fields.name ?? '',
    nameEn: fields.nameEn ?? null,
    summary: fields.summary ?? '',
    summaryEn: fields.summaryEn ?? '',
    description: fields.description ?? '',
    descriptionEn: fields.descriptionEn ?? null,
    slaAvailability: fields.slaAvailability ?? null,
    dataCenterIds: fields.dataCenterIds ?? [],
    plans: fields.plans ?? [],
    requirements: fields.requirements ?? [],
  };
  let slug: string | null = null;
  if (input.slug != null) {
    slug = input.slug.trim();
    if (slug.length > listingLimits.slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      errors.push(userError([...path, 'slug'], 'INVALID', `A slug is 1 to ${listingLimits.slug} lower-case letters, digits and single hyphens, e.g. "cloud-server".`));
    } else if (facts.takenSlugs.has(slug) || slugsInBatch.has(slug)) {
      errors.push(userError([...path, 'slug'], 'TAKEN', `The slug ${slug} is taken; choose another or leave it out.`));
    }
    slugsInBatch.add(slug);
  }
  const externalId = input.externalId == null ? null : input.externalId;
  if (externalId !== null) {
    const problem = externalIdProblem(externalId, [...path, 'externalId']);
    if (problem) errors.push(problem);
  }
  return {
    externalId,
    vendorId,
    categoryId: category?.id ?? 0,
    kind: input.kind,
    slug,
    slugBase: slugify(content.name) || 'listing',
    content,
  };
}
