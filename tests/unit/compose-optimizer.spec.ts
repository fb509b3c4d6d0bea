import { describe, expect, it } from 'vitest';
import { runs, servesNeed, violations, type JudgedLine } from '../../packages/api/src/modules/compose/judge.ts';
import { CompositionLimitError, composeStacks, relax, setConstraints } from '../../packages/api/src/modules/compose/optimizer.ts';
import type {
  BillingUnit,
  ComposeCandidate,
  ComposeConstraints,
  ComposedAlternative,
  ComposeNeed,
  ComposeProblem,
  CompositionBlocker,
  StackLayer,
} from '../../packages/api/src/modules/compose/problem.ts';
import { pruneCandidates } from '../../packages/api/src/modules/compose/prune.ts';
import { defaultEvaluationOptions } from '../../packages/api/src/modules/stacks/evaluator.ts';

// The composer against brute force: random small catalogues (seeded), every stack the modelling rules
// allow enumerated and judged by the real evaluator (judge.ts), the optimum of each objective compared.

/** mulberry32: a small seeded PRNG, so a failing case can be replayed by its seed. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!;
  const some = <T,>(items: readonly T[], p: number): T[] => items.filter(() => next() < p);
  return { next, int, pick, some };
}
type Rand = ReturnType<typeof prng>;

const categories = [
  { id: 1, slug: 'compute', kind: 'IAAS' },
  { id: 2, slug: 'kubernetes', kind: 'PAAS' },
  { id: 3, slug: 'managed-database', kind: 'PAAS' },
  { id: 4, slug: 'waf', kind: 'SECURITY' },
  { id: 5, slug: 'backup', kind: 'IAAS' },
  { id: 6, slug: 'monitoring', kind: 'SAAS' },
  { id: 7, slug: 'accounting', kind: 'SOFTWARE' },
  { id: 8, slug: 'email', kind: 'SAAS' },
] as const;
const categoryOf = (id: number) => categories.find((c) => c.id === id)!;


const noConstraints: ComposeConstraints = {
  dataInVietnam: false,
  domesticOnly: false,
  verifiedFramework: null,
  minAvailability: null,
  maxMonthlyTotal: null,
  maxFirstYearTotal: null,
  excludeVendorIds: [],
  requireSecondSite: false,
  maxVendors: null,
  layers: [],
};

function randomProblem(rand: Rand): ComposeProblem {
  const vendors = ['v1', 'v2', 'v3', 'v4'].slice(0, 2 + rand.int(3));
  const domestic = new Map(vendors.map((v) => [v, rand.next() < 0.7]));
  const constraints: ComposeConstraints = {
    dataInVietnam: rand.next() < 0.15,
    domesticOnly: rand.next() < 0.15,
    verifiedFramework: rand.next() < 0.15 ? 'ISO27001' : null,
    minAvailability: rand.next() < 0.2 ? rand.pick(['99', '99.5', '99.8', '99.9']) : null,
    maxMonthlyTotal: null,
    maxFirstYearTotal: null,
    excludeVendorIds: rand.next() < 0.15 ? [rand.pick(vendors)] : [],
    requireSecondSite: rand.next() < 0.25,
    maxVendors: rand.next() < 0.25 ? 1 + rand.int(3) : null,
    layers: rand.some<StackLayer>(['SECURITY', 'BACKUP', 'MONITORING'], 0.2),
  };
  const needs: ComposeNeed[] = [...categories]
    .sort(() => rand.next() - 0.5)
    .slice(0, 1 + rand.int(rand.next() < 0.5 ? 2 : 3))
    .map((category) => ({
      categoryId: category.id,
      categorySlug: category.slug,
      kind: category.kind,
      quantity: 1 + rand.int(3),
      units: [...new Set<BillingUnit>([...rand.some<BillingUnit>(['MONTH', 'GB_MONTH', 'USER_MONTH', 'ONE_TIME'], 0.3), category.kind === 'SOFTWARE' ? 'ONE_TIME' : rand.pick<BillingUnit>(['MONTH', 'USER_MONTH'])])],
    }));
  // Offerings: one or two per need (two for a second site), a provider of each layer, one more of any category; at most 7.
  const layerCategory = { SECURITY: 4, BACKUP: 5, MONITORING: 6 } as const;
  const plan: { categoryId: number; need: ComposeNeed | null }[] = [
    ...needs.flatMap((need) => Array.from({ length: constraints.requireSecondSite || rand.next() < 0.4 ? 2 : 1 }, () => ({ categoryId: need.categoryId, need }))),
    ...constraints.layers.map((layer) => ({ categoryId: layerCategory[layer], need: null })),
    // software wants a host: then a compute offering, else any
    { categoryId: needs.some((n) => n.kind === 'SOFTWARE') ? 1 : rand.pick([1, 2, 3, 4, 5, 6, 7, 8]), need: null },
  ].slice(0, 7);
  const candidates: ComposeCandidate[] = [];
  for (const [o, { categoryId, need }] of plan.entries()) {
    const category = categoryOf(categoryId);
    const vendorId = rand.pick(vendors);
    const cities = [...rand.some(['Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng'], 0.45), ...rand.some(['Singapore'], 0.15)].sort();
    const requirements: ComposeCandidate['requirements'] = [];
    for (let r = 0; r < 2 && rand.next() < (r === 0 ? 0.35 : 0.2); r++) {
      const hosting = category.kind === 'SOFTWARE' && rand.next() < 0.6;
      requirements.push({
        // mostly categories the catalogue has, sometimes one it lacks
        categoryIds: [...new Set(hosting ? rand.some([1, 2], 0.6).concat([rand.pick([1, 2])]) : [rand.pick(plan).categoryId, rand.pick(categories).id])],
        vendorIds: rand.next() < 0.6 ? [] : [...new Set([rand.pick(vendors), rand.pick(vendors)])],
        hosting,
      });
    }
    const sla = category.kind === 'SOFTWARE' ? null : rand.pick([null, '99', '99.5', '99.9', '99.95', '99.99', '100']);
    const planCount = 1 + (rand.next() < 0.4 ? 1 : 0);
    for (let p = 0; p < planCount; p++) {
      const unit = need && rand.next() < 0.8 ? rand.pick(need.units) : rand.pick<BillingUnit>(['MONTH', 'HOUR', 'GB_MONTH', 'USER_MONTH', 'ONE_TIME', 'MONTH']);
      candidates.push({
        planId: `p${o}-${p}`,
        unit,
        monthlyPrice: unit === 'ONE_TIME' ? 0n : BigInt(rand.int(20) * 1000),
        oneTimePrice: unit === 'ONE_TIME' ? BigInt(rand.int(200) * 1000) : 0n,
        offeringId: `o${o}`,
        vendorId,
        categoryId: category.id,
        categorySlug: category.slug,
        kind: category.kind,
        slaAvailability: sla,
        cities,
        dataInVietnam: cities.length > 0 && !cities.includes('Singapore'),
        vendorDomestic: domestic.get(vendorId)!,
        verifiedFrameworks: rand.next() < 0.6 ? ['ISO27001'] : [],
        requirements,
      });
    }
  }
  return { needs, constraints, candidates, options: defaultEvaluationOptions };
}

/**
 * Every stack the modelling rules allow: each need served by one line (or a pair) of its category at its
 * quantity, any other offering absent or one of its plans at quantity 1; each offering once. Lines the
 * constraints refuse one by one (a vendor excluded or abroad, a framework missing, no SLA on a running line)
 * and branches already over a budget or the vendor limit are skipped: the judge would refuse them by the
 * same rules.
 */
function* everyStack(problem: ComposeProblem): Generator<JudgedLine[]> {
  const { constraints } = problem;
  const admitted = problem.candidates.filter(
    (c) =>
      !constraints.excludeVendorIds.includes(c.vendorId) &&
      (!constraints.domesticOnly || c.vendorDomestic) &&
      (constraints.verifiedFramework === null || c.verifiedFrameworks.includes(constraints.verifiedFramework)) &&
      (constraints.minAvailability === null || !runs(c) || c.slaAvailability !== null),
  );
  const byPlan = new Map(admitted.map((c) => [c.planId, c]));
  const within = (lines: JudgedLine[]) => {
    const { monthly, firstYear } = totals(byPlan, lines);
    return (
      (constraints.maxMonthlyTotal === null || monthly <= constraints.maxMonthlyTotal) &&
      (constraints.maxFirstYearTotal === null || firstYear <= constraints.maxFirstYearTotal) &&
      (constraints.maxVendors === null || new Set(lines.map((l) => byPlan.get(l.planId)!.vendorId)).size <= constraints.maxVendors)
    );
  };
  const offerings = [...new Set(admitted.map((c) => c.offeringId))];
  const plansOf = (offeringId: string) => admitted.filter((c) => c.offeringId === offeringId);
  function* extras(index: number, used: Set<string>, lines: JudgedLine[]): Generator<JudgedLine[]> {
    if (!within(lines)) return;
    if (index === offerings.length) {
      yield lines;
      return;
    }
    const offeringId = offerings[index]!;
    yield* extras(index + 1, used, lines);
    if (used.has(offeringId)) return;
    for (const plan of plansOf(offeringId)) yield* extras(index + 1, used, [...lines, { planId: plan.planId, quantity: 1, redundancyGroup: null }]);
  }
  function* needLines(index: number, used: Set<string>, lines: JudgedLine[]): Generator<JudgedLine[]> {
    if (!within(lines)) return;
    if (index === problem.needs.length) {
      yield* extras(0, used, lines);
      return;
    }
    const need = problem.needs[index]!;
    const own = admitted.filter((c) => c.categoryId === need.categoryId && !used.has(c.offeringId));
    if (constraints.requireSecondSite && need.kind !== 'SOFTWARE') {
      const group = `need-${need.categorySlug}`;
      for (const [i, a] of own.entries()) {
        for (const b of own.slice(i + 1)) {
          if (a.offeringId === b.offeringId) continue;
          yield* needLines(index + 1, new Set([...used, a.offeringId, b.offeringId]), [
            ...lines,
            { planId: a.planId, quantity: need.quantity, redundancyGroup: group },
            { planId: b.planId, quantity: need.quantity, redundancyGroup: group },
          ]);
        }
      }
    } else {
      for (const c of own) yield* needLines(index + 1, new Set([...used, c.offeringId]), [...lines, { planId: c.planId, quantity: need.quantity, redundancyGroup: null }]);
    }
  }
  yield* needLines(0, new Set(), []);
}

function totals(byPlan: Map<string, ComposeCandidate>, lines: JudgedLine[]) {
  let monthly = 0n;
  let firstYear = 0n;
  for (const line of lines) {
    const c = byPlan.get(line.planId)!;
    monthly += BigInt(line.quantity) * c.monthlyPrice;
    firstYear += BigInt(line.quantity) * (12n * c.monthlyPrice + c.oneTimePrice);
  }
  return { monthly, firstYear };
}

interface Judged {
  lines: JudgedLine[];
  monthly: bigint;
  firstYear: bigint;
  vendors: number;
  /** the ranking availability, exact: running lines grouped (a pair in parallel), an unknown SLA as 90 % */
  availability: [bigint, bigint];
}

function thousandths(value: string): bigint {
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole!) * 1000n + BigInt((fraction + '000').slice(0, 3));
}

function measure(problem: ComposeProblem, lines: JudgedLine[]): Judged {
  const byPlan = new Map(problem.candidates.map((c) => [c.planId, c]));
  const { monthly, firstYear } = totals(byPlan, lines);
  const groups = new Map<string, ComposeCandidate[]>();
  for (const line of lines) {
    const c = byPlan.get(line.planId)!;
    if (!runs(c)) continue;
    const key = line.redundancyGroup ?? `alone:${c.offeringId}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  let numerator = 1n;
  let denominator = 1n;
  for (const group of groups.values()) {
    const full = 100_000n ** BigInt(group.length);
    const down = group.reduce((product, c) => product * (100_000n - thousandths(c.slaAvailability ?? '90')), 1n);
    numerator *= full - down;
    denominator *= full;
  }
  const vendors = new Set(lines.map((l) => byPlan.get(l.planId)!.vendorId)).size;
  return { lines, monthly, firstYear, vendors, availability: [numerator, denominator] };
}

const compareAvailability = (a: Judged, b: Judged) => {
  const left = a.availability[0] * b.availability[1];
  const right = b.availability[0] * a.availability[1];
  return left === right ? 0 : left > right ? 1 : -1;
};

/** The valid stacks by brute force, judged by the evaluator. */
function bruteForce(problem: ComposeProblem): Judged[] {
  const valid: Judged[] = [];
  for (const lines of everyStack(problem)) {
    if (violations(problem, lines).length === 0) valid.push(measure(problem, lines));
  }
  return valid;
}

const minimum = <T,>(items: T[], better: (a: T, b: T) => boolean): T => items.reduce((best, item) => (better(item, best) ? item : best));
const cheapestOf = (valid: Judged[]) => minimum(valid, (a, b) => a.firstYear < b.firstYear);
const fewestOf = (valid: Judged[]) => minimum(valid, (a, b) => a.vendors < b.vendors || (a.vendors === b.vendors && a.firstYear < b.firstYear));
const mostAvailableOf = (valid: Judged[]) => minimum(valid, (a, b) => compareAvailability(a, b) > 0 || (compareAvailability(a, b) === 0 && a.firstYear < b.firstYear));

const linesOf = (alternative: ComposedAlternative): JudgedLine[] =>
  alternative.lines.map((l) => ({ planId: l.planId, quantity: l.quantity, redundancyGroup: l.redundancyGroup }));

/** Budgets around the feasible range: at, just under or above the totals of a valid stack. */
function withBudgets(rand: Rand, problem: ComposeProblem, valid: Judged[]): ComposeProblem {
  if (valid.length === 0) return problem;
  const around = (amount: bigint) => amount + BigInt(rand.pick([-1000, -1, 0, 0, 1000, 5000]));
  const stack = rand.pick(valid);
  return {
    ...problem,
    constraints: {
      ...problem.constraints,
      maxMonthlyTotal: rand.next() < 0.35 ? around(stack.monthly) : null,
      maxFirstYearTotal: rand.next() < 0.35 ? around(stack.firstYear) : null,
    },
  };
}

/**
 * No rejected solution allowed: the model itself must be exact (the evaluator's check, with its cut and
 * re-solve, is a safety net that would hide a wrong row), and time enough for a loaded machine.
 */
const strict = { seconds: 600, cuts: 0 };

async function checkAgainstBruteForce(problem: ComposeProblem, valid: Judged[]): Promise<'feasible' | 'infeasible'> {
  const result = await composeStacks(problem, strict);
  for (const alternative of result.alternatives) {
    expect(violations(problem, linesOf(alternative))).toEqual([]);
    const measured = measure(problem, linesOf(alternative));
    expect([alternative.monthlyTotal, alternative.firstYearTotal, alternative.oneTimeTotal]).toEqual([measured.monthly, measured.firstYear, measured.firstYear - 12n * measured.monthly]);
  }
  if (valid.length === 0) {
    expect(result.alternatives).toEqual([]);
    await checkBlockers(problem, result.blockers);
    return 'infeasible';
  }
  expect(result.blockers).toEqual([]);
  expect(result.incomplete).toEqual([]);
  const found = result.alternatives.map((a) => ({ objective: a.objective, ...measure(problem, linesOf(a)) }));
  expect(found[0]!.objective).toBe('CHEAPEST');
  expect(found[0]!.firstYear).toBe(cheapestOf(valid).firstYear);
  const objectives = found.map((f) => f.objective);
  expect(objectives).toEqual(['CHEAPEST', 'FEWEST_VENDORS', 'HIGHEST_AVAILABILITY'].filter((o) => objectives.includes(o as never)));
  expect(new Set(found.map((f) => f.lines.map((l) => `${l.planId}/${l.quantity}/${l.redundancyGroup}`).sort().join(' '))).size).toBe(found.length);

  // An objective left out repeats an earlier alternative: that one is then its optimum.
  const fewest = fewestOf(valid);
  const asFewest = found.find((f) => f.objective === 'FEWEST_VENDORS') ?? found[0]!;
  expect([asFewest.vendors, asFewest.firstYear]).toEqual([fewest.vendors, fewest.firstYear]);
  const available = mostAvailableOf(valid);
  const asAvailable = found.find((f) => f.objective === 'HIGHEST_AVAILABILITY');
  if (asAvailable) {
    expect(compareAvailability(asAvailable, available)).toBe(0);
    expect(asAvailable.firstYear).toBe(available.firstYear);
  } else {
    expect(found.some((f) => compareAvailability(f, available) === 0 && f.firstYear === available.firstYear)).toBe(true);
  }
  return 'feasible';
}

async function checkBlockers(problem: ComposeProblem, blockers: CompositionBlocker[]) {
  const unserved = problem.needs.filter((need) => !problem.candidates.some((c) => servesNeed(c, need)));
  if (unserved.length > 0) {
    expect(blockers).toEqual(unserved.map((need) => ({ constraint: 'NEED', categoryId: need.categoryId, relaxed: null })));
    return;
  }
  const cheapestRelaxed = (constraints: ComposeConstraints) => {
    const valid = bruteForce({ ...problem, constraints });
    return valid.length === 0 ? null : { cheapest: cheapestOf(valid), valid };
  };
  const names = setConstraints(problem.constraints);
  const expected = names.flatMap((name) => {
    const relaxed = cheapestRelaxed(relax(problem.constraints, name));
    return relaxed ? [{ name, ...relaxed }] : [];
  });
  if (expected.length > 0) {
    expect(blockers.map((b) => b.constraint).sort()).toEqual(expected.map((e) => e.name).sort());
    for (const blocker of blockers) {
      const { cheapest, valid } = expected.find((e) => e.name === blocker.constraint)!;
      expect(blocker.relaxed!.firstYearTotal).toBe(cheapest.firstYear);
      expect(valid.some((v) => v.firstYear === cheapest.firstYear && v.monthly === blocker.relaxed!.monthlyTotal)).toBe(true);
    }
    const costs = blockers.map((b) => b.relaxed!.firstYearTotal);
    expect(costs).toEqual([...costs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    return;
  }
  const all = cheapestRelaxed(names.reduce((constraints, name) => relax(constraints, name), problem.constraints));
  expect(blockers).toEqual([
    ...names.map((name) => ({ constraint: name, categoryId: null, relaxed: null })),
    { constraint: 'COMBINATION', categoryId: null, relaxed: all && { monthlyTotal: expect.any(BigInt), firstYearTotal: all.cheapest.firstYear } },
  ]);
}

describe('composeStacks against brute force', () => {
  it('finds the optimum of every objective, or the blockers, on random small catalogues', async () => {
    const tally = { feasible: 0, infeasible: 0 };
    for (let seed = 1; seed <= 300; seed++) {
      const rand = prng(seed);
      const base = randomProblem(rand);
      const budgetFree = bruteForce(base);
      const problem = withBudgets(rand, base, budgetFree);
      const valid = problem === base ? budgetFree : budgetFree.filter((v) => violations(problem, v.lines).length === 0);
      try {
        tally[await checkAgainstBruteForce(problem, valid)]++;
      } catch (error) {
        throw new Error(`seed ${seed}: ${(error as Error).message}`, { cause: error });
      }
    }
    // the random problems exercise both outcomes
    expect(tally.feasible).toBeGreaterThan(60);
    expect(tally.infeasible).toBeGreaterThan(30);
  });
});

/** A plan of the hand-written catalogues: a recurring MONTH plan in Hà Nội and TP. Hồ Chí Minh unless told otherwise. */
function plan(planId: string, categorySlug: (typeof categories)[number]['slug'], vendorId: string, monthly: number, overrides: Partial<ComposeCandidate> = {}): ComposeCandidate {
  const category = categories.find((c) => c.slug === categorySlug)!;
  return {
    planId,
    unit: 'MONTH',
    monthlyPrice: BigInt(monthly),
    oneTimePrice: 0n,
    offeringId: `offering-${planId}`,
    vendorId,
    categoryId: category.id,
    categorySlug,
    kind: category.kind,
    slaAvailability: '99.9',
    cities: ['Hà Nội', 'TP. Hồ Chí Minh'],
    dataInVietnam: true,
    vendorDomestic: true,
    verifiedFrameworks: [],
    requirements: [],
    ...overrides,
  };
}

function need(categorySlug: (typeof categories)[number]['slug'], quantity: number, units: BillingUnit[] = ['MONTH']): ComposeNeed {
  const category = categories.find((c) => c.slug === categorySlug)!;
  return { categoryId: category.id, categorySlug, kind: category.kind, quantity, units };
}

const problemOf = (needs: ComposeNeed[], candidates: ComposeCandidate[], constraints: Partial<ComposeConstraints> = {}): ComposeProblem => ({
  needs,
  candidates,
  constraints: { ...noConstraints, ...constraints },
  options: defaultEvaluationOptions,
});

const brief = (alternative: ComposedAlternative) =>
  alternative.lines.map((l) => [l.planId, l.quantity, l.purpose, l.redundancyGroup, l.layer, l.requiredBy.map((r) => `${r.planId}#${r.requirementIndex}`).join(',')]);

describe('composeStacks on hand-written catalogues', () => {
  it('brings software its host from an allowed vendor, and the host what it requires in turn', async () => {
    const problem = problemOf(
      [need('accounting', 1, ['ONE_TIME'])],
      [
        plan('misa', 'accounting', 'misa', 0, { unit: 'ONE_TIME', oneTimePrice: 5_000_000n, slaAvailability: null, cities: [], dataInVietnam: false, requirements: [{ categoryIds: [1], vendorIds: ['viettel', 'vnpt'], hosting: true }] }),
        plan('fpt-vm', 'compute', 'fpt', 100_000),
        plan('viettel-vm', 'compute', 'viettel', 300_000, { requirements: [{ categoryIds: [3], vendorIds: [], hosting: false }] }),
        plan('vnpt-vm', 'compute', 'vnpt', 900_000),
        plan('cmc-db', 'managed-database', 'cmc', 200_000),
      ],
    );
    const { alternatives } = await composeStacks(problem, strict);
    expect(brief(alternatives[0]!)).toEqual([
      ['misa', 1, 'NEED', null, null, ''],
      ['viettel-vm', 1, 'REQUIREMENT', null, null, 'misa#0'],
      ['cmc-db', 1, 'REQUIREMENT', null, null, 'viettel-vm#0'],
    ]);
    expect(alternatives[0]!.firstYearTotal).toBe(5_000_000n + 12n * 500_000n);
    // fewest vendors: the host that needs nothing more
    expect(alternatives.map((a) => [a.objective, a.lines.map((l) => l.planId)])).toContainEqual(['FEWEST_VENDORS', ['misa', 'vnpt-vm']]);
    for (const alternative of alternatives) expect(violations(problem, linesOf(alternative))).toEqual([]);
  });

  it('hosts software that states no hosting requirement on a hosting category of any vendor', async () => {
    const problem = problemOf(
      [need('accounting', 3, ['USER_MONTH'])],
      [
        plan('erp', 'accounting', 'misa', 50_000, { unit: 'USER_MONTH', slaAvailability: null }),
        plan('db', 'managed-database', 'fpt', 10_000),
        plan('k8s', 'kubernetes', 'vnpt', 80_000),
        plan('vm', 'compute', 'viettel', 90_000),
      ],
    );
    const [cheapest] = (await composeStacks(problem, strict)).alternatives;
    expect(brief(cheapest!)).toEqual([
      ['erp', 3, 'NEED', null, null, ''],
      ['k8s', 1, 'REQUIREMENT', null, null, 'erp#null'],
    ]);
  });

  it('adds a line for each layer unless the buyer omitted it', async () => {
    const catalogue = [
      plan('vm', 'compute', 'viettel', 100_000),
      plan('waf', 'waf', 'bkav', 40_000),
      plan('waf-big', 'waf', 'viettel', 90_000),
      plan('backup', 'backup', 'fpt', 30_000),
      plan('backup-once', 'backup', 'cmc', 0, { unit: 'ONE_TIME', oneTimePrice: 1000n }),
      plan('monitoring', 'monitoring', 'vnpt', 20_000),
    ];
    const all = await composeStacks(problemOf([need('compute', 2)], catalogue, { layers: ['SECURITY', 'BACKUP', 'MONITORING'] }), strict);
    expect(brief(all.alternatives[0]!)).toEqual([
      ['vm', 2, 'NEED', null, null, ''],
      ['waf', 1, 'LAYER', null, 'SECURITY', ''],
      ['backup', 1, 'LAYER', null, 'BACKUP', ''],
      ['monitoring', 1, 'LAYER', null, 'MONITORING', ''],
    ]);
    const security = await composeStacks(problemOf([need('compute', 2)], catalogue, { layers: ['SECURITY'] }), strict);
    expect(brief(security.alternatives[0]!)).toEqual([
      ['vm', 2, 'NEED', null, null, ''],
      ['waf', 1, 'LAYER', null, 'SECURITY', ''],
    ]);
    // fewest vendors: the waf of the compute's vendor
    expect(security.alternatives.map((a) => [a.objective, a.lines.map((l) => l.planId)])).toEqual([
      ['CHEAPEST', ['vm', 'waf']],
      ['FEWEST_VENDORS', ['vm', 'waf-big']],
    ]);
    const none = await composeStacks(problemOf([need('compute', 2)], catalogue), strict);
    expect(none.alternatives.map(brief)).toEqual([[['vm', 2, 'NEED', null, null, '']]]);
  });

  it('serves a need from two sites as a pair over two cities', async () => {
    const problem = problemOf(
      [need('compute', 2)],
      [
        plan('hn-a', 'compute', 'viettel', 100_000, { cities: ['Hà Nội'], slaAvailability: '99.5' }),
        plan('hn-b', 'compute', 'fpt', 90_000, { cities: ['Hà Nội'], slaAvailability: '99.5' }),
        plan('hcm', 'compute', 'vnpt', 150_000, { cities: ['TP. Hồ Chí Minh'], slaAvailability: '99.9' }),
        plan('both', 'compute', 'viettel', 400_000, { cities: ['Hà Nội', 'TP. Hồ Chí Minh'], slaAvailability: '99.99' }),
      ],
      { requireSecondSite: true, minAvailability: '99.99' },
    );
    const { alternatives } = await composeStacks(problem, strict);
    expect(brief(alternatives[0]!)).toEqual([
      ['hn-b', 2, 'NEED', 'need-compute', null, ''],
      ['hcm', 2, 'SECOND_SITE', 'need-compute', null, ''],
    ]);
    expect(alternatives[0]!.monthlyTotal).toBe(2n * 240_000n);
    expect(alternatives.map((a) => [a.objective, a.lines.map((l) => l.planId)])).toEqual([
      ['CHEAPEST', ['hn-b', 'hcm']],
      ['FEWEST_VENDORS', ['hn-a', 'both']],
      ['HIGHEST_AVAILABILITY', ['hcm', 'both']],
    ]);
    for (const alternative of alternatives) expect(violations(problem, linesOf(alternative))).toEqual([]);
  });

  it('names the monthly budget as the blocker, with the cheapest total once relaxed', async () => {
    const problem = problemOf(
      [need('compute', 2), need('backup', 1)],
      [plan('vm', 'compute', 'viettel', 100_000), plan('vm-2', 'compute', 'fpt', 120_000), plan('backup', 'backup', 'fpt', 30_000, { unit: 'ONE_TIME', monthlyPrice: 0n, oneTimePrice: 600_000n }), plan('backup-m', 'backup', 'cmc', 40_000)],
      { maxMonthlyTotal: 239_999n, dataInVietnam: true },
    );
    expect(await composeStacks(problem, strict)).toEqual({
      alternatives: [],
      blockers: [{ constraint: 'MAX_MONTHLY_TOTAL', categoryId: null, relaxed: { monthlyTotal: 240_000n, firstYearTotal: 12n * 240_000n } }],
      incomplete: [],
    });
  });

  it('names a need nothing in the catalogue serves in its units', async () => {
    const problem = problemOf(
      [need('compute', 1), need('managed-database', 1, ['GB_MONTH'])],
      [plan('vm', 'compute', 'viettel', 100_000), plan('db', 'managed-database', 'fpt', 50_000, { unit: 'MONTH' })],
      { maxVendors: 1 },
    );
    expect(await composeStacks(problem, strict)).toEqual({ alternatives: [], blockers: [{ constraint: 'NEED', categoryId: 3, relaxed: null }], incomplete: [] });
  });

  it('answers nothing rather than a guess when the time is up', async () => {
    const problem = problemOf([need('compute', 1)], [plan('vm', 'compute', 'viettel', 100_000)]);
    await expect(composeStacks(problem, { seconds: 0, cuts: 0 })).rejects.toMatchObject({ name: 'CompositionLimitError', reason: 'TIME_LIMIT' });
  });

  it('leaves out, and names, the objectives whose share of the time ran out once the cheapest stack is proved', async () => {
    const problem = problemOf([need('compute', 1)], [plan('vm', 'compute', 'viettel', 100_000), plan('vm-2', 'compute', 'fpt', 120_000, { slaAvailability: '99.99' })]);
    // A clock that moves one second each time it is read, against five: the cheapest stack's solve starts with
    // four left; the fewest vendors' share is then half a second, spent before its second solve; the highest
    // availability's share is spent before it starts.
    let ms = 0;
    const result = await composeStacks(problem, { seconds: 5, cuts: 0, now: () => (ms += 1000) });
    expect(result.alternatives.map((alternative) => alternative.objective)).toEqual(['CHEAPEST']);
    expect(result.incomplete).toEqual(['FEWEST_VENDORS', 'HIGHEST_AVAILABILITY']);
  });

  it('refuses amounts a double cannot hold exactly', async () => {
    const problem = problemOf([need('compute', 1000)], [plan('vm', 'compute', 'viettel', 10 ** 15)]);
    await expect(composeStacks(problem, strict)).rejects.toThrow(CompositionLimitError);
    await expect(composeStacks(problem, strict)).rejects.toMatchObject({ reason: 'AMOUNT_TOO_LARGE' });
  });
});

/** The problem with near twins of some offerings: the same facts at other prices and SLAs, and more plans. */
function withTwins(rand: Rand, problem: ComposeProblem): ComposeProblem {
  const offerings = [...new Set(problem.candidates.map((c) => c.offeringId))];
  const twins = offerings.filter(() => rand.next() < 0.5).slice(0, Math.max(0, 7 - offerings.length));
  const candidates = [...problem.candidates];
  for (const [t, offeringId] of twins.entries()) {
    const slaAvailability = rand.next() < 0.5 ? problem.candidates.find((c) => c.offeringId === offeringId)!.slaAvailability : rand.pick(['99', '99.9', '99.99']);
    for (const c of problem.candidates.filter((c) => c.offeringId === offeringId)) {
      const shift = (price: bigint) => (price === 0n ? 0n : price + BigInt(rand.pick([-1000, 0, 1000, 3000])));
      candidates.push({ ...c, planId: `${c.planId}-twin${t}`, offeringId: `${offeringId}-twin${t}`, slaAvailability, monthlyPrice: shift(c.monthlyPrice), oneTimePrice: shift(c.oneTimePrice) });
      if (rand.next() < 0.3) candidates.push({ ...c, planId: `${c.planId}-dear`, monthlyPrice: c.monthlyPrice * 2n, oneTimePrice: c.oneTimePrice * 2n });
    }
  }
  return { ...problem, candidates };
}

describe('pruneCandidates', () => {
  it('keeps an optimum of every objective, whatever the constraints (brute force on the catalogue and on its pruning)', () => {
    let dropped = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const rand = prng(1000 + seed);
      const problem = withTwins(rand, randomProblem(rand));
      const pruned = { ...problem, candidates: pruneCandidates(problem.candidates, problem.constraints.requireSecondSite) };
      dropped += problem.candidates.length - pruned.candidates.length;
      expect(pruned.candidates.every((c) => problem.candidates.includes(c))).toBe(true);
      const [all, kept] = [bruteForce(problem), bruteForce(pruned)];
      expect([seed, kept.length > 0]).toEqual([seed, all.length > 0]);
      if (all.length === 0) continue;
      expect([seed, cheapestOf(kept).firstYear]).toEqual([seed, cheapestOf(all).firstYear]);
      expect([seed, fewestOf(kept).vendors, fewestOf(kept).firstYear]).toEqual([seed, fewestOf(all).vendors, fewestOf(all).firstYear]);
      expect([seed, compareAvailability(mostAvailableOf(kept), mostAvailableOf(all)), mostAvailableOf(kept).firstYear]).toEqual([seed, 0, mostAvailableOf(all).firstYear]);
    }
    expect(dropped).toBeGreaterThan(20);
  });
});

/**
 * The problem with look-alikes that the composer's per-objective pruning and single-pick rows must tell
 * apart or may merge: the same category at other prices and SLAs, of another vendor, with fewer or other
 * requirements, with one city or another.
 */
function withLookAlikes(rand: Rand, problem: ComposeProblem): ComposeProblem {
  const offerings = [...new Set(problem.candidates.map((c) => c.offeringId))];
  const vendors = [...new Set(problem.candidates.map((c) => c.vendorId))];
  const twins = offerings.filter(() => rand.next() < 0.6).slice(0, Math.max(0, 7 - offerings.length));
  const candidates = [...problem.candidates];
  for (const [t, offeringId] of twins.entries()) {
    const plans = problem.candidates.filter((c) => c.offeringId === offeringId);
    const first = plans[0]!;
    const vendorId = rand.next() < 0.5 ? rand.pick(vendors) : first.vendorId;
    const requirements = rand.next() < 0.5 ? first.requirements.slice(0, rand.int(first.requirements.length + 1)) : first.requirements;
    const slaAvailability = first.kind === 'SOFTWARE' ? null : rand.pick([first.slaAvailability, '99', '99.9', '99.99']);
    const cities = rand.next() < 0.5 ? first.cities : [rand.pick(['Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng'])];
    for (const c of plans) {
      const shift = (price: bigint) => (price === 0n ? 0n : price + BigInt(rand.pick([-1000, 0, 1000])));
      candidates.push({ ...c, planId: `${c.planId}-alike${t}`, offeringId: `${offeringId}-alike${t}`, vendorId, requirements, slaAvailability, cities, dataInVietnam: cities.length > 0 && !cities.includes('Singapore'), monthlyPrice: shift(c.monthlyPrice), oneTimePrice: shift(c.oneTimePrice) });
    }
  }
  return { ...problem, candidates };
}

describe('composeStacks against brute force, with look-alike offerings', () => {
  it('finds the optimum of every objective when offerings differ only in vendor, SLA, requirements or cities', async () => {
    const tally = { feasible: 0, infeasible: 0 };
    for (let seed = 1; seed <= 120; seed++) {
      const rand = prng(5000 + seed);
      const problem = withLookAlikes(rand, randomProblem(rand));
      try {
        tally[await checkAgainstBruteForce(problem, bruteForce(problem))]++;
      } catch (error) {
        throw new Error(`seed ${seed}: ${(error as Error).message}`, { cause: error });
      }
    }
    expect(tally.feasible).toBeGreaterThan(30);
  });
});
