// What the compose module's services and resolvers share: the shapes the GraphQL types resolve from.
import type { BlueprintNeedRow, BlueprintRow, CategoryRow } from '@mayviet/db';
import type { UserError } from '../../graphql/user-errors.ts';
import type { EvaluatedLine, EvaluatedStack } from '../stacks/model.ts';
import type { ComposedAlternative, ComposedLine, CompositionBlocker, CompositionObjective } from './problem.ts';

/** One alternative, evaluated as the builder would evaluate its lines. */
export interface ComposedStackView {
  alternative: ComposedAlternative;
  evaluated: EvaluatedStack;
  /** why each line is there, in the order of evaluated.lines */
  reasons: ComposedLineReasonView[];
}

export interface ComposedLineReasonView {
  line: ComposedLine;
  evaluated: EvaluatedLine;
  category: CategoryRow;
  message: string;
  messageEn: string;
}

export interface CompositionBlockerView {
  blocker: CompositionBlocker;
  message: string;
  messageEn: string;
}

export interface CompositionView {
  needs: BlueprintNeedRow[];
  alternatives: ComposedStackView[];
  blockers: CompositionBlockerView[];
  /** the objectives whose optimum the time limit left unproved (their stacks are left out) */
  incomplete: CompositionObjective[];
}

export type SaveBlueprintResult = { blueprint: BlueprintRow | null; userErrors: UserError[] };
export type DeleteBlueprintResult = { slug: string | null; userErrors: UserError[] };
