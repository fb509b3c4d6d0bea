import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatCount } from '../../lib/format.ts';
import { MIC_FRAMEWORK_CODE } from '../catalog/catalog-url.ts';

// The API has no totals for data centers or verified vendors, so they are counted over the vendors
// (one page of 100 holds the whole ecosystem today).
export const EcosystemFiguresFields = graphql(`
  fragment EcosystemFigures on Query {
    figureOfferings: offerings(first: 1) {
      totalCount
    }
    figureVendors: vendors(first: 100) {
      totalCount
      nodes {
        id
        dataCenters {
          id
        }
        attestations {
          status
          framework {
            code
          }
        }
      }
    }
  }
`);

export function EcosystemFigures({ data }: { data: FragmentOf<typeof EcosystemFiguresFields> }) {
  const { t, lang } = useI18n();
  const { figureOfferings, figureVendors } = readFragment(EcosystemFiguresFields, data);
  const dataCenters = figureVendors.nodes.reduce((sum, vendor) => sum + vendor.dataCenters.length, 0);
  const verified = figureVendors.nodes.filter((vendor) =>
    vendor.attestations.some(
      (attestation) => attestation.status === 'VERIFIED' && attestation.framework.code === MIC_FRAMEWORK_CODE,
    ),
  ).length;
  const figures = [
    { value: figureVendors.totalCount, label: t.home.figureVendors },
    { value: figureOfferings.totalCount, label: t.home.figureOfferings },
    { value: dataCenters, label: t.home.figureDataCenters },
    { value: verified, label: t.home.figureVerified },
  ];
  return (
    <section className="figures" aria-labelledby="figures-title">
      <h2 id="figures-title" className="section-title">
        {t.home.figuresTitle}
      </h2>
      <dl className="figures__list">
        {figures.map((figure) => (
          <div key={figure.label} className="figures__item">
            <dt>{figure.label}</dt>
            <dd>{formatCount(figure.value, lang)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
