import type { AttestationStatus, BillingUnit, ListingStatus, OfferingKind, VendorKind } from '../../schema/enums.ts';
import { rowKeys } from '../row-keys.ts';

// The rows catalog reads return, each with the list of its keys (see rowKeys). Numbers that may exceed
// 2^31 or carry decimals come back as text, the same on both drivers.

export interface VendorRow {
  id: string;
  slug: string;
  name: string;
  kinds: VendorKind[];
  domestic: boolean;
  countryCode: string;
  description: string;
  descriptionEn: string;
  website: string | null;
}

export const vendorRowKeys = rowKeys<VendorRow>()(['id', 'slug', 'name', 'kinds', 'domestic', 'countryCode', 'description', 'descriptionEn', 'website']);

export interface DataCenterRow {
  id: string;
  vendorId: string;
  slug: string;
  name: string;
  city: string;
  countryCode: string;
  tier: number | null;
}

export const dataCenterRowKeys = rowKeys<DataCenterRow>()(['id', 'vendorId', 'slug', 'name', 'city', 'countryCode', 'tier']);

export interface CategoryRow {
  id: number;
  slug: string;
  kind: OfferingKind;
  name: string;
  nameEn: string;
  /** the billing units a need of the category is counted in */
  needUnits: BillingUnit[];
  /** what one unit of a need is, in Vietnamese and English */
  unitName: string;
  unitNameEn: string;
  unitNameEnOne: string;
}

export const categoryRowKeys = rowKeys<CategoryRow>()(['id', 'slug', 'kind', 'name', 'nameEn', 'needUnits', 'unitName', 'unitNameEn', 'unitNameEnOne']);

export interface OfferingRow {
  id: string;
  slug: string;
  vendorId: string;
  categoryId: number;
  kind: OfferingKind;
  status: ListingStatus;
  name: string;
  /** null where the partner gave no English name */
  nameEn: string | null;
  summary: string;
  summaryEn: string;
  description: string;
  /** null where the partner gave no English description */
  descriptionEn: string | null;
  slaAvailability: string | null;
  sampleData: boolean;
  minMonthlyPrice: string | null;
  /** what the lowest price counts: the cheapest recurring plan's unit (HOUR read as MONTH), ONE_TIME when every plan is one-time */
  priceUnit: BillingUnit | null;
  /** lowest one-time plan price, whole VND */
  minOneTimePrice: string | null;
  dataInVietnam: boolean;
  publishedAt: Date | null;
  updatedAt: Date;
}

export const offeringRowKeys = rowKeys<OfferingRow>()([
  'id',
  'slug',
  'vendorId',
  'categoryId',
  'kind',
  'status',
  'name',
  'nameEn',
  'summary',
  'summaryEn',
  'description',
  'descriptionEn',
  'slaAvailability',
  'sampleData',
  'minMonthlyPrice',
  'priceUnit',
  'minOneTimePrice',
  'dataInVietnam',
  'publishedAt',
  'updatedAt',
]);

/** An offering's texts, the bulk of its row. */
export type OfferingTexts = Pick<OfferingRow, 'summary' | 'summaryEn' | 'description' | 'descriptionEn'>;

export const offeringTextsKeys = rowKeys<OfferingTexts>()(['summary', 'summaryEn', 'description', 'descriptionEn']);

/** An offering read without its texts (a stack's lines and suggestions); the Offering type loads them when asked. */
export type OfferingFacts = Omit<OfferingRow, keyof OfferingTexts>;

const textKeys: readonly string[] = offeringTextsKeys;
export const offeringFactsKeys = offeringRowKeys.filter((key): key is keyof OfferingFacts => !textKeys.includes(key));

export interface SpecRow {
  key: string;
  value: string;
}

export const specRowKeys = rowKeys<SpecRow>()(['key', 'value']);

export interface PlanRow {
  id: string;
  offeringId: string;
  name: string;
  /** null where the partner gave no English name */
  nameEn: string | null;
  price: string;
  unit: BillingUnit;
  monthlyPrice: string;
  specs: SpecRow[];
}

export const planRowKeys = rowKeys<PlanRow>()(['id', 'offeringId', 'name', 'nameEn', 'price', 'unit', 'monthlyPrice', 'specs']);

export interface RequirementRow {
  id: string;
  offeringId: string;
  description: string;
  /** null where the partner gave no English text */
  descriptionEn: string | null;
  categoryIds: number[];
  vendors: VendorRow[];
}

export const requirementRowKeys = rowKeys<RequirementRow>()(['id', 'offeringId', 'description', 'descriptionEn', 'categoryIds', 'vendors']);

export interface ComplianceGroupRow {
  code: string;
  name: string;
  nameEn: string;
  scope: string;
  criteriaCount: number;
}

export const complianceGroupRowKeys = rowKeys<ComplianceGroupRow>()(['code', 'name', 'nameEn', 'scope', 'criteriaCount']);

export interface ComplianceFrameworkRow {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  issuer: string;
  reference: string | null;
  criteriaCount: number;
  groups: ComplianceGroupRow[];
}

export const complianceFrameworkRowKeys = rowKeys<ComplianceFrameworkRow>()(['id', 'code', 'name', 'nameEn', 'issuer', 'reference', 'criteriaCount', 'groups']);

export interface AttestationRow {
  id: string;
  frameworkId: number;
  vendorId: string | null;
  offeringId: string | null;
  /** effective status: a VERIFIED attestation past its validity reads EXPIRED */
  status: AttestationStatus;
  criteriaMet: number | null;
  verifiedAt: Date | null;
  validUntil: Date | null;
  /** as staff verified them, by group code, e.g. {"FUNCTIONAL": 84, "SECURITY": 69}; null when not recorded per group */
  criteriaByGroup?: Record<string, number> | null;
  /** why staff refused it; private to staff and the holder's organization (the API decides who reads it) */
  decisionReason: string | null;
  /** the vendor holding it: itself, or through its offering */
  holderVendorId: string;
}

export const attestationRowKeys = rowKeys<AttestationRow>()([
  'id',
  'frameworkId',
  'vendorId',
  'offeringId',
  'status',
  'criteriaMet',
  'verifiedAt',
  'validUntil',
  'criteriaByGroup',
  'decisionReason',
  'holderVendorId',
]);
