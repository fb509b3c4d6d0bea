// A vendor's offers on one request: the latest in full, the earlier ones folded away.
import { useId } from 'react';
import { Localized } from '../../i18n/i18n.tsx';
import { formatCount, formatDate } from '../../lib/format.ts';
import type { SchemaEnum } from '../../lib/schema-enums.ts';
import { UnitPrice } from '../stack/UnitPrice.tsx';
import { useConsoleI18n } from './console-i18n.ts';
import { formatDateTime } from './date-time.ts';
import { OfferTotalsList, totalsOf } from './OfferTotals.tsx';
import type { ConsoleOffer } from './quote-documents.ts';

/** Where the vendor's share of a request stands, as a badge. */
export function ShareStatusBadge({ status }: { status: SchemaEnum<'QuoteShareStatus'> }) {
  const { c } = useConsoleI18n();
  return (
    <span className={`status status--share-${status.toLowerCase().replaceAll('_', '-')}`}>
      <span className="visually-hidden">{c.offers.shareStatus}: </span>
      {c.offers.status[status]}
    </span>
  );
}

function OfferStatusBadge({ offer }: { offer: ConsoleOffer }) {
  const { c } = useConsoleI18n();
  const replaced = offer.status === 'WITHDRAWN' && offer.supersededBy !== null;
  return (
    <span className={`status status--offer-${replaced ? 'replaced' : offer.status.toLowerCase()}`}>
      {replaced ? c.offers.replaced : c.offers.offerStatus[offer.status]}
    </span>
  );
}

/** The offers, newest first: the latest prominent, the history in a disclosure. */
export function OfferHistory({ offers }: { offers: readonly ConsoleOffer[] }) {
  const { c } = useConsoleI18n();
  const titleId = useId();
  const [latest, ...earlier] = offers;
  return (
    <section className="quote__offers" aria-labelledby={titleId}>
      <h3 id={titleId} className="quote__offers-title">
        {c.offers.title}
      </h3>
      {latest ? <OfferCard offer={latest} label={c.offers.latest} /> : <p className="muted">{c.offers.none}</p>}
      {earlier.length > 0 && (
        <details className="offer-history">
          <summary>{c.offers.history(earlier.length)}</summary>
          <ol className="offer-history__list">
            {earlier.map((offer) => (
              <li key={offer.id}>
                <OfferCard offer={offer} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

/** One offer: where it stands, when it was made and until when it holds, its prices against the list, its terms. */
function OfferCard({ offer, label }: { offer: ConsoleOffer; label?: string }) {
  const { c, lang } = useConsoleI18n();
  const titleId = useId();
  return (
    <article className={label ? 'offer offer--latest' : 'offer'} aria-labelledby={titleId}>
      <div className="offer__head">
        <h4 id={titleId} className="offer__title">
          {label && <span className="visually-hidden">{label}: </span>}
          {c.offers.madeAt(formatDateTime(offer.createdAt, lang, c))}
        </h4>
        <OfferStatusBadge offer={offer} />
      </div>
      <p className="offer__dates">
        {c.offers.validThrough(formatDate(offer.validUntil))}
        {offer.decidedAt && <> · {c.offers.decidedAt(formatDateTime(offer.decidedAt, lang, c))}</>}
      </p>
      <table className="quote__lines offer__lines">
        <caption className="visually-hidden">{c.offers.linesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.offers.service}</th>
            <th scope="col" className="num">
              {c.offers.listUnitPrice}
            </th>
            <th scope="col" className="num">
              {c.offers.unitPrice}
            </th>
          </tr>
        </thead>
        <tbody>
          {offer.lines.map((line) => (
            <tr key={line.plan.id}>
              <td>
                <Localized vi={line.offering.name} en={line.offering.nameEn} />
                <span className="quote__plan">
                  <span className="visually-hidden">{c.quotes.planName}: </span>
                  <Localized vi={line.plan.name} en={line.plan.nameEn} /> · {c.offers.quantityOf(formatCount(line.quantity, lang))}
                </span>
              </td>
              <td className="num">
                <UnitPrice price={{ amount: line.listUnitPrice.amount, unit: line.plan.unit }} />
              </td>
              <td className="num">
                <strong>
                  <UnitPrice price={{ amount: line.unitPrice.amount, unit: line.plan.unit }} />
                </strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <OfferTotalsList totals={totalsOf(offer)} />
      {offer.terms && (
        <div className="offer__terms">
          <h5 className="offer__terms-title">{c.offers.terms}</h5>
          <p>{offer.terms}</p>
        </div>
      )}
    </article>
  );
}
