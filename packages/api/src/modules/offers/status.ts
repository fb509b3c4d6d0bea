import type { OfferRow } from '@mayviet/db';

// Where an offer and a vendor's share stand, as read: EXPIRED is never stored, only read from validUntil.

export type OfferStatus = 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN' | 'EXPIRED';

export type QuoteShareStatus = 'SENT' | 'SEEN' | 'OFFER_MADE' | 'OFFER_EXPIRED' | 'OFFER_WITHDRAWN' | 'OFFER_DECLINED' | 'OFFER_ACCEPTED' | 'VENDOR_DECLINED';

/** An offer's status as read at `now`: an OPEN offer past its validUntil is EXPIRED. */
export function offerStatus(offer: Pick<OfferRow, 'status' | 'validUntil'>, now = new Date()): OfferStatus {
  return offer.status === 'OPEN' && offer.validUntil.getTime() <= now.getTime() ? 'EXPIRED' : offer.status;
}

/** Whether the buyer may still accept it. */
export const isOpenOffer = (offer: Pick<OfferRow, 'status' | 'validUntil'>, now = new Date()) => offerStatus(offer, now) === 'OPEN';

/**
 * Where a vendor's share stands, from its seen and declined stamps and its offers (any order): an accepted
 * offer, else the vendor's decline, else an open offer, else what became of its latest offer (declined,
 * expired, withdrawn without a newer one), else seen, else sent.
 */
export function shareStatus(share: { seenAt: Date | null; declinedAt: Date | null }, offers: readonly OfferRow[], now = new Date()): QuoteShareStatus {
  if (offers.some((offer) => offer.status === 'ACCEPTED')) return 'OFFER_ACCEPTED';
  if (share.declinedAt) return 'VENDOR_DECLINED';
  if (offers.some((offer) => isOpenOffer(offer, now))) return 'OFFER_MADE';
  const latest = [...offers].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (latest) {
    const status = offerStatus(latest, now);
    if (status === 'DECLINED') return 'OFFER_DECLINED';
    if (status === 'EXPIRED') return 'OFFER_EXPIRED';
    if (status === 'WITHDRAWN' && latest.supersededById === null) return 'OFFER_WITHDRAWN';
  }
  return share.seenAt ? 'SEEN' : 'SENT';
}
