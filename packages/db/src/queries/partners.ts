import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import type { WebhookEvent } from '../schema/enums.ts';
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

export interface WebhookDeliveryRow {
  id: string;
  organizationId: string;
  event: WebhookEvent;
  payload: unknown;
  url: string;
  attempts: number;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  failedAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: Date;
}

export const webhookDeliveryRowKeys = rowKeys<WebhookDeliveryRow>()([
  'id',
  'organizationId',
  'event',
  'payload',
  'url',
  'attempts',
  'nextAttemptAt',
  'deliveredAt',
  'failedAt',
  'lastStatus',
  'lastError',
  'createdAt',
]);

const deliveryColumns = sql`d.id, d.organization_id as "organizationId", d.event, d.payload, d.url, d.attempts,
  d.next_attempt_at as "nextAttemptAt", d.delivered_at as "deliveredAt", d.failed_at as "failedAt",
  d.last_status as "lastStatus", d.last_error as "lastError", d.created_at as "createdAt"`;

const deliveryDates = (row: WebhookDeliveryRow): WebhookDeliveryRow => ({
  ...row,
  nextAttemptAt: toDate(row.nextAttemptAt),
  deliveredAt: toDate(row.deliveredAt),
  failedAt: toDate(row.failedAt),
  createdAt: toDate(row.createdAt)!,
});

export async function setWebhook(db: Db, organizationId: string, url: string | null, secret: string | null): Promise<void> {
  await db.execute(sql`update organizations set webhook_url = ${url}, webhook_secret = ${secret} where id = ${organizationId}`);
}

/** Queues an event for the organizations of these vendors that have a webhook; returns how many were queued. */
export async function enqueueWebhooks(db: Db, event: WebhookEvent, deliveries: { vendorId: string; payload: unknown }[]): Promise<number> {
  if (deliveries.length === 0) return 0;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`insert into webhook_deliveries (organization_id, event, payload, url)
        select o.id, ${event}, x.payload, o.webhook_url
        from (values ${sql.join(
          deliveries.map((d) => sql`(${d.vendorId}::uuid, ${JSON.stringify(d.payload)}::jsonb)`),
          sql`, `,
        )}) as x(vendor_id, payload)
        join organizations o on o.vendor_id = x.vendor_id
        where o.webhook_url is not null and o.suspended_at is null
        returning id`,
  );
  return rows.length;
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

/**
 * Claims deliveries that are due, leasing them for `leaseSeconds` so another instance does not send them
 * at the same time; each claim counts as an attempt.
 */
export async function claimDueDeliveries(
  db: Db,
  limit: number,
  leaseSeconds: number,
): Promise<(WebhookDeliveryRow & { secret: string | null })[]> {
  const rows = await queryRows<WebhookDeliveryRow & { secret: string | null }>(
    db,
    sql`with due as (
          select id from webhook_deliveries
          where delivered_at is null and failed_at is null and next_attempt_at <= now()
          order by next_attempt_at limit ${limit} for update skip locked
        )
        update webhook_deliveries d
           set attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => ${leaseSeconds})
          from due where d.id = due.id
        returning ${deliveryColumns}, (select o.webhook_secret from organizations o where o.id = d.organization_id) as secret`,
  );
  return rows.map((row) => ({ ...deliveryDates(row), secret: row.secret }));
}

export async function recordDelivery(
  db: Db,
  id: string,
  outcome: { delivered: boolean; status: number | null; error: string | null; retryInSeconds: number | null },
): Promise<void> {
  await db.execute(
    sql`update webhook_deliveries set
          last_status = ${outcome.status}, last_error = ${outcome.error},
          delivered_at = ${outcome.delivered ? sql`now()` : sql`null`},
          failed_at = ${!outcome.delivered && outcome.retryInSeconds === null ? sql`now()` : sql`null`},
          next_attempt_at = ${outcome.retryInSeconds === null ? sql`null` : sql`now() + make_interval(secs => ${outcome.retryInSeconds})`}
        where id = ${id}`,
  );
}

/** A page of an organization's deliveries, newest first, after a (createdAt, id) keyset position. */
export async function deliveryPage(
  db: Db,
  organizationId: string,
  page: { first: number; after: { createdAt: string; id: string } | null },
): Promise<(WebhookDeliveryRow & { position: string })[]> {
  const rows = await queryRows<WebhookDeliveryRow & { position: string }>(
    db,
    sql`select ${deliveryColumns}, d.created_at::text as position from webhook_deliveries d where d.organization_id = ${organizationId}
          ${page.after ? sql`and (d.created_at, d.id) < (${page.after.createdAt}::timestamptz, ${page.after.id}::uuid)` : sql``}
        order by d.created_at desc, d.id desc limit ${page.first}`,
  );
  return rows.map((row) => ({ ...deliveryDates(row), position: row.position }));
}

export async function countDeliveries(db: Db, organizationId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from webhook_deliveries d where d.organization_id = ${organizationId}`);
  return row!.n;
}

/**
 * An organization's deliveries, newest first; with `beforeId`, only those older than that delivery of the
 * organization's (null when it is not one of them).
 */
export async function deliveriesOfOrganization(
  db: Db,
  organizationId: string,
  first: number,
  beforeId: string | null = null,
): Promise<WebhookDeliveryRow[] | null> {
  if (beforeId !== null) {
    const known = await queryRows<{ id: string }>(
      db,
      sql`select id from webhook_deliveries where id = ${beforeId} and organization_id = ${organizationId}`,
    );
    if (known.length === 0) return null;
  }
  const older = beforeId
    ? sql`and (d.created_at, d.id) < (select b.created_at, b.id from webhook_deliveries b where b.id = ${beforeId})`
    : sql``;
  const rows = await queryRows<WebhookDeliveryRow>(
    db,
    sql`select ${deliveryColumns} from webhook_deliveries d where d.organization_id = ${organizationId} ${older}
        order by d.created_at desc, d.id desc limit ${first}`,
  );
  return rows.map(deliveryDates);
}
