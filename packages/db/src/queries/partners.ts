import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import { list, toDate } from './fragments.ts';
import { rowKeys } from './row-keys.ts';

// A vendor's quote inbox and its organization's webhooks.

export interface VendorQuoteRequestRow {
  id: string;
  /** the buyer's whole request this share is part of */
  quoteRequestId: string;
  /** the request's reference, the same for the buyer and every vendor */
  reference: string;
  /** createdAt at full (microsecond) precision, for cursors */
  position: string;
  vendorId: string;
  /** null, as organization and message, once staff erased the contact */
  contactName: string | null;
  contactEmail: string | null;
  organization: string | null;
  message: string | null;
  contactErasedAt: Date | null;
  monthlySubtotal: string;
  oneTimeSubtotal: string;
  createdAt: Date;
  handledAt: Date | null;
  /** when the vendor first opened it */
  seenAt: Date | null;
  /** when the vendor declined to make an offer, and why */
  declinedAt: Date | null;
  declineReason: string | null;
}

export const vendorQuoteRequestRowKeys = rowKeys<VendorQuoteRequestRow>()([
  'id',
  'quoteRequestId',
  'reference',
  'position',
  'vendorId',
  'contactName',
  'contactEmail',
  'organization',
  'message',
  'contactErasedAt',
  'monthlySubtotal',
  'oneTimeSubtotal',
  'createdAt',
  'handledAt',
  'seenAt',
  'declinedAt',
  'declineReason',
]);

export interface VendorQuoteLineRow {
  vendorQuoteRequestId: string;
  planId: string;
  quantity: number;
  monthlyPrice: string;
  oneTimePrice: string;
}

export const vendorQuoteLineRowKeys = rowKeys<VendorQuoteLineRow>()(['vendorQuoteRequestId', 'planId', 'quantity', 'monthlyPrice', 'oneTimePrice']);

const inboxColumns = sql`r.id, r.quote_request_id as "quoteRequestId", q.reference, r.vendor_id as "vendorId", q.contact_name as "contactName", q.contact_email as "contactEmail",
  q.organization, q.message, q.contact_erased_at as "contactErasedAt", r.monthly_subtotal::text as "monthlySubtotal", r.one_time_subtotal::text as "oneTimeSubtotal", r.created_at as "createdAt", r.handled_at as "handledAt",
  r.seen_at as "seenAt", r.declined_at as "declinedAt", r.decline_reason as "declineReason", r.created_at::text as position`;

const inboxDates = (row: VendorQuoteRequestRow): VendorQuoteRequestRow => ({
  ...row,
  createdAt: toDate(row.createdAt)!,
  handledAt: toDate(row.handledAt),
  seenAt: toDate(row.seenAt),
  declinedAt: toDate(row.declinedAt),
  contactErasedAt: toDate(row.contactErasedAt),
});

/** A vendor's quote requests, newest first, after a (createdAt, id) keyset position. */
export async function quoteInbox(
  db: Db,
  vendorId: string,
  options: { first: number; after: { createdAt: string; id: string } | null; handled: boolean | null },
): Promise<VendorQuoteRequestRow[]> {
  const rows = await queryRows<VendorQuoteRequestRow>(
    db,
    sql`select ${inboxColumns}
        from vendor_quote_requests r join quote_requests q on q.id = r.quote_request_id
        where r.vendor_id = ${vendorId}
          ${options.handled === null ? sql`` : options.handled ? sql`and r.handled_at is not null` : sql`and r.handled_at is null`}
          ${options.after ? sql`and (r.created_at, r.id) < (${options.after.createdAt}::timestamptz, ${options.after.id}::uuid)` : sql``}
        order by r.created_at desc, r.id desc
        limit ${options.first}`,
  );
  return rows.map(inboxDates);
}

export async function countQuoteInbox(db: Db, vendorId: string, handled: boolean | null): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from vendor_quote_requests r where r.vendor_id = ${vendorId}
        ${handled === null ? sql`` : handled ? sql`and r.handled_at is not null` : sql`and r.handled_at is null`}`,
  );
  return row!.n;
}

/** Quote requests by id, only those addressed to this vendor: another vendor's read as missing. */
export async function vendorQuoteRequestsByIds(db: Db, vendorId: string, ids: readonly string[]): Promise<VendorQuoteRequestRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<VendorQuoteRequestRow>(
    db,
    sql`select ${inboxColumns} from vendor_quote_requests r join quote_requests q on q.id = r.quote_request_id
        where r.id in (${list(ids)}) and r.vendor_id = ${vendorId}`,
  );
  return rows.map(inboxDates);
}

/** Vendors' parts by id, whichever vendor they went to: for staff only. */
export async function anyVendorQuoteRequestsByIds(db: Db, ids: readonly string[]): Promise<VendorQuoteRequestRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<VendorQuoteRequestRow>(
    db,
    sql`select ${inboxColumns} from vendor_quote_requests r join quote_requests q on q.id = r.quote_request_id where r.id in (${list(ids)})`,
  );
  return rows.map(inboxDates);
}

export async function vendorQuoteLines(db: Db, ids: readonly string[]): Promise<VendorQuoteLineRow[]> {
  if (ids.length === 0) return [];
  return queryRows<VendorQuoteLineRow>(
    db,
    sql`select l.vendor_quote_request_id as "vendorQuoteRequestId", l.plan_id as "planId", l.quantity, l.monthly_price::text as "monthlyPrice",
          l.one_time_price::text as "oneTimePrice"
        from vendor_quote_request_lines l where l.vendor_quote_request_id in (${list(ids)}) order by l.vendor_quote_request_id, l.position`,
  );
}

/** The parts of a quote request, one per vendor, for notifying each vendor. */
export async function vendorPartsOfQuoteRequest(db: Db, quoteRequestId: string): Promise<{ id: string; vendorId: string }[]> {
  return queryRows(db, sql`select r.id, r.vendor_id as "vendorId" from vendor_quote_requests r where r.quote_request_id = ${quoteRequestId}`);
}

/** Marks a request of this vendor handled (or not); null when the vendor has none with this id. */
export async function setQuoteHandled(db: Db, vendorId: string, id: string, handled: boolean): Promise<VendorQuoteRequestRow | null> {
  const updated = await queryRows<{ id: string }>(
    db,
    sql`update vendor_quote_requests set handled_at = ${handled ? sql`coalesce(handled_at, now())` : sql`null`}
        where id = ${id} and vendor_id = ${vendorId} returning id`,
  );
  if (!updated[0]) return null;
  const [row] = await vendorQuoteRequestsByIds(db, vendorId, [id]);
  return row ?? null;
}

/**
 * Merges `erased` into the QUOTE_REQUESTED payloads of a request's parts (named by the ids the payloads
 * carry) that are not erased yet; returns how many it changed.
 */
export async function eraseQuoteRequestedPayloads(
  db: Db,
  quoteRequestId: string,
  payloadIds: readonly string[],
  erased: Record<string, unknown>,
): Promise<number> {
  if (payloadIds.length === 0) return 0;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update webhook_deliveries d
           set payload = jsonb_set(d.payload, '{quoteRequest}', (d.payload -> 'quoteRequest') || ${JSON.stringify(erased)}::jsonb)
         where d.event = 'QUOTE_REQUESTED'
           and d.organization_id in (select o.id from organizations o join vendor_quote_requests r on r.vendor_id = o.vendor_id
                                      where r.quote_request_id = ${quoteRequestId})
           and d.payload -> 'quoteRequest' ->> 'id' in (${list(payloadIds)})
           and not (d.payload -> 'quoteRequest' ? 'contactErasedAt')
        returning d.id`,
  );
  return rows.length;
}
