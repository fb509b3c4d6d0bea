import { randomUUID } from 'node:crypto';
import {
  decideOffer,
  lockShareOfOffer,
  lockVendorShare,
  insertOffer,
  markSharesSeen,
  offersByIds,
  setShareDeclined,
  vendorQuoteLines,
  vendorQuoteRequestsByIds,
  withdrawOpenOffer,
  type OfferRow,
  type VendorQuoteRequestRow,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { fromGlobalId } from '../../graphql/ids.ts';
import { userError, type UserError } from '../../graphql/user-errors.ts';
import { requirePartner } from '../accounts/actor.ts';
import { mailNewOffer, mailVendorDeclined, notifyShareChanged } from './notify.ts';
import { offerStatus } from './status.ts';
import { checkOffer, type MakeOfferInput } from './validation.ts';

// The vendor's side: make (or replace) an offer on its share, withdraw it, or decline the request. Each
// runs in its mutation's transaction with the share locked, so one vendor's steps on a share and the
// buyer's decisions on its offers happen one after the other.

export interface OfferPayload {
  offer: OfferRow | null;
  userErrors: UserError[];
}

const failed = (error: UserError): OfferPayload => ({ offer: null, userErrors: [error] });

const shareNotFound = (field: string[]) => userError(field, 'NOT_FOUND', 'Your organization received no quote request with this id.');

const alreadyAccepted = (field: string[]) =>
  userError(field, 'ALREADY_ACCEPTED', 'The buyer accepted your offer on this request: it can no longer change.');

/** A share named by its VendorQuoteRequest id or its QuoteRequest id; null for anything else. */
function shareKey(id: string): { shareId: string } | { quoteRequestId: string } | null {
  const parsed = fromGlobalId(id);
  if (parsed?.type === 'VendorQuoteRequest') return { shareId: parsed.id };
  if (parsed?.type === 'QuoteRequest') return { quoteRequestId: parsed.id };
  return null;
}

/** Makes an offer on the vendor's share; an open one it had is replaced (WITHDRAWN, supersededBy the new one). */
export async function makeOffer(ctx: Context, input: MakeOfferInput): Promise<OfferPayload> {
  const scope = requirePartner(ctx.actor, 'quotes:write');
  // a TEST key finds no real buyer's request (test mode)
  const key = scope.sandboxKeyId ? null : shareKey(input.quoteRequestId);
  const share = key && (await lockVendorShare(ctx.database.db, scope.vendorId, key));
  if (!share) return failed(shareNotFound(['input', 'quoteRequestId']));
  if (share.accepted) return failed(alreadyAccepted(['input', 'quoteRequestId']));
  const { offer: checked, errors } = await checkOffer(ctx.database.db, scope.vendorId, input, await vendorQuoteLines(ctx.database.db, [share.id]));
  if (!checked) return { offer: null, userErrors: errors };
  await markSharesSeen(ctx.database.db, scope.vendorId, [share.id]);
  if (share.declinedAt) await setShareDeclined(ctx.database.db, share.id, null);
  const { offer, replacedId } = await insertOffer(ctx.database.db, {
    id: randomUUID(),
    vendorQuoteRequestId: share.id,
    quoteRequestId: share.quoteRequestId,
    vendorId: scope.vendorId,
    lines: checked.lines,
    monthlyTotal: checked.totals.monthlyTotal.toString(),
    oneTimeTotal: checked.totals.oneTimeTotal.toString(),
    listMonthlyTotal: checked.totals.listMonthlyTotal.toString(),
    listOneTimeTotal: checked.totals.listOneTimeTotal.toString(),
    validUntil: checked.validUntil,
    terms: checked.terms,
    createdByUserId: scope.userId,
    createdByApiKeyId: scope.apiKeyId,
  });
  await notifyShareChanged(ctx, share, replacedId ? 'OFFER_REPLACED' : 'OFFER_MADE');
  await mailNewOffer(ctx, share, offer);
  ctx.log.info({ offerId: offer.id, vendorQuoteRequestId: share.id, replacedId }, 'offer made');
  return { offer, userErrors: [] };
}

/** Withdraws an open offer of the caller's organization. */
export async function withdrawOffer(ctx: Context, id: string): Promise<OfferPayload> {
  const scope = requirePartner(ctx.actor, 'quotes:write');
  const parsed = fromGlobalId(id);
  const [found] = parsed?.type === 'Offer' && !scope.sandboxKeyId ? await offersByIds(ctx.database.db, [parsed.id]) : [];
  if (!found || found.vendorId !== scope.vendorId) return failed(userError(['id'], 'NOT_FOUND', 'Your organization made no offer with this id.'));
  const share = (await lockShareOfOffer(ctx.database.db, found.id))!;
  const withdrawn = await decideOffer(ctx.database.db, found.id, 'WITHDRAWN', scope.vendorId);
  if (!withdrawn) {
    const [current] = await offersByIds(ctx.database.db, [found.id]);
    return failed(
      offerStatus(current!) === 'EXPIRED'
        ? userError(['id'], 'OFFER_EXPIRED', 'This offer expired: there is nothing to withdraw.')
        : userError(['id'], 'OFFER_NOT_OPEN', 'This offer is no longer open: it was decided, withdrawn or replaced.'),
    );
  }
  await notifyShareChanged(ctx, share, 'OFFER_WITHDRAWN');
  ctx.log.info({ offerId: withdrawn.id }, 'offer withdrawn');
  return { offer: withdrawn, userErrors: [] };
}

export const maxDeclineReasonLength = 1000;

/** The vendor makes no offer on its share, saying why; an open offer it had is withdrawn. */
export async function declineQuoteRequest(
  ctx: Context,
  input: { id: string; reason?: string | null },
): Promise<{ quoteRequest: VendorQuoteRequestRow | null; userErrors: UserError[] }> {
  const scope = requirePartner(ctx.actor, 'quotes:write');
  const key = scope.sandboxKeyId ? null : shareKey(input.id);
  const share = key && (await lockVendorShare(ctx.database.db, scope.vendorId, key));
  if (!share) return { quoteRequest: null, userErrors: [shareNotFound(['input', 'id'])] };
  if (share.accepted) return { quoteRequest: null, userErrors: [alreadyAccepted(['input', 'id'])] };
  const reason = input.reason?.normalize('NFC').trim() || null;
  if (reason && [...reason].length > maxDeclineReasonLength) {
    return { quoteRequest: null, userErrors: [userError(['input', 'reason'], 'TOO_LONG', `The reason is longer than ${maxDeclineReasonLength} characters.`)] };
  }
  await markSharesSeen(ctx.database.db, scope.vendorId, [share.id]);
  await setShareDeclined(ctx.database.db, share.id, { reason });
  const withdrawn = await withdrawOpenOffer(ctx.database.db, share.id);
  if (!share.declinedAt || withdrawn) {
    await notifyShareChanged(ctx, share, 'VENDOR_DECLINED');
    await mailVendorDeclined(ctx, share, reason);
  }
  ctx.log.info({ vendorQuoteRequestId: share.id, withdrawnOfferId: withdrawn?.id ?? null }, 'quote request declined');
  const [row] = await vendorQuoteRequestsByIds(ctx.database.db, scope.vendorId, [share.id]);
  return { quoteRequest: row!, userErrors: [] };
}
