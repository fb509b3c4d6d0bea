import { useId } from 'react';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { formatPercent, formatVnd } from '../../lib/format.ts';
import { refine, type CatalogState, type PriceUnitValue } from './catalog-url.ts';

/** Ceilings offered for the lowest price, in its unit: per GB in hundreds of đồng, per user in tens of thousands. */
const PRICE_STEPS: Record<PriceUnitValue | 'ANY', number[]> = {
  ANY: [100_000, 500_000, 1_000_000, 5_000_000, 10_000_000, 50_000_000],
  MONTH: [100_000, 500_000, 1_000_000, 5_000_000, 10_000_000, 50_000_000],
  GB_MONTH: [500, 1_000, 2_000, 5_000],
  USER_MONTH: [20_000, 50_000, 100_000, 200_000],
  ONE_TIME: [],
};
const SLA_STEPS = ['99.5', '99.9', '99.95', '99.98', '99.99'];

/** The steps offered, plus the one in the address when a link carries another value. */
function withCurrent<T>(steps: T[], current: T | null): T[] {
  return current === null || steps.includes(current) ? steps : [...steps, current];
}

/** A framework the catalogue can filter by. */
export interface VerifiedFramework {
  code: string;
  name: string;
  nameEn: string;
}

interface CatalogFiltersProps {
  state: CatalogState;
  /** the frameworks some published offering holds a verified attestation of */
  frameworks: readonly VerifiedFramework[];
  onChange: (next: CatalogState) => void;
}

/** The filters that are not facets: residency, verified certification, price, SLA. */
export function CatalogFilters({ state, frameworks, onChange }: CatalogFiltersProps) {
  const { t, lang } = useI18n();
  const priceId = useId();
  const slaId = useId();
  const frameworksId = useId();
  // With one unit chosen the ceiling is a price in that unit; otherwise each offering's lowest price in its own.
  const unit = state.billingUnits.length === 1 ? state.billingUnits[0]! : null;
  const prices = withCurrent(PRICE_STEPS[unit ?? 'ANY'], state.maxMonthlyPrice).sort((a, b) => a - b);
  const slas = withCurrent(SLA_STEPS, state.minSlaAvailability).sort((a, b) => Number(a) - Number(b));
  // A framework in the address that no longer has a verified attestation stays choosable, so it can be unchosen.
  const choices =
    state.framework === null || frameworks.some((framework) => framework.code === state.framework)
      ? frameworks
      : [...frameworks, { code: state.framework, name: state.framework, nameEn: state.framework }];
  return (
    <div className="filters">
      <label className="check">
        <input
          type="checkbox"
          checked={state.dataInVietnam}
          onChange={(event) => onChange(refine(state, { dataInVietnam: event.target.checked }))}
        />
        <span className="check__label">{t.catalog.dataInVietnam}</span>
      </label>
      {choices.length > 0 && (
        <fieldset className="filters__choice" role="radiogroup" aria-labelledby={frameworksId}>
          <legend className="filters__legend" id={frameworksId}>
            {t.catalogMore.frameworks}
          </legend>
          {[null, ...choices].map((framework) => (
            <label className="check" key={framework?.code ?? ''}>
              <input
                type="radio"
                name={`${frameworksId}-framework`}
                checked={state.framework === (framework?.code ?? null)}
                onChange={() => onChange(refine(state, { framework: framework?.code ?? null }))}
              />
              <span className="check__label">{framework ? localized(lang, framework.name, framework.nameEn) : t.catalogMore.frameworkAny}</span>
            </label>
          ))}
        </fieldset>
      )}
      {prices.length > 0 && (
        <div className="field">
          <label htmlFor={priceId}>{unit ? t.catalogMore.maxPriceIn(t.units[unit] ?? unit) : t.catalog.maxPrice}</label>
          <select
            id={priceId}
            value={state.maxMonthlyPrice ?? ''}
            onChange={(event) =>
              onChange(refine(state, { maxMonthlyPrice: event.target.value === '' ? null : Number(event.target.value) }))
            }
          >
            <option value="">{t.catalog.anyValue}</option>
            {prices.map((price) => (
              <option key={price} value={price}>
                {t.catalog.upTo(formatVnd(price))}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={slaId}>{t.catalog.minSla}</label>
        <select
          id={slaId}
          value={state.minSlaAvailability ?? ''}
          onChange={(event) => onChange(refine(state, { minSlaAvailability: event.target.value || null }))}
        >
          <option value="">{t.catalog.anyValue}</option>
          {slas.map((sla) => (
            <option key={sla} value={sla}>
              {t.catalog.atLeast(formatPercent(sla, lang))}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
