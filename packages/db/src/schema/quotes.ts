import { sql, type SQL } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { offerStatus } from './enums.ts';
import { plans } from './plans.ts';
import { stacks } from './stacks.ts';
import { vendors } from './vendors.ts';

/** Numbers quote requests: every API instance takes the next one from PostgreSQL, none twice. */
export const quoteRequestNumbers = pgSequence('quote_requests_number_seq');

/**
 * A buyer's request for quotes on a saved stack, with the contact every vendor in it receives. The buyer
 * reads it back with a secret token of which only the SHA-256 hash is kept. Staff erasing the contact on
 * the buyer's request null every personal column and stamp `contact_erased_at`.
 */
export const quoteRequests = pgTable(
  'quote_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stackId: uuid('stack_id')
      .notNull()
      .references(() => stacks.id, { onDelete: 'restrict' }),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    organization: text('organization'),
    message: text('message'),
    /** the address the request came from, for throttling and abuse reports */
    clientAddress: text('client_address'),
    /** SHA-256 (base64url) of the access token `requestQuote` returned; null for requests made before tokens */
    accessTokenHash: text('access_token_hash'),
    /** the buyer's account, once its e-mail is confirmed: made signed in, or claimed with the access token */
    buyerUserId: uuid('buyer_user_id').references(() => users.id, { onDelete: 'set null' }),
    contactErasedAt: timestamp('contact_erased_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** from quote_requests_number_seq; requests made before references were numbered in the order they were made */
    number: bigint('number', { mode: 'number' }).notNull().default(sql`nextval('quote_requests_number_seq')`),
    /**
     * What the buyer and every vendor quote: MV-<year of created_at in Vietnam>-<number, at least six digits>,
     * e.g. MV-2026-000123.
     */
    reference: text('reference')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`'MV-' || date_part('year', ${quoteRequests.createdAt} at time zone 'Asia/Ho_Chi_Minh')::int::text || '-' || case when ${quoteRequests.number} < 1000000 then lpad(${quoteRequests.number}::text, 6, '0') else ${quoteRequests.number}::text end`,
      ),
  },
  (t) => [
    index('quote_requests_stack_idx').on(t.stackId),
    uniqueIndex('quote_requests_reference_key').on(t.reference),
    uniqueIndex('quote_requests_access_token_key').on(t.accessTokenHash),
    index('quote_requests_contact_email_idx').on(sql`lower(${t.contactEmail})`),
    index('quote_requests_buyer_idx').on(t.buyerUserId, t.createdAt.desc(), t.id),
    check(
      'quote_requests_contact_or_erased',
      sql`case when ${t.contactErasedAt} is null then ${t.contactName} is not null and ${t.contactEmail} is not null and ${t.clientAddress} is not null
          else num_nonnulls(${t.contactName}, ${t.contactEmail}, ${t.organization}, ${t.message}, ${t.clientAddress}) = 0 end`,
    ),
    check('quote_requests_contact_name_length', sql`length(btrim(${t.contactName})) between 1 and 120`),
    check('quote_requests_contact_email_length', sql`length(${t.contactEmail}) between 3 and 254`),
    check('quote_requests_organization_length', sql`length(${t.organization}) <= 200`),
    check('quote_requests_message_length', sql`length(${t.message}) <= 2000`),
  ],
);

/** The part of a quote request one vendor receives: only its own lines. */
export const vendorQuoteRequests = pgTable(
  'vendor_quote_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    quoteRequestId: uuid('quote_request_id')
      .notNull()
      .references(() => quoteRequests.id, { onDelete: 'cascade' }),
    vendorId: uuid('vendor_id')
      .notNull()
      .references(() => vendors.id, { onDelete: 'restrict' }),
    monthlySubtotal: bigint('monthly_subtotal', { mode: 'number' }).notNull(),
    /** the sum of its lines' one-time costs */
    oneTimeSubtotal: bigint('one_time_subtotal', { mode: 'number' }).notNull().default(0),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    /** when the vendor first opened it (inbox or the request itself) */
    seenAt: timestamp('seen_at', { withTimezone: true }),
    /** when the vendor declined to make an offer, and why (told to the buyer) */
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('vendor_quote_requests_decline_reason_length', sql`length(${t.declineReason}) <= 1000`),
    uniqueIndex('vendor_quote_requests_request_vendor_key').on(t.quoteRequestId, t.vendorId),
    index('vendor_quote_requests_inbox_idx').on(t.vendorId, t.createdAt.desc(), t.id),
  ],
);

/** A line of a vendor's part, priced as the buyer saw it when asking. */
export const vendorQuoteRequestLines = pgTable(
  'vendor_quote_request_lines',
  {
    vendorQuoteRequestId: uuid('vendor_quote_request_id')
      .notNull()
      .references(() => vendorQuoteRequests.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'restrict' }),
    quantity: integer('quantity').notNull(),
    monthlyPrice: bigint('monthly_price', { mode: 'number' }).notNull(),
    /** one unit's one-time price (ONE_TIME plans); 0 for a recurring plan */
    oneTimePrice: bigint('one_time_price', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'vendor_quote_request_lines_pkey', columns: [t.vendorQuoteRequestId, t.position] }),
    index('vendor_quote_request_lines_plan_idx').on(t.planId),
    check('vendor_quote_request_lines_quantity_range', sql`${t.quantity} between 1 and 1000000`),
  ],
);

/**
 * A vendor's answer to its share of a quote request. `lines` is a JSON array of
 * {planId, quantity, unitPrice, listUnitPrice, unit} (prices whole VND, in the plan's unit); the totals are
 * computed from them when made. At most one OPEN and one ACCEPTED offer per share; a newer offer replaces
 * the open one (WITHDRAWN, superseded_by_id set). EXPIRED is read from valid_until, never stored.
 */
export const offers = pgTable(
  'offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vendorQuoteRequestId: uuid('vendor_quote_request_id')
      .notNull()
      .references(() => vendorQuoteRequests.id, { onDelete: 'cascade' }),
    quoteRequestId: uuid('quote_request_id')
      .notNull()
      .references(() => quoteRequests.id, { onDelete: 'cascade' }),
    vendorId: uuid('vendor_id')
      .notNull()
      .references(() => vendors.id, { onDelete: 'restrict' }),
    status: offerStatus('status').notNull().default('OPEN'),
    lines: jsonb('lines').notNull(),
    monthlyTotal: bigint('monthly_total', { mode: 'number' }).notNull(),
    oneTimeTotal: bigint('one_time_total', { mode: 'number' }).notNull(),
    listMonthlyTotal: bigint('list_monthly_total', { mode: 'number' }).notNull(),
    listOneTimeTotal: bigint('list_one_time_total', { mode: 'number' }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }).notNull(),
    terms: text('terms'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdByApiKeyId: uuid('created_by_api_key_id'),
    supersededById: uuid('superseded_by_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('offers_request_idx').on(t.quoteRequestId, t.createdAt.desc(), t.id),
    index('offers_share_idx').on(t.vendorQuoteRequestId, t.createdAt.desc(), t.id),
    uniqueIndex('offers_one_open_key').on(t.vendorQuoteRequestId).where(sql`${t.status} = 'OPEN'`),
    uniqueIndex('offers_one_accepted_key').on(t.vendorQuoteRequestId).where(sql`${t.status} = 'ACCEPTED'`),
    check('offers_lines_array', sql`jsonb_typeof(${t.lines}) = 'array' and jsonb_array_length(${t.lines}) between 1 and 100`),
    check('offers_totals_range', sql`${t.monthlyTotal} >= 0 and ${t.oneTimeTotal} >= 0 and ${t.listMonthlyTotal} >= 0 and ${t.listOneTimeTotal} >= 0`),
    check('offers_terms_length', sql`length(${t.terms}) <= 4000`),
    check('offers_decided', sql`(${t.status} = 'OPEN') = (${t.decidedAt} is null)`),
  ],
);
