import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * GraphQL documents typed against the Partner API's schema. `graphql-env.d.ts` is generated from
 * `schema.graphql` (download it from `<MAYVIET_URL>/schema.graphql`) with `pnpm graphql:generate`.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; Decimal: string };
}>();

export type { ResultOf, VariablesOf } from 'gql.tada';
