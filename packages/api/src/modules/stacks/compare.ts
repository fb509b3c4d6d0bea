// Comparing evaluated stacks: pure, no I/O. Says which is cheapest and in which aspects they differ.
import type { Evaluation } from './evaluator.ts';
import { formatVnd } from './money.ts';

export type DifferenceAspect = 'COST' | 'RESIDENCY' | 'AVAILABILITY' | 'ISSUES' | 'VENDORS';

export interface ComparedStack {
  name: string;
  evaluation: Evaluation;
}

export interface Comparison {
  cheapestIndex: number;
  entries: { costAboveCheapest: bigint; issuesOnlyHere: string[]; vendorsOnlyHere: string[] }[];
  differences: { aspect: DifferenceAspect; message: string; messageEn: string }[];
}

function onlyHere(sets: Set<string>[], index: number): string[] {
  const others = sets.filter((_, i) => i !== index);
  return [...sets[index]!].filter((value) => others.some((other) => !other.has(value)));
}

export function compareStacks(stacks: ComparedStack[]): Comparison {
  const totals = stacks.map((s) => s.evaluation.monthlyTotal);
  const cheapestIndex = totals.reduce((best, total, i) => (total < totals[best]! ? i : best), 0);
  const cheapest = totals[cheapestIndex]!;
  const issueSets = stacks.map((s) => new Set(s.evaluation.issues.map((issue) => issue.code)));
  const vendorSets = stacks.map((s) => new Set(s.evaluation.vendorSubtotals.map((v) => v.vendorId)));
  const entries = stacks.map((_, i) => ({
    costAboveCheapest: totals[i]! - cheapest,
    issuesOnlyHere: onlyHere(issueSets, i),
    vendorsOnlyHere: [...vendorSets[i]!].filter((vendor) => vendorSets.every((set, j) => j === i || !set.has(vendor))),
  }));

  const differences: Comparison['differences'] = [];
  const names = stacks.map((s) => `«${s.name}»`);
  if (new Set(totals).size > 1) {
    const priciest = totals.reduce((best, total, i) => (total > totals[best]! ? i : best), 0);
    const gap = formatVnd(totals[priciest]! - cheapest);
    differences.push({
      aspect: 'COST',
      message: `${names[cheapestIndex]} rẻ nhất; ${names[priciest]} đắt hơn ${gap} mỗi tháng.`,
      messageEn: `${names[cheapestIndex]} is the cheapest; ${names[priciest]} costs ${gap} more a month.`,
    });
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
  return { cheapestIndex, entries, differences };
}
