import { Link } from 'wouter';
import { Localized, useI18n } from '../../i18n/i18n.tsx';
import { formatCount } from '../../lib/format.ts';
import { StackTableHead } from '../stack/StackTableHead.tsx';
import { UnitPrice } from '../stack/UnitPrice.tsx';
import { moneyDifference } from './money-difference.ts';
import type { OfferData } from './offer-fields.ts';
import { useOffersText } from './offers-text.ts';

/** An offer's lines: each unit's list price beside the offered one, and the difference. */
export function OfferLinesTable({ offer }: { offer: OfferData }) {
  const o = useOffersText();
  // site(): the account's request page lives in a nested router.
  const { lang, site } = useI18n();
  return (
    <table className="offer-lines">
      <StackTableHead
        columns={[
          { header: o.service },
          { header: o.quantity, numeric: true },
          { header: o.listPrice, numeric: true },
          { header: o.offeredPrice, numeric: true },
          { header: o.difference, numeric: true },
        ]}
      />
      <tbody>
        {offer.lines.map((line) => (
          <tr key={line.plan.id} className="offer-line">
            <th scope="row" data-label={o.service}>
              <Link to={site(`/offerings/${line.offering.slug}`)}>
                <Localized vi={line.offering.name} en={line.offering.nameEn} />
              </Link>
              <span className="muted offer-lines__plan">
                <Localized vi={line.plan.name} en={line.plan.nameEn} />
              </span>
            </th>
            <td className="num" data-label={o.quantity}>
              {formatCount(line.quantity, lang)}
            </td>
            <td className="num offer-lines__list" data-label={o.listPrice}>
              <UnitPrice price={{ amount: line.listUnitPrice.amount, unit: line.plan.unit }} />
            </td>
            <td className="num offer-lines__offered" data-label={o.offeredPrice}>
              <UnitPrice price={{ amount: line.unitPrice.amount, unit: line.plan.unit }} />
            </td>
            <td className="num offer-lines__difference" data-label={o.difference}>
              {moneyDifference(line.unitPrice.amount, line.listUnitPrice.amount, lang) ?? o.sameAsList}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
