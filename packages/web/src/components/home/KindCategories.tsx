import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { formatCount } from '../../lib/format.ts';
import { catalogHref, OFFERING_KINDS } from '../catalog/catalog-url.ts';
import { FacetCountFields } from '../catalog/FacetPanel.tsx';
import { PageSection } from '../common/PageSection.tsx';

export const KindCategoriesFields = graphql(
  `
    fragment KindCategories on Query {
      categories {
        slug
        name
        nameEn
        kind
      }
      kindFacets: offerings(first: 1) {
        facets {
          kinds {
            ...FacetCount
          }
          categories {
            value
            count
          }
        }
      }
    }
  `,
  [FacetCountFields],
);

/** Every kind with its categories and how many published offerings each has, linking into the catalog. */
export function KindCategories({ data }: { data: FragmentOf<typeof KindCategoriesFields> }) {
  const { t, lang } = useI18n();
  const { categories, kindFacets } = readFragment(KindCategoriesFields, data);
  const categoryCounts = new Map(kindFacets.facets.categories.map((facet) => [facet.value, facet.count]));
  return (
    <PageSection id="kinds" className="kinds" title={t.home.categoriesTitle}>
      <div className="kinds__grid">
        {kindFacets.facets.kinds.map((kind) => {
          const kindValue = OFFERING_KINDS.find((value) => value === kind.value);
          const inKind = categories.filter(
            (category) => category.kind === kind.value && (categoryCounts.get(category.slug) ?? 0) > 0,
          );
          return (
            <section key={kind.value} className="card kinds__kind" aria-labelledby={`kind-${kind.value}`}>
              <h3 id={`kind-${kind.value}`} className="kinds__title">
                {localized(lang, kind.label, kind.labelEn)}
              </h3>
              <ul className="kinds__categories">
                {inKind.map((category) => (
                  <li key={category.slug}>
                    <Link to={catalogHref({ categories: [category.slug] })}>
                      {localized(lang, category.name, category.nameEn)}
                    </Link>{' '}
                    <span className="count">{formatCount(categoryCounts.get(category.slug) ?? 0, lang)}</span>
                  </li>
                ))}
              </ul>
              <p className="kinds__all">
                <Link to={catalogHref({ kinds: kindValue ? [kindValue] : [] })}>
                  {t.home.kindAll(formatCount(kind.count, lang))}
                </Link>
              </p>
            </section>
          );
        })}
      </div>
    </PageSection>
  );
}
