// Generated from packages/api/schema.graphql by `pnpm schema:print` (graphql-codegen, packages/api/codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApiKeyRow, BlueprintRow, BlueprintNeedRow, CategoryRow, ComplianceFrameworkRow, DataCenterRow, OfferRow, OfferingFacts, RevisionRow, OrganizationRow, OrganizationInvitationRow, OrganizationMemberRow, ListingPlanContent, QuoteRequestRow, QuoteRequestPartRow, RequirementRow, StaffArchivedRow, UserRow, VendorRow, VendorQuoteLineRow, VendorQuoteRequestRow, WebhookDeliveryRow, WebhookEndpointRow } from '@mayviet/db';
import type { ApiKeyConnectionParent, AuditEventParent, AuditEventConnectionParent, CatalogSearchParent, CategoryPriceRangeParent, ComparedLineView, FeaturedPayloadParent, ListingConnectionParent, OfferedEstimateParent, OfferedEstimateLineParent, OfferLineParent, OfferingConnectionParent, OrganizationSummaryParent, OrganizationSummaryConnectionParent, PlanParent, PlanDraftParent, QuoteRequestConnectionParent, ReviewItemConnectionParent, ComparisonView, StackConnectionParent, ComparisonEntryView, IssueView, VendorConnectionParent, VendorQuoteRequestConnectionParent, VendorSubtotalParent, VerificationItemParent, VerificationItemConnectionParent, WebhookDeliveryConnectionParent } from './resolver-parents.ts';
import type { ComposedLineReasonView, ComposedStackView, CompositionBlockerView, DeleteBlueprintResult, SaveBlueprintResult, CompositionView } from '../modules/compose/model.ts';
import type { AttestationWithFramework } from '../modules/catalog/loaders.ts';
import type { EvaluatedStack, SaveStackResult, SavedStack, EvaluatedLine } from '../modules/stacks/model.ts';
import type { UserError as UserErrorParent } from './user-errors.ts';
import type { Actor } from '../modules/accounts/actor.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 date-time with a time zone, e.g. "2026-11-22T08:30:00Z". */
  DateTime: { input: Date; output: Date; }
  /** A decimal number written as a string, e.g. "1250000" or "99.95". */
  Decimal: { input: string; output: string; }
};

/** An invitation link's token, and the account to accept it with when the invited person has none. */
export type AcceptInvitationInput = {
  /** Their name, for a new account (required when no account has the invited e-mail). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A password for a new account (at least 10 characters, not a common one). */
  password?: InputMaybe<Scalars['String']['input']>;
  /** The token of the link (the part after #). */
  token: Scalars['String']['input'];
};

/** The membership made, signed in. */
export type AcceptInvitationPayload = {
  __typename?: 'AcceptInvitationPayload';
  /** The organization joined; null when userErrors is not empty. */
  organization?: Maybe<Organization>;
  /**
   * INVALID_TOKEN (unknown, used, revoked or expired), ALREADY_MEMBER (of another organization), BLANK (name
   * or password for a new account), WEAK_PASSWORD, FORBIDDEN_ACCOUNT (signed in as someone else than the
   * invited e-mail: sign out first).
   */
  userErrors: Array<UserError>;
};

/** A new plan for a listing. */
export type AddPlanInput = {
  /** The listing's id. */
  offeringId: Scalars['ID']['input'];
  /** The plan, as in createOffering. */
  plan: PlanInput;
  /** The listing's version the edit was made from; when given, STALE_VERSION if it changed since. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An integration's key. The key itself ("mv_live_<id>_<secret>", or "mv_test_<id>_<secret>" for a TEST key) is shown once, when created; the
 * marketplace stores only its hash. Scopes: listings:read, listings:write, quotes:read, quotes:write (answering
 * quote requests with offers; it includes quotes:read).
 */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** When it was last used, to the minute; null if never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** LIVE or TEST. */
  mode: ApiKeyMode;
  /** What the key is for. */
  name: Scalars['String']['output'];
  /** The key's public beginning, e.g. mv_live_3f9a0c7d21: enough to recognise it in logs or a leak. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it may do. */
  scopes: Array<Scalars['String']['output']>;
};

/** A page of an organization's API keys, newest first. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The keys with their cursors. */
  edges: Array<ApiKeyEdge>;
  /** The keys. */
  nodes: Array<ApiKey>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many keys the organization has, revoked ones included (0 for a caller who may not read them). */
  totalCount: Scalars['Int']['output'];
};

/** An API key and its cursor. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Pass as `after` for the page after this key. */
  cursor: Scalars['String']['output'];
  /** The key. */
  node: ApiKey;
};

/** Whether a key acts on the real catalogue or on a sandbox. */
export type ApiKeyMode =
  /** mv_live_…: the organization's real listings. */
  | 'LIVE'
  /**
   * mv_test_…: its own sandbox listings only. They are never published, never in the catalogue, search,
   * report or cache, and are deleted when the key is revoked. Its webhooks carry "test": true.
   */
  | 'TEST';

/** The decided attestation. */
export type AttestationDecisionPayload = {
  __typename?: 'AttestationDecisionPayload';
  /** The attestation; null when userErrors is not empty. */
  attestation?: Maybe<ComplianceAttestation>;
  /** NOT_FOUND (no claim with this id waiting), INCOMPLETE (not every criterion met), UNKNOWN_GROUP, OUT_OF_RANGE, INVALID, BLANK. */
  userErrors: Array<UserError>;
};

/** How far a compliance claim has been checked. */
export type AttestationStatus =
  /** Claimed by the partner, not yet checked. */
  | 'CLAIMED'
  /** Was verified; its validity has passed. */
  | 'EXPIRED'
  /** Refused or withdrawn by staff: not met, whatever criteriaMet says. */
  | 'REVOKED'
  /** Checked by the association's staff and within its validity. */
  | 'VERIFIED';

/**
 * One write, as the database recorded it: who, what, when, the row before and after (secrets and buyers'
 * personal data — a quote request's contact, client address and token — never included). Append-only: the
 * database refuses to change or delete events.
 */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** The table and operation, e.g. offerings.UPDATE. */
  action: Scalars['String']['output'];
  /** The user's id or the API key's prefix; null for anonymous callers and the system. */
  actorId?: Maybe<Scalars['String']['output']>;
  /** The user's name or the API key's name, as they are now; null for anonymous callers, the system and deleted users or keys. */
  actorName?: Maybe<Scalars['String']['output']>;
  /** USER, STAFF, API_KEY, ANONYMOUS or SYSTEM (seed, migrations, webhook deliveries). */
  actorType: Scalars['String']['output'];
  /** The row after, as JSON; null for a delete. */
  after?: Maybe<Scalars['String']['output']>;
  /** The row before, as JSON; null for an insert. */
  before?: Maybe<Scalars['String']['output']>;
  /** Increasing with time; pass as `before` for older events. */
  id: Scalars['ID']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The partner organization the written row belongs to; null when it belongs to none. */
  organization?: Maybe<Organization>;
  /** The x-request-id of the API request that wrote it. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The row's id (or its parent's, for link rows). */
  targetId?: Maybe<Scalars['String']['output']>;
  /**
   * The target as the rest of the API names it: the opaque global id of the row targetId names (a plan for
   * plans and plan_specs, an offering for offering_data_centers, a stack for stack_items, a user for
   * memberships…), as node(id:) and the mutations take it; null when that row has no global id (categories,
   * requirements, sessions, revisions). An id names a thing; it never grants reading it.
   */
  targetNodeId?: Maybe<Scalars['ID']['output']>;
  /** The table of the row written, e.g. offerings. */
  targetType: Scalars['String']['output'];
};

/**
 * A page of audit events, newest first. It has no totalCount: the log only grows, and counting a filter's
 * events would read every one of them.
 */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events with their cursors. */
  edges: Array<AuditEventEdge>;
  /** The events. */
  nodes: Array<AuditEvent>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** An audit event and its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Pass as `after` for the older events. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** A page of audit events, newest first. */
export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  /** The events. */
  events: Array<AuditEvent>;
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore?: Maybe<Scalars['ID']['output']>;
};

/** What audit events to find; every field narrows. */
export type AuditFilter = {
  /** e.g. offerings.UPDATE */
  action?: InputMaybe<Scalars['String']['input']>;
  /** A user id or an API key prefix. */
  actorId?: InputMaybe<Scalars['String']['input']>;
  /** From this time (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** A row id (a database id, as in the events). */
  targetId?: InputMaybe<Scalars['String']['input']>;
  /** A global id, as targetNodeId gives it: the events whose target is that row. */
  targetNodeId?: InputMaybe<Scalars['ID']['input']>;
  /** A table, e.g. offerings. */
  targetType?: InputMaybe<Scalars['String']['input']>;
  /** Until this time (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What a plan's price is counted in. */
export type BillingUnit =
  /** Per gigabyte stored for a month. */
  | 'GB_MONTH'
  /** Per hour; a month counts 730 hours. */
  | 'HOUR'
  /** Per month. */
  | 'MONTH'
  /** Paid once (setup, perpetual licence); no recurring monthly price. */
  | 'ONE_TIME'
  /** Per user per month. */
  | 'USER_MONTH';

/** A use case curated by association staff (remote learning, a city's one-stop e-government…): the needs a buyer composes a stack from. */
export type Blueprint = {
  __typename?: 'Blueprint';
  /** A short description, in Vietnamese. */
  description: Scalars['String']['output'];
  /** The same in English. */
  descriptionEn: Scalars['String']['output'];
  /** Name, in Vietnamese. */
  name: Scalars['String']['output'];
  /** Name, in English. */
  nameEn: Scalars['String']['output'];
  /** Its needs, in the order staff chose. */
  needs: Array<BlueprintNeed>;
  /** Stable, URL-safe name, e.g. remote-learning; pass it as ComposeStackInput.blueprintSlug. */
  slug: Scalars['String']['output'];
};

/** One need of a blueprint: a category and how many of its usual unit. */
export type BlueprintNeed = {
  __typename?: 'BlueprintNeed';
  /** The category that serves it. */
  category: Category;
  /** What the need is for, in Vietnamese (e.g. "Kết nối giữa các sở"); null when the category says it all. */
  note?: Maybe<Scalars['String']['output']>;
  /** The same in English. */
  noteEn?: Maybe<Scalars['String']['output']>;
  /** how many units of the category's usual billing unit (servers, GB, users…) */
  quantity: Scalars['Int']['output'];
};

/** A need of a blueprint being saved. */
export type BlueprintNeedInput = {
  /** The category's slug. */
  categorySlug: Scalars['String']['input'];
  /** Optional, 1 to 300 characters, in Vietnamese. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Optional, 1 to 300 characters, in English; give both notes or neither. */
  noteEn?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 1,000,000 of the category's usual unit. */
  quantity: Scalars['Int']['input'];
};

/** A catalogue search kept with a stack: the words, filters and order that led to it. */
export type CatalogSearch = {
  __typename?: 'CatalogSearch';
  /** Billing units. */
  billingUnits: Array<BillingUnit>;
  /** Category slugs. */
  categories: Array<Scalars['String']['output']>;
  /** Data-center cities. */
  cities: Array<Scalars['String']['output']>;
  /** true when only offerings keeping data in Vietnam were shown; null when not filtered. */
  dataInVietnam?: Maybe<Scalars['Boolean']['output']>;
  /** Offering kinds. */
  kinds: Array<OfferingKind>;
  /** The price ceiling, in VND; null when none. */
  maxMonthlyPrice?: Maybe<Scalars['Decimal']['output']>;
  /** The least SLA availability, in percent; null when none. */
  minSlaAvailability?: Maybe<Scalars['Decimal']['output']>;
  /** The words searched; null when none. */
  query?: Maybe<Scalars['String']['output']>;
  /** The order; null for the default. */
  sort?: Maybe<OfferingSort>;
  /** Vendor slugs. */
  vendors: Array<Scalars['String']['output']>;
  /** The framework every offering held verified; null when none. */
  verifiedFramework?: Maybe<Scalars['String']['output']>;
};

/** A catalogue search, as the offerings query takes it. */
export type CatalogSearchInput = {
  /** The filters. */
  filter?: InputMaybe<OfferingFilter>;
  /** The words searched, at most 200 characters. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** The order. */
  sort?: InputMaybe<OfferingSort>;
};

/** What an offering is, within its kind (compute, WAF, e-office…). */
export type Category = {
  __typename?: 'Category';
  /** The kind every offering of this category has. */
  kind: OfferingKind;
  /** Name in Vietnamese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** The billing units a need of this category is counted in: a composed stack serves N units with a plan billed in one of them (HOUR counts as MONTH). */
  needUnits: Array<BillingUnit>;
  /** Stable, URL-safe name, e.g. compute; use it in OfferingFilter.categories. */
  slug: Scalars['String']['output'];
  /** What one unit of a need of this category is, in Vietnamese (máy chủ, GB, người dùng, gói…). */
  unitName: Scalars['String']['output'];
  /** The same in English (servers, GB, users, subscriptions…). */
  unitNameEn: Scalars['String']['output'];
  /** English for a quantity of one (server, GB, user, subscription…): "1 server", "2 servers". Vietnamese has no plural. */
  unitNameEnOne: Scalars['String']['output'];
};

/** Quote requests that named a category (each request counted once per category, contacts never shown). */
export type CategoryCount = {
  __typename?: 'CategoryCount';
  /** The category. */
  category: Category;
  /** How many. */
  count: Scalars['Int']['output'];
};

/** Monthly prices of one category's published offerings (each offering at its cheapest plan). */
export type CategoryPriceRange = {
  __typename?: 'CategoryPriceRange';
  /** The category. */
  category: Category;
  /** The highest. */
  max: Money;
  /** The median, rounded to the đồng. */
  median: Money;
  /** The lowest. */
  min: Money;
  /** How many offerings have a recurring price. */
  offerings: Scalars['Int']['output'];
};

/** A member whose role to change. */
export type ChangeMemberRoleInput = {
  /** Their new role. */
  role: MembershipRole;
  /** The member's User id. */
  userId: Scalars['ID']['input'];
};

/** A partner's claim to meet a compliance framework; staff verify it. */
export type ClaimAttestationInput = {
  /** Criteria met, 0 to the framework's criteriaCount, where assessed. */
  criteriaMet?: InputMaybe<Scalars['Int']['input']>;
  /** Where staff can check it: an https:// address, at most 2000 characters. */
  evidenceUrl: Scalars['String']['input'];
  /** The framework's code, e.g. MIC-CLOUD-153, ISO-27001. */
  frameworkCode: Scalars['String']['input'];
  /** One of the organization's own listings; absent: the claim is for the vendor as a whole. */
  offeringId?: InputMaybe<Scalars['ID']['input']>;
  /** When the certificate or assessment stops being valid; in the future. */
  validUntil: Scalars['DateTime']['input'];
};

/** The claim recorded, or why not. */
export type ClaimAttestationPayload = {
  __typename?: 'ClaimAttestationPayload';
  /** The attestation, CLAIMED; a still unverified claim of the same framework and subject is replaced. Null when userErrors is not empty. */
  attestation?: Maybe<ComplianceAttestation>;
  /** UNKNOWN_FRAMEWORK, NOT_FOUND (offeringId is not the organization's listing), INVALID (evidenceUrl), OUT_OF_RANGE (validUntil, criteriaMet). */
  userErrors: Array<UserError>;
};

/** A request made without an account, to keep in the account: its access token proves it is the buyer's. */
export type ClaimQuoteRequestInput = {
  /** The access token requestQuote returned. */
  accessToken: Scalars['String']['input'];
};

/** The request, now in the account. */
export type ClaimQuoteRequestPayload = {
  __typename?: 'ClaimQuoteRequestPayload';
  /** The request; null when userErrors is not empty. */
  quoteRequest?: Maybe<QuoteRequest>;
  /**
   * INVALID_TOKEN for a wrong token; ALREADY_CLAIMED when another account holds it; EMAIL_NOT_CONFIRMED for
   * an account whose e-mail is not confirmed. Claiming a request the account already holds changes nothing.
   */
  userErrors: Array<UserError>;
};

/** Stacks this browser saved before signing in, to keep in the account. */
export type ClaimStacksInput = {
  /** Saved stacks' ids (at most 100); ids of no stack are left out. */
  ids: Array<Scalars['ID']['input']>;
};

/** The account's stacks after the claim. */
export type ClaimStacksPayload = {
  __typename?: 'ClaimStacksPayload';
  /** The stacks claimed (those already in the account included), in the order given. */
  stacks: Array<Stack>;
  /** TOO_MANY when more than 100 ids are given. */
  userErrors: Array<UserError>;
};

/** One plan across the compared stacks. */
export type ComparedLine = {
  __typename?: 'ComparedLine';
  /**
   * true when a stack does not hold the plan, the quantities differ, or the plans its line runs in parallel with
   * differ (the other lines of its redundancyGroup, whatever the group is called; a group of one is no group).
   */
  differs: Scalars['Boolean']['output'];
  /** The plan's offering. */
  offering: Offering;
  /** The plan's line in each stack, in the order the stacks were asked (quantity, monthly and one-time cost…); null where a stack does not hold it. */
  perStack: Array<Maybe<StackLine>>;
  /** The plan. */
  plan: Plan;
};

/** A vendor's or an offering's standing against a compliance framework. */
export type ComplianceAttestation = {
  __typename?: 'ComplianceAttestation';
  /**
   * Criteria met, out of the framework's criteriaCount, where assessed: as staff verified them (VERIFIED,
   * EXPIRED), or as the partner declared them (CLAIMED; REVOKED keeps the refused claim's figure), which is
   * not a criterion met.
   */
  criteriaMet?: Maybe<Scalars['Int']['output']>;
  /**
   * Criteria met per group of the framework (MIC: functional and security), as staff verified them: for
   * VERIFIED and EXPIRED, as recorded per group, or every group in full when all the framework's criteria
   * were met; empty otherwise.
   */
  criteriaMetByGroup: Array<GroupCriteriaMet>;
  /** Why staff refused it (it is then REVOKED): shown to staff and to the holder's own organization; null for anyone else. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** The framework attested against. */
  framework: ComplianceFramework;
  /** Opaque id, for staff deciding on a claim. */
  id: Scalars['ID']['output'];
  /** VERIFIED only while within validity; a verified attestation past `validUntil` reads EXPIRED. */
  status: AttestationStatus;
  /** When it stops being valid. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
  /** When staff verified it. */
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** How much of a stack comes from vendors or offerings with a VERIFIED attestation of a framework. */
export type ComplianceCoverage = {
  __typename?: 'ComplianceCoverage';
  /** The monthly cost of the covered lines. */
  coveredMonthlyCost: Money;
  /** The framework: the MIC cloud platform criteria. */
  framework: ComplianceFramework;
  /** The stack's offerings covered by a VERIFIED attestation (of the offering or its vendor). */
  offerings: Array<Offering>;
  /** The covered share of the stack's monthly total, in percent with two decimals, e.g. "62.50". */
  share: Scalars['Decimal']['output'];
};

/** A set of criteria vendors and offerings are attested against. */
export type ComplianceFramework = {
  __typename?: 'ComplianceFramework';
  /** Stable code, e.g. MIC-CLOUD-153, ISO-27001; use it in OfferingFilter.verifiedFramework. */
  code: Scalars['String']['output'];
  /** e.g. 153 for the MIC cloud platform criteria */
  criteriaCount: Scalars['Int']['output'];
  /** The framework's groups of criteria (MIC: 84 functional, 69 security). */
  groups: Array<ComplianceGroup>;
  /** Who issues the criteria. */
  issuer: Scalars['String']['output'];
  /** Name in Vietnamese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** The document that sets the criteria, e.g. Official Letter 1145/BTTTT-CATTT. */
  reference?: Maybe<Scalars['String']['output']>;
};

/** A group of a framework's criteria. */
export type ComplianceGroup = {
  __typename?: 'ComplianceGroup';
  /** Stable code within the framework, e.g. FUNCTIONAL, SECURITY. */
  code: Scalars['String']['output'];
  /** How many criteria the group holds. */
  criteriaCount: Scalars['Int']['output'];
  /** Name in Vietnamese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** The areas its criteria cover. */
  scope: Scalars['String']['output'];
};

/** What to compose a stack for. */
export type ComposeStackInput = {
  /** start from a blueprint's needs */
  blueprintSlug?: InputMaybe<Scalars['String']['input']>;
  /** What the stack must respect. */
  constraints?: InputMaybe<StackConstraintsInput>;
  /** needs, added to the blueprint's (or alone) */
  needs?: InputMaybe<Array<StackNeedInput>>;
};

/** Why a composed line is in the stack. */
export type ComposedLinePurpose =
  /** It provides a layer every stack should have (security, backup, monitoring). */
  | 'LAYER'
  /** It serves one of the needs asked for. */
  | 'NEED'
  /** Another line needs it (a self-installed software's server, a service's prerequisite). */
  | 'REQUIREMENT'
  /** The second site of a need: the other line of its redundant pair, in another city. */
  | 'SECOND_SITE';

/** Why one line of a composed stack was chosen. */
export type ComposedLineReason = {
  __typename?: 'ComposedLineReason';
  /** The need's category (NEED, SECOND_SITE), the category required (REQUIREMENT) or that of the layer's line (LAYER). */
  category: Category;
  /** The layer it provides; null unless purpose is LAYER. */
  layer?: Maybe<StackLayer>;
  /** Why, in Vietnamese. */
  message: Scalars['String']['output'];
  /** Why, in English. */
  messageEn: Scalars['String']['output'];
  /** The line's plan (the reasons follow the order of ComposedStack.items). */
  plan: Plan;
  /** What the line is for. */
  purpose: ComposedLinePurpose;
};

export type ComposedStack = {
  __typename?: 'ComposedStack';
  /** The stack evaluated as the builder would. */
  evaluation: StackEvaluation;
  /** Its lines, ready for the builder (StackItemInput: plan id, quantity, redundancy group). */
  items: Array<StackLine>;
  /** what this alternative optimises, e.g. cheapest, fewest vendors, highest availability */
  label: Scalars['String']['output'];
  /** The same in English. */
  labelEn: Scalars['String']['output'];
  /** What it optimises, as a code. */
  objective: CompositionObjective;
  /** Why each line is there, in the order of items. */
  reasons: Array<ComposedLineReason>;
};

/** Why nothing could be composed, and what relaxing a constraint would cost. */
export type CompositionBlocker = {
  __typename?: 'CompositionBlocker';
  /** The need's category, for NEED; null otherwise. */
  category?: Maybe<Category>;
  /** The constraint that blocks. */
  constraint: CompositionConstraint;
  /** What blocks and what relaxing it costs, in Vietnamese. */
  message: Scalars['String']['output'];
  /** The same in English. */
  messageEn: Scalars['String']['output'];
  /** Its first-year total, before VAT. */
  relaxedFirstYearTotal?: Maybe<Money>;
  /** The cheapest stack's monthly total with this constraint relaxed (all, for COMBINATION); null when relaxing it is not enough. */
  relaxedMonthlyTotal?: Maybe<Money>;
};

/** A constraint of ComposeStackInput, as a blocker names it. */
export type CompositionConstraint =
  /** No single constraint relaxed is enough: the figures are with all of them relaxed. */
  | 'COMBINATION'
  | 'DATA_IN_VIETNAM'
  | 'DOMESTIC_ONLY'
  | 'EXCLUDE_VENDORS'
  /** The expected layers (security, backup, monitoring) the buyer did not omit. */
  | 'LAYERS'
  | 'MAX_FIRST_YEAR_TOTAL'
  | 'MAX_MONTHLY_TOTAL'
  | 'MAX_VENDORS'
  | 'MIN_AVAILABILITY'
  /** No published offering serves a need at all (in its usual unit): nothing to relax. */
  | 'NEED'
  | 'REQUIRE_SECOND_SITE'
  | 'VERIFIED_FRAMEWORK';

/** What an alternative optimises. */
export type CompositionObjective =
  /** The lowest first-year total before VAT (12 × monthly + one-time). */
  | 'CHEAPEST'
  /** The fewest vendors, then the lowest first-year total. */
  | 'FEWEST_VENDORS'
  /** The highest composite availability, then the lowest first-year total. */
  | 'HIGHEST_AVAILABILITY';

/** The signed-in buyer, or why not. */
export type ConfirmEmailPayload = {
  __typename?: 'ConfirmEmailPayload';
  /** The account, now confirmed and signed in; null when userErrors is not empty. */
  user?: Maybe<User>;
  /** INVALID_TOKEN when the link is unknown, used or expired (links last 48 hours). */
  userErrors: Array<UserError>;
};

/** A new API key of the caller's organization. */
export type CreateApiKeyInput = {
  /** LIVE (the default) or TEST: a mv_test_… key that writes only to its own sandbox listings. */
  mode?: InputMaybe<ApiKeyMode>;
  /** What it is for, 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** What it may do: any of listings:read, listings:write, quotes:read, quotes:write (which includes quotes:read). */
  scopes: Array<Scalars['String']['input']>;
};

/** The new key, shown this once. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The key's record; null when userErrors is not empty. */
  apiKey?: Maybe<ApiKey>;
  /** The key itself, for the Authorization header. It is not stored and cannot be shown again. */
  key?: Maybe<Scalars['String']['output']>;
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

/** A new listing. */
export type CreateOfferingInput = {
  /** A Category slug. */
  categorySlug: Scalars['String']['input'];
  /** Where it runs and keeps data, at most 50: the organization's own data centers; SAAS, SOFTWARE and SECURITY listings may also name any cloud provider's. */
  dataCenterIds: Array<Scalars['ID']['input']>;
  /** A few sentences in Vietnamese, 1 to 5000 characters. */
  description: Scalars['String']['input'];
  /** A few sentences in English, at most 5000 characters; absent or blank: none (the English site shows the Vietnamese description). */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** The partner's own identifier of the listing (a SKU): 1 to 100 of A–Z a–z 0–9 . _ : / -, unique within the organization (TAKEN otherwise). importOfferings(mode: UPSERT) matches on it. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** What kind of thing it is; must match the category's kind. */
  kind: OfferingKind;
  /** Name in Vietnamese, 1 to 120 characters on one line. */
  name: Scalars['String']['input'];
  /** Name in English, at most 120 characters on one line; absent or blank: none (the English site shows the Vietnamese name). Leave it out where the name is a brand that needs no translation. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Ways to buy it, at most 50. A draft may have none, but a listing needs one to be sent for review. */
  plans: Array<PlanInput>;
  /** What else a stack must contain for it to work, at most 20. */
  requirements?: InputMaybe<Array<RequirementInput>>;
  /** Promised availability in percent, 0 < x ≤ 100, at most three decimals. */
  slaAvailability?: InputMaybe<Scalars['Decimal']['input']>;
  /** The listing's URL name: lower-case letters, digits and single hyphens, at most 80 characters, not used by another listing. Absent: made from the name with diacritics folded ("Máy chủ ảo" → may-chu-ao), with -2, -3… when taken. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** One sentence in Vietnamese, 1 to 300 characters on one line. */
  summary: Scalars['String']['input'];
  /** One sentence in English, at most 300 characters on one line. */
  summaryEn?: InputMaybe<Scalars['String']['input']>;
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** What it is for, at most 200 characters on one line. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The events to send it, at least one. */
  topics: Array<WebhookTopic>;
  /** An https URL the marketplace may call, at most 500 characters. */
  url: Scalars['String']['input'];
};

/** A vendor's site: where offerings run and keep customer data. */
export type DataCenter = Node & {
  __typename?: 'DataCenter';
  /** City, as Vietnamese write it, e.g. Hà Nội, TP. Hồ Chí Minh, Bình Dương. */
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 */
  countryCode: Scalars['String']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** true when the site is in Vietnam. */
  inVietnam: Scalars['Boolean']['output'];
  /** The site's name. */
  name: Scalars['String']['output'];
  /** Uptime Institute tier, 1 to 4, where known */
  tier?: Maybe<Scalars['Int']['output']>;
  /** The vendor that runs the site. */
  vendor: Vendor;
};

/** Why the vendor makes no offer. */
export type DeclineQuoteRequestInput = {
  /** The VendorQuoteRequest's id. */
  id: Scalars['ID']['input'];
  /** Told to the buyer, at most 1,000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The vendor's share, declined. */
export type DeclineQuoteRequestPayload = {
  __typename?: 'DeclineQuoteRequestPayload';
  /** The share; null when userErrors is not empty. */
  quoteRequest?: Maybe<VendorQuoteRequest>;
  /** NOT_FOUND, or ALREADY_ACCEPTED when the buyer accepted the vendor's offer. */
  userErrors: Array<UserError>;
};

/** The blueprint deleted, or why not. */
export type DeleteBlueprintPayload = {
  __typename?: 'DeleteBlueprintPayload';
  /** The slug deleted; null when userErrors is not empty. */
  slug?: Maybe<Scalars['String']['output']>;
  /** NOT_FOUND when no blueprint has the slug. */
  userErrors: Array<UserError>;
};

/** An endpoint to delete. */
export type DeleteWebhookEndpointInput = {
  /** The endpoint's id. */
  id: Scalars['ID']['input'];
};

/** The deleted endpoint. */
export type DeleteWebhookEndpointPayload = {
  __typename?: 'DeleteWebhookEndpointPayload';
  /** The id of the endpoint deleted; null when userErrors is not empty. */
  deletedEndpointId?: Maybe<Scalars['ID']['output']>;
  /** NOT_FOUND. */
  userErrors: Array<UserError>;
};

/** The association's ecosystem report, computed live from the catalog. */
export type EcosystemReport = {
  __typename?: 'EcosystemReport';
  /** Data centers by city (detail: the country code). */
  dataCentersByCity: Array<ReportCount>;
  /** Data centers by Uptime tier (key: the tier, or UNRATED). */
  dataCentersByTier: Array<ReportCount>;
  /** When it was computed. */
  generatedAt: Scalars['DateTime']['output'];
  /** Published offerings by category. */
  offeringsByCategory: Array<CategoryCount>;
  /** Published offerings by kind. */
  offeringsByKind: Array<ReportCount>;
  /** Published offerings that keep data only in Vietnam. */
  offeringsInVietnam: Scalars['Int']['output'];
  /**
   * Vendors' offers on quote requests by where they stand (key: OPEN, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED);
   * an offer its vendor replaced with a newer one is counted as that one. Counts only: never prices.
   */
  offersByStatus: Array<ReportCount>;
  /** Monthly price ranges per category. */
  priceRanges: Array<CategoryPriceRange>;
  /** Published offerings. */
  publishedOfferings: Scalars['Int']['output'];
  /** Quote requests per category. */
  quoteRequestsByCategory: Array<CategoryCount>;
  /** Their share of the published offerings, in percent with one decimal. */
  shareInVietnam: Scalars['Decimal']['output'];
  /** Vendors by kind (key) and domestic or foreign (detail: DOMESTIC, FOREIGN); a vendor of several kinds counts in each. */
  vendorsByKind: Array<ReportCount>;
  /** Vendors holding a VERIFIED, unexpired MIC cloud attestation. */
  verifiedPlatforms: Scalars['Int']['output'];
};

/** The request whose buyer asks for the contact to be erased. */
export type EraseQuoteContactInput = {
  /** The QuoteRequest's id. */
  id: Scalars['ID']['input'];
};

/** The request, its contact erased. */
export type EraseQuoteContactPayload = {
  __typename?: 'EraseQuoteContactPayload';
  /** How many copies vendors held (QUOTE_REQUESTED webhook payloads) this call erased; 0 when erased before. */
  copiesErased: Scalars['Int']['output'];
  /** The request as it now reads; null when userErrors is not empty. */
  quoteRequest?: Maybe<QuoteRequest>;
  /** NOT_FOUND when no quote request has this id. */
  userErrors: Array<UserError>;
};

/** One value of a facet and how many offerings have it. */
export type FacetValue = {
  __typename?: 'FacetValue';
  /** Offerings with this value under the other facets' choices. */
  count: Scalars['Int']['output'];
  /** How to show it, in Vietnamese. */
  label: Scalars['String']['output'];
  /** How to show it, in English. */
  labelEn: Scalars['String']['output'];
  /** Whether the current filter chooses it. */
  selected: Scalars['Boolean']['output'];
  /** What to put in the filter to choose it. */
  value: Scalars['String']['output'];
};

/** The featured listings after a change. */
export type FeaturedPayload = {
  __typename?: 'FeaturedPayload';
  /** The featured listings, in order. */
  offerings: Array<Offering>;
  /** NOT_FOUND (an id that is not a published listing), TOO_MANY (more than 12), DUPLICATE. */
  userErrors: Array<UserError>;
};

/** One field an edit changes. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The value after approval. */
  after?: Maybe<Scalars['String']['output']>;
  /** The published value; null when there is none. */
  before?: Maybe<Scalars['String']['output']>;
  /** name, nameEn, summary, summaryEn, description, descriptionEn, slaAvailability, dataCenters (ids) or requirements (JSON). */
  field: Scalars['String']['output'];
};

/** A stack to take out of the account's list (the stack itself, shared by link, stays). */
export type ForgetStackInput = {
  /** The stack's id. */
  id: Scalars['ID']['input'];
};

/** Whether the stack left the account's list. */
export type ForgetStackPayload = {
  __typename?: 'ForgetStackPayload';
  /** true when it was in the list. */
  forgotten: Scalars['Boolean']['output'];
  /** NOT_FOUND when the account holds no stack with this id. */
  userErrors: Array<UserError>;
};

/** Criteria met in one group of a framework (MIC: FUNCTIONAL out of 84, SECURITY out of 69). */
export type GroupCriteriaInput = {
  /** The group's code. */
  group: Scalars['String']['input'];
  /** How many of its criteria are met. */
  met: Scalars['Int']['input'];
};

/** How many of one group's criteria an attestation meets. */
export type GroupCriteriaMet = {
  __typename?: 'GroupCriteriaMet';
  /** The group. */
  group: ComplianceGroup;
  /** Criteria of the group met, out of its criteriaCount. */
  met: Scalars['Int']['output'];
};

/** How importOfferings treats listings the organization already has. */
export type ImportMode =
  /** Every listing sent is a new DRAFT (externalId, when given, must be new). */
  | 'CREATE'
  /**
   * Each listing is matched on its externalId within the organization: a new one is created as a DRAFT; a DRAFT
   * or REJECTED one is updated in place (a REJECTED one becomes a DRAFT); a PUBLISHED one gets the listing as
   * its pending edit (a DRAFT revision, to send for review), the public version unchanged; one whose content
   * is already what was sent is left alone (UNCHANGED, no new version). Plans are matched on their externalId,
   * then their name. A listing IN_REVIEW (or whose edit is in review) or ARCHIVED fails with INVALID_STATE.
   */
  | 'UPSERT';

/** What became of one listing of an import. */
export type ImportOfferingResult = {
  __typename?: 'ImportOfferingResult';
  /** Its position in `input.offerings`, from 0. */
  index: Scalars['Int']['output'];
  /** The listing created, updated or left unchanged; null when FAILED. */
  offering?: Maybe<Offering>;
  /** What became of it. */
  outcome: ImportOutcome;
  /** What to fix in this listing; fields are paths from the input, e.g. ["input", "offerings", "3", "plans", "0", "price"]. */
  userErrors: Array<UserError>;
};

/** Several listings at once. */
export type ImportOfferingsInput = {
  /** true (the default): all or nothing; nothing is stored when any listing has errors. false: every valid listing is stored. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** CREATE (the default): every listing is a new DRAFT. UPSERT: listings are matched on externalId (required) and updated. */
  mode?: InputMaybe<ImportMode>;
  /** 1 to 100 listings, each as createOffering takes it. */
  offerings: Array<CreateOfferingInput>;
};

/** The outcome of an import. */
export type ImportOfferingsPayload = {
  __typename?: 'ImportOfferingsPayload';
  /** How many listings were created. */
  createdCount: Scalars['Int']['output'];
  /** How many listings were created or updated. */
  importedCount: Scalars['Int']['output'];
  /** One result per listing sent, in order. */
  results: Array<ImportOfferingResult>;
  /** How many existing listings were left unchanged. */
  unchangedCount: Scalars['Int']['output'];
  /** How many existing listings were updated. */
  updatedCount: Scalars['Int']['output'];
  /** Problems of the import as a whole: BLANK (no listings), TOO_MANY (more than 100), NOT_IMPORTED (atomic, and some listing has errors: nothing was stored). */
  userErrors: Array<UserError>;
};

/** What an import did with one listing. */
export type ImportOutcome =
  /** A new DRAFT listing was stored. */
  | 'CREATED'
  /** Nothing was stored for this listing: see its userErrors (empty when an atomic import failed because of another listing). */
  | 'FAILED'
  /** An existing listing already had this content: nothing was written. */
  | 'UNCHANGED'
  /** An existing listing (or its pending edit) was changed. */
  | 'UPDATED';

/** Someone to invite into the caller's organization. */
export type InviteMemberInput = {
  /** Their e-mail: the link is mailed there. */
  email: Scalars['String']['input'];
  /** The role they will have (default MEMBER). */
  role?: InputMaybe<MembershipRole>;
};

/** The invitation, or why not. */
export type InviteMemberPayload = {
  __typename?: 'InviteMemberPayload';
  /** The invitation; null when userErrors is not empty. */
  invitation?: Maybe<OrganizationInvitation>;
  /**
   * The link to accept it, shown this once when the marketplace sends no mail (no SMTP_URL): hand it to the
   * person yourself. Null when it was mailed.
   */
  inviteUrl?: Maybe<Scalars['String']['output']>;
  /** INVALID (e-mail), ALREADY_MEMBER (they are a member of this or another organization), RATE_LIMITED. */
  userErrors: Array<UserError>;
};

/** A language of the site and its exports. */
export type Language =
  /** English */
  | 'EN'
  /** Vietnamese */
  | 'VI';

/** A page of the caller's organization's listings. */
export type ListingConnection = {
  __typename?: 'ListingConnection';
  /** The listings of this page, with their cursors. */
  edges: Array<ListingEdge>;
  /** The listings of this page. */
  nodes: Array<Offering>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many listings match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A listing in a page. */
export type ListingEdge = {
  __typename?: 'ListingEdge';
  /** Pass as `after` to start the next page after this listing. */
  cursor: Scalars['String']['output'];
  /** The listing. */
  node: Offering;
};

/** Where a listing is in its life: DRAFT → IN_REVIEW → PUBLISHED or REJECTED → ARCHIVED. Only PUBLISHED listings are public. */
export type ListingStatus =
  /** Withdrawn from the catalog; private. */
  | 'ARCHIVED'
  /** Being written by the partner; private. */
  | 'DRAFT'
  /** Sent for review by the association's staff; private. */
  | 'IN_REVIEW'
  /** Approved and public. */
  | 'PUBLISHED'
  /** Sent back by staff with a reason; private. */
  | 'REJECTED';

/** An offer on the vendor's share of a quote request. */
export type MakeOfferInput = {
  /** 1 to 100 lines, each plan at most once. */
  lines: Array<OfferLineInput>;
  /** the vendor's share of a quote request (a VendorQuoteRequest id or the QuoteRequest id) */
  quoteRequestId: Scalars['ID']['input'];
  /** At most 4,000 characters. */
  terms?: InputMaybe<Scalars['String']['input']>;
  /** In the future, at most 366 days ahead. */
  validUntil: Scalars['DateTime']['input'];
};

/** A quote request to mark. */
export type MarkQuoteHandledInput = {
  /** true to mark it handled, false to reopen it. */
  handled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The request's id. */
  id: Scalars['ID']['input'];
};

/** The marked request. */
export type MarkQuoteHandledPayload = {
  __typename?: 'MarkQuoteHandledPayload';
  /** The request; null when userErrors is not empty. */
  quoteRequest?: Maybe<VendorQuoteRequest>;
  /** NOT_FOUND when the organization received no request with this id. */
  userErrors: Array<UserError>;
};

/** The organization's members after the change. */
export type MemberPayload = {
  __typename?: 'MemberPayload';
  /** The organization; null when userErrors is not empty. */
  organization?: Maybe<Organization>;
  /** NOT_FOUND (not a member), LAST_OWNER (the organization would have no owner left). */
  userErrors: Array<UserError>;
};

/** A member's role in an organization. */
export type MembershipRole =
  /** Works on listings and quotes. */
  | 'MEMBER'
  /** Manages the organization: API keys, webhooks, members. */
  | 'OWNER';

/** An amount of money. */
export type Money = {
  __typename?: 'Money';
  /** The amount, in whole units of the currency (VND has no minor unit). */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217, VND for every price in the catalog */
  currencyCode: Scalars['String']['output'];
};

/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Anyone with an invitation link: joins its organization, signing in (with a new account when needed). */
  acceptInvitation: AcceptInvitationPayload;
  /** the buyer who made the request (signed in, or holding its access token) accepts an open, unexpired offer */
  acceptOffer: OfferPayload;
  /** partner: add a plan to a listing (to the pending edit of a PUBLISHED one). */
  addPlan: OfferingPayload;
  /** staff: publish a listing or its pending edit */
  approveOffering: OfferingPayload;
  /** Staff: take a published listing out of the catalog, with a reason. */
  archiveListing: OfferingPayload;
  /** partner: take a listing off the catalog for good (any status → ARCHIVED). Its plans stay, so saved stacks and quotes still show them. */
  archiveOffering: OfferingPayload;
  /** Organization owners: makes a member an owner or an owner a member; the organization keeps at least one owner. */
  changeMemberRole: MemberPayload;
  /** partner: claim a compliance attestation for the organization's vendor or one of its listings; it reads CLAIMED until staff verify it. */
  claimAttestation: ClaimAttestationPayload;
  /** Signed-in buyers: ties a request made without an account to the account. */
  claimQuoteRequest: ClaimQuoteRequestPayload;
  /** Signed-in buyers: keeps stacks saved in this browser in the account. */
  claimStacks: ClaimStacksPayload;
  /** Confirms the account's e-mail from the mailed link's token, and signs in. */
  confirmEmail: ConfirmEmailPayload;
  /** Organization owners: a new API key, shown once. */
  createApiKey: CreateApiKeyPayload;
  /** partner: a new listing of the caller's own organization, as DRAFT */
  createOffering: OfferingPayload;
  /** Organization owners: a new webhook endpoint subscribed to topics; its secret is shown once. */
  createWebhookEndpoint: WebhookEndpointPayload;
  /** the buyer declines an offer */
  declineOffer: OfferPayload;
  /** Partner (quotes:write or a member session): makes no offer on this share, saying why. */
  declineQuoteRequest: DeclineQuoteRequestPayload;
  /** Staff: deletes a blueprint. */
  deleteBlueprint: DeleteBlueprintPayload;
  /** Organization owners: deletes an endpoint; its deliveries stay in the history, and those still pending are not sent. */
  deleteWebhookEndpoint: DeleteWebhookEndpointPayload;
  /**
   * Staff: erases the buyer's contact (name, e-mail, organization, message) and client address from a quote
   * request and from every copy the vendors hold, in one transaction, at the buyer's request. The audit
   * trail records who erased it and when, never the erased data.
   */
  eraseQuoteContact: EraseQuoteContactPayload;
  /** Signed-in buyers: takes a stack out of the account's list. */
  forgetStack: ForgetStackPayload;
  /** partner: up to 100 listings in one request: new DRAFTs, or with mode UPSERT matched on their externalId. */
  importOfferings: ImportOfferingsPayload;
  /** Organization owners: invites someone by e-mail to join as a member or an owner (7 days to accept). */
  inviteMember: InviteMemberPayload;
  /** Staff: lift a suspension; the listings it hid come back. */
  liftSuspension: OrganizationPayload;
  /** partner (quotes:write or an owner/member session): answer a quote request with an offer */
  makeOffer: OfferPayload;
  /** Partners (scope quotes:read): marks a quote request handled or open again. */
  markQuoteHandled: MarkQuoteHandledPayload;
  /** Organization owners: sends a signed test delivery ("test": true) to an endpoint now. */
  pingWebhookEndpoint: WebhookDeliveryPayload;
  /** Organization owners: sends a delivery's payload again, as a new delivery to its endpoint's current URL. */
  redeliverWebhook: WebhookDeliveryPayload;
  /** Staff: refuse a claimed attestation with a reason the partner sees (it becomes REVOKED, replacing an earlier refusal; a current verification stands). */
  refuseAttestation: AttestationDecisionPayload;
  /** staff: send it back with a reason the partner sees */
  rejectOffering: OfferingPayload;
  /** Organization owners remove a member; any member may remove themself. The organization keeps at least one owner. */
  removeMember: MemberPayload;
  /** Mails a link to choose a new password, when the e-mail has a confirmed account; the same answer either way. */
  requestPasswordReset: RequestPasswordResetPayload;
  /**
   * Sends a saved stack to every vendor in it for a quote: one request per vendor with only its own lines
   * (lines of offerings no longer published are left out). Throttled per client address.
   */
  requestQuote: RequestQuotePayload;
  /** Sets a new password from a reset link, ends every other session and signs in. */
  resetPassword: ResetPasswordPayload;
  /** Staff: publish again a listing staff archived (userError ORGANIZATION_SUSPENDED while its organization is suspended). */
  restoreListing: OfferingPayload;
  /** partner: retire one plan (from the pending edit of a PUBLISHED listing); saved stacks still show it. A listing keeps at least one plan once sent for review (NO_PLANS). */
  retirePlan: OfferingPayload;
  /** Organization owners: stops a key from working, at once. */
  revokeApiKey: RevokeApiKeyPayload;
  /** Organization owners: withdraws an invitation not yet accepted. */
  revokeInvitation: RevokeInvitationPayload;
  /** Organization owners: a new signing secret, shown once; the old one signs too for the grace period. */
  rotateWebhookSecret: WebhookEndpointPayload;
  /** Staff: creates a blueprint, or replaces the one with its slug. */
  saveBlueprint: SaveBlueprintPayload;
  /** Saves a named stack and returns its shareable id. */
  saveStack: SaveStackPayload;
  /** Staff: the featured listings, in order (at most 12); replaces the list. */
  setFeaturedOfferings: FeaturedPayload;
  /**
   * Organization owners: where webhooks go; a new signing secret each time. It replaces every endpoint with one subscribed to every topic (null: none).
   * @deprecated Use createWebhookEndpoint: several endpoints, each with its topics.
   */
  setWebhook: SetWebhookPayload;
  /** Signs in with e-mail and password into an httpOnly session cookie. */
  signIn: SignInPayload;
  /** Ends the current session. */
  signOut: SignOutPayload;
  /** A buyer creates an account (the e-mail must be confirmed before requests are tied to it). */
  signUp: SignUpPayload;
  /** partner: send a draft or an edit for review */
  submitOffering: OfferingPayload;
  /** partner: send up to 100 listings (or their pending edits) for review at once; each is sent or refused on its own. */
  submitOfferings: SubmitOfferingsPayload;
  /** Staff: suspend an organization; its listings leave the catalog and its keys stop at once. */
  suspendOrganization: OrganizationPayload;
  /** partner: edit a listing of the caller's own organization; a PUBLISHED listing stays visible unchanged until the edit is approved */
  updateOffering: OfferingPayload;
  /** partner: change one plan, only the fields given; the others, specs included, stay. */
  updatePlan: OfferingPayload;
  /** Organization owners: changes an endpoint's URL, topics or description. */
  updateWebhookEndpoint: WebhookEndpointPayload;
  /**
   * Staff: verify a claimed attestation, recording who, when, the evidence and its validity. It becomes the
   * subject's one current attestation of the framework: it replaces the earlier verification (re-verifying
   * leaves one VERIFIED) and earlier refusals, which leave the public lists.
   */
  verifyAttestation: AttestationDecisionPayload;
  /** Partner (quotes:write or a member session): withdraws an open offer of the organization. */
  withdrawOffer: OfferPayload;
  /** partner: take a listing (IN_REVIEW → DRAFT) or a published listing's edit back from review. */
  withdrawOffering: OfferingPayload;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationAcceptOfferArgs = {
  accessToken?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationAddPlanArgs = {
  input: AddPlanInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationApproveOfferingArgs = {
  id: Scalars['ID']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationArchiveListingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationArchiveOfferingArgs = {
  id: Scalars['ID']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationClaimAttestationArgs = {
  input: ClaimAttestationInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationClaimQuoteRequestArgs = {
  input: ClaimQuoteRequestInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationClaimStacksArgs = {
  input: ClaimStacksInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationConfirmEmailArgs = {
  token: Scalars['String']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationCreateOfferingArgs = {
  input: CreateOfferingInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationDeclineOfferArgs = {
  accessToken?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationDeclineQuoteRequestArgs = {
  input: DeclineQuoteRequestInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationDeleteBlueprintArgs = {
  slug: Scalars['String']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationDeleteWebhookEndpointArgs = {
  input: DeleteWebhookEndpointInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationEraseQuoteContactArgs = {
  input: EraseQuoteContactInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationForgetStackArgs = {
  input: ForgetStackInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationImportOfferingsArgs = {
  input: ImportOfferingsInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationLiftSuspensionArgs = {
  id: Scalars['ID']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationMakeOfferArgs = {
  input: MakeOfferInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationMarkQuoteHandledArgs = {
  input: MarkQuoteHandledInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationPingWebhookEndpointArgs = {
  input: PingWebhookEndpointInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationRefuseAttestationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationRejectOfferingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
  language?: InputMaybe<Language>;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationRequestQuoteArgs = {
  input: RequestQuoteInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationRestoreListingArgs = {
  id: Scalars['ID']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationRetirePlanArgs = {
  input: RetirePlanInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationRevokeInvitationArgs = {
  input: RevokeInvitationInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationRotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationSaveBlueprintArgs = {
  input: SaveBlueprintInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationSaveStackArgs = {
  input: SaveStackInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationSetFeaturedOfferingsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationSetWebhookArgs = {
  input: SetWebhookInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationSignInArgs = {
  input: SignInInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationSignUpArgs = {
  input: SignUpInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationSubmitOfferingArgs = {
  id: Scalars['ID']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationSubmitOfferingsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationSuspendOrganizationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationUpdateOfferingArgs = {
  input: UpdateOfferingInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationUpdatePlanArgs = {
  input: UpdatePlanInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationVerifyAttestationArgs = {
  input: VerifyAttestationInput;
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationWithdrawOfferArgs = {
  id: Scalars['ID']['input'];
};


/** Change things: stacks and quotes for everyone, listings for partners, curation for staff. */
export type MutationWithdrawOfferingArgs = {
  id: Scalars['ID']['input'];
};

/** An object with a globally unique, opaque id; fetch any of them with `node(id:)`. */
export type Node = {
  /** Opaque global id; stable, never parse it. */
  id: Scalars['ID']['output'];
};

/**
 * A vendor's answer to its share of a quote request: its prices, terms and expiry. The buyer and the vendor
 * read it whole; association staff read that it exists and where it stands, and get FORBIDDEN on its prices
 * and terms (lines, totals, terms).
 */
export type Offer = Node & {
  __typename?: 'Offer';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When the buyer accepted or declined it, or the vendor withdrew or replaced it; null while open. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 12 × monthlyTotal + oneTimeTotal, VAT excluded. */
  firstYearTotal: Money;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The lines offered. */
  lines: Array<OfferLine>;
  /** The same lines at their list prices: monthly, VAT excluded. */
  listMonthlyTotal: Money;
  /** The same lines at their list prices: one-time, VAT excluded. */
  listOneTimeTotal: Money;
  /** The sum of the lines' monthly costs at the offered prices, VAT excluded. */
  monthlyTotal: Money;
  /** The sum of the lines' one-time costs at the offered prices, VAT excluded. */
  oneTimeTotal: Money;
  /**
   * The request answered: the buyer and staff read it; for the vendor it is FORBIDDEN (the vendor reads its own
   * share as vendorQuoteRequest).
   */
  quoteRequest: QuoteRequest;
  /** Where it stands. */
  status: OfferStatus;
  /** The newer offer that replaced it; null when none did. */
  supersededBy?: Maybe<Offer>;
  /** the vendor's terms, in plain text */
  terms?: Maybe<Scalars['String']['output']>;
  /** Until when the buyer may accept it. */
  validUntil: Scalars['DateTime']['output'];
  /** The vendor offering. */
  vendor: Vendor;
  /** The vendor's share of the request, for the vendor only; null for anyone else. */
  vendorQuoteRequest?: Maybe<VendorQuoteRequest>;
};

/** One line of an offer: a plan, how many, and the offered price beside the list price. */
export type OfferLine = {
  __typename?: 'OfferLine';
  /** The same at the list price. */
  listMonthlyCost: Money;
  /** The same at the list price. */
  listOneTimeCost: Money;
  /**
   * One unit's list price in the plan's own unit, as the buyer saw it when asking (the plan's price of the day
   * the offer was made for a plan the request did not hold).
   */
  listUnitPrice: Money;
  /** quantity × the offered price over one month (HOUR plans count 730 hours); 0 for a ONE_TIME plan. */
  monthlyCost: Money;
  /** The plan's offering. */
  offering: Offering;
  /** quantity × the offered price for a ONE_TIME plan; 0 for a recurring one. */
  oneTimeCost: Money;
  /** The plan offered. */
  plan: Plan;
  /** How many units. */
  quantity: Scalars['Int']['output'];
  /** the offered price of one unit, in VND (the plan's list price stays on plan.price) */
  unitPrice: Money;
};

/** A line to offer. */
export type OfferLineInput = {
  /** A plan of the vendor's own published offerings (usually one of the request's lines). */
  planId: Scalars['ID']['input'];
  /** How many units, 1 to 1,000,000. */
  quantity: Scalars['Int']['input'];
  /** The offered price of one unit in the plan's own unit, whole VND, 0 to 1,000,000,000,000. */
  unitPrice: Scalars['Decimal']['input'];
};

/** The offer, or why not. */
export type OfferPayload = {
  __typename?: 'OfferPayload';
  /** The offer; null when userErrors is not empty. */
  offer?: Maybe<Offer>;
  /**
   * NOT_FOUND (no such request for the vendor, or no such offer for the caller), OFFER_NOT_OPEN (decided,
   * withdrawn or replaced), OFFER_EXPIRED, ALREADY_ACCEPTED (the vendor's offer on the request was accepted:
   * no new offer), INVALID_TOKEN, and input errors (BLANK, TOO_LONG, OUT_OF_RANGE, DUPLICATE_LINE, UNKNOWN_PLAN).
   */
  userErrors: Array<UserError>;
};

/**
 * Where an offer stands. EXPIRED is read, not stored: an OPEN offer whose validUntil has passed. An offer a
 * newer one of the same vendor replaced is WITHDRAWN, with supersededBy set.
 */
export type OfferStatus =
  /** The buyer accepted it. */
  | 'ACCEPTED'
  /** The buyer declined it. */
  | 'DECLINED'
  /** Its validUntil passed while it was open; it can no longer be accepted. */
  | 'EXPIRED'
  /** The buyer may accept or decline it. */
  | 'OPEN'
  /** The vendor withdrew it, or replaced it with a newer offer (supersededBy). */
  | 'WITHDRAWN';

/** The totals of a request's stack at the prices it now has: each vendor's accepted offer, else its open offer, else the list price. */
export type OfferedEstimate = {
  __typename?: 'OfferedEstimate';
  /** 12 × monthlyTotal + oneTimeTotal, VAT excluded. */
  firstYearTotal: Money;
  /** firstYearTotal + firstYearVat. */
  firstYearTotalWithVat: Money;
  /** VAT on the first year. */
  firstYearVat: Money;
  /** Each line of the request at the price it now has. */
  lines: Array<OfferedEstimateLine>;
  /** At the list prices: 12 × monthly + one-time, VAT excluded. */
  listFirstYearTotal: Money;
  /** The same request at the list prices it was sent with: monthly, VAT excluded. */
  listMonthlyTotal: Money;
  /** At the list prices: one-time, VAT excluded. */
  listOneTimeTotal: Money;
  /** Monthly, VAT excluded. */
  monthlyTotal: Money;
  /** One-time, VAT excluded. */
  oneTimeTotal: Money;
  /** oneTimeTotal + oneTimeVat. */
  oneTimeTotalWithVat: Money;
  /** VAT on the one-time total. */
  oneTimeVat: Money;
  /** monthlyTotal + vat. */
  totalWithVat: Money;
  /** VAT on the monthly total. */
  vat: Money;
  /** The VAT rate applied, in percent, e.g. "10" (as StackEvaluation.vatRate). */
  vatRate: Scalars['Decimal']['output'];
};

/** A line of the request at the price it now has. */
export type OfferedEstimateLine = {
  __typename?: 'OfferedEstimateLine';
  /** One unit's list price, as the request was sent. */
  listUnitPrice: Money;
  /** Monthly cost at unitPrice (HOUR plans count 730 hours). */
  monthlyCost: Money;
  /** The offer the price comes from; null at the list price. */
  offer?: Maybe<Offer>;
  /** One-time cost at unitPrice. */
  oneTimeCost: Money;
  /** The plan. */
  plan: Plan;
  /** How many units. */
  quantity: Scalars['Int']['output'];
  /** One unit's price now: the offer's, else the list price. */
  unitPrice: Money;
  /** The vendor. */
  vendor: Vendor;
};

/** A listing: something a customer can put in a stack. */
export type Offering = Node & {
  __typename?: 'Offering';
  /** Compliance attestations of this offering itself, the current ones as on `Vendor.attestations`; the vendor's own are on `vendor.attestations`. */
  attestations: Array<ComplianceAttestation>;
  /** What it is, within its kind. */
  category: Category;
  /** where the offering runs and keeps customer data */
  dataCenters: Array<DataCenter>;
  /** true when it lists data centers and every one is in Vietnam. */
  dataInVietnam: Scalars['Boolean']['output'];
  /** A few sentences, in Vietnamese. */
  description: Scalars['String']['output'];
  /** A few sentences, in English; null when the partner gave none: show `description` instead. */
  descriptionEn?: Maybe<Scalars['String']['output']>;
  /** The partner's own identifier of the listing; null when none, and for anyone but the listing's organization and staff. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What kind of thing it is. */
  kind: OfferingKind;
  /** The lowest recurring monthly plan price; null when it has only one-time plans. */
  lowestMonthlyPrice?: Maybe<Money>;
  /**
   * The price the catalogue shows, sorts and filters by, with what it counts: the lowest recurring monthly
   * plan price (`lowestMonthlyPrice`) in the unit of that plan (MONTH, GB_MONTH or USER_MONTH; hourly plans
   * count as MONTH, 730 hours); for an offering with only one-time plans, its lowest one-time price (ONE_TIME).
   * Prices of different units do not compare: see `OfferingFilter.billingUnits`.
   */
  lowestPrice?: Maybe<UnitPrice>;
  /** Name, in Vietnamese. */
  name: Scalars['String']['output'];
  /** Name, in English; null when the partner gave none (a brand name needs none): show `name` instead. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The edit waiting for approval (or sent back) when the listing is PUBLISHED; null when there is none, and for anyone but the listing's organization and staff. */
  pendingRevision?: Maybe<OfferingRevision>;
  /** Ways to buy it, cheapest first. */
  plans: Array<Plan>;
  /** When it was first published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why staff last sent the listing back; null when they did not, and for anyone but the listing's organization and staff. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** what else a stack must contain for this offering to work */
  requirements: Array<Requirement>;
  /** true when prices and specs are sample data for demonstration, not published by the vendor. */
  sampleData: Scalars['Boolean']['output'];
  /** true for a TEST key's sandbox listing: never published, seen only by that key; false for every other listing. */
  sandbox: Scalars['Boolean']['output'];
  /** availability promised in the SLA, in percent, e.g. "99.95" */
  slaAvailability?: Maybe<Scalars['Decimal']['output']>;
  /** Stable, URL-safe name. */
  slug: Scalars['String']['output'];
  /** Where the listing is in its life; always PUBLISHED for the public. */
  status: ListingStatus;
  /** One sentence, in Vietnamese. */
  summary: Scalars['String']['output'];
  /** One sentence, in English. */
  summaryEn: Scalars['String']['output'];
  /** When the listing last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who sells it. */
  vendor: Vendor;
  /** Counts the listing's changes; send it with updateOffering to edit the latest. */
  version: Scalars['Int']['output'];
};

/** A page of offerings. */
export type OfferingConnection = {
  __typename?: 'OfferingConnection';
  /**
   * How many offerings come before this page in this order: 0 on the first page. The page holds numbers
   * countBefore + 1 to countBefore + its edges' count, of totalCount (e.g. 21–40 of 14,513).
   */
  countBefore: Scalars['Int']['output'];
  /** The offerings of this page, with their cursors. */
  edges: Array<OfferingEdge>;
  /** counts over the whole filtered result, not just this page */
  facets: OfferingFacets;
  /** The offerings of this page. */
  nodes: Array<Offering>;
  /**
   * Numbered pages of `first` offerings to jump to, in order: the first, the last, and up to `around` pages
   * either side of this one. Page n holds numbers (n − 1) × first + 1 to n × first; its cursor is the
   * `after` that opens it (null for the first page). A page opened from a cursor that no longer starts a
   * page (the catalogue changed, or another page size) is current on no page; the numbers still lead to
   * whole pages.
   */
  pageCursors: Array<PageCursor>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many offerings match, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of offerings. */
export type OfferingConnectionPageCursorsArgs = {
  around?: InputMaybe<Scalars['Int']['input']>;
};

/** An offering in a page. */
export type OfferingEdge = {
  __typename?: 'OfferingEdge';
  /** Pass as `after` to start the next page after this offering. */
  cursor: Scalars['String']['output'];
  /** The offering. */
  node: Offering;
};

/**
 * Counts for narrowing a search. Each facet counts the result filtered by every *other* facet, so the
 * values not chosen in a facet stay countable (choosing one more widens the result: values within a
 * facet combine with OR, facets with AND). Values are sorted by count, then label.
 */
export type OfferingFacets = {
  __typename?: 'OfferingFacets';
  /** By what the lowest price counts (`Offering.lowestPrice.unit`); value is a BillingUnit (never HOUR). */
  billingUnits: Array<FacetValue>;
  /** By category; value is a category slug. */
  categories: Array<FacetValue>;
  /** By data-center city; value is the city. */
  cities: Array<FacetValue>;
  /** By kind; value is an OfferingKind. */
  kinds: Array<FacetValue>;
  /** By vendor; value is a vendor slug. */
  vendors: Array<FacetValue>;
};

/** Narrows `offerings`. Values within one list combine with OR, the fields with AND. */
export type OfferingFilter = {
  /**
   * Only offerings whose lowest price (`Offering.lowestPrice`) counts one of these units; HOUR is read as
   * MONTH. Choose one unit and price sorts and `maxMonthlyPrice` compare like with like.
   */
  billingUnits?: InputMaybe<Array<BillingUnit>>;
  /** category slugs */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Data-center cities, as in `DataCenter.city`. */
  cities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** only offerings whose every data center is in Vietnam */
  dataInVietnam?: InputMaybe<Scalars['Boolean']['input']>;
  /** Offering kinds. */
  kinds?: InputMaybe<Array<OfferingKind>>;
  /** lowest monthly plan price at most this, in VND; with one of `billingUnits`, a ceiling per that unit */
  maxMonthlyPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** Promised SLA availability at least this, in percent (0 < x ≤ 100). */
  minSlaAvailability?: InputMaybe<Scalars['Decimal']['input']>;
  /** vendor slugs */
  vendors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** only offerings whose vendor or offering holds a VERIFIED attestation of this framework code */
  verifiedFramework?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of thing an offering is. */
export type OfferingKind =
  /** Infrastructure: compute, block/object storage, backup, network, CDN. */
  | 'IAAS'
  /** Platform: managed databases, Kubernetes, monitoring. */
  | 'PAAS'
  /** Software as a service: e-mail, e-office, e-government, e-learning, telemedicine, accounting, video conferencing. */
  | 'SAAS'
  /** Security: WAF, DDoS protection, SOC monitoring, disaster recovery, encryption/KMS, vulnerability scanning. */
  | 'SECURITY'
  /** A partner's software that installs on someone's IaaS. */
  | 'SOFTWARE';

/**
 * The listing, or why the change was refused. Codes: BLANK, TOO_LONG, INVALID (a malformed value, a
 * line break in a one-line text, a price with a fraction, an SLA with more than three decimals, a bad
 * slug), OUT_OF_RANGE (price, SLA), TOO_MANY (plans, specs, data centers, requirements), DUPLICATE
 * (plan names, spec keys, data centers), UNKNOWN_CATEGORY, KIND_MISMATCH, UNKNOWN_VENDOR,
 * UNKNOWN_DATA_CENTER, FOREIGN_DATA_CENTER (another organization's data center where only the
 * organization's own may run it), TAKEN (slug), NOT_FOUND (no listing of the caller's organization has
 * this id), VERSION_REQUIRED, STALE_VERSION, INVALID_STATE (not possible in the listing's status),
 * NO_PLANS (sending for review, or staff approving, a listing without a plan), NOT_IN_REVIEW (staff deciding on a listing with
 * nothing in review).
 */
export type OfferingPayload = {
  __typename?: 'OfferingPayload';
  /** The listing as the caller may see it; null when userErrors is not empty. */
  offering?: Maybe<Offering>;
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

/** A partner's edit of a PUBLISHED listing: what the listing will show once staff approve it. The public sees the published version meanwhile. */
export type OfferingRevision = {
  __typename?: 'OfferingRevision';
  /** The listing's version the edit started from. */
  baseVersion: Scalars['Int']['output'];
  /** Where it will run and keep data. */
  dataCenters: Array<DataCenter>;
  /** A few sentences, in Vietnamese. */
  description: Scalars['String']['output'];
  /** A few sentences, in English; null when the edit gives none. */
  descriptionEn?: Maybe<Scalars['String']['output']>;
  /** Name, in Vietnamese. */
  name: Scalars['String']['output'];
  /** Name, in English; null when the edit gives none. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Its plans as edited. */
  plans: Array<PlanDraft>;
  /** Why staff sent it back; null unless they did. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** What else a stack must contain. */
  requirements: Array<Requirement>;
  /** Promised availability, in percent. */
  slaAvailability?: Maybe<Scalars['Decimal']['output']>;
  /** Where the edit is. */
  status: RevisionStatus;
  /** When it was last sent for review. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** One sentence, in Vietnamese. */
  summary: Scalars['String']['output'];
  /** One sentence, in English. */
  summaryEn: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** How to order `offerings`. */
export type OfferingSort =
  /** By name, A to Z. */
  | 'NAME'
  /** Cheapest lowest monthly price first, each in its own unit (`Offering.lowestPrice`; filter by `billingUnits` to compare one unit); offerings without a monthly price last. */
  | 'PRICE_ASC'
  /** Dearest lowest monthly price first, each in its own unit; offerings without a monthly price last. */
  | 'PRICE_DESC'
  /** Best match first: exact diacritics above accent-folded matches above near spellings. Without a query, by name. */
  | 'RELEVANCE'
  /** Highest promised availability first; offerings without an SLA last. */
  | 'SLA_DESC'
  /** Most recently changed first. */
  | 'UPDATED_DESC';

/** A partner organization: one vendor of the catalog, its members and its API keys. */
export type Organization = Node & {
  __typename?: 'Organization';
  /**
   * Its API keys, newest first (owners only; others see an empty list).
   * @deprecated Use apiKeysConnection, a Relay connection like every list of the API.
   */
  apiKeys: Array<ApiKey>;
  /** Its API keys, newest first, revoked ones included (owners only; others see an empty connection). */
  apiKeysConnection: ApiKeyConnection;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Its invitations not yet accepted, revoked or expired, newest first (owners only; others see an empty list). */
  invitations: Array<OrganizationInvitation>;
  /** Its members, owners first (members of the organization and staff; others see an empty list). */
  members: Array<OrganizationMember>;
  /** true while staff have suspended it: its listings are hidden and its keys refused. */
  suspended: Scalars['Boolean']['output'];
  /** Why staff suspended it, for its members and staff; null when it is not suspended, and for anyone else. */
  suspensionReason?: Maybe<Scalars['String']['output']>;
  /** The vendor it is. */
  vendor: Vendor;
  /**
   * The last webhook deliveries, newest first (members only; others see an empty list). For older ones, pass
   * the id of the last delivery shown as `before`.
   * @deprecated Use webhookDeliveriesConnection, a Relay connection (first/after) like every list of the API.
   */
  webhookDeliveries: Array<WebhookDelivery>;
  /** The webhook deliveries, newest first (members only; others see an empty connection). */
  webhookDeliveriesConnection: WebhookDeliveryConnection;
  /** Its webhook endpoints, oldest first (owners only; others see an empty list). */
  webhookEndpoints: Array<WebhookEndpoint>;
  /**
   * The URL of its oldest webhook endpoint; null when it has none.
   * @deprecated Use webhookEndpoints: an organization may have several.
   */
  webhookUrl?: Maybe<Scalars['String']['output']>;
};


/** A partner organization: one vendor of the catalog, its members and its API keys. */
export type OrganizationApiKeysConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner organization: one vendor of the catalog, its members and its API keys. */
export type OrganizationWebhookDeliveriesArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A partner organization: one vendor of the catalog, its members and its API keys. */
export type OrganizationWebhookDeliveriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An invitation to join an organization, waiting for its link to be followed. */
export type OrganizationInvitation = Node & {
  __typename?: 'OrganizationInvitation';
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Who was invited. */
  email: Scalars['String']['output'];
  /** When its link stops working (7 days after it was sent). */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Who invited them; null when that account is gone. */
  invitedBy?: Maybe<User>;
  /** The role they will have. */
  role: MembershipRole;
};

/** A person of a partner organization and what they may do. */
export type OrganizationMember = {
  __typename?: 'OrganizationMember';
  /** When they joined. */
  joinedAt: Scalars['DateTime']['output'];
  /** OWNER: listings, quotes, API keys, webhooks and members. MEMBER: listings and quotes. */
  role: MembershipRole;
  /** The person. */
  user: User;
};

/** The organization after a suspension or its lifting. */
export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  /** How many listings left or came back to the public catalog. */
  listingsAffected: Scalars['Int']['output'];
  /** The organization; null when userErrors is not empty. */
  organization?: Maybe<Organization>;
  /** NOT_FOUND, ALREADY_SUSPENDED, NOT_SUSPENDED, BLANK (reason). */
  userErrors: Array<UserError>;
};

/** An organization as staff see it. */
export type OrganizationSummary = {
  __typename?: 'OrganizationSummary';
  /** Its keys not revoked. */
  activeKeys: Scalars['Int']['output'];
  /** Its listings staff archived, which restoreListing can publish again; most recently archived first. */
  archivedListings: Array<StaffArchivedListing>;
  /** Its members. */
  members: Scalars['Int']['output'];
  /** The organization. */
  organization: Organization;
  /** When it was suspended; null when it is not. */
  suspendedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why. */
  suspensionReason?: Maybe<Scalars['String']['output']>;
};

/** A page of the partner organizations, by their vendor's name. */
export type OrganizationSummaryConnection = {
  __typename?: 'OrganizationSummaryConnection';
  /** The organizations with their cursors. */
  edges: Array<OrganizationSummaryEdge>;
  /** The organizations. */
  nodes: Array<OrganizationSummary>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many organizations there are. */
  totalCount: Scalars['Int']['output'];
};

/** An organization and its cursor. */
export type OrganizationSummaryEdge = {
  __typename?: 'OrganizationSummaryEdge';
  /** Pass as `after` for the page after this organization. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: OrganizationSummary;
};

/** A numbered page of a list and the cursor that opens it. */
export type PageCursor = {
  __typename?: 'PageCursor';
  /** Pass as `after` (with the same query, filter, sort and `first`) to open the page; null for the first page. */
  cursor?: Maybe<Scalars['String']['output']>;
  /** Whether this connection holds this very page. */
  isCurrent: Scalars['Boolean']['output'];
  /** The page's number, from 1. */
  page: Scalars['Int']['output'];
};

/** Where a page of a connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one (ask with `after: endCursor`). */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether a page precedes this one. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A test ping to an endpoint. */
export type PingWebhookEndpointInput = {
  /** The endpoint's id. */
  id: Scalars['ID']['input'];
  /** The event to imitate: the ping carries an example payload of this topic with "test": true. Absent: a PING event. */
  topic?: InputMaybe<WebhookTopic>;
};

/** A way to buy an offering: a price per unit, with specs. */
export type Plan = Node & {
  __typename?: 'Plan';
  /** The partner's own identifier of the plan; null when none, and for anyone but the listing's organization and staff. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; use it in stack items. */
  id: Scalars['ID']['output'];
  /** the price of one unit for one month (HOUR is counted as 730 hours) */
  monthlyPrice: Money;
  /** The plan's name, e.g. "2 vCPU / 4 GB". */
  name: Scalars['String']['output'];
  /** The plan's name in English; null when the partner gave none ("2 vCPU / 4 GB" needs none): show `name` instead. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The offering it belongs to. */
  offering: Offering;
  /** Price of one unit, in VND. */
  price: Money;
  /** What one unit gives: vCPU, RAM, storage, users… */
  specs: Array<Spec>;
  /** What the price is counted in. */
  unit: BillingUnit;
};

/** One plan an edit adds, removes or changes. */
export type PlanChange = {
  __typename?: 'PlanChange';
  /** The plan after approval; null when removed. */
  after?: Maybe<PlanSnapshot>;
  /** The published plan; null when added. */
  before?: Maybe<PlanSnapshot>;
  /** Added, removed or changed. */
  change: PlanChangeKind;
};

/** How a plan changes. */
export type PlanChangeKind =
  /** A new plan. */
  | 'ADDED'
  /** A plan whose price, unit, name (in either language) or specs change. */
  | 'CHANGED'
  /** A plan the edit drops (it is retired, not deleted). */
  | 'REMOVED';

/** A plan in a pending edit. */
export type PlanDraft = {
  __typename?: 'PlanDraft';
  /** The partner's own identifier of the plan; null when none. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The price of one unit for one month (HOUR is counted as 730 hours). */
  monthlyPrice: Money;
  /** The plan's name. */
  name: Scalars['String']['output'];
  /** The plan's name in English; null when the edit gives none. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The published plan this one will update, keeping its id; null for a new plan. */
  plan?: Maybe<Plan>;
  /** Price of one unit, in VND. */
  price: Money;
  /** What one unit gives. */
  specs: Array<Spec>;
  /** What the price is counted in. */
  unit: BillingUnit;
};

/** A plan of a listing being written. */
export type PlanInput = {
  /**
   * The partner's own identifier of the plan (a SKU): 1 to 100 of A–Z a–z 0–9 . _ : / -, unique among the
   * organization's plans. An edit keeps a plan (and its id) whose externalId matches a current plan's, before
   * matching by name. Absent: none (on an edit, a plan matched by name keeps its externalId).
   */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The plan's name, 1 to 120 characters on one line, unique within the listing. An edit keeps a plan (and its id, which saved stacks refer to) when the name stays the same up to case and diacritics. */
  name: Scalars['String']['input'];
  /** The plan's name in English, at most 120 characters on one line; absent or blank: none (the English site shows the name). Leave it out where the name needs no translation ("4 vCPU / 8 GB"). */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Price of one unit in whole VND, 0 to 1000000000000. */
  price: Scalars['Decimal']['input'];
  /** What one unit gives: at most 30 specs, each key once. */
  specs?: InputMaybe<Array<SpecInput>>;
  /** What the price is counted in. */
  unit: BillingUnit;
};

/** A plan as an edit has it. */
export type PlanSnapshot = {
  __typename?: 'PlanSnapshot';
  /** Its name. */
  name: Scalars['String']['output'];
  /** Its name in English; null when it has none. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Price of one unit. */
  price: Money;
  /** What one unit gives. */
  specs: Array<Spec>;
  /** What the price is counted in. */
  unit: BillingUnit;
};

/** Read the catalog and evaluate stacks. */
export type Query = {
  __typename?: 'Query';
  /**
   * Staff: every event. Partners (listings:read): the events of their organization's rows and of its members and keys.
   * @deprecated Use auditEventsConnection, a Relay connection (first/after) like every list of the API.
   */
  auditEvents: AuditEventPage;
  /** Staff: every event, newest first. Partners (listings:read): the events of their organization's rows and of its members and keys. */
  auditEventsConnection: AuditEventConnection;
  /** The blueprints staff curate, in their order. */
  blueprints: Array<Blueprint>;
  /** Categories in display order, optionally of one kind. */
  categories: Array<Category>;
  /** Two to four saved stacks evaluated side by side, with their differences. */
  compareStacks: StackComparison;
  /** The compliance frameworks attestations refer to. */
  complianceFrameworks: Array<ComplianceFramework>;
  /** Composes up to three stacks from needs and constraints, solved exactly (a mixed-integer program; docs/STACKS.md). */
  composeStack: StackComposition;
  /** The ecosystem report, live. Also as CSV at /export/report.csv. */
  ecosystemReport: EcosystemReport;
  /** Evaluates an unsaved stack against today's catalog. */
  evaluateStack: StackEvaluation;
  /** The home page's featured listings, in the order staff chose (published ones only). */
  featuredOfferings: Array<Offering>;
  /** Partners (scope listings:read): one of the organization's own listings, any status; null for any other id. */
  myOffering?: Maybe<Offering>;
  /** Partners (scope listings:read): the organization's own listings, any status, most recently changed first. */
  myOfferings: ListingConnection;
  /** Signed-in buyers: the account's quote requests, newest first. */
  myQuoteRequests: QuoteRequestConnection;
  /** Signed-in buyers: the stacks kept in the account, newest first. */
  myStacks: StackConnection;
  /** Any object with a global id the caller may read: a public Vendor, Offering, DataCenter, Plan or Stack; a partner's own VendorQuoteRequest and Offer (an Offer also for its buyer and staff); a QuoteRequest for staff only. Null for any other id: people, organizations, keys, invitations, webhook endpoints and deliveries are reached through viewer. */
  node?: Maybe<Node>;
  /** A published offering by slug. */
  offering?: Maybe<Offering>;
  /**
   * Published offerings: search, filter, facet, sort and page. `query` searches names, vendors,
   * categories, summaries and descriptions the way Vietnamese users type: with or without diacritics,
   * any case, tolerant of small typos in names.
   */
  offerings: OfferingConnection;
  /**
   * Published offerings by slug, to compare them side by side: at most 4 slugs (BAD_USER_INPUT with reason
   * TOO_MANY_OFFERINGS otherwise), answered in the order asked, null where no published offering has the slug.
   */
  offeringsBySlugs: Array<Maybe<Offering>>;
  /**
   * Staff: every partner organization.
   * @deprecated Use organizationsConnection, which pages.
   */
  organizations: Array<OrganizationSummary>;
  /** Staff: the partner organizations, by their vendor's name. */
  organizationsConnection: OrganizationSummaryConnection;
  /** Partners (scope quotes:read): the quote requests for the organization's lines, newest first; reading one marks it seen. */
  quoteInbox: VendorQuoteRequestConnection;
  /** The request a buyer holds the access token of (null for a wrong token): what requestQuote returned once. */
  quoteRequestByToken?: Maybe<QuoteRequest>;
  /**
   * Staff: the requests that gave this e-mail address (case aside), newest first, to honour a buyer's erasure request.
   * @deprecated Use quoteRequestsByContactConnection, which pages past the first 100.
   */
  quoteRequestsByContact: Array<QuoteRequest>;
  /** Staff: the requests that gave this e-mail address (case aside), newest first, to honour a buyer's erasure request. */
  quoteRequestsByContactConnection: QuoteRequestConnection;
  /**
   * Staff: listings and edits waiting for review, oldest first.
   * @deprecated Use reviewQueueConnection, a Relay connection like every list of the API.
   */
  reviewQueue: ReviewQueuePage;
  /** Staff: listings and edits waiting for review, oldest first. */
  reviewQueueConnection: ReviewItemConnection;
  /** A saved stack, re-evaluated against today's catalog. */
  stack?: Maybe<Stack>;
  /** A vendor by slug. */
  vendor?: Maybe<Vendor>;
  /** Vendors by name, optionally of one kind. */
  vendors: VendorConnection;
  /**
   * Staff: attestations claimed by partners, oldest first.
   * @deprecated Use verificationQueueConnection, which pages past the first 100.
   */
  verificationQueue: Array<VerificationItem>;
  /** Staff: attestations claimed by partners, oldest first. */
  verificationQueueConnection: VerificationItemConnection;
  /** Who is calling. */
  viewer: Viewer;
};


/** Read the catalog and evaluate stacks. */
export type QueryAuditEventsArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryAuditEventsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryCategoriesArgs = {
  kind?: InputMaybe<OfferingKind>;
};


/** Read the catalog and evaluate stacks. */
export type QueryCompareStacksArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryComplianceFrameworksArgs = {
  verifiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryComposeStackArgs = {
  input: ComposeStackInput;
};


/** Read the catalog and evaluate stacks. */
export type QueryEvaluateStackArgs = {
  items: Array<StackItemInput>;
};


/** Read the catalog and evaluate stacks. */
export type QueryMyOfferingArgs = {
  id: Scalars['ID']['input'];
};


/** Read the catalog and evaluate stacks. */
export type QueryMyOfferingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categorySlug?: InputMaybe<Scalars['String']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ListingStatus>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryMyQuoteRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryMyStacksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read the catalog and evaluate stacks. */
export type QueryOfferingArgs = {
  slug: Scalars['String']['input'];
};


/** Read the catalog and evaluate stacks. */
export type QueryOfferingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfferingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<OfferingSort>;
};


/** Read the catalog and evaluate stacks. */
export type QueryOfferingsBySlugsArgs = {
  slugs: Array<Scalars['String']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryOrganizationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryQuoteInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  handled?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryQuoteRequestByTokenArgs = {
  token: Scalars['String']['input'];
};


/** Read the catalog and evaluate stacks. */
export type QueryQuoteRequestsByContactArgs = {
  email: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryQuoteRequestsByContactConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OfferingKind>;
  minAgeDays?: InputMaybe<Scalars['Int']['input']>;
  vendorSlug?: InputMaybe<Scalars['String']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryReviewQueueConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OfferingKind>;
  minAgeDays?: InputMaybe<Scalars['Int']['input']>;
  vendorSlug?: InputMaybe<Scalars['String']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryStackArgs = {
  id: Scalars['ID']['input'];
};


/** Read the catalog and evaluate stacks. */
export type QueryVendorArgs = {
  slug: Scalars['String']['input'];
};


/** Read the catalog and evaluate stacks. */
export type QueryVendorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<VendorKind>;
};


/** Read the catalog and evaluate stacks. */
export type QueryVerificationQueueArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the catalog and evaluate stacks. */
export type QueryVerificationQueueConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A buyer's request for quotes on a saved stack. Only the buyer (through its access token), staff and — each
 * for its own lines only, as a VendorQuoteRequest — the vendors it reached may read it; node(id) answers
 * null to anyone but staff.
 */
export type QuoteRequest = Node & {
  __typename?: 'QuoteRequest';
  /** The catalogue search the stack was built from, when it was saved from a filtered catalogue. */
  catalogSearch?: Maybe<CatalogSearch>;
  /** Where to answer; null once erased. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** When staff erased the contact at the buyer's request, from the request and every copy vendors hold; null while it stands. */
  contactErasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who to answer; null once staff erased the contact at the buyer's request. */
  contactName?: Maybe<Scalars['String']['output']>;
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id. It names the request; it is not a right to read it. */
  id: Scalars['ID']['output'];
  /** What the buyer wrote; null when nothing or erased. */
  message?: Maybe<Scalars['String']['output']>;
  /** The request's stack at the offered prices: each vendor's accepted offer, else its open one, else the list. */
  offeredEstimate: OfferedEstimate;
  /** the offers vendors made on this request, newest first; each party sees only what it may */
  offers: Array<Offer>;
  /** The buyer's organization; null when not given or erased. */
  organization?: Maybe<Scalars['String']['output']>;
  /** What each vendor reached received: its lines, priced as the buyer saw them, in the order of the vendors' names. */
  parts: Array<QuoteRequestPart>;
  /**
   * The procurement record as CSV (UTF-8 with BOM, for spreadsheets): the stack, every vendor's offers, list
   * against offered prices, dates and the catalogue search.
   */
  procurementRecordCsv: Scalars['String']['output'];
  /** a short human reference the buyer and every vendor quote, e.g. MV-2026-000123 */
  reference: Scalars['String']['output'];
  /** The stack quoted. */
  stack: Stack;
  /** The vendors it reached; each received only its own lines and the contact. */
  vendors: Array<Vendor>;
};


/**
 * A buyer's request for quotes on a saved stack. Only the buyer (through its access token), staff and — each
 * for its own lines only, as a VendorQuoteRequest — the vendors it reached may read it; node(id) answers
 * null to anyone but staff.
 */
export type QuoteRequestProcurementRecordCsvArgs = {
  language?: InputMaybe<Language>;
};

/** A page of quote requests, newest first. */
export type QuoteRequestConnection = {
  __typename?: 'QuoteRequestConnection';
  /** The requests with their cursors. */
  edges: Array<QuoteRequestEdge>;
  /** The requests. */
  nodes: Array<QuoteRequest>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many requests match, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** A quote request and its cursor. */
export type QuoteRequestEdge = {
  __typename?: 'QuoteRequestEdge';
  /** Pass as `after` for the older requests. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: QuoteRequest;
};

/** One vendor's part of a quote request, as the buyer sent it. */
export type QuoteRequestPart = {
  __typename?: 'QuoteRequestPart';
  /** Why, as the vendor told the buyer; null when it gave no reason. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** When the vendor declined to make an offer; null otherwise (a later offer lifts it). */
  declinedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its lines of the stack, priced as the buyer saw them (lines of listings no longer published were left out). */
  lines: Array<VendorQuoteLine>;
  /** The sum of the lines' monthly costs, VAT excluded. */
  monthlySubtotal: Money;
  /** The sum of the lines' one-time costs, VAT excluded. */
  oneTimeSubtotal: Money;
  /** Where this vendor's share stands. */
  status: QuoteShareStatus;
  /** The vendor it reached. */
  vendor: Vendor;
};

/**
 * Where one vendor's share of a request stands, as the buyer and the vendor see it: the latest of these
 * that happened.
 */
export type QuoteShareStatus =
  /** The buyer accepted the vendor's offer. */
  | 'OFFER_ACCEPTED'
  /** The buyer declined the vendor's offer. */
  | 'OFFER_DECLINED'
  /** The vendor's latest offer expired unanswered. */
  | 'OFFER_EXPIRED'
  /** The vendor made an offer that is open. */
  | 'OFFER_MADE'
  /** The vendor withdrew its offer and made no new one. */
  | 'OFFER_WITHDRAWN'
  /** The vendor opened it (its inbox or the request itself). */
  | 'SEEN'
  /** Sent; the vendor has not opened it yet. */
  | 'SENT'
  /** The vendor declined to make an offer. */
  | 'VENDOR_DECLINED';

/** A delivery to resend. */
export type RedeliverWebhookInput = {
  /** The WebhookDelivery's id: any delivery of the organization, delivered, failed or pending. */
  deliveryId: Scalars['ID']['input'];
};

/** A member to remove from the organization. */
export type RemoveMemberInput = {
  /** The member's User id (one's own to leave). */
  userId: Scalars['ID']['input'];
};

/** How many of something, by a key. */
export type ReportCount = {
  __typename?: 'ReportCount';
  /** The count. */
  count: Scalars['Int']['output'];
  /** A second key where the count has one (e.g. domestic or foreign for vendors). */
  detail?: Maybe<Scalars['String']['output']>;
  /** What is counted, e.g. a kind, a city or a tier. */
  key: Scalars['String']['output'];
};

/** The same answer whether or not the e-mail has an account. */
export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /**
   * RATE_LIMITED when this address asked more than 10 times in an hour; otherwise empty, account or not. An
   * account is mailed at most 5 links an hour, whoever asks.
   */
  userErrors: Array<UserError>;
};

/** A request for quotes on a saved stack; it reaches every vendor in the stack. */
export type RequestQuoteInput = {
  /** Where to answer. */
  contactEmail: Scalars['String']['input'];
  /** Who to answer. */
  contactName: Scalars['String']['input'];
  /** Anything the vendors should know. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** The buyer's organization. */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** The saved stack's id. */
  stackId: Scalars['ID']['input'];
};

/** The quote request, or why it was not sent. */
export type RequestQuotePayload = {
  __typename?: 'RequestQuotePayload';
  /**
   * Shown once: lets whoever holds it read the request back with quoteRequestByToken, without an account.
   * Keep it secret (the marketplace stores only its hash, and a request's id never opens it); null when
   * userErrors is not empty.
   */
  accessToken?: Maybe<Scalars['String']['output']>;
  /** The request; null when userErrors is not empty. */
  quoteRequest?: Maybe<QuoteRequest>;
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

/** Satisfied when the stack holds an offering of one of these categories, from one of these vendors (any vendor when the list is empty). */
export type Requirement = {
  __typename?: 'Requirement';
  /** Any of these categories satisfies it. */
  categories: Array<Category>;
  /** What is needed and why, in Vietnamese. */
  description: Scalars['String']['output'];
  /** What is needed and why, in English; null when the partner gave none: show `description` instead. */
  descriptionEn?: Maybe<Scalars['String']['output']>;
  /** Only offerings of these vendors satisfy it; any vendor when empty. */
  vendors: Array<Vendor>;
};

/** What else a stack must hold for the listing to work: an offering of one of these categories, from one of these vendors (any vendor when none). */
export type RequirementInput = {
  /** Category slugs, 1 to 20; any of them satisfies the requirement. */
  categorySlugs: Array<Scalars['String']['input']>;
  /** What is needed and why, in Vietnamese; 1 to 500 characters. */
  description: Scalars['String']['input'];
  /** The same in English, at most 500 characters; absent or blank: none. */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** Vendor slugs, at most 20; empty or absent: any vendor. */
  vendorSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new password, from the link a reset mail carried. */
export type ResetPasswordInput = {
  /** The new password: at least 10 characters, not one of the most common. */
  password: Scalars['String']['input'];
  /** The token of the link. */
  token: Scalars['String']['input'];
};

/** The account signed in with its new password, or why not. */
export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  /** The account, signed in; every other session of it was ended. Null when userErrors is not empty. */
  user?: Maybe<User>;
  /** INVALID_TOKEN (unknown, used or expired: links last 1 hour), WEAK_PASSWORD, or TOO_LONG (over 1,024 characters). */
  userErrors: Array<UserError>;
};

/** A plan to retire. */
export type RetirePlanInput = {
  /** The plan's id. */
  planId: Scalars['ID']['input'];
  /** The listing's version the edit was made from; when given, STALE_VERSION if it changed since. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A listing or an edit waiting for staff. */
export type ReviewItem = {
  __typename?: 'ReviewItem';
  /** Whole days it has waited. */
  ageDays: Scalars['Int']['output'];
  /** What changes against the published version (for a new listing: everything it says). */
  changes: Array<FieldChange>;
  /** New listing or edit. */
  kind: ReviewItemKind;
  /** The listing (as published, for an edit). */
  offering: Offering;
  /** Plans added, removed or changed. */
  planChanges: Array<PlanChange>;
  /** When it was sent for review. */
  submittedAt: Scalars['DateTime']['output'];
};

/** A page of the review queue, oldest first. */
export type ReviewItemConnection = {
  __typename?: 'ReviewItemConnection';
  /** The items with their cursors. */
  edges: Array<ReviewItemEdge>;
  /** The items. */
  nodes: Array<ReviewItem>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many items match, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** An item of the review queue and its cursor. */
export type ReviewItemEdge = {
  __typename?: 'ReviewItemEdge';
  /** Pass as `after` for the page after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ReviewItem;
};

/** Why a listing is in the review queue. */
export type ReviewItemKind =
  /** A pending edit of a published listing. */
  | 'EDIT'
  /** A listing sent for review for the first time. */
  | 'NEW_LISTING';

/** A page of the review queue, oldest first. */
export type ReviewQueuePage = {
  __typename?: 'ReviewQueuePage';
  /** Pass as `after` for the next page; null on the last. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** The items. */
  items: Array<ReviewItem>;
  /** How many items match. */
  totalCount: Scalars['Int']['output'];
};

/** How far a pending edit has come. */
export type RevisionStatus =
  /** Being written; the published version is unchanged. */
  | 'DRAFT'
  /** Sent for review by staff. */
  | 'IN_REVIEW'
  /** Sent back by staff with a reason; editing it makes it a DRAFT again. */
  | 'REJECTED';

/** A key to revoke. */
export type RevokeApiKeyInput = {
  /** The key's id. */
  id: Scalars['ID']['input'];
};

/** The revoked key. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The key, now revoked; null when userErrors is not empty. */
  apiKey?: Maybe<ApiKey>;
  /** NOT_FOUND when the organization has no such key. */
  userErrors: Array<UserError>;
};

/** An invitation to withdraw. */
export type RevokeInvitationInput = {
  /** The invitation's id. */
  id: Scalars['ID']['input'];
};

/** The withdrawn invitation. */
export type RevokeInvitationPayload = {
  __typename?: 'RevokeInvitationPayload';
  /** The invitation, now unusable; null when userErrors is not empty. */
  invitation?: Maybe<OrganizationInvitation>;
  /** NOT_FOUND. */
  userErrors: Array<UserError>;
};

/** An endpoint whose secret to replace. */
export type RotateWebhookSecretInput = {
  /** How long the current secret keeps signing deliveries beside the new one, 0 to 168 hours (default 24). */
  graceHours?: InputMaybe<Scalars['Int']['input']>;
  /** The endpoint's id. */
  id: Scalars['ID']['input'];
};

/** A blueprint to create or replace (by slug). */
export type SaveBlueprintInput = {
  /** 1 to 1,000 characters. */
  description: Scalars['String']['input'];
  /** 1 to 1,000 characters. */
  descriptionEn: Scalars['String']['input'];
  /** 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** 1 to 120 characters. */
  nameEn: Scalars['String']['input'];
  /** 1 to 20 needs, each category once. */
  needs: Array<BlueprintNeedInput>;
  /** Where it appears among the blueprints (lower first); kept when omitted on a replace, last for a new one. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Its slug: lowercase letters, digits and hyphens, at most 80 characters. An existing slug replaces that blueprint. */
  slug: Scalars['String']['input'];
};

/** The blueprint saved, or why not. */
export type SaveBlueprintPayload = {
  __typename?: 'SaveBlueprintPayload';
  /** The blueprint as saved; null when userErrors is not empty. */
  blueprint?: Maybe<Blueprint>;
  /** What to fix in the input: BLANK, TOO_LONG, INVALID (the slug's form), OUT_OF_RANGE (position), TOO_MANY (needs), UNKNOWN_CATEGORY, DUPLICATE_NEED, QUANTITY_OUT_OF_RANGE, each with its field. */
  userErrors: Array<UserError>;
};

/** A stack to save. */
export type SaveStackInput = {
  /**
   * The catalogue search the stack was built from (the words, filters and order of the catalogue page the
   * buyer added lines from), kept with the stack for the procurement record.
   */
  catalogSearch?: InputMaybe<CatalogSearchInput>;
  /**
   * Optional, 8 to 100 characters of your choosing (a UUID is fine): sending the same key again returns the
   * stack the first attempt saved instead of saving a second one, so a retry after a lost answer is safe.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Its lines. */
  items: Array<StackItemInput>;
  /** A name for it, 1 to 120 characters. */
  name: Scalars['String']['input'];
};

/** The saved stack, or why it was not saved. */
export type SaveStackPayload = {
  __typename?: 'SaveStackPayload';
  /** The saved stack; null when userErrors is not empty. */
  stack?: Maybe<Stack>;
  /** What to fix in the input. */
  userErrors: Array<UserError>;
};

/** Where the organization's webhooks go. */
export type SetWebhookInput = {
  /** An https URL (at most 500 characters), or null to stop webhooks. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The webhook, with its signing secret shown this once. */
export type SetWebhookPayload = {
  __typename?: 'SetWebhookPayload';
  /** The organization. */
  organization?: Maybe<Organization>;
  /** The new HMAC-SHA256 signing secret (whsec_…), shown once; null when webhooks were turned off. */
  secret?: Maybe<Scalars['String']['output']>;
  /** INVALID_URL when the URL is not an https URL the marketplace may call. */
  userErrors: Array<UserError>;
};

/** How serious a stack issue is. */
export type Severity =
  /** The stack does not work as composed. */
  | 'ERROR'
  /** Worth knowing. */
  | 'INFO'
  /** The stack works but carries a risk. */
  | 'WARNING';

/** An e-mail and password. */
export type SignInInput = {
  /** The account's e-mail. */
  email: Scalars['String']['input'];
  /** Its password. */
  password: Scalars['String']['input'];
};

/** The signed-in user, or why not. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** The user now signed in; null when userErrors is not empty. */
  user?: Maybe<User>;
  /**
   * INVALID_CREDENTIALS (the same whether the e-mail or the password is wrong), or RATE_LIMITED: too many
   * failures from this address on this account (each further try waits twice as long), on this account from
   * many addresses, or from this address; the message names the time to try again after ("try again after
   * <ISO time>"). Only failures count, and a success forgets its address's failures on the account.
   * EMAIL_NOT_CONFIRMED, only once the password is right, for a buyer account whose mailed link was not
   * followed yet.
   */
  userErrors: Array<UserError>;
};

/** The end of a session. */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** true when a session was ended. */
  signedOut: Scalars['Boolean']['output'];
};

/**
 * A new buyer account. A link is mailed to confirm the e-mail; until it is followed the account cannot sign
 * in (signIn answers EMAIL_NOT_CONFIRMED once the password is right) and no request is tied to it.
 */
export type SignUpInput = {
  /** The e-mail to sign in with and receive mail at, 3 to 254 characters. */
  email: Scalars['String']['input'];
  /** The language of the mail the account receives (VI by default). */
  language?: InputMaybe<Language>;
  /** Their name, 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** The buyer's organization, at most 200 characters. */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** At least 10 characters; not one of the most common passwords. */
  password: Scalars['String']['input'];
};

/**
 * Whether the sign-up was taken. An e-mail that already has an account gets the same answer (no error), and
 * that account receives a mail saying someone tried to sign up with it; so the answer never tells who has an
 * account.
 */
export type SignUpPayload = {
  __typename?: 'SignUpPayload';
  /** BLANK, TOO_LONG, INVALID_EMAIL, WEAK_PASSWORD or RATE_LIMITED (over 10 sign-ups from this address in an hour). */
  userErrors: Array<UserError>;
};

/** One line of a plan's specification. */
export type Spec = {
  __typename?: 'Spec';
  /** What is specified, e.g. vcpu, ram_gb, storage_gb, users. */
  key: Scalars['String']['output'];
  /** Its value, e.g. "4". */
  value: Scalars['String']['output'];
};

/** One line of a plan's specification. */
export type SpecInput = {
  /** What is specified, e.g. vcpu; 1 to 60 characters. */
  key: Scalars['String']['input'];
  /** Its value, e.g. "4"; 1 to 200 characters. */
  value: Scalars['String']['input'];
};

/** A saved stack, shareable by its id. */
export type Stack = Node & {
  __typename?: 'Stack';
  /** The catalogue search it was built from; null when saved without one. */
  catalogSearch?: Maybe<CatalogSearch>;
  /** When it was saved. */
  createdAt: Scalars['DateTime']['output'];
  /** Path of the stack as CSV: lines, vendor subtotals, VAT and total. */
  csvPath: Scalars['String']['output'];
  /** Its evaluation against today's catalog. */
  evaluation: StackEvaluation;
  /** Opaque, unguessable global id: the shareable link. */
  id: Scalars['ID']['output'];
  /** Its lines, priced today. */
  items: Array<StackLine>;
  /** The name it was saved under. */
  name: Scalars['String']['output'];
  /** true when any line's monthly or one-time price differs from the day it was saved. */
  priceChanged: Scalars['Boolean']['output'];
  /** Path of a printable page of the stack, to print or save as PDF. */
  printPath: Scalars['String']['output'];
  /** The monthly total at the prices of the day it was saved, VAT excluded. */
  savedMonthlyTotal: Money;
  /** The one-time total at the prices of the day it was saved, VAT excluded. */
  savedOneTimeTotal: Money;
  /** The site path that opens this stack, e.g. /stacks/U3RhY2s6…; prefix the site's origin to share it. */
  sharePath: Scalars['String']['output'];
};


/** A saved stack, shareable by its id. */
export type StackCsvPathArgs = {
  language?: InputMaybe<Language>;
};


/** A saved stack, shareable by its id. */
export type StackPrintPathArgs = {
  language?: InputMaybe<Language>;
};

/** Two to four saved stacks side by side. */
export type StackComparison = {
  __typename?: 'StackComparison';
  /** The cheapest stack by monthly total (the first asked on a tie). */
  cheapest: Stack;
  /**
   * The cheapest stack over the first year: 12 × its monthly total + its one-time total, VAT excluded (the
   * first asked on a tie). Software bought once may make the cheapest stack by the month the dearest in year one.
   */
  cheapestFirstYear: Stack;
  /** The aspects in which the stacks differ, each explained; empty when they agree on all. */
  differences: Array<StackDifference>;
  /** Each stack with how it differs from the others, in the order asked. */
  entries: Array<StackComparisonEntry>;
  /** Every plan in any of the stacks, once, in the order it first appears (the first stack's lines first), with its line in each stack. */
  lines: Array<ComparedLine>;
};

/** One stack of a comparison. */
export type StackComparisonEntry = {
  __typename?: 'StackComparisonEntry';
  /** Its monthly total minus the cheapest stack's; zero for the cheapest. */
  costAboveCheapest: Money;
  /** Its first-year total (12 × monthly + one-time, VAT excluded) minus the lowest first-year total of the stacks; zero for the cheapest over the first year. */
  firstYearAboveCheapest: Money;
  /** Issue codes this stack has that at least one other stack does not. */
  issuesOnlyHere: Array<Scalars['String']['output']>;
  /** The stack, evaluated against today's catalog. */
  stack: Stack;
  /** Vendors in this stack and in no other. */
  vendorsOnlyHere: Array<Vendor>;
};

export type StackComposition = {
  __typename?: 'StackComposition';
  /** best first; empty when nothing meets the constraints */
  alternatives: Array<ComposedStack>;
  /** The blockers as codes and figures, cheapest relaxation first (the messages of `blockers`, in both languages). */
  blockerDetails: Array<CompositionBlocker>;
  /** why nothing, or fewer alternatives than usual, could be composed: the blocking constraint and the cheapest way to relax it */
  blockers: Array<Scalars['String']['output']>;
  /** The objectives left out because the composition's time limit ran out before their best stack was proved (the alternatives shown are exact); empty when every objective was solved. An objective whose stack equals another's is shown once, not listed here. */
  incomplete: Array<CompositionObjective>;
  /** The needs composed for: the blueprint's, then those added (a category asked twice counts once, quantities added). */
  needs: Array<BlueprintNeed>;
};

/** A page of stacks, newest first. */
export type StackConnection = {
  __typename?: 'StackConnection';
  /** The stacks with their cursors. */
  edges: Array<StackEdge>;
  /** The stacks. */
  nodes: Array<Stack>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many stacks match, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** What a composed stack must respect; every field is optional. */
export type StackConstraintsInput = {
  /** every line keeps its data only in Vietnam */
  dataInVietnam?: InputMaybe<Scalars['Boolean']['input']>;
  /** only vendors registered in Vietnam */
  domesticOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** vendor slugs never to use */
  excludeVendors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** First-year total before VAT (12 × monthly + one-time) at most this, in VND. */
  maxFirstYearTotal?: InputMaybe<Scalars['Decimal']['input']>;
  /** monthly total before VAT at most this, in VND */
  maxMonthlyTotal?: InputMaybe<Scalars['Decimal']['input']>;
  /** At most this many vendors, 1 to 50. */
  maxVendors?: InputMaybe<Scalars['Int']['input']>;
  /** composite availability at least this, in percent */
  minAvailability?: InputMaybe<Scalars['Decimal']['input']>;
  /** Layers the buyer does without: the composer adds security, backup and monitoring unless named here. */
  omitLayers?: InputMaybe<Array<StackLayer>>;
  /** every need is served from two data centers in different cities (redundant pairs) */
  requireSecondSite?: InputMaybe<Scalars['Boolean']['input']>;
  /** every line's vendor or offering holds a VERIFIED attestation of this framework code */
  verifiedFramework?: InputMaybe<Scalars['String']['input']>;
};

/** One way the compared stacks differ. */
export type StackDifference = {
  __typename?: 'StackDifference';
  /** What differs. */
  aspect: StackDifferenceAspect;
  /** How, in Vietnamese. */
  message: Scalars['String']['output'];
  /** How, in English. */
  messageEn: Scalars['String']['output'];
};

/** What a comparison looks at. */
export type StackDifferenceAspect =
  /** Composite availabilities differ. */
  | 'AVAILABILITY'
  /** Monthly totals differ. */
  | 'COST'
  /** First-year totals differ other than by twelve months of the monthly difference (one-time totals differ too). */
  | 'FIRST_YEAR_COST'
  /** The stacks raise different issues. */
  | 'ISSUES'
  /** A plan is missing from a stack, or its quantity or redundancy group differs (see StackComparison.lines). */
  | 'LINES'
  /** The shares of the monthly cost covered by verified MIC attestations differ. */
  | 'MIC_COVERAGE'
  /** One-time totals differ. */
  | 'ONE_TIME_COST'
  /** Some stacks keep all data in Vietnam, others do not. */
  | 'RESIDENCY'
  /** The stacks use different vendors. */
  | 'VENDORS';

/** A stack and its cursor. */
export type StackEdge = {
  __typename?: 'StackEdge';
  /** Pass as `after` for the older stacks. */
  cursor: Scalars['String']['output'];
  /** The stack. */
  node: Stack;
};

/** What a stack costs, whether it works and where its data lives. */
export type StackEvaluation = {
  __typename?: 'StackEvaluation';
  /**
   * The availability of the lines that run a service, in percent with 4 decimals (a self-installed line counts
   * through the line it runs on; one-time services do not run): lines sharing a redundancyGroup run in parallel,
   * a group's availability being 1 − Π(1 − SLA) over the offerings of its lines that state one (each offering once,
   * in the first group it appears in; a line without a group is a group of its own), and the groups run in series,
   * their availabilities multiplied. Without groups: the product of the SLAs. Null only when no such line states one.
   */
  compositeAvailability?: Maybe<Scalars['Decimal']['output']>;
  /**
   * true when every line keeps its data only in data centers in Vietnam: a self-installed line keeps it where the
   * line it runs on does (nowhere known when it has none), and a one-time service that names no data center keeps none
   */
  dataInVietnam: Scalars['Boolean']['output'];
  /** The number of issues of severity ERROR: zero means the stack works as composed. */
  errorCount: Scalars['Int']['output'];
  /** 12 × monthlyTotal + oneTimeTotal, before VAT */
  firstYearTotal: Money;
  /** firstYearTotal + firstYearVat (= 12 × totalWithVat + oneTimeTotalWithVat). */
  firstYearTotalWithVat: Money;
  /** The first year's VAT as it is paid: 12 × vat + oneTimeVat. */
  firstYearVat: Money;
  /** What the evaluation found: unmet requirements, residency, single data center, missing layers. */
  issues: Array<StackIssue>;
  /** The lines, priced. */
  lines: Array<StackLine>;
  /** Which lines hold a VERIFIED MIC cloud attestation and what share of the cost they make. */
  micCoverage: ComplianceCoverage;
  /** Sum of the lines' monthly costs, VAT excluded. */
  monthlyTotal: Money;
  /** sum of the lines' one-time costs, before VAT */
  oneTimeTotal: Money;
  /** oneTimeTotal + oneTimeVat. */
  oneTimeTotalWithVat: Money;
  /** VAT on the one-time total, rounded half up to the đồng. */
  oneTimeVat: Money;
  /** monthlyTotal + vat. */
  totalWithVat: Money;
  /** VAT on the monthly total, rounded half up to the đồng. */
  vat: Money;
  /** The VAT rate applied, in percent, e.g. "10". */
  vatRate: Scalars['Decimal']['output'];
  /** Each vendor's share of the monthly total, in the order vendors first appear in the stack. */
  vendorSubtotals: Array<VendorSubtotal>;
  /** The vendors in the stack. */
  vendors: Array<Vendor>;
};

/**
 * Something the evaluation found in a stack: one issue per offering, however many of its plans are in the
 * stack. The codes are stable:
 * - OFFERING_UNAVAILABLE (ERROR): a line's offering is no longer published (archived, rejected); replace it.
 * - PLAN_UNAVAILABLE (ERROR): the offering is still published but an edit dropped this line's plan; choose another.
 * - UNMET_REQUIREMENT (ERROR): an offering needs something the stack lacks; `suggestions` would satisfy it. When
 *   self-installed software has nothing to run on, the message says its availability and data location are unknown.
 * - DATA_OUTSIDE_VIETNAM (WARNING): a line keeps data in data centers outside Vietnam (the message says where).
 * - DATA_LOCATION_UNKNOWN (WARNING): a service that runs names no data center, so its data may leave Vietnam; or
 *   self-installed software that states no hosting requirement finds no compute or Kubernetes line to run on. A
 *   one-time service (an assessment, a setup) that names no data center keeps no data and never raises it.
 * - SINGLE_DATA_CENTER (WARNING): production compute, databases or Kubernetes in a single data center, with no
 *   second site in the stack (a line of the same category with a data center in another city, disaster recovery
 *   there that covers it, or a line of the same redundancyGroup: a group whose lines keep data in two cities or
 *   more clears it for each of its lines).
 * - MISSING_SECURITY, MISSING_BACKUP, MISSING_MONITORING (WARNING): no line that runs a service provides that layer
 *   (one-time services do not run).
 */
export type StackIssue = {
  __typename?: 'StackIssue';
  /** stable machine-readable code, e.g. UNMET_REQUIREMENT, DATA_OUTSIDE_VIETNAM, SINGLE_DATA_CENTER */
  code: Scalars['String']['output'];
  /** What is wrong and how to fix it, in plain Vietnamese. */
  message: Scalars['String']['output'];
  /** The same in English. */
  messageEn: Scalars['String']['output'];
  /** The offerings concerned. */
  offerings: Array<Offering>;
  /** How serious it is. */
  severity: Severity;
  /**
   * Up to three published offerings that would fix it, those of the stack's vendors first, then the cheapest by
   * monthly price. UNMET_REQUIREMENT: offerings that satisfy the requirement. MISSING_SECURITY, MISSING_BACKUP,
   * MISSING_MONITORING: offerings of that layer. SINGLE_DATA_CENTER: offerings of the line's category with a data
   * center in another city, or disaster recovery with one there that covers the line (it states no requirement,
   * or the line meets one). Suggestions for the last four keep the data in Vietnam (all their data centers are
   * there), have a recurring plan and need nothing the stack lacks. Empty for other codes.
   */
  suggestions: Array<Offering>;
};

/** One line of a stack: a plan and how many of it. A stack holds at most 200 lines, each plan once. */
export type StackItemInput = {
  /** A Plan's global id. */
  planId: Scalars['ID']['input'];
  /** How many units (servers, users, GB…); 1 to 1,000,000. */
  quantity: Scalars['Int']['input'];
  /**
   * lines sharing a group run redundantly (either one serves): their availability combines in parallel.
   * 1 to 40 letters, digits or . _ : - (else INVALID_REDUNDANCY_GROUP); a group of one line changes nothing.
   */
  redundancyGroup?: InputMaybe<Scalars['String']['input']>;
};

/** A layer the evaluator expects every stack to have. */
export type StackLayer =
  /** Backup or disaster recovery. */
  | 'BACKUP'
  /** Monitoring (infrastructure monitoring or a SOC). */
  | 'MONITORING'
  /** A security offering (WAF, DDoS protection, SOC…). */
  | 'SECURITY';

/** One line of an evaluated stack. */
export type StackLine = {
  __typename?: 'StackLine';
  /** false when the offering is no longer published (archived, rejected) or no longer has this plan: the line is kept, flagged, and should be replaced. */
  available: Scalars['Boolean']['output'];
  /** The line's data centers outside Vietnam (a self-installed line's: those of the line it runs on); empty when its data stays at home. */
  dataOutsideVietnam: Array<DataCenter>;
  /** true when the offering or its vendor holds a VERIFIED, unexpired MIC cloud attestation. */
  micVerified: Scalars['Boolean']['output'];
  /** quantity × the plan's monthly price. */
  monthlyCost: Money;
  /** The plan's monthly price today, for one unit (0 for a one-time plan). */
  monthlyPrice: Money;
  /** The plan's offering. */
  offering: Offering;
  /** what the line costs once (ONE_TIME plans: price × quantity; 0 for recurring plans), before VAT */
  oneTimeCost: Money;
  /** The plan's one-time price today, for one unit; 0 for a recurring plan. */
  oneTimePrice: Money;
  /** The plan chosen. */
  plan: Plan;
  /** true when the saved monthly or one-time price differs from today's. */
  priceChanged: Scalars['Boolean']['output'];
  /** How many units. */
  quantity: Scalars['Int']['output'];
  /** The redundancy group the line runs in (StackItemInput.redundancyGroup); null when it runs alone. */
  redundancyGroup?: Maybe<Scalars['String']['output']>;
  /** Saved stacks: one unit's monthly price on the day the stack was saved; null for an unsaved stack. */
  savedMonthlyPrice?: Maybe<Money>;
  /** Saved stacks: one unit's one-time price on the day the stack was saved (0 for a recurring plan); null for an unsaved stack. */
  savedOneTimePrice?: Maybe<Money>;
};

/** A need to compose a stack for: a category and how many of its usual unit. */
export type StackNeedInput = {
  /** The category's slug, e.g. compute. */
  categorySlug: Scalars['String']['input'];
  /** How many of the category's usual unit (Category.unitName): 1 to 1,000,000. */
  quantity: Scalars['Int']['input'];
};

/** A listing staff took out of the catalog. */
export type StaffArchivedListing = {
  __typename?: 'StaffArchivedListing';
  /** The listing, ARCHIVED. */
  offering: Offering;
  /** Why staff archived it. */
  reason: Scalars['String']['output'];
};

/** A listing to send for review, in a bulk submitOfferings. */
export type SubmitOfferingResult = {
  __typename?: 'SubmitOfferingResult';
  /** The id sent. */
  id: Scalars['ID']['output'];
  /** Its position in `ids`, from 0. */
  index: Scalars['Int']['output'];
  /** The listing as it now is; null when it could not be sent. */
  offering?: Maybe<Offering>;
  /** Why it was not sent: NOT_FOUND, INVALID_STATE, NO_PLANS. */
  userErrors: Array<UserError>;
};

/** The outcome of a bulk submitOfferings: each listing is sent or not on its own. */
export type SubmitOfferingsPayload = {
  __typename?: 'SubmitOfferingsPayload';
  /** One result per id, in order. */
  results: Array<SubmitOfferingResult>;
  /** How many listings were sent for review. */
  submittedCount: Scalars['Int']['output'];
  /** Problems of the request as a whole: BLANK (no ids), TOO_MANY (more than 100), DUPLICATE (an id twice). */
  userErrors: Array<UserError>;
};

/** A price and what one unit of it is. */
export type UnitPrice = {
  __typename?: 'UnitPrice';
  /** The price of one unit, in VND. */
  price: Money;
  /** What one unit is: MONTH, GB_MONTH, USER_MONTH or ONE_TIME (hourly prices are given by the month). */
  unit: BillingUnit;
};

/** An edit of a listing; fields left out (or null) stay as they are. */
export type UpdateOfferingInput = {
  /** New data centers (replaces the list). */
  dataCenterIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New English description; an empty string removes it. */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** New externalId; an empty string removes it. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The Offering's global id. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New English name; an empty string removes it. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** New plans (replaces the list). A plan whose name matches a current plan's keeps that plan's id and takes the new price, unit and specs; a current plan left out is retired: saved stacks still show it. */
  plans?: InputMaybe<Array<PlanInput>>;
  /** New requirements (replaces the list). */
  requirements?: InputMaybe<Array<RequirementInput>>;
  /** New promised availability; null removes it (a field left out stays as it is). */
  slaAvailability?: InputMaybe<Scalars['Decimal']['input']>;
  /** New summary. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** New English summary. */
  summaryEn?: InputMaybe<Scalars['String']['input']>;
  /**
   * The listing's `version` this edit was made from. Required: without it the edit is refused with
   * VERSION_REQUIRED, and when the listing changed since, with STALE_VERSION, so that no one overwrites
   * an edit they have not seen. (The field is optional in the schema only because the core contract's
   * input has no version.)
   */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An edit of one plan: only the fields given change. A plan of a PUBLISHED listing is edited in the listing's
 * pending edit (made from the published version when there is none), to send for review.
 */
export type UpdatePlanInput = {
  /** New externalId; an empty string removes it. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New English name; an empty string removes it. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** The plan's id (a Plan of the caller's organization's listing). */
  planId: Scalars['ID']['input'];
  /** New price of one unit in whole VND. */
  price?: InputMaybe<Scalars['Decimal']['input']>;
  /** New specs (replaces the plan's specs; left out, the specs stay as they are). */
  specs?: InputMaybe<Array<SpecInput>>;
  /** New billing unit. */
  unit?: InputMaybe<BillingUnit>;
  /** The listing's version the edit was made from; when given, STALE_VERSION if it changed since. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** An edit of a webhook endpoint; fields left out stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** New description; an empty string removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The endpoint's id. */
  id: Scalars['ID']['input'];
  /** New topics (replaces the list), at least one. */
  topics?: InputMaybe<Array<WebhookTopic>>;
  /** New URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A person who signs in: a partner's member or association staff. */
export type User = Node & {
  __typename?: 'User';
  /** When the account was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Their e-mail, which they sign in with. */
  email: Scalars['String']['output'];
  /** When the e-mail was confirmed; null until the mailed link is followed. */
  emailConfirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** The language of the mail the account receives. */
  language: Language;
  /** Their name. */
  name: Scalars['String']['output'];
  /** The buyer's organization, as given at sign-up; null when none. */
  organization?: Maybe<Scalars['String']['output']>;
  /** true for association staff. */
  staff: Scalars['Boolean']['output'];
};

/** Something the caller can fix in a mutation's input. */
export type UserError = {
  __typename?: 'UserError';
  /**
   * Stable machine-readable code: always one of the values of UserErrorCode, which explains each. A
   * String rather than the enum so that a code added later never breaks a client that does not know it.
   */
  code: Scalars['String']['output'];
  /** path to the input field at fault */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in plain words. */
  message: Scalars['String']['output'];
};

/** Every code a UserError carries (`UserError.code`); each mutation's payload says which of them it may give. */
export type UserErrorCode =
  /** The buyer already accepted the vendor's offer on this request: it takes no new offer or decline. */
  | 'ALREADY_ACCEPTED'
  /** Another account already holds this quote request. */
  | 'ALREADY_CLAIMED'
  /** The person is already a member of an organization (this one or another): a user belongs to one at most. */
  | 'ALREADY_MEMBER'
  /** The organization is already suspended. */
  | 'ALREADY_SUSPENDED'
  /** A required text is empty (after trimming), or a required list is empty. */
  | 'BLANK'
  /** The same thing is named twice: a data center, a plan name, a featured listing. */
  | 'DUPLICATE'
  /** The same plan is on two lines of a stack: change the quantity instead. */
  | 'DUPLICATE_LINE'
  /** A blueprint names the same category in two needs: change the first need's quantity instead. */
  | 'DUPLICATE_NEED'
  /** The password is right but the account's e-mail is not confirmed yet: follow the mailed link (signing up again mails a new one). */
  | 'EMAIL_NOT_CONFIRMED'
  /** A stack to save has no lines. */
  | 'EMPTY_STACK'
  /** Signed in as another account than the one the invitation is for: sign out, then follow the link again. */
  | 'FORBIDDEN_ACCOUNT'
  /** A data center of another organization: a listing runs in its own vendor's data centers, or (software installed on IaaS) a cloud provider's. */
  | 'FOREIGN_DATA_CENTER'
  /** The idempotency key already saved something different; use a new key. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** Not every criterion the status needs is met (the MIC framework is VERIFIED only with all of them). */
  | 'INCOMPLETE'
  /** A value of the wrong form: a URL that is not https, a badly written number, a text with line breaks, a date in the past. */
  | 'INVALID'
  /** composeStack: the minimum availability is not a percent above 0 and at most 100 with at most three decimals. */
  | 'INVALID_AVAILABILITY'
  /** composeStack: a budget is not a whole, non-negative number of VND. */
  | 'INVALID_BUDGET'
  /** The e-mail or the password is wrong. */
  | 'INVALID_CREDENTIALS'
  /** The contact e-mail is not an address vendors can answer. */
  | 'INVALID_EMAIL'
  /** composeStack: the number of vendors is not 1 to 50. */
  | 'INVALID_MAX_VENDORS'
  /** A stack line's redundancy group is not 1 to 40 letters, digits or . _ : -. */
  | 'INVALID_REDUNDANCY_GROUP'
  /** Not an API key scope. */
  | 'INVALID_SCOPE'
  /** The listing's status does not allow this (e.g. editing an archived listing). */
  | 'INVALID_STATE'
  /** A mailed link's or an access token is unknown, used or expired. */
  | 'INVALID_TOKEN'
  /** The webhook URL is not an https URL on the public internet. */
  | 'INVALID_URL'
  /** The category holds another kind of offering than the listing's. */
  | 'KIND_MISMATCH'
  /** The change would leave the organization without an owner: make someone else an owner first. */
  | 'LAST_OWNER'
  /** None of the stack's offerings is still offered. */
  | 'NOTHING_TO_QUOTE'
  /** Nothing with this id (or slug) that the caller may act on: another organization's reads the same as a missing one. */
  | 'NOT_FOUND'
  /** An atomic import stored nothing because some listings have errors (see each result's userErrors). */
  | 'NOT_IMPORTED'
  /** The listing is not waiting for review. */
  | 'NOT_IN_REVIEW'
  /** The organization is not suspended. */
  | 'NOT_SUSPENDED'
  /** composeStack: neither a blueprint nor any need to compose a stack for. */
  | 'NO_NEEDS'
  /** The listing has no plan. */
  | 'NO_PLANS'
  /** The offer is past its validUntil: it can no longer be accepted. */
  | 'OFFER_EXPIRED'
  /** The offer was already decided, withdrawn or replaced by a newer one. */
  | 'OFFER_NOT_OPEN'
  /** The listing's organization is suspended. */
  | 'ORGANIZATION_SUSPENDED'
  /** A number outside its range: an SLA, criteria met, a validity date. */
  | 'OUT_OF_RANGE'
  /** A stack line's or a need's (of a blueprint or a composition) quantity is below 1 or above the maximum. */
  | 'QUANTITY_OUT_OF_RANGE'
  /** Too many attempts from this client for now; try again later. */
  | 'RATE_LIMITED'
  /** The listing changed since the version edited: reload it and edit again. */
  | 'STALE_VERSION'
  /** The slug is taken by another listing. */
  | 'TAKEN'
  /** A text is longer than its limit. */
  | 'TOO_LONG'
  /** More items than allowed: plans, specs, requirements, data centers, featured listings, imported listings. */
  | 'TOO_MANY'
  /** A stack holds more lines than allowed. */
  | 'TOO_MANY_LINES'
  /** composeStack: more than 20 needs after the blueprint's and those added are merged. */
  | 'TOO_MANY_NEEDS'
  /** No blueprint has this slug. */
  | 'UNKNOWN_BLUEPRINT'
  /** No category has this slug. */
  | 'UNKNOWN_CATEGORY'
  /** Not a data center id. */
  | 'UNKNOWN_DATA_CENTER'
  /** No compliance framework has this code. */
  | 'UNKNOWN_FRAMEWORK'
  /** The framework has no criteria group with this code. */
  | 'UNKNOWN_GROUP'
  /** Not a plan id, or no plan that may be put in a stack has it. */
  | 'UNKNOWN_PLAN'
  /** No vendor has this slug. */
  | 'UNKNOWN_VENDOR'
  /** An edit must say which version of the listing it edits. */
  | 'VERSION_REQUIRED'
  /** The password is shorter than 10 characters or one of the most common. */
  | 'WEAK_PASSWORD';

/** A company on the marketplace. */
export type Vendor = Node & {
  __typename?: 'Vendor';
  /**
   * Compliance attestations held by the vendor as a whole (not by a single offering), the current ones: per
   * framework at most its verification (VERIFIED, or EXPIRED), a claim under review (CLAIMED) and the latest
   * refusal (REVOKED); those a later decision replaced are left out. Only VERIFIED counts as met.
   */
  attestations: Array<ComplianceAttestation>;
  /** Country of registration, ISO 3166-1 alpha-2. */
  countryCode: Scalars['String']['output'];
  /** The vendor's own data centers. */
  dataCenters: Array<DataCenter>;
  /** Profile in Vietnamese. */
  description: Scalars['String']['output'];
  /** Profile in English. */
  descriptionEn: Scalars['String']['output'];
  /** true for companies registered in Vietnam */
  domestic: Scalars['Boolean']['output'];
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** What the vendor sells. */
  kinds: Array<VendorKind>;
  /** The company's name. */
  name: Scalars['String']['output'];
  /** The vendor's published offerings, by name. */
  offerings: OfferingConnection;
  /** Stable, URL-safe name, e.g. viettel-idc. */
  slug: Scalars['String']['output'];
  /** The vendor's web site. */
  website?: Maybe<Scalars['String']['output']>;
};


/** A company on the marketplace. */
export type VendorOfferingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of vendors. */
export type VendorConnection = {
  __typename?: 'VendorConnection';
  /** The vendors of this page, with their cursors. */
  edges: Array<VendorEdge>;
  /** The vendors of this page. */
  nodes: Array<Vendor>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many vendors match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A vendor in a page. */
export type VendorEdge = {
  __typename?: 'VendorEdge';
  /** Pass as `after` to start the next page after this vendor. */
  cursor: Scalars['String']['output'];
  /** The vendor. */
  node: Vendor;
};

/** What a vendor is on the marketplace; a vendor may be several. */
export type VendorKind =
  /** Sells infrastructure and platforms: compute, storage, networks, data centers. */
  | 'CLOUD_PROVIDER'
  /** Sells security products and services: WAF, DDoS protection, SOC, encryption. */
  | 'SECURITY_VENDOR'
  /** Sells software: SaaS it runs, or software that installs on someone's IaaS (ISV). */
  | 'SOFTWARE_VENDOR';

/** One line of a quote request. */
export type VendorQuoteLine = {
  __typename?: 'VendorQuoteLine';
  /** quantity × monthlyPrice. */
  monthlyCost: Money;
  /** One unit's monthly price when the buyer asked. */
  monthlyPrice: Money;
  /** The plan's offering. */
  offering: Offering;
  /** quantity × oneTimePrice. */
  oneTimeCost: Money;
  /** One unit's one-time price when the buyer asked; 0 for a recurring plan. */
  oneTimePrice: Money;
  /** The plan asked for (it may have been retired since). */
  plan: Plan;
  /** How many units. */
  quantity: Scalars['Int']['output'];
};

/** A quote request as the vendor receiving it sees it: the buyer's contact and only this vendor's lines. */
export type VendorQuoteRequest = Node & {
  __typename?: 'VendorQuoteRequest';
  /** Where to answer; erased@erased.invalid, an address that never receives mail, once the contact was erased. */
  contactEmail: Scalars['String']['output'];
  /** When staff erased the buyer's contact at the buyer's request (personal data protection); null while it stands. */
  contactErasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who to answer; "(erased)" once staff erased the contact at the buyer's request (see contactErasedAt). */
  contactName: Scalars['String']['output'];
  /** When the buyer asked. */
  createdAt: Scalars['DateTime']['output'];
  /** Why, as the vendor told the buyer. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** When the vendor declined to make an offer; null otherwise. */
  declinedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the vendor marked it handled; null while open. */
  handledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** This vendor's lines of the stack, priced as the buyer saw them. */
  lines: Array<VendorQuoteLine>;
  /** What the buyer wrote; null when nothing or erased. */
  message?: Maybe<Scalars['String']['output']>;
  /** The sum of the lines' monthly costs, VAT excluded. */
  monthlySubtotal: Money;
  /** This vendor's offers on the request, newest first (never another vendor's). */
  offers: Array<Offer>;
  /** The sum of the lines' one-time costs (licences, setup, assessments), VAT excluded. */
  oneTimeSubtotal: Money;
  /** The buyer's organization; null when not given or erased. */
  organization?: Maybe<Scalars['String']['output']>;
  /** The request's reference, e.g. MV-2026-000123: the same the buyer and every other vendor of the request were given, to quote when answering. */
  reference: Scalars['String']['output'];
  /** When the vendor first opened it; null until then. */
  seenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the share stands. */
  status: QuoteShareStatus;
};

/** A page of a vendor's quote requests, newest first. */
export type VendorQuoteRequestConnection = {
  __typename?: 'VendorQuoteRequestConnection';
  /** The requests with their cursors. */
  edges: Array<VendorQuoteRequestEdge>;
  /** The requests. */
  nodes: Array<VendorQuoteRequest>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many requests match, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** A quote request and its cursor. */
export type VendorQuoteRequestEdge = {
  __typename?: 'VendorQuoteRequestEdge';
  /** Pass as `after` for the page after this request. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: VendorQuoteRequest;
};

/** What one vendor's lines of a stack cost. */
export type VendorSubtotal = {
  __typename?: 'VendorSubtotal';
  /** 12 × monthlyCost + oneTimeCost, VAT excluded. */
  firstYearCost: Money;
  /** The sum of its lines' monthly costs, VAT excluded. */
  monthlyCost: Money;
  /** The sum of its lines' one-time costs, VAT excluded. */
  oneTimeCost: Money;
  /** The vendor. */
  vendor: Vendor;
};

/** An attestation claimed by a partner, waiting for staff. */
export type VerificationItem = {
  __typename?: 'VerificationItem';
  /** The attestation. */
  attestation: ComplianceAttestation;
  /** When it was claimed. */
  claimedAt: Scalars['DateTime']['output'];
  /** The evidence the partner gave. */
  evidenceUrl?: Maybe<Scalars['String']['output']>;
  /** Its framework's code. */
  frameworkCode: Scalars['String']['output'];
  /** The listing, when it is for one listing. */
  offering?: Maybe<Offering>;
  /** The vendor it is for (the vendor itself or the listing's vendor). */
  vendor: Vendor;
};

/** A page of the claimed attestations waiting for staff, oldest first. */
export type VerificationItemConnection = {
  __typename?: 'VerificationItemConnection';
  /** The items with their cursors. */
  edges: Array<VerificationItemEdge>;
  /** The items. */
  nodes: Array<VerificationItem>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many claims wait, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** A claimed attestation and its cursor. */
export type VerificationItemEdge = {
  __typename?: 'VerificationItemEdge';
  /** Pass as `after` for the page after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: VerificationItem;
};

/** Staff verify a claimed attestation. */
export type VerifyAttestationInput = {
  /** The evidence staff checked (https). */
  evidenceUrl: Scalars['String']['input'];
  /** Criteria met per group; for the MIC framework every group is required and VERIFIED needs all criteria. */
  groups?: InputMaybe<Array<GroupCriteriaInput>>;
  /** The attestation's id. */
  id: Scalars['ID']['input'];
  /** Until when it holds; past this it reads EXPIRED everywhere. */
  validUntil: Scalars['DateTime']['input'];
};

/** Who is calling: a signed-in user, an integration's API key, or nobody. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The API key of this request; null when the caller is not an integration. */
  apiKey?: Maybe<ApiKey>;
  /** The partner organization the caller acts for; null when there is none. */
  organization?: Maybe<Organization>;
  /** The caller's role in the organization; null for API keys and callers without one. */
  role?: Maybe<MembershipRole>;
  /** What the caller may do as a partner: the key's scopes, or every scope for a signed-in member. */
  scopes: Array<Scalars['String']['output']>;
  /** true for signed-in association staff. */
  staff: Scalars['Boolean']['output'];
  /** The signed-in user; null for an API key or an anonymous caller. */
  user?: Maybe<User>;
};

/** A signed POST the marketplace made, or will retry, to the organization's webhook URL. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** How many times it was tried. */
  attempts: Scalars['Int']['output'];
  /** When the event happened. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was received with a 2xx answer; null until then. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The endpoint it was sent to; null for one whose endpoint was deleted since. */
  endpoint?: Maybe<WebhookEndpoint>;
  /**
   * LISTING_APPROVED, LISTING_REJECTED, QUOTE_REQUESTED, QUOTE_REQUEST_UPDATED (the organization's own side
   * changed its share: an offer made, replaced or withdrawn, the request declined), OFFER_ACCEPTED or
   * OFFER_DECLINED (the buyer decided on the organization's offer).
   */
  event: Scalars['String']['output'];
  /** When the marketplace gave up; null while it retries. */
  failedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id; also sent as the X-MayViet-Delivery header. */
  id: Scalars['ID']['output'];
  /**
   * Why the last try failed, in the marketplace's own words, never the receiver's: `HTTP <status>` (any
   * answer but 2xx; redirects are not followed), `timed out` (no answer within 5 seconds), `connection failed`,
   * or `refused: …` when the URL or the addresses its host resolves to are not public.
   */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last try; null when no answer came. */
  lastStatus?: Maybe<Scalars['Int']['output']>;
  /** When the next try is due; null once delivered or given up. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The JSON body sent. In a QUOTE_REQUESTED event the buyer's contact (contactName, contactEmail,
   * organization, message), and in an OFFER_ACCEPTED or OFFER_DECLINED event the offer's prices (offer.lines,
   * offer.monthlyTotal, offer.oneTimeTotal), are shown only to members and to keys with quotes:read (or
   * quotes:write); other keys get the body without those fields. Once staff erased a contact, the body says
   * so (quoteRequest.contactErasedAt).
   */
  payload: Scalars['String']['output'];
  /** The delivery this one sends again (redeliverWebhook); null for a first delivery. */
  redeliveryOf?: Maybe<WebhookDelivery>;
  /** true for a test ping and for events of a TEST key's sandbox (the payload says "test": true too). */
  test: Scalars['Boolean']['output'];
  /** Where it was sent. */
  url: Scalars['String']['output'];
};

/** A page of an organization's webhook deliveries, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries with their cursors. */
  edges: Array<WebhookDeliveryEdge>;
  /** The deliveries. */
  nodes: Array<WebhookDelivery>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many deliveries the organization has (0 for a caller who may not read them). */
  totalCount: Scalars['Int']['output'];
};

/** A webhook delivery and its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Pass as `after` for the older deliveries. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** The delivery queued (it is sent within seconds, by any instance). */
export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  /** The new delivery; null when userErrors is not empty. */
  delivery?: Maybe<WebhookDelivery>;
  /** NOT_FOUND (no such endpoint or delivery of the organization, or its endpoint was deleted). */
  userErrors: Array<UserError>;
};

/**
 * Where some of an organization's webhooks go. Each delivery is a POST of JSON signed with HMAC-SHA256
 * (X-MayViet-Signature: t=<unix seconds>,v1=<hex>; during a secret rotation's grace period a second v1 with
 * the previous secret follows), with X-MayViet-Event and X-MayViet-Delivery (the WebhookDelivery's id).
 */
export type WebhookEndpoint = Node & {
  __typename?: 'WebhookEndpoint';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Its deliveries, newest first. */
  deliveries: WebhookDeliveryConnection;
  /** What it is for, as its owner wrote; null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque global id. */
  id: Scalars['ID']['output'];
  /** Until when the secret it rotated away from still signs deliveries too; null when there is none. */
  previousSecretExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** When its secret was last rotated; null when never. */
  secretRotatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The events it is sent. */
  topics: Array<WebhookTopic>;
  /** The https URL deliveries are POSTed to. */
  url: Scalars['String']['output'];
};


/**
 * Where some of an organization's webhooks go. Each delivery is a POST of JSON signed with HMAC-SHA256
 * (X-MayViet-Signature: t=<unix seconds>,v1=<hex>; during a secret rotation's grace period a second v1 with
 * the previous secret follows), with X-MayViet-Event and X-MayViet-Delivery (the WebhookDelivery's id).
 */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The endpoint, with its signing secret when one was made. */
export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  /** The endpoint; null when userErrors is not empty. */
  endpoint?: Maybe<WebhookEndpoint>;
  /** The new HMAC-SHA256 signing secret (whsec_…), shown once: on creation and rotation; null otherwise. */
  secret?: Maybe<Scalars['String']['output']>;
  /** INVALID_URL, BLANK (topics), TOO_LONG (description), INVALID (a description on more than one line), TOO_MANY (more than 10 endpoints), NOT_FOUND, OUT_OF_RANGE (graceHours). */
  userErrors: Array<UserError>;
};

/** What a webhook endpoint may be sent: one topic per event the marketplace tells partners of. */
export type WebhookTopic =
  /** A verified attestation of the organization reached its validUntil. */
  | 'ATTESTATION_EXPIRED'
  /** Staff refused a compliance attestation the organization claimed, with a reason. */
  | 'ATTESTATION_REFUSED'
  /** Staff verified a compliance attestation the organization claimed. */
  | 'ATTESTATION_VERIFIED'
  /** Staff published the organization's listing, or its pending edit. */
  | 'LISTING_APPROVED'
  /** Staff archived the organization's listing, with a reason. */
  | 'LISTING_ARCHIVED'
  /** Staff sent the organization's listing, or its pending edit, back with a reason. */
  | 'LISTING_REJECTED'
  /** The buyer accepted the organization's offer. */
  | 'OFFER_ACCEPTED'
  /** The buyer declined the organization's offer. */
  | 'OFFER_DECLINED'
  /** Staff lifted the organization's suspension. */
  | 'ORGANIZATION_RESTORED'
  /** Staff suspended the organization, with a reason (the last event its endpoints get until it is restored). */
  | 'ORGANIZATION_SUSPENDED'
  /** A buyer asked for a quote that includes the organization's plans. */
  | 'QUOTE_REQUESTED'
  /** The organization's own side of a quote request changed: an offer made, replaced or withdrawn, the request declined. */
  | 'QUOTE_REQUEST_UPDATED';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ApiKeyRow )
    | ( DataCenterRow )
    | ( OfferRow )
    | ( OfferingFacts )
    | ( OrganizationRow )
    | ( OrganizationInvitationRow )
    | ( PlanParent )
    | ( QuoteRequestRow )
    | ( SavedStack )
    | ( UserRow )
    | ( VendorRow )
    | ( VendorQuoteRequestRow )
    | ( WebhookDeliveryRow )
    | ( WebhookEndpointRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  AcceptInvitationPayload: ResolverTypeWrapper<Omit<AcceptInvitationPayload, 'organization' | 'userErrors'> & { organization?: Maybe<ResolversTypes['Organization']>, userErrors: Array<ResolversTypes['UserError']> }>;
  AddPlanInput: AddPlanInput;
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  ApiKeyConnection: ResolverTypeWrapper<ApiKeyConnectionParent>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyMode: ApiKeyMode;
  AttestationDecisionPayload: ResolverTypeWrapper<Omit<AttestationDecisionPayload, 'attestation' | 'userErrors'> & { attestation?: Maybe<ResolversTypes['ComplianceAttestation']>, userErrors: Array<ResolversTypes['UserError']> }>;
  AttestationStatus: AttestationStatus;
  AuditEvent: ResolverTypeWrapper<AuditEventParent>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnectionParent>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditEventPage: ResolverTypeWrapper<Omit<AuditEventPage, 'events'> & { events: Array<ResolversTypes['AuditEvent']> }>;
  AuditFilter: AuditFilter;
  BillingUnit: BillingUnit;
  Blueprint: ResolverTypeWrapper<BlueprintRow>;
  BlueprintNeed: ResolverTypeWrapper<BlueprintNeedRow>;
  BlueprintNeedInput: BlueprintNeedInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CatalogSearch: ResolverTypeWrapper<CatalogSearchParent>;
  CatalogSearchInput: CatalogSearchInput;
  Category: ResolverTypeWrapper<CategoryRow>;
  CategoryCount: ResolverTypeWrapper<Omit<CategoryCount, 'category'> & { category: ResolversTypes['Category'] }>;
  CategoryPriceRange: ResolverTypeWrapper<CategoryPriceRangeParent>;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ClaimAttestationInput: ClaimAttestationInput;
  ClaimAttestationPayload: ResolverTypeWrapper<Omit<ClaimAttestationPayload, 'attestation' | 'userErrors'> & { attestation?: Maybe<ResolversTypes['ComplianceAttestation']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ClaimQuoteRequestInput: ClaimQuoteRequestInput;
  ClaimQuoteRequestPayload: ResolverTypeWrapper<Omit<ClaimQuoteRequestPayload, 'quoteRequest' | 'userErrors'> & { quoteRequest?: Maybe<ResolversTypes['QuoteRequest']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ClaimStacksInput: ClaimStacksInput;
  ClaimStacksPayload: ResolverTypeWrapper<Omit<ClaimStacksPayload, 'stacks' | 'userErrors'> & { stacks: Array<ResolversTypes['Stack']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ComparedLine: ResolverTypeWrapper<ComparedLineView>;
  ComplianceAttestation: ResolverTypeWrapper<AttestationWithFramework>;
  ComplianceCoverage: ResolverTypeWrapper<EvaluatedStack>;
  ComplianceFramework: ResolverTypeWrapper<ComplianceFrameworkRow>;
  ComplianceGroup: ResolverTypeWrapper<ComplianceGroup>;
  ComposeStackInput: ComposeStackInput;
  ComposedLinePurpose: ComposedLinePurpose;
  ComposedLineReason: ResolverTypeWrapper<ComposedLineReasonView>;
  ComposedStack: ResolverTypeWrapper<ComposedStackView>;
  CompositionBlocker: ResolverTypeWrapper<CompositionBlockerView>;
  CompositionConstraint: CompositionConstraint;
  CompositionObjective: CompositionObjective;
  ConfirmEmailPayload: ResolverTypeWrapper<Omit<ConfirmEmailPayload, 'user' | 'userErrors'> & { user?: Maybe<ResolversTypes['User']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CreateOfferingInput: CreateOfferingInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  DataCenter: ResolverTypeWrapper<DataCenterRow>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeclineQuoteRequestInput: DeclineQuoteRequestInput;
  DeclineQuoteRequestPayload: ResolverTypeWrapper<Omit<DeclineQuoteRequestPayload, 'quoteRequest' | 'userErrors'> & { quoteRequest?: Maybe<ResolversTypes['VendorQuoteRequest']>, userErrors: Array<ResolversTypes['UserError']> }>;
  DeleteBlueprintPayload: ResolverTypeWrapper<DeleteBlueprintResult>;
  DeleteWebhookEndpointInput: DeleteWebhookEndpointInput;
  DeleteWebhookEndpointPayload: ResolverTypeWrapper<Omit<DeleteWebhookEndpointPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  EcosystemReport: ResolverTypeWrapper<Omit<EcosystemReport, 'offeringsByCategory' | 'priceRanges' | 'quoteRequestsByCategory'> & { offeringsByCategory: Array<ResolversTypes['CategoryCount']>, priceRanges: Array<ResolversTypes['CategoryPriceRange']>, quoteRequestsByCategory: Array<ResolversTypes['CategoryCount']> }>;
  EraseQuoteContactInput: EraseQuoteContactInput;
  EraseQuoteContactPayload: ResolverTypeWrapper<Omit<EraseQuoteContactPayload, 'quoteRequest' | 'userErrors'> & { quoteRequest?: Maybe<ResolversTypes['QuoteRequest']>, userErrors: Array<ResolversTypes['UserError']> }>;
  FacetValue: ResolverTypeWrapper<FacetValue>;
  FeaturedPayload: ResolverTypeWrapper<FeaturedPayloadParent>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  ForgetStackInput: ForgetStackInput;
  ForgetStackPayload: ResolverTypeWrapper<Omit<ForgetStackPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  GroupCriteriaInput: GroupCriteriaInput;
  GroupCriteriaMet: ResolverTypeWrapper<GroupCriteriaMet>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportMode: ImportMode;
  ImportOfferingResult: ResolverTypeWrapper<Omit<ImportOfferingResult, 'offering' | 'userErrors'> & { offering?: Maybe<ResolversTypes['Offering']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ImportOfferingsInput: ImportOfferingsInput;
  ImportOfferingsPayload: ResolverTypeWrapper<Omit<ImportOfferingsPayload, 'results' | 'userErrors'> & { results: Array<ResolversTypes['ImportOfferingResult']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ImportOutcome: ImportOutcome;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: ResolverTypeWrapper<Omit<InviteMemberPayload, 'invitation' | 'userErrors'> & { invitation?: Maybe<ResolversTypes['OrganizationInvitation']>, userErrors: Array<ResolversTypes['UserError']> }>;
  Language: Language;
  ListingConnection: ResolverTypeWrapper<ListingConnectionParent>;
  ListingEdge: ResolverTypeWrapper<Omit<ListingEdge, 'node'> & { node: ResolversTypes['Offering'] }>;
  ListingStatus: ListingStatus;
  MakeOfferInput: MakeOfferInput;
  MarkQuoteHandledInput: MarkQuoteHandledInput;
  MarkQuoteHandledPayload: ResolverTypeWrapper<Omit<MarkQuoteHandledPayload, 'quoteRequest' | 'userErrors'> & { quoteRequest?: Maybe<ResolversTypes['VendorQuoteRequest']>, userErrors: Array<ResolversTypes['UserError']> }>;
  MemberPayload: ResolverTypeWrapper<Omit<MemberPayload, 'organization' | 'userErrors'> & { organization?: Maybe<ResolversTypes['Organization']>, userErrors: Array<ResolversTypes['UserError']> }>;
  MembershipRole: MembershipRole;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Offer: ResolverTypeWrapper<OfferRow>;
  OfferLine: ResolverTypeWrapper<OfferLineParent>;
  OfferLineInput: OfferLineInput;
  OfferPayload: ResolverTypeWrapper<Omit<OfferPayload, 'offer' | 'userErrors'> & { offer?: Maybe<ResolversTypes['Offer']>, userErrors: Array<ResolversTypes['UserError']> }>;
  OfferStatus: OfferStatus;
  OfferedEstimate: ResolverTypeWrapper<OfferedEstimateParent>;
  OfferedEstimateLine: ResolverTypeWrapper<OfferedEstimateLineParent>;
  Offering: ResolverTypeWrapper<OfferingFacts>;
  OfferingConnection: ResolverTypeWrapper<OfferingConnectionParent>;
  OfferingEdge: ResolverTypeWrapper<Omit<OfferingEdge, 'node'> & { node: ResolversTypes['Offering'] }>;
  OfferingFacets: ResolverTypeWrapper<OfferingFacets>;
  OfferingFilter: OfferingFilter;
  OfferingKind: OfferingKind;
  OfferingPayload: ResolverTypeWrapper<Omit<OfferingPayload, 'offering' | 'userErrors'> & { offering?: Maybe<ResolversTypes['Offering']>, userErrors: Array<ResolversTypes['UserError']> }>;
  OfferingRevision: ResolverTypeWrapper<RevisionRow>;
  OfferingSort: OfferingSort;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationInvitation: ResolverTypeWrapper<OrganizationInvitationRow>;
  OrganizationMember: ResolverTypeWrapper<OrganizationMemberRow>;
  OrganizationPayload: ResolverTypeWrapper<Omit<OrganizationPayload, 'organization' | 'userErrors'> & { organization?: Maybe<ResolversTypes['Organization']>, userErrors: Array<ResolversTypes['UserError']> }>;
  OrganizationSummary: ResolverTypeWrapper<OrganizationSummaryParent>;
  OrganizationSummaryConnection: ResolverTypeWrapper<OrganizationSummaryConnectionParent>;
  OrganizationSummaryEdge: ResolverTypeWrapper<Omit<OrganizationSummaryEdge, 'node'> & { node: ResolversTypes['OrganizationSummary'] }>;
  PageCursor: ResolverTypeWrapper<PageCursor>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PingWebhookEndpointInput: PingWebhookEndpointInput;
  Plan: ResolverTypeWrapper<PlanParent>;
  PlanChange: ResolverTypeWrapper<Omit<PlanChange, 'after' | 'before'> & { after?: Maybe<ResolversTypes['PlanSnapshot']>, before?: Maybe<ResolversTypes['PlanSnapshot']> }>;
  PlanChangeKind: PlanChangeKind;
  PlanDraft: ResolverTypeWrapper<PlanDraftParent>;
  PlanInput: PlanInput;
  PlanSnapshot: ResolverTypeWrapper<ListingPlanContent>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteRequest: ResolverTypeWrapper<QuoteRequestRow>;
  QuoteRequestConnection: ResolverTypeWrapper<QuoteRequestConnectionParent>;
  QuoteRequestEdge: ResolverTypeWrapper<Omit<QuoteRequestEdge, 'node'> & { node: ResolversTypes['QuoteRequest'] }>;
  QuoteRequestPart: ResolverTypeWrapper<QuoteRequestPartRow>;
  QuoteShareStatus: QuoteShareStatus;
  RedeliverWebhookInput: RedeliverWebhookInput;
  RemoveMemberInput: RemoveMemberInput;
  ReportCount: ResolverTypeWrapper<ReportCount>;
  RequestPasswordResetPayload: ResolverTypeWrapper<Omit<RequestPasswordResetPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  RequestQuoteInput: RequestQuoteInput;
  RequestQuotePayload: ResolverTypeWrapper<Omit<RequestQuotePayload, 'quoteRequest' | 'userErrors'> & { quoteRequest?: Maybe<ResolversTypes['QuoteRequest']>, userErrors: Array<ResolversTypes['UserError']> }>;
  Requirement: ResolverTypeWrapper<RequirementRow>;
  RequirementInput: RequirementInput;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: ResolverTypeWrapper<Omit<ResetPasswordPayload, 'user' | 'userErrors'> & { user?: Maybe<ResolversTypes['User']>, userErrors: Array<ResolversTypes['UserError']> }>;
  RetirePlanInput: RetirePlanInput;
  ReviewItem: ResolverTypeWrapper<Omit<ReviewItem, 'offering' | 'planChanges'> & { offering: ResolversTypes['Offering'], planChanges: Array<ResolversTypes['PlanChange']> }>;
  ReviewItemConnection: ResolverTypeWrapper<ReviewItemConnectionParent>;
  ReviewItemEdge: ResolverTypeWrapper<Omit<ReviewItemEdge, 'node'> & { node: ResolversTypes['ReviewItem'] }>;
  ReviewItemKind: ReviewItemKind;
  ReviewQueuePage: ResolverTypeWrapper<Omit<ReviewQueuePage, 'items'> & { items: Array<ResolversTypes['ReviewItem']> }>;
  RevisionStatus: RevisionStatus;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: ResolverTypeWrapper<Omit<RevokeApiKeyPayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, userErrors: Array<ResolversTypes['UserError']> }>;
  RevokeInvitationInput: RevokeInvitationInput;
  RevokeInvitationPayload: ResolverTypeWrapper<Omit<RevokeInvitationPayload, 'invitation' | 'userErrors'> & { invitation?: Maybe<ResolversTypes['OrganizationInvitation']>, userErrors: Array<ResolversTypes['UserError']> }>;
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  SaveBlueprintInput: SaveBlueprintInput;
  SaveBlueprintPayload: ResolverTypeWrapper<SaveBlueprintResult>;
  SaveStackInput: SaveStackInput;
  SaveStackPayload: ResolverTypeWrapper<SaveStackResult>;
  SetWebhookInput: SetWebhookInput;
  SetWebhookPayload: ResolverTypeWrapper<Omit<SetWebhookPayload, 'organization' | 'userErrors'> & { organization?: Maybe<ResolversTypes['Organization']>, userErrors: Array<ResolversTypes['UserError']> }>;
  Severity: Severity;
  SignInInput: SignInInput;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'user' | 'userErrors'> & { user?: Maybe<ResolversTypes['User']>, userErrors: Array<ResolversTypes['UserError']> }>;
  SignOutPayload: ResolverTypeWrapper<SignOutPayload>;
  SignUpInput: SignUpInput;
  SignUpPayload: ResolverTypeWrapper<Omit<SignUpPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  Spec: ResolverTypeWrapper<Spec>;
  SpecInput: SpecInput;
  Stack: ResolverTypeWrapper<SavedStack>;
  StackComparison: ResolverTypeWrapper<ComparisonView>;
  StackComparisonEntry: ResolverTypeWrapper<ComparisonEntryView>;
  StackComposition: ResolverTypeWrapper<CompositionView>;
  StackConnection: ResolverTypeWrapper<StackConnectionParent>;
  StackConstraintsInput: StackConstraintsInput;
  StackDifference: ResolverTypeWrapper<StackDifference>;
  StackDifferenceAspect: StackDifferenceAspect;
  StackEdge: ResolverTypeWrapper<Omit<StackEdge, 'node'> & { node: ResolversTypes['Stack'] }>;
  StackEvaluation: ResolverTypeWrapper<EvaluatedStack>;
  StackIssue: ResolverTypeWrapper<IssueView>;
  StackItemInput: StackItemInput;
  StackLayer: StackLayer;
  StackLine: ResolverTypeWrapper<EvaluatedLine>;
  StackNeedInput: StackNeedInput;
  StaffArchivedListing: ResolverTypeWrapper<StaffArchivedRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitOfferingResult: ResolverTypeWrapper<Omit<SubmitOfferingResult, 'offering' | 'userErrors'> & { offering?: Maybe<ResolversTypes['Offering']>, userErrors: Array<ResolversTypes['UserError']> }>;
  SubmitOfferingsPayload: ResolverTypeWrapper<Omit<SubmitOfferingsPayload, 'results' | 'userErrors'> & { results: Array<ResolversTypes['SubmitOfferingResult']>, userErrors: Array<ResolversTypes['UserError']> }>;
  UnitPrice: ResolverTypeWrapper<UnitPrice>;
  UpdateOfferingInput: UpdateOfferingInput;
  UpdatePlanInput: UpdatePlanInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  User: ResolverTypeWrapper<UserRow>;
  UserError: ResolverTypeWrapper<UserErrorParent>;
  UserErrorCode: UserErrorCode;
  Vendor: ResolverTypeWrapper<VendorRow>;
  VendorConnection: ResolverTypeWrapper<VendorConnectionParent>;
  VendorEdge: ResolverTypeWrapper<Omit<VendorEdge, 'node'> & { node: ResolversTypes['Vendor'] }>;
  VendorKind: VendorKind;
  VendorQuoteLine: ResolverTypeWrapper<VendorQuoteLineRow>;
  VendorQuoteRequest: ResolverTypeWrapper<VendorQuoteRequestRow>;
  VendorQuoteRequestConnection: ResolverTypeWrapper<VendorQuoteRequestConnectionParent>;
  VendorQuoteRequestEdge: ResolverTypeWrapper<Omit<VendorQuoteRequestEdge, 'node'> & { node: ResolversTypes['VendorQuoteRequest'] }>;
  VendorSubtotal: ResolverTypeWrapper<VendorSubtotalParent>;
  VerificationItem: ResolverTypeWrapper<VerificationItemParent>;
  VerificationItemConnection: ResolverTypeWrapper<VerificationItemConnectionParent>;
  VerificationItemEdge: ResolverTypeWrapper<Omit<VerificationItemEdge, 'node'> & { node: ResolversTypes['VerificationItem'] }>;
  VerifyAttestationInput: VerifyAttestationInput;
  Viewer: ResolverTypeWrapper<Actor>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<WebhookDeliveryConnectionParent>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryPayload: ResolverTypeWrapper<Omit<WebhookDeliveryPayload, 'delivery' | 'userErrors'> & { delivery?: Maybe<ResolversTypes['WebhookDelivery']>, userErrors: Array<ResolversTypes['UserError']> }>;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointRow>;
  WebhookEndpointPayload: ResolverTypeWrapper<Omit<WebhookEndpointPayload, 'endpoint' | 'userErrors'> & { endpoint?: Maybe<ResolversTypes['WebhookEndpoint']>, userErrors: Array<ResolversTypes['UserError']> }>;
  WebhookTopic: WebhookTopic;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  AcceptInvitationPayload: Omit<AcceptInvitationPayload, 'organization' | 'userErrors'> & { organization?: Maybe<ResolversParentTypes['Organization']>, userErrors: Array<ResolversParentTypes['UserError']> };
  AddPlanInput: AddPlanInput;
  ApiKey: ApiKeyRow;
  ApiKeyConnection: ApiKeyConnectionParent;
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  AttestationDecisionPayload: Omit<AttestationDecisionPayload, 'attestation' | 'userErrors'> & { attestation?: Maybe<ResolversParentTypes['ComplianceAttestation']>, userErrors: Array<ResolversParentTypes['UserError']> };
  AuditEvent: AuditEventParent;
  AuditEventConnection: AuditEventConnectionParent;
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditEventPage: Omit<AuditEventPage, 'events'> & { events: Array<ResolversParentTypes['AuditEvent']> };
  AuditFilter: AuditFilter;
  Blueprint: BlueprintRow;
  BlueprintNeed: BlueprintNeedRow;
  BlueprintNeedInput: BlueprintNeedInput;
  Boolean: Scalars['Boolean']['output'];
  CatalogSearch: CatalogSearchParent;
  CatalogSearchInput: CatalogSearchInput;
  Category: CategoryRow;
  CategoryCount: Omit<CategoryCount, 'category'> & { category: ResolversParentTypes['Category'] };
  CategoryPriceRange: CategoryPriceRangeParent;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ClaimAttestationInput: ClaimAttestationInput;
  ClaimAttestationPayload: Omit<ClaimAttestationPayload, 'attestation' | 'userErrors'> & { attestation?: Maybe<ResolversParentTypes['ComplianceAttestation']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ClaimQuoteRequestInput: ClaimQuoteRequestInput;
  ClaimQuoteRequestPayload: Omit<ClaimQuoteRequestPayload, 'quoteRequest' | 'userErrors'> & { quoteRequest?: Maybe<ResolversParentTypes['QuoteRequest']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ClaimStacksInput: ClaimStacksInput;
  ClaimStacksPayload: Omit<ClaimStacksPayload, 'stacks' | 'userErrors'> & { stacks: Array<ResolversParentTypes['Stack']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ComparedLine: ComparedLineView;
  ComplianceAttestation: AttestationWithFramework;
  ComplianceCoverage: EvaluatedStack;
  ComplianceFramework: ComplianceFrameworkRow;
  ComplianceGroup: ComplianceGroup;
  ComposeStackInput: ComposeStackInput;
  ComposedLineReason: ComposedLineReasonView;
  ComposedStack: ComposedStackView;
  CompositionBlocker: CompositionBlockerView;
  ConfirmEmailPayload: Omit<ConfirmEmailPayload, 'user' | 'userErrors'> & { user?: Maybe<ResolversParentTypes['User']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CreateOfferingInput: CreateOfferingInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  DataCenter: DataCenterRow;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeclineQuoteRequestInput: DeclineQuoteRequestInput;
  DeclineQuoteRequestPayload: Omit<DeclineQuoteRequestPayload, 'quoteRequest' | 'userErrors'> & { quoteRequest?: Maybe<ResolversParentTypes['VendorQuoteRequest']>, userErrors: Array<ResolversParentTypes['UserError']> };
  DeleteBlueprintPayload: DeleteBlueprintResult;
  DeleteWebhookEndpointInput: DeleteWebhookEndpointInput;
  DeleteWebhookEndpointPayload: Omit<DeleteWebhookEndpointPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  EcosystemReport: Omit<EcosystemReport, 'offeringsByCategory' | 'priceRanges' | 'quoteRequestsByCategory'> & { offeringsByCategory: Array<ResolversParentTypes['CategoryCount']>, priceRanges: Array<ResolversParentTypes['CategoryPriceRange']>, quoteRequestsByCategory: Array<ResolversParentTypes['CategoryCount']> };
  EraseQuoteContactInput: EraseQuoteContactInput;
  EraseQuoteContactPayload: Omit<EraseQuoteContactPayload, 'quoteRequest' | 'userErrors'> & { quoteRequest?: Maybe<ResolversParentTypes['QuoteRequest']>, userErrors: Array<ResolversParentTypes['UserError']> };
  FacetValue: FacetValue;
  FeaturedPayload: FeaturedPayloadParent;
  FieldChange: FieldChange;
  ForgetStackInput: ForgetStackInput;
  ForgetStackPayload: Omit<ForgetStackPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  GroupCriteriaInput: GroupCriteriaInput;
  GroupCriteriaMet: GroupCriteriaMet;
  ID: Scalars['ID']['output'];
  ImportOfferingResult: Omit<ImportOfferingResult, 'offering' | 'userErrors'> & { offering?: Maybe<ResolversParentTypes['Offering']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ImportOfferingsInput: ImportOfferingsInput;
  ImportOfferingsPayload: Omit<ImportOfferingsPayload, 'results' | 'userErrors'> & { results: Array<ResolversParentTypes['ImportOfferingResult']>, userErrors: Array<ResolversParentTypes['UserError']> };
  Int: Scalars['Int']['output'];
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: Omit<InviteMemberPayload, 'invitation' | 'userErrors'> & { invitation?: Maybe<ResolversParentTypes['OrganizationInvitation']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ListingConnection: ListingConnectionParent;
  ListingEdge: Omit<ListingEdge, 'node'> & { node: ResolversParentTypes['Offering'] };
  MakeOfferInput: MakeOfferInput;
  MarkQuoteHandledInput: MarkQuoteHandledInput;
  MarkQuoteHandledPayload: Omit<MarkQuoteHandledPayload, 'quoteRequest' | 'userErrors'> & { quoteRequest?: Maybe<ResolversParentTypes['VendorQuoteRequest']>, userErrors: Array<ResolversParentTypes['UserError']> };
  MemberPayload: Omit<MemberPayload, 'organization' | 'userErrors'> & { organization?: Maybe<ResolversParentTypes['Organization']>, userErrors: Array<ResolversParentTypes['UserError']> };
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Offer: OfferRow;
  OfferLine: OfferLineParent;
  OfferLineInput: OfferLineInput;
  OfferPayload: Omit<OfferPayload, 'offer' | 'userErrors'> & { offer?: Maybe<ResolversParentTypes['Offer']>, userErrors: Array<ResolversParentTypes['UserError']> };
  OfferedEstimate: OfferedEstimateParent;
  OfferedEstimateLine: OfferedEstimateLineParent;
  Offering: OfferingFacts;
  OfferingConnection: OfferingConnectionParent;
  OfferingEdge: Omit<OfferingEdge, 'node'> & { node: ResolversParentTypes['Offering'] };
  OfferingFacets: OfferingFacets;
  OfferingFilter: OfferingFilter;
  OfferingPayload: Omit<OfferingPayload, 'offering' | 'userErrors'> & { offering?: Maybe<ResolversParentTypes['Offering']>, userErrors: Array<ResolversParentTypes['UserError']> };
  OfferingRevision: RevisionRow;
  Organization: OrganizationRow;
  OrganizationInvitation: OrganizationInvitationRow;
  OrganizationMember: OrganizationMemberRow;
  OrganizationPayload: Omit<OrganizationPayload, 'organization' | 'userErrors'> & { organization?: Maybe<ResolversParentTypes['Organization']>, userErrors: Array<ResolversParentTypes['UserError']> };
  OrganizationSummary: OrganizationSummaryParent;
  OrganizationSummaryConnection: OrganizationSummaryConnectionParent;
  OrganizationSummaryEdge: Omit<OrganizationSummaryEdge, 'node'> & { node: ResolversParentTypes['OrganizationSummary'] };
  PageCursor: PageCursor;
  PageInfo: PageInfo;
  PingWebhookEndpointInput: PingWebhookEndpointInput;
  Plan: PlanParent;
  PlanChange: Omit<PlanChange, 'after' | 'before'> & { after?: Maybe<ResolversParentTypes['PlanSnapshot']>, before?: Maybe<ResolversParentTypes['PlanSnapshot']> };
  PlanDraft: PlanDraftParent;
  PlanInput: PlanInput;
  PlanSnapshot: ListingPlanContent;
  Query: Record<PropertyKey, never>;
  QuoteRequest: QuoteRequestRow;
  QuoteRequestConnection: QuoteRequestConnectionParent;
  QuoteRequestEdge: Omit<QuoteRequestEdge, 'node'> & { node: ResolversParentTypes['QuoteRequest'] };
  QuoteRequestPart: QuoteRequestPartRow;
  RedeliverWebhookInput: RedeliverWebhookInput;
  RemoveMemberInput: RemoveMemberInput;
  ReportCount: ReportCount;
  RequestPasswordResetPayload: Omit<RequestPasswordResetPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  RequestQuoteInput: RequestQuoteInput;
  RequestQuotePayload: Omit<RequestQuotePayload, 'quoteRequest' | 'userErrors'> & { quoteRequest?: Maybe<ResolversParentTypes['QuoteRequest']>, userErrors: Array<ResolversParentTypes['UserError']> };
  Requirement: RequirementRow;
  RequirementInput: RequirementInput;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: Omit<ResetPasswordPayload, 'user' | 'userErrors'> & { user?: Maybe<ResolversParentTypes['User']>, userErrors: Array<ResolversParentTypes['UserError']> };
  RetirePlanInput: RetirePlanInput;
  ReviewItem: Omit<ReviewItem, 'offering' | 'planChanges'> & { offering: ResolversParentTypes['Offering'], planChanges: Array<ResolversParentTypes['PlanChange']> };
  ReviewItemConnection: ReviewItemConnectionParent;
  ReviewItemEdge: Omit<ReviewItemEdge, 'node'> & { node: ResolversParentTypes['ReviewItem'] };
  ReviewQueuePage: Omit<ReviewQueuePage, 'items'> & { items: Array<ResolversParentTypes['ReviewItem']> };
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, userErrors: Array<ResolversParentTypes['UserError']> };
  RevokeInvitationInput: RevokeInvitationInput;
  RevokeInvitationPayload: Omit<RevokeInvitationPayload, 'invitation' | 'userErrors'> & { invitation?: Maybe<ResolversParentTypes['OrganizationInvitation']>, userErrors: Array<ResolversParentTypes['UserError']> };
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  SaveBlueprintInput: SaveBlueprintInput;
  SaveBlueprintPayload: SaveBlueprintResult;
  SaveStackInput: SaveStackInput;
  SaveStackPayload: SaveStackResult;
  SetWebhookInput: SetWebhookInput;
  SetWebhookPayload: Omit<SetWebhookPayload, 'organization' | 'userErrors'> & { organization?: Maybe<ResolversParentTypes['Organization']>, userErrors: Array<ResolversParentTypes['UserError']> };
  SignInInput: SignInInput;
  SignInPayload: Omit<SignInPayload, 'user' | 'userErrors'> & { user?: Maybe<ResolversParentTypes['User']>, userErrors: Array<ResolversParentTypes['UserError']> };
  SignOutPayload: SignOutPayload;
  SignUpInput: SignUpInput;
  SignUpPayload: Omit<SignUpPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  Spec: Spec;
  SpecInput: SpecInput;
  Stack: SavedStack;
  StackComparison: ComparisonView;
  StackComparisonEntry: ComparisonEntryView;
  StackComposition: CompositionView;
  StackConnection: StackConnectionParent;
  StackConstraintsInput: StackConstraintsInput;
  StackDifference: StackDifference;
  StackEdge: Omit<StackEdge, 'node'> & { node: ResolversParentTypes['Stack'] };
  StackEvaluation: EvaluatedStack;
  StackIssue: IssueView;
  StackItemInput: StackItemInput;
  StackLine: EvaluatedLine;
  StackNeedInput: StackNeedInput;
  StaffArchivedListing: StaffArchivedRow;
  String: Scalars['String']['output'];
  SubmitOfferingResult: Omit<SubmitOfferingResult, 'offering' | 'userErrors'> & { offering?: Maybe<ResolversParentTypes['Offering']>, userErrors: Array<ResolversParentTypes['UserError']> };
  SubmitOfferingsPayload: Omit<SubmitOfferingsPayload, 'results' | 'userErrors'> & { results: Array<ResolversParentTypes['SubmitOfferingResult']>, userErrors: Array<ResolversParentTypes['UserError']> };
  UnitPrice: UnitPrice;
  UpdateOfferingInput: UpdateOfferingInput;
  UpdatePlanInput: UpdatePlanInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  User: UserRow;
  UserError: UserErrorParent;
  Vendor: VendorRow;
  VendorConnection: VendorConnectionParent;
  VendorEdge: Omit<VendorEdge, 'node'> & { node: ResolversParentTypes['Vendor'] };
  VendorQuoteLine: VendorQuoteLineRow;
  VendorQuoteRequest: VendorQuoteRequestRow;
  VendorQuoteRequestConnection: VendorQuoteRequestConnectionParent;
  VendorQuoteRequestEdge: Omit<VendorQuoteRequestEdge, 'node'> & { node: ResolversParentTypes['VendorQuoteRequest'] };
  VendorSubtotal: VendorSubtotalParent;
  VerificationItem: VerificationItemParent;
  VerificationItemConnection: VerificationItemConnectionParent;
  VerificationItemEdge: Omit<VerificationItemEdge, 'node'> & { node: ResolversParentTypes['VerificationItem'] };
  VerifyAttestationInput: VerifyAttestationInput;
  Viewer: Actor;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookDeliveryConnection: WebhookDeliveryConnectionParent;
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookDeliveryPayload: Omit<WebhookDeliveryPayload, 'delivery' | 'userErrors'> & { delivery?: Maybe<ResolversParentTypes['WebhookDelivery']>, userErrors: Array<ResolversParentTypes['UserError']> };
  WebhookEndpoint: WebhookEndpointRow;
  WebhookEndpointPayload: Omit<WebhookEndpointPayload, 'endpoint' | 'userErrors'> & { endpoint?: Maybe<ResolversParentTypes['WebhookEndpoint']>, userErrors: Array<ResolversParentTypes['UserError']> };
};

export type AcceptInvitationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AcceptInvitationPayload'] = ResolversParentTypes['AcceptInvitationPayload']> = {
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ApiKeyMode'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiKeyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiKeyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
};

export type AttestationDecisionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttestationDecisionPayload'] = ResolversParentTypes['AttestationDecisionPayload']> = {
  attestation?: Resolver<Maybe<ResolversTypes['ComplianceAttestation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetNodeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type AuditEventPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventPage'] = ResolversParentTypes['AuditEventPage']> = {
  events?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  nextBefore?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type BlueprintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Blueprint'] = ResolversParentTypes['Blueprint']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['BlueprintNeed']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BlueprintNeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlueprintNeed'] = ResolversParentTypes['BlueprintNeed']> = {
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noteEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CatalogSearchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CatalogSearch'] = ResolversParentTypes['CatalogSearch']> = {
  billingUnits?: Resolver<Array<ResolversTypes['BillingUnit']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dataInVietnam?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['OfferingKind']>, ParentType, ContextType>;
  maxMonthlyPrice?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  minSlaAvailability?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  query?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sort?: Resolver<Maybe<ResolversTypes['OfferingSort']>, ParentType, ContextType>;
  vendors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  verifiedFramework?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category']> = {
  kind?: Resolver<ResolversTypes['OfferingKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needUnits?: Resolver<Array<ResolversTypes['BillingUnit']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitNameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitNameEnOne?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CategoryCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategoryCount'] = ResolversParentTypes['CategoryCount']> = {
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CategoryPriceRangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategoryPriceRange'] = ResolversParentTypes['CategoryPriceRange']> = {
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  median?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  offerings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimAttestationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimAttestationPayload'] = ResolversParentTypes['ClaimAttestationPayload']> = {
  attestation?: Resolver<Maybe<ResolversTypes['ComplianceAttestation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ClaimQuoteRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimQuoteRequestPayload'] = ResolversParentTypes['ClaimQuoteRequestPayload']> = {
  quoteRequest?: Resolver<Maybe<ResolversTypes['QuoteRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ClaimStacksPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimStacksPayload'] = ResolversParentTypes['ClaimStacksPayload']> = {
  stacks?: Resolver<Array<ResolversTypes['Stack']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ComparedLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComparedLine'] = ResolversParentTypes['ComparedLine']> = {
  differs?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  offering?: Resolver<ResolversTypes['Offering'], ParentType, ContextType>;
  perStack?: Resolver<Array<Maybe<ResolversTypes['StackLine']>>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
};

export type ComplianceAttestationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplianceAttestation'] = ResolversParentTypes['ComplianceAttestation']> = {
  criteriaMet?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  criteriaMetByGroup?: Resolver<Array<ResolversTypes['GroupCriteriaMet']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  framework?: Resolver<ResolversTypes['ComplianceFramework'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttestationStatus'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ComplianceCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplianceCoverage'] = ResolversParentTypes['ComplianceCoverage']> = {
  coveredMonthlyCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  framework?: Resolver<ResolversTypes['ComplianceFramework'], ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['Offering']>, ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ComplianceFrameworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplianceFramework'] = ResolversParentTypes['ComplianceFramework']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criteriaCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ComplianceGroup']>, ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ComplianceGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComplianceGroup'] = ResolversParentTypes['ComplianceGroup']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criteriaCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComposedLineReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComposedLineReason'] = ResolversParentTypes['ComposedLineReason']> = {
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  layer?: Resolver<Maybe<ResolversTypes['StackLayer']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ComposedLinePurpose'], ParentType, ContextType>;
};

export type ComposedStackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComposedStack'] = ResolversParentTypes['ComposedStack']> = {
  evaluation?: Resolver<ResolversTypes['StackEvaluation'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['StackLine']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objective?: Resolver<ResolversTypes['CompositionObjective'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ComposedLineReason']>, ParentType, ContextType>;
};

export type CompositionBlockerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompositionBlocker'] = ResolversParentTypes['CompositionBlocker']> = {
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  constraint?: Resolver<ResolversTypes['CompositionConstraint'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relaxedFirstYearTotal?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  relaxedMonthlyTotal?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type ConfirmEmailPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConfirmEmailPayload'] = ResolversParentTypes['ConfirmEmailPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateApiKeyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DataCenterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataCenter'] = ResolversParentTypes['DataCenter']> = {
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inVietnam?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DeclineQuoteRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeclineQuoteRequestPayload'] = ResolversParentTypes['DeclineQuoteRequestPayload']> = {
  quoteRequest?: Resolver<Maybe<ResolversTypes['VendorQuoteRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteBlueprintPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteBlueprintPayload'] = ResolversParentTypes['DeleteBlueprintPayload']> = {
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteWebhookEndpointPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteWebhookEndpointPayload'] = ResolversParentTypes['DeleteWebhookEndpointPayload']> = {
  deletedEndpointId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EcosystemReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EcosystemReport'] = ResolversParentTypes['EcosystemReport']> = {
  dataCentersByCity?: Resolver<Array<ResolversTypes['ReportCount']>, ParentType, ContextType>;
  dataCentersByTier?: Resolver<Array<ResolversTypes['ReportCount']>, ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  offeringsByCategory?: Resolver<Array<ResolversTypes['CategoryCount']>, ParentType, ContextType>;
  offeringsByKind?: Resolver<Array<ResolversTypes['ReportCount']>, ParentType, ContextType>;
  offeringsInVietnam?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offersByStatus?: Resolver<Array<ResolversTypes['ReportCount']>, ParentType, ContextType>;
  priceRanges?: Resolver<Array<ResolversTypes['CategoryPriceRange']>, ParentType, ContextType>;
  publishedOfferings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoteRequestsByCategory?: Resolver<Array<ResolversTypes['CategoryCount']>, ParentType, ContextType>;
  shareInVietnam?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  vendorsByKind?: Resolver<Array<ResolversTypes['ReportCount']>, ParentType, ContextType>;
  verifiedPlatforms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EraseQuoteContactPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EraseQuoteContactPayload'] = ResolversParentTypes['EraseQuoteContactPayload']> = {
  copiesErased?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoteRequest?: Resolver<Maybe<ResolversTypes['QuoteRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FacetValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacetValue'] = ResolversParentTypes['FacetValue']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  selected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeaturedPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeaturedPayload'] = ResolversParentTypes['FeaturedPayload']> = {
  offerings?: Resolver<Array<ResolversTypes['Offering']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ForgetStackPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForgetStackPayload'] = ResolversParentTypes['ForgetStackPayload']> = {
  forgotten?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GroupCriteriaMetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupCriteriaMet'] = ResolversParentTypes['GroupCriteriaMet']> = {
  group?: Resolver<ResolversTypes['ComplianceGroup'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportOfferingResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportOfferingResult'] = ResolversParentTypes['ImportOfferingResult']> = {
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offering?: Resolver<Maybe<ResolversTypes['Offering']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ImportOfferingsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportOfferingsPayload'] = ResolversParentTypes['ImportOfferingsPayload']> = {
  createdCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['ImportOfferingResult']>, ParentType, ContextType>;
  unchangedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InviteMemberPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InviteMemberPayload'] = ResolversParentTypes['InviteMemberPayload']> = {
  invitation?: Resolver<Maybe<ResolversTypes['OrganizationInvitation']>, ParentType, ContextType>;
  inviteUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ListingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListingConnection'] = ResolversParentTypes['ListingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ListingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Offering']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListingEdge'] = ResolversParentTypes['ListingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Offering'], ParentType, ContextType>;
};

export type MarkQuoteHandledPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarkQuoteHandledPayload'] = ResolversParentTypes['MarkQuoteHandledPayload']> = {
  quoteRequest?: Resolver<Maybe<ResolversTypes['VendorQuoteRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MemberPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberPayload'] = ResolversParentTypes['MemberPayload']> = {
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptInvitation?: Resolver<ResolversTypes['AcceptInvitationPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input'>>;
  acceptOffer?: Resolver<ResolversTypes['OfferPayload'], ParentType, ContextType, RequireFields<MutationAcceptOfferArgs, 'id'>>;
  addPlan?: Resolver<ResolversTypes['OfferingPayload'], ParentType, ContextType, RequireFields<MutationAddPlanArgs, 'input'>>;
  approveOffering?: Resolver<ResolversTypes['OfferingPayload'], ParentType, ContextType, RequireFields<MutationApproveOfferingArgs, 'id'>>;
  archiveListing?: Resolver<ResolversTypes['OfferingPayload'], ParentType, ContextType, RequireFields<MutationArchiveListingArgs, 'id' | 'reason'>>;
  archiveOffering?: Resolver<ResolversTypes['OfferingPayload'], ParentType, ContextType, RequireFields<MutationArchiveOfferingArgs, 'id'>>;
  changeMemberRole?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'input'>>;
  claimAttestation?: Resolver<ResolversTypes['ClaimAttestationPayload'], ParentType, ContextType, RequireFields<MutationClaimAttestationArgs, 'input'>>;
  claimQuoteRequest?: Resolver<ResolversTypes['ClaimQuoteRequestPayload'], ParentType, ContextType, RequireFields<MutationClaimQuoteRequestArgs, 'input'>>;
  claimStacks?: Resolver<ResolversTypes['ClaimStacksPayload'], ParentType, ContextType, RequireFields<MutationClaimStacksArgs, 'input'>>;
  confirmEmail?: Resolver<ResolversTypes['ConfirmEmailPayload'], ParentType, ContextType, RequireFields<MutationConfirmEmailArgs, 'token'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createOffering?: Resolver<ResolversTypes['OfferingPayload'], ParentType, ContextType, RequireFields<MutationCreateOfferingArgs, 'input'>>;
  createWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  declineOffer?: Resolver<ResolversTypes['OfferPayload'], ParentType, ContextType, RequireFields<MutationDeclineOfferArgs, 'id'>>;
  declineQuoteRequest?: Resolver<ResolversTypes['DeclineQuoteRequestPayload'], ParentType, ContextType, RequireFields<MutationDeclineQuoteRequestArgs, 'input'>>;
  deleteBlueprint?: Resolver<ResolversTypes['DeleteBlueprintPayload'], ParentType, ContextType, RequireFields<MutationDeleteBlueprintArgs, 'slug'>>;
  deleteWebhookEndpoint?: Resolver<ResolversTypes['DeleteWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationDeleteWebhookEndpointArgs, 'input'>>;
  eraseQuoteContact?: Resolver<ResolversTypes['EraseQuoteContactPayload'], ParentType, ContextType, RequireFields<MutationEraseQuoteContactArgs, 'input'>>;
  forgetStack?: Resolver<ResolversTypes['ForgetStackPayload'], ParentType, ContextType, RequireFields<MutationForgetStackArgs, 'input'>>;
  importOfferings?: Resolver<ResolversTypes['ImportOfferingsPayload'], ParentType, ContextType, RequireFields<MutationImportOfferingsArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['InviteMemberPayload'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  liftSuspension?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationLiftSuspensionArgs, 'id'>>;
  makeOffer?: Resolver<ResolversTypes['OfferPayload'], ParentType, ContextType, RequireFields<MutationMakeOfferArgs, 'input'>>;
  markQuoteHandled?: Resolver<ResolversTypes['MarkQuoteHandledPayload'], ParentType, ContextType, RequireFields<MutationMarkQuoteHandledArgs, 'input'>>;
  pingWebhookEndpoint?: Resolver<ResolversTypes['WebhookDeliveryPayload'], ParentType, ContextType, RequireFields<MutationPingWebhookEndpointArgs, 'input'>>;
  redeliverWebhook?: Resolver<ResolversTypes['WebhookDeliveryPayload'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'input'>>;
  refuseAttestation?: Resolver<ResolversTypes['AttestationDecisionPayload'], ParentType, ContextType, RequireFields<MutationRefuseAttestationArgs, 'id' | 'reason'>>;
  rejectOffering?: Resolver<ResolversTypes['OfferingPayload'], ParentType, ContextType, RequireFields<MutationRejectOfferingArgs, 'id' | 'reason'>>;
  removeMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['RequestPasswordResetPayload'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  requestQuote?: Resolver<ResolversTypes['RequestQuotePayload'], ParentType, ContextType, RequireFields<MutationRequestQuoteArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['ResetPasswordPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  restoreListing?: Resolver<ResolversTypes['OfferingPayload'], ParentType, ContextType, RequireFields<MutationRestoreListingArgs, 'id'>>;
  retirePlan?: Resolver<ResolversTypes['OfferingPayload'], ParentType, ContextType, RequireFields<MutationRetirePlanArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  revokeInvitation?: Resolver<ResolversTypes['RevokeInvitationPayload'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'input'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['WebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'input'>>;
  saveBlueprint?: Resolver<ResolversTypes['SaveBlueprintPayload'], ParentType, ContextType, RequireFields<MutationSaveBlueprintArgs, 'input'>>;
  saveStack?: Resolver<ResolversTypes['SaveStackPayload'], ParentType, ContextType, RequireFields<MutationSaveStackArgs, 'input'>>;
  setFeaturedOfferings?: Resolver<ResolversTypes['FeaturedPayload'], ParentType, ContextType, RequireFields<MutationSetFeaturedOfferingsArgs, 'ids'>>;
  setWebhook?: Resolver<ResolversTypes['SetWebhookPayload'], ParentType, ContextType, RequireFields<MutationSetWebhookArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType>;
  signUp?: Resolver<ResolversTypes['SignUpPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  submitOffering?: Resolver<ResolversTypes['OfferingPayload'], ParentType, ContextType, RequireFields<MutationSubmitOfferingArgs, 'id'>>;
  submitOfferings?: Resolver<ResolversTypes['SubmitOfferingsPayload'], ParentType, ContextType, RequireFields<MutationSubmitOfferingsArgs, 'ids'>>;
  suspendOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationSuspendOrganizationArgs, 'id' | 'reason'>>;
  updateOffering?: Resolver<ResolversTypes['OfferingPayload'], ParentType, ContextType, RequireFields<MutationUpdateOfferingArgs, 'input'>>;
  updatePlan?: Resolver<ResolversTypes['OfferingPayload'], ParentType, ContextType, RequireFields<MutationUpdatePlanArgs, 'input'>>;
  updateWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationUpdateWebhookEndpointArgs, 'input'>>;
  verifyAttestation?: Resolver<ResolversTypes['AttestationDecisionPayload'], ParentType, ContextType, RequireFields<MutationVerifyAttestationArgs, 'input'>>;
  withdrawOffer?: Resolver<ResolversTypes['OfferPayload'], ParentType, ContextType, RequireFields<MutationWithdrawOfferArgs, 'id'>>;
  withdrawOffering?: Resolver<ResolversTypes['OfferingPayload'], ParentType, ContextType, RequireFields<MutationWithdrawOfferingArgs, 'id'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'ApiKey' | 'DataCenter' | 'Offer' | 'Offering' | 'Organization' | 'OrganizationInvitation' | 'Plan' | 'QuoteRequest' | 'Stack' | 'User' | 'Vendor' | 'VendorQuoteRequest' | 'WebhookDelivery' | 'WebhookEndpoint', ParentType, ContextType>;
};

export type OfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  firstYearTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OfferLine']>, ParentType, ContextType>;
  listMonthlyTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  listOneTimeTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  monthlyTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  oneTimeTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  quoteRequest?: Resolver<ResolversTypes['QuoteRequest'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfferStatus'], ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType>;
  terms?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
  vendorQuoteRequest?: Resolver<Maybe<ResolversTypes['VendorQuoteRequest']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OfferLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferLine'] = ResolversParentTypes['OfferLine']> = {
  listMonthlyCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  listOneTimeCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  listUnitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  monthlyCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  offering?: Resolver<ResolversTypes['Offering'], ParentType, ContextType>;
  oneTimeCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OfferPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferPayload'] = ResolversParentTypes['OfferPayload']> = {
  offer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OfferedEstimateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferedEstimate'] = ResolversParentTypes['OfferedEstimate']> = {
  firstYearTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  firstYearTotalWithVat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  firstYearVat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OfferedEstimateLine']>, ParentType, ContextType>;
  listFirstYearTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  listMonthlyTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  listOneTimeTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  monthlyTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  oneTimeTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  oneTimeTotalWithVat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  oneTimeVat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalWithVat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vatRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type OfferedEstimateLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferedEstimateLine'] = ResolversParentTypes['OfferedEstimateLine']> = {
  listUnitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  monthlyCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType>;
  oneTimeCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
};

export type OfferingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Offering'] = ResolversParentTypes['Offering']> = {
  attestations?: Resolver<Array<ResolversTypes['ComplianceAttestation']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  dataCenters?: Resolver<Array<ResolversTypes['DataCenter']>, ParentType, ContextType>;
  dataInVietnam?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OfferingKind'], ParentType, ContextType>;
  lowestMonthlyPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  lowestPrice?: Resolver<Maybe<ResolversTypes['UnitPrice']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pendingRevision?: Resolver<Maybe<ResolversTypes['OfferingRevision']>, ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['Requirement']>, ParentType, ContextType>;
  sampleData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sandbox?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slaAvailability?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ListingStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summaryEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OfferingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferingConnection'] = ResolversParentTypes['OfferingConnection']> = {
  countBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OfferingEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['OfferingFacets'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Offering']>, ParentType, ContextType>;
  pageCursors?: Resolver<Array<ResolversTypes['PageCursor']>, ParentType, ContextType, Partial<OfferingConnectionPageCursorsArgs>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfferingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferingEdge'] = ResolversParentTypes['OfferingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Offering'], ParentType, ContextType>;
};

export type OfferingFacetsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferingFacets'] = ResolversParentTypes['OfferingFacets']> = {
  billingUnits?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  cities?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  vendors?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
};

export type OfferingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferingPayload'] = ResolversParentTypes['OfferingPayload']> = {
  offering?: Resolver<Maybe<ResolversTypes['Offering']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OfferingRevisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferingRevision'] = ResolversParentTypes['OfferingRevision']> = {
  baseVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dataCenters?: Resolver<Array<ResolversTypes['DataCenter']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['PlanDraft']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['Requirement']>, ParentType, ContextType>;
  slaAvailability?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RevisionStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summaryEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  apiKeysConnection?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, Partial<OrganizationApiKeysConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<Array<ResolversTypes['OrganizationInvitation']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['OrganizationMember']>, ParentType, ContextType>;
  suspended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  suspensionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
  webhookDeliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, RequireFields<OrganizationWebhookDeliveriesArgs, 'first'>>;
  webhookDeliveriesConnection?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<OrganizationWebhookDeliveriesConnectionArgs>>;
  webhookEndpoints?: Resolver<Array<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
  webhookUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationInvitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationInvitation'] = ResolversParentTypes['OrganizationInvitation']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationMember'] = ResolversParentTypes['OrganizationMember']> = {
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type OrganizationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationPayload'] = ResolversParentTypes['OrganizationPayload']> = {
  listingsAffected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OrganizationSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationSummary'] = ResolversParentTypes['OrganizationSummary']> = {
  activeKeys?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  archivedListings?: Resolver<Array<ResolversTypes['StaffArchivedListing']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  suspendedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  suspensionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganizationSummaryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationSummaryConnection'] = ResolversParentTypes['OrganizationSummaryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationSummaryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OrganizationSummary']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationSummaryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationSummaryEdge'] = ResolversParentTypes['OrganizationSummaryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrganizationSummary'], ParentType, ContextType>;
};

export type PageCursorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageCursor'] = ResolversParentTypes['PageCursor']> = {
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isCurrent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = {
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthlyPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  offering?: Resolver<ResolversTypes['Offering'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  specs?: Resolver<Array<ResolversTypes['Spec']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['BillingUnit'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanChange'] = ResolversParentTypes['PlanChange']> = {
  after?: Resolver<Maybe<ResolversTypes['PlanSnapshot']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['PlanSnapshot']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['PlanChangeKind'], ParentType, ContextType>;
};

export type PlanDraftResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanDraft'] = ResolversParentTypes['PlanDraft']> = {
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  monthlyPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  specs?: Resolver<Array<ResolversTypes['Spec']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['BillingUnit'], ParentType, ContextType>;
};

export type PlanSnapshotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanSnapshot'] = ResolversParentTypes['PlanSnapshot']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  specs?: Resolver<Array<ResolversTypes['Spec']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['BillingUnit'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditEvents?: Resolver<ResolversTypes['AuditEventPage'], ParentType, ContextType, Partial<QueryAuditEventsArgs>>;
  auditEventsConnection?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAuditEventsConnectionArgs>>;
  blueprints?: Resolver<Array<ResolversTypes['Blueprint']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType, Partial<QueryCategoriesArgs>>;
  compareStacks?: Resolver<ResolversTypes['StackComparison'], ParentType, ContextType, RequireFields<QueryCompareStacksArgs, 'ids'>>;
  complianceFrameworks?: Resolver<Array<ResolversTypes['ComplianceFramework']>, ParentType, ContextType, Partial<QueryComplianceFrameworksArgs>>;
  composeStack?: Resolver<ResolversTypes['StackComposition'], ParentType, ContextType, RequireFields<QueryComposeStackArgs, 'input'>>;
  ecosystemReport?: Resolver<ResolversTypes['EcosystemReport'], ParentType, ContextType>;
  evaluateStack?: Resolver<ResolversTypes['StackEvaluation'], ParentType, ContextType, RequireFields<QueryEvaluateStackArgs, 'items'>>;
  featuredOfferings?: Resolver<Array<ResolversTypes['Offering']>, ParentType, ContextType>;
  myOffering?: Resolver<Maybe<ResolversTypes['Offering']>, ParentType, ContextType, RequireFields<QueryMyOfferingArgs, 'id'>>;
  myOfferings?: Resolver<ResolversTypes['ListingConnection'], ParentType, ContextType, Partial<QueryMyOfferingsArgs>>;
  myQuoteRequests?: Resolver<ResolversTypes['QuoteRequestConnection'], ParentType, ContextType, Partial<QueryMyQuoteRequestsArgs>>;
  myStacks?: Resolver<ResolversTypes['StackConnection'], ParentType, ContextType, Partial<QueryMyStacksArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  offering?: Resolver<Maybe<ResolversTypes['Offering']>, ParentType, ContextType, RequireFields<QueryOfferingArgs, 'slug'>>;
  offerings?: Resolver<ResolversTypes['OfferingConnection'], ParentType, ContextType, Partial<QueryOfferingsArgs>>;
  offeringsBySlugs?: Resolver<Array<Maybe<ResolversTypes['Offering']>>, ParentType, ContextType, RequireFields<QueryOfferingsBySlugsArgs, 'slugs'>>;
  organizations?: Resolver<Array<ResolversTypes['OrganizationSummary']>, ParentType, ContextType>;
  organizationsConnection?: Resolver<ResolversTypes['OrganizationSummaryConnection'], ParentType, ContextType, Partial<QueryOrganizationsConnectionArgs>>;
  quoteInbox?: Resolver<ResolversTypes['VendorQuoteRequestConnection'], ParentType, ContextType, Partial<QueryQuoteInboxArgs>>;
  quoteRequestByToken?: Resolver<Maybe<ResolversTypes['QuoteRequest']>, ParentType, ContextType, RequireFields<QueryQuoteRequestByTokenArgs, 'token'>>;
  quoteRequestsByContact?: Resolver<Array<ResolversTypes['QuoteRequest']>, ParentType, ContextType, RequireFields<QueryQuoteRequestsByContactArgs, 'email' | 'first'>>;
  quoteRequestsByContactConnection?: Resolver<ResolversTypes['QuoteRequestConnection'], ParentType, ContextType, RequireFields<QueryQuoteRequestsByContactConnectionArgs, 'email'>>;
  reviewQueue?: Resolver<ResolversTypes['ReviewQueuePage'], ParentType, ContextType, Partial<QueryReviewQueueArgs>>;
  reviewQueueConnection?: Resolver<ResolversTypes['ReviewItemConnection'], ParentType, ContextType, Partial<QueryReviewQueueConnectionArgs>>;
  stack?: Resolver<Maybe<ResolversTypes['Stack']>, ParentType, ContextType, RequireFields<QueryStackArgs, 'id'>>;
  vendor?: Resolver<Maybe<ResolversTypes['Vendor']>, ParentType, ContextType, RequireFields<QueryVendorArgs, 'slug'>>;
  vendors?: Resolver<ResolversTypes['VendorConnection'], ParentType, ContextType, Partial<QueryVendorsArgs>>;
  verificationQueue?: Resolver<Array<ResolversTypes['VerificationItem']>, ParentType, ContextType, Partial<QueryVerificationQueueArgs>>;
  verificationQueueConnection?: Resolver<ResolversTypes['VerificationItemConnection'], ParentType, ContextType, Partial<QueryVerificationQueueConnectionArgs>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type QuoteRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteRequest'] = ResolversParentTypes['QuoteRequest']> = {
  catalogSearch?: Resolver<Maybe<ResolversTypes['CatalogSearch']>, ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactErasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  offeredEstimate?: Resolver<ResolversTypes['OfferedEstimate'], ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['QuoteRequestPart']>, ParentType, ContextType>;
  procurementRecordCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QuoteRequestProcurementRecordCsvArgs, 'language'>>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stack?: Resolver<ResolversTypes['Stack'], ParentType, ContextType>;
  vendors?: Resolver<Array<ResolversTypes['Vendor']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QuoteRequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteRequestConnection'] = ResolversParentTypes['QuoteRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuoteRequestEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['QuoteRequest']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuoteRequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteRequestEdge'] = ResolversParentTypes['QuoteRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['QuoteRequest'], ParentType, ContextType>;
};

export type QuoteRequestPartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteRequestPart'] = ResolversParentTypes['QuoteRequestPart']> = {
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declinedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['VendorQuoteLine']>, ParentType, ContextType>;
  monthlySubtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  oneTimeSubtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuoteShareStatus'], ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
};

export type ReportCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportCount'] = ResolversParentTypes['ReportCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RequestPasswordResetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestPasswordResetPayload'] = ResolversParentTypes['RequestPasswordResetPayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RequestQuotePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestQuotePayload'] = ResolversParentTypes['RequestQuotePayload']> = {
  accessToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quoteRequest?: Resolver<Maybe<ResolversTypes['QuoteRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RequirementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Requirement'] = ResolversParentTypes['Requirement']> = {
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vendors?: Resolver<Array<ResolversTypes['Vendor']>, ParentType, ContextType>;
};

export type ResetPasswordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResetPasswordPayload'] = ResolversParentTypes['ResetPasswordPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ReviewItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewItem'] = ResolversParentTypes['ReviewItem']> = {
  ageDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReviewItemKind'], ParentType, ContextType>;
  offering?: Resolver<ResolversTypes['Offering'], ParentType, ContextType>;
  planChanges?: Resolver<Array<ResolversTypes['PlanChange']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ReviewItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewItemConnection'] = ResolversParentTypes['ReviewItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReviewItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ReviewItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewItemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewItemEdge'] = ResolversParentTypes['ReviewItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReviewItem'], ParentType, ContextType>;
};

export type ReviewQueuePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewQueuePage'] = ResolversParentTypes['ReviewQueuePage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ReviewItem']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RevokeApiKeyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RevokeInvitationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokeInvitationPayload'] = ResolversParentTypes['RevokeInvitationPayload']> = {
  invitation?: Resolver<Maybe<ResolversTypes['OrganizationInvitation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SaveBlueprintPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SaveBlueprintPayload'] = ResolversParentTypes['SaveBlueprintPayload']> = {
  blueprint?: Resolver<Maybe<ResolversTypes['Blueprint']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SaveStackPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SaveStackPayload'] = ResolversParentTypes['SaveStackPayload']> = {
  stack?: Resolver<Maybe<ResolversTypes['Stack']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetWebhookPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SetWebhookPayload'] = ResolversParentTypes['SetWebhookPayload']> = {
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SignInPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignInPayload'] = ResolversParentTypes['SignInPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SignOutPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignOutPayload'] = ResolversParentTypes['SignOutPayload']> = {
  signedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SignUpPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignUpPayload'] = ResolversParentTypes['SignUpPayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SpecResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Spec'] = ResolversParentTypes['Spec']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stack'] = ResolversParentTypes['Stack']> = {
  catalogSearch?: Resolver<Maybe<ResolversTypes['CatalogSearch']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  csvPath?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<StackCsvPathArgs, 'language'>>;
  evaluation?: Resolver<ResolversTypes['StackEvaluation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['StackLine']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  printPath?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<StackPrintPathArgs, 'language'>>;
  savedMonthlyTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  savedOneTimeTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  sharePath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StackComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StackComparison'] = ResolversParentTypes['StackComparison']> = {
  cheapest?: Resolver<ResolversTypes['Stack'], ParentType, ContextType>;
  cheapestFirstYear?: Resolver<ResolversTypes['Stack'], ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['StackDifference']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['StackComparisonEntry']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ComparedLine']>, ParentType, ContextType>;
};

export type StackComparisonEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StackComparisonEntry'] = ResolversParentTypes['StackComparisonEntry']> = {
  costAboveCheapest?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  firstYearAboveCheapest?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  issuesOnlyHere?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stack?: Resolver<ResolversTypes['Stack'], ParentType, ContextType>;
  vendorsOnlyHere?: Resolver<Array<ResolversTypes['Vendor']>, ParentType, ContextType>;
};

export type StackCompositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StackComposition'] = ResolversParentTypes['StackComposition']> = {
  alternatives?: Resolver<Array<ResolversTypes['ComposedStack']>, ParentType, ContextType>;
  blockerDetails?: Resolver<Array<ResolversTypes['CompositionBlocker']>, ParentType, ContextType>;
  blockers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  incomplete?: Resolver<Array<ResolversTypes['CompositionObjective']>, ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['BlueprintNeed']>, ParentType, ContextType>;
};

export type StackConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StackConnection'] = ResolversParentTypes['StackConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StackEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Stack']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StackDifferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StackDifference'] = ResolversParentTypes['StackDifference']> = {
  aspect?: Resolver<ResolversTypes['StackDifferenceAspect'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StackEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StackEdge'] = ResolversParentTypes['StackEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Stack'], ParentType, ContextType>;
};

export type StackEvaluationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StackEvaluation'] = ResolversParentTypes['StackEvaluation']> = {
  compositeAvailability?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  dataInVietnam?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstYearTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  firstYearTotalWithVat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  firstYearVat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['StackIssue']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['StackLine']>, ParentType, ContextType>;
  micCoverage?: Resolver<ResolversTypes['ComplianceCoverage'], ParentType, ContextType>;
  monthlyTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  oneTimeTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  oneTimeTotalWithVat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  oneTimeVat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalWithVat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vatRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  vendorSubtotals?: Resolver<Array<ResolversTypes['VendorSubtotal']>, ParentType, ContextType>;
  vendors?: Resolver<Array<ResolversTypes['Vendor']>, ParentType, ContextType>;
};

export type StackIssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StackIssue'] = ResolversParentTypes['StackIssue']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['Offering']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['Offering']>, ParentType, ContextType>;
};

export type StackLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StackLine'] = ResolversParentTypes['StackLine']> = {
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dataOutsideVietnam?: Resolver<Array<ResolversTypes['DataCenter']>, ParentType, ContextType>;
  micVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  monthlyCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  monthlyPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  offering?: Resolver<ResolversTypes['Offering'], ParentType, ContextType>;
  oneTimeCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  oneTimePrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  priceChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redundancyGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  savedMonthlyPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  savedOneTimePrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type StaffArchivedListingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffArchivedListing'] = ResolversParentTypes['StaffArchivedListing']> = {
  offering?: Resolver<ResolversTypes['Offering'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubmitOfferingResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitOfferingResult'] = ResolversParentTypes['SubmitOfferingResult']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offering?: Resolver<Maybe<ResolversTypes['Offering']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SubmitOfferingsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitOfferingsPayload'] = ResolversParentTypes['SubmitOfferingsPayload']> = {
  results?: Resolver<Array<ResolversTypes['SubmitOfferingResult']>, ParentType, ContextType>;
  submittedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UnitPriceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitPrice'] = ResolversParentTypes['UnitPrice']> = {
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['BillingUnit'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emailConfirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VendorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vendor'] = ResolversParentTypes['Vendor']> = {
  attestations?: Resolver<Array<ResolversTypes['ComplianceAttestation']>, ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataCenters?: Resolver<Array<ResolversTypes['DataCenter']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domestic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['VendorKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerings?: Resolver<ResolversTypes['OfferingConnection'], ParentType, ContextType, Partial<VendorOfferingsArgs>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VendorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorConnection'] = ResolversParentTypes['VendorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VendorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Vendor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VendorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorEdge'] = ResolversParentTypes['VendorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
};

export type VendorQuoteLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorQuoteLine'] = ResolversParentTypes['VendorQuoteLine']> = {
  monthlyCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  monthlyPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  offering?: Resolver<ResolversTypes['Offering'], ParentType, ContextType>;
  oneTimeCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  oneTimePrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VendorQuoteRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorQuoteRequest'] = ResolversParentTypes['VendorQuoteRequest']> = {
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactErasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declinedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  handledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['VendorQuoteLine']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  monthlySubtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType>;
  oneTimeSubtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuoteShareStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VendorQuoteRequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorQuoteRequestConnection'] = ResolversParentTypes['VendorQuoteRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VendorQuoteRequestEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['VendorQuoteRequest']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VendorQuoteRequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorQuoteRequestEdge'] = ResolversParentTypes['VendorQuoteRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VendorQuoteRequest'], ParentType, ContextType>;
};

export type VendorSubtotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VendorSubtotal'] = ResolversParentTypes['VendorSubtotal']> = {
  firstYearCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  monthlyCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  oneTimeCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
};

export type VerificationItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerificationItem'] = ResolversParentTypes['VerificationItem']> = {
  attestation?: Resolver<ResolversTypes['ComplianceAttestation'], ParentType, ContextType>;
  claimedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evidenceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  frameworkCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offering?: Resolver<Maybe<ResolversTypes['Offering']>, ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['Vendor'], ParentType, ContextType>;
};

export type VerificationItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerificationItemConnection'] = ResolversParentTypes['VerificationItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VerificationItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['VerificationItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VerificationItemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerificationItemEdge'] = ResolversParentTypes['VerificationItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VerificationItem'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['MembershipRole']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redeliveryOf?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  test?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookDeliveryPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryPayload'] = ResolversParentTypes['WebhookDeliveryPayload']> = {
  delivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type WebhookEndpointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<WebhookEndpointDeliveriesArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  previousSecretExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  secretRotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['WebhookTopic']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookEndpointPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEndpointPayload'] = ResolversParentTypes['WebhookEndpointPayload']> = {
  endpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AcceptInvitationPayload?: AcceptInvitationPayloadResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  AttestationDecisionPayload?: AttestationDecisionPayloadResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  Blueprint?: BlueprintResolvers<ContextType>;
  BlueprintNeed?: BlueprintNeedResolvers<ContextType>;
  CatalogSearch?: CatalogSearchResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  CategoryCount?: CategoryCountResolvers<ContextType>;
  CategoryPriceRange?: CategoryPriceRangeResolvers<ContextType>;
  ClaimAttestationPayload?: ClaimAttestationPayloadResolvers<ContextType>;
  ClaimQuoteRequestPayload?: ClaimQuoteRequestPayloadResolvers<ContextType>;
  ClaimStacksPayload?: ClaimStacksPayloadResolvers<ContextType>;
  ComparedLine?: ComparedLineResolvers<ContextType>;
  ComplianceAttestation?: ComplianceAttestationResolvers<ContextType>;
  ComplianceCoverage?: ComplianceCoverageResolvers<ContextType>;
  ComplianceFramework?: ComplianceFrameworkResolvers<ContextType>;
  ComplianceGroup?: ComplianceGroupResolvers<ContextType>;
  ComposedLineReason?: ComposedLineReasonResolvers<ContextType>;
  ComposedStack?: ComposedStackResolvers<ContextType>;
  CompositionBlocker?: CompositionBlockerResolvers<ContextType>;
  ConfirmEmailPayload?: ConfirmEmailPayloadResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  DataCenter?: DataCenterResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeclineQuoteRequestPayload?: DeclineQuoteRequestPayloadResolvers<ContextType>;
  DeleteBlueprintPayload?: DeleteBlueprintPayloadResolvers<ContextType>;
  DeleteWebhookEndpointPayload?: DeleteWebhookEndpointPayloadResolvers<ContextType>;
  EcosystemReport?: EcosystemReportResolvers<ContextType>;
  EraseQuoteContactPayload?: EraseQuoteContactPayloadResolvers<ContextType>;
  FacetValue?: FacetValueResolvers<ContextType>;
  FeaturedPayload?: FeaturedPayloadResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  ForgetStackPayload?: ForgetStackPayloadResolvers<ContextType>;
  GroupCriteriaMet?: GroupCriteriaMetResolvers<ContextType>;
  ImportOfferingResult?: ImportOfferingResultResolvers<ContextType>;
  ImportOfferingsPayload?: ImportOfferingsPayloadResolvers<ContextType>;
  InviteMemberPayload?: InviteMemberPayloadResolvers<ContextType>;
  ListingConnection?: ListingConnectionResolvers<ContextType>;
  ListingEdge?: ListingEdgeResolvers<ContextType>;
  MarkQuoteHandledPayload?: MarkQuoteHandledPayloadResolvers<ContextType>;
  MemberPayload?: MemberPayloadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OfferLine?: OfferLineResolvers<ContextType>;
  OfferPayload?: OfferPayloadResolvers<ContextType>;
  OfferedEstimate?: OfferedEstimateResolvers<ContextType>;
  OfferedEstimateLine?: OfferedEstimateLineResolvers<ContextType>;
  Offering?: OfferingResolvers<ContextType>;
  OfferingConnection?: OfferingConnectionResolvers<ContextType>;
  OfferingEdge?: OfferingEdgeResolvers<ContextType>;
  OfferingFacets?: OfferingFacetsResolvers<ContextType>;
  OfferingPayload?: OfferingPayloadResolvers<ContextType>;
  OfferingRevision?: OfferingRevisionResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationInvitation?: OrganizationInvitationResolvers<ContextType>;
  OrganizationMember?: OrganizationMemberResolvers<ContextType>;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  OrganizationSummary?: OrganizationSummaryResolvers<ContextType>;
  OrganizationSummaryConnection?: OrganizationSummaryConnectionResolvers<ContextType>;
  OrganizationSummaryEdge?: OrganizationSummaryEdgeResolvers<ContextType>;
  PageCursor?: PageCursorResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanChange?: PlanChangeResolvers<ContextType>;
  PlanDraft?: PlanDraftResolvers<ContextType>;
  PlanSnapshot?: PlanSnapshotResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteRequest?: QuoteRequestResolvers<ContextType>;
  QuoteRequestConnection?: QuoteRequestConnectionResolvers<ContextType>;
  QuoteRequestEdge?: QuoteRequestEdgeResolvers<ContextType>;
  QuoteRequestPart?: QuoteRequestPartResolvers<ContextType>;
  ReportCount?: ReportCountResolvers<ContextType>;
  RequestPasswordResetPayload?: RequestPasswordResetPayloadResolvers<ContextType>;
  RequestQuotePayload?: RequestQuotePayloadResolvers<ContextType>;
  Requirement?: RequirementResolvers<ContextType>;
  ResetPasswordPayload?: ResetPasswordPayloadResolvers<ContextType>;
  ReviewItem?: ReviewItemResolvers<ContextType>;
  ReviewItemConnection?: ReviewItemConnectionResolvers<ContextType>;
  ReviewItemEdge?: ReviewItemEdgeResolvers<ContextType>;
  ReviewQueuePage?: ReviewQueuePageResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  RevokeInvitationPayload?: RevokeInvitationPayloadResolvers<ContextType>;
  SaveBlueprintPayload?: SaveBlueprintPayloadResolvers<ContextType>;
  SaveStackPayload?: SaveStackPayloadResolvers<ContextType>;
  SetWebhookPayload?: SetWebhookPayloadResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SignOutPayload?: SignOutPayloadResolvers<ContextType>;
  SignUpPayload?: SignUpPayloadResolvers<ContextType>;
  Spec?: SpecResolvers<ContextType>;
  Stack?: StackResolvers<ContextType>;
  StackComparison?: StackComparisonResolvers<ContextType>;
  StackComparisonEntry?: StackComparisonEntryResolvers<ContextType>;
  StackComposition?: StackCompositionResolvers<ContextType>;
  StackConnection?: StackConnectionResolvers<ContextType>;
  StackDifference?: StackDifferenceResolvers<ContextType>;
  StackEdge?: StackEdgeResolvers<ContextType>;
  StackEvaluation?: StackEvaluationResolvers<ContextType>;
  StackIssue?: StackIssueResolvers<ContextType>;
  StackLine?: StackLineResolvers<ContextType>;
  StaffArchivedListing?: StaffArchivedListingResolvers<ContextType>;
  SubmitOfferingResult?: SubmitOfferingResultResolvers<ContextType>;
  SubmitOfferingsPayload?: SubmitOfferingsPayloadResolvers<ContextType>;
  UnitPrice?: UnitPriceResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Vendor?: VendorResolvers<ContextType>;
  VendorConnection?: VendorConnectionResolvers<ContextType>;
  VendorEdge?: VendorEdgeResolvers<ContextType>;
  VendorQuoteLine?: VendorQuoteLineResolvers<ContextType>;
  VendorQuoteRequest?: VendorQuoteRequestResolvers<ContextType>;
  VendorQuoteRequestConnection?: VendorQuoteRequestConnectionResolvers<ContextType>;
  VendorQuoteRequestEdge?: VendorQuoteRequestEdgeResolvers<ContextType>;
  VendorSubtotal?: VendorSubtotalResolvers<ContextType>;
  VerificationItem?: VerificationItemResolvers<ContextType>;
  VerificationItemConnection?: VerificationItemConnectionResolvers<ContextType>;
  VerificationItemEdge?: VerificationItemEdgeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookDeliveryPayload?: WebhookDeliveryPayloadResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointPayload?: WebhookEndpointPayloadResolvers<ContextType>;
};

