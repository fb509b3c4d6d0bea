export * from './client.ts';
export * from './availability.ts';
export * as schema from './schema/index.ts';
export * from './schema/index.ts';
export * from './queries/catalog/rows.ts';
export * from './queries/catalog/batch-reads.ts';
export * from './queries/catalog/search.ts';
export {
  chosenUnits,
  cursorKeyTypes,
  maxSearchWords,
  prepareQuery,
  type CursorKeyType,
  type OfferingFilter,
  type OfferingSearch,
  type OfferingSort,
  type PreparedQuery,
} from './queries/catalog/search-conditions.ts';
export * from './seed/seed.ts';
export * from './queries/stacks.ts';
export * from './queries/accounts.ts';
export * from './queries/partners.ts';
export * from './queries/listings.ts';
export * from './queries/audit.ts';
export * from './queries/curation.ts';
export * from './queries/report.ts';
export * from './queries/sitemap.ts';
export * from './queries/budgets.ts';
export * from './roles.ts';
