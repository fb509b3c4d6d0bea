// The stack evaluator: pure domain logic, no I/O. Given the lines of a stack and the catalog facts they
// refer to, it prices the stack in whole VND (BigInt, never floating point) and finds what is wrong with
// it. The API loads the facts; this module only decides. Its parts are under evaluator/; callers take
// what they need from here.
import { defaultEvaluationOptions, type Candidate, type Evaluation, type EvaluationOptions, type LineInput, type PricedLine } from './evaluator/facts.ts';
import { findIssues } from './evaluator/issues.ts';
import { placeStack } from './evaluator/placement.ts';
import { compositeAvailability, priceLines, shareOf } from './evaluator/totals.ts';

export * from './evaluator/facts.ts';
export { fixRules } from './evaluator/issues.ts';
export { compositeAvailability, vatOf, vatPercent } from './evaluator/totals.ts';

export function evaluateStack(
  lines: LineInput[],
  candidates: Candidate[],
  options: EvaluationOptions = defaultEvaluationOptions,
): Evaluation {
  const { monthlyCosts, oneTimeCosts, monthlyTotal, oneTimeTotal, vat, oneTimeVat, subtotals } = priceLines(lines, options);
  const placement = placeStack(lines, options);
  const { locations, availabilityGroups } = placement;
  const dataInVietnam = locations.every((places) => places !== null && places.every((dc) => dc.countryCode === 'VN'));

  const priced: PricedLine[] = lines.map((line, index) => ({
    planId: line.planId,
    offeringId: line.offering.id,
    vendorId: line.offering.vendorId,
    quantity: line.quantity,
    monthlyCost: monthlyCosts[index]!,
    oneTimeCost: oneTimeCosts[index]!,
    dataOutside: (locations[index] ?? []).filter((dc) => dc.countryCode !== 'VN'),
    redundancyGroup: line.redundancyGroup,
  }));

  const issues = findIssues(lines, placement, candidates, new Set(subtotals.keys()), options);

  const covered = priced.filter((line, index) => lines[index]!.offering.micVerified);
  const coveredCost = covered.reduce((sum, line) => sum + line.monthlyCost, 0n);

  return {
    lines: priced,
    monthlyTotal,
    vat,
    totalWithVat: monthlyTotal + vat,
    oneTimeTotal,
    oneTimeVat,
    firstYearTotal: 12n * monthlyTotal + oneTimeTotal,
    firstYearVat: 12n * vat + oneTimeVat,
    vendorSubtotals: [...subtotals].map(([vendorId, subtotal]) => ({ vendorId, ...subtotal })),
    dataInVietnam,
    compositeAvailability: compositeAvailability(availabilityGroups.map((group) => group.map((o) => o.slaAvailability))),
    micCoveredOfferingIds: [...new Set(covered.map((line) => line.offeringId))],
    micCoveredShare: shareOf(coveredCost, monthlyTotal),
    issues,
  };
}
