import { satisfies } from '../stacks/evaluator/placement.ts';
import type { ComposeCandidate } from './problem.ts';

// Exact dominance pruning of the composer's candidates (pure, O(n log n) plus the size of the kept fronts).
//
// Plans are pruned by OFFERING: an offering A is dropped when k kept offerings each dominate it (k = 1, or 2
// for a class two of whose offerings a stack may need together, below). B dominates A when they share a
// class (every fact the stack's rules read besides price and SLA) and
//   - for every unit class A has a plan in, B has one with monthly and one-time price each ≤ (so B is at
//     least as cheap as a need line, as an extra line, on both budgets and on the first-year cost), and
//   - B's SLA ≥ A's (SLAs compared exactly, in thousandths of a percent, as the evaluator reads them).
//   - B's free requirements (those the class does not fix: all but hosting ones) are a subset of A's.
// Within an offering, a plan is dropped when another plan of its unit class costs no more on both prices.
//
// Why this is exact (an optimum of every objective survives: cost, vendors, availability, each under any
// constraints). Take an optimal stack S. (1) Some optimum holds at most one offering of a class, or two
// when the class is PAIRED (its offerings may form a need's second-site pair: several cities, requireSecondSite)
// or SELF-MET (its offerings meet one of their own requirements). Offerings of a class meet the same
// requirements, provide the same layers and host the same software, and a running line (any non-software
// need line, a recurring extra) does all an offering of its class can. If the class is not self-met, no
// member requires the class, so an EXTRA member can leave whenever another member stays: that one meets
// every requirement it met (the requirer is outside the class), and the layers and hosts when it runs
// (leave a one-time member before a running one). One need per category gives at most one need line of the
// class, two when paired. Removing a line never raises a cost or a vendor count nor lowers an availability.
// (2) Replace each dropped offering A of S by a kept dominator not in S: A has k kept dominators and S holds
// at most k − 1 other offerings of the class (two dropped ones of a paired or self-met class: each has two
// dominators, so distinct ones exist). The dominator's plan of the same unit class serves the same need or
// extra role at a price ≤ on both budgets; the same requirements, layers, host, vendor, filters and city
// span hold; its SLA ≥ keeps every availability (in series or in a pair) ≥; each requirement of B is one
// of A's, met in S by an offering X ≠ A, and X ≠ B (B was not in S), so X still meets it. So an optimum
// survives. (A class is self-met when any member is: members share category and vendor, or which
// vendor-naming requirements they meet, so a member's requirement the class meets is met by itself.)
// Keeping one dominator for a paired or self-met class would not be exact: a second-site pair of one
// vendor, or an offering requiring its own category, needs two offerings of one class.

/**
 * A fact derived from a candidate, computed once per candidate object: the catalog cache keeps candidates
 * (immutable) across compositions, and every composition prunes them again per objective.
 */
export function derived<T>(compute: (candidate: ComposeCandidate) => T): (candidate: ComposeCandidate) => T {
  const known = new WeakMap<ComposeCandidate, T>();
  return (candidate) => {
    if (known.has(candidate)) return known.get(candidate)!;
    const value = compute(candidate);
    known.set(candidate, value);
    return value;
  };
}

/** The unit classes a need tells apart: HOUR is billed as MONTH (its price is × 730). */
export function unitClassOf(unit: ComposeCandidate['unit']): string {
  return unit === 'HOUR' ? 'MONTH' : unit;
}

/** Thousandths of a percent, exact ("99.95" → 99950n), as the evaluator reads an SLA. */
export function slaThousandths(value: string): bigint {
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole!) * 1000n + BigInt((fraction + '000').slice(0, 3));
}

/** One requirement as a string: equal strings, equal needs from the stack. */
export const requirementKey = (r: ComposeCandidate['requirements'][number]) =>
  `${[...r.categoryIds].sort((a, b) => a - b).join(',')}|${[...r.vendorIds].sort().join(',')}|${r.hosting ? 1 : 0}`;

/** The requirements as one string: equal strings, equal needs from the stack. */
export const requirementSignature = derived((candidate) =>
  candidate.requirements.length === 0 ? '' : [...new Set(candidate.requirements.map(requirementKey))].sort().join(';'),
);

/** The hosting requirements as one string: they choose software's host, so a class fixes them. */
export const hostingSignature = derived((candidate) => [...new Set(candidate.requirements.filter((r) => r.hosting).map(requirementKey))].sort().join(';'));

/** The other requirements, one string each: a class leaves them free (a dominator's are a subset). */
export const plainRequirements = derived((candidate) => [...new Set(candidate.requirements.filter((r) => !r.hosting).map(requirementKey))]);

/** The offering meets one of its own requirements (so a stack may need two offerings of its class). */
export const selfMet = derived((candidate) => candidate.requirements.some((r) => satisfies(r, candidate.categoryId, candidate.vendorId)));

/** How a second site reads an offering's cities: none (it cannot be half of a pair), one city (pairs with any other), several (pairs with any). */
export const cityClassOf = derived((candidate) => (candidate.cities.length === 0 ? '-' : candidate.cities.length === 1 ? `=${candidate.cities[0]}` : '*'));

export interface PruneRules {
  /** every fact besides price and SLA that the stack's rules read: offerings of one class are interchangeable */
  classOf: (candidate: ComposeCandidate) => string;
  /** the plans a need or an extra line tells apart (a plan is kept per offering and unit class) */
  unitClassOf: (candidate: ComposeCandidate) => string;
  /** the SLA that ranks offerings of a class (null: not compared, all equal) */
  slaOf: (candidate: ComposeCandidate) => bigint | null;
  /** a stack may need two offerings of the candidate's class (paired or self-met, above): true for one member, true for its class */
  keepTwo: (candidate: ComposeCandidate) => boolean;
  /**
   * the requirements the class leaves free, one string each: a dominator's must be a subset of the
   * dominated offering's (every requirement it brings, the other brought too, met by an offering besides both)
   */
  freeRequirements: (candidate: ComposeCandidate) => string[];
}

interface OfferingPlans {
  sla: bigint | null;
  requirements: Set<string>;
  /** per unit class, the plans no other plan of the class beats on both prices, cheapest monthly first */
  plans: Map<string, ComposeCandidate[]>;
  cheapest: bigint;
}

const firstYear = derived((c) => 12n * c.monthlyPrice + c.oneTimePrice);

function dominates(b: OfferingPlans, a: OfferingPlans): boolean {
  if (a.sla !== null && (b.sla === null || b.sla < a.sla)) return false;
  for (const requirement of b.requirements) if (!a.requirements.has(requirement)) return false;
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
  const dominatorsNeeded = new Map<Map<string, OfferingPlans>, number>();
  for (const candidate of candidates) {
    const key = rules.classOf(candidate);
    let offerings = classes.get(key);
    if (!offerings) classes.set(key, (offerings = new Map()));
    if (rules.keepTwo(candidate)) dominatorsNeeded.set(offerings, 2);
    let offering = offerings.get(candidate.offeringId);
    if (!offering) {
      offering = { sla: rules.slaOf(candidate), requirements: new Set(rules.freeRequirements(candidate)), plans: new Map(), cheapest: firstYear(candidate) };
      offerings.set(candidate.offeringId, offering);
    }
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
    // Likely dominators first (higher SLA, then cheaper); whatever the order, a dropped offering has k kept dominators.
    const needed = dominatorsNeeded.get(offerings) ?? 1;
    const ordered = [...offerings.entries()].sort(
      ([idA, a], [idB, b]) =>
        (a.sla === b.sla ? 0 : a.sla === null ? 1 : b.sla === null ? -1 : a.sla > b.sla ? -1 : 1) ||
        (a.cheapest === b.cheapest ? 0 : a.cheapest < b.cheapest ? -1 : 1) ||
        a.requirements.size - b.requirements.size ||
        b.plans.size - a.plans.size ||
        idA.localeCompare(idB),
    );
    const front: OfferingPlans[] = [];
    for (const [, offering] of ordered) {
      let dominators = 0;
      for (const other of front) {
        if (dominates(other, offering) && ++dominators === needed) break;
      }
      if (dominators === needed) continue;
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
        hostingSignature(c),
        c.slaAvailability === null ? 'no-sla' : 'sla',
        c.dataInVietnam ? 'vn' : '',
        c.cities.length === 0 ? 'no-dc' : '',
        c.vendorDomestic ? 'domestic' : '',
        c.verifiedFrameworks.join(','),
        secondSite ? cityClassOf(c) : '',
      ].join('\u0000'),
    unitClassOf: (c) => unitClassOf(c.unit),
    slaOf: (c) => (c.kind === 'SOFTWARE' || c.slaAvailability === null ? null : slaThousandths(c.slaAvailability)),
    keepTwo: (c) => selfMet(c) || (secondSite && cityClassOf(c) === '*'),
    freeRequirements: plainRequirements,
  });
}
