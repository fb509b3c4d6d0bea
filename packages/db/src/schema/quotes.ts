import { sql, type SQL } from 'drizzle-orm';
import { bigint, check, index, integer, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
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
