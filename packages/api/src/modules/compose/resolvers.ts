import { listBlueprints, type BlueprintNeedRow, type CategoryRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { vnd } from '../../graphql/money.ts';
import type { Resolvers } from '../../graphql/resolvers.generated.ts';
import { deleteBlueprint, saveBlueprint } from './blueprints.ts';
import type { ComposedLineReasonView, ComposedStackView, CompositionBlockerView, CompositionView } from './model.ts';
import { composeStack } from './service.ts';

/** A category by id: every category is one the catalogue has, so a missing one is a broken invariant. */
async function categoryOf(ctx: Context, id: number): Promise<CategoryRow> {
  const category = await ctx.loaders.catalog.categoryById.load(id);
  if (!category) throw new Error(`category ${id} is missing`);
  return category;
}

export const composeResolvers: Resolvers = {
  Query: {
    blueprints: (_: unknown, __: unknown, ctx: Context) => listBlueprints(ctx.database.db),
    composeStack: (_: unknown, args, ctx: Context) => composeStack(ctx, args.input),
  },
  Mutation: {
    saveBlueprint: (_: unknown, args, ctx: Context) => saveBlueprint(ctx, args.input),
    deleteBlueprint: (_: unknown, args, ctx: Context) => deleteBlueprint(ctx, args.slug),
  },
  BlueprintNeed: {
    category: (need: BlueprintNeedRow, _: unknown, ctx: Context) => categoryOf(ctx, need.categoryId),
  },
  StackComposition: {
    needs: (view: CompositionView) => view.needs,
    alternatives: (view: CompositionView) => view.alternatives,
    blockers: (view: CompositionView) => view.blockers.map((blocker) => blocker.message),
    blockerDetails: (view: CompositionView) => view.blockers,
    incomplete: (view: CompositionView) => view.incomplete,
  },
  ComposedStack: {
    label: (view: ComposedStackView) => objectiveLabels[view.alternative.objective].vi,
    labelEn: (view: ComposedStackView) => objectiveLabels[view.alternative.objective].en,
    objective: (view: ComposedStackView) => view.alternative.objective,
    items: (view: ComposedStackView) => view.evaluated.lines,
    reasons: (view: ComposedStackView) => view.reasons,
    evaluation: (view: ComposedStackView) => view.evaluated,
  },
  ComposedLineReason: {
    plan: (view: ComposedLineReasonView) => view.evaluated.plan,
    purpose: (view: ComposedLineReasonView) => view.line.purpose,
    category: (view: ComposedLineReasonView) => view.category,
    layer: (view: ComposedLineReasonView) => view.line.layer,
    message: (view: ComposedLineReasonView) => view.message,
    messageEn: (view: ComposedLineReasonView) => view.messageEn,
  },
  CompositionBlocker: {
    constraint: (view: CompositionBlockerView) => view.blocker.constraint,
    category: (view: CompositionBlockerView, _: unknown, ctx: Context) =>
      view.blocker.categoryId === null ? null : categoryOf(ctx, view.blocker.categoryId),
    relaxedMonthlyTotal: (view: CompositionBlockerView) => (view.blocker.relaxed ? vnd(view.blocker.relaxed.monthlyTotal) : null),
    relaxedFirstYearTotal: (view: CompositionBlockerView) => (view.blocker.relaxed ? vnd(view.blocker.relaxed.firstYearTotal) : null),
    message: (view: CompositionBlockerView) => view.message,
    messageEn: (view: CompositionBlockerView) => view.messageEn,
  },
};

/** What each objective optimises, as the alternatives' labels say it. */
const objectiveLabels = {
  CHEAPEST: { vi: 'Rẻ nhất năm đầu', en: 'Cheapest over the first year' },
  FEWEST_VENDORS: { vi: 'Ít nhà cung cấp nhất', en: 'Fewest vendors' },
  HIGHEST_AVAILABILITY: { vi: 'Độ sẵn sàng cao nhất', en: 'Highest availability' },
} as const;
