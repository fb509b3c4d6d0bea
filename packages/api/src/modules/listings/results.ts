import type { ListingRow } from '@mayviet/db';
import { fromGlobalId } from '../../graphql/ids.ts';
import { userError, type UserError } from '../../graphql/user-errors.ts';

// What the operations on a listing share: their result, the id they take, their refusals.

export interface OfferingResult {
  offering: ListingRow | null;
  userErrors: UserError[];
}

export const accepted = (offering: ListingRow): OfferingResult => ({ offering, userErrors: [] });
export const refused = (...userErrors: UserError[]): OfferingResult => ({ offering: null, userErrors });

export function offeringId(globalId: string): string | null {
  const parsed = fromGlobalId(globalId);
  return parsed?.type === 'Offering' ? parsed.id : null;
}

// Another organization's listing answers exactly like one that does not exist.
export const notFound = (field: string[]) => userError(field, 'NOT_FOUND', 'Your organization has no listing with this id.');

export function invalidState(listing: ListingRow, what: string): UserError {
  return userError(['id'], 'INVALID_STATE', `This listing is ${listing.status}: ${what}`);
}

/** An edit made from another version of the listing than the current one. */
export const staleVersion = (sent: number, current: number) =>
  userError(['input', 'version'], 'STALE_VERSION', `The listing changed since version ${sent}; it is at version ${current}. Reload it and edit again.`);
