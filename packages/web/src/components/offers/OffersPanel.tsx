import './offers.css';

import type { ReactNode } from 'react';
import { readFragment, type FragmentOf } from '../../graphql.ts';
import { PageSection } from '../common/PageSection.tsx';
import { QuoteRequestOffersFields } from './offer-fields.ts';
import { OfferedEstimateTable } from './OfferedEstimateTable.tsx';
import { useOffersText } from './offers-text.ts';
import { VendorOffers } from './VendorOffers.tsx';

interface OffersPanelProps {
  request: FragmentOf<typeof QuoteRequestOffersFields>;
  /** the request's access token on the page its private link opens; null for the signed-in buyer */
  accessToken: string | null;
  /** reads the request again after a decision: statuses and totals change with it */
  onDecided: () => void;
  /** below the totals: the procurement record's exports */
  record: ReactNode;
}

/**
 * A quote request's offers as its buyer answers them, side by side by vendor, with the totals at the
 * offered prices: on the account's request page and on the page the request's private link opens.
 */
export function OffersPanel({ request, accessToken, onDecided, record }: OffersPanelProps) {
  const o = useOffersText();
  const { parts, offers, offeredEstimate } = readFragment(QuoteRequestOffersFields, request);
  return (
    <div className="offers">
      <PageSection id="offers" title={o.title}>
        <p className="muted">{o.lead}</p>
        <div className="offers__vendors">
          {parts.map((part) => (
            <VendorOffers
              key={part.vendor.id}
              part={part}
              offers={offers.filter((offer) => offer.vendor.id === part.vendor.id)}
              accessToken={accessToken}
              onDecided={onDecided}
            />
          ))}
        </div>
      </PageSection>
      <OfferedEstimateTable estimate={offeredEstimate} />
      <PageSection id="procurement-record" className="section offers__record" title={o.record}>
        {record}
      </PageSection>
    </div>
  );
}
