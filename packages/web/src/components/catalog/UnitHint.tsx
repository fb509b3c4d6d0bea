import { readFragment, type FragmentOf } from '../../graphql.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { formatCount } from '../../lib/format.ts';
import { PRICE_UNITS, refine, type CatalogState, type PriceUnitValue } from './catalog-url.ts';
import { CatalogFacetsFields } from './FacetPanel.tsx';

interface UnitHintProps {
  state: CatalogState;
  facets: FragmentOf<typeof CatalogFacetsFields>;
  onChange: (next: CatalogState) => void;
}

const isUnit = (value: string): value is PriceUnitValue => (PRICE_UNITS as readonly string[]).includes(value);

/**
 * Sorting or capping by price over results billed in several units compares each offering's lowest price
 * in its own unit (docs/SEARCH.md): say so, and offer each unit, so one click compares like with like.
 */
export function UnitHint({ state, facets: data, onChange }: UnitHintProps) {
  const { t, lang } = useI18n();
  const byPrice = state.sort === 'PRICE_ASC' || state.sort === 'PRICE_DESC' || state.maxMonthlyPrice !== null;
  const units = readFragment(CatalogFacetsFields, data).billingUnits.filter((unit) => unit.count > 0 && isUnit(unit.value));
  if (!byPrice || state.billingUnits.length === 1 || units.length < 2) return null;
  return (
    <div className="catalog__unit-hint">
      <p>{t.catalogMore.unitHint}</p>
      <ul className="catalog__unit-choices">
        {units.map((unit) => (
          <li key={unit.value}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onChange(refine(state, { billingUnits: [unit.value as PriceUnitValue] }))}
            >
              {localized(lang, unit.label, unit.labelEn)} ({formatCount(unit.count, lang)})
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
