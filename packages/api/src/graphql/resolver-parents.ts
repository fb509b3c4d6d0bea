import type {
  ApiKeyRow,
  AuditEventRow,
  BillingUnit,
  ListingRow,
  OfferLineRow,
  OfferRow,
  QuoteRequestRow,
  ListingPlanContent,
  OrganizationRow,
  OrganizationSummaryRow,
  PlanRow,
  StaffArchivedRow,
  VendorQuoteRequestRow,
  VendorRow,
  WebhookDeliveryRow,
} from '@mayviet/db';
import type { OfferingConnection, VendorOfferingConnection } from '../modules/catalog/service.ts';
import type { ReviewItem } from '../modules/curation/service.ts';
import type { verificationItems } from '../modules/curation/service.ts';
import type { Report } from '../modules/curation/report.ts';
import type { Comparison } from '../modules/stacks/compare.ts';
import type { Evaluation, StackIssue } from '../modules/stacks/evaluator.ts';
import type { EvaluatedLine, EvaluatedStack, SavedStack } from '../modules/stacks/model.ts';
import type { CatalogSearchValue } from '../modules/stacks/catalog-search.ts';
import type { Connection } from './connections.ts';
import type { UserError } from './user-errors.ts';

// What the resolvers of a GraphQL object type receive as parent where no row or service type says it
// already; codegen.ts maps each type to its parent, so resolvers.generated.ts checks every resolver against it.

/** A plan read with its specs, or without them (a stack line's plan): Plan.specs loads them then. */
export type PlanParent = PlanRow | Omit<PlanRow, 'specs'>;

/** A draft plan of a pending revision, with the listing it belongs to. */
export type PlanDraftParent = ListingPlanContent & { offeringId: string };

export type VendorConnectionParent = Connection<VendorRow>;

/** A search's page (Query.offerings), or a vendor's offerings. */
export type OfferingConnectionParent = OfferingConnection | VendorOfferingConnection;

export type VendorQuoteRequestConnectionParent = Connection<VendorQuoteRequestRow>;

export interface IssueView {
  issue: StackIssue;
  stack: EvaluatedStack;
}

export interface ComparisonView {
  stacks: SavedStack[];
  evaluated: EvaluatedStack[];
  comparison: Comparison;
}

export interface ComparedLineView {
  perStack: (EvaluatedLine | null)[];
  differs: boolean;
}

export interface ComparisonEntryView {
  stack: SavedStack;
  entry: Comparison['entries'][number];
}

export type VendorSubtotalParent = Evaluation['vendorSubtotals'][number];

export interface FeaturedPayloadParent {
  offeringIds: string[];
  userErrors: UserError[];
}

export type VerificationItemParent = Awaited<ReturnType<typeof verificationItems>>[number];

export type OrganizationSummaryParent = OrganizationSummaryRow & { organization: OrganizationRow; archivedListings: StaffArchivedRow[] };

export type AuditEventParent = AuditEventRow & { organization: OrganizationRow | null };

export type CategoryPriceRangeParent = Report['priceRanges'][number];

export type ListingConnectionParent = Connection<ListingRow>;
export type ApiKeyConnectionParent = Connection<ApiKeyRow>;
export type AuditEventConnectionParent = Connection<AuditEventParent>;
export type ReviewItemConnectionParent = Connection<ReviewItem>;
export type VerificationItemConnectionParent = Connection<VerificationItemParent>;
export type OrganizationSummaryConnectionParent = Connection<OrganizationSummaryParent>;
export type WebhookDeliveryConnectionParent = Connection<WebhookDeliveryRow>;
export type QuoteRequestConnectionParent = Connection<QuoteRequestRow>;

export type StackConnectionParent = Connection<SavedStack>;

/** A stack's catalogue search as stored in stacks.catalog_search. */
export type CatalogSearchParent = CatalogSearchValue;

/** An offer's line, with its offer (for the caller's right to read prices). */
export interface OfferLineParent {
  line: OfferLineRow;
  offer: OfferRow;
}

/** A request line at the price it now has. Amounts in whole VND. */
export interface OfferedEstimateLineParent {
  vendorId: string;
  planId: string;
  quantity: number;
  unit: BillingUnit;
  listUnitPrice: bigint;
  unitPrice: bigint;
  offer: OfferRow | null;
  monthlyCost: bigint;
  oneTimeCost: bigint;
}

/** A request's stack at the offered prices. Amounts in whole VND; vatRate as a decimal text, e.g. "0.1". */
export interface OfferedEstimateParent {
  lines: OfferedEstimateLineParent[];
  monthlyTotal: bigint;
  oneTimeTotal: bigint;
  firstYearTotal: bigint;
  vatRate: string;
  vat: bigint;
  totalWithVat: bigint;
  oneTimeVat: bigint;
  oneTimeTotalWithVat: bigint;
  firstYearVat: bigint;
  firstYearTotalWithVat: bigint;
  listMonthlyTotal: bigint;
  listOneTimeTotal: bigint;
  listFirstYearTotal: bigint;
}
