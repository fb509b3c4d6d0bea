import type { CategoryRow, StackFacts, StackLineRow, VendorRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { defaultEvaluationOptions, evaluateStack, type Candidate, type EvaluationOptions, type LineInput, type RequirementFact } from './evaluator.ts';
import type { SavedStackFacts } from './loaders.ts';
import type { EvaluatedStack } from './model.ts';
import { oneTimePrice } from './money.ts';

/** What satisfies a requirement, in English: its categories, from its vendors. */
function requirementLabelEn(categories: { nameEn: string }[], vendorNames: string[]): string {
  const en = categories.map((c) => c.nameEn).join(' or ');
  return vendorNames.length === 0 ? en : `${en} from ${vendorNames.join(', ').replace(/, ([^,]*)$/, ' or $1')}`;
}

/** A requirement's text as a message quotes it after a colon: without its full stop, a capital lowered unless it starts an acronym. */
function quoted(text: string, locale: 'vi' | 'en'): string {
  const sentence = text.trim().replace(/\.$/, '');
  return /^\p{Lu}\p{Ll}/u.test(sentence) ? sentence.charAt(0).toLocaleLowerCase(locale) + sentence.slice(1) : sentence;
}

/** A requirement as the evaluator reads it (and the composer quotes it): its texts, or in English, where it has none, the names that satisfy it. */
export function requirementFact(
  requirement: StackLineRow['requirements'][number],
  categories: ReadonlyMap<number, CategoryRow>,
  vendors: ReadonlyMap<string, VendorRow>,
  options: EvaluationOptions,
): RequirementFact {
  return {
    description: quoted(requirement.description, 'vi'),
    descriptionEn: requirement.descriptionEn
      ? quoted(requirement.descriptionEn, 'en')
      : requirementLabelEn(
          requirement.categoryIds.map((id) => categories.get(id)!),
          inOrderOf(requirement.vendorIds, vendors).map((v) => v.name),
        ),
    categoryIds: requirement.categoryIds,
    vendorIds: requirement.vendorIds,
    hosting: requirement.categoryIds.some((id) => options.hostingCategories.has(categories.get(id)!.slug)),
  };
}

/** Rows of `ids` in the order of `rows` (the order the facts statement gave them). */
function inOrderOf<K, T>(ids: readonly K[], rows: ReadonlyMap<K, T>): T[] {
  const wanted = new Set(ids);
  return [...rows].filter(([id]) => wanted.has(id)).map(([, row]) => row);
}

/**
 * Evaluates several stacks from their facts (stackFacts). The vendors, data centers and suggested
 * offerings the facts bring are primed into the request's loaders, so the answer's `vendor`,
 * `dataOutsideVietnam` and `suggestions` fields need no statement of their own.
 */
export function evaluateStacks(
  ctx: Context,
  facts: StackFacts,
  stacks: {
    lines: { plan: StackLineRow; quantity: number; redundancyGroup: string | null; savedMonthlyPrice: bigint | null; savedOneTimePrice: bigint | null }[];
  }[],
): EvaluatedStack[] {
  const vendors = new Map(facts.vendors.map((v) => [v.id, v]));
  for (const vendor of facts.vendors) ctx.loaders.catalog.vendor.prime(vendor.id, vendor);
  const dataCenters = new Map(facts.dataCenters.map((dc) => [dc.id, dc]));
  for (const dc of facts.dataCenters) ctx.loaders.catalog.dataCenter.prime(dc.id, dc);
  const categories = new Map(facts.categories.map((c) => [c.id, c]));
  const options = { ...defaultEvaluationOptions, vatBasisPoints: ctx.settings.vatBasisPoints };
  const requirementsOf = new Map<string, RequirementFact[]>();
  for (const line of facts.lines) {
    if (!requirementsOf.has(line.offering.id)) {
      requirementsOf.set(line.offering.id, line.requirements.map((r) => requirementFact(r, categories, vendors, options)));
    }
  }
  const candidates = facts.candidates.map((c): Candidate => {
    ctx.loaders.catalog.offering.prime(c.offeringId, c.offering);
    return {
      offeringId: c.offeringId,
      vendorId: c.vendorId,
      categoryId: c.categoryId,
      categorySlug: categories.get(c.categoryId)!.slug,
      kind: c.offering.kind,
      lowestMonthlyPrice: c.lowestMonthlyPrice === null ? null : BigInt(c.lowestMonthlyPrice),
      dataInVietnam: c.offering.dataInVietnam,
      cities: c.cities,
      requirements: c.requirements,
    };
  });

  return stacks.map((stack) => {
    const lineDataCenters = stack.lines.map(({ plan }) => inOrderOf(plan.dataCenterIds, dataCenters));
    const inputs: LineInput[] = stack.lines.map(({ plan, quantity, redundancyGroup }, index) => {
      const offering = plan.offering;
      return {
        planId: plan.id,
        planName: plan.name,
        planNameEn: plan.nameEn,
        planRetired: plan.retired,
        monthlyPrice: BigInt(plan.monthlyPrice),
        oneTimePrice: oneTimePrice(plan),
        oneTime: plan.unit === 'ONE_TIME',
        quantity,
        redundancyGroup,
        offering: {
          id: offering.id,
          name: offering.name,
          nameEn: offering.nameEn,
          kind: offering.kind,
          categoryId: offering.categoryId,
          categorySlug: categories.get(offering.categoryId)!.slug,
          vendorId: offering.vendorId,
          published: offering.status === 'PUBLISHED',
          slaAvailability: offering.slaAvailability,
          dataCenters: lineDataCenters[index]!.map((dc) => ({ id: dc.id, city: dc.city, countryCode: dc.countryCode })),
          requirements: requirementsOf.get(offering.id)!,
          micVerified: plan.verified,
        },
      };
    });
    const evaluation = evaluateStack(inputs, candidates, options);
    const changed = stack.lines.map(
      (line) =>
        (line.savedMonthlyPrice !== null && line.savedMonthlyPrice !== BigInt(line.plan.monthlyPrice)) ||
        (line.savedOneTimePrice !== null && line.savedOneTimePrice !== oneTimePrice(line.plan)),
    );
    return {
      priceChanged: changed.some(Boolean),
      evaluation,
      vatBasisPoints: options.vatBasisPoints,
      offerings: new Map(stack.lines.map((line) => [line.plan.offering.id, line.plan.offering])),
      lines: stack.lines.map((line, index) => ({
        plan: line.plan,
        offering: line.plan.offering,
        quantity: line.quantity,
        monthlyCost: evaluation.lines[index]!.monthlyCost,
        oneTimeCost: evaluation.lines[index]!.oneTimeCost,
        available: inputs[index]!.offering.published && !line.plan.retired,
        micVerified: inputs[index]!.offering.micVerified,
        dataOutsideVietnam: evaluation.lines[index]!.dataOutside.map((dc) => dataCenters.get(dc.id)!),
        savedMonthlyPrice: line.savedMonthlyPrice,
        savedOneTimePrice: line.savedOneTimePrice,
        priceChanged: changed[index]!,
        redundancyGroup: line.redundancyGroup,
      })),
    };
  });
}

/** A saved stack from its facts: lines keep their saved prices beside today's. */
function evaluateSavedStack(ctx: Context, { stack, facts }: SavedStackFacts): EvaluatedStack {
  const plans = new Map(facts.lines.map((line) => [line.id, line]));
  const lines = stack.items.map((item) => ({
    plan: plans.get(item.planId)!,
    quantity: item.quantity,
    redundancyGroup: item.redundancyGroup,
    savedMonthlyPrice: BigInt(item.savedMonthlyPrice),
    savedOneTimePrice: BigInt(item.savedOneTimePrice),
  }));
  return evaluateStacks(ctx, facts, [{ lines }])[0]!;
}

/** A saved stack evaluated against today's catalog, once per request whatever asks (its items, its evaluation, an export). */
export function evaluatedStack(ctx: Context, id: string): Promise<EvaluatedStack> {
  const state = ctx.loaders.stacks;
  let evaluated = state.evaluations.get(id);
  if (!evaluated) {
    evaluated = state.facts.load(id).then((found) => {
      if (!found) throw new Error(`stack ${id} is missing`);
      return evaluateSavedStack(ctx, found);
    });
    state.evaluations.set(id, evaluated);
  }
  return evaluated;
}
