import { readFragment, type FragmentOf } from '../../graphql.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { formatPercent, formatVnd } from '../../lib/format.ts';
import { labelOf } from '../../lib/schema-enums.ts';
import { clearFilters, refine, toggleFacetValue, type CatalogState, type FacetName } from './catalog-url.ts';
import type { VerifiedFramework } from './CatalogFilters.tsx';
import { CatalogFacetsFields } from './FacetPanel.tsx';

interface ActiveFiltersProps {
  state: CatalogState;
  /** the latest facets, for the chosen values' names; null until the first answer */
  facets: FragmentOf<typeof CatalogFacetsFields> | null;
  frameworks: readonly VerifiedFramework[];
  onChange: (next: CatalogState) => void;
}

interface Chip {
  key: string;
  label: string;
  without: CatalogState;
}

const FACETS: FacetName[] = ['kinds', 'categories', 'vendors', 'cities', 'billingUnits'];

/** Every filter in use as a chip that removes it alone, and one button that removes them all. */
export function ActiveFilters({ state, facets: data, frameworks, onChange }: ActiveFiltersProps) {
  const { t, lang } = useI18n();
  const facets = data ? readFragment(CatalogFacetsFields, data) : null;
  const facetLabel = (facet: FacetName, value: string) => {
    if (facet === 'kinds') return labelOf(t.kinds, value);
    const found = facets?.[facet].find((entry) => entry.value === value);
    return found ? localized(lang, found.label, found.labelEn) : value;
  };
  const chips: Chip[] = FACETS.flatMap((facet) =>
    (state[facet] as readonly string[]).map((value) => ({
      key: `${facet}:${value}`,
      label: facetLabel(facet, value),
      without: toggleFacetValue(state, facet, value),
    })),
  );
  if (state.dataInVietnam) chips.push({ key: 'vn', label: t.catalog.dataInVietnam, without: refine(state, { dataInVietnam: false }) });
  if (state.maxMonthlyPrice !== null) {
    chips.push({ key: 'max', label: t.catalogMore.chipMaxPrice(formatVnd(state.maxMonthlyPrice)), without: refine(state, { maxMonthlyPrice: null }) });
  }
  if (state.minSlaAvailability !== null) {
    chips.push({
      key: 'sla',
      label: t.catalogMore.chipMinSla(formatPercent(state.minSlaAvailability, lang)),
      without: refine(state, { minSlaAvailability: null }),
    });
  }
  if (state.framework !== null) {
    const framework = frameworks.find((entry) => entry.code === state.framework);
    chips.push({
      key: 'framework',
      label: t.catalogMore.chipFramework(framework ? localized(lang, framework.name, framework.nameEn) : state.framework),
      without: refine(state, { framework: null }),
    });
  }
  if (chips.length === 0) return null;
  return (
    <section className="filter-chips" aria-label={t.catalogMore.activeFilters}>
      <ul className="filter-chips__list">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button type="button" className="filter-chip" aria-label={t.catalogMore.removeFilter(chip.label)} onClick={() => onChange(chip.without)}>
              {chip.label}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => onChange(clearFilters(state))}>
        {t.catalog.clearAll}
      </button>
    </section>
  );
}
