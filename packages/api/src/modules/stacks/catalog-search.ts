import type { BillingUnit, OfferingFilter, OfferingKind, OfferingSort } from '@mayviet/db';
import { GraphQLError } from 'graphql';
import { userError, type UserError } from '../../graphql/user-errors.ts';
import { validateSearch } from '../catalog/service.ts';

/**
 * The catalogue search a stack was built from, as stored in stacks.catalog_search (JSON) and read back as
 * CatalogSearch: the words, the order and the filters of OfferingFilter.
 */
export interface CatalogSearchValue {
  query: string | null;
  sort: 'RELEVANCE' | 'NAME' | 'PRICE_ASC' | 'PRICE_DESC' | 'SLA_DESC' | 'UPDATED_DESC' | null;
  kinds: OfferingKind[];
  categories: string[];
  vendors: string[];
  cities: string[];
  dataInVietnam: boolean | null;
  maxMonthlyPrice: string | null;
  minSlaAvailability: string | null;
  verifiedFramework: string | null;
  billingUnits: BillingUnit[];
}

export interface CatalogSearchInput {
  query?: string | null;
  filter?: OfferingFilter | null;
  sort?: OfferingSort | null;
}

const maxListValues = 50;

/** The catalogue's refusal of an argument as a user error: a value out of range, a list too long, or a value too long. */
function refusal(input: CatalogSearchInput, argument: string, field: string[], message: string): UserError {
  const path = [...field, ...argument.split('.')];
  if (argument === 'filter.maxMonthlyPrice' || argument === 'filter.minSlaAvailability') return userError(path, 'OUT_OF_RANGE', message);
  const list = argument.startsWith('filter.') ? input.filter?.[argument.slice('filter.'.length) as keyof OfferingFilter] : undefined;
  return Array.isArray(list) && list.length > maxListValues ? userError(path, 'TOO_MANY', message) : userError(path, 'TOO_LONG', message);
}

/**
 * Checks a catalogue search by the catalogue's own rules (offerings' validateSearch) and gives the value to
 * store: null when absent or when it neither searches, filters nor orders. A refusal is a user error under
 * `field` (e.g. ["input", "catalogSearch", "filter", "cities"]).
 */
export function checkCatalogSearch(input: CatalogSearchInput | null | undefined, field: string[], errors: UserError[]): CatalogSearchValue | null {
  if (!input) return null;
  let search;
  try {
    search = validateSearch({ query: input.query, filter: input.filter });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    errors.push(refusal(input, String(error.extensions.argument), field, error.message));
    return null;
  }
  const filter = search.filter ?? {};
  const value: CatalogSearchValue = {
    query: search.query?.trim() || null,
    sort: input.sort ?? null,
    kinds: [...new Set(filter.kinds ?? [])],
    categories: [...new Set(filter.categories ?? [])],
    vendors: [...new Set(filter.vendors ?? [])],
    cities: [...new Set(filter.cities ?? [])],
    dataInVietnam: filter.dataInVietnam ?? null,
    maxMonthlyPrice: filter.maxMonthlyPrice ?? null,
    minSlaAvailability: filter.minSlaAvailability ?? null,
    verifiedFramework: filter.verifiedFramework?.trim() || null,
    billingUnits: filter.billingUnits ?? [],
  };
  const lists = [value.kinds, value.categories, value.vendors, value.cities, value.billingUnits];
  const scalars = [value.query, value.sort, value.dataInVietnam, value.maxMonthlyPrice, value.minSlaAvailability, value.verifiedFramework];
  return lists.some((list) => list.length > 0) || scalars.some((scalar) => scalar !== null) ? value : null;
}

/** A stored catalogue search (stacks.catalog_search, written only by saveStack from checkCatalogSearch's value). */
export function storedCatalogSearch(stored: unknown): CatalogSearchValue | null {
  return (stored ?? null) as CatalogSearchValue | null;
}
