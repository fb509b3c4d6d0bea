import {
  allCategories,
  allFrameworks,
  attestationsBySubject,
  countOfferingsOfVendors,
  dataCentersByIds,
  dataCentersByOfferingIds,
  dataCentersByVendorIds,
  offeringsByIds,
  offeringTextsByIds,
  offeringsOfVendors,
  plansByIds,
  plansByOfferingIds,
  requirementsByOfferingIds,
  specsByPlanIds,
  vendorsByIds,
  type AttestationRow,
  type CatalogDictionaries,
  type CategoryRow,
  type ComplianceFrameworkRow,
  type DataCenterRow,
  type Db,
  type OfferingFacts,
  type OfferingRelations,
  type OfferingRow,
  type OfferingTexts,
  type PlanRow,
  type RequirementRow,
  type SpecRow,
  type VendorOfferingsPage,
  type VendorRow,
} from '@mayviet/db';
import DataLoader from 'dataloader';
import { uncachedReads } from './cache.ts';

export type AttestationWithFramework = AttestationRow & { framework: ComplianceFrameworkRow };

function byId<T extends { id: K }, K>(keys: readonly K[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => map.get(key) ?? null);
}

function groupBy<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = map.get(key);
    if (group) group.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}

/**
 * A DataLoader that also answers synchronously for what it holds (primed or loaded; a key loaded as null
 * is not held): a resolver returning the value itself instead of a promise spares GraphQL a promise per field.
 */
export class HeldLoader<K, V> extends DataLoader<K, V> {
  private readonly held: Map<K, NonNullable<V>>;

  constructor(load: (keys: readonly K[]) => Promise<V[]>) {
    const held = new Map<K, NonNullable<V>>();
    super(async (keys) => {
      const values = await load(keys);
      values.forEach((value, index) => {
        if (value !== null && value !== undefined) held.set(keys[index]!, value);
      });
      return values;
    });
    this.held = held;
  }

  override prime(key: K, value: V | Error): this {
    // As DataLoader's own cache, the first value of a key stays.
    if (value !== null && value !== undefined && !(value instanceof Error) && !this.held.has(key)) this.held.set(key, value);
    return super.prime(key, value);
  }

  /** The value, when this loader already holds it. */
  peek(key: K): NonNullable<V> | undefined {
    return this.held.get(key);
  }

  /** The value itself when held, else a promise of it. */
  get(key: K): V | Promise<V> {
    return this.held.get(key) ?? this.load(key);
  }
}

/** Loads a small table once per request, whatever asks for it. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= load());
}

/** Per-request loaders: one statement per relation per tick of the resolver walk. */
export function createCatalogLoaders(db: Db) {
  const vendor = new HeldLoader<string, VendorRow | null>(async (ids) => byId(ids, await vendorsByIds(db, ids)));
  const frameworks = once(() => allFrameworks(db));
  const categories = once(() => allCategories(db));
  const frameworkById = new DataLoader<number, ComplianceFrameworkRow | null>(async (ids) => byId(ids, await frameworks()));

  const attestationsOf = (subject: 'vendor' | 'offering') =>
    new HeldLoader<string, AttestationWithFramework[]>(async (ids) => {
      const rows = await attestationsBySubject(db, subject, ids);
      for (const row of rows) frameworkById.prime(row.framework.id, row.framework);
      return groupBy(ids, rows, (row) => (subject === 'vendor' ? row.vendorId : row.offeringId) ?? '');
    });

  return {
    vendor,
    /** published offerings; a stack's rows (without texts) are primed into it too */
    offering: new HeldLoader<string, OfferingRow | OfferingFacts | null>(async (ids) => byId(ids, await offeringsByIds(db, ids))),
    /** the texts of offerings read without them, whatever their status */
    offeringTexts: new DataLoader<string, OfferingTexts | null>(async (ids) => byId(ids, await offeringTextsByIds(db, ids))),
    plan: new DataLoader<string, PlanRow | null>(async (ids) => byId(ids, await plansByIds(db, ids))),
    dataCenter: new DataLoader<string, DataCenterRow | null>(async (ids) => byId(ids, await dataCentersByIds(db, ids))),
    dataCentersOfVendor: new HeldLoader<string, DataCenterRow[]>(async (ids) =>
      groupBy(ids, await dataCentersByVendorIds(db, ids), (row) => row.vendorId),
    ),
    dataCentersOfOffering: new HeldLoader<string, DataCenterRow[]>(async (ids) => {
      const rows = await dataCentersByOfferingIds(db, ids);
      // The vendors come with the data centers, so `dataCenters { vendor }` costs no further statement.
      for (const row of rows) vendor.prime(row.vendor.id, row.vendor);
      return groupBy(ids, rows, (row) => row.offeringId);
    }),
    /** for plan rows read without their specs (a stack's lines) */
    specsOfPlan: new DataLoader<string, SpecRow[]>(async (ids) =>
      groupBy(ids, await specsByPlanIds(db, ids), (row) => row.planId).map((rows) => rows.map(({ key, value }) => ({ key, value }))),
    ),
    plansOfOffering: new HeldLoader<string, PlanRow[]>(async (ids) =>
      groupBy(ids, await plansByOfferingIds(db, ids), (row) => row.offeringId),
    ),
    requirementsOfOffering: new HeldLoader<string, RequirementRow[]>(async (ids) => {
      const rows = await requirementsByOfferingIds(db, ids);
      for (const requirement of rows) for (const row of requirement.vendors) vendor.prime(row.id, row);
      return groupBy(ids, rows, (row) => row.offeringId);
    }),
    attestationsOfVendor: attestationsOf('vendor'),
    attestationsOfOffering: attestationsOf('offering'),
    /** keyed by "first|afterName|afterId" then vendor id, so vendors asking for the same page batch together */
    offeringsOfVendor: new DataLoader<string, VendorOfferingsPage, string>(
      async (keys) => {
        const parsed = keys.map((key) => JSON.parse(key) as [string, number, { name: string; id: string } | null]);
        const pages = new Map<string, VendorOfferingsPage>();
        const groups = new Map<string, string[]>();
        for (const [vendorId, first, after] of parsed) {
          const group = JSON.stringify([first, after]);
          groups.set(group, [...(groups.get(group) ?? []), vendorId]);
        }
        for (const [group, vendorIds] of groups) {
          const [first, after] = JSON.parse(group) as [number, { name: string; id: string } | null];
          for (const page of await offeringsOfVendors(db, vendorIds, { first, after })) {
            pages.set(JSON.stringify([page.vendorId, first, after]), page);
          }
        }
        return keys.map((key) => pages.get(key)!);
      },
    ),
    offeringCountOfVendor: new DataLoader<string, number>(async (ids) => {
      const counts = await countOfferingsOfVendors(db, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    categories,
    categoryById: new HeldLoader<number, CategoryRow | null>(async (ids) => byId(ids, await categories())),
    frameworks,
    frameworkById,
    /** searches' pages, counts, facets and match checks: cached by catalog version once a query reads one snapshot (http/routes/graphql.ts) */
    reads: uncachedReads,
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;

/**
 * Hands an offering read with its relations (offeringWithRelationsBySlug) to the loaders, as their own
 * reads would have: the offering page's resolvers then find every row without a statement.
 */
export function primeOffering(loaders: CatalogLoaders, offering: OfferingRow, related: Partial<OfferingRelations>): void {
  loaders.offering.prime(offering.id, offering);
  for (const category of related.categories ?? []) loaders.categoryById.prime(category.id, category);
  if (related.vendor) loaders.vendor.prime(related.vendor.id, related.vendor);
  if (related.vendorDataCenters) loaders.dataCentersOfVendor.prime(offering.vendorId, related.vendorDataCenters);
  if (related.vendorAttestations) loaders.attestationsOfVendor.prime(offering.vendorId, related.vendorAttestations);
  if (related.plans) loaders.plansOfOffering.prime(offering.id, related.plans);
  if (related.dataCenters) loaders.dataCentersOfOffering.prime(offering.id, related.dataCenters);
  if (related.requirements) loaders.requirementsOfOffering.prime(offering.id, related.requirements);
  if (related.attestations) loaders.attestationsOfOffering.prime(offering.id, related.attestations);
  for (const row of related.dataCenters ?? []) loaders.vendor.prime(row.vendor.id, row.vendor);
  for (const requirement of related.requirements ?? []) for (const row of requirement.vendors) loaders.vendor.prime(row.id, row);
  for (const row of [...(related.vendorAttestations ?? []), ...(related.attestations ?? [])]) loaders.frameworkById.prime(row.framework.id, row.framework);
}

/** Primes the loaders with the vendors and categories of a page of offerings, from rows already held (the catalog index's). */
export function primeCatalogRows(loaders: CatalogLoaders, offerings: readonly OfferingRow[], related: CatalogDictionaries): void {
  const vendorIds = new Set(offerings.map((offering) => offering.vendorId));
  const categoryIds = new Set(offerings.map((offering) => offering.categoryId));
  for (const vendor of related.vendors) if (vendorIds.has(vendor.id)) loaders.vendor.prime(vendor.id, vendor);
  for (const category of related.categories) if (categoryIds.has(category.id)) loaders.categoryById.prime(category.id, category);
}
