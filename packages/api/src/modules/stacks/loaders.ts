import {
  partsOfQuoteRequests,
  quoteRequestsByIds,
  stackItemsByStackIds,
  stackPlansByIds,
  stacksByIds,
  vendorQuoteLines,
  type Db,
  type QuoteRequestPartRow,
  type QuoteRequestRow,
  type StackPlanRow,
  type VendorQuoteLineRow,
} from '@mayviet/db';
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { evaluateSavedStacks, type EvaluatedStack, type SavedStack } from './service.ts';

/** Per-request loaders of saved stacks; a stack asked for twice (items and evaluation) is evaluated once. */
export function createStackLoaders(db: Db, ctx: () => Context) {
  const stack = new DataLoader<string, SavedStack | null>(async (ids) => {
    const [rows, items] = await Promise.all([stacksByIds(db, ids), stackItemsByStackIds(db, ids)]);
    return ids.map((id) => {
      const row = rows.find((r) => r.id === id);
      return row ? { row, items: items.filter((item) => item.stackId === id) } : null;
    });
  });
  return {
    stack,
    evaluated: new DataLoader<string, EvaluatedStack>(async (ids) => {
      const stacks = await stack.loadMany(ids);
      const found = stacks.filter((s): s is SavedStack => s !== null && !(s instanceof Error));
      const evaluated = await evaluateSavedStacks(ctx(), found);
      return ids.map((id) => evaluated[found.findIndex((s) => s.row.id === id)] ?? new Error(`stack ${id} is missing`));
    }),
    quoteRequest: new DataLoader<string, QuoteRequestRow | null>(async (ids) => {
      const rows = await quoteRequestsByIds(db, ids);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    /** plans whatever their state (retired, offering archived): saved stacks and quotes refer to them */
    anyPlan: new DataLoader<string, StackPlanRow | null>(async (ids) => {
      const rows = await stackPlansByIds(db, ids);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    /** a vendor's part of a quote request: its lines, in one statement for a whole inbox page */
    vendorQuoteLines: new DataLoader<string, VendorQuoteLineRow[]>(async (ids) => {
      const rows = await vendorQuoteLines(db, ids);
      return ids.map((id) => rows.filter((row) => row.vendorQuoteRequestId === id));
    }),
    /** each vendor's part of a quote request, in vendor-name order */
    partsOfQuoteRequest: new DataLoader<string, QuoteRequestPartRow[]>(async (ids) => {
      const rows = await partsOfQuoteRequests(db, ids);
      return ids.map((id) => rows.filter((row) => row.quoteRequestId === id));
    }),
  };
}

export type StackLoaders = ReturnType<typeof createStackLoaders>;
