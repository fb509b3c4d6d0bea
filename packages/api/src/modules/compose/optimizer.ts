import { satisfies } from '../stacks/evaluator/placement.ts';
import { judge, needGroup, runs, servesNeed, type JudgedLine } from './judge.ts';
import { solveBinaryProgram, type BinaryProgram, type LinearRow } from './milp.ts';
import type {
  ComposeCandidate,
  ComposeConstraints,
  ComposedAlternative,
  ComposedLine,
  ComposeProblem,
  CompositionBlocker,
  CompositionObjective,
  CompositionResult,
  ConstraintName,
  StackLayer,
} from './problem.ts';
import { stackLayers } from './problem.ts';
import { cityClassOf, derived, hostingSignature, plainRequirements, pruneWith, requirementKey, requirementSignature, selfMet, slaThousandths, unitClassOf } from './prune.ts';

/*
 * THE MODEL (docs/STACKS.md explains it to people)
 *
 * Candidates. The hard filters drop plans first: with dataInVietnam a non-software plan must keep its data
 * in Vietnam (candidate.dataInVietnam), except a ONE_TIME plan of an offering naming no data center (it
 * keeps none); domesticOnly keeps domestic vendors; verifiedFramework keeps offerings holding the code;
 * excludeVendorIds drops those vendors; minAvailability drops the running plans (recurring, not software)
 * of offerings stating no SLA. Then exact dominance pruning (prune.ts; the proof is there), per objective,
 * with the facts the filters made moot and the objective does not read left out of the class: category,
 * vendor (only when vendors count: FEWEST_VENDORS or maxVendors; otherwise only which vendor-naming
 * requirements it meets), kind, requirements and, for a need's category under requireSecondSite, how the
 * cities pair; plans told apart by unit class (HOUR ≡ MONTH) in a need's category, by recurring / one-time
 * elsewhere; SLAs compared (an unknown SLA as 90 %) only when availability counts (HIGHEST_AVAILABILITY or
 * minAvailability). So each objective solves its own model (CHEAPEST's also serves the blockers).
 *
 * Columns (0-1), one line each. Need picks: for each need, each plan that serves it (its category, a unit of
 * the need's units, recurring unless the need is SOFTWARE) at the need's quantity q; with requireSecondSite
 * and a non-software need, in the group need-<category slug>, and only plans naming a data center. Extra
 * lines: every plan, at quantity 1, that could meet a requirement of a plan reachable from the needs
 * (transitively), host software, or provide an included layer not already covered (below). Layer-only
 * extras (meeting no requirement, hosting nothing) are kept per set of layers provided (and vendor when
 * vendors count): a plan goes when a kept one with no requirements or the same costs no more and, when
 * availability counts, states an SLA as high (exact: that one takes its place, or is already there and
 * provides the same layers; nothing else reads a layer-only line). Auxiliary columns: z_r per distinct
 * requirement, h_H per hosting rule, w_lm per pair of SLA levels of a paired need (availability only),
 * vendors y_v (only when a solve counts them).
 *
 * Rows.
 *   each need:        Σ its picks = 1, or = 2 with requireSecondSite (not SOFTWARE)
 *   each offering:    Σ columns holding it ≤ 1 (a stack holds an offering once: a pair is two offerings)
 *   second site, each city c: Σ picks of the need whose ONLY city is c ≤ 1. Exact for "∃ c1 ∈ cities(a),
 *                     c2 ∈ cities(b), c1 ≠ c2": with both sets nonempty it fails only when both are {c}.
 *   second-site availability (when it counts), per paired need and SLA level l of its picks:
 *                     Σ picks at l − Σ_m (1 + [m = l]) · w_lm = 0  (m over the levels; w_lm = w_ml)
 *                     The picks' levels determine the one w at 1; lnA(w_lm) = ln(1 − (1 − a_l)(1 − a_m)).
 *   each distinct requirement r (evaluator: met by ANOTHER offering of the stack of one of r's categories
 *   and, when r names vendors, of one of them):
 *                     Σ columns meeting r − z_r ≥ 0,  and col − z_r ≤ 0 for each column requiring r;
 *                     a column meeting its own r uses z2_r instead: Σ columns meeting r − 2 · z2_r ≥ 0
 *                     (two columns meeting r hold two offerings, so one is another)
 *   each hosting rule H (the software's hosting requirements, or options.hostingCategories when it states
 *   none; evaluator: software runs on its host, the first running line meeting it; without a host its data
 *   location is unknown):
 *                     Σ running columns meeting H − h_H ≥ 0,  and col − h_H ≤ 0 for each software column
 *   each included layer (a running line: SECURITY of a kind in options.securityKinds, BACKUP and
 *   MONITORING of a category in options.backupCategories / monitoringCategories; need lines count), unless
 *   every pick of some need provides it (then every stack does):
 *                     Σ columns holding a running provider ≥ 1
 *   maxMonthlyTotal:  Σ monthly(col) · col ≤ max + 0.5   (whole VND, so + 0.5 only absorbs rounding)
 *   maxFirstYearTotal: Σ firstYear(col) · col ≤ max + 0.5
 *   maxVendors:       col ≤ y_v for the vendor v of col;  Σ y ≤ N
 *   minAvailability:  Σ lnA(col) · col ≥ ln((min − 0.00005) / 100) − 1e-9, lnA(col) the natural log of
 *                     the availability of a line that runs alone, 0 for a pick of a pair (its w carries
 *                     the pair's). The evaluator rounds the composite to 4 decimals half up, so min −
 *                     0.00005 is its exact edge; the 1e-9 lets float rounding err only on the loose side.
 * Cost = first-year total = Σ quantity × (12 × monthly + one-time), whole VND; every amount the solver sees
 * is a safe integer (the sum of all columns' costs ≤ 2^53, refused otherwise).
 *
 * Objectives. CHEAPEST: min cost. FEWEST_VENDORS: min Σ y, then min cost with Σ y ≤ that. HIGHEST_AVAILABILITY:
 * max Σ lnA (unknown SLA as 90 %), then min cost with Σ lnA ≥ that − 1e-9. HiGHS solves each with relative
 * gap 0 and an absolute gap below the smallest difference that matters (costs and vendor counts are whole).
 *
 * Verification. Every solution is judged by the real evaluator (judge.ts). One it rejects (only float
 * rounding can make it: an availability or a budget on its edge) is cut off (Σ_{chosen} x − Σ_{others} x ≤
 * |chosen| − 1) and the program solved again. A kept solution then sheds extra lines it does not need (a
 * free plan the solver added at no cost): removing a line never raises a cost or a vendor count or lowers an
 * availability, so the stack stays optimal.
 *
 * Limits. Each composition has a time budget (limits.seconds, 5 s by default) shared by its solves: each
 * solve runs in the solver thread (solver.ts) with the budget left as HiGHS's time limit, and its watchdog
 * ends a solve that overruns it by 2 s. When it stops CHEAPEST (or a blocker's relaxation) composeStacks
 * throws CompositionLimitError (reason TIME_LIMIT); FEWEST_VENDORS may take half the time CHEAPEST left,
 * HIGHEST_AVAILABILITY half of what is left then, and one that runs out is left out and named in
 * `incomplete` (never a stack not proved optimal). More than limits.cuts rejected solutions throw it with
 * reason UNVERIFIED: optimal stacks or nothing, never a guess.
 * Amounts too large to solve exactly throw it with reason AMOUNT_TOO_LARGE.
 *
 * Blockers (only when nothing is feasible). A need no plan of the catalogue serves in its units (whatever
 * the constraints): a NEED blocker each, nothing else. Otherwise each constraint the buyer set (and LAYERS)
 * is relaxed alone and CHEAPEST solved: each that becomes feasible is a blocker with its cheapest totals,
 * cheapest first; when none alone does, each set constraint is a blocker without totals, then one
 * COMBINATION blocker with all of them relaxed (its totals, or none when even that fails).
 */

export interface CompositionLimits {
  /** the time all solves of one composition may take together */
  seconds: number;
  /** solutions the evaluator may reject (each is cut off and the program solved again) */
  cuts: number;
  /** the clock the time is read from, in milliseconds (Date.now; a test may move it) */
  now?: () => number;
}

export const defaultCompositionLimits: CompositionLimits = { seconds: 5, cuts: 20 };

export class CompositionLimitError extends Error {
  constructor(
    readonly reason: 'TIME_LIMIT' | 'UNVERIFIED' | 'AMOUNT_TOO_LARGE',
    message: string,
  ) {
    super(message);
    this.name = 'CompositionLimitError';
  }
}

const lnScale = 1e6;
const availabilityTolerance = 1e-9 * lnScale;
const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

interface ColumnLine {
  candidate: ComposeCandidate;
  quantity: number;
  redundancyGroup: string | null;
}

interface Column {
  lines: ColumnLine[];
  /** the need it serves; null: an extra line */
  need: number | null;
  monthly: bigint;
  firstYear: bigint;
  /** ln of its running lines' availability (unknown SLA: 90 %), × lnScale */
  lnA: number;
}

interface Model {
  problem: ComposeProblem;
  columns: Column[];
  rows: LinearRow[];
  vendorIds: string[];
}

/** Whether a constraint lets the plan into a stack. */
function allowed(c: ComposeCandidate, constraints: ComposeConstraints): boolean {
  if (constraints.dataInVietnam && c.kind !== 'SOFTWARE' && !c.dataInVietnam && !(c.unit === 'ONE_TIME' && c.cities.length === 0)) return false;
  if (constraints.domesticOnly && !c.vendorDomestic) return false;
  if (constraints.verifiedFramework !== null && !c.verifiedFrameworks.includes(constraints.verifiedFramework)) return false;
  if (constraints.excludeVendorIds.includes(c.vendorId)) return false;
  if (constraints.minAvailability !== null && runs(c) && c.slaAvailability === null) return false;
  return true;
}

/** The SLA that ranks availability: an unknown one counts as 90 %. */
const rankingSla = derived((c) => slaThousandths(c.slaAvailability ?? '90'));

/** ln of a group of running lines in parallel, × lnScale: ln(1 − Π(1 − aᵢ)). */
function lnParallel(candidates: ComposeCandidate[]): number {
  const running = candidates.filter(runs);
  if (running.length === 0) return 0;
  const down = running.reduce((product, c) => product * (1 - Number(rankingSla(c)) / 100_000), 1);
  return Math.log1p(-down) * lnScale;
}

function provides(layer: StackLayer, c: ComposeCandidate, options: ComposeProblem['options']): boolean {
  if (!runs(c)) return false;
  if (layer === 'SECURITY') return options.securityKinds.has(c.kind);
  return (layer === 'BACKUP' ? options.backupCategories : options.monitoringCategories).has(c.categorySlug);
}

/** Whether `host` can host the software offering `software` (a running line meeting one of its hosting requirements, or of a hosting category). */
function canHost(host: ComposeCandidate, software: ComposeCandidate, options: ComposeProblem['options']): boolean {
  if (!runs(host) || host.offeringId === software.offeringId) return false;
  const hosting = software.requirements.filter((r) => r.hosting);
  return hosting.length > 0 ? hosting.some((r) => satisfies(r, host.categoryId, host.vendorId)) : options.hostingCategories.has(host.categorySlug);
}

function columnOf(lines: ColumnLine[], need: number | null): Column {
  let monthly = 0n;
  let firstYear = 0n;
  for (const { candidate, quantity } of lines) {
    monthly += BigInt(quantity) * candidate.monthlyPrice;
    firstYear += BigInt(quantity) * (12n * candidate.monthlyPrice + candidate.oneTimePrice);
  }
  return { lines, need, monthly, firstYear, lnA: lnParallel(lines.map((l) => l.candidate)) };
}

/** What an objective reads: vendors (FEWEST_VENDORS, or maxVendors set), SLAs (HIGHEST_AVAILABILITY, or minAvailability set). */
export interface ModelDetail {
  vendors: boolean;
  availability: boolean;
}

/**
 * The plans that may enter the stack: filtered, then pruned (prune.ts) with what the filters and the
 * objective make moot left out of the class. Without vendors, an offering's vendor counts only through the
 * vendor-naming requirements it meets; without availability, SLAs are not compared.
 */
export function candidatesFor(problem: ComposeProblem, detail: ModelDetail): ComposeCandidate[] {
  const { constraints, needs } = problem;
  const allowedPlans = problem.candidates.filter((c) => allowed(c, constraints));
  const needCategories = new Set(needs.map((n) => n.categoryId));
  const pairCategories = new Set(needs.filter((n) => constraints.requireSecondSite && n.kind !== 'SOFTWARE').map((n) => n.categoryId));
  // the requirements naming vendors, per category they name: an offering's vendor matters through these only
  const naming = new Map<number, { vendorIds: string[] }[]>();
  const seen = new Set<string>();
  for (const c of allowedPlans) {
    for (const r of c.requirements) {
      if (r.vendorIds.length === 0) continue;
      const signature = requirementKey(r);
      if (seen.has(signature)) continue;
      seen.add(signature);
      for (const categoryId of r.categoryIds) naming.set(categoryId, [...(naming.get(categoryId) ?? []), r]);
    }
  }
  const vendorOf = (c: ComposeCandidate) =>
    detail.vendors ? c.vendorId : (naming.get(c.categoryId) ?? []).map((r) => (r.vendorIds.includes(c.vendorId) ? '1' : '0')).join('');
  return pruneWith(allowedPlans, {
    classOf: (c) => [c.categoryId, vendorOf(c), c.kind, hostingSignature(c), pairCategories.has(c.categoryId) ? cityClassOf(c) : ''].join('\u0000'),
    unitClassOf: (c) => (needCategories.has(c.categoryId) ? unitClassOf(c.unit) : c.unit === 'ONE_TIME' ? 'ONE_TIME' : 'RECURRING'),
    slaOf: (c) => (detail.availability && c.kind !== 'SOFTWARE' ? rankingSla(c) : null),
    keepTwo: (c) => selfMet(c) || (pairCategories.has(c.categoryId) && cityClassOf(c) === '*'),
    freeRequirements: plainRequirements,
  });
}

function byPrice(a: ComposeCandidate, b: ComposeCandidate): number {
  const fa = 12n * a.monthlyPrice + a.oneTimePrice;
  const fb = 12n * b.monthlyPrice + b.oneTimePrice;
  return fa !== fb ? (fa < fb ? -1 : 1) : a.planId.localeCompare(b.planId);
}

/** An auxiliary column: no line, only its part in the rows (and, for a pair's SLA levels, in the availability). */
const auxiliary = (lnA = 0): Column => ({ lines: [], need: null, monthly: 0n, firstYear: 0n, lnA });

/**
 * Layer-only extra lines (they meet no requirement and host nothing) kept per layers provided, vendor
 * when read, and requirements: a plan goes when a kept one without requirements or with the same costs no
 * more on both prices and, when read, states an SLA at least as high. Exact: in a stack holding the dropped
 * plan, its dominator takes its place (or, when already there, provides the same layers, so the dropped
 * line just leaves); nothing else of the stack reads a layer-only line.
 */
function pruneLayerOnly(extras: ComposeCandidate[], layersOf: (c: ComposeCandidate) => string, detail: ModelDetail): ComposeCandidate[] {
  const groups = new Map<string, ComposeCandidate[]>();
  for (const c of extras) {
    const key = `${layersOf(c)}\u0000${detail.vendors ? c.vendorId : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const kept: ComposeCandidate[] = [];
  const sla = (c: ComposeCandidate) => (detail.availability ? rankingSla(c) : 0n);
  for (const group of groups.values()) {
    const front: ComposeCandidate[] = [];
    const ordered = [...group].sort((a, b) => byPrice(a, b) || (sla(a) === sla(b) ? 0 : sla(a) > sla(b) ? -1 : 1) || a.requirements.length - b.requirements.length);
    for (const c of ordered) {
      const signature = requirementSignature(c);
      const dominated = front.some(
        (q) =>
          (q.requirements.length === 0 || requirementSignature(q) === signature) &&
          q.monthlyPrice <= c.monthlyPrice &&
          q.oneTimePrice <= c.oneTimePrice &&
          sla(q) >= sla(c),
      );
      if (!dominated) front.push(c);
    }
    kept.push(...front);
  }
  return kept;
}

/** The 0-1 model of the problem in the detail an objective reads; null when a need has no option at all. */
function buildModel(problem: ComposeProblem, detail: ModelDetail): Model | null {
  const { constraints, options } = problem;
  const plans = candidatesFor(problem, detail);
  const columns: Column[] = [];
  const rows: LinearRow[] = [];
  const column = (col: Column) => columns.push(col) - 1;

  const needOptions: ComposeCandidate[][] = [];
  const pairs: { eligible: ComposeCandidate[]; picks: number[] }[] = [];
  for (const [index, need] of problem.needs.entries()) {
    const pair = constraints.requireSecondSite && need.kind !== 'SOFTWARE';
    // half of a pair must name a data center (two cities are needed between the two)
    const eligible = plans.filter((c) => servesNeed(c, need) && (!pair || c.cities.length > 0)).sort(byPrice);
    if (eligible.length === 0) return null;
    needOptions.push(eligible);
    const group = pair ? needGroup(need) : null;
    const picks = eligible.map((c) => {
      const col = columnOf([{ candidate: c, quantity: need.quantity, redundancyGroup: group }], index);
      if (pair) col.lnA = 0;
      return column(col);
    });
    rows.push({ terms: picks.map((i) => [i, 1]), sense: '=', rhs: pair ? 2 : 1 });
    if (!pair) continue;
    // The two picks span two cities unless both name one and the same city only.
    const onlyCity = new Map<string, number[]>();
    eligible.forEach((c, k) => {
      if (c.cities.length === 1) onlyCity.set(c.cities[0]!, [...(onlyCity.get(c.cities[0]!) ?? []), picks[k]!]);
    });
    for (const held of onlyCity.values()) if (held.length > 1) rows.push({ terms: held.map((i) => [i, 1]), sense: '<=', rhs: 1 });
    if (detail.availability) pairs.push({ eligible, picks });
  }

  // A layer every option of some need provides is in every stack: no row, no extra line for it.
  const layers = constraints.layers.filter((layer) => !needOptions.some((eligible) => eligible.every((c) => provides(layer, c, options))));

  // Extra lines: what meets a requirement of a plan the stack may hold, hosts software, or provides a layer.
  const requirements = new Map<string, ComposeCandidate['requirements'][number]>();
  let hostWanted = false;
  const reach = (c: ComposeCandidate) => {
    for (const r of c.requirements) requirements.set(requirementKey(r), r);
    if (c.kind === 'SOFTWARE' && !c.requirements.some((r) => r.hosting)) hostWanted = true;
  };
  for (const eligible of needOptions) for (const c of eligible) reach(c);
  const serves = (c: ComposeCandidate) => [...requirements.values()].some((r) => satisfies(r, c.categoryId, c.vendorId)) || (runs(c) && hostWanted && options.hostingCategories.has(c.categorySlug));
  const useful = (c: ComposeCandidate) => serves(c) || layers.some((layer) => provides(layer, c, options));
  const extras = new Set<ComposeCandidate>();
  for (let grown = true; grown; ) {
    grown = false;
    for (const c of plans) {
      if (extras.has(c) || !useful(c)) continue;
      extras.add(c);
      reach(c);
      grown = true;
    }
  }
  const layerOnly = [...extras].filter((c) => !serves(c));
  const kept = new Set([...extras].filter(serves).concat(pruneLayerOnly(layerOnly, (c) => layers.filter((layer) => provides(layer, c, options)).join(','), detail)));
  for (const c of [...kept].sort(byPrice)) column(columnOf([{ candidate: c, quantity: 1, redundancyGroup: null }], null));
  const lineColumns = columns.length;

  // A pair's availability: one auxiliary column per pair of SLA levels {l, m} (its ln as its availability),
  // the picks of each level counted exactly: picks at l − Σ_m (1 + [m = l])·w_lm = 0.
  for (const { eligible, picks } of pairs) {
    const levels = [...new Set(eligible.map((c) => rankingSla(c)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const levelTerms = new Map<bigint, [number, number][]>(levels.map((l) => [l, eligible.flatMap((c, k) => (rankingSla(c) === l ? [[picks[k]!, 1] as [number, number]] : []))]));
    for (const [i, l] of levels.entries()) {
      for (const m of levels.slice(i)) {
        const down = (1 - Number(l) / 100_000) * (1 - Number(m) / 100_000);
        const w = column(auxiliary(Math.log1p(-down) * lnScale));
        if (l === m) levelTerms.get(l)!.push([w, -2]);
        else {
          levelTerms.get(l)!.push([w, -1]);
          levelTerms.get(m)!.push([w, -1]);
        }
      }
    }
    for (const terms of levelTerms.values()) rows.push({ terms, sense: '=', rhs: 0 });
  }

  const holding = new Map<string, number[]>();
  const offerings = new Map<string, ComposeCandidate>();
  columns.forEach((col, i) => {
    for (const { candidate } of col.lines) {
      holding.set(candidate.offeringId, [...(holding.get(candidate.offeringId) ?? []), i]);
      offerings.set(candidate.offeringId, candidate);
    }
  });
  for (const held of holding.values()) if (held.length > 1) rows.push({ terms: held.map((i) => [i, 1]), sense: '<=', rhs: 1 });

  // Requirements: one row per distinct requirement r, its auxiliary z_r ≤ Σ columns meeting r, and each
  // requiring column ≤ z_r. An offering meeting its own requirement needs ANOTHER: z2_r with 2·z2_r ≤ Σ
  // columns meeting r (two columns meeting r hold two offerings: a stack holds an offering once).
  const lineOf = (i: number) => columns[i]!.lines[0]!.candidate;
  const meeting = (r: ComposeCandidate['requirements'][number]) => {
    const terms: [number, number][] = [];
    for (let i = 0; i < lineColumns; i++) if (satisfies(r, lineOf(i).categoryId, lineOf(i).vendorId)) terms.push([i, 1]);
    return terms;
  };
  for (const r of requirements.values()) {
    const signature = requirementKey(r);
    const requiring = Array.from({ length: lineColumns }, (_, i) => i).filter((i) => lineOf(i).requirements.some((own) => requirementKey(own) === signature));
    if (requiring.length === 0) continue;
    const self = requiring.filter((i) => satisfies(r, lineOf(i).categoryId, lineOf(i).vendorId));
    const others = requiring.filter((i) => !self.includes(i));
    for (const [group, needed] of [[others, 1], [self, 2]] as const) {
      if (group.length === 0) continue;
      const z = column(auxiliary());
      rows.push({ terms: [...meeting(r), [z, -needed]], sense: '>=', rhs: 0 });
      for (const i of group) rows.push({ terms: [[i, 1], [z, -1]], sense: '<=', rhs: 0 });
    }
  }
  // Hosting: one row per distinct hosting rule (the software's hosting requirements, or a hosting category).
  const hostRules = new Map<string, number[]>();
  for (let i = 0; i < lineColumns; i++) {
    const c = lineOf(i);
    if (c.kind !== 'SOFTWARE') continue;
    const rule = c.requirements.filter((r) => r.hosting).map(requirementKey).sort().join(';');
    hostRules.set(rule, [...(hostRules.get(rule) ?? []), i]);
  }
  for (const software of hostRules.values()) {
    const h = column(auxiliary());
    const model = lineOf(software[0]!);
    const hosts: [number, number][] = [];
    for (let i = 0; i < lineColumns; i++) if (canHost(lineOf(i), model, options)) hosts.push([i, 1]);
    rows.push({ terms: [...hosts, [h, -1]], sense: '>=', rhs: 0 });
    for (const i of software) rows.push({ terms: [[i, 1], [h, -1]], sense: '<=', rhs: 0 });
  }

  for (const layer of layers) {
    const terms: [number, number][] = [];
    for (let i = 0; i < lineColumns; i++) if (provides(layer, lineOf(i), options)) terms.push([i, 1]);
    rows.push({ terms, sense: '>=', rhs: 1 });
  }

  const total = columns.reduce((sum, col) => sum + col.firstYear, 0n);
  if (total > maxSafe) throw new CompositionLimitError('AMOUNT_TOO_LARGE', 'The candidates’ amounts are too large to compose exactly.');
  if (constraints.maxMonthlyTotal !== null && constraints.maxMonthlyTotal < total) {
    rows.push({ terms: columns.slice(0, lineColumns).map((col, i) => [i, Number(col.monthly)]), sense: '<=', rhs: Number(constraints.maxMonthlyTotal) + 0.5 });
  }
  if (constraints.maxFirstYearTotal !== null && constraints.maxFirstYearTotal < total) {
    rows.push({ terms: columns.slice(0, lineColumns).map((col, i) => [i, Number(col.firstYear)]), sense: '<=', rhs: Number(constraints.maxFirstYearTotal) + 0.5 });
  }
  if (constraints.minAvailability !== null) {
    const edge = (Number(slaThousandths(constraints.minAvailability)) - 0.05) / 100_000;
    if (edge > 0) rows.push({ terms: lnTerms(columns), sense: '>=', rhs: Math.log(edge) * lnScale - availabilityTolerance });
  }

  const vendorIds = [...new Set(columns.flatMap((col) => col.lines.map((l) => l.candidate.vendorId)))].sort();
  return { problem, columns, rows, vendorIds };
}

const lnTerms = (columns: Column[]): [number, number][] => columns.flatMap((col, i) => (col.lnA !== 0 ? [[i, col.lnA] as [number, number]] : []));

type Objective = 'cost' | 'vendors' | 'availability';

/** The program for one solve: vendor columns (after the line columns) when the solve or a constraint counts vendors. */
function programOf(model: Model, objective: Objective, extraRows: LinearRow[], countVendors: boolean): BinaryProgram {
  const { columns, vendorIds } = model;
  const maxVendors = model.problem.constraints.maxVendors;
  const counting = countVendors || objective === 'vendors' || maxVendors !== null;
  const vendorColumn = new Map(vendorIds.map((v, i) => [v, columns.length + i]));
  const rows = [...model.rows];
  if (counting) {
    // A need's picks are exclusive (a pair: two), so one row per need and vendor holds them all (a tighter
    // relaxation than one row per pick); an extra line gets its own row.
    const links = new Map<string, [number, number][]>();
    columns.forEach((col, i) => {
      for (const vendorId of new Set(col.lines.map((l) => l.candidate.vendorId))) {
        const key = col.need === null ? `extra ${i}` : `need ${col.need} ${vendorId}`;
        const picks = col.need !== null && col.lines[0]!.redundancyGroup !== null ? 2 : 1;
        links.set(key, [...(links.get(key) ?? [[vendorColumn.get(vendorId)!, -picks]]), [i, 1]]);
      }
    });
    for (const terms of links.values()) rows.push({ terms, sense: '<=', rhs: 0 });
    if (maxVendors !== null) rows.push({ terms: vendorIds.map((v) => [vendorColumn.get(v)!, 1]), sense: '<=', rhs: maxVendors });
  }
  rows.push(...extraRows);
  const size = columns.length + (counting ? vendorIds.length : 0);
  const objectiveRow =
    objective === 'cost'
      ? columns.map((col) => Number(col.firstYear))
      : objective === 'availability'
        ? columns.map((col) => col.lnA)
        : columns.map(() => 0);
  while (objectiveRow.length < size) objectiveRow.push(objective === 'vendors' ? 1 : 0);
  return { columns: size, sense: objective === 'availability' ? 'max' : 'min', objective: objectiveRow, rows };
}

interface Stack {
  lines: ColumnLine[];
  monthly: bigint;
  firstYear: bigint;
  vendors: number;
  lnA: number;
}

function stackOf(lines: ColumnLine[]): Stack {
  const column = columnOf(lines, null);
  let lnA = 0;
  const groups = new Map<string, ComposeCandidate[]>();
  for (const { candidate, redundancyGroup } of lines) {
    if (redundancyGroup === null) lnA += lnParallel([candidate]);
    else groups.set(redundancyGroup, [...(groups.get(redundancyGroup) ?? []), candidate]);
  }
  for (const group of groups.values()) lnA += lnParallel(group);
  return { lines, monthly: column.monthly, firstYear: column.firstYear, vendors: new Set(lines.map((l) => l.candidate.vendorId)).size, lnA };
}

const judged = (lines: ColumnLine[]): JudgedLine[] => lines.map((l) => ({ planId: l.candidate.planId, quantity: l.quantity, redundancyGroup: l.redundancyGroup }));

interface Clock {
  deadline: number;
  limits: CompositionLimits;
  now: () => number;
}

/** The best stack for the objective under the extra rows, judged valid by the evaluator; null when none. */
async function solveVerified(model: Model, objective: Objective, extraRows: LinearRow[], clock: Clock, countVendors = false): Promise<Stack | null> {
  const cuts: LinearRow[] = [];
  for (;;) {
    const seconds = (clock.deadline - clock.now()) / 1000;
    if (seconds <= 0) throw new CompositionLimitError('TIME_LIMIT', 'Composing took longer than its time limit.');
    const outcome = await solveBinaryProgram(programOf(model, objective, [...extraRows, ...cuts], countVendors), objective === 'availability' ? availabilityTolerance / 10 : 0.5, seconds);
    if (outcome.status === 'infeasible') return null;
    if (outcome.status === 'time-limit') throw new CompositionLimitError('TIME_LIMIT', 'Composing took longer than its time limit.');
    const chosen = model.columns.flatMap((_, i) => (outcome.values[i] ? [i] : []));
    const lines = chosen.flatMap((i) => model.columns[i]!.lines);
    if (judge(model.problem, judged(lines)).violations.length === 0) return shed(model.problem, lines);
    if (cuts.length >= clock.limits.cuts) throw new CompositionLimitError('UNVERIFIED', 'The evaluator rejected more of the solver’s solutions than allowed.');
    const chosenSet = new Set(chosen);
    cuts.push({ terms: model.columns.map((_, i) => [i, chosenSet.has(i) ? 1 : -1]), sense: '<=', rhs: chosen.length - 1 });
  }
}

/** Drops the lines (outside a need's pair) the stack does not need, the most expensive first, keeping it valid. */
function shed(problem: ComposeProblem, lines: ColumnLine[]): Stack {
  let kept = lines;
  const loose = lines.filter((l) => l.redundancyGroup === null).sort((a, b) => byPrice(b.candidate, a.candidate));
  for (const line of loose) {
    const without = kept.filter((l) => l !== line);
    if (judge(problem, judged(without)).violations.length === 0) kept = without;
  }
  return stackOf(kept);
}

const lineKey = (lines: ColumnLine[]) =>
  lines
    .map((l) => `${l.candidate.planId}\u0000${l.quantity}\u0000${l.redundancyGroup ?? ''}`)
    .sort()
    .join('\n');

/** The stack's lines in order (needs, requirements, layers), each with why it is there. */
function explain(problem: ComposeProblem, stack: Stack): ComposedLine[] {
  const { needs, options, constraints } = problem;
  const needLines: ComposedLine[] = [];
  const used = new Set<ColumnLine>();
  for (const need of needs) {
    const serving = constraints.requireSecondSite && need.kind !== 'SOFTWARE'
      ? stack.lines.filter((l) => l.redundancyGroup === needGroup(need))
      : [stack.lines.find((l) => !used.has(l) && l.quantity === need.quantity && servesNeed(l.candidate, need))!];
    serving.forEach((line, index) => {
      used.add(line);
      needLines.push({
        planId: line.candidate.planId,
        quantity: line.quantity,
        redundancyGroup: line.redundancyGroup,
        purpose: index === 0 ? 'NEED' : 'SECOND_SITE',
        categoryId: need.categoryId,
        requiredBy: [],
        layer: null,
      });
    });
  }
  // Each other line: the requirements (or the software it hosts) it meets, else the layer it provides.
  const reasons = new Map<ColumnLine, ComposedLine>();
  for (const line of stack.lines.filter((l) => !used.has(l))) {
    const c = line.candidate;
    const requiredBy: ComposedLine['requiredBy'] = [];
    for (const other of stack.lines) {
      if (other.candidate.offeringId === c.offeringId) continue;
      other.candidate.requirements.forEach((r, requirementIndex) => {
        if (satisfies(r, c.categoryId, c.vendorId)) requiredBy.push({ planId: other.candidate.planId, requirementIndex });
      });
      if (other.candidate.kind === 'SOFTWARE' && !other.candidate.requirements.some((r) => r.hosting) && canHost(c, other.candidate, options)) {
        requiredBy.push({ planId: other.candidate.planId, requirementIndex: null });
      }
    }
    const base = { planId: c.planId, quantity: line.quantity, redundancyGroup: line.redundancyGroup, categoryId: c.categoryId, requiredBy };
    reasons.set(
      line,
      requiredBy.length > 0
        ? { ...base, purpose: 'REQUIREMENT', layer: null }
        : { ...base, purpose: 'LAYER', layer: constraints.layers.find((layer) => provides(layer, c, options)) ?? null },
    );
  }
  const layerLines = [...reasons.values()]
    .filter((l) => l.purpose === 'LAYER')
    .sort((a, b) => stackLayers.indexOf(a.layer ?? 'MONITORING') - stackLayers.indexOf(b.layer ?? 'MONITORING'));
  // Requirement lines after what requires them: breadth first from the needs' lines, then from the layers'
  // (then any left: lines requiring each other, which a free plan can bring at no cost).
  const requirementLines: ComposedLine[] = [];
  const pending = [...reasons.values()].filter((l) => l.purpose === 'REQUIREMENT');
  for (const roots of [needLines, layerLines, pending]) {
    const queue = [...roots];
    for (let index = 0; index < queue.length; index++) {
      for (const line of pending) {
        if (requirementLines.includes(line) || (roots !== pending && !line.requiredBy.some((r) => r.planId === queue[index]!.planId))) continue;
        requirementLines.push(line);
        queue.push(line);
      }
    }
  }
  return [...needLines, ...requirementLines, ...layerLines];
}

function alternativeOf(problem: ComposeProblem, objective: CompositionObjective, stack: Stack): ComposedAlternative {
  return {
    objective,
    lines: explain(problem, stack),
    monthlyTotal: stack.monthly,
    oneTimeTotal: stack.firstYear - 12n * stack.monthly,
    firstYearTotal: stack.firstYear,
  };
}

/** The detail each objective's model needs: no more (a smaller model), no less (its optimum is exact). */
function detailFor(problem: ComposeProblem, objective: CompositionObjective): ModelDetail {
  const { maxVendors, minAvailability } = problem.constraints;
  return { vendors: objective === 'FEWEST_VENDORS' || maxVendors !== null, availability: objective === 'HIGHEST_AVAILABILITY' || minAvailability !== null };
}

/** The cheapest stack; null when the problem is infeasible. */
async function cheapest(problem: ComposeProblem, clock: Clock): Promise<Stack | null> {
  const model = buildModel(problem, detailFor(problem, 'CHEAPEST'));
  return model && solveVerified(model, 'cost', [], clock);
}

/** Runs a later objective's solves within half the time left (so one slow objective leaves time to the next); null when its time ran out. */
async function withinShare<T>(clock: Clock, solve: (clock: Clock) => Promise<T>): Promise<{ value: T } | null> {
  const now = clock.now();
  const share: Clock = { ...clock, deadline: Math.min(clock.deadline, now + (clock.deadline - now) / 2) };
  try {
    return { value: await solve(share) };
  } catch (error) {
    if (error instanceof CompositionLimitError && error.reason === 'TIME_LIMIT') return null;
    throw error;
  }
}

async function alternativesOf(problem: ComposeProblem, clock: Clock): Promise<{ alternatives: ComposedAlternative[]; incomplete: CompositionObjective[] }> {
  // One model per detail the objectives read (CHEAPEST's may serve the others too).
  const models = new Map<string, Model | null>();
  const modelFor = (objective: CompositionObjective) => {
    const detail = detailFor(problem, objective);
    const key = `${detail.vendors}/${detail.availability}`;
    if (!models.has(key)) models.set(key, buildModel(problem, detail));
    return models.get(key)!;
  };
  const costModel = modelFor('CHEAPEST');
  const cheap = costModel && (await solveVerified(costModel, 'cost', [], clock));
  if (!cheap) return { alternatives: [], incomplete: [] };
  const found: [CompositionObjective, Stack][] = [['CHEAPEST', cheap]];
  const incomplete: CompositionObjective[] = [];

  const fewestCheap = await withinShare(clock, async (share) => {
    const vendorModel = modelFor('FEWEST_VENDORS')!;
    const vendorColumns = vendorModel.vendorIds.map((_, i) => [vendorModel.columns.length + i, 1] as [number, number]);
    const fewest = await solveVerified(vendorModel, 'vendors', [], share);
    return fewest && solveVerified(vendorModel, 'cost', [{ terms: vendorColumns, sense: '<=', rhs: fewest.vendors }], share, true);
  });
  if (!fewestCheap) incomplete.push('FEWEST_VENDORS');
  else if (fewestCheap.value) found.push(['FEWEST_VENDORS', fewestCheap.value]);

  const availableCheap = await withinShare(clock, async (share) => {
    const availabilityModel = modelFor('HIGHEST_AVAILABILITY')!;
    const available = await solveVerified(availabilityModel, 'availability', [], share);
    return available && solveVerified(availabilityModel, 'cost', [{ terms: lnTerms(availabilityModel.columns), sense: '>=', rhs: available.lnA - availabilityTolerance }], share);
  });
  if (!availableCheap) incomplete.push('HIGHEST_AVAILABILITY');
  else if (availableCheap.value) found.push(['HIGHEST_AVAILABILITY', availableCheap.value]);

  const seen = new Set<string>();
  const alternatives: ComposedAlternative[] = [];
  for (const [objective, stack] of found) {
    const key = lineKey(stack.lines);
    if (seen.has(key)) continue;
    seen.add(key);
    alternatives.push(alternativeOf(problem, objective, stack));
  }
  return { alternatives, incomplete };
}

/** The constraints the buyer set, in the contract's order (LAYERS when any layer is included). */
export function setConstraints(constraints: ComposeConstraints): ConstraintName[] {
  const set: [ConstraintName, boolean][] = [
    ['DATA_IN_VIETNAM', constraints.dataInVietnam],
    ['DOMESTIC_ONLY', constraints.domesticOnly],
    ['VERIFIED_FRAMEWORK', constraints.verifiedFramework !== null],
    ['MIN_AVAILABILITY', constraints.minAvailability !== null],
    ['MAX_MONTHLY_TOTAL', constraints.maxMonthlyTotal !== null],
    ['MAX_FIRST_YEAR_TOTAL', constraints.maxFirstYearTotal !== null],
    ['EXCLUDE_VENDORS', constraints.excludeVendorIds.length > 0],
    ['REQUIRE_SECOND_SITE', constraints.requireSecondSite],
    ['MAX_VENDORS', constraints.maxVendors !== null],
    ['LAYERS', constraints.layers.length > 0],
  ];
  return set.filter(([, isSet]) => isSet).map(([name]) => name);
}

/** The constraints with one relaxed. */
export function relax(constraints: ComposeConstraints, name: ConstraintName): ComposeConstraints {
  switch (name) {
    case 'DATA_IN_VIETNAM':
      return { ...constraints, dataInVietnam: false };
    case 'DOMESTIC_ONLY':
      return { ...constraints, domesticOnly: false };
    case 'VERIFIED_FRAMEWORK':
      return { ...constraints, verifiedFramework: null };
    case 'MIN_AVAILABILITY':
      return { ...constraints, minAvailability: null };
    case 'MAX_MONTHLY_TOTAL':
      return { ...constraints, maxMonthlyTotal: null };
    case 'MAX_FIRST_YEAR_TOTAL':
      return { ...constraints, maxFirstYearTotal: null };
    case 'EXCLUDE_VENDORS':
      return { ...constraints, excludeVendorIds: [] };
    case 'REQUIRE_SECOND_SITE':
      return { ...constraints, requireSecondSite: false };
    case 'MAX_VENDORS':
      return { ...constraints, maxVendors: null };
    case 'LAYERS':
      return { ...constraints, layers: [] };
  }
}

const totalsOf = (stack: Stack | null) => stack && { monthlyTotal: stack.monthly, firstYearTotal: stack.firstYear };

async function blockersOf(problem: ComposeProblem, clock: Clock): Promise<CompositionBlocker[]> {
  const unserved = problem.needs.filter((need) => !problem.candidates.some((c) => servesNeed(c, need)));
  if (unserved.length > 0) return unserved.map((need) => ({ constraint: 'NEED', categoryId: need.categoryId, relaxed: null }));

  const names = setConstraints(problem.constraints);
  const relaxed: CompositionBlocker[] = [];
  for (const name of names) {
    const stack = await cheapest({ ...problem, constraints: relax(problem.constraints, name) }, clock);
    if (stack) relaxed.push({ constraint: name, categoryId: null, relaxed: totalsOf(stack) });
  }
  if (relaxed.length > 0) {
    return relaxed.sort((a, b) => {
      const [x, y] = [a.relaxed!, b.relaxed!];
      return x.firstYearTotal !== y.firstYearTotal ? (x.firstYearTotal < y.firstYearTotal ? -1 : 1) : x.monthlyTotal !== y.monthlyTotal ? (x.monthlyTotal < y.monthlyTotal ? -1 : 1) : 0;
    });
  }
  const all = names.reduce((constraints, name) => relax(constraints, name), problem.constraints);
  const combination = await cheapest({ ...problem, constraints: all }, clock);
  return [
    ...names.map((name): CompositionBlocker => ({ constraint: name, categoryId: null, relaxed: null })),
    { constraint: 'COMBINATION', categoryId: null, relaxed: totalsOf(combination) },
  ];
}

/**
 * The optimal stacks for the problem (CHEAPEST, FEWEST_VENDORS, HIGHEST_AVAILABILITY, each stack once), or
 * why there is none. Pure: no I/O. Throws CompositionLimitError (see the model above).
 */
export async function composeStacks(problem: ComposeProblem, limits: CompositionLimits = defaultCompositionLimits): Promise<CompositionResult> {
  const now = limits.now ?? Date.now;
  const clock: Clock = { deadline: now() + limits.seconds * 1000, limits, now };
  const { alternatives, incomplete } = await alternativesOf(problem, clock);
  if (alternatives.length > 0) return { alternatives, blockers: [], incomplete };
  return { alternatives: [], blockers: await blockersOf(problem, clock), incomplete: [] };
}
