import { Link } from 'wouter';
import { useQuery } from 'urql';
import { OfferingCard, OfferingCardFields } from '../components/catalog/OfferingCard.tsx';
import { CatalogSearch } from '../components/catalog/SearchField.tsx';
import { ApiErrorNotice, Loading } from '../components/common/Notice.tsx';
import { PageSection } from '../components/common/PageSection.tsx';
import { EcosystemFigures, EcosystemFiguresFields } from '../components/home/EcosystemFigures.tsx';
import { KindCategories, KindCategoriesFields } from '../components/home/KindCategories.tsx';
import { graphql } from '../graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useAbsoluteUrl, usePageMeta } from '../lib/page-meta.tsx';
import { SCHEMA_CONTEXT } from '../lib/structured-data.ts';

const HomeQuery = graphql(
  `
    query Home {
      featuredOfferings {
        id
        ...OfferingCard
      }
      recent: offerings(first: 6, sort: UPDATED_DESC) {
        nodes {
          id
          ...OfferingCard
        }
      }
      ...EcosystemFigures
      ...KindCategories
    }
  `,
  [OfferingCardFields, EcosystemFiguresFields, KindCategoriesFields],
);

export default function HomePage() {
  const { t, lang } = useI18n();
  const absolute = useAbsoluteUrl();
  // The site, and how to search it, for search engines.
  usePageMeta({
    title: t.siteTitle,
    name: t.siteName,
    description: t.meta.siteDescription,
    path: '/',
    jsonLd: [
      {
        '@context': SCHEMA_CONTEXT,
        '@type': 'WebSite',
        name: t.siteName,
        url: absolute('/'),
        inLanguage: lang,
        potentialAction: { '@type': 'SearchAction', target: `${absolute('/catalog')}?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
      },
    ],
  });
  const [result, reexecute] = useQuery({ query: HomeQuery });
  const data = result.data;
  // Staff choose the featured listings; until they have, the latest updates stand in.
  const featured = data && data.featuredOfferings.length > 0 ? data.featuredOfferings : null;

  return (
    <div className="page home">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title" className="hero__title">
          {t.home.heroTitle}
        </h1>
        <p className="hero__lead">{t.home.heroLead}</p>
        <CatalogSearch size="large" hint={t.home.searchHint} />
        <p className="hero__compose">
          <span>{t.home.composeLead}</span>{' '}
          <Link className="button button--secondary" to="/compose">
            {t.home.composeCta}
          </Link>
        </p>
      </section>

      {result.error && !data ? (
        <ApiErrorNotice onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <EcosystemFigures data={data} />
          <KindCategories data={data} />
          <PageSection id="featured" className="featured" title={featured ? t.home.featuredTitle : t.home.recentTitle}>
            <ul className="card-grid">
              {(featured ?? data.recent.nodes).map((offering) => (
                <OfferingCard key={offering.id} offering={offering} />
              ))}
            </ul>
            <p className="featured__all">
              <Link className="button button--secondary" to="/catalog">
                {t.home.featuredAll}
              </Link>
            </p>
          </PageSection>
        </>
      )}
    </div>
  );
}
