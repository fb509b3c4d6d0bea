import { and, getTableColumns, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import {
  attestations,
  categories,
  complianceFrameworks,
  complianceGroups,
  dataCenters,
  offeringDataCenters,
  offerings,
  planSpecs,
  plans,
  requirementCategories,
  requirements,
  requirementVendors,
  vendors,
} from '../schema/index.ts';
import { catalogSeed, type AttestationSeed, type CatalogSeed, type OfferingSeed } from './data/index.ts';

export const seededTables = [
  'categories',
  'vendors',
  'data_centers',
  'offerings',
  'plans',
  'plan_specs',
  'offering_data_centers',
  'requirements',
  'requirement_categories',
  'requirement_vendors',
  'compliance_frameworks',
  'compliance_groups',
  'attestations',
] as const;
export type SeededTable = (typeof seededTables)[number];

export interface TableChanges {
  inserted: number;
  updated: number;
  deleted: number;
}

export interface SeedReport {
  tables: Record<SeededTable, TableChanges>;
  inserted: number;
  updated: number;
  deleted: number;
  /** false when the database already held exactly this catalog */
  changed: boolean;
  /** the size of the seeded catalog */
  catalog: {
    categories: number;
    vendors: number;
    dataCenters: number;
    offerings: number;
    publishedOfferings: number;
    plans: number;
    frameworks: number;
    attestations: number;
  };
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** true when no vendor exists yet, e.g. to seed a fresh database on first start. */
export async function isCatalogEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: vendors.id }).from(vendors).limit(1);
  return rows.length === 0;
}

/**
 * Upserts the seed catalog in one transaction, keyed by natural keys (slugs, codes, positions). Rows whose
 * columns already match are left untouched, so a second run changes nothing, not even updated_at. Child rows
 * of seeded offerings that the data no longer lists (plans, specs, data-centre links, requirements) are
 * deleted; attestations are never deleted, since partners add their own.
 */
export async function seedCatalog(db: Db, catalog: CatalogSeed = catalogSeed): Promise<SeedReport> {
  validateCatalog(catalog);
  const tables = Object.fromEntries(seededTables.map((t) => [t, { inserted: 0, updated: 0, deleted: 0 }])) as Record<
    SeededTable,
    TableChanges
  >;

  await db.transaction(async (tx) => {
    const categoryIds = await upsertCategories(tx, catalog, tables.categories);
    const vendorIds = await upsertVendors(tx, catalog, tables.vendors);
    const dataCenterIds = await upsertDataCenters(tx, catalog, vendorIds, tables.data_centers);
    const offeringIds = await upsertOfferings(tx, catalog, vendorIds, categoryIds, tables.offerings);
    const planIds = await upsertPlans(tx, catalog, offeringIds, tables.plans);
    await upsertPlanSpecs(tx, catalog, offeringIds, planIds, tables.plan_specs);
    await syncOfferingDataCenters(tx, catalog, offeringIds, dataCenterIds, tables.offering_data_centers);
    await syncRequirements(tx, catalog, offeringIds, categoryIds, vendorIds, tables);
    const frameworkIds = await upsertFrameworks(tx, catalog, tables.compliance_frameworks);
    await upsertComplianceGroups(tx, catalog, frameworkIds, tables.compliance_groups);
    await upsertAttestations(tx, catalog, frameworkIds, vendorIds, offeringIds, tables.attestations);
  });

  const all = Object.values(tables);
  const inserted = sum(all.map((t) => t.inserted));
  const updated = sum(all.map((t) => t.updated));
  const deleted = sum(all.map((t) => t.deleted));
  return {
    tables,
    inserted,
    updated,
    deleted,
    changed: inserted + updated + deleted > 0,
    catalog: {
      categories: catalog.categories.length,
      vendors: catalog.vendors.length,
      dataCenters: sum(catalog.vendors.map((v) => v.dataCenters.length)),
      offerings: catalog.offerings.length,
      publishedOfferings: catalog.offerings.filter((o) => o.status === 'PUBLISHED').length,
      plans: sum(catalog.offerings.map((o) => o.plans.length)),
      frameworks: catalog.frameworks.length,
      attestations: catalog.attestations.length,
    },
  };
}

/** One line for a CLI or a log. */
export function describeSeedReport(report: SeedReport): string {
  const c = report.catalog;
  const size =
    `${c.vendors} vendors, ${c.dataCenters} data centres, ${c.categories} categories, ` +
    `${c.offerings} offerings (${c.publishedOfferings} published), ${c.plans} plans, ${c.attestations} attestations`;
  if (!report.changed) return `changed nothing (${size})`;
  const touched = seededTables
    .filter((t) => {
      const x = report.tables[t];
      return x.inserted + x.updated + x.deleted > 0;
    })
    .join(', ');
  return `${report.inserted} rows inserted, ${report.updated} updated, ${report.deleted} deleted in ${touched} (${size})`;
}

// ---------------------------------------------------------------------------------------------------------
// Validation: fail before touching the database, with every problem listed.

function validateCatalog(catalog: CatalogSeed): void {
  const problems: string[] = [];
  const duplicates = (label: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) problems.push(`duplicate ${label} ${key}`);
      seen.add(key);
    }
  };
  duplicates('category', catalog.categories.map((c) => c.slug));
  duplicates('vendor', catalog.vendors.map((v) => v.slug));
  duplicates('data centre', catalog.vendors.flatMap((v) => v.dataCenters.map((d) => d.slug)));
  duplicates('offering', catalog.offerings.map((o) => o.slug));
  duplicates('framework', catalog.frameworks.map((f) => f.code));
  duplicates(
    'attestation',
    catalog.attestations.map((a) => `${a.framework}/${a.vendor ?? ''}/${a.offering ?? ''}`),
  );

  const categorySlugs = new Set(catalog.categories.map((c) => c.slug));
  const vendorSlugs = new Set(catalog.vendors.map((v) => v.slug));
  const dataCenterSlugs = new Set(catalog.vendors.flatMap((v) => v.dataCenters.map((d) => d.slug)));
  const offeringSlugs = new Set(catalog.offerings.map((o) => o.slug));
  const frameworkCodes = new Set(catalog.frameworks.map((f) => f.code));

  for (const o of catalog.offerings) {
    if (!vendorSlugs.has(o.vendor)) problems.push(`offering ${o.slug}: unknown vendor ${o.vendor}`);
    if (!categorySlugs.has(o.category)) problems.push(`offering ${o.slug}: unknown category ${o.category}`);
    for (const dc of o.dataCenters) if (!dataCenterSlugs.has(dc)) problems.push(`offering ${o.slug}: unknown data centre ${dc}`);
    if (o.plans.length === 0) problems.push(`offering ${o.slug}: no plans`);
    // The English site shows every seeded listing in English.
    if (!o.descriptionEn.trim()) problems.push(`offering ${o.slug}: no English description`);
    if (!o.summaryEn.trim()) problems.push(`offering ${o.slug}: no English summary`);
    if (o.nameEn !== undefined && (!o.nameEn.trim() || o.nameEn === o.name)) problems.push(`offering ${o.slug}: English name blank or the same as the name`);
    for (const p of o.plans) {
      if (p.nameEn !== undefined && (!p.nameEn.trim() || p.nameEn === p.name)) problems.push(`plan ${o.slug}/${p.slug}: English name blank or the same as the name`);
    }
    duplicates(`plan of ${o.slug}:`, o.plans.map((p) => p.slug));
    for (const p of o.plans) duplicates(`spec of ${o.slug}/${p.slug}:`, p.specs.map(([key]) => key));
    for (const r of o.requirements) {
      if (r.categories.length === 0) problems.push(`offering ${o.slug}: requirement without categories`);
      if (!r.descriptionEn.trim()) problems.push(`offering ${o.slug}: requirement without its English text`);
      for (const c of r.categories) if (!categorySlugs.has(c)) problems.push(`offering ${o.slug}: requirement on unknown category ${c}`);
      for (const v of r.vendors) if (!vendorSlugs.has(v)) problems.push(`offering ${o.slug}: requirement on unknown vendor ${v}`);
    }
  }
  for (const f of catalog.frameworks) {
    duplicates(`group of ${f.code}:`, f.groups.map((g) => g.code));
    const total = sum(f.groups.map((g) => g.criteriaCount));
    if (f.groups.length > 0 && total !== f.criteriaCount) {
      problems.push(`framework ${f.code}: groups count ${total} criteria, framework ${f.criteriaCount}`);
    }
  }
  for (const a of catalog.attestations) {
    const label = `attestation ${a.framework}/${a.vendor ?? a.offering ?? '?'}`;
    if (!frameworkCodes.has(a.framework)) problems.push(`${label}: unknown framework`);
    if ((a.vendor === undefined) === (a.offering === undefined)) problems.push(`${label}: needs exactly one of vendor and offering`);
    if (a.vendor !== undefined && !vendorSlugs.has(a.vendor)) problems.push(`${label}: unknown vendor`);
    if (a.offering !== undefined && !offeringSlugs.has(a.offering)) problems.push(`${label}: unknown offering`);
    if (a.status === 'VERIFIED' && !a.verifiedAt) problems.push(`${label}: VERIFIED needs verifiedAt`);
  }
  if (problems.length > 0) throw new Error(`The seed catalog is inconsistent:\n- ${problems.join('\n- ')}`);
}

// ---------------------------------------------------------------------------------------------------------
// Upserts. Each ON CONFLICT update only fires when a column differs; RETURNING then yields exactly the rows
// written, and xmax = 0 tells an inserted row from an updated one.

const wasInserted = sql<boolean>`(xmax = 0)`;

function updateWhenChanged<T extends PgTable>(
  table: T,
  keys: (keyof T['$inferInsert'] & string)[],
  extra: Record<string, SQL> = {},
): { set: PgUpdateSetSource<T>; setWhere: SQL } {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const column = (key: string): PgColumn => {
    const c = columns[key];
    if (!c) throw new Error(`no column ${key}`);
    return c;
  };
  const excluded = (key: string) => sql`excluded.${sql.identifier(column(key).name)}`;
  const set = Object.fromEntries(keys.map((k) => [k, excluded(k)]));
  const setWhere = sql`(${sql.join(
    keys.map((k) => column(k)),
    sql`, `,
  )}) is distinct from (${sql.join(keys.map(excluded), sql`, `)})`;
  return { set: { ...set, ...extra } as PgUpdateSetSource<T>, setWhere };
}

function tally(changes: TableChanges, rows: { inserted: boolean }[]): void {
  for (const row of rows) {
    if (row.inserted) changes.inserted += 1;
    else changes.updated += 1;
  }
}

async function upsertCategories(tx: Tx, catalog: CatalogSeed, changes: TableChanges): Promise<Map<string, number>> {
  const rows = await tx
    .insert(categories)
    .values(catalog.categories.map((c) => ({ slug: c.slug, kind: c.kind, name: c.name, nameEn: c.nameEn, position: c.position })))
    .onConflictDoUpdate({ target: categories.slug, ...updateWhenChanged(categories, ['kind', 'name', 'nameEn', 'position']) })
    .returning({ inserted: wasInserted });
  tally(changes, rows);
  const ids = await tx
    .select({ id: categories.id, slug: categories.slug })
    .from(categories)
    .where(inArray(categories.slug, catalog.categories.map((c) => c.slug)));
  return new Map(ids.map((r) => [r.slug, r.id]));
}

async function upsertVendors(tx: Tx, catalog: CatalogSeed, changes: TableChanges): Promise<Map<string, string>> {
  const rows = await tx
    .insert(vendors)
    .values(
      catalog.vendors.map((v) => ({
        slug: v.slug,
        name: v.name,
        kinds: v.kinds,
        domestic: v.domestic,
        countryCode: v.countryCode,
        description: v.description,
        descriptionEn: v.descriptionEn,
        website: v.website,
      })),
    )
    .onConflictDoUpdate({
      target: vendors.slug,
      ...updateWhenChanged(vendors, ['name', 'kinds', 'domestic', 'countryCode', 'description', 'descriptionEn', 'website'], {
        updatedAt: sql`now()`,
      }),
    })
    .returning({ inserted: wasInserted });
  tally(changes, rows);
  const ids = await tx
    .select({ id: vendors.id, slug: vendors.slug })
    .from(vendors)
    .where(inArray(vendors.slug, catalog.vendors.map((v) => v.slug)));
  return new Map(ids.map((r) => [r.slug, r.id]));
}

async function upsertDataCenters(
  tx: Tx,
  catalog: CatalogSeed,
  vendorIds: Map<string, string>,
  changes: TableChanges,
): Promise<Map<string, string>> {
  const values = catalog.vendors.flatMap((v) =>
    v.dataCenters.map((d) => ({
      slug: d.slug,
      vendorId: lookup(vendorIds, v.slug, 'vendor'),
      name: d.name,
      city: d.city,
      countryCode: d.countryCode,
      tier: d.tier,
    })),
  );
  if (values.length === 0) return new Map();
  const rows = await tx
    .insert(dataCenters)
    .values(values)
    .onConflictDoUpdate({
      target: dataCenters.slug,
      ...updateWhenChanged(dataCenters, ['vendorId', 'name', 'city', 'countryCode', 'tier']),
    })
    .returning({ inserted: wasInserted });
  tally(changes, rows);
  const ids = await tx
    .select({ id: dataCenters.id, slug: dataCenters.slug })
    .from(dataCenters)
    .where(inArray(dataCenters.slug, values.map((d) => d.slug)));
  return new Map(ids.map((r) => [r.slug, r.id]));
}

async function upsertOfferings(
  tx: Tx,
  catalog: CatalogSeed,
  vendorIds: Map<string, string>,
  categoryIds: Map<string, number>,
  changes: TableChanges,
): Promise<Map<string, string>> {
  const kindOf = new Map(catalog.categories.map((c) => [c.slug, c.kind]));
  const rows = await tx
    .insert(offerings)
    .values(
      catalog.offerings.map((o) => ({
        slug: o.slug,
        vendorId: lookup(vendorIds, o.vendor, 'vendor'),
        categoryId: lookup(categoryIds, o.category, 'category'),
        kind: lookup(kindOf, o.category, 'category'),
        status: o.status,
        name: o.name,
        nameEn: o.nameEn ?? null,
        summary: o.summary,
        summaryEn: o.summaryEn,
        description: o.description,
        descriptionEn: o.descriptionEn,
        slaAvailability: o.sla,
        sampleData: o.sampleData,
        publishedAt: o.status === 'PUBLISHED' ? publishedAtOf(o) : null,
      })),
    )
    .onConflictDoUpdate({
      target: offerings.slug,
      ...updateWhenChanged(
        offerings,
        [
          'vendorId',
          'categoryId',
          'kind',
          'status',
          'name',
          'nameEn',
          'summary',
          'summaryEn',
          'description',
          'descriptionEn',
          'slaAvailability',
          'sampleData',
          'publishedAt',
        ],
        { updatedAt: sql`now()` },
      ),
    })
    .returning({ inserted: wasInserted });
  tally(changes, rows);
  const ids = await tx
    .select({ id: offerings.id, slug: offerings.slug })
    .from(offerings)
    .where(inArray(offerings.slug, catalog.offerings.map((o) => o.slug)));
  return new Map(ids.map((r) => [r.slug, r.id]));
}

/** A stable publication date per listing (spread over 2025), so re-seeding never moves it. */
function publishedAtOf(offering: OfferingSeed): Date {
  let hash = 2166136261;
  for (const ch of offering.slug) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  const day = hash % 365;
  const hour = 1 + (hash >>> 9) % 10;
  return new Date(Date.UTC(2025, 0, 1 + day, hour, 0, 0));
}

async function upsertPlans(
  tx: Tx,
  catalog: CatalogSeed,
  offeringIds: Map<string, string>,
  changes: TableChanges,
): Promise<Map<string, string>> {
  const values = catalog.offerings.flatMap((o) =>
    o.plans.map((p, index) => ({
      offeringId: lookup(offeringIds, o.slug, 'offering'),
      slug: p.slug,
      name: p.name,
      nameEn: p.nameEn ?? null,
      price: p.price,
      unit: p.unit,
      position: index + 1,
    })),
  );
  const rows = await tx
    .insert(plans)
    .values(values)
    .onConflictDoUpdate({
      target: [plans.offeringId, plans.slug],
      ...updateWhenChanged(plans, ['name', 'nameEn', 'price', 'unit', 'position']),
    })
    .returning({ inserted: wasInserted });
  tally(changes, rows);

  const seededOfferingIds = [...offeringIds.values()];
  const stale = await tx
    .delete(plans)
    .where(
      and(
        inArray(plans.offeringId, seededOfferingIds),
        notInArray(
          sql`${plans.offeringId}::text || '/' || ${plans.slug}`,
          values.map((p) => `${p.offeringId}/${p.slug}`),
        ),
      ),
    )
    .returning({ id: plans.id });
  changes.deleted += stale.length;

  const ids = await tx
    .select({ id: plans.id, offeringId: plans.offeringId, slug: plans.slug })
    .from(plans)
    .where(inArray(plans.offeringId, seededOfferingIds));
  return new Map(ids.map((r) => [`${r.offeringId}/${r.slug}`, r.id]));
}

async function upsertPlanSpecs(
  tx: Tx,
  catalog: CatalogSeed,
  offeringIds: Map<string, string>,
  planIds: Map<string, string>,
  changes: TableChanges,
): Promise<void> {
  const values = catalog.offerings.flatMap((o) => {
    const offeringId = lookup(offeringIds, o.slug, 'offering');
    return o.plans.flatMap((p) => {
      const planId = lookup(planIds, `${offeringId}/${p.slug}`, 'plan');
      return p.specs.map(([key, value], index) => ({ planId, key, value, position: index + 1 }));
    });
  });
  if (values.length > 0) {
    const rows = await tx
      .insert(planSpecs)
      .values(values)
      .onConflictDoUpdate({ target: [planSpecs.planId, planSpecs.key], ...updateWhenChanged(planSpecs, ['value', 'position']) })
      .returning({ inserted: wasInserted });
    tally(changes, rows);
  }
  const keep = values.map((s) => `${s.planId}/${s.key}`);
  const stale = await tx
    .delete(planSpecs)
    .where(
      and(
        inArray(planSpecs.planId, [...planIds.values()]),
        keep.length > 0 ? notInArray(sql`${planSpecs.planId}::text || '/' || ${planSpecs.key}`, keep) : undefined,
      ),
    )
    .returning({ key: planSpecs.key });
  changes.deleted += stale.length;
}

async function syncOfferingDataCenters(
  tx: Tx,
  catalog: CatalogSeed,
  offeringIds: Map<string, string>,
  dataCenterIds: Map<string, string>,
  changes: TableChanges,
): Promise<void> {
  const values = catalog.offerings.flatMap((o) =>
    o.dataCenters.map((dc) => ({
      offeringId: lookup(offeringIds, o.slug, 'offering'),
      dataCenterId: lookup(dataCenterIds, dc, 'data centre'),
    })),
  );
  await syncLinks(
    tx,
    { table: offeringDataCenters, parent: offeringDataCenters.offeringId, child: offeringDataCenters.dataCenterId },
    [...offeringIds.values()],
    values.map((v) => [v.offeringId, v.dataCenterId]),
    changes,
  );
}

/** Requirements have no natural key in the schema: they are matched by (offering, position) here. */
async function syncRequirements(
  tx: Tx,
  catalog: CatalogSeed,
  offeringIds: Map<string, string>,
  categoryIds: Map<string, number>,
  vendorIds: Map<string, string>,
  tables: Record<SeededTable, TableChanges>,
): Promise<void> {
  const seededOfferingIds = [...offeringIds.values()];
  const existing = await tx
    .select({
      id: requirements.id,
      offeringId: requirements.offeringId,
      position: requirements.position,
      description: requirements.description,
      descriptionEn: requirements.descriptionEn,
    })
    .from(requirements)
    .where(inArray(requirements.offeringId, seededOfferingIds))
    .orderBy(requirements.offeringId, requirements.position, requirements.id);
  const byKey = new Map<string, (typeof existing)[number]>();
  const surplus: string[] = [];
  for (const row of existing) {
    const key = `${row.offeringId}#${row.position}`;
    if (byKey.has(key)) surplus.push(row.id);
    else byKey.set(key, row);
  }

  const wanted = catalog.offerings.flatMap((o) => {
    const offeringId = lookup(offeringIds, o.slug, 'offering');
    return o.requirements.map((r, index) => ({ offeringId, position: index + 1, seed: r }));
  });
  const wantedKeys = new Set(wanted.map((w) => `${w.offeringId}#${w.position}`));
  for (const [key, row] of byKey) if (!wantedKeys.has(key)) surplus.push(row.id);
  if (surplus.length > 0) {
    const deleted = await tx.delete(requirements).where(inArray(requirements.id, surplus)).returning({ id: requirements.id });
    tables.requirements.deleted += deleted.length;
  }

  const requirementIds: { id: string; categoryIds: number[]; vendorIds: string[] }[] = [];
  const toInsert: typeof wanted = [];
  for (const w of wanted) {
    const row = byKey.get(`${w.offeringId}#${w.position}`);
    if (!row) {
      toInsert.push(w);
      continue;
    }
    if (row.description !== w.seed.description || row.descriptionEn !== w.seed.descriptionEn) {
      await tx
        .update(requirements)
        .set({ description: w.seed.description, descriptionEn: w.seed.descriptionEn })
        .where(inArray(requirements.id, [row.id]));
      tables.requirements.updated += 1;
    }
    requirementIds.push({ id: row.id, ...resolveRequirementTargets(w.seed, categoryIds, vendorIds) });
  }
  if (toInsert.length > 0) {
    const inserted = await tx
      .insert(requirements)
      .values(
        toInsert.map((w) => ({ offeringId: w.offeringId, position: w.position, description: w.seed.description, descriptionEn: w.seed.descriptionEn })),
      )
      .returning({ id: requirements.id, offeringId: requirements.offeringId, position: requirements.position });
    tables.requirements.inserted += inserted.length;
    const seedByKey = new Map(toInsert.map((w) => [`${w.offeringId}#${w.position}`, w.seed]));
    for (const row of inserted) {
      const seed = lookup(seedByKey, `${row.offeringId}#${row.position}`, 'requirement');
      requirementIds.push({ id: row.id, ...resolveRequirementTargets(seed, categoryIds, vendorIds) });
    }
  }

  const allRequirementIds = requirementIds.map((r) => r.id);
  if (allRequirementIds.length === 0) return;

  await syncLinks(
    tx,
    { table: requirementCategories, parent: requirementCategories.requirementId, child: requirementCategories.categoryId },
    allRequirementIds,
    requirementIds.flatMap((r) => r.categoryIds.map((categoryId): [string, number] => [r.id, categoryId])),
    tables.requirement_categories,
  );
  await syncLinks(
    tx,
    { table: requirementVendors, parent: requirementVendors.requirementId, child: requirementVendors.vendorId },
    allRequirementIds,
    requirementIds.flatMap((r) => r.vendorIds.map((vendorId): [string, string] => [r.id, vendorId])),
    tables.requirement_vendors,
  );
}

/**
 * Makes a link table hold exactly these (parent, child) pairs for these parents: inserts the missing
 * ones, deletes the others.
 */
async function syncLinks(
  tx: Tx,
  link: { table: PgTable; parent: PgColumn; child: PgColumn },
  parentIds: string[],
  pairs: [string, string | number][],
  changes: TableChanges,
): Promise<void> {
  if (parentIds.length === 0) return;
  if (pairs.length > 0) {
    // insert() takes the table's property names, not its SQL column names
    const keyOf = (column: PgColumn) => Object.entries(getTableColumns(link.table)).find(([, c]) => c === column)![0];
    const [parentKey, childKey] = [keyOf(link.parent), keyOf(link.child)];
    const rows = await tx
      .insert(link.table)
      .values(pairs.map(([parent, child]) => ({ [parentKey]: parent, [childKey]: child })) as never)
      .onConflictDoNothing()
      .returning({ parent: link.parent });
    changes.inserted += rows.length;
  }
  const keep = pairs.map(([parent, child]) => `${parent}/${child}`);
  const stale = await tx
    .delete(link.table)
    .where(
      and(
        inArray(link.parent, parentIds),
        keep.length > 0 ? notInArray(sql`${link.parent}::text || '/' || ${link.child}::text`, keep) : undefined,
      ),
    )
    .returning({ parent: link.parent });
  changes.deleted += stale.length;
}

function resolveRequirementTargets(
  seed: OfferingSeed['requirements'][number],
  categoryIds: Map<string, number>,
  vendorIds: Map<string, string>,
): { categoryIds: number[]; vendorIds: string[] } {
  return {
    categoryIds: seed.categories.map((c) => lookup(categoryIds, c, 'category')),
    vendorIds: seed.vendors.map((v) => lookup(vendorIds, v, 'vendor')),
  };
}

async function upsertFrameworks(tx: Tx, catalog: CatalogSeed, changes: TableChanges): Promise<Map<string, number>> {
  const rows = await tx
    .insert(complianceFrameworks)
    .values(
      catalog.frameworks.map((f) => ({
        code: f.code,
        name: f.name,
        nameEn: f.nameEn,
        issuer: f.issuer,
        reference: f.reference,
        criteriaCount: f.criteriaCount,
      })),
    )
    .onConflictDoUpdate({
      target: complianceFrameworks.code,
      ...updateWhenChanged(complianceFrameworks, ['name', 'nameEn', 'issuer', 'reference', 'criteriaCount']),
    })
    .returning({ inserted: wasInserted });
  tally(changes, rows);
  const ids = await tx
    .select({ id: complianceFrameworks.id, code: complianceFrameworks.code })
    .from(complianceFrameworks)
    .where(inArray(complianceFrameworks.code, catalog.frameworks.map((f) => f.code)));
  return new Map(ids.map((r) => [r.code, r.id]));
}

async function upsertComplianceGroups(
  tx: Tx,
  catalog: CatalogSeed,
  frameworkIds: Map<string, number>,
  changes: TableChanges,
): Promise<void> {
  const values = catalog.frameworks.flatMap((f) =>
    f.groups.map((g, index) => ({
      frameworkId: lookup(frameworkIds, f.code, 'framework'),
      code: g.code,
      name: g.name,
      nameEn: g.nameEn,
      scope: g.scope,
      criteriaCount: g.criteriaCount,
      position: index + 1,
    })),
  );
  if (values.length > 0) {
    const rows = await tx
      .insert(complianceGroups)
      .values(values)
      .onConflictDoUpdate({
        target: [complianceGroups.frameworkId, complianceGroups.code],
        ...updateWhenChanged(complianceGroups, ['name', 'nameEn', 'scope', 'criteriaCount', 'position']),
      })
      .returning({ inserted: wasInserted });
    tally(changes, rows);
  }
  const keep = values.map((g) => `${g.frameworkId}/${g.code}`);
  const stale = await tx
    .delete(complianceGroups)
    .where(
      and(
        inArray(complianceGroups.frameworkId, [...frameworkIds.values()]),
        keep.length > 0 ? notInArray(sql`${complianceGroups.frameworkId}::text || '/' || ${complianceGroups.code}`, keep) : undefined,
      ),
    )
    .returning({ id: complianceGroups.id });
  changes.deleted += stale.length;
}

/** Attestations are matched by (framework, vendor) or (framework, offering); the oldest one wins. */
async function upsertAttestations(
  tx: Tx,
  catalog: CatalogSeed,
  frameworkIds: Map<string, number>,
  vendorIds: Map<string, string>,
  offeringIds: Map<string, string>,
  changes: TableChanges,
): Promise<void> {
  const existing = await tx
    .select()
    .from(attestations)
    .where(inArray(attestations.frameworkId, [...frameworkIds.values()]))
    .orderBy(attestations.claimedAt, attestations.id);
  const keyOf = (frameworkId: number, vendorId: string | null, offeringId: string | null) =>
    `${frameworkId}|${vendorId ?? ''}|${offeringId ?? ''}`;
  const byKey = new Map<string, (typeof existing)[number]>();
  for (const row of existing) {
    const key = keyOf(row.frameworkId, row.vendorId, row.offeringId);
    if (!byKey.has(key)) byKey.set(key, row);
  }

  const toInsert: (typeof attestations.$inferInsert)[] = [];
  for (const a of catalog.attestations) {
    const wanted = attestationRow(a, frameworkIds, vendorIds, offeringIds);
    const row = byKey.get(keyOf(wanted.frameworkId, wanted.vendorId, wanted.offeringId));
    if (!row) {
      toInsert.push(wanted);
      continue;
    }
    const same =
      row.status === wanted.status &&
      row.criteriaMet === wanted.criteriaMet &&
      row.evidenceUrl === wanted.evidenceUrl &&
      row.note === wanted.note &&
      sameInstant(row.claimedAt, wanted.claimedAt) &&
      sameInstant(row.verifiedAt, wanted.verifiedAt) &&
      sameInstant(row.validUntil, wanted.validUntil);
    if (same) continue;
    await tx
      .update(attestations)
      .set({
        status: wanted.status,
        criteriaMet: wanted.criteriaMet,
        evidenceUrl: wanted.evidenceUrl,
        note: wanted.note,
        claimedAt: wanted.claimedAt,
        verifiedAt: wanted.verifiedAt,
        validUntil: wanted.validUntil,
      })
      .where(inArray(attestations.id, [row.id]));
    changes.updated += 1;
  }
  if (toInsert.length > 0) {
    const rows = await tx.insert(attestations).values(toInsert).returning({ id: attestations.id });
    changes.inserted += rows.length;
  }
}

function attestationRow(
  a: AttestationSeed,
  frameworkIds: Map<string, number>,
  vendorIds: Map<string, string>,
  offeringIds: Map<string, string>,
) {
  return {
    frameworkId: lookup(frameworkIds, a.framework, 'framework'),
    vendorId: a.vendor === undefined ? null : lookup(vendorIds, a.vendor, 'vendor'),
    offeringId: a.offering === undefined ? null : lookup(offeringIds, a.offering, 'offering'),
    status: a.status,
    criteriaMet: a.criteriaMet,
    evidenceUrl: a.evidenceUrl,
    note: a.note,
    claimedAt: new Date(a.claimedAt),
    verifiedAt: a.verifiedAt === null ? null : new Date(a.verifiedAt),
    validUntil: a.validUntil === null ? null : new Date(a.validUntil),
  };
}

// ---------------------------------------------------------------------------------------------------------

function sameInstant(a: Date | null, b: Date | null): boolean {
  if (a === null || b === null) return a === b;
  return a.getTime() === b.getTime();
}

function lookup<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed: unknown ${what} ${String(key)}`);
  return value;
}

function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
