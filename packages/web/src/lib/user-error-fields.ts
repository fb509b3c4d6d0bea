import { graphql } from '../graphql.ts';

/**
 * What a mutation's payload says the user can fix, selected the same way by every form. Unmasked: the
 * errors are read where the payload is, not through a component of their own.
 */
export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError @_unmask {
    field
    code
    message
  }
`);
