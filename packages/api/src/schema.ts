import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import type { Context } from './context.ts';
import { inTransaction } from './http/request-context.ts';
import { DateTimeScalar, DecimalScalar } from './graphql/scalars.ts';
import { memberResolvers } from './modules/accounts/member-resolvers.ts';
import { accountResolvers } from './modules/accounts/resolvers.ts';
import { catalogResolvers } from './modules/catalog/resolvers.ts';
import { composeResolvers } from './modules/compose/resolvers.ts';
import { partnerResolvers } from './modules/partners/resolvers.ts';
import { coreResolvers } from './modules/core/resolvers.ts';
import { curationResolvers } from './modules/curation/resolvers.ts';
import { listingResolvers } from './modules/listings/resolvers.ts';
import { recordResolvers } from './modules/offers/record/resolvers.ts';
import { offerResolvers } from './modules/offers/resolvers.ts';
import { stackResolvers } from './modules/stacks/resolvers.ts';

const modules = join(dirname(fileURLToPath(import.meta.url)), 'modules');
const sdlFiles = ['core/core.graphql', 'catalog/catalog.graphql', 'stacks/stacks.graphql', 'compose/compose.graphql', 'listings/listings.graphql', 'accounts/accounts.graphql', 'accounts/buyers.graphql', 'offers/offers.graphql', 'partners/partners.graphql', 'partners/platform.graphql', 'curation/audit.graphql', 'curation/curation.graphql', 'curation/report.graphql'];

export const typeDefs = sdlFiles.map((file) => readFileSync(join(modules, file), 'utf8'));

type MutationResolver = (parent: unknown, args: unknown, ctx: Context, info: unknown) => unknown;

/** Every mutation runs in its own transaction, with the caller recorded for the audit trail. */
function transactional<T extends { Mutation?: object }>(module: T): T {
  if (!module.Mutation) return module;
  const wrapped = Object.entries(module.Mutation as Record<string, MutationResolver>).map(([name, resolve]) => [
    name,
    (parent: unknown, args: unknown, ctx: Context, info: unknown) => inTransaction(ctx, async (tx) => resolve(parent, args, tx, info)),
  ]);
  return { ...module, Mutation: Object.fromEntries(wrapped) };
}

export function buildApiSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers: [
      { DateTime: DateTimeScalar, Decimal: DecimalScalar },
      coreResolvers,
      catalogResolvers,
      transactional(stackResolvers),
      transactional(composeResolvers),
      transactional(listingResolvers),
      transactional(accountResolvers),
      transactional(memberResolvers),
      transactional(partnerResolvers),
      transactional(offerResolvers),
      transactional(curationResolvers),
      recordResolvers,
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}

/** The SDL committed as packages/api/schema.graphql and served at /schema.graphql. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
