import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';

/**
 * Limits checked before anything runs. Each is set just above the largest that honest clients send:
 * the web site and the documented partner examples (tests/api/limits.spec.ts sends every one of them)
 * nest 7 levels deep, use 6 aliases, no directive and 261 tokens (with the `__typename`s the site's
 * cache adds); the dearest honest pages, 100 public offerings or 100 of a partner's own listings with
 * every relation, cost 7,601 and 8,602 points. Introspection (`__schema`) is left out of the depth
 * only: its cost bounds it like any other query's.
 */
export const queryLimits = {
  maxDepth: 8,
  maxAliases: 8,
  maxDirectives: 5,
  maxTokens: 400,
  maxCost: 10_000,
} as const;

/**
 * What a query costs, in points. Cost follows SQL: each statement a field may run costs `statement`.
 * DataLoaders batch a field's loads across all its parents, so a field runs its statements once per
 * place in the document, however long the lists around it. Every object a field may return costs
 * `object`: a list with `first` multiplies what it selects by its page size (20 when `first` is absent),
 * any other list by `listSize`.
 */
export const costWeights = {
  statement: 100,
  object: 1,
  listSize: 3,
  defaultPage: 20,
  maxPage: 100,
} as const;

/**
 * Statements a field may run where it stands, besides the loads of the rows it returns. Fields that
 * are not listed run none, except root fields: a query field runs one, a mutation ten (its
 * transaction, its reads and writes, the audit rows).
 */
export const fieldStatements: Record<string, number> = {
  // the catalog version, the typo check and the page
  'Query.offerings': 3,
  'OfferingConnection.totalCount': 1,
  'OfferingConnection.facets': 1,
  'OfferingConnection.countBefore': 1,
  // the count, where the page starts, and bounded walks before, after and from the end, in one statement
  'OfferingConnection.pageCursors': 3,
  'Query.vendors': 1,
  'VendorConnection.totalCount': 1,
  'Query.viewer': 0,
  'Query.featuredOfferings': 2,
  // the blueprints with their needs, in one statement
  'Query.blueprints': 1,
  'Query.ecosystemReport': 2,
  'Query.stack': 2,
  'Query.node': 2,
  'Query.compareStacks': 3,
  // the catalog version, the categories, the blueprint, the excluded vendors, the frameworks, the candidates
  // (a statement per round of required categories not cached yet: three rounds on the seeded catalogue), the
  // alternatives' facts; on an unchanged catalogue only the version, the blueprint and the facts
  'Query.composeStack': 9,
  'Query.offeringsBySlugs': 1,
  'Query.myOfferings': 1,
  'ListingConnection.totalCount': 1,
  'Query.quoteInbox': 1,
  'VendorQuoteRequestConnection.totalCount': 1,
  'Query.reviewQueue': 2,
  'Query.organizations': 2,
  'Query.auditEvents': 2,
  // the page, its organizations
  'Query.auditEventsConnection': 2,
  // the vendor named, the page, and per item its listing and content (batched by the page, not the document)
  'Query.reviewQueueConnection': 4,
  'ReviewItemConnection.totalCount': 1,
  // the page and its attestations
  'Query.verificationQueueConnection': 2,
  'VerificationItemConnection.totalCount': 1,
  // the page, the organizations, their archived listings
  'Query.organizationsConnection': 3,
  'OrganizationSummaryConnection.totalCount': 1,
  'Query.quoteRequestsByContactConnection': 1,
  'QuoteRequestConnection.totalCount': 1,
  // the page of the account's list, then its stacks
  'Query.myStacks': 2,
  'StackConnection.totalCount': 1,
  'Query.myQuoteRequests': 1,
  // up to 100 listings, written in batches: it may not cost more than a query may
  'Mutation.importOfferings': 40,
  // up to 100 listings sent one by one, each under its lock
  'Mutation.submitOfferings': 40,
  'Viewer.organization': 1,
  'Organization.vendor': 1,
  'Organization.apiKeys': 1,
  'Organization.webhookDeliveries': 1,
  'Organization.webhookDeliveriesConnection': 1,
  'WebhookDeliveryConnection.totalCount': 1,
  'Organization.webhookEndpoints': 1,
  // a page, and its count when asked, for each of an organization's at most 10 endpoints
  'WebhookEndpoint.deliveries': 20,
  'WebhookDelivery.endpoint': 1,
  'WebhookDelivery.redeliveryOf': 1,
  'Organization.apiKeysConnection': 1,
  'ApiKeyConnection.totalCount': 1,
  'Vendor.dataCenters': 1,
  'Vendor.attestations': 1,
  'Vendor.offerings': 2,
  'DataCenter.vendor': 1,
  'Offering.summary': 1,
  'Offering.summaryEn': 1,
  'Offering.description': 1,
  'Offering.descriptionEn': 1,
  'Offering.category': 1,
  'Offering.vendor': 1,
  'Offering.plans': 1,
  'Offering.dataCenters': 1,
  'Offering.requirements': 1,
  'Offering.attestations': 1,
  'Offering.version': 1,
  'Offering.rejectionReason': 1,
  'Offering.pendingRevision': 1,
  'Offering.externalId': 1,
  'OfferingRevision.dataCenters': 1,
  'OfferingRevision.requirements': 1,
  // the listing's plans, and their externalIds when the draft has one
  'PlanDraft.plan': 2,
  'Plan.offering': 2,
  'Plan.specs': 1,
  // the plan's listing (who may see it), then the plans' externalIds
  'Plan.externalId': 2,
  'Requirement.categories': 1,
  'BlueprintNeed.category': 1,
  'Stack.items': 1,
  'Stack.evaluation': 1,
  'Stack.priceChanged': 1,
  'StackEvaluation.vendors': 1,
  'StackEvaluation.issues': 1,
  'StackIssue.offerings': 1,
  'StackIssue.suggestions': 1,
  'ComplianceCoverage.framework': 1,
  'ComplianceCoverage.offerings': 1,
  'VendorSubtotal.vendor': 1,
  'StackComparisonEntry.vendorsOnlyHere': 1,
  'QuoteRequest.stack': 1,
  'QuoteRequest.catalogSearch': 1,
  'QuoteRequest.procurementRecordCsv': 12,
  'QuoteRequest.vendors': 2,
  'VendorQuoteRequest.lines': 1,
  'VendorQuoteLine.plan': 1,
  'VendorQuoteLine.offering': 1,
  // offers: each field's loader, batched across its parents
  'QuoteRequest.offers': 1,
  // the parts, the offers, the parts' lines and their plans
  'QuoteRequest.offeredEstimate': 4,
  'QuoteRequestPart.status': 2,
  'VendorQuoteRequest.status': 1,
  'VendorQuoteRequest.offers': 1,
  'Offer.vendor': 1,
  'Offer.quoteRequest': 1,
  'Offer.vendorQuoteRequest': 1,
  'Offer.supersededBy': 1,
  'OfferLine.plan': 1,
  'OfferLine.offering': 1,
  'OfferedEstimateLine.vendor': 1,
  'OfferedEstimateLine.plan': 1,
  'VerificationItem.vendor': 1,
  'StaffArchivedListing.offering': 1,
  'SaveStackPayload.stack': 1,
  'FeaturedPayload.offerings': 1,
};

/** Fields a statement reads along with their parent's (each with those read along under it): they run none of their own. */
interface ReadAlong {
  [field: string]: ReadAlong;
}

/**
 * `Query.offering` reads the offering's texts and the relations its query selects in its one statement
 * (modules/catalog/offering-page.ts, selectedOfferingRelations); their loaders then hold them.
 */
const readAlong: Record<string, ReadAlong> = {
  'Query.offering': {
    summary: {},
    summaryEn: {},
    description: {},
    descriptionEn: {},
    category: {},
    vendor: { dataCenters: { vendor: {} }, attestations: {} },
    plans: { specs: {} },
    dataCenters: { vendor: {} },
    requirements: { categories: {} },
    attestations: {},
  },
};

function statementsOf(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, schema: GraphQLSchema): number {
  const listed = fieldStatements[`${parent.name}.${field.name}`];
  if (listed !== undefined) return listed;
  if (parent === schema.getQueryType() && !field.name.startsWith('__')) return 1;
  if (parent === schema.getMutationType()) return 10;
  return 0;
}

export interface QueryCost {
  /** SQL statements the operation may run at most */
  statements: number;
  /** objects it may return at most */
  objects: number;
  /** the two in points: what the operation costs and what it takes from the client's budget */
  points: number;
}

function intArgument(node: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!node) return null;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : null;
  }
  return null;
}

interface Tally {
  statements: number;
  objects: number;
}

/**
 * The most an operation may cost, from its document and variables. Each fragment is costed once and
 * its cost reused wherever it is spread, so a document of fragments that spread each other many times
 * over is costed in time proportional to its length (and costs what all those spreads would).
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): QueryCost {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const fragmentCosts = new Map<string, Tally>();
  /** a name for each ReadAlong met, so a fragment spread under one is costed apart from its spreads elsewhere */
  const alongNames = new Map<ReadAlong, number>();
  const alongName = (along: ReadAlong | null) => {
    if (!along) return '';
    if (!alongNames.has(along)) alongNames.set(along, alongNames.size + 1);
    return String(alongNames.get(along));
  };

  const fieldOf = (parent: GraphQLCompositeType, node: FieldNode): GraphQLField<unknown, unknown> | undefined => {
    const name = node.name.value;
    if (name === '__typename') return TypeNameMetaFieldDef;
    if (parent === schema.getQueryType() && name === '__schema') return SchemaMetaFieldDef;
    if (parent === schema.getQueryType() && name === '__type') return TypeMetaFieldDef;
    return 'getFields' in parent ? parent.getFields()[name] : undefined;
  };

  /**
   * `page`: the page size of the connection whose selection this is, which its lists (edges, nodes) hold;
   * `along`: the fields read along with this selection's parent, which run no statement here
   */
  const costOf = (set: SelectionSetNode, parent: GraphQLCompositeType, page: number | null, along: ReadAlong | null): Tally => {
    const tally: Tally = { statements: 0, objects: 0 };
    const add = (part: Tally, times = 1) => {
      tally.statements += part.statements;
      tally.objects += part.objects * times;
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) add(costOf(selection.selectionSet, type, page, along));
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const key = `${name} ${page} ${alongName(along)}`;
        let known = fragmentCosts.get(key);
        if (!known) {
          // Zero while it is being costed: a fragment that spreads itself is refused by validation anyway.
          fragmentCosts.set(key, { statements: 0, objects: 0 });
          const fragment = fragments.get(name);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          known = fragment && type && isCompositeType(type) ? costOf(fragment.selectionSet, type, page, along) : { statements: 0, objects: 0 };
          fragmentCosts.set(key, known);
        }
        add(known);
        continue;
      }
      const field = fieldOf(parent, selection);
      if (!field) continue;
      const readWith = along && Object.hasOwn(along, field.name) ? along[field.name] : undefined;
      if (!readWith) tally.statements += statementsOf(parent, field, schema);
      const child = getNamedType(field.type);
      if (!selection.selectionSet || !isCompositeType(child)) continue;
      const first = field.args.some((arg) => arg.name === 'first')
        ? Math.min(
            Math.max(intArgument(selection.arguments?.find((arg) => arg.name.value === 'first')?.value, variables) ?? costWeights.defaultPage, 0),
            costWeights.maxPage,
          )
        : null;
      const list = isListType(getNullableType(field.type));
      const inner = costOf(selection.selectionSet, child, list ? null : first, readWith ?? readAlong[`${parent.name}.${field.name}`] ?? null);
      const size = list ? (first ?? page ?? costWeights.listSize) : 1;
      tally.statements += inner.statements;
      tally.objects += size * (1 + inner.objects);
    }
    return tally;
  };

  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const { statements, objects } = rootType ? costOf(operation.selectionSet, rootType, null, null) : { statements: 0, objects: 0 };
  // Every operation takes at least a point, so even the cheapest requests draw on the budget.
  const points = Math.max(1, Math.ceil(statements * costWeights.statement + objects * costWeights.object));
  return { statements, objects, points };
}

export const queryTooComplexCode = 'QUERY_TOO_COMPLEX';

function tooComplex(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: queryTooComplexCode, http: { status: 400 }, ...extensions } });
}

/** Refuses an operation whose cost is over the limit, saying both. */
export function checkCost(cost: QueryCost, maxCost: number): void {
  if (cost.points <= maxCost) return;
  const shown = (value: number) => (Number.isSafeInteger(value) ? value.toLocaleString('en') : `more than ${Number.MAX_SAFE_INTEGER.toLocaleString('en')}`);
  throw tooComplex(
    `The query's estimated cost is ${shown(cost.points)} points; at most ${maxCost.toLocaleString('en')} are allowed per query. ` +
      `It may run up to ${shown(cost.statements)} SQL statements: ask for fewer searches, smaller pages or fewer nested lists, or split it into several queries.`,
    { cost: { requestedQueryCost: Number.isSafeInteger(cost.points) ? cost.points : null, maximumQueryCost: maxCost } },
  );
}

/**
 * The cost limit as a validation rule, beside armor's: a document refused for its shape also says
 * what it would cost. `variablesOf` gives the variables sent with the document being validated.
 */
export function costRule(schema: GraphQLSchema, maxCost: number, variablesOf: (document: DocumentNode) => Record<string, unknown>): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const document = context.getDocument();
      try {
        checkCost(estimateCost(schema, document, operation, variablesOf(document)), maxCost);
      } catch (error) {
        context.reportError(error as GraphQLError);
      }
    },
  });
}

/**
 * graphql-armor's checks of the document's shape, as validation rules: depth (fragments counted where
 * they are spread, each fragment measured once), aliases and directives. Its other three protections
 * are left off. Its cost rule: ours needs the variables (page sizes) and follows SQL (`estimateCost`).
 * Its token limit: on Apollo it throws from a plugin hook and the answer is a 500, so graphql-js's own
 * `maxTokens` parse option does that (`tooManyTokens`). Its suggestion mask: it leaves a dangling "?"
 * and misses enum values (`withoutSuggestions` does it).
 */
export function armorRules(): ValidationRule[] {
  const reject = (context: ValidationContext | null, error: GraphQLError) => {
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(tooComplex(`The query is too complex: ${message} Split it into several queries.`));
  };
  const shared = () => ({ propagateOnRejection: false, onReject: [reject], exposeLimits: true });
  return new ApolloArmor({
    maxDepth: { n: queryLimits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...shared() },
    maxAliases: { n: queryLimits.maxAliases, ...shared() },
    maxDirectives: { n: queryLimits.maxDirectives, ...shared() },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}

/** graphql-js refused a document over `maxTokens` (its message says "more that"): said as the limit it is. */
export function tooManyTokens(message: string): string | null {
  return /Document contains more tha[nt] \d+ tokens/.test(message)
    ? `The query is too complex: it has more than ${queryLimits.maxTokens} tokens, the most allowed. Split it into several queries, or pass values as variables.`
    : null;
}

/** graphql-js's "Did you mean …?" hints (fields, arguments, types, enum values) name what the schema has: never shown. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}
