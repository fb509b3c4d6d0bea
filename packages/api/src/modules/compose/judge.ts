import { evaluateStack, type Evaluation, type LineInput, type OfferingFact } from '../stacks/evaluator.ts';
import type { ComposeCandidate, ComposeProblem } from './problem.ts';
import { unitClassOf } from './prune.ts';

// Whether a stack meets a compose problem, judged by the real evaluator: the optimizer checks every stack
// it returns with it, and the tests judge brute force's stacks with it.

export interface JudgedLine {
  planId: string;
  quantity: number;
  redundancyGroup: string | null;
}

const facts = new WeakMap<ComposeCandidate, OfferingFact>();

/** The offering of a candidate as the catalogue would describe it to the evaluator. */
function offeringOf(candidate: ComposeCandidate): OfferingFact {
  const known = facts.get(candidate);
  if (known) return known;
  const offering: OfferingFact = {
    id: candidate.offeringId,
    name: candidate.offeringId,
    nameEn: null,
    kind: candidate.kind,
    categoryId: candidate.categoryId,
    categorySlug: candidate.categorySlug,
    vendorId: candidate.vendorId,
    published: true,
    slaAvailability: candidate.slaAvailability,
    // dataInVietnam says whether all of them are in Vietnam; which one is abroad does not matter here
    dataCenters: candidate.cities.map((city, index) => ({ id: `${candidate.offeringId}/${index}`, city, countryCode: candidate.dataInVietnam ? 'VN' : 'ZZ' })),
    requirements: candidate.requirements.map((r) => ({ description: '', descriptionEn: '', ...r })),
    micVerified: candidate.verifiedFrameworks.length > 0,
  };
  facts.set(candidate, offering);
  return offering;
}

/** The line the evaluator reads for a candidate. */
export function lineInputOf(candidate: ComposeCandidate, line: JudgedLine): LineInput {
  return {
    planId: candidate.planId,
    planName: candidate.planId,
    planNameEn: null,
    planRetired: false,
    monthlyPrice: candidate.monthlyPrice,
    oneTimePrice: candidate.oneTimePrice,
    oneTime: candidate.unit === 'ONE_TIME',
    quantity: line.quantity,
    redundancyGroup: line.redundancyGroup,
    offering: offeringOf(candidate),
  };
}

/** A line runs a service: a recurring plan of an offering that is not self-installed software. */
export const runs = (candidate: ComposeCandidate) => candidate.unit !== 'ONE_TIME' && candidate.kind !== 'SOFTWARE';

/** "99.95" → 999500n: ten-thousandths of a percent, exact. */
function tenThousandths(value: string): bigint {
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole!) * 10000n + BigInt((fraction + '0000').slice(0, 4));
}

/** A need's line: its category, the need's quantity, a plan in one of its units, recurring unless the need is software. */
export function servesNeed(candidate: ComposeCandidate, need: ComposeProblem['needs'][number]): boolean {
  return (
    candidate.categoryId === need.categoryId &&
    need.units.some((unit) => unitClassOf(unit) === unitClassOf(candidate.unit)) &&
    (need.kind === 'SOFTWARE' || candidate.unit !== 'ONE_TIME')
  );
}

/** Two offerings' data centers span two cities. */
export function spanTwoCities(a: ComposeCandidate, b: ComposeCandidate): boolean {
  return a.cities.some((c1) => b.cities.some((c2) => c1 !== c2));
}

export const needGroup = (need: ComposeProblem['needs'][number]) => `need-${need.categorySlug}`;

const plansById = new WeakMap<ComposeCandidate[], Map<string, ComposeCandidate>>();

/** What is wrong with the stack for the problem, in words (empty: it meets it), and its evaluation. */
export function judge(problem: ComposeProblem, lines: JudgedLine[]): { violations: string[]; evaluation: Evaluation | null } {
  let byPlan = plansById.get(problem.candidates);
  if (!byPlan) plansById.set(problem.candidates, (byPlan = new Map(problem.candidates.map((c) => [c.planId, c]))));
  const found: { line: JudgedLine; candidate: ComposeCandidate }[] = [];
  const problems: string[] = [];
  for (const line of lines) {
    const candidate = byPlan.get(line.planId);
    if (!candidate) problems.push(`unknown plan ${line.planId}`);
    else if (!Number.isInteger(line.quantity) || line.quantity < 1) problems.push(`quantity ${line.quantity} of ${line.planId}`);
    else found.push({ line, candidate });
  }
  if (problems.length > 0) return { violations: problems, evaluation: null };
  const offerings = found.map(({ candidate }) => candidate.offeringId);
  if (new Set(offerings).size !== offerings.length) problems.push('an offering appears twice');

  const evaluation = evaluateStack(
    found.map(({ candidate, line }) => lineInputOf(candidate, line)),
    [],
    problem.options,
  );
  const { constraints } = problem;

  for (const need of problem.needs) {
    const serving = found.filter(({ candidate, line }) => line.quantity === need.quantity && servesNeed(candidate, need));
    if (constraints.requireSecondSite && need.kind !== 'SOFTWARE') {
      const grouped = serving.filter(({ line }) => line.redundancyGroup === needGroup(need));
      const paired = grouped.some((a) => grouped.some((b) => a.candidate.offeringId !== b.candidate.offeringId && spanTwoCities(a.candidate, b.candidate)));
      if (!paired) problems.push(`need ${need.categorySlug} has no pair over two cities`);
    } else if (serving.length === 0) problems.push(`need ${need.categorySlug} is not served`);
  }

  const software = new Set(found.filter(({ candidate }) => candidate.kind === 'SOFTWARE').map(({ candidate }) => candidate.offeringId));
  const layerIssues = new Set(constraints.layers.map((layer) => `MISSING_${layer}`));
  for (const issue of evaluation.issues) {
    if (issue.code === 'UNMET_REQUIREMENT') problems.push(`unmet requirement of ${issue.offeringIds.join(',')}`);
    if (issue.code === 'DATA_LOCATION_UNKNOWN' && issue.offeringIds.some((id) => software.has(id))) problems.push(`software ${issue.offeringIds.join(',')} has no host`);
    if (layerIssues.has(issue.code)) problems.push(issue.code);
  }

  if (constraints.dataInVietnam && !evaluation.dataInVietnam) problems.push('data outside Vietnam or unknown');
  if (constraints.domesticOnly && found.some(({ candidate }) => !candidate.vendorDomestic)) problems.push('a vendor is not domestic');
  const framework = constraints.verifiedFramework;
  if (framework !== null && found.some(({ candidate }) => !candidate.verifiedFrameworks.includes(framework))) problems.push(`a line lacks ${framework}`);
  if (found.some(({ candidate }) => constraints.excludeVendorIds.includes(candidate.vendorId))) problems.push('an excluded vendor');
  if (constraints.minAvailability !== null) {
    const running = found.filter(({ candidate }) => runs(candidate));
    if (running.some(({ candidate }) => candidate.slaAvailability === null)) problems.push('a running line states no SLA');
    else if (running.length > 0 && tenThousandths(evaluation.compositeAvailability ?? '0') < tenThousandths(constraints.minAvailability)) {
      problems.push(`availability ${evaluation.compositeAvailability} below ${constraints.minAvailability}`);
    }
  }
  if (constraints.maxMonthlyTotal !== null && evaluation.monthlyTotal > constraints.maxMonthlyTotal) problems.push('monthly total over budget');
  if (constraints.maxFirstYearTotal !== null && evaluation.firstYearTotal > constraints.maxFirstYearTotal) problems.push('first-year total over budget');
  if (constraints.maxVendors !== null && new Set(found.map(({ candidate }) => candidate.vendorId)).size > constraints.maxVendors) problems.push('too many vendors');
  return { violations: problems, evaluation };
}

/** What is wrong with the stack for the problem (empty: it meets every need, rule and constraint). */
export function violations(problem: ComposeProblem, lines: JudgedLine[]): string[] {
  return judge(problem, lines).violations;
}
