import type { BillingUnit } from '../../schema/enums.ts';
import type { SpecRow } from '../catalog/rows.ts';
import { rowKeys } from '../row-keys.ts';

// What a partner writes in a listing, as the listing's tables hold it and as a pending revision keeps it.

export interface ListingPlanContent {
  /** slugify(name): how an edited plan finds the plan it replaces */
  slug: string;
  name: string;
  /** null: no English name */
  nameEn: string | null;
  /** whole VND */
  price: string;
  unit: BillingUnit;
  specs: SpecRow[];
  /** the partner's own identifier of the plan; null: none */
  externalId: string | null;
}

export const listingPlanContentKeys = rowKeys<ListingPlanContent>()(['slug', 'name', 'nameEn', 'price', 'unit', 'specs', 'externalId']);

export interface ListingRequirementContent {
  description: string;
  /** null: no English text */
  descriptionEn: string | null;
  categoryIds: number[];
  vendorIds: string[];
}

export const listingRequirementContentKeys = rowKeys<ListingRequirementContent>()(['description', 'descriptionEn', 'categoryIds', 'vendorIds']);

/** Everything a partner writes in a listing besides its kind, category and slug; a revision's `content`. */
export interface ListingContent {
  name: string;
  /** null: no English name */
  nameEn: string | null;
  summary: string;
  summaryEn: string;
  description: string;
  /** null: no English description */
  descriptionEn: string | null;
  slaAvailability: string | null;
  dataCenterIds: string[];
  plans: ListingPlanContent[];
  requirements: ListingRequirementContent[];
}

export const listingContentKeys = rowKeys<ListingContent>()([
  'name',
  'nameEn',
  'summary',
  'summaryEn',
  'description',
  'descriptionEn',
  'slaAvailability',
  'dataCenterIds',
  'plans',
  'requirements',
]);

/**
 * A URL-safe key of a name: diacritics folded (đ → d), lower case, words joined by hyphens, at most
 * `max` characters. Offering slugs and the keys that match an edited plan to the plan it replaces.
 */
export function slugify(text: string, max = 80): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
