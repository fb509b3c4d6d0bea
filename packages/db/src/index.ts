export * from './client.ts';
export * from './availability.ts';
export * as schema from './schema/index.ts';
export * from './schema/index.ts';
export * from './queries/catalog/rows.ts';
export * from './queries/catalog/batch-reads.ts';
export * from './queries/catalog/offering-page.ts';
export * from './queries/catalog/search.ts';
export * from './queries/catalog/index-reads.ts';
export {
  chosenUnits,
  cursorKeyTypes,
  maxSearchWords,
  prepareQuery,
  type CursorKeyType,
  type Facet,
  type OfferingFilter,
  type OfferingSearch,
  type OfferingSort,
  type PreparedQuery,
} from './queries/catalog/search-conditions.ts';
export * from './seed/tables.ts';
export * from './seed/seed.ts';
export * from './queries/stacks/facts.ts';
export * from './queries/stacks/saved-stacks.ts';
export * from './queries/stacks/quote-requests.ts';
export * from './queries/offers/rows.ts';
export * from './queries/offers/reads.ts';
export * from './queries/offers/writes.ts';
export * from './queries/mail.ts';
export * from './queries/rate-limits.ts';
export * from './queries/accounts.ts';
export * from './queries/accounts/buyers.ts';
export * from './queries/accounts/stacks.ts';
export * from './queries/partners.ts';
export * from './queries/webhook-deliveries.ts';
export * from './queries/webhook-endpoints.ts';
export * from './queries/webhook-events.ts';
export * from './queries/members.ts';
export * from './queries/idempotency.ts';
export * from './queries/listings/content.ts';
export * from './queries/listings/reads.ts';
export * from './queries/listings/writes.ts';
export * from './queries/listings/revisions.ts';
export * from './queries/listings/plan-edits.ts';
export * from './queries/listings/external-ids.ts';
export * from './queries/audit.ts';
export * from './queries/curation.ts';
export * from './queries/report.ts';
export * from './queries/sitemap.ts';
export * from './queries/budgets.ts';
export * from './roles.ts';
export * from './queries/blueprints.ts';
export * from './queries/compose.ts';
