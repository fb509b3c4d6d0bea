// What the evaluator reads (lines, candidates, options) and what it answers (priced lines, totals, issues).

export type Severity = 'ERROR' | 'WARNING' | 'INFO';

/** Stable issue codes; documented in the schema. */
export type IssueCode =
  | 'OFFERING_UNAVAILABLE'
  | 'PLAN_UNAVAILABLE'
  | 'UNMET_REQUIREMENT'
  | 'DATA_OUTSIDE_VIETNAM'
  | 'DATA_LOCATION_UNKNOWN'
  | 'SINGLE_DATA_CENTER'
  | 'MISSING_SECURITY'
  | 'MISSING_BACKUP'
  | 'MISSING_MONITORING';

export interface DataCenterFact {
  id: string;
  city: string;
  countryCode: string;
}

export interface RequirementFact {
  /** what satisfies it, in Vietnamese */
  description: string;
  /** the same in English */
  descriptionEn: string;
  categoryIds: number[];
  /** empty: any vendor */
  vendorIds: string[];
  /** it names a category software is installed on (compute, Kubernetes): the line that meets it hosts the software */
  hosting: boolean;
}

export interface OfferingFact {
  id: string;
  name: string;
  /** null: the English messages use `name` */
  nameEn: string | null;
  kind: 'IAAS' | 'PAAS' | 'SAAS' | 'SECURITY' | 'SOFTWARE';
  categoryId: number;
  categorySlug: string;
  vendorId: string;
  published: boolean;
  /** percent as a decimal string, e.g. "99.98" */
  slaAvailability: string | null;
  dataCenters: DataCenterFact[];
  requirements: RequirementFact[];
  /** the offering or its vendor holds a VERIFIED, unexpired MIC attestation */
  micVerified: boolean;
}

export interface LineInput {
  planId: string;
  planName: string;
  /** null: the English messages use `planName` */
  planNameEn: string | null;
  /** an edit of the listing dropped this plan */
  planRetired: boolean;
  /** whole VND for one unit for one month; 0 for a one-time plan */
  monthlyPrice: bigint;
  /** whole VND for one unit, paid once; 0 for a recurring plan */
  oneTimePrice: bigint;
  /** the plan is paid once (ONE_TIME): a service bought this way does not run (a licence of software does, on its host) */
  oneTime: boolean;
  quantity: number;
  /** lines sharing a group run redundantly: their availability combines in parallel; null: the line runs alone */
  redundancyGroup: string | null;
  offering: OfferingFact;
}

/**
 * A published offering that could fix an issue, with its cheapest monthly price (null when it has no
 * recurring plan) and what the evaluator checks before suggesting it.
 */
export interface Candidate {
  offeringId: string;
  vendorId: string;
  categoryId: number;
  categorySlug: string;
  kind: OfferingFact['kind'];
  lowestMonthlyPrice: bigint | null;
  /** it lists data centers and all of them are in Vietnam */
  dataInVietnam: boolean;
  /** the cities of its data centers */
  cities: string[];
  /** what it needs from the rest of the stack */
  requirements: Pick<RequirementFact, 'categoryIds' | 'vendorIds'>[];
}

export interface EvaluationOptions {
  /** VAT in basis points: 1000 = 10% */
  vatBasisPoints: number;
  /** categories whose production workloads want a second site */
  secondSiteCategories: ReadonlySet<string>;
  /** the category of disaster recovery: a second site for the lines it covers */
  recoveryCategory: string;
  /** categories self-installed software runs on, when its listing states no hosting requirement */
  hostingCategories: ReadonlySet<string>;
  securityKinds: ReadonlySet<string>;
  backupCategories: ReadonlySet<string>;
  monitoringCategories: ReadonlySet<string>;
}

export const defaultEvaluationOptions: EvaluationOptions = {
  vatBasisPoints: 1000,
  secondSiteCategories: new Set(['compute', 'managed-database', 'kubernetes']),
  recoveryCategory: 'disaster-recovery',
  hostingCategories: new Set(['compute', 'kubernetes']),
  securityKinds: new Set(['SECURITY']),
  backupCategories: new Set(['backup', 'disaster-recovery']),
  monitoringCategories: new Set(['monitoring', 'soc']),
};

export interface StackIssue {
  code: IssueCode;
  severity: Severity;
  /** Vietnamese */
  message: string;
  messageEn: string;
  offeringIds: string[];
  /** up to three published offerings that would fix it, the stack's vendors first, then cheapest */
  suggestionIds: string[];
}

export interface PricedLine {
  planId: string;
  offeringId: string;
  vendorId: string;
  quantity: number;
  monthlyCost: bigint;
  oneTimeCost: bigint;
  /** where the line keeps data outside Vietnam (self-installed software: where the line it runs on does) */
  dataOutside: DataCenterFact[];
  /** the line's redundancy group, as given */
  redundancyGroup: string | null;
}

export interface Evaluation {
  lines: PricedLine[];
  monthlyTotal: bigint;
  vat: bigint;
  totalWithVat: bigint;
  oneTimeTotal: bigint;
  /** VAT on the one-time total, rounded half up */
  oneTimeVat: bigint;
  /** 12 × monthlyTotal + oneTimeTotal */
  firstYearTotal: bigint;
  /** 12 × vat + oneTimeVat: the first year's VAT as the buyer pays it, month by month and once */
  firstYearVat: bigint;
  vendorSubtotals: { vendorId: string; monthlyCost: bigint; oneTimeCost: bigint }[];
  dataInVietnam: boolean;
  /**
   * percent, 4 decimals, e.g. "99.9600": the offerings that run a service, grouped by redundancy group (each
   * offering once, in its first group; a line without one alone), each group 1 − Π(1 − SLA) over the SLAs
   * it states, the groups multiplied in series; null when none of them states one
   */
  compositeAvailability: string | null;
  /** lines whose vendor or offering holds a verified MIC attestation */
  micCoveredOfferingIds: string[];
  /** share of the monthly total covered by those lines, percent with 2 decimals */
  micCoveredShare: string;
  issues: StackIssue[];
}
