import type { ComponentType, ReactNode } from 'react';
import { readFragment, type FragmentOf } from '../../graphql.ts';
import type { Dictionary } from '../../i18n/dictionary.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DataCenterParts } from './parts/DataCenterParts.tsx';
import { OfferingParts } from './parts/OfferingParts.tsx';
import { PriceParts } from './parts/PriceParts.tsx';
import { QuoteParts } from './parts/QuoteParts.tsx';
import { ResidencyParts } from './parts/ResidencyParts.tsx';
import { VendorParts } from './parts/VendorParts.tsx';
import { ReportPartsFields, type ReportData } from './report-data.ts';

type Report = Dictionary['report'];

/** The live sections in order: each a title and its parts (a chart and a table each). */
const SECTIONS: { id: string; title: (r: Report) => string; Parts: ComponentType<{ report: ReportData }> }[] = [
  { id: 'report-vendors', title: (r) => r.vendors.title, Parts: VendorParts },
  { id: 'report-offerings', title: (r) => r.offerings.title, Parts: OfferingParts },
  { id: 'report-data-centers', title: (r) => r.dataCenters.title, Parts: DataCenterParts },
  { id: 'report-residency', title: (r) => r.residency.title, Parts: ResidencyParts },
  { id: 'report-prices', title: (r) => r.prices.title, Parts: PriceParts },
  { id: 'report-quotes', title: (r) => r.quotes.title, Parts: QuoteParts },
];

/** The live sections, in order, for the page's contents. */
export function reportSections(t: Dictionary): { id: string; title: string }[] {
  return SECTIONS.map(({ id, title }) => ({ id, title: title(t.report) }));
}

/** Every part of the ecosystem report, grouped in sections. */
export function LiveReport({ data }: { data: FragmentOf<typeof ReportPartsFields> }) {
  const { t } = useI18n();
  const report = readFragment(ReportPartsFields, data);
  return (
    <>
      {SECTIONS.map(({ id, title, Parts }) => (
        <Section key={id} id={id} title={title(t.report)}>
          <Parts report={report} />
        </Section>
      ))}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="report-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
