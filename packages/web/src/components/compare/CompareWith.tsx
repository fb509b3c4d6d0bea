import { useLocation } from 'wouter';
import { useI18n } from '../../i18n/i18n.tsx';
import { catalogHref } from '../catalog/catalog-url.ts';
import { addToCompare } from './compare-selection.ts';

/** "Compare with…": picks this offering and opens the catalogue at its category to pick the others. */
export function CompareWith({ slug, name, nameEn, categorySlug }: { slug: string; name: string; nameEn: string | null; categorySlug: string }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => {
        addToCompare({ slug, name, nameEn });
        navigate(catalogHref({ categories: [categorySlug] }));
      }}
    >
      {t.compareOfferings.compareWith}
    </button>
  );
}
