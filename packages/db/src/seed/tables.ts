// The tables the seed writes, and what it counts it changed in each.

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
  'blueprints',
  'blueprint_needs',
] as const;
export type SeededTable = (typeof seededTables)[number];

export interface TableChanges {
  inserted: number;
  updated: number;
  deleted: number;
}
