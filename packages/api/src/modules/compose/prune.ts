import type { ComposeCandidate } from './problem.ts';

// Exact dominance pruning of the composer's candidates (pure, O(n log n) plus the size of the kept fronts).
//
// Plans are pruned by OFFERING: an offering A is dropped when two kept offerings B and C each dominate it.
// B dominates A when they share a class (every fact the stack's rules read besides price and SLA) and
//   - for every unit class A has a plan in, B has one with monthly and one-time price each ≤ (so B is at
//     least as cheap as a need line, as an extra line, on both budgets and on the first-year cost), and
//   - B's SLA ≥ A's (SLAs compared exactly, in thousandths of a percent, as the evaluator reads them).
// Within an offering, a plan is dropped when another plan of its unit class costs no more on both prices.
//
// Why this is exact (every optimum survives). Take an optimal stack S (of any objective: cost, vendors,
// availability). (1) Some optimum holds at most two offerings of one class: offerings of a class meet the
// same requirements, provide the same layers, host the same software and state the same city span, so an
// EXTRA line of a class that has two other offerings in S can leave (one of the others is not the requirer
// it served); at most two lines serve the class's need (one need per category, a pair at most), so
// removing extras one by one leaves ≤ 2 (a need pair + any extra: the extra leaves; one need line, a
// running and a one-time extra: the one-time extra leaves; and so on). Removing a line never raises a
// cost, a vendor count or lowers an availability. (2) Replace each dropped offering A of S by a kept
// dominator not in S: A has two kept dominators and S holds at most one other offering of the class, so one
// is free (two dropped offerings of a class: each has two dominators, so distinct ones exist). The
// dominator's plan of the same unit class serves the same need or extra role at a price ≤ on both budgets,
// the same requirements, layers, host, vendor, filters and city span hold, and its SLA ≥ keeps every
// availability (in series or in a pair) ≥. So the new stack is feasible and as good: an optimum survives.
// Keeping only the Pareto front (one dominator) would not be exact: two offerings of one class can be needed
// together (a second-site pair of one vendor, an offering whose requirement names its own category).

/** The unit classes a need tells apart: HOUR is billed as MONTH (its price is × 730). */
export function unitClassOf(unit: ComposeCandidate['unit']): string {
  return unit === 'HOUR' ? 'MONTH' : unit;
}

/** Thousandths of a percent, exact ("99.95" → 99950n), as the evaluator reads an SLA. */
export function slaThousandths(value: string): bigint {
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole!) * 1000n + BigInt((fraction + '000').slice(0, 3));
}

/** The requirements as one string: equal strings, equal needs from the stack. */
export function requirementSignature(candidate: ComposeCandidate): string {
  const each = candidate.requirements.map(
    (r) => `${[...r.categoryIds].sort((a, b) => a - b).join(',')}|${[...r.vendorIds].sort().join(',')}|${r.hosting ? 1 : 0}`,
  );
  return [...new Set(each)].sort().join(';');
}

/** How a second site reads an offering's cities: none (it cannot be half of a pair), one city (pairs with any other), several (pairs with any). */
export function cityClassOf(candidate: ComposeCandidate): string {
  if (candidate.cities.length === 0) return '-';
  return candidate.cities.length === 1 ? `=${candidate.cities[0]}` : '*';
}

export interface PruneRules {
  /** every fact besides price and SLA that the stack's rules read: offerings of one class are interchangeable */
  classOf: (candidate: ComposeCandidate) => string;
  /** the plans a need or an extra line tells apart (a plan is kept per offering and unit class) */
  unitClassOf: (candidate: ComposeCandidate) => string;
  /** the SLA that ranks offerings of a class (null: not compared, all equal) */
  slaOf: (candidate: ComposeCandidate) => bigint | null;
}

interface OfferingPlans {
  sla: bigint | null;
  /** per unit class, the plans no other plan of the class beats on both prices, cheapest monthly first */
  plans: Map<string, ComposeCandidate[]>;
  cheapest: bigint;
}

const firstYear = (c: ComposeCandidate) => 12n * c.monthlyPrice + c.oneTimePrice;

function dominates(b: OfferingPlans, a: OfferingPlans): boolean {
  if (a.sla !== null && (b.sla === null || b.sla < a.sla)) return false;
  for (const [unitClass, plans] of a.plans) {
    const own = b.plans.get(unitClass);
    if (!own) return false;
    for (const plan of plans) {
      if (!own.some((o) => o.monthlyPrice <= plan.monthlyPrice && o.oneTimePrice <= plan.oneTimePrice)) return false;
    }
  }
  return true;
}

/** The plans of the offerings no two kept offerings of its class dominate (see above), in the input's order. */
export function pruneWith(candidates: ComposeCandidate[], rules: PruneRules): ComposeCandidate[] {
  const classes = new Map<string, Map<string, OfferingPlans>>();
  for (const candidate of candidates) {
    const key = rules.classOf(candidate);
    let offerings = classes.get(key);
    if (!offerings) classes.set(key, (offerings = new Map()));
    let offering = offerings.get(candidate.offeringId);
    if (!offering) offerings.set(candidate.offeringId, (offering = { sla: rules.slaOf(candidate), plans: new Map(), cheapest: firstYear(candidate) }));
    const unitClass = rules.unitClassOf(candidate);
    offering.plans.set(unitClass, [...(offering.plans.get(unitClass) ?? []), candidate]);
    if (firstYear(candidate) < offering.cheapest) offering.cheapest = firstYear(candidate);
  }

  const kept = new Set<string>();
  for (const offerings of classes.values()) {
    for (const offering of offerings.values()) {
      for (const [unitClass, plans] of offering.plans) {
        const sorted = [...plans].sort((a, b) =>
          a.monthlyPrice !== b.monthlyPrice ? (a.monthlyPrice < b.monthlyPrice ? -1 : 1) : a.oneTimePrice !== b.oneTimePrice ? (a.oneTimePrice < b.oneTimePrice ? -1 : 1) : a.planId.localeCompare(b.planId),
        );
        const front: ComposeCandidate[] = [];
        for (const plan of sorted) {
          if (front.length === 0 || plan.oneTimePrice < front[front.length - 1]!.oneTimePrice) front.push(plan);
        }
        offering.plans.set(unitClass, front);
      }
    }
    // Likely dominators first (higher SLA, then cheaper); whatever the order, a dropped offering has two kept dominators.
    const ordered = [...offerings.entries()].sort(
      ([idA, a], [idB, b]) =>
        (a.sla === b.sla ? 0 : a.sla === null ? 1 : b.sla === null ? -1 : a.sla > b.sla ? -1 : 1) ||
        (a.cheapest === b.cheapest ? 0 : a.cheapest < b.cheapest ? -1 : 1) ||
        b.plans.size - a.plans.size ||
        idA.localeCompare(idB),
    );
    const front: OfferingPlans[] = [];
    for (const [, offering] of ordered) {
      let dominators = 0;
      for (const other of front) {
        if (dominates(other, offering) && ++dominators === 2) break;
      }
      if (dominators === 2) continue;
      front.push(offering);
      for (const plans of offering.plans.values()) for (const plan of plans) kept.add(plan.planId);
    }
  }
  return candidates.filter((candidate) => kept.has(candidate.planId));
}

/**
 * Drops the plans no optimal stack needs, for any needs and constraints: the class keeps every fact a
 * constraint filters on (data in Vietnam, naming no data center, domestic vendor, verified frameworks, a
 * stated SLA) and, with a second site, how the offering's cities pair.
 */
export function pruneCandidates(candidates: ComposeCandidate[], secondSite: boolean): ComposeCandidate[] {
  return pruneWith(candidates, {
    classOf: (c) =>
      [
        c.categoryId,
        c.vendorId,
        c.kind,
        requirementSignature(c),
        c.slaAvailability === null ? 'no-sla' : 'sla',
        c.dataInVietnam ? 'vn' : '',
        c.cities.length === 0 ? 'no-dc' : '',
        c.vendorDomestic ? 'domestic' : '',
        c.verifiedFrameworks.join(','),
        secondSite ? cityClassOf(c) : '',
      ].join('\u0000'),
    unitClassOf: (c) => unitClassOf(c.unit),
    slaOf: (c) => (c.kind === 'SOFTWARE' || c.slaAvailability === null ? null : slaThousandths(c.slaAvailability)),
  });
}
