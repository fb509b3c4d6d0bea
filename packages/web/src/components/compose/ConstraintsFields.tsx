import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatPercent } from '../../lib/format.ts';
import type { ComposeDraft } from './compose-draft.ts';
import { fieldId, type ComposeField } from './compose-problems.ts';
import { useComposeText } from './compose-text.ts';
import { MIC_FRAMEWORK_CODE, STACK_LAYERS } from './compose-url.ts';

const SLA_STEPS = ['99', '99.5', '99.9', '99.95', '99.99'];

export interface VendorChoice {
  slug: string;
  name: string;
}

interface ConstraintsFieldsProps {
  draft: ComposeDraft;
  vendors: readonly VendorChoice[];
  onChange: (change: Partial<ComposeDraft>) => void;
  errorOf: (field: ComposeField) => string | null;
}

/** An input's error, below it and named by its aria-describedby. */
function FieldError({ id, error }: { id: string; error: string | null }) {
  return error ? (
    <p className="field-error" id={id}>
      {error}
    </p>
  ) : null;
}

function Check({ checked, onChange, children, error, id }: { checked: boolean; onChange: (checked: boolean) => void; children: ReactNode; error: string | null; id: string }) {
  return (
    <div>
      <label className="check">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span className="check__label">{children}</span>
      </label>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** What the composed stack must respect: every field optional. */
export function ConstraintsFields({ draft, vendors, onChange, errorOf }: ConstraintsFieldsProps) {
  const { lang } = useI18n();
  const c = useComposeText();
  const slas = draft.minAvailability === null || SLA_STEPS.includes(draft.minAvailability) ? SLA_STEPS : [...SLA_STEPS, draft.minAvailability].sort((a, b) => Number(a) - Number(b));
  const described = (field: ComposeField, hint?: string) =>
    [hint, errorOf(field) ? `${fieldId(field)}-error` : undefined].filter(Boolean).join(' ') || undefined;

  const textField = (field: 'maxMonthlyTotal' | 'maxFirstYearTotal' | 'maxVendors', label: string, hint: string) => (
    <div className="field">
      <label htmlFor={fieldId(field)}>{label}</label>
      <input
        id={fieldId(field)}
        className="text-input"
        inputMode="numeric"
        autoComplete="off"
        value={draft[field]}
        aria-invalid={errorOf(field) ? true : undefined}
        aria-describedby={described(field, `${fieldId(field)}-hint`)}
        onChange={(event) => onChange({ [field]: event.target.value })}
      />
      <p className="field__hint" id={`${fieldId(field)}-hint`}>
        {hint}
      </p>
      <FieldError id={`${fieldId(field)}-error`} error={errorOf(field)} />
    </div>
  );

  return (
    <div className="constraints">
      <div className="constraints__checks">
        <Check id={fieldId('dataInVietnam')} checked={draft.dataInVietnam} onChange={(dataInVietnam) => onChange({ dataInVietnam })} error={errorOf('dataInVietnam')}>
          {c.constraints.dataInVietnam}
        </Check>
        <Check id={fieldId('domesticOnly')} checked={draft.domesticOnly} onChange={(domesticOnly) => onChange({ domesticOnly })} error={errorOf('domesticOnly')}>
          {c.constraints.domesticOnly}
        </Check>
        <Check
          id={fieldId('framework')}
          checked={draft.framework !== null}
          onChange={(checked) => onChange({ framework: checked ? (draft.framework ?? MIC_FRAMEWORK_CODE) : null })}
          error={errorOf('framework')}
        >
          {draft.framework === null || draft.framework === MIC_FRAMEWORK_CODE ? c.constraints.mic : c.constraints.framework(draft.framework)}
        </Check>
        <Check
          id={fieldId('requireSecondSite')}
          checked={draft.requireSecondSite}
          onChange={(requireSecondSite) => onChange({ requireSecondSite })}
          error={errorOf('requireSecondSite')}
        >
          {c.constraints.secondSite}
        </Check>
      </div>

      <div className="constraints__fields">
        <div className="field">
          <label htmlFor={fieldId('minAvailability')}>{c.constraints.minAvailability}</label>
          <select
            id={fieldId('minAvailability')}
            value={draft.minAvailability ?? ''}
            aria-invalid={errorOf('minAvailability') ? true : undefined}
            aria-describedby={described('minAvailability')}
            onChange={(event) => onChange({ minAvailability: event.target.value || null })}
          >
            <option value="">{c.constraints.anyAvailability}</option>
            {slas.map((sla) => (
              <option key={sla} value={sla}>
                {c.constraints.atLeast(formatPercent(sla, lang))}
              </option>
            ))}
          </select>
          <FieldError id={`${fieldId('minAvailability')}-error`} error={errorOf('minAvailability')} />
        </div>
        {textField('maxMonthlyTotal', c.constraints.maxMonthly, c.constraints.budgetHint)}
        {textField('maxFirstYearTotal', c.constraints.maxFirstYear, c.constraints.budgetHint)}
        {textField('maxVendors', c.constraints.maxVendors, c.constraints.maxVendorsHint)}
      </div>

      <fieldset className="constraints__group" aria-describedby={errorOf('omitLayers') ? `${fieldId('omitLayers')}-error` : undefined}>
        <legend className="filters__legend">{c.constraints.omit}</legend>
        <div className="constraints__inline">
          {STACK_LAYERS.map((layer) => (
            <label className="check" key={layer}>
              <input
                type="checkbox"
                checked={draft.omitLayers.includes(layer)}
                onChange={(event) =>
                  onChange({
                    omitLayers: event.target.checked ? STACK_LAYERS.filter((l) => l === layer || draft.omitLayers.includes(l)) : draft.omitLayers.filter((l) => l !== layer),
                  })
                }
              />
              <span className="check__label">{c.constraints.layers[layer]}</span>
            </label>
          ))}
        </div>
        <FieldError id={`${fieldId('omitLayers')}-error`} error={errorOf('omitLayers')} />
      </fieldset>

      <details className="constraints__vendors" open={errorOf('excludeVendors') !== null || undefined}>
        <summary>{c.constraints.excludeCount(draft.excludeVendors.length)}</summary>
        <fieldset className="constraints__group" aria-describedby={errorOf('excludeVendors') ? `${fieldId('excludeVendors')}-error` : undefined}>
          <legend className="visually-hidden">{c.constraints.exclude}</legend>
          <ul className="constraints__vendor-list">
            {[...vendors, ...draft.excludeVendors.filter((slug) => !vendors.some((vendor) => vendor.slug === slug)).map((slug) => ({ slug, name: slug }))].map((vendor) => (
              <li key={vendor.slug}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={draft.excludeVendors.includes(vendor.slug)}
                    onChange={(event) =>
                      onChange({
                        excludeVendors: event.target.checked ? [...draft.excludeVendors, vendor.slug] : draft.excludeVendors.filter((slug) => slug !== vendor.slug),
                      })
                    }
                  />
                  <span className="check__label">{vendor.name}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <FieldError id={`${fieldId('excludeVendors')}-error`} error={errorOf('excludeVendors')} />
      </details>
    </div>
  );
}
