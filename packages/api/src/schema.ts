import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeScalar, DecimalScalar } from './graphql/scalars.ts';
import { accountResolvers } from './modules/accounts/resolvers.ts';
import { catalogResolvers } from './modules/catalog/resolvers.ts';
import { partnerResolvers } from './modules/partners/resolvers.ts';
import { coreResolvers } from './modules/core/resolvers.ts';
import { listingResolvers } from './modules/listings/resolvers.ts';
import { stackResolvers } from './modules/stacks/resolvers.ts';

const modules = join(dirname(fileURLToPath(import.meta.url)), 'modules');
const sdlFiles = ['core/core.graphql', 'catalog/catalog.graphql', 'stacks/stacks.graphql', 'listings/listings.graphql', 'accounts/accounts.graphql', 'partners/partners.graphql'];

export const typeDefs = sdlFiles.map((file) => readFileSync(join(modules, file), 'utf8'));

export function buildApiSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers: [
      { DateTime: DateTimeScalar, Decimal: DecimalScalar },
      coreResolvers,
      catalogResolvers,
      stackResolvers,
      listingResolvers,
      accountResolvers,
      partnerResolvers,
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}

/** The SDL committed as packages/api/schema.graphql and served at /schema.graphql. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
