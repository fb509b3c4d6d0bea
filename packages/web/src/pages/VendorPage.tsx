import { Link, useParams } from 'wouter';
import { useQuery } from 'urql';
import { catalogHref } from '../components/catalog/catalog-url.ts';
import { OfferingCard, OfferingCardFields } from '../components/catalog/OfferingCard.tsx';
import { NotFound } from '../components/common/NotFound.tsx';
import { PageQueryPending } from '../components/common/Notice.tsx';
import { PageSection } from '../components/common/PageSection.tsx';
import { AttestationItemFields, AttestationList } from '../components/offering/AttestationList.tsx';
import { countryName, DataCenterItemFields, DataCenterSection } from '../components/offering/DataCenterList.tsx';
import { graphql } from '../graphql.ts';
import { localized, Localized, useI18n } from '../i18n/i18n.tsx';
import { formatCount } from '../lib/format.ts';
import { useAbsoluteUrl, usePageMeta } from '../lib/page-meta.tsx';
import { SCHEMA_CONTEXT } from '../lib/structured-data.ts';

const VendorQuery = graphql(
  `
    query VendorPage($slug: String!) {
      vendor(slug: $slug) {
        id
        slug
        name
        kinds
        domestic
        countryCode
        website
        description
        descriptionEn
        dataCenters {
          id
          ...DataCenterItem
        }
        attestations {
          ...AttestationItem
        }
        offerings(first: 100) {
          totalCount
          nodes {
            id
            ...OfferingCard
          }
        }
      }
    }
  `,
  [DataCenterItemFields, AttestationItemFields, OfferingCardFields],
);

export default function VendorPage() {
  const { slug = '' } = useParams<{ slug: string }>();
  const { t, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: VendorQuery, variables: { slug } });
  const absolute = useAbsoluteUrl();
  const loaded = result.data?.vendor;
  const description = loaded ? localized(lang, loaded.description, loaded.descriptionEn) : '';
  const path = loaded ? `/vendors/${loaded.slug}` : '';
  // For search engines, the vendor is an Organization: its own web site, else its page here.
  usePageMeta(
    loaded
      ? {
          title: `${loaded.name} — ${t.siteName}`,
          name: loaded.name,
          description,
          path,
          jsonLd: [{ '@context': SCHEMA_CONTEXT, '@type': 'Organization', name: loaded.name, url: loaded.website ?? absolute(path), description }],
        }
      : null,
  );

  if (!result.data) return <PageQueryPending failed={result.error !== undefined} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const vendor = result.data.vendor;
  if (!vendor) return <NotFound title={t.vendorPage.notFoundTitle} body={t.vendorPage.notFoundBody(slug)} />;

  return (
    <article className="page vendor-page">
      <header className="page__header">
        <p className="eyebrow">{vendor.kinds.map((kind) => t.vendorKinds[kind] ?? kind).join(' · ')}</p>
        <h1 className="page__title">{vendor.name}</h1>
        <ul className="badges">
          <li className={vendor.domestic ? 'badge badge--vn' : 'badge'}>
            {vendor.domestic ? t.vendorPage.domestic : t.vendorPage.foreign(countryName(vendor.countryCode, lang))}
          </li>
        </ul>
        {vendor.website && (
          <p>
            <a href={vendor.website} rel="noopener noreferrer" target="_blank">
              {t.vendorPage.website}
            </a>
          </p>
        )}
      </header>

      <PageSection id="about" title={t.vendorPage.about}>
        <p className="prose">
          <Localized vi={vendor.description} en={vendor.descriptionEn} />
        </p>
      </PageSection>

      <DataCenterSection title={t.vendorPage.dataCenters} dataCenters={vendor.dataCenters} empty={t.vendorPage.noDataCenters} />

      <PageSection id="attestations" title={t.vendorPage.attestations}>
        <AttestationList attestations={vendor.attestations} />
      </PageSection>

      <PageSection id="offerings" title={t.vendorPage.offerings(formatCount(vendor.offerings.totalCount, lang))}>
        {vendor.offerings.nodes.length === 0 ? (
          <p className="muted">{t.vendorPage.noOfferings}</p>
        ) : (
          <>
            <ul className="card-grid">
              {vendor.offerings.nodes.map((offering) => (
                <OfferingCard key={offering.id} offering={offering} />
              ))}
            </ul>
            <p>
              <Link to={catalogHref({ vendors: [vendor.slug] })}>{t.vendorPage.inCatalog}</Link>
            </p>
          </>
        )}
      </PageSection>
    </article>
  );
}
