import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatPercent, formatVnd } from '../../lib/format.ts';
import { refine, type CatalogState } from './catalog-url.ts';

const PRICE_STEPS = [100_000, 500_000, 1_000_000, 5_000_000, 10_000_000, 50_000_000];
const SLA_STEPS = ['99.5', '99.9', '99.95', '99.98', '99.99'];

/** The steps offered, plus the one in the address when a link carries another value. */
function withCurrent<T>(steps: T[], current: T | null): T[] {
  return current === null || steps.includes(current) ? steps : [...steps, current];
}

interface CatalogFiltersProps {
  state: CatalogState;
  onChange: (next: CatalogState) => void;
}

/** The filters that are not facets: residency, price, SLA, verified compliance. */
export function CatalogFilters({ state, onChange }: CatalogFiltersProps) {
  const { t, lang } = useI18n();
  const priceId = useId();
  const slaId = useId();
  const prices = withCurrent(PRICE_STEPS, state.maxMonthlyPrice).sort((a, b) => a - b);
  const slas = withCurrent(SLA_STEPS, state.minSlaAvailability).sort((a, b) => Number(a) - Number(b));
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
      <label className="check">
        <input
          type="checkbox"
          checked={state.micVerified}
          onChange={(event) => onChange(refine(state, { micVerified: event.target.checked }))}
        />
        <span className="check__label">{t.catalog.micVerified}</span>
      </label>
      <div className="field">
        <label htmlFor={priceId}>{t.catalog.maxPrice}</label>
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
