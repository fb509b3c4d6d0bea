import type { CodegenConfig } from '@graphql-codegen/cli';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const parents = './resolver-parents.ts';
const parent = (name: string) => `${parents}#${name}`;

/**
 * Resolver types from the committed SDL: `pnpm schema:print` prints the SDL and then runs this.
 * Mappers name what each object type's resolvers really receive as parent (a row, a service's result).
 */
const config: CodegenConfig = {
  schema: here('./schema.graphql'),
  generates: {
    [here('./src/graphql/resolvers.generated.ts')]: {
      plugins: [
        { add: { content: '// Generated from packages/api/schema.graphql by `pnpm schema:print` (graphql-codegen, packages/api/codegen.ts): do not edit.' } },
        'typescript',
        'typescript-resolvers',
      ],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        // GraphQL fills in defaults, so an argument or input field with one is always there.
        avoidOptionals: { defaultValue: true },
        contextType: '../context.ts#Context',
        scalars: {
          ID: 'string',
          // graphql-scalars parses a DateTime into a Date; rows hold Dates.
          DateTime: { input: 'Date', output: 'Date' },
          // DecimalScalar parses to a string; resolvers hand it strings (money through vnd()), though it would also write bigints.
          Decimal: { input: 'string', output: 'string' },
        },
        mappers: {
          ApiKey: '@mayviet/db#ApiKeyRow',
          ApiKeyConnection: parent('ApiKeyConnectionParent'),
          AuditEvent: parent('AuditEventParent'),
          AuditEventConnection: parent('AuditEventConnectionParent'),
          Blueprint: '@mayviet/db#BlueprintRow',
          BlueprintNeed: '@mayviet/db#BlueprintNeedRow',
          CatalogSearch: parent('CatalogSearchParent'),
          Category: '@mayviet/db#CategoryRow',
          CategoryPriceRange: parent('CategoryPriceRangeParent'),
          ComparedLine: parent('ComparedLineView'),
          ComposedLineReason: '../modules/compose/model.ts#ComposedLineReasonView',
          ComposedStack: '../modules/compose/model.ts#ComposedStackView',
          CompositionBlocker: '../modules/compose/model.ts#CompositionBlockerView',
          ComplianceAttestation: '../modules/catalog/loaders.ts#AttestationWithFramework',
          ComplianceCoverage: '../modules/stacks/model.ts#EvaluatedStack',
          ComplianceFramework: '@mayviet/db#ComplianceFrameworkRow',
          DataCenter: '@mayviet/db#DataCenterRow',
          DeleteBlueprintPayload: '../modules/compose/model.ts#DeleteBlueprintResult',
          FeaturedPayload: parent('FeaturedPayloadParent'),
          ListingConnection: parent('ListingConnectionParent'),
          Offer: '@mayviet/db#OfferRow',
          OfferedEstimate: parent('OfferedEstimateParent'),
          OfferedEstimateLine: parent('OfferedEstimateLineParent'),
          OfferLine: parent('OfferLineParent'),
          Offering: '@mayviet/db#OfferingFacts',
          OfferingConnection: parent('OfferingConnectionParent'),
          OfferingRevision: '@mayviet/db#RevisionRow',
          Organization: '@mayviet/db#OrganizationRow',
          OrganizationInvitation: '@mayviet/db#OrganizationInvitationRow',
          OrganizationMember: '@mayviet/db#OrganizationMemberRow',
          OrganizationSummary: parent('OrganizationSummaryParent'),
          OrganizationSummaryConnection: parent('OrganizationSummaryConnectionParent'),
          Plan: parent('PlanParent'),
          PlanDraft: parent('PlanDraftParent'),
          PlanSnapshot: '@mayviet/db#ListingPlanContent',
          QuoteRequest: '@mayviet/db#QuoteRequestRow',
          QuoteRequestConnection: parent('QuoteRequestConnectionParent'),
          QuoteRequestPart: '@mayviet/db#QuoteRequestPartRow',
          Requirement: '@mayviet/db#RequirementRow',
          ReviewItemConnection: parent('ReviewItemConnectionParent'),
          SaveBlueprintPayload: '../modules/compose/model.ts#SaveBlueprintResult',
          SaveStackPayload: '../modules/stacks/model.ts#SaveStackResult',
          Stack: '../modules/stacks/model.ts#SavedStack',
          StackComposition: '../modules/compose/model.ts#CompositionView',
          StackComparison: parent('ComparisonView'),
          StackConnection: parent('StackConnectionParent'),
          StackComparisonEntry: parent('ComparisonEntryView'),
          StackEvaluation: '../modules/stacks/model.ts#EvaluatedStack',
          StackIssue: parent('IssueView'),
          StackLine: '../modules/stacks/model.ts#EvaluatedLine',
          StaffArchivedListing: '@mayviet/db#StaffArchivedRow',
          User: '@mayviet/db#UserRow',
          UserError: './user-errors.ts#UserError as UserErrorParent',
          Vendor: '@mayviet/db#VendorRow',
          VendorConnection: parent('VendorConnectionParent'),
          VendorQuoteLine: '@mayviet/db#VendorQuoteLineRow',
          VendorQuoteRequest: '@mayviet/db#VendorQuoteRequestRow',
          VendorQuoteRequestConnection: parent('VendorQuoteRequestConnectionParent'),
          VendorSubtotal: parent('VendorSubtotalParent'),
          VerificationItem: parent('VerificationItemParent'),
          VerificationItemConnection: parent('VerificationItemConnectionParent'),
          Viewer: '../modules/accounts/actor.ts#Actor',
          WebhookDelivery: '@mayviet/db#WebhookDeliveryRow',
          WebhookEndpoint: '@mayviet/db#WebhookEndpointRow',
          WebhookDeliveryConnection: parent('WebhookDeliveryConnectionParent'),
        },
      },
    },
  },
};

export default config;
