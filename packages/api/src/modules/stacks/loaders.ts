import {
  partsOfQuoteRequests,
  quoteRequestsByIds,
  stackFacts,
  stackItemsByStackIds,
  stackPlansByIds,
  stacksByIds,
  vendorQuoteLines,
  type Db,
  type QuoteRequestPartRow,
  type QuoteRequestRow,
  type StackFacts,
  type StackPlanRow,
  type VendorQuoteLineRow,
} from '@mayviet/db';
import DataLoader from 'dataloader';
import { micFrameworkCode, stackFixRules, type EvaluatedStack, type SavedStack, type SaveStackResult } from './model.ts';

/** A saved stack and the catalog facts its evaluation reads (shared by the stacks loaded in the same tick). */
export interface SavedStackFacts {
  stack: SavedStack;
  facts: StackFacts;
}

/**
 * A request's state of the stacks module: loaders of saved stacks, their facts and quote requests, and
 * what the request has done with them. `saves` is the request's own, kept across its transactions.
 */
export function createStackLoaders(db: Db, saves: Map<string, Promise<SaveStackResult>> = new Map()) {
  const stack = new DataLoader<string, SavedStack | null>(async (ids) => {
    const [rows, items] = await Promise.all([stacksByIds(db, ids), stackItemsByStackIds(db, ids)]);
    return ids.map((id) => {
      const row = rows.find((r) => r.id === id);
      return row ? { row, items: items.filter((item) => item.stackId === id) } : null;
    });
  });
  return {
    stack,
    /** saved stacks with their facts: one facts statement for every stack asked for in a tick */
    facts: new DataLoader<string, SavedStackFacts | null>(async (ids) => {
      const stacks = await stack.loadMany(ids);
      const found = stacks.filter((s): s is SavedStack => s !== null && !(s instanceof Error));
      const facts = await stackFacts(
        db,
        found.map((s) => s.items.map((item) => item.planId)),
        micFrameworkCode,
        stackFixRules,
      );
      return ids.map((id) => {
        const saved = found.find((s) => s.row.id === id);
        return saved ? { stack: saved, facts } : null;
      });
    }),
    /** evaluations made in this request, by stack id: a stack asked for twice (items and evaluation) is evaluated once */
    evaluations: new Map<string, Promise<EvaluatedStack>>(),
    /** saves already made in this request, by content: the same stack twice in one request saves once */
    saves,
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
