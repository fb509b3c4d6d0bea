import { Link } from 'wouter';
import { Fact } from '../common/Fact.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatVnd } from '../../lib/format.ts';
import type { SchemaEnum } from '../../lib/schema-enums.ts';
import { OfferDecision } from './OfferDecision.tsx';
import { OfferLinesTable } from './OfferLinesTable.tsx';
import type { OfferData } from './offer-fields.ts';
import { useOffersText } from './offers-text.ts';
import { ShareStatusBadge } from './ShareStatusBadge.tsx';

interface VendorOffersProps {
  part: { status: SchemaEnum<'QuoteShareStatus'>; declineReason: string | null; vendor: { id: string; slug: string; name: string } };
  /** this vendor's offers, newest first */
  offers: readonly OfferData[];
  accessToken: string | null;
  onDecided: () => void;
}

/** One vendor's answer: its latest offer against the list prices, to accept or decline, and the earlier ones folded away. */
export function VendorOffers({ part, offers, accessToken, onDecided }: VendorOffersProps) {
  const o = useOffersText();
  const { site } = useI18n();
  const [latest, ...history] = offers;
  const headingId = `vendor-offers-${part.vendor.id}`;
  return (
    <article className="card vendor-offers" aria-labelledby={headingId}>
      <div className="vendor-offers__head">
        <h3 id={headingId} className="vendor-offers__vendor">
          <Link to={site(`/vendors/${part.vendor.slug}`)}>{part.vendor.name}</Link>
        </h3>
        <span className="visually-hidden">{o.statusOf(part.vendor.name)}:</span> <ShareStatusBadge status={part.status} />
      </div>
      {part.status === 'VENDOR_DECLINED' && (
        <p className="muted">
          {o.vendorDeclined}
          {part.declineReason && <> {o.declineReason(part.declineReason)}</>}
        </p>
      )}
      {latest ? (
        <>
          <OfferLinesTable offer={latest} />
          <OfferSummary offer={latest} />
          <OfferDecision offer={latest} vendor={part.vendor.name} accessToken={accessToken} onDecided={onDecided} />
        </>
      ) : (
        part.status !== 'VENDOR_DECLINED' && <p className="muted">{o.noOffer}</p>
      )}
      {history.length > 0 && (
        <details className="vendor-offers__history">
          <summary>{o.history(history.length)}</summary>
          <ol className="vendor-offers__older">
            {history.map((offer) => (
              <li key={offer.id}>
                <h4 className="subsection-title">{o.historyItem(formatDate(offer.createdAt), o.offerStatus[offer.status])}</h4>
                <OfferLinesTable offer={offer} />
                <OfferSummary offer={offer} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </article>
  );
}

/** An offer's status, validity, terms and totals against the list. */
function OfferSummary({ offer }: { offer: OfferData }) {
  const o = useOffersText();
  return (
    <dl className="stack-totals vendor-offers__facts">
      <Fact term={o.offerStatusLabel}>{o.offerStatus[offer.status]}</Fact>
      <Fact term={o.validUntil}>{formatDate(offer.validUntil)}</Fact>
      <Fact term={o.madeOn}>{formatDate(offer.createdAt)}</Fact>
      <Fact term={o.monthlyAtOffer}>
        {formatVnd(offer.monthlyTotal.amount)} <span className="muted">{o.againstList(formatVnd(offer.listMonthlyTotal.amount))}</span>
      </Fact>
      <Fact term={o.oneTimeAtOffer}>
        {formatVnd(offer.oneTimeTotal.amount)} <span className="muted">{o.againstList(formatVnd(offer.listOneTimeTotal.amount))}</span>
      </Fact>
      <Fact term={o.terms} className="vendor-offers__terms">
        {offer.terms ?? <span className="muted">{o.noTerms}</span>}
      </Fact>
    </dl>
  );
}
