export * from './client.ts';
export * as schema from './schema/index.ts';
export * from './schema/index.ts';
export * from './queries/catalog.ts';
export * from './seed/seed.ts';
export * from './queries/stacks.ts';
export * from './queries/accounts.ts';
export * from './queries/partners.ts';
export * from './queries/listings.ts';
