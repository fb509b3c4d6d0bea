import type { BillingUnit } from '../schema/enums.ts';
import type { CatalogSeed } from './data/index.ts';

// Validation: fail before touching the database, with every problem listed.

export function validateCatalog(catalog: CatalogSeed): void {
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
    const total = f.groups.reduce((n, g) => n + g.criteriaCount, 0);
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
  problems.push(...blueprintProblems(catalog));
  if (problems.length > 0) throw new Error(`The seed catalog is inconsistent:\n- ${problems.join('\n- ')}`);
}

/** A need's unit as the composer counts it: an hourly plan serves a monthly need (HOUR ≡ MONTH). */
const needUnit = (unit: BillingUnit): BillingUnit => (unit === 'HOUR' ? 'MONTH' : unit);

/**
 * The blueprints' problems, by the rules staff's edits follow (saveBlueprint), and one more: every need can be
 * composed, since a published offering of its category has a plan billed in one of the category's need units.
 */
function blueprintProblems(catalog: CatalogSeed): string[] {
  const problems: string[] = [];
  const categories = new Map(catalog.categories.map((c) => [c.slug, c]));
  const slugs = new Set<string>();
  for (const b of catalog.blueprints) {
    const label = `blueprint ${b.slug}`;
    if (slugs.has(b.slug)) problems.push(`duplicate ${label}`);
    slugs.add(b.slug);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(b.slug) || b.slug.length > 80) problems.push(`${label}: slug not lowercase words joined by hyphens (80 at most)`);
    for (const [field, value, max] of [
      ['name', b.name, 120],
      ['nameEn', b.nameEn, 120],
      ['description', b.description, 1000],
      ['descriptionEn', b.descriptionEn, 1000],
    ] as const) {
      if (value.trim().length === 0 || value.trim().length > max) problems.push(`${label}: ${field} blank or longer than ${max}`);
    }
    if (b.needs.length === 0 || b.needs.length > 20) problems.push(`${label}: ${b.needs.length} needs, not 1 to 20`);
    const seen = new Set<string>();
    for (const need of b.needs) {
      const where = `${label}, need ${need.category}`;
      if (seen.has(need.category)) problems.push(`${where}: twice`);
      seen.add(need.category);
      if (!Number.isInteger(need.quantity) || need.quantity < 1 || need.quantity > 1_000_000) problems.push(`${where}: quantity ${need.quantity} not 1 to 1,000,000`);
      if (need.note && [need.note.vi, need.note.en].some((text) => text.trim().length === 0 || text.trim().length > 300)) {
        problems.push(`${where}: a note blank or longer than 300`);
      }
      const category = categories.get(need.category);
      if (!category) {
        problems.push(`${where}: unknown category`);
        continue;
      }
      const units = new Set(category.needUnits.map(needUnit));
      const served = catalog.offerings.some(
        (o) => o.category === need.category && o.status === 'PUBLISHED' && o.plans.some((p) => units.has(needUnit(p.unit))),
      );
      if (!served) problems.push(`${where}: no published offering has a plan billed in ${category.needUnits.join(' or ')}`);
    }
  }
  return problems;
}
