import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { Localized, useI18n } from '../../i18n/i18n.tsx';
import { formatPercent, formatVnd, unitLabel } from '../../lib/format.ts';
import { CompareToggle } from '../compare/CompareToggle.tsx';
import { OfferingLinkFields } from '../offering/offering-fields.ts';

export const OfferingCardFields = graphql(
  `
    fragment OfferingCard on Offering {
      ...OfferingLink
      kind
      summary
      summaryEn
      dataInVietnam
      slaAvailability
      lowestPrice {
        price {
          amount
        }
        unit
      }
    }
  `,
  [OfferingLinkFields],
);

export function OfferingCard({ offering: data }: { offering: FragmentOf<typeof OfferingCardFields> }) {
  const { t, lang } = useI18n();
  const offering = readFragment(OfferingCardFields, data);
  return (
    <li className="card offering-card">
      <article>
        <p className="offering-card__kind">{t.kinds[offering.kind] ?? offering.kind}</p>
        <h3 className="offering-card__name">
          <Link to={`/offerings/${offering.slug}`}>
            <Localized vi={offering.name} en={offering.nameEn} />
          </Link>
        </h3>
        <p className="offering-card__vendor">
          <Link to={`/vendors/${offering.vendor.slug}`}>{offering.vendor.name}</Link>
        </p>
        <p className="offering-card__summary">
          <Localized vi={offering.summary} en={offering.summaryEn} />
        </p>
        <ul className="badges">
          {offering.dataInVietnam && <li className="badge badge--vn">{t.offering.dataInVietnam}</li>}
          {offering.slaAvailability !== null && (
            <li className="badge">{t.offering.sla(formatPercent(offering.slaAvailability, lang))}</li>
          )}
        </ul>
        {offering.lowestPrice && (
          <p className="offering-card__price">
            {t.offering.priceFrom} <strong>{formatVnd(offering.lowestPrice.price.amount)}</strong> {unitLabel(offering.lowestPrice.unit, lang)}
          </p>
        )}
        <CompareToggle slug={offering.slug} name={offering.name} nameEn={offering.nameEn} />
      </article>
    </li>
  );
}
