// Comparing evaluated stacks: pure, no I/O. Says which is cheapest, a month and over the first year, in
// which aspects they differ, and how each plan of any stack stands in each.
import type { Evaluation } from './evaluator.ts';
import { formatVnd } from './money.ts';

export type DifferenceAspect =
  | 'COST'
  | 'ONE_TIME_COST'
  | 'FIRST_YEAR_COST'
  | 'RESIDENCY'
  | 'AVAILABILITY'
  | 'MIC_COVERAGE'
  | 'ISSUES'
  | 'VENDORS'
  | 'LINES';

export interface ComparedStack {
  name: string;
  evaluation: Evaluation;
}

/** One plan of any compared stack: where its line sits in each stack's evaluation, null where absent. */
export interface ComparedPlan {
  planId: string;
  lineIndexes: (number | null)[];
  /** absent from a stack, or not the same quantity or redundancy partners in all */
  differs: boolean;
}

export interface Comparison {
  cheapestIndex: number;
  cheapestFirstYearIndex: number;
  entries: { costAboveCheapest: bigint; firstYearAboveCheapest: bigint; issuesOnlyHere: string[]; vendorsOnlyHere: string[] }[];
  plans: ComparedPlan[];
  differences: { aspect: DifferenceAspect; message: string; messageEn: string }[];
}

function onlyHere(sets: Set<string>[], index: number): string[] {
  const others = sets.filter((_, i) => i !== index);
  return [...sets[index]!].filter((value) => others.some((other) => !other.has(value)));
}

/** The index of the least value, the first on a tie. */
const indexOfLeast = (values: bigint[]) => values.reduce((best, value, i) => (value < values[best]! ? i : best), 0);
/** The index of the greatest value, the first on a tie. */
const indexOfGreatest = (values: bigint[]) => values.reduce((best, value, i) => (value > values[best]! ? i : best), 0);

/** Every plan of the stacks once, in the order it first appears, stack by stack. */
function comparePlans(stacks: ComparedStack[]): ComparedPlan[] {
  const plans = new Map<string, ComparedPlan>();
  stacks.forEach((stack, stackIndex) => {
    stack.evaluation.lines.forEach((line, lineIndex) => {
      let plan = plans.get(line.planId);
      if (!plan) {
        plan = { planId: line.planId, lineIndexes: stacks.map(() => null), differs: false };
        plans.set(line.planId, plan);
      }
      plan.lineIndexes[stackIndex] = lineIndex;
    });
  });
  // How a line stands in its stack: its quantity and the plans it runs in parallel with (its redundancy
  // group's other lines, whatever the group is called; none when it runs alone).
  const standing = (stackIndex: number, lineIndex: number) => {
    const lines = stacks[stackIndex]!.evaluation.lines;
    const line = lines[lineIndex]!;
    const partners = line.redundancyGroup === null ? [] : lines.filter((other, i) => i !== lineIndex && other.redundancyGroup === line.redundancyGroup);
    return JSON.stringify([line.quantity, partners.map((other) => other.planId).sort()]);
  };
  for (const plan of plans.values()) {
    const standings = plan.lineIndexes.map((lineIndex, stackIndex) => (lineIndex === null ? null : standing(stackIndex, lineIndex)));
    plan.differs = new Set(standings).size > 1;
  }
  return [...plans.values()];
}

export function compareStacks(stacks: ComparedStack[]): Comparison {
  const totals = stacks.map((s) => s.evaluation.monthlyTotal);
  const cheapestIndex = indexOfLeast(totals);
  const cheapest = totals[cheapestIndex]!;
  const firstYears = stacks.map((s) => s.evaluation.firstYearTotal);
  const cheapestFirstYearIndex = indexOfLeast(firstYears);
  const issueSets = stacks.map((s) => new Set(s.evaluation.issues.map((issue) => issue.code)));
  const vendorSets = stacks.map((s) => new Set(s.evaluation.vendorSubtotals.map((v) => v.vendorId)));
  const entries = stacks.map((_, i) => ({
    costAboveCheapest: totals[i]! - cheapest,
    firstYearAboveCheapest: firstYears[i]! - firstYears[cheapestFirstYearIndex]!,
    issuesOnlyHere: onlyHere(issueSets, i),
    vendorsOnlyHere: [...vendorSets[i]!].filter((vendor) => vendorSets.every((set, j) => j === i || !set.has(vendor))),
  }));

  const differences: Comparison['differences'] = [];
  const names = stacks.map((s) => `«${s.name}»`);
  if (new Set(totals).size > 1) {
    const priciest = indexOfGreatest(totals);
    const gap = formatVnd(totals[priciest]! - cheapest);
    differences.push({
      aspect: 'COST',
      message: `${names[cheapestIndex]} rẻ nhất; ${names[priciest]} đắt hơn ${gap} mỗi tháng.`,
      messageEn: `${names[cheapestIndex]} is the cheapest; ${names[priciest]} costs ${gap} more a month.`,
    });
  }
  const oneTimes = stacks.map((s) => s.evaluation.oneTimeTotal);
  if (new Set(oneTimes).size > 1) {
    const most = indexOfGreatest(oneTimes);
    const fewest = indexOfLeast(oneTimes);
    const gap = formatVnd(oneTimes[most]! - oneTimes[fewest]!);
    differences.push({
      aspect: 'ONE_TIME_COST',
      message: `${names[most]} có chi phí một lần cao nhất, hơn ${names[fewest]} ${gap}.`,
      messageEn: `${names[most]} has the highest one-time cost, ${gap} more than ${names[fewest]}.`,
    });
    // With equal one-time costs the first year's gaps are twelve months' gaps: said only when they are not.
    if (new Set(firstYears).size > 1) {
      const priciest = indexOfGreatest(firstYears);
      const least = cheapestFirstYearIndex;
      const yearGap = formatVnd(firstYears[priciest]! - firstYears[least]!);
      const notMonthly = least !== cheapestIndex;
      differences.push({
        aspect: 'FIRST_YEAR_COST',
        message:
          `${names[least]} rẻ nhất trong năm đầu (12 tháng cộng chi phí một lần); ${names[priciest]} đắt hơn ${yearGap}.` +
          (notMonthly ? ` Tính theo tháng thì ${names[cheapestIndex]} rẻ nhất.` : ''),
        messageEn:
          `${names[least]} costs the least over the first year (12 months plus one-time costs); ${names[priciest]} costs ${yearGap} more.` +
          (notMonthly ? ` By the month, ${names[cheapestIndex]} is the cheapest.` : ''),
      });
    }
  }
  const abroad = stacks.map((s, i) => (s.evaluation.dataInVietnam ? null : names[i])).filter((n): n is string => n !== null);
  if (abroad.length > 0 && abroad.length < stacks.length) {
    differences.push({
      aspect: 'RESIDENCY',
      message: `${abroad.join(', ')} có dữ liệu ngoài Việt Nam; các bộ còn lại giữ toàn bộ dữ liệu trong nước.`,
      messageEn: `${abroad.join(', ')} keep${abroad.length === 1 ? 's' : ''} data outside Vietnam; the others keep all data at home.`,
    });
  }
  const availabilities = stacks.map((s) => s.evaluation.compositeAvailability);
  if (new Set(availabilities).size > 1) {
    const listed = stacks.map((_, i) => `${names[i]}: ${availabilities[i] === null ? '—' : `${availabilities[i]}%`}`).join(', ');
    differences.push({
      aspect: 'AVAILABILITY',
      message: `Độ sẵn sàng tổng hợp khác nhau: ${listed}.`,
      messageEn: `Composite availability differs: ${listed}.`,
    });
  }
  const shares = stacks.map((s) => s.evaluation.micCoveredShare);
  if (new Set(shares).size > 1) {
    const listed = stacks.map((_, i) => `${names[i]}: ${shares[i]}%`).join(', ');
    differences.push({
      aspect: 'MIC_COVERAGE',
      message: `Tỷ lệ chi phí hằng tháng có chứng nhận tiêu chí MIC khác nhau: ${listed}.`,
      messageEn: `The share of the monthly cost covered by verified MIC attestations differs: ${listed}.`,
    });
  }
  if (entries.some((entry) => entry.issuesOnlyHere.length > 0)) {
    const listed = entries
      .map((entry, i) => (entry.issuesOnlyHere.length > 0 ? `${names[i]}: ${entry.issuesOnlyHere.join(', ')}` : null))
      .filter((text): text is string => text !== null)
      .join('; ');
    differences.push({
      aspect: 'ISSUES',
      message: `Các vấn đề không chung: ${listed}.`,
      messageEn: `Issues not shared by all: ${listed}.`,
    });
  }
  if (vendorSets.some((set) => [...set].some((vendor) => vendorSets.some((other) => !other.has(vendor))))) {
    differences.push({
      aspect: 'VENDORS',
      message: 'Các bộ dùng những nhà cung cấp khác nhau.',
      messageEn: 'The stacks use different vendors.',
    });
  }
  const plans = comparePlans(stacks);
  const differing = plans.filter((plan) => plan.differs).length;
  if (differing > 0) {
    differences.push({
      aspect: 'LINES',
      message: `Các bộ khác nhau ở ${differing} trên ${plans.length} dòng.`,
      messageEn: `The stacks differ in ${differing} line${differing === 1 ? '' : 's'} of ${plans.length}.`,
    });
  }
  return { cheapestIndex, cheapestFirstYearIndex, entries, plans, differences };
}
