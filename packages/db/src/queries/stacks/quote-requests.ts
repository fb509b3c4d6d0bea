import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import { list, toDate } from '../fragments.ts';
import { rowKeys } from '../row-keys.ts';

// Quote requests on saved stacks: the buyer's request and each vendor's part of it.

/**
 * A quote request with the buyer's contact: only for those who may read it (the buyer holding its token,
 * staff). The contact columns are null once staff erased them (`contactErasedAt`).
 */
export interface QuoteRequestRow {
  id: string;
  /** MV-<year>-<number>, what the buyer and the vendors quote */
  reference: string;
  stackId: string;
  contactName: string | null;
  contactEmail: string | null;
  organization: string | null;
  message: string | null;
  contactErasedAt: Date | null;
  /** the buyer account the request is kept in: made signed in with a confirmed e-mail, or claimed by its token */
  buyerUserId: string | null;
  createdAt: Date;
}

export const quoteRequestRowKeys = rowKeys<QuoteRequestRow>()([
  'id',
  'reference',
  'stackId',
  'contactName',
  'contactEmail',
  'organization',
  'message',
  'contactErasedAt',
  'buyerUserId',
  'createdAt',
]);

export interface NewQuoteRequest {
  stackId: string;
  contactName: string;
  contactEmail: string;
  organization: string | null;
  message: string | null;
  clientAddress: string;
  /** SHA-256 of the access token handed to the buyer, who alone holds the token itself */
  accessTokenHash: string;
  /** the signed-in buyer (e-mail confirmed) the request is kept for; null for a request made without an account */
  buyerUserId?: string | null;
  /** one part per vendor, each with only that vendor's lines */
  parts: {
    vendorId: string;
    monthlySubtotal: string;
    oneTimeSubtotal: string;
    lines: { planId: string; quantity: number; monthlyPrice: string; oneTimePrice: string }[];
  }[];
}

const quoteRequestColumns = sql`q.id, q.reference, q.stack_id as "stackId", q.contact_name as "contactName", q.contact_email as "contactEmail",
  q.organization, q.message, q.contact_erased_at as "contactErasedAt",
  q.buyer_user_id as "buyerUserId", q.created_at as "createdAt"`;

const quoteRequestDates = (row: QuoteRequestRow): QuoteRequestRow => ({
  ...row,
  contactErasedAt: toDate(row.contactErasedAt),
  createdAt: toDate(row.createdAt)!,
});

/** Stores a quote request and every vendor's part of it, all or nothing. */
export async function insertQuoteRequest(db: Db, request: NewQuoteRequest): Promise<QuoteRequestRow> {
  return db.transaction(async (tx) => {
    const [row] = await queryRows<QuoteRequestRow>(
      tx,
      sql`insert into quote_requests as q (stack_id, contact_name, contact_email, organization, message, client_address, access_token_hash, buyer_user_id)
          values (${request.stackId}, ${request.contactName}, ${request.contactEmail}, ${request.organization},
                  ${request.message}, ${request.clientAddress}, ${request.accessTokenHash}, ${request.buyerUserId ?? null})
          returning ${quoteRequestColumns}`,
    );
    for (const part of request.parts) {
      const [vendorPart] = await queryRows<{ id: string }>(
        tx,
        sql`insert into vendor_quote_requests (quote_request_id, vendor_id, monthly_subtotal, one_time_subtotal)
            values (${row!.id}, ${part.vendorId}, ${part.monthlySubtotal}, ${part.oneTimeSubtotal}) returning id`,
      );
      await tx.execute(
        sql`insert into vendor_quote_request_lines (vendor_quote_request_id, position, plan_id, quantity, monthly_price, one_time_price) values ${sql.join(
          part.lines.map(
            (line, position) => sql`(${vendorPart!.id}, ${position}, ${line.planId}, ${line.quantity}, ${line.monthlyPrice}, ${line.oneTimePrice})`,
          ),
          sql`, `,
        )}`,
      );
    }
    return quoteRequestDates(row!);
  });
}

export async function quoteRequestsByIds(db: Db, ids: readonly string[]): Promise<QuoteRequestRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<QuoteRequestRow>(db, sql`select ${quoteRequestColumns} from quote_requests q where q.id in (${list(ids)})`);
  return rows.map(quoteRequestDates);
}

/** The request whose access token has this SHA-256; null when none has. */
export async function quoteRequestByTokenHash(db: Db, accessTokenHash: string): Promise<QuoteRequestRow | null> {
  const [row] = await queryRows<QuoteRequestRow>(
    db,
    sql`select ${quoteRequestColumns} from quote_requests q where q.access_token_hash = ${accessTokenHash}`,
  );
  return row ? quoteRequestDates(row) : null;
}

/** The requests that gave this e-mail address (compared without case), newest first, after a (createdAt, id) keyset position. */
export async function quoteRequestsByContactEmail(
  db: Db,
  email: string,
  limit: number,
  after: { createdAt: string; id: string } | null = null,
): Promise<(QuoteRequestRow & { position: string })[]> {
  const rows = await queryRows<QuoteRequestRow & { position: string }>(
    db,
    sql`select ${quoteRequestColumns}, q.created_at::text as position from quote_requests q where lower(q.contact_email) = lower(${email})
          ${after ? sql`and (q.created_at, q.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)` : sql``}
        order by q.created_at desc, q.id desc limit ${limit}`,
  );
  return rows.map((row) => ({ ...quoteRequestDates(row), position: row.position }));
}

export async function countQuoteRequestsByContactEmail(db: Db, email: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from quote_requests q where lower(q.contact_email) = lower(${email})`);
  return row!.n;
}

/** A buyer account's requests, newest first, after a (createdAt, id) keyset position. */
export async function quoteRequestsOfBuyer(
  db: Db,
  userId: string,
  limit: number,
  after: { createdAt: string; id: string } | null,
): Promise<(QuoteRequestRow & { position: string })[]> {
  const rows = await queryRows<QuoteRequestRow & { position: string }>(
    db,
    sql`select ${quoteRequestColumns}, q.created_at::text as position from quote_requests q where q.buyer_user_id = ${userId}
          ${after ? sql`and (q.created_at, q.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)` : sql``}
        order by q.created_at desc, q.id desc limit ${limit}`,
  );
  return rows.map((row) => ({ ...quoteRequestDates(row), position: row.position }));
}

export async function countQuoteRequestsOfBuyer(db: Db, userId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from quote_requests q where q.buyer_user_id = ${userId}`);
  return row!.n;
}

/**
 * Keeps a request in a buyer's account unless another account holds it; returns the request as it then
 * stands (its buyerUserId says who holds it), or null when no request has this id.
 */
export async function claimQuoteRequestForBuyer(db: Db, id: string, userId: string): Promise<QuoteRequestRow | null> {
  const [claimed] = await queryRows<QuoteRequestRow>(
    db,
    sql`update quote_requests as q set buyer_user_id = ${userId} where q.id = ${id} and q.buyer_user_id is null returning ${quoteRequestColumns}`,
  );
  if (claimed) return quoteRequestDates(claimed);
  const [row] = await quoteRequestsByIds(db, [id]);
  return row ?? null;
}

/**
 * Removes the buyer's contact and client address from a request, keeping when it was first erased;
 * null when no request has this id.
 */
export async function eraseQuoteRequestContact(db: Db, id: string): Promise<QuoteRequestRow | null> {
  const [row] = await queryRows<QuoteRequestRow>(
    db,
    sql`update quote_requests as q
           set contact_name = null, contact_email = null, organization = null, message = null, client_address = null,
               contact_erased_at = coalesce(q.contact_erased_at, now())
         where q.id = ${id}
        returning ${quoteRequestColumns}`,
  );
  return row ? quoteRequestDates(row) : null;
}

/** Each vendor's part of these requests, for the buyer: vendor and subtotal, in vendor-name order. */
export interface QuoteRequestPartRow {
  id: string;
  quoteRequestId: string;
  vendorId: string;
  monthlySubtotal: string;
  oneTimeSubtotal: string;
  /** when the vendor declined to make an offer, and why (told to the buyer) */
  declinedAt: Date | null;
  declineReason: string | null;
}

export const quoteRequestPartRowKeys = rowKeys<QuoteRequestPartRow>()([
  'id',
  'quoteRequestId',
  'vendorId',
  'monthlySubtotal',
  'oneTimeSubtotal',
  'declinedAt',
  'declineReason',
]);

export async function partsOfQuoteRequests(db: Db, ids: readonly string[]): Promise<QuoteRequestPartRow[]> {
  if (ids.length === 0) return [];
  return queryRows<QuoteRequestPartRow>(
    db,
    sql`select r.id, r.quote_request_id as "quoteRequestId", r.vendor_id as "vendorId", r.monthly_subtotal::text as "monthlySubtotal",
          r.one_time_subtotal::text as "oneTimeSubtotal", r.declined_at as "declinedAt", r.decline_reason as "declineReason"
        from vendor_quote_requests r join vendors v on v.id = r.vendor_id
        where r.quote_request_id in (${list(ids)}) order by v.name, r.id`,
  ).then((rows) => rows.map((row) => ({ ...row, declinedAt: toDate(row.declinedAt) })));
}
