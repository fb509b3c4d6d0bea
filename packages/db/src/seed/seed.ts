import type { Db } from '../client.ts';
import { vendors } from '../schema/index.ts';
import { catalogSeed, type CatalogSeed } from './data/index.ts';
import { seededTables, type SeededTable, type TableChanges } from './tables.ts';
import { insertMissingBlueprints } from './upserts/blueprints.ts';
import { upsertAttestations } from './upserts/attestations.ts';
import { upsertCategories } from './upserts/categories.ts';
import { upsertFrameworks } from './upserts/compliance-frameworks.ts';
import { upsertComplianceGroups } from './upserts/compliance-groups.ts';
import { upsertDataCenters } from './upserts/data-centers.ts';
import { syncOfferingDataCenters } from './upserts/offering-data-centers.ts';
import { upsertOfferings } from './upserts/offerings.ts';
import { upsertPlanSpecs } from './upserts/plan-specs.ts';
import { upsertPlans } from './upserts/plans.ts';
import { syncRequirements } from './upserts/requirements.ts';
import { upsertVendors } from './upserts/vendors.ts';
import { validateCatalog } from './validate.ts';

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
    blueprints: number;
  };
}

/** true when no vendor exists yet, e.g. to seed a fresh database on first start. */
export async function isCatalogEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: vendors.id }).from(vendors).limit(1);
  return rows.length === 0;
}

/**
 * Upserts the seed catalog in one transaction, keyed by natural keys (slugs, codes, positions). Rows whose
 * columns already match are left untouched, so a second run changes nothing, not even updated_at. Child rows
 * of seeded offerings that the data no longer lists (plans, specs, data-centre links, requirements) are
 * deleted; attestations are never deleted, since partners add their own. Blueprints are inserted only where
 * their slug is missing: staff curate them, and a re-seed keeps their edits.
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
    await insertMissingBlueprints(tx, catalog, categoryIds, { blueprints: tables.blueprints, needs: tables.blueprint_needs });
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
      blueprints: catalog.blueprints.length,
    },
  };
}

/** One line for a CLI or a log. */
export function describeSeedReport(report: SeedReport): string {
  const c = report.catalog;
  const size =
    `${c.vendors} vendors, ${c.dataCenters} data centres, ${c.categories} categories, ` +
    `${c.offerings} offerings (${c.publishedOfferings} published), ${c.plans} plans, ${c.attestations} attestations, ${c.blueprints} blueprints`;
  if (!report.changed) return `changed nothing (${size})`;
  const touched = seededTables
    .filter((t) => {
      const x = report.tables[t];
      return x.inserted + x.updated + x.deleted > 0;
    })
    .join(', ');
  return `${report.inserted} rows inserted, ${report.updated} updated, ${report.deleted} deleted in ${touched} (${size})`;
}

function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
