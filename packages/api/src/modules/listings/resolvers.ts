import { notImplemented } from '../../graphql/errors.ts';

// The partner and curation issues implement these; until then the contract's operations answer clearly.
const pending = (operation: string) => () => {
  throw notImplemented(operation);
};

export const listingResolvers = {
  Mutation: Object.fromEntries(
    ['createOffering', 'updateOffering', 'submitOffering', 'approveOffering', 'rejectOffering'].map((name) => [name, pending(name)]),
  ),
};
