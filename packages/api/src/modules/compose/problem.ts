// What the stack composer reads and answers: pure data, no I/O. The API loads the candidates
// (catalogue.ts), the optimizer (optimizer.ts) decides, and the resolvers evaluate and explain the result.
// docs/STACKS.md describes the model.
import type { EvaluationOptions, OfferingFact } from '../stacks/evaluator.ts';

export type BillingUnit = 'MONTH' | 'HOUR' | 'GB_MONTH' | 'USER_MONTH' | 'ONE_TIME';
export type StackLayer = 'SECURITY' | 'BACKUP' | 'MONITORING';
export const stackLayers: readonly StackLayer[] = ['SECURITY', 'BACKUP', 'MONITORING'];
export type CompositionObjective = 'CHEAPEST' | 'FEWEST_VENDORS' | 'HIGHEST_AVAILABILITY';
export type ConstraintName =
  | 'DATA_IN_VIETNAM'
  | 'DOMESTIC_ONLY'
  | 'VERIFIED_FRAMEWORK'
  | 'MIN_AVAILABILITY'
  | 'MAX_MONTHLY_TOTAL'
  | 'MAX_FIRST_YEAR_TOTAL'
  | 'EXCLUDE_VENDORS'
  | 'REQUIRE_SECOND_SITE'
  | 'MAX_VENDORS'
  | 'LAYERS';

/** One published plan the composer may put in a stack, with everything the evaluator would know of it. */
export interface ComposeCandidate {
  planId: string;
  unit: BillingUnit;
  /** one unit for one month, whole VND; 0 for a ONE_TIME plan (HOUR: price × 730) */
  monthlyPrice: bigint;
  /** one unit, paid once, whole VND; 0 for a recurring plan */
  oneTimePrice: bigint;
  offeringId: string;
  vendorId: string;
  categoryId: number;
  categorySlug: string;
  kind: OfferingFact['kind'];
  /** percent as a decimal string ("99.95"); null when the offering states none */
  slaAvailability: string | null;
  /** the distinct cities of the offering's data centers, sorted; empty when it names none */
  cities: string[];
  /** the offering names data centers and all of them are in Vietnam (offerings.data_in_vietnam) */
  dataInVietnam: boolean;
  /** the vendor is registered in Vietnam */
  vendorDomestic: boolean;
  /** framework codes the offering or its vendor holds a VERIFIED, unexpired attestation of, sorted */
  verifiedFrameworks: string[];
  /** what it needs from the rest of the stack (empty vendorIds: any vendor) */
  requirements: { categoryIds: number[]; vendorIds: string[]; hosting: boolean }[];
}

/** A need to serve: `quantity` units of a category, with a plan billed in one of `units`. */
export interface ComposeNeed {
  categoryId: number;
  categorySlug: string;
  kind: OfferingFact['kind'];
  quantity: number;
  /** the category's needUnits (HOUR counts as MONTH) */
  units: BillingUnit[];
}

export interface ComposeConstraints {
  dataInVietnam: boolean;
  domesticOnly: boolean;
  /** a framework code every line's offering or vendor holds VERIFIED; null: none asked */
  verifiedFramework: string | null;
  /** percent as a decimal string; null: none asked */
  minAvailability: string | null;
  maxMonthlyTotal: bigint | null;
  maxFirstYearTotal: bigint | null;
  excludeVendorIds: string[];
  requireSecondSite: boolean;
  maxVendors: number | null;
  /** the layers to include: all three unless the buyer omitted some */
  layers: StackLayer[];
}

export interface ComposeProblem {
  /** each category once */
  needs: ComposeNeed[];
  constraints: ComposeConstraints;
  /**
   * Every published plan the stack could use: of the needs' categories, of the layers' kinds and
   * categories, and of every category a requirement of these names (transitively). Unpruned or pruned:
   * the optimizer prunes dominated plans itself.
   */
  candidates: ComposeCandidate[];
  /** the evaluator's rules: layers, hosting categories, second-site categories */
  options: EvaluationOptions;
}

export type LinePurpose = 'NEED' | 'SECOND_SITE' | 'REQUIREMENT' | 'LAYER';

/** One line of a composed stack and why it is there. */
export interface ComposedLine {
  planId: string;
  quantity: number;
  /** the need's pair share a group (`need-<category slug>`); null for a line that runs alone */
  redundancyGroup: string | null;
  purpose: LinePurpose;
  /** NEED, SECOND_SITE: the need's category; REQUIREMENT: the category it was chosen as; LAYER: its own category */
  categoryId: number;
  /**
   * REQUIREMENT: the plans (of the stack) whose requirement it meets, at least one; requirementIndex null:
   * it hosts that software, whose listing states no hosting requirement (it runs on a hosting category)
   */
  requiredBy: { planId: string; requirementIndex: number | null }[];
  /** LAYER: the layer it provides */
  layer: StackLayer | null;
}

export interface ComposedAlternative {
  objective: CompositionObjective;
  /** needs first (in the needs' order, each pair together), then requirements, then layers */
  lines: ComposedLine[];
  monthlyTotal: bigint;
  oneTimeTotal: bigint;
  /** 12 × monthlyTotal + oneTimeTotal */
  firstYearTotal: bigint;
}

export interface CompositionBlocker {
  /** NEED: nothing in the catalogue serves a need; COMBINATION: no single relaxation is enough */
  constraint: ConstraintName | 'NEED' | 'COMBINATION';
  /** NEED: the need's category */
  categoryId: number | null;
  /** the cheapest stack with this constraint relaxed (all the buyer's, for COMBINATION); null when relaxing it is not enough */
  relaxed: { monthlyTotal: bigint; firstYearTotal: bigint } | null;
}

export interface CompositionResult {
  /** best first (CHEAPEST, FEWEST_VENDORS, HIGHEST_AVAILABILITY), each stack once: an objective whose optimum repeats another's is left out */
  alternatives: ComposedAlternative[];
  /** empty when alternatives is not; otherwise cheapest relaxation first */
  blockers: CompositionBlocker[];
  /** objectives left out because their solve ran out of time (the others are optimal) */
  incomplete: CompositionObjective[];
}
