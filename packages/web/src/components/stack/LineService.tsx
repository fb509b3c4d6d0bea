import { Link } from 'wouter';
import { Localized } from '../../i18n/i18n.tsx';
import { placesOf } from './StackSummary.tsx';
import { useStackText } from './stack-text.ts';

interface LineServiceProps {
  offering: { slug: string; name: string; nameEn: string | null; vendor: { slug: string; name: string } };
  available: boolean;
  micVerified: boolean;
  dataOutsideVietnam: readonly { city: string; countryCode: string }[];
}

/** A stack line's offering and vendor, flagged when it is no longer offered or keeps data abroad. */
export function LineService({ offering, available, micVerified, dataOutsideVietnam }: LineServiceProps) {
  const s = useStackText();
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
