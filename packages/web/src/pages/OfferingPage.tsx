import { Link, useParams } from 'wouter';
import { useQuery } from 'urql';
import { catalogHref } from '../components/catalog/catalog-url.ts';
import { NotFound } from '../components/common/NotFound.tsx';
import { CompareWith } from '../components/compare/CompareWith.tsx';
import { Fact } from '../components/common/Fact.tsx';
import { PageQueryPending } from '../components/common/Notice.tsx';
import { PageSection } from '../components/common/PageSection.tsx';
import { AttestationItemFields, AttestationList } from '../components/offering/AttestationList.tsx';
import { DataCenterItemFields, DataCenterSection } from '../components/offering/DataCenterList.tsx';
import { OfferingFactsFields } from '../components/offering/offering-fields.ts';
import { PlanItemFields, PlanList } from '../components/offering/PlanList.tsx';
import { RequirementItemFields, RequirementList } from '../components/offering/RequirementList.tsx';
import { graphql, readFragment, type ResultOf } from '../graphql.ts';
import type { Dictionary, Lang } from '../i18n/dictionary.ts';
import { localized, Localized, localizedText, useI18n } from '../i18n/i18n.tsx';
import { formatDate, formatPercent, priceWithUnit, unitLabel } from '../lib/format.ts';
import { useAbsoluteUrl, usePageMeta, type PageMeta } from '../lib/page-meta.tsx';
import { breadcrumbList, SCHEMA_CONTEXT } from '../lib/structured-data.ts';

const OfferingQuery = graphql(
  `
    query OfferingPage($slug: String!) {
      offering(slug: $slug) {
        ...OfferingFacts
        summary
        summaryEn
        description
        descriptionEn
        sampleData
        updatedAt
        lowestPrice {
          price {
            amount
          }
          unit
        }
        vendor {
          attestations {
            ...AttestationItem
          }
        }
        plans {
          id
          ...PlanItem
        }
        dataCenters {
          id
          ...DataCenterItem
        }
        requirements {
          ...RequirementItem
        }
        attestations {
          ...AttestationItem
        }
      }
    }
  `,
  [OfferingFactsFields, AttestationItemFields, PlanItemFields, DataCenterItemFields, RequirementItemFields],
);

export default function OfferingPage() {
  const { slug = '' } = useParams<{ slug: string }>();
  const { t, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: OfferingQuery, variables: { slug } });
  const absolute = useAbsoluteUrl();
  const loaded = result.data?.offering;
  usePageMeta(loaded ? offeringMeta(loaded, t, lang, absolute) : null);

  if (!result.data) return <PageQueryPending failed={result.error !== undefined} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const offering = result.data.offering;
  if (!offering) return <NotFound title={t.offeringPage.notFoundTitle} body={t.offeringPage.notFoundBody(slug)} />;

  const categoryName = localized(lang, offering.category.name, offering.category.nameEn);
  const residency =
    offering.dataCenters.length === 0
      ? t.offeringPage.residencyNone
      : offering.dataInVietnam
        ? t.offeringPage.residencyVietnam
        : t.offeringPage.residencyAbroad;

  return (
    <article className="page offering-page">
      <nav aria-label={t.common.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link to="/">{t.nav.home}</Link>
          </li>
          <li>
            <Link to="/catalog">{t.nav.catalog}</Link>
          </li>
          <li>
            <Link to={catalogHref({ categories: [offering.category.slug] })}>{categoryName}</Link>
          </li>
        </ol>
      </nav>

      <header className="page__header">
        <p className="eyebrow">{t.kinds[offering.kind] ?? offering.kind}</p>
        <h1 className="page__title">
          <Localized vi={offering.name} en={offering.nameEn} />
        </h1>
        <p className="page__lead">
          <Localized vi={offering.summary} en={offering.summaryEn} />
        </p>
        <p>
          <Link to={`/vendors/${offering.vendor.slug}`}>{t.offering.by(offering.vendor.name)}</Link>
        </p>
        <p>
          <CompareWith slug={offering.slug} name={offering.name} nameEn={offering.nameEn} categorySlug={offering.category.slug} />
        </p>
      </header>

      {offering.sampleData && <p className="callout">{t.offeringPage.sampleData}</p>}

      <section aria-labelledby="facts-title" className="facts">
        <h2 id="facts-title" className="visually-hidden">
          {t.offeringPage.facts}
        </h2>
        <dl className="facts__list">
          <Fact term={t.offeringPage.category}>
            <Link to={catalogHref({ categories: [offering.category.slug] })}>{categoryName}</Link>
          </Fact>
          <Fact term={t.offeringPage.vendor}>
            <Link to={`/vendors/${offering.vendor.slug}`}>{offering.vendor.name}</Link>
          </Fact>
          <Fact term={t.offeringPage.sla}>
            {offering.slaAvailability === null ? t.offeringPage.slaNone : formatPercent(offering.slaAvailability, lang)}
          </Fact>
          <Fact term={t.offeringPage.residency}>{residency}</Fact>
          <Fact term={t.offeringPage.priceFrom}>
            {offering.lowestPrice === null
              ? t.offeringPage.noPlans
              : priceWithUnit(offering.lowestPrice.price.amount, offering.lowestPrice.unit, lang)}
          </Fact>
          <Fact term={t.offeringPage.updated}>{formatDate(offering.updatedAt)}</Fact>
        </dl>
      </section>

      <PageSection id="description" title={t.offeringPage.description}>
        {localizedText(lang, offering.description, offering.descriptionEn).lang && <p className="muted">{t.offeringPage.descriptionInVietnamese}</p>}
        <p className="prose">
          <Localized vi={offering.description} en={offering.descriptionEn} />
        </p>
      </PageSection>

      <PageSection id="plans" title={t.offeringPage.plans}>
        <p className="muted">{t.offeringPage.plansNote}</p>
        <PlanList plans={offering.plans} />
      </PageSection>

      <DataCenterSection title={t.offeringPage.dataCenters} dataCenters={offering.dataCenters} empty={t.offeringPage.noDataCenters} />

      <PageSection id="requirements" title={t.offeringPage.requirements}>
        <RequirementList requirements={offering.requirements} />
      </PageSection>

      <PageSection id="attestations" title={t.offeringPage.attestations}>
        <h3 className="subsection-title">{t.offeringPage.offeringAttestations}</h3>
        <AttestationList attestations={offering.attestations} />
        <h3 className="subsection-title">{t.offeringPage.vendorAttestations(offering.vendor.name)}</h3>
        <AttestationList attestations={offering.vendor.attestations} />
      </PageSection>
    </article>
  );
}

type Offering = NonNullable<ResultOf<typeof OfferingQuery>['offering']>;

/** The offering for search engines and previews: a Product with one Offer per plan, priced in VND, sold by its vendor. */
function offeringMeta(offering: Offering, t: Dictionary, lang: Lang, absolute: (path: string) => string): PageMeta {
  const path = `/offerings/${offering.slug}`;
  const url = absolute(path);
  const name = localized(lang, offering.name, offering.nameEn);
  const summary = localized(lang, offering.summary, offering.summaryEn);
  const categoryName = localized(lang, offering.category.name, offering.category.nameEn);
  const seller = { '@type': 'Organization', name: offering.vendor.name, url: absolute(`/vendors/${offering.vendor.slug}`) };
  const offers = offering.plans.map((data) => {
    const plan = readFragment(PlanItemFields, data);
    const price = Number(plan.price.amount);
    return {
      '@type': 'Offer',
      name: localized(lang, plan.name, plan.nameEn),
      price,
      priceCurrency: 'VND',
      priceSpecification: { '@type': 'UnitPriceSpecification', price, priceCurrency: 'VND', unitText: unitLabel(plan.unit, lang) },
      seller,
      url,
    };
  });
  return {
    title: `${name} — ${t.siteName}`,
    name,
    description: summary,
    path,
    jsonLd: [
      {
        '@context': SCHEMA_CONTEXT,
        '@type': 'Product',
        name,
        description: summary,
        url,
        category: categoryName,
        brand: { '@type': 'Brand', name: offering.vendor.name },
        ...(offers.length > 0 ? { offers } : {}),
      },
      breadcrumbList([
        { name: t.nav.home, url: absolute('/') },
        { name: t.nav.catalog, url: absolute('/catalog') },
        { name: categoryName, url: absolute(catalogHref({ categories: [offering.category.slug] })) },
        { name, url },
      ]),
    ],
  };
}
