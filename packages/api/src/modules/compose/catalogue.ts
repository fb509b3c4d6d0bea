// The candidates a composition needs, read category by category: those of its needs and layers, the hosts
// of self-installed software, and whatever their requirements name, transitively. Each category's pruned
// candidates are kept in the catalog cache under the catalog version they were read at, and carried to a
// later version when the catalog's change log shows that nothing they were read from changed: composing
// again after a change elsewhere in the catalogue reads only the version and the log.
import { composeCandidateChanges, composeCandidates, type CategoryRow, type ComposeCandidateChanges, type ComposeCandidateRow } from '@mayviet/db';
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import type { EvaluationOptions } from '../stacks/evaluator.ts';
import type { ComposeCandidate, ComposeConstraints, ComposeNeed, StackLayer } from './problem.ts';
import { pruneCandidates } from './prune.ts';

/** The categories whose offerings provide each layer, by the evaluator's rules. */
export function layerCategories(layer: StackLayer, categories: readonly CategoryRow[], options: EvaluationOptions): CategoryRow[] {
  switch (layer) {
    case 'SECURITY':
      return categories.filter((category) => options.securityKinds.has(category.kind));
    case 'BACKUP':
      return categories.filter((category) => options.backupCategories.has(category.slug));
    case 'MONITORING':
      return categories.filter((category) => options.monitoringCategories.has(category.slug));
  }
}

function candidateOf(row: ComposeCandidateRow, categories: ReadonlyMap<number, CategoryRow>, options: EvaluationOptions): ComposeCandidate {
  return {
    planId: row.planId,
    unit: row.unit,
    monthlyPrice: BigInt(row.monthlyPrice),
    oneTimePrice: row.unit === 'ONE_TIME' ? BigInt(row.price) : 0n,
    offeringId: row.offeringId,
    vendorId: row.vendorId,
    categoryId: row.categoryId,
    categorySlug: categories.get(row.categoryId)!.slug,
    kind: row.kind,
    slaAvailability: row.slaAvailability,
    cities: row.cities,
    dataInVietnam: row.dataInVietnam,
    vendorDomestic: row.vendorDomestic,
    verifiedFrameworks: row.verifiedFrameworks,
    requirements: row.requirements.map((requirement) => ({
      categoryIds: requirement.categoryIds,
      vendorIds: requirement.vendorIds,
      hosting: requirement.categoryIds.some((id) => options.hostingCategories.has(categories.get(id)!.slug)),
    })),
  };
}

/** A category's pruned candidates and the offerings of the rows they were pruned from. */
interface CategoryCandidates {
  candidates: ComposeCandidate[];
  offeringIds: ReadonlySet<string>;
}

/**
 * Whether the candidates read from a category at one version are those it has at a later one, by what the
 * catalog's log says changed in between (composeCandidateChanges): none of the offerings read changed, and
 * no changed offering, vendor or data center is the category's now. A published offering's plans and
 * requirements log the offering (migration 0034); attestations are not part of cached candidates (see loadCandidates).
 */
function stillCurrent(category: number, held: CategoryCandidates, changes: ComposeCandidateChanges): boolean {
  return changes.complete && !changes.categoryIds.includes(category) && !changes.offeringIds.some((id) => held.offeringIds.has(id));
}

/**
 * Every candidate the problem can use, pruned: a statement per round of categories not yet read (needs and
 * layers, then what the candidates found require), each category read from the cache when it holds it for
 * this catalog version or for an earlier one that the change log shows it unchanged since.
 *
 * Cached lists are pruned keeping the cities a second site tells apart (exact with or without one) and
 * without frameworks: attestations are verified and expire without a new catalog version, so a composition
 * that asks for a verified framework reads its categories afresh, keeping that framework alone.
 */
export async function loadCandidates(
  ctx: Context,
  needs: readonly ComposeNeed[],
  constraints: ComposeConstraints,
  categories: readonly CategoryRow[],
  options: EvaluationOptions,
): Promise<ComposeCandidate[]> {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const hosts = categories.filter((category) => options.hostingCategories.has(category.slug)).map((category) => category.id);
  const framework = constraints.verifiedFramework;
  const read = new DataLoader<number, CategoryCandidates>(async (ids) => {
    const rows = await composeCandidates(ctx.database.db, ids, framework);
    const found = new Map<number, { candidates: ComposeCandidate[]; offeringIds: Set<string> }>(ids.map((id) => [id, { candidates: [], offeringIds: new Set() }]));
    for (const row of rows) {
      const category = found.get(row.categoryId)!;
      category.candidates.push(candidateOf(row, byId, options));
      category.offeringIds.add(row.offeringId);
    }
    return ids.map((id) => found.get(id)!);
  });
  const changes = new DataLoader<string, ComposeCandidateChanges>((spans) =>
    Promise.all(spans.map((span) => composeCandidateChanges(ctx.database.db, span.split('\n')[0]!, span.split('\n')[1]!))),
  );
  const { reads } = ctx.loaders.catalog;
  const ofCategory = async (id: number): Promise<ComposeCandidate[]> => {
    if (framework !== null) return pruneCandidates((await read.load(id)).candidates, constraints.requireSecondSite);
    const held = await reads.carried(
      `compose candidates\n${id}`,
      async (): Promise<CategoryCandidates> => {
        const { candidates, offeringIds } = await read.load(id);
        return { candidates: pruneCandidates(candidates, true), offeringIds };
      },
      async (earlier, since, version) => stillCurrent(id, earlier, await changes.load(`${since}\n${version}`)),
      (value) => Math.max(1, value.candidates.length),
    );
    return held.candidates;
  };

  const wanted = new Set<number>(needs.map((need) => need.categoryId));
  for (const layer of constraints.layers) for (const category of layerCategories(layer, categories, options)) wanted.add(category.id);
  if (needs.some((need) => need.kind === 'SOFTWARE')) for (const id of hosts) wanted.add(id);
  const done = new Set<number>();
  const candidates: ComposeCandidate[] = [];
  for (let round = [...wanted]; round.length > 0; round = [...wanted].filter((id) => !done.has(id))) {
    for (const id of round) done.add(id);
    for (const found of await Promise.all(round.map(ofCategory))) {
      for (const candidate of found) {
        candidates.push(candidate);
        for (const requirement of candidate.requirements) for (const id of requirement.categoryIds) wanted.add(id);
        if (candidate.kind === 'SOFTWARE') for (const id of hosts) wanted.add(id);
      }
    }
  }
  return candidates;
}
