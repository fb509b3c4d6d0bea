import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import type { OfferStatusValue } from '../../schema/enums.ts';
import { list, toDate } from '../fragments.ts';
import { rowKeys } from '../row-keys.ts';
import { offerColumns, offerDates } from './reads.ts';
import type { OfferLineRow, OfferRow } from './rows.ts';

// Offers' writes. Each runs in the caller's transaction; the share row is locked first so that a vendor's
// offers and a buyer's decisions on one share happen one after the other.

/** A vendor's share, locked for the rest of the transaction. */
export interface LockedShareRow {
  id: string;
  quoteRequestId: string;
  vendorId: string;
  reference: string;
  seenAt: Date | null;
  declinedAt: Date | null;
  /** whether one of its offers was accepted */
  accepted: boolean;
}

export const lockedShareRowKeys = rowKeys<LockedShareRow>()(['id', 'quoteRequestId', 'vendorId', 'reference', 'seenAt', 'declinedAt', 'accepted']);

const lockedShareDates = (row: LockedShareRow): LockedShareRow => ({ ...row, seenAt: toDate(row.seenAt), declinedAt: toDate(row.declinedAt) });

/**
 * Locks the vendor's share named by its own id or by its request's id (`for update`); null when the vendor
 * received no such share.
 */
export async function lockVendorShare(db: Db, vendorId: string, id: { shareId: string } | { quoteRequestId: string }): Promise<LockedShareRow | null> {
  const [row] = await queryRows<LockedShareRow>(
    db,
    sql`select r.id, r.quote_request_id as "quoteRequestId", r.vendor_id as "vendorId", q.reference, r.seen_at as "seenAt",
          r.declined_at as "declinedAt",
          exists (select 1 from offers a where a.vendor_quote_request_id = r.id and a.status = 'ACCEPTED') as accepted
        from vendor_quote_requests r join quote_requests q on q.id = r.quote_request_id
        where r.vendor_id = ${vendorId} and ${'shareId' in id ? sql`r.id = ${id.shareId}` : sql`r.quote_request_id = ${id.quoteRequestId}`}
        for update of r`,
  );
  return row ? lockedShareDates(row) : null;
}

/** Locks the share an offer answers, whoever's it is; null when no offer has this id. */
export async function lockShareOfOffer(db: Db, offerId: string): Promise<LockedShareRow | null> {
  const [row] = await queryRows<LockedShareRow>(
    db,
    sql`select r.id, r.quote_request_id as "quoteRequestId", r.vendor_id as "vendorId", q.reference, r.seen_at as "seenAt",
          r.declined_at as "declinedAt",
          exists (select 1 from offers a where a.vendor_quote_request_id = r.id and a.status = 'ACCEPTED') as accepted
        from offers o join vendor_quote_requests r on r.id = o.vendor_quote_request_id join quote_requests q on q.id = r.quote_request_id
        where o.id = ${offerId}
        for update of r`,
  );
  return row ? lockedShareDates(row) : null;
}

export interface NewOffer {
  id: string;
  vendorQuoteRequestId: string;
  quoteRequestId: string;
  vendorId: string;
  lines: OfferLineRow[];
  monthlyTotal: string;
  oneTimeTotal: string;
  listMonthlyTotal: string;
  listOneTimeTotal: string;
  validUntil: Date;
  terms: string | null;
  createdByUserId: string | null;
  createdByApiKeyId: string | null;
}

/**
 * Replaces the share's open offer, if any, with a new one: the open one becomes WITHDRAWN, superseded by
 * the new id. Returns the new offer and the id of the one it replaced.
 */
export async function insertOffer(db: Db, offer: NewOffer): Promise<{ offer: OfferRow; replacedId: string | null }> {
  const [replaced] = await queryRows<{ id: string }>(
    db,
    sql`update offers set status = 'WITHDRAWN', decided_at = now(), superseded_by_id = ${offer.id}
        where vendor_quote_request_id = ${offer.vendorQuoteRequestId} and status = 'OPEN' returning id`,
  );
  const [row] = await queryRows<OfferRow>(
    db,
    sql`insert into offers as o (id, vendor_quote_request_id, quote_request_id, vendor_id, lines, monthly_total, one_time_total,
          list_monthly_total, list_one_time_total, valid_until, terms, created_by_user_id, created_by_api_key_id)
        values (${offer.id}, ${offer.vendorQuoteRequestId}, ${offer.quoteRequestId}, ${offer.vendorId}, ${JSON.stringify(offer.lines)}::jsonb,
          ${offer.monthlyTotal}, ${offer.oneTimeTotal}, ${offer.listMonthlyTotal}, ${offer.listOneTimeTotal}, ${offer.validUntil.toISOString()},
          ${offer.terms}, ${offer.createdByUserId}, ${offer.createdByApiKeyId})
        returning ${offerColumns}`,
  );
  return { offer: offerDates(row!), replacedId: replaced?.id ?? null };
}

/**
 * Decides an open, unexpired offer: ACCEPTED or DECLINED by the buyer, WITHDRAWN by its vendor. Null when
 * it is not open (decided, withdrawn, replaced), has expired, or is not of `vendorId` when given.
 */
export async function decideOffer(db: Db, id: string, status: Exclude<OfferStatusValue, 'OPEN'>, vendorId: string | null = null): Promise<OfferRow | null> {
  const [row] = await queryRows<OfferRow>(
    db,
    sql`update offers as o set status = ${status}, decided_at = now()
        where o.id = ${id} and o.status = 'OPEN' and o.valid_until > now() ${vendorId ? sql`and o.vendor_id = ${vendorId}` : sql``}
        returning ${offerColumns}`,
  );
  return row ? offerDates(row) : null;
}

/** Withdraws the share's open offer, if any (the vendor declines the request); returns it. */
export async function withdrawOpenOffer(db: Db, shareId: string): Promise<OfferRow | null> {
  const [row] = await queryRows<OfferRow>(
    db,
    sql`update offers as o set status = 'WITHDRAWN', decided_at = now()
        where o.vendor_quote_request_id = ${shareId} and o.status = 'OPEN' returning ${offerColumns}`,
  );
  return row ? offerDates(row) : null;
}

/** Sets or lifts the vendor's decline of its share. */
export async function setShareDeclined(db: Db, shareId: string, declined: { reason: string | null } | null): Promise<void> {
  await db.execute(
    declined
      ? sql`update vendor_quote_requests set declined_at = now(), decline_reason = ${declined.reason} where id = ${shareId}`
      : sql`update vendor_quote_requests set declined_at = null, decline_reason = null where id = ${shareId} and declined_at is not null`,
  );
}

/** Stamps when the vendor first opened these shares of its own; later reads change nothing. */
export async function markSharesSeen(db: Db, vendorId: string, shareIds: readonly string[]): Promise<void> {
  if (shareIds.length === 0) return;
  await db.execute(
    sql`update vendor_quote_requests set seen_at = now()
        where vendor_id = ${vendorId} and seen_at is null and id in (${list(shareIds)})`,
  );
}
