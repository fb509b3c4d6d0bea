import { useEffect, type ReactNode } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useQuery } from 'urql';
import { catalogHref } from '../components/catalog/catalog-url.ts';
import { ApiErrorNotice, Loading, Notice } from '../components/common/Notice.tsx';
import {
  compareOfferingsPath,
  comparedSlugs,
  MAX_COMPARED,
  removeFromCompare,
  writeCompareSelection,
  type ComparedOffering,
} from '../components/compare/compare-selection.ts';
import { ComparePage } from '../components/compare/ComparePage.tsx';
import { CompareTable } from '../components/compare/CompareTable.tsx';
import { AttestationSummaryFields } from '../components/offering/AttestationList.tsx';
import { countryName } from '../components/offering/DataCenterList.tsx';
import { OfferingFactsFields, PlanPriceFields } from '../components/offering/offering-fields.ts';
import { graphql, type ResultOf } from '../graphql.ts';
import { localized, Localized, useI18n } from '../i18n/i18n.tsx';
import { useDocumentTitle } from '../lib/document-title.ts';
import { formatDate, formatPercent, formatVnd } from '../lib/format.ts';
import { labelOf } from '../lib/schema-enums.ts';

const CompareOfferingsQuery = graphql(
  `
    query CompareOfferings($slugs: [String!]!) {
      offeringsBySlugs(slugs: $slugs) {
        ...OfferingFacts
        vendor {
          attestations {
            ...AttestationSummary
          }
        }
        plans {
          ...PlanPrice
          monthlyPrice {
            amount
          }
        }
        dataCenters {
          id
          city
          countryCode
          inVietnam
        }
        attestations {
          ...AttestationSummary
        }
      }
    }
  `,
  [AttestationSummaryFields, OfferingFactsFields, PlanPriceFields],
);

type Compared = NonNullable<ResultOf<typeof CompareOfferingsQuery>['offeringsBySlugs'][number]>;
type Attestation = Compared['attestations'][number];

/** Two to four offerings side by side, one column each: /compare/offerings?slugs=a,b. */
export default function CompareOfferingsPage() {
  const { t, lang } = useI18n();
  const c = t.compareOfferings;
  useDocumentTitle(`${c.title} — ${t.siteName}`);
  const [, navigate] = useLocation();
  const slugs = comparedSlugs(useSearch());
  const asked = slugs.slice(0, MAX_COMPARED);
  const [result, reexecute] = useQuery({ query: CompareOfferingsQuery, variables: { slugs: asked }, pause: asked.length === 0 });
  const answered = result.data?.offeringsBySlugs;
  const found = (answered ?? []).filter((offering): offering is Compared => offering !== null);

  // What is compared is what the catalogue shows as picked, so going back keeps the choice.
  const compared = answered ? JSON.stringify(found.map((offering) => ({ slug: offering.slug, name: offering.name, nameEn: offering.nameEn }))) : null;
  useEffect(() => {
    if (compared !== null) writeCompareSelection(JSON.parse(compared) as ComparedOffering[]);
  }, [compared]);

  const addMore = found[0] ? catalogHref({ categories: [found[0].category.slug] }) : '/catalog';
  const header = (
    <>
      <h1 className="page__title">{c.title}</h1>
      <p className="page__lead">{c.lead}</p>
    </>
  );

  if (asked.length === 0) {
    return (
      <ComparePage header={header}>
        <Notice title={c.empty}>
          <Link className="button" to="/catalog">
            {c.chooseInCatalog}
          </Link>
        </Notice>
      </ComparePage>
    );
  }
  if (result.error && !result.data) {
    return <ComparePage header={header}><ApiErrorNotice onRetry={() => reexecute({ requestPolicy: 'network-only' })} /></ComparePage>;
  }
  if (!answered) return <Loading />;

  const missing = asked.filter((_, index) => answered[index] === null);
  const remove = (slug: string) => {
    removeFromCompare(slug);
    navigate(compareOfferingsPath(found.map((offering) => offering.slug).filter((other) => other !== slug)));
  };

  const row = (label: string, cell: (offering: Compared) => ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {found.map((offering) => (
        <td key={offering.id} data-label={localized(lang, offering.name, offering.nameEn)}>
          {cell(offering)}
        </td>
      ))}
    </tr>
  );

  const attestationItem = (attestation: Attestation, ofVendor: boolean) => {
    const met = attestation.status === 'VERIFIED';
    const { framework } = attestation;
    return (
      <li key={attestation.id}>
        <span className="compared-attestation__framework">
          {localized(lang, framework.name, framework.nameEn)}
          {ofVendor && <span className="muted"> ({c.ofVendor})</span>}
        </span>
        {met ? (
          <span className="compared-attestation__status">
            <span className="badge badge--vn">{c.met}</span>
            {attestation.criteriaMet !== null && ` ${t.attestation.criteria(attestation.criteriaMet, framework.criteriaCount)}`}
            {attestation.validUntil !== null && ` · ${t.attestation.validUntil(formatDate(attestation.validUntil))}`}
          </span>
        ) : (
          <span className="compared-attestation__status">
            <span className="badge badge--warn-inline">{labelOf(c.notMet, attestation.status)}</span> {c.notCounted}
          </span>
        )}
      </li>
    );
  };

  return (
    <ComparePage header={header}>
      {slugs.length > MAX_COMPARED && <p className="callout">{c.tooMany(MAX_COMPARED)}</p>}
      {missing.length > 0 && <p className="callout">{c.notFound(missing.join(', '))}</p>}
      {found.length < 2 && (
        <Notice title={c.needMore}>
          <Link className="button" to={addMore}>
            {c.addMore}
          </Link>
        </Notice>
      )}
      {found.length > 0 && (
        <CompareTable
          id="compare-offerings"
          caption={c.caption}
          className="compare-table compare-table--offerings"
          corner={c.aspect}
          columns={found.map((offering) => ({
            key: offering.id,
            header: (
              <>
                <Link to={`/offerings/${offering.slug}`}>
                  <Localized vi={offering.name} en={offering.nameEn} />
                </Link>
                <span className="compare-table__date">{offering.vendor.name}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={c.remove(localized(lang, offering.name, offering.nameEn))}
                  onClick={() => remove(offering.slug)}
                >
                  {c.removeShort}
                </button>
              </>
            ),
          }))}
        >
          <tbody>
            {row(c.vendor, (offering) => <Link to={`/vendors/${offering.vendor.slug}`}>{offering.vendor.name}</Link>)}
            {row(c.category, (offering) => localized(lang, offering.category.name, offering.category.nameEn))}
            {row(c.kind, (offering) => t.kinds[offering.kind] ?? offering.kind)}
            {row(c.plans, (offering) =>
              offering.plans.length === 0 ? (
                <span className="muted">{c.noPlans}</span>
              ) : (
                <ul className="compare-table__list compared-plans">
                  {offering.plans.map((plan) => (
                    <li key={plan.id}>
                      <span className="compared-plans__name">
                        <Localized vi={plan.name} en={plan.nameEn} />
                      </span>{' '}
                      <span className="compared-plans__price">
                        <strong>{formatVnd(plan.price.amount)}</strong> {t.units[plan.unit] ?? plan.unit}
                      </span>
                      {plan.unit === 'ONE_TIME' && <span className="badge compared-plans__once">{c.oneTime}</span>}
                      {plan.unit === 'HOUR' && (
                        <span className="compared-plans__monthly muted">{t.offeringPage.monthlyEquivalent(formatVnd(plan.monthlyPrice.amount))}</span>
                      )}
                    </li>
                  ))}
                </ul>
              ),
            )}
            {row(c.sla, (offering) => (offering.slaAvailability === null ? <span className="muted">{c.slaNone}</span> : formatPercent(offering.slaAvailability, lang)))}
            {row(c.dataCenters, (offering) =>
              offering.dataCenters.length === 0 ? (
                <span className="muted">{c.noDataCenters}</span>
              ) : (
                <ul className="compare-table__list">
                  {offering.dataCenters.map((dc) => {
                    const country = countryName(dc.countryCode, lang);
                    return (
                      <li key={dc.id}>
                        {country === dc.city ? dc.city : `${dc.city}, ${country}`}
                        {!dc.inVietnam && <span className="badge badge--warn">{t.dataCenter.abroad}</span>}
                      </li>
                    );
                  })}
                </ul>
              ),
            )}
            {row(c.residency, (offering) =>
              offering.dataCenters.length === 0 ? (
                <span className="muted">{t.offeringPage.residencyNone}</span>
              ) : offering.dataInVietnam ? (
                <span className="badge badge--vn">{t.offeringPage.residencyVietnam}</span>
              ) : (
                <span className="badge badge--warn-inline">{t.offeringPage.residencyAbroad}</span>
              ),
            )}
            {row(c.attestations, (offering) =>
              offering.attestations.length + offering.vendor.attestations.length === 0 ? (
                <span className="muted">{c.noAttestations}</span>
              ) : (
                <ul className="compare-table__list compared-attestations">
                  {offering.attestations.map((attestation) => attestationItem(attestation, false))}
                  {offering.vendor.attestations.map((attestation) => attestationItem(attestation, true))}
                </ul>
              ),
            )}
          </tbody>
        </CompareTable>
      )}
      {found.length >= 2 && found.length < MAX_COMPARED && (
        <p>
          <Link to={addMore}>{c.addMore}</Link>
        </p>
      )}
    </ComparePage>
  );
}
