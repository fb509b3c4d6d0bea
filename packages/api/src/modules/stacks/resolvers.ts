import type { OfferingFacts, QuoteRequestPartRow, QuoteRequestRow, VendorRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { badUserInput } from '../../graphql/errors.ts';
import { fromGlobalId, toGlobalId } from '../../graphql/ids.ts';
import { connectionResolvers } from '../../graphql/connections.ts';
import { vnd } from '../../graphql/money.ts';
import type { ComparedLineView, ComparisonView, IssueView } from '../../graphql/resolver-parents.ts';
import type { Resolvers } from '../../graphql/resolvers.generated.ts';
import { compareStacks, type Comparison } from './compare.ts';
import { evaluatedStack } from './evaluation.ts';
import { vatPercent } from './evaluator.ts';
import { micFrameworkCode, type EvaluatedLine, type EvaluatedStack, type SavedStack } from './model.ts';
import { oneTimePrice } from './money.ts';
import { eraseQuoteContact, quoteRequestByToken, quoteRequestsByContact, quoteRequestsByContactConnection } from './quote-access.ts';
import { evaluateUnsavedStack, requestQuote, saveStack } from './service.ts';

type Language = 'VI' | 'EN';

/** A compared plan's line in the first stack that holds it: every stack prices it the same way. */
function firstLine(view: ComparedLineView): EvaluatedLine {
  const line = view.perStack.find((candidate) => candidate !== null);
  if (!line) throw new Error('a compared line is in no stack');
  return line;
}

/** The offerings of ids (those still public, or the stack's own), without a promise when all are at hand. */
function offeringsOf(ctx: Context, stack: EvaluatedStack, ids: string[]): OfferingFacts[] | Promise<OfferingFacts[]> {
  const held = ids.map((id) => stack.offerings.get(id) ?? ctx.loaders.catalog.offering.peek(id));
  if (held.every((row) => row !== undefined)) return held as OfferingFacts[];
  return Promise.all(ids.map((id, index) => held[index] ?? ctx.loaders.catalog.offering.load(id))).then((rows) =>
    rows.filter((row): row is OfferingFacts => row !== null),
  );
}

/** Vendors by id, without a promise when all are at hand. */
function vendorsById(ctx: Context, ids: string[]): VendorRow[] | Promise<VendorRow[]> {
  const held = ids.map((id) => ctx.loaders.catalog.vendor.peek(id));
  if (held.every((row) => row !== undefined)) return held as VendorRow[];
  return ctx.loaders.catalog.vendor.loadMany(ids).then((rows) =>
    rows.map((row, i) => {
      if (!row || row instanceof Error) throw new Error(`vendor ${ids[i]} is missing: the catalog is inconsistent.`);
      return row;
    }),
  );
}


function exportPath(stack: SavedStack, format: 'csv' | 'html', language: Language) {
  return `/export/stacks/${toGlobalId('Stack', stack.row.id)}.${format}?lang=${language.toLowerCase()}`;
}

/** Loads the saved stacks a comparison names: 2 to 4 distinct ids, each an existing stack. */
async function loadCompared(ctx: Context, ids: string[]): Promise<SavedStack[]> {
  if (ids.length < 2 || ids.length > 4) throw badUserInput(`Compare two to four stacks; got ${ids.length}.`, { reason: 'COMPARE_COUNT' });
  const parsed = ids.map((id, index) => {
    const global = fromGlobalId(id);
    if (global?.type !== 'Stack') throw badUserInput(`ids[${index}] is not a stack id.`, { reason: 'UNKNOWN_STACK', field: ['ids', String(index)] });
    return global.id;
  });
  if (new Set(parsed).size !== parsed.length) throw badUserInput('The same stack is listed twice.', { reason: 'DUPLICATE_STACK' });
  const stacks = await ctx.loaders.stacks.stack.loadMany(parsed);
  return stacks.map((stack, index) => {
    if (!stack || stack instanceof Error) {
      throw badUserInput(`ids[${index}]: no saved stack has this id.`, { reason: 'UNKNOWN_STACK', field: ['ids', String(index)] });
    }
    return stack;
  });
}

export const stackResolvers: Resolvers = {
  Query: {
    evaluateStack: (_: unknown, args, ctx: Context) => evaluateUnsavedStack(ctx, args.items),
    stack: (_: unknown, args, ctx: Context) => {
      const parsed = fromGlobalId(args.id);
      return parsed?.type === 'Stack' ? ctx.loaders.stacks.stack.load(parsed.id) : null;
    },
    compareStacks: async (_: unknown, args, ctx: Context): Promise<ComparisonView> => {
      const stacks = await loadCompared(ctx, args.ids);
      const evaluated = await Promise.all(stacks.map((s) => evaluatedStack(ctx, s.row.id)));
      const comparison = compareStacks(stacks.map((stack, i) => ({ name: stack.row.name, evaluation: evaluated[i]!.evaluation })));
      return { stacks, evaluated, comparison };
    },
    quoteRequestByToken: (_: unknown, args, ctx: Context) => quoteRequestByToken(ctx, args.token),
    quoteRequestsByContact: (_: unknown, { email, first }, ctx: Context) => quoteRequestsByContact(ctx, { email, first }),
    quoteRequestsByContactConnection: (_: unknown, { email, first, after }, ctx: Context) =>
      quoteRequestsByContactConnection(ctx, { email, first, after }),
  },
  QuoteRequestConnection: connectionResolvers,
  Mutation: {
    saveStack: (_: unknown, args, ctx: Context) => saveStack(ctx, args.input),
    requestQuote: (_: unknown, args, ctx: Context) =>
      requestQuote(ctx, args.input, (id) => ctx.loaders.stacks.stack.load(id)),
    eraseQuoteContact: (_: unknown, args, ctx: Context) => eraseQuoteContact(ctx, args.input),
  },
  SaveStackPayload: {
    stack: async (payload: { stack: { id: string } | null }, _: unknown, ctx: Context) =>
      payload.stack ? ctx.loaders.stacks.stack.load(payload.stack.id) : null,
  },
  StackEvaluation: {
    lines: (stack: EvaluatedStack) => stack.lines,
    monthlyTotal: (stack: EvaluatedStack) => vnd(stack.evaluation.monthlyTotal),
    compositeAvailability: (stack: EvaluatedStack) => stack.evaluation.compositeAvailability,
    dataInVietnam: (stack: EvaluatedStack) => stack.evaluation.dataInVietnam,
    vendors: (stack: EvaluatedStack, _: unknown, ctx: Context) =>
      vendorsById(ctx, stack.evaluation.vendorSubtotals.map((subtotal) => subtotal.vendorId)),
    issues: (stack: EvaluatedStack): IssueView[] => stack.evaluation.issues.map((issue) => ({ issue, stack })),
    vatRate: (stack: EvaluatedStack) => vatPercent(stack.vatBasisPoints),
    vat: (stack: EvaluatedStack) => vnd(stack.evaluation.vat),
    totalWithVat: (stack: EvaluatedStack) => vnd(stack.evaluation.totalWithVat),
    oneTimeTotal: (stack: EvaluatedStack) => vnd(stack.evaluation.oneTimeTotal),
    oneTimeVat: (stack: EvaluatedStack) => vnd(stack.evaluation.oneTimeVat),
    oneTimeTotalWithVat: (stack: EvaluatedStack) => vnd(stack.evaluation.oneTimeTotal + stack.evaluation.oneTimeVat),
    firstYearTotal: (stack: EvaluatedStack) => vnd(stack.evaluation.firstYearTotal),
    firstYearVat: (stack: EvaluatedStack) => vnd(stack.evaluation.firstYearVat),
    firstYearTotalWithVat: (stack: EvaluatedStack) => vnd(stack.evaluation.firstYearTotal + stack.evaluation.firstYearVat),
    vendorSubtotals: (stack: EvaluatedStack) => stack.evaluation.vendorSubtotals,
    micCoverage: (stack: EvaluatedStack) => stack,
    errorCount: (stack: EvaluatedStack) => stack.evaluation.issues.filter((issue) => issue.severity === 'ERROR').length,
  },
  ComplianceCoverage: {
    framework: async (_: EvaluatedStack, __: unknown, ctx: Context) => {
      const framework = (await ctx.loaders.catalog.frameworks()).find((f) => f.code === micFrameworkCode);
      if (!framework) throw new Error(`the ${micFrameworkCode} framework is missing from the catalog`);
      return framework;
    },
    offerings: (stack: EvaluatedStack, _: unknown, ctx: Context) => offeringsOf(ctx, stack, stack.evaluation.micCoveredOfferingIds),
    coveredMonthlyCost: (stack: EvaluatedStack) =>
      vnd(stack.lines.filter((line) => line.micVerified).reduce((sum, line) => sum + line.monthlyCost, 0n)),
    share: (stack: EvaluatedStack) => stack.evaluation.micCoveredShare,
  },
  VendorSubtotal: {
    vendor: (subtotal: { vendorId: string }, _: unknown, ctx: Context) => {
      const vendors = vendorsById(ctx, [subtotal.vendorId]);
      return Array.isArray(vendors) ? vendors[0]! : vendors.then((rows) => rows[0]!);
    },
    monthlyCost: (subtotal: { monthlyCost: bigint }) => vnd(subtotal.monthlyCost),
    oneTimeCost: (subtotal: { oneTimeCost: bigint }) => vnd(subtotal.oneTimeCost),
    firstYearCost: (subtotal: { monthlyCost: bigint; oneTimeCost: bigint }) => vnd(12n * subtotal.monthlyCost + subtotal.oneTimeCost),
  },
  StackLine: {
    plan: (line: EvaluatedLine) => line.plan,
    offering: (line: EvaluatedLine) => line.offering,
    monthlyCost: (line: EvaluatedLine) => vnd(line.monthlyCost),
    monthlyPrice: (line: EvaluatedLine) => vnd(line.plan.monthlyPrice),
    oneTimeCost: (line: EvaluatedLine) => vnd(line.oneTimeCost),
    oneTimePrice: (line: EvaluatedLine) => vnd(oneTimePrice(line.plan)),
    savedMonthlyPrice: (line: EvaluatedLine) => (line.savedMonthlyPrice === null ? null : vnd(line.savedMonthlyPrice)),
    savedOneTimePrice: (line: EvaluatedLine) => (line.savedOneTimePrice === null ? null : vnd(line.savedOneTimePrice)),
    priceChanged: (line: EvaluatedLine) => line.priceChanged,
  },
  StackIssue: {
    code: (view: IssueView) => view.issue.code,
    severity: (view: IssueView) => view.issue.severity,
    message: (view: IssueView) => view.issue.message,
    messageEn: (view: IssueView) => view.issue.messageEn,
    offerings: (view: IssueView, _: unknown, ctx: Context) => offeringsOf(ctx, view.stack, view.issue.offeringIds),
    suggestions: (view: IssueView, _: unknown, ctx: Context) => offeringsOf(ctx, view.stack, view.issue.suggestionIds),
  },
  Stack: {
    id: (stack: SavedStack) => toGlobalId('Stack', stack.row.id),
    name: (stack: SavedStack) => stack.row.name,
    createdAt: (stack: SavedStack) => stack.row.createdAt,
    items: async (stack: SavedStack, _: unknown, ctx: Context) => (await evaluatedStack(ctx, stack.row.id)).lines,
    evaluation: (stack: SavedStack, _: unknown, ctx: Context) => evaluatedStack(ctx, stack.row.id),
    savedMonthlyTotal: (stack: SavedStack) =>
      vnd(stack.items.reduce((sum, item) => sum + BigInt(item.savedMonthlyPrice) * BigInt(item.quantity), 0n)),
    savedOneTimeTotal: (stack: SavedStack) =>
      vnd(stack.items.reduce((sum, item) => sum + BigInt(item.savedOneTimePrice) * BigInt(item.quantity), 0n)),
    priceChanged: async (stack: SavedStack, _: unknown, ctx: Context) => (await evaluatedStack(ctx, stack.row.id)).priceChanged,
    sharePath: (stack: SavedStack) => `/stacks/${toGlobalId('Stack', stack.row.id)}`,
    csvPath: (stack: SavedStack, args) => exportPath(stack, 'csv', args.language),
    printPath: (stack: SavedStack, args) => exportPath(stack, 'html', args.language),
  },
  StackComparison: {
    entries: (view: ComparisonView) => view.stacks.map((stack, i) => ({ stack, entry: view.comparison.entries[i]! })),
    cheapest: (view: ComparisonView) => view.stacks[view.comparison.cheapestIndex]!,
    cheapestFirstYear: (view: ComparisonView) => view.stacks[view.comparison.cheapestFirstYearIndex]!,
    differences: (view: ComparisonView) => view.comparison.differences,
    lines: (view: ComparisonView): ComparedLineView[] =>
      view.comparison.plans.map((plan) => ({
        perStack: plan.lineIndexes.map((lineIndex, stackIndex) => (lineIndex === null ? null : view.evaluated[stackIndex]!.lines[lineIndex]!)),
        differs: plan.differs,
      })),
  },
  ComparedLine: {
    plan: (view: ComparedLineView) => firstLine(view).plan,
    offering: (view: ComparedLineView) => firstLine(view).offering,
  },
  StackComparisonEntry: {
    stack: (view: { stack: SavedStack }) => view.stack,
    costAboveCheapest: (view: { entry: Comparison['entries'][number] }) => vnd(view.entry.costAboveCheapest),
    firstYearAboveCheapest: (view: { entry: Comparison['entries'][number] }) => vnd(view.entry.firstYearAboveCheapest),
    issuesOnlyHere: (view: { entry: Comparison['entries'][number] }) => view.entry.issuesOnlyHere,
    vendorsOnlyHere: (view: { entry: Comparison['entries'][number] }, _: unknown, ctx: Context) => vendorsById(ctx, view.entry.vendorsOnlyHere),
  },
  QuoteRequest: {
    id: (request: QuoteRequestRow) => toGlobalId('QuoteRequest', request.id),
    stack: async (request: QuoteRequestRow, _: unknown, ctx: Context) => {
      const stack = await ctx.loaders.stacks.stack.load(request.stackId);
      if (!stack) throw new Error(`stack ${request.stackId} of a quote request is missing`);
      return stack;
    },
    vendors: async (request: QuoteRequestRow, _: unknown, ctx: Context) =>
      vendorsById(ctx, (await ctx.loaders.stacks.partsOfQuoteRequest.load(request.id)).map((part) => part.vendorId)),
    parts: (request: QuoteRequestRow, _: unknown, ctx: Context) => ctx.loaders.stacks.partsOfQuoteRequest.load(request.id),
  },
  QuoteRequestPart: {
    vendor: (part: QuoteRequestPartRow, _: unknown, ctx: Context) => {
      const vendors = vendorsById(ctx, [part.vendorId]);
      return Array.isArray(vendors) ? vendors[0]! : vendors.then((rows) => rows[0]!);
    },
    lines: (part: QuoteRequestPartRow, _: unknown, ctx: Context) => ctx.loaders.stacks.vendorQuoteLines.load(part.id),
    monthlySubtotal: (part: QuoteRequestPartRow) => vnd(part.monthlySubtotal),
    oneTimeSubtotal: (part: QuoteRequestPartRow) => vnd(part.oneTimeSubtotal),
  },
};
