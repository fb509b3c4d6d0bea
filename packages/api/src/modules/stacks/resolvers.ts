import { notImplemented } from '../../graphql/errors.ts';

// The stack composer's issue implements these; until then the contract's operations answer clearly.
export const stackResolvers = {
  Query: {
    evaluateStack: () => {
      throw notImplemented('evaluateStack');
    },
    stack: () => {
      throw notImplemented('stack');
    },
  },
  Mutation: {
    saveStack: () => {
      throw notImplemented('saveStack');
    },
    requestQuote: () => {
      throw notImplemented('requestQuote');
    },
  },
};
