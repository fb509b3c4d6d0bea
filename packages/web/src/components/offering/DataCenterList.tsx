import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { PageSection } from '../common/PageSection.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Lang } from '../../i18n/dictionary.ts';

export const DataCenterItemFields = graphql(`
  fragment DataCenterItem on DataCenter {
    id
    name
    city
    countryCode
    inVietnam
    tier
  }
`);

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A country's name in the reader's language, e.g. "SG" → "Singapore". */
export function countryName(code: string, lang: Lang): string {
  return new Intl.DisplayNames([lang === 'vi' ? 'vi-VN' : 'en-GB'], { type: 'region' }).of(code) ?? code;
}

interface DataCenterListProps {
  dataCenters: FragmentOf<typeof DataCenterItemFields>[];
  empty: string;
}

/** The offering's and the vendor's pages' section (#dc) listing where it runs. */
export function DataCenterSection({ title, ...list }: DataCenterListProps & { title: string }) {
  return (
    <PageSection id="dc" title={title}>
      <DataCenterList {...list} />
    </PageSection>
  );
}

function DataCenterList({ dataCenters, empty }: DataCenterListProps) {
  const { t, lang } = useI18n();
  if (dataCenters.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="dc-list">
      {dataCenters.map((data) => {
        const dc = readFragment(DataCenterItemFields, data);
        const country = dc.inVietnam ? null : countryName(dc.countryCode, lang);
        return (
          <li key={dc.id} className="dc-list__item">
            <span className="dc-list__city">
              {dc.city}
              {country !== null && country !== dc.city && `, ${country}`}
            </span>
            <span className="dc-list__name">{dc.name}</span>
            <span className="dc-list__meta">
              {dc.tier === null ? t.dataCenter.tierUnknown : t.dataCenter.tier(ROMAN[dc.tier - 1] ?? String(dc.tier))}
              {!dc.inVietnam && <span className="badge badge--warn">{t.dataCenter.abroad}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
