import { useId, useState } from 'react';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { formatCount } from '../../lib/format.ts';
import type { CatalogState, FacetName } from './catalog-url.ts';

/** A facet's value as the filters and the home page show it: its label in both languages and its count (unmasked: read where it is spread). */
export const FacetCountFields = graphql(`
  fragment FacetCount on FacetValue @_unmask {
    value
    label
    labelEn
    count
  }
`);

export const CatalogFacetsFields = graphql(
  `
    fragment CatalogFacets on OfferingFacets {
      kinds {
        ...FacetCount
      }
      categories {
        ...FacetCount
      }
      vendors {
        ...FacetCount
      }
      cities {
        ...FacetCount
      }
      billingUnits {
        ...FacetCount
      }
    }
  `,
  [FacetCountFields],
);

const COLLAPSED_SIZE = 6;

interface FacetOption {
  value: string;
  label: string;
  count: number;
}

interface FacetPanelProps {
  facets: FragmentOf<typeof CatalogFacetsFields>;
  state: CatalogState;
  onToggle: (facet: FacetName, value: string) => void;
}

/** One group of checkboxes per facet; values within a facet combine with OR, so several can be chosen. */
export function FacetPanel({ facets: data, state, onToggle }: FacetPanelProps) {
  const { t, lang } = useI18n();
  const facets = readFragment(CatalogFacetsFields, data);
  const groups: { name: FacetName; title: string }[] = [
    { name: 'kinds', title: t.catalog.facetKinds },
    { name: 'billingUnits', title: t.catalogMore.facetUnits },
    { name: 'categories', title: t.catalog.facetCategories },
    { name: 'vendors', title: t.catalog.facetVendors },
    { name: 'cities', title: t.catalog.facetCities },
  ];
  return (
    <>
      {groups.map(({ name, title }) => {
        const selected: string[] = state[name];
        const options: FacetOption[] = facets[name].map((value) => ({
          value: value.value,
          label: localized(lang, value.label, value.labelEn),
          count: value.count,
        }));
        // A chosen value the current result no longer counts must stay visible, or it could not be unchosen.
        for (const value of selected) {
          if (!options.some((option) => option.value === value)) options.push({ value, label: value, count: 0 });
        }
        return <Facet key={name} title={title} options={options} selected={selected} onToggle={(value) => onToggle(name, value)} />;
      })}
    </>
  );
}

interface FacetProps {
  title: string;
  options: FacetOption[];
  selected: string[];
  onToggle: (value: string) => void;
}

function Facet({ title, options, selected, onToggle }: FacetProps) {
  const { t, lang } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  if (options.length === 0) return null;
  const collapsible = options.length > COLLAPSED_SIZE + 1;
  const shown =
    !collapsible || expanded
      ? options
      : options.filter((option, index) => index < COLLAPSED_SIZE || selected.includes(option.value));
  return (
    <fieldset className="facet">
      <legend className="facet__title">{title}</legend>
      <ul className="facet__values" id={listId}>
        {shown.map((option) => (
          <li key={option.value}>
            <label className="check">
              <input type="checkbox" checked={selected.includes(option.value)} onChange={() => onToggle(option.value)} />
              <span className="check__label">{option.label}</span>
              <span className="check__count">{formatCount(option.count, lang)}</span>
            </label>
          </li>
        ))}
      </ul>
      {collapsible && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t.catalog.showFewer : t.catalog.showAll(options.length)}
        </button>
      )}
    </fieldset>
  );
}
