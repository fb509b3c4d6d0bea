import type { SchemaEnum } from '../../lib/schema-enums.ts';
import { useOffersText } from './offers-text.ts';

type ShareStatus = SchemaEnum<'QuoteShareStatus'>;

/** The badges' colours: an offer to answer stands out, a decision reads as done, an end without a deal as muted. */
const TONES: Record<ShareStatus, string> = {
  SENT: 'badge',
  SEEN: 'badge',
  OFFER_MADE: 'badge badge--offer',
  OFFER_ACCEPTED: 'badge badge--vn',
  OFFER_DECLINED: 'badge',
  OFFER_EXPIRED: 'badge badge--warn-inline',
  OFFER_WITHDRAWN: 'badge badge--warn-inline',
  VENDOR_DECLINED: 'badge badge--error',
};

/** Where one vendor's share of a request stands, in words. */
export function ShareStatusBadge({ status }: { status: ShareStatus }) {
  const o = useOffersText();
  return <span className={`${TONES[status]} share-status`}>{o.shareStatus[status]}</span>;
}
