import { decideOffer, lockShareOfOffer, offersByIds } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { fromGlobalId } from '../../graphql/ids.ts';
import { userError } from '../../graphql/user-errors.ts';
import { buyerOf } from './access.ts';
import { notifyDecision } from './notify.ts';
import type { OfferPayload } from './service.ts';
import { offerStatus } from './status.ts';

// The buyer's side: accept or decline an offer. The share is locked, then one UPDATE … where the offer is
// open and unexpired decides it: of concurrent decisions on a share exactly one is made; the others read
// what was decided. Deciding again what is already decided succeeds and tells no one twice.

const notFound = () => userError(['id'], 'NOT_FOUND', 'No offer with this id was made on your request.');

async function decide(ctx: Context, id: string, accessToken: string | null | undefined, decision: 'ACCEPTED' | 'DECLINED'): Promise<OfferPayload> {
  const parsed = fromGlobalId(id);
  const [offer] = parsed?.type === 'Offer' ? await offersByIds(ctx.database.db, [parsed.id]) : [];
  const buyer = await buyerOf(ctx, offer?.quoteRequestId ?? null, accessToken);
  if (buyer === 'INVALID_TOKEN') {
    return { offer: null, userErrors: [userError(['accessToken'], 'INVALID_TOKEN', 'This access token opens no quote request.')] };
  }
  if (!offer || !buyer) return { offer: null, userErrors: [notFound()] };
  const share = (await lockShareOfOffer(ctx.database.db, offer.id))!;
  const decided = await decideOffer(ctx.database.db, offer.id, decision);
  if (decided) {
    await notifyDecision(ctx, share, decided);
    ctx.log.info({ offerId: decided.id, decision }, 'offer decided');
    return { offer: decided, userErrors: [] };
  }
  const [current] = await offersByIds(ctx.database.db, [offer.id]);
  if (current!.status === decision) return { offer: current!, userErrors: [] };
  if (offerStatus(current!) === 'EXPIRED') {
    return { offer: null, userErrors: [userError(['id'], 'OFFER_EXPIRED', 'This offer expired: ask the vendor for a new one.')] };
  }
  return { offer: null, userErrors: [userError(['id'], 'OFFER_NOT_OPEN', 'This offer is no longer open: it was decided, withdrawn or replaced.')] };
}

/** The buyer accepts an open, unexpired offer; accepting it again succeeds and changes nothing. */
export function acceptOffer(ctx: Context, id: string, accessToken: string | null | undefined): Promise<OfferPayload> {
  return decide(ctx, id, accessToken, 'ACCEPTED');
}

/** The buyer declines an open, unexpired offer; declining it again succeeds and changes nothing. */
export function declineOffer(ctx: Context, id: string, accessToken: string | null | undefined): Promise<OfferPayload> {
  return decide(ctx, id, accessToken, 'DECLINED');
}
