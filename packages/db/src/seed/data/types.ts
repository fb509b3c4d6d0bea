import type { AttestationStatus, BillingUnit, ListingStatus, OfferingKind, VendorKind } from '../../schema/enums.ts';

/** A category of the catalog; `position` orders categories within their kind. */
export interface CategorySeed {
  slug: string;
  kind: OfferingKind;
  name: string;
  nameEn: string;
  position: number;
  /** the billing units a need of the category is counted in (HOUR counts as MONTH) */
  needUnits: BillingUnit[];
  /** what one unit of a need is, in Vietnamese and English */
  unitName: string;
  unitNameEn: string;
  /** English for a quantity of one */
  unitNameEnOne: string;
}

export interface DataCenterSeed {
  slug: string;
  name: string;
  city: string;
  countryCode: string;
  /** Uptime tier; null when not known */
  tier: number | null;
}

export interface VendorSeed {
  slug: string;
  name: string;
  kinds: VendorKind[];
  domestic: boolean;
  countryCode: string;
  description: string;
  descriptionEn: string;
  website: string | null;
  dataCenters: DataCenterSeed[];
}

/** A plan's specification, in display order: [key, value]. */
export type SpecSeed = readonly [key: string, value: string];

export interface PlanSeed {
  slug: string;
  name: string;
  /** absent where the name needs no translation ("4 vCPU / 8 GB") */
  nameEn?: string;
  /** whole VND per unit */
  price: number;
  unit: BillingUnit;
  specs: SpecSeed[];
}

/** Satisfied by an offering of one of `categories`, from one of `vendors` (any vendor when empty). */
export interface RequirementSeed {
  description: string;
  descriptionEn: string;
  categories: string[];
  vendors: string[];
}

export interface OfferingSeed {
  slug: string;
  /** vendor slug */
  vendor: string;
  /** category slug; the offering's kind is the category's */
  category: string;
  status: ListingStatus;
  name: string;
  /** absent where the name is a brand that reads the same in English */
  nameEn?: string;
  summary: string;
  summaryEn: string;
  description: string;
  descriptionEn: string;
  /** percent, as a numeric string ('99.98'); null when the vendor states none */
  sla: string | null;
  /** true when prices and specs are invented for demonstration */
  sampleData: boolean;
  /** data center slugs */
  dataCenters: readonly string[];
  plans: PlanSeed[];
  requirements: RequirementSeed[];
}

export interface ComplianceGroupSeed {
  code: string;
  name: string;
  nameEn: string;
  scope: string;
  criteriaCount: number;
}

export interface FrameworkSeed {
  code: string;
  name: string;
  nameEn: string;
  issuer: string;
  reference: string | null;
  criteriaCount: number;
  groups: ComplianceGroupSeed[];
}

/** A need of a blueprint: a category and how many of its usual unit, with an optional note in both languages. */
export interface BlueprintNeedSeed {
  /** category slug */
  category: string;
  quantity: number;
  note?: { vi: string; en: string };
}

/** A use case staff curate; its position is its place in the data. */
export interface BlueprintSeed {
  slug: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  needs: BlueprintNeedSeed[];
}

/** Exactly one of `vendor` and `offering` is set. Dates are ISO 8601 strings. */
export interface AttestationSeed {
  framework: string;
  vendor?: string;
  offering?: string;
  status: AttestationStatus;
  criteriaMet: number | null;
  evidenceUrl: string | null;
  note: string | null;
  claimedAt: string;
  verifiedAt: string | null;
  validUntil: string | null;
}
