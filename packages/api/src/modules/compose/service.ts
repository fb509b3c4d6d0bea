import { blueprintBySlug, stackFacts, vendorsBySlugs, type BlueprintNeedRow, type CategoryRow, type StackFacts, type VendorRow } from '@mayviet/db';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context.ts';
import { badUserInputOf } from '../../graphql/errors.ts';
import type { ComposeStackInput, StackConstraintsInput } from '../../graphql/resolvers.generated.ts';
import { userError, type UserError } from '../../graphql/user-errors.ts';
import { evaluateStacks } from '../stacks/evaluation.ts';
import { defaultEvaluationOptions, type EvaluationOptions } from '../stacks/evaluator.ts';
import { micFrameworkCode, stackFixRules, type EvaluatedStack } from '../stacks/model.ts';
import { maxQuantity } from '../stacks/service.ts';
import { loadCandidates } from './catalogue.ts';
import { cheapestRelaxationFirst, explainBlocker, explainLine } from './explain.ts';
import type { ComposedStackView, CompositionView } from './model.ts';
import { CompositionLimitError, composeStacks, defaultCompositionLimits } from './optimizer.ts';
import { stackLayers, type ComposeConstraints, type ComposeNeed, type ComposeProblem } from './problem.ts';

/** At most this many needs, after merging the blueprint's with those added: the model grows with them. */
export const maxNeeds = 20;
export const maxVendorsAllowed = 50;
/** At most this many vendors to exclude (there are far fewer vendors; a longer list is not a request a buyer sends). */
export const maxExcludedVendors = 200;

interface CheckedInput {
  needs: BlueprintNeedRow[];
  constraints: ComposeConstraints;
  excluded: VendorRow[];
}

const constraintField = (name: keyof StackConstraintsInput) => ['input', 'constraints', name];

/** A Decimal in whole VND, at least 0; null (with an error) otherwise. */
function checkBudget(value: string | null | undefined, name: 'maxMonthlyTotal' | 'maxFirstYearTotal', label: string, errors: UserError[]): bigint | null {
  if (value == null) return null;
  if (!/^\d{1,18}$/.test(value)) {
    errors.push(userError(constraintField(name), 'INVALID_BUDGET', `${label} must be a whole number of VND from 0 to 999,999,999,999,999,999; got ${value}.`));
    return null;
  }
  return BigInt(value);
}

/** A percent above 0 and at most 100, with at most three decimals, normalised ("99.950" → "99.95"). */
function checkAvailability(value: string | null | undefined, errors: UserError[]): string | null {
  if (value == null) return null;
  const match = /^(\d{1,3})(?:\.(\d{1,3}))?$/.exec(value);
  const thousandths = match ? Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0')) : -1;
  if (thousandths <= 0 || thousandths > 100_000) {
    errors.push(
      userError(
        constraintField('minAvailability'),
        'INVALID_AVAILABILITY',
        `The minimum availability must be a percent above 0 and at most 100, with at most three decimals (e.g. "99.95"); got ${value}.`,
      ),
    );
    return null;
  }
  const fraction = String(thousandths % 1000).padStart(3, '0').replace(/0+$/, '');
  return fraction ? `${Math.floor(thousandths / 1000)}.${fraction}` : String(thousandths / 1000);
}

/** Checks the whole input, reading the blueprint, the vendors and the frameworks it names; throws BAD_USER_INPUT naming every problem. */
async function checkInput(ctx: Context, input: ComposeStackInput, categories: readonly CategoryRow[]): Promise<CheckedInput> {
  const errors: UserError[] = [];
  const c = input.constraints ?? {};
  const bySlug = new Map(categories.map((category) => [category.slug, category]));
  const excludeSlugs = [...new Set(c.excludeVendors ?? [])];
  const [blueprint, vendors, frameworks] = await Promise.all([
    input.blueprintSlug == null ? null : blueprintBySlug(ctx.database.db, input.blueprintSlug),
    excludeSlugs.length === 0 || excludeSlugs.length > maxExcludedVendors ? [] : vendorsBySlugs(ctx.database.db, excludeSlugs),
    c.verifiedFramework == null ? [] : ctx.loaders.catalog.frameworks(),
  ]);
  if (input.blueprintSlug != null && !blueprint) {
    errors.push(userError(['input', 'blueprintSlug'], 'UNKNOWN_BLUEPRINT', `No blueprint has the slug ${JSON.stringify(input.blueprintSlug)}.`));
  }

  const needs: BlueprintNeedRow[] = (blueprint?.needs ?? []).map((need) => ({ ...need }));
  (input.needs ?? []).forEach((need, index) => {
    const category = bySlug.get(need.categorySlug);
    if (!category) {
      errors.push(userError(['input', 'needs', index, 'categorySlug'], 'UNKNOWN_CATEGORY', `Need ${index + 1}: no category has the slug ${JSON.stringify(need.categorySlug)}.`));
    }
    if (!Number.isInteger(need.quantity) || need.quantity < 1 || need.quantity > maxQuantity) {
      errors.push(
        userError(['input', 'needs', index, 'quantity'], 'QUANTITY_OUT_OF_RANGE', `Need ${index + 1}: the quantity must be 1 to ${maxQuantity.toLocaleString('en')}; got ${need.quantity}.`),
      );
    }
    if (!category) return;
    const same = needs.find((row) => row.categoryId === category.id);
    if (same) same.quantity += need.quantity;
    else needs.push({ categoryId: category.id, quantity: need.quantity, note: null, noteEn: null });
  });
  if (input.blueprintSlug == null && (input.needs ?? []).length === 0) {
    errors.push(userError(['input', 'needs'], 'NO_NEEDS', 'Name a blueprint or at least one need to compose a stack for.'));
  }
  if (needs.length > maxNeeds) {
    errors.push(userError(['input', 'needs'], 'TOO_MANY_NEEDS', `A composition serves at most ${maxNeeds} needs (a category asked twice counts once); this one has ${needs.length}.`));
  }
  const merged = needs.find((need) => need.quantity > maxQuantity);
  if (merged && errors.every((error) => error.code !== 'QUANTITY_OUT_OF_RANGE')) {
    const category = categories.find((row) => row.id === merged.categoryId)!;
    errors.push(
      userError(
        ['input', 'needs'],
        'QUANTITY_OUT_OF_RANGE',
        `The need for ${category.slug} adds up to ${merged.quantity.toLocaleString('en')}, over ${maxQuantity.toLocaleString('en')}.`,
      ),
    );
  }

  if (excludeSlugs.length > maxExcludedVendors) {
    errors.push(userError(constraintField('excludeVendors'), 'TOO_MANY', `Exclude at most ${maxExcludedVendors} vendors; this names ${excludeSlugs.length}.`));
  }
  const foundVendors = new Set(vendors.map((vendor) => vendor.slug));
  (c.excludeVendors ?? []).forEach((slug, index) => {
    if (excludeSlugs.length <= maxExcludedVendors && !foundVendors.has(slug)) {
      errors.push(userError([...constraintField('excludeVendors'), index], 'UNKNOWN_VENDOR', `No vendor has the slug ${JSON.stringify(slug)}.`));
    }
  });
  if (c.verifiedFramework != null && !frameworks.some((framework) => framework.code === c.verifiedFramework)) {
    errors.push(userError(constraintField('verifiedFramework'), 'UNKNOWN_FRAMEWORK', `No compliance framework has the code ${JSON.stringify(c.verifiedFramework)}.`));
  }
  const minAvailability = checkAvailability(c.minAvailability, errors);
  const maxMonthlyTotal = checkBudget(c.maxMonthlyTotal, 'maxMonthlyTotal', 'The monthly budget', errors);
  const maxFirstYearTotal = checkBudget(c.maxFirstYearTotal, 'maxFirstYearTotal', 'The first-year budget', errors);
  if (c.maxVendors != null && (c.maxVendors < 1 || c.maxVendors > maxVendorsAllowed)) {
    errors.push(userError(constraintField('maxVendors'), 'INVALID_MAX_VENDORS', `The number of vendors must be 1 to ${maxVendorsAllowed}; got ${c.maxVendors}.`));
  }

  if (errors.length > 0) throw badUserInputOf(errors);
  const omitted = new Set(c.omitLayers ?? []);
  return {
    needs,
    excluded: vendors,
    constraints: {
      dataInVietnam: c.dataInVietnam === true,
      domesticOnly: c.domesticOnly === true,
      verifiedFramework: c.verifiedFramework ?? null,
      minAvailability,
      maxMonthlyTotal,
      maxFirstYearTotal,
      excludeVendorIds: vendors.map((vendor) => vendor.id),
      requireSecondSite: c.requireSecondSite === true,
      maxVendors: c.maxVendors ?? null,
      layers: stackLayers.filter((layer) => !omitted.has(layer)),
    },
  };
}

/** The categories, from the catalog cache when it holds them, handed to the request's loader so fields that name a category read none. */
async function categoriesOf(ctx: Context): Promise<CategoryRow[]> {
  const { catalog } = ctx.loaders;
  const categories = await catalog.reads.cached('categories', () => catalog.categories(), (rows) => Math.max(1, Math.ceil(rows.length / 20)));
  for (const category of categories) catalog.categoryById.prime(category.id, category);
  return categories;
}

/**
 * The optimizer's answer; when it gives up (its time budget spent before it proved the best stacks, or
 * amounts too large to solve exactly) the composition is refused with COMPOSITION_TOO_COMPLEX: it answers
 * optimal stacks or nothing, never a guess.
 */
async function solve(ctx: Context, problem: ComposeProblem) {
  try {
    return await composeStacks(problem, { ...defaultCompositionLimits, seconds: ctx.settings.composeTimeLimitMs / 1000 });
  } catch (error) {
    if (!(error instanceof CompositionLimitError)) throw error;
    ctx.log.warn({ reason: error.reason, needs: problem.needs.length, candidates: problem.candidates.length }, 'composition gave up');
    throw new GraphQLError(
      {
        TIME_LIMIT: `The composer could not prove the best stacks within its ${ctx.settings.composeTimeLimitMs / 1000} s budget, so it composed nothing. Compose fewer needs, or drop maxVendors or minAvailability, which make the model hardest.`,
        UNVERIFIED: 'The composer could not find stacks the evaluator confirms meet every constraint on its edge (availability or budget), so it composed nothing. Loosen the minimum availability or the budget a little.',
        AMOUNT_TOO_LARGE: 'The quantities and prices add up to amounts too large to compare exactly, so nothing was composed. Compose smaller quantities.',
      }[error.reason],
      { extensions: { code: 'COMPOSITION_TOO_COMPLEX', reason: error.reason } },
    );
  }
}

/** composeStack: checks the input, loads the candidates, solves and evaluates the alternatives. */
export async function composeStack(ctx: Context, input: ComposeStackInput): Promise<CompositionView> {
  const categories = await categoriesOf(ctx);
  const checked = await checkInput(ctx, input, categories);
  const byId = new Map(categories.map((category) => [category.id, category]));
  const options: EvaluationOptions = { ...defaultEvaluationOptions, vatBasisPoints: ctx.settings.vatBasisPoints };
  const needs: ComposeNeed[] = checked.needs.map((need) => {
    const category = byId.get(need.categoryId)!;
    return { categoryId: category.id, categorySlug: category.slug, kind: category.kind, quantity: need.quantity, units: category.needUnits };
  });
  const candidates = await loadCandidates(ctx, needs, checked.constraints, categories, options);
  const problem: ComposeProblem = { needs, constraints: checked.constraints, candidates, options };
  const result = await solve(ctx, problem);
  ctx.log.info(
    {
      needs: needs.length,
      candidates: candidates.length,
      alternatives: result.alternatives.length,
      blockers: result.blockers.map((b) => b.constraint),
      outOfTime: result.incomplete,
    },
    'stack composed',
  );

  const facts: StackFacts | null =
    result.alternatives.length === 0
      ? null
      : await stackFacts(
          ctx.database.db,
          result.alternatives.map((alternative) => alternative.lines.map((line) => line.planId)),
          micFrameworkCode,
          stackFixRules,
          ['PUBLISHED'],
        );
  const plans = new Map(facts?.lines.map((line) => [line.id, line]));
  const evaluated: EvaluatedStack[] = facts
    ? evaluateStacks(
        ctx,
        facts,
        result.alternatives.map((alternative) => ({
          lines: alternative.lines.map((line) => {
            const plan = plans.get(line.planId);
            if (!plan) throw new Error(`composed plan ${line.planId} is not in the snapshot's published catalogue`);
            return { plan, quantity: line.quantity, redundancyGroup: line.redundancyGroup, savedMonthlyPrice: null, savedOneTimePrice: null };
          }),
        })),
      )
    : [];
  const alternatives: ComposedStackView[] = result.alternatives.map((alternative, index) => {
    const stack = evaluated[index]!;
    return {
      alternative,
      evaluated: stack,
      reasons: alternative.lines.map((line, position) => ({
        line,
        evaluated: stack.lines[position]!,
        category: byId.get(line.categoryId)!,
        ...explainLine(line, alternative, stack, facts!, byId, options),
      })),
    };
  });
  const blockers = cheapestRelaxationFirst(
    result.blockers.map((blocker) => ({ blocker, ...explainBlocker(blocker, checked.constraints, checked.excluded, byId) })),
  );
  return { needs: checked.needs, alternatives, blockers, incomplete: result.incomplete };
}
