import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatCount } from '../../lib/format.ts';
import { PageSection } from '../common/PageSection.tsx';

export const EcosystemFiguresFields = graphql(`
  fragment EcosystemFigures on Query {
    figureVendors: vendors(first: 1) {
      totalCount
    }
    ecosystemReport {
      publishedOfferings
      verifiedPlatforms
      dataCentersByTier {
        key
        count
      }
    }
  }
`);

export function EcosystemFigures({ data }: { data: FragmentOf<typeof EcosystemFiguresFields> }) {
  const { t, lang } = useI18n();
  const { figureVendors, ecosystemReport: report } = readFragment(EcosystemFiguresFields, data);
  // Every data center has one tier, UNRATED included: the tiers add up to all of them.
  const dataCenters = report.dataCentersByTier.reduce((sum, tier) => sum + tier.count, 0);
  const figures = [
    { value: figureVendors.totalCount, label: t.home.figureVendors },
    { value: report.publishedOfferings, label: t.home.figureOfferings },
    { value: dataCenters, label: t.home.figureDataCenters },
    { value: report.verifiedPlatforms, label: t.home.figureVerified },
  ];
  return (
    <PageSection id="figures" className="figures" title={t.home.figuresTitle}>
      <dl className="figures__list">
        {figures.map((figure) => (
          <div key={figure.label} className="figures__item">
            <dt>{figure.label}</dt>
            <dd>{formatCount(figure.value, lang)}</dd>
          </div>
        ))}
      </dl>
      <p className="figures__report">
        <Link to="/report">{t.home.figuresReport}</Link>
      </p>
    </PageSection>
  );
}
