import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { Localized } from '../../i18n/i18n.tsx';
import { OfferingLinkFields } from '../offering/offering-fields.ts';
import { placesOf } from './StackSummary.tsx';
import { useStackText } from './stack-text.ts';

export const LineServiceFields = graphql(
  `
    fragment LineService on StackLine {
      available
      micVerified
      dataOutsideVietnam {
        id
        city
        countryCode
      }
      offering {
        ...OfferingLink
      }
    }
  `,
  [OfferingLinkFields],
);

/** A stack line's offering and vendor, flagged when it is no longer offered or keeps data abroad. */
export function LineService({ line: data }: { line: FragmentOf<typeof LineServiceFields> }) {
  const s = useStackText();
  const { offering, available, micVerified, dataOutsideVietnam } = readFragment(LineServiceFields, data);
  return (
    <div className="line-service">
      <Link to={`/offerings/${offering.slug}`} className="stack-line__offering">
        <Localized vi={offering.name} en={offering.nameEn} />
      </Link>
      <span className="stack-line__vendor">
        {s.line.byPrefix}{' '}
        <Link to={`/vendors/${offering.vendor.slug}`}>{offering.vendor.name}</Link>
      </span>
      {(!available || micVerified || dataOutsideVietnam.length > 0) && (
        <span className="stack-line__flags">
          {!available && <span className="badge badge--error">{s.line.unavailable}</span>}
          {micVerified && <span className="badge badge--vn">{s.line.micVerified}</span>}
          {dataOutsideVietnam.length > 0 && <span className="badge badge--warn-inline">{s.line.dataOutside(placesOf(dataOutsideVietnam))}</span>}
        </span>
      )}
      {!available && <span className="stack-line__help">{s.line.unavailableHelp}</span>}
    </div>
  );
}
