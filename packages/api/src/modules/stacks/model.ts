// What the stacks module's loaders, services and resolvers share: the shapes of saved and evaluated
// stacks, and the rules their catalog facts are read by. It imports nothing that imports the request
// context, whose type names the loaders: so the loaders can import it without a cycle.
import type { DataCenterRow, OfferingFacts, StackItemRow, StackLineRow, StackRow } from '@mayviet/db';
import type { UserError } from '../../graphql/user-errors.ts';
import { defaultEvaluationOptions, fixRules, type Evaluation } from './evaluator.ts';

/** The framework whose VERIFIED attestations make a stack's compliance coverage. */
export const micFrameworkCode = 'MIC-CLOUD-153';

/** The fixes the evaluator suggests, as the facts statement looks them up. */
export const stackFixRules = fixRules(defaultEvaluationOptions);

/** A saved stack with its lines, ready to evaluate. */
export interface SavedStack {
  row: StackRow;
  items: StackItemRow[];
}

/** A line as the API shows it: the rows behind it and what the evaluator made of it. */
export interface EvaluatedLine {
  plan: StackLineRow;
  offering: OfferingFacts;
  quantity: number;
  monthlyCost: bigint;
  oneTimeCost: bigint;
  available: boolean;
  micVerified: boolean;
  dataOutsideVietnam: DataCenterRow[];
  /** saved stacks only */
  savedMonthlyPrice: bigint | null;
  /** saved stacks only */
  savedOneTimePrice: bigint | null;
  /** saved stacks: the monthly or one-time price differs from the day it was saved */
  priceChanged: boolean;
  /** the redundancy group the line runs in; null when it runs alone */
  redundancyGroup: string | null;
}

export interface EvaluatedStack {
  evaluation: Evaluation;
  lines: EvaluatedLine[];
  /** the stack's own offerings, published or not, for issues that name them */
  offerings: Map<string, OfferingFacts>;
  vatBasisPoints: number;
  /** saved stacks: a line's price differs from the day it was saved */
  priceChanged: boolean;
}

export type SaveStackResult = { stack: StackRow | null; userErrors: UserError[] };
