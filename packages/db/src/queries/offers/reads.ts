import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import type { MailLanguage } from '../../schema/enums.ts';
import { list, toDate } from '../fragments.ts';
import { rowKeys } from '../row-keys.ts';
import type { OfferRow } from './rows.ts';

// Offers as the API reads them: by id, by request, by vendor share; and who is told of them.

export const offerColumns = sql`o.id, o.vendor_quote_request_id as "vendorQuoteRequestId", o.quote_request_id as "quoteRequestId",
  o.vendor_id as "vendorId", o.status, o.lines, o.monthly_total::text as "monthlyTotal", o.one_time_total::text as "oneTimeTotal",
  o.list_monthly_total::text as "listMonthlyTotal", o.list_one_time_total::text as "listOneTimeTotal", o.valid_until as "validUntil",
  o.terms, o.superseded_by_id as "supersededById", o.decided_at as "decidedAt", o.created_at as "createdAt"`;

export const offerDates = (row: OfferRow): OfferRow => ({
  ...row,
  lines: typeof row.lines === 'string' ? JSON.parse(row.lines) : row.lines,
  validUntil: toDate(row.validUntil)!,
  decidedAt: toDate(row.decidedAt),
  createdAt: toDate(row.createdAt)!,
});

export async function offersByIds(db: Db, ids: readonly string[]): Promise<OfferRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<OfferRow>(db, sql`select ${offerColumns} from offers o where o.id in (${list(ids)})`);
  return rows.map(offerDates);
}

/** Every offer on these requests, newest first. */
export async function offersOfQuoteRequests(db: Db, quoteRequestIds: readonly string[]): Promise<OfferRow[]> {
  if (quoteRequestIds.length === 0) return [];
  const rows = await queryRows<OfferRow>(
    db,
    sql`select ${offerColumns} from offers o where o.quote_request_id in (${list(quoteRequestIds)}) order by o.created_at desc, o.id desc`,
  );
  return rows.map(offerDates);
}

/** Every offer on these vendor shares, newest first. */
export async function offersOfShares(db: Db, shareIds: readonly string[]): Promise<OfferRow[]> {
  if (shareIds.length === 0) return [];
  const rows = await queryRows<OfferRow>(
    db,
    sql`select ${offerColumns} from offers o where o.vendor_quote_request_id in (${list(shareIds)}) order by o.created_at desc, o.id desc`,
  );
  return rows.map(offerDates);
}

/** Where a vendor's share stands apart from its offers. */
export interface ShareStateRow {
  id: string;
  quoteRequestId: string;
  vendorId: string;
  seenAt: Date | null;
  declinedAt: Date | null;
  declineReason: string | null;
}

export const shareStateRowKeys = rowKeys<ShareStateRow>()(['id', 'quoteRequestId', 'vendorId', 'seenAt', 'declinedAt', 'declineReason']);

export async function shareStatesByIds(db: Db, ids: readonly string[]): Promise<ShareStateRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<ShareStateRow>(
    db,
    sql`select r.id, r.quote_request_id as "quoteRequestId", r.vendor_id as "vendorId", r.seen_at as "seenAt", r.declined_at as "declinedAt",
          r.decline_reason as "declineReason"
        from vendor_quote_requests r where r.id in (${list(ids)})`,
  );
  return rows.map((row) => ({ ...row, seenAt: toDate(row.seenAt), declinedAt: toDate(row.declinedAt) }));
}

/** Whom a request's buyer is: its account (when tied to one) or the contact it gave. */
export interface QuoteBuyerRow {
  quoteRequestId: string;
  reference: string;
  buyerUserId: string | null;
  contactName: string | null;
  contactEmail: string | null;
  userEmail: string | null;
  userName: string | null;
  userLanguage: MailLanguage | null;
}

export const quoteBuyerRowKeys = rowKeys<QuoteBuyerRow>()([
  'quoteRequestId',
  'reference',
  'buyerUserId',
  'contactName',
  'contactEmail',
  'userEmail',
  'userName',
  'userLanguage',
]);

export async function buyerOfQuoteRequest(db: Db, quoteRequestId: string): Promise<QuoteBuyerRow | null> {
  const [row] = await queryRows<QuoteBuyerRow>(
    db,
    sql`select q.id as "quoteRequestId", q.reference, q.buyer_user_id as "buyerUserId", q.contact_name as "contactName",
          q.contact_email as "contactEmail", u.email as "userEmail", u.name as "userName", u.language as "userLanguage"
        from quote_requests q left join users u on u.id = q.buyer_user_id
        where q.id = ${quoteRequestId}`,
  );
  return row ?? null;
}

/** The members of a vendor's organization, whom its offers' news is mailed to. */
export interface VendorMemberRow {
  userId: string;
  email: string;
  name: string;
  language: MailLanguage;
}

export const vendorMemberRowKeys = rowKeys<VendorMemberRow>()(['userId', 'email', 'name', 'language']);

export async function membersOfVendor(db: Db, vendorId: string): Promise<VendorMemberRow[]> {
  return queryRows<VendorMemberRow>(
    db,
    sql`select u.id as "userId", u.email, u.name, u.language
        from organizations g join memberships m on m.organization_id = g.id join users u on u.id = m.user_id
        where g.vendor_id = ${vendorId} and g.suspended_at is null order by u.email`,
  );
}
