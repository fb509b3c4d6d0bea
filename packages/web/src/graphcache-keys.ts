// How Graphcache identifies objects. Types with an `id` are keyed by it; these have none, so they are
// either keyed by their stable code or slug, or embedded in their parent (null).
import type { KeyingConfig } from '@urql/exchange-graphcache';

const embedded = () => null;

export const cacheKeys = {
  Category: (category) => (typeof category.slug === 'string' ? category.slug : null),
  ComplianceFramework: (framework) => (typeof framework.code === 'string' ? framework.code : null),
  ComplianceAttestation: embedded,
  ComplianceCoverage: embedded,
  ComplianceGroup: embedded,
  FacetValue: embedded,
  Money: embedded,
  OfferingConnection: embedded,
  OfferingEdge: embedded,
  OfferingFacets: embedded,
  OfferingPayload: embedded,
  PageInfo: embedded,
  Requirement: embedded,
  RequestQuotePayload: embedded,
  SaveStackPayload: embedded,
  Spec: embedded,
  StackComparison: embedded,
  StackComparisonEntry: embedded,
  StackDifference: embedded,
  StackEvaluation: embedded,
  StackIssue: embedded,
  StackLine: embedded,
  UserError: embedded,
  VendorConnection: embedded,
  VendorEdge: embedded,
  VendorSubtotal: embedded,
} satisfies KeyingConfig;
