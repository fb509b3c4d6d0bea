import type { BillingUnit, OfferingKind } from '@mayviet/db';

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
