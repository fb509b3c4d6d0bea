import type { graphql } from '../graphql.ts';

/**
 * The values of an enum of the committed schema: SchemaEnum<'ListingStatus'> is 'DRAFT' | 'IN_REVIEW' | ….
 * A label map typed Record<SchemaEnum<…>, string> fails the typecheck when the schema gains a value it does not name.
 */
export type SchemaEnum<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;
