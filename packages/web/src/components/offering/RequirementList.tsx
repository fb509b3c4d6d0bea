import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { localized, Localized, useI18n } from '../../i18n/i18n.tsx';
import { catalogHref } from '../catalog/catalog-url.ts';

export const RequirementItemFields = graphql(`
  fragment RequirementItem on Requirement {
    description
    descriptionEn
    categories {
      slug
      name
      nameEn
    }
    vendors {
      id
      slug
      name
    }
  }
`);

/** What else a stack needs, each with a link to the catalog narrowed to what satisfies it. */
export function RequirementList({ requirements }: { requirements: FragmentOf<typeof RequirementItemFields>[] }) {
  const { t, lang } = useI18n();
  if (requirements.length === 0) return <p className="muted">{t.offeringPage.noRequirements}</p>;
  return (
    <>
      <p>{t.offeringPage.requirementsIntro}</p>
      <ul className="requirements">
        {requirements.map((data, index) => {
          const requirement = readFragment(RequirementItemFields, data);
          const href = catalogHref({
            categories: requirement.categories.map((category) => category.slug),
            vendors: requirement.vendors.map((vendor) => vendor.slug),
          });
          return (
            <li key={index} className="card requirement">
              <p>
                <Localized vi={requirement.description} en={requirement.descriptionEn} />
              </p>
              <dl className="requirement__facts">
                <div>
                  <dt>{t.offeringPage.requirementCategories}</dt>
                  <dd>{requirement.categories.map((category) => localized(lang, category.name, category.nameEn)).join(', ')}</dd>
                </div>
                <div>
                  <dt>{t.offeringPage.requirementVendors}</dt>
                  <dd>
                    {requirement.vendors.length === 0
                      ? t.offeringPage.anyVendor
                      : requirement.vendors.map((vendor, i) => (
                          <span key={vendor.id}>
                            {i > 0 && ', '}
                            <Link to={`/vendors/${vendor.slug}`}>{vendor.name}</Link>
                          </span>
                        ))}
                  </dd>
                </div>
              </dl>
              <Link to={href}>{t.offeringPage.findMatching}</Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
