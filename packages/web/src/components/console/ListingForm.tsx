import { useEffect, useState, type ReactNode } from 'react';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { localized } from '../../i18n/i18n.tsx';
import { formatVnd } from '../../lib/format.ts';
import { useConsoleI18n } from './console-i18n.ts';
import {
  HOSTED_KINDS,
  KINDS,
  newPlan,
  newSpec,
  previewPrice,
  UNITS,
  type Kind,
  type ListingDraft,
  type PlanDraft,
  type Unit,
} from './listing-draft.ts';
import { controlId, errorText, type UserError } from './user-errors.ts';

export const DataCenterOptionFields = graphql(`
  fragment ConsoleDataCenterOption on DataCenter {
    id
    name
    city
    countryCode
    tier
  }
`);

type DataCenterOption = FragmentOf<typeof DataCenterOptionFields>;

export interface ListingFormOptions {
  categories: readonly { slug: string; name: string; nameEn: string; kind: string }[];
  vendorName: string;
  ownDataCenters: readonly DataCenterOption[];
  providers: readonly { id: string; name: string; dataCenters: readonly DataCenterOption[] }[];
}

export interface ListingFormProps {
  draft: ListingDraft;
  onChange: (draft: ListingDraft) => void;
  /** userErrors by the form field they belong to (see user-errors.ts) */
  errors: ReadonlyMap<string, readonly UserError[]>;
  options: ListingFormOptions;
  /** an existing listing: its kind and category are fixed */
  existing: boolean;
  readOnly: boolean;
  /** the SLA the listing has, which an edit cannot remove */
  savedSla: string;
}

const FORM = 'listing';
const id = (key: string) => controlId(FORM, key);

/** Every field of a listing: texts, kind and category, SLA, data centers, plans with specs. */
export function ListingForm({ draft, onChange, errors, options, existing, readOnly, savedSla }: ListingFormProps) {
  const { c, t, lang } = useConsoleI18n();
  const [focusId, setFocusId] = useState<string | null>(null);
  const set = (changes: Partial<ListingDraft>) => onChange({ ...draft, ...changes });
  const setPlan = (index: number, changes: Partial<PlanDraft>) =>
    set({ plans: draft.plans.map((plan, at) => (at === index ? { ...plan, ...changes } : plan)) });

  // A control added or removed by a button: the keyboard continues from there.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const hosted = HOSTED_KINDS.has(draft.kind);
  const categories = options.categories.filter((category) => !draft.kind || category.kind === draft.kind);
  const category = options.categories.find((known) => known.slug === draft.categorySlug);
  const dataCenterName = new Map(
    [...options.ownDataCenters, ...options.providers.flatMap((provider) => provider.dataCenters)].map((dc) => {
      const option = readFragment(DataCenterOptionFields, dc);
      return [option.id, `${option.city} — ${option.name}`];
    }),
  );

  const chooseKind = (kind: Kind | '') => {
    const keepCategory = options.categories.some((known) => known.slug === draft.categorySlug && known.kind === kind);
    const own = new Set(options.ownDataCenters.map((dc) => readFragment(DataCenterOptionFields, dc).id));
    set({
      kind,
      categorySlug: keepCategory ? draft.categorySlug : '',
      // Only SaaS, software and security may run in a cloud provider's data centers.
      dataCenterIds: HOSTED_KINDS.has(kind) ? draft.dataCenterIds : draft.dataCenterIds.filter((dc) => own.has(dc)),
    });
  };
  const chooseCategory = (slug: string) => {
    const chosen = options.categories.find((known) => known.slug === slug);
    if (chosen && chosen.kind !== draft.kind) {
      const own = new Set(options.ownDataCenters.map((dc) => readFragment(DataCenterOptionFields, dc).id));
      set({
        categorySlug: slug,
        kind: chosen.kind as Kind,
        dataCenterIds: HOSTED_KINDS.has(chosen.kind) ? draft.dataCenterIds : draft.dataCenterIds.filter((dc) => own.has(dc)),
      });
    } else {
      set({ categorySlug: slug });
    }
  };
  const toggleDataCenter = (dcId: string, on: boolean) =>
    set({ dataCenterIds: on ? [...draft.dataCenterIds, dcId] : draft.dataCenterIds.filter((known) => known !== dcId) });

  const dataCenterErrors = (errors.get('dataCenterIds') ?? []).map((error) => {
    const index = error.field?.at(-1);
    const name = index !== undefined && /^\d+$/.test(index) ? dataCenterName.get(draft.dataCenterIds[Number(index)] ?? '') : undefined;
    return { ...error, prefix: name };
  });

  return (
    <fieldset className="listing-form__body" disabled={readOnly}>
      <section className="form-section" aria-labelledby="listing-basics">
        <h2 id="listing-basics" className="form-section__title">
          {c.editor.basics}
        </h2>
        <TextField name="name" label={c.editor.name} hint={c.editor.nameHint} value={draft.name} errors={errors} onChange={(name) => set({ name })} />
        <TextField
          name="nameEn"
          label={c.editor.nameEn}
          hint={c.editor.nameEnHint}
          value={draft.nameEn}
          errors={errors}
          lang="en"
          onChange={(nameEn) => set({ nameEn })}
        />
        <TextField
          name="summary"
          label={c.editor.summary}
          hint={c.editor.summaryHint}
          value={draft.summary}
          errors={errors}
          onChange={(summary) => set({ summary })}
        />
        <TextField
          name="summaryEn"
          label={c.editor.summaryEn}
          hint={c.editor.summaryEnHint}
          value={draft.summaryEn}
          errors={errors}
          lang="en"
          onChange={(summaryEn) => set({ summaryEn })}
        />
        <TextField
          name="description"
          label={c.editor.description}
          hint={c.editor.descriptionHint}
          value={draft.description}
          errors={errors}
          multiline
          onChange={(description) => set({ description })}
        />
        <TextField
          name="descriptionEn"
          label={c.editor.descriptionEn}
          hint={c.editor.descriptionEnHint}
          value={draft.descriptionEn}
          errors={errors}
          multiline
          lang="en"
          onChange={(descriptionEn) => set({ descriptionEn })}
        />
        {existing ? (
          <>
            <dl className="listing-form__fixed">
              <div>
                <dt>{c.editor.kind}</dt>
                <dd>{draft.kind ? (t.kinds[draft.kind] ?? draft.kind) : c.editor.none}</dd>
              </div>
              <div>
                <dt>{c.editor.category}</dt>
                <dd>{category ? localized(lang, category.name, category.nameEn) : draft.categorySlug}</dd>
              </div>
            </dl>
            <p className="field__hint">{c.editor.kindFixed}</p>
          </>
        ) : (
          <div className="form-row">
            <Field name="kind" label={c.editor.kind} errors={errors}>
              {(describedBy, invalid) => (
                <select
                  id={id('kind')}
                  value={draft.kind}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => chooseKind(event.target.value as Kind | '')}
                >
                  <option value="">{c.editor.chooseKind}</option>
                  {KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t.kinds[kind] ?? kind}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="categorySlug" label={c.editor.category} errors={errors}>
              {(describedBy, invalid) => (
                <select
                  id={id('categorySlug')}
                  value={draft.categorySlug}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => chooseCategory(event.target.value)}
                >
                  <option value="">{c.editor.chooseCategory}</option>
                  {categories.map((option) => (
                    <option key={option.slug} value={option.slug}>
                      {localized(lang, option.name, option.nameEn)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        )}
        <TextField
          name="slaAvailability"
          label={c.editor.sla}
          hint={existing && savedSla ? `${c.editor.slaHint} ${c.editor.slaKept}` : c.editor.slaHint}
          value={draft.slaAvailability}
          errors={errors}
          inputMode="decimal"
          short
          onChange={(slaAvailability) => set({ slaAvailability })}
        />
      </section>

      <fieldset className="form-section dc-picker" id={id('dataCenterIds')} tabIndex={-1} aria-describedby={`${id('dataCenterIds')}-hint`}>
        <legend className="form-section__title">{c.editor.dataCenters}</legend>
        <p className="field__hint" id={`${id('dataCenterIds')}-hint`}>
          {c.editor.dataCentersHint}
        </p>
        {dataCenterErrors.length > 0 && (
          <ul className="field-errors">
            {dataCenterErrors.map((error, index) => (
              <li key={index}>{error.prefix ? `${error.prefix}: ${errorText(c, error)}` : errorText(c, error)}</li>
            ))}
          </ul>
        )}
        <h3 className="dc-picker__group">{c.editor.ownDataCenters(options.vendorName)}</h3>
        {options.ownDataCenters.length === 0 ? (
          <p className="muted">{c.editor.noOwnDataCenters}</p>
        ) : (
          <DataCenterChecks dataCenters={options.ownDataCenters} chosen={draft.dataCenterIds} onToggle={toggleDataCenter} />
        )}
        {hosted && options.providers.length > 0 && (
          <>
            <h3 className="dc-picker__group">{c.editor.providerDataCenters}</h3>
            <p className="field__hint">{c.editor.providerDataCentersHint}</p>
            {options.providers.map((provider) => {
              const chosen = provider.dataCenters.filter((dc) => draft.dataCenterIds.includes(readFragment(DataCenterOptionFields, dc).id)).length;
              return (
                <details key={provider.id} className="dc-picker__provider" open={chosen > 0}>
                  <summary>
                    {provider.name} <span className="muted">({c.editor.selectedCount(chosen)})</span>
                  </summary>
                  <DataCenterChecks dataCenters={provider.dataCenters} chosen={draft.dataCenterIds} onToggle={toggleDataCenter} />
                </details>
              );
            })}
          </>
        )}
      </fieldset>

      <fieldset className="form-section" id={id('plans')} tabIndex={-1}>
        <legend className="form-section__title">{c.editor.plans}</legend>
        <p className="field__hint">{c.editor.plansHint}</p>
        <FieldErrors name="plans" errors={errors} />
        {draft.plans.length === 0 && <p className="muted">{c.editor.noPlans}</p>}
        <ol className="plan-drafts">
          {draft.plans.map((plan, index) => {
            const key = `plans.${index}`;
            const price = previewPrice(plan.price);
            return (
              <li key={plan.uid}>
                <fieldset className="card plan-draft" id={id(key)} tabIndex={-1}>
                  <legend className="plan-draft__title">{c.editor.plan(index + 1)}</legend>
                  <FieldErrors name={key} errors={errors} />
                  <TextField
                    name={`${key}.name`}
                    label={c.editor.planName}
                    value={plan.name}
                    errors={errors}
                    onChange={(name) => setPlan(index, { name })}
                  />
                  <TextField
                    name={`${key}.nameEn`}
                    label={c.editor.planNameEn}
                    hint={c.editor.planNameEnHint}
                    value={plan.nameEn}
                    errors={errors}
                    lang="en"
                    onChange={(nameEn) => setPlan(index, { nameEn })}
                  />
                  <div className="form-row">
                    <TextField
                      name={`${key}.price`}
                      label={c.editor.price}
                      hint={price === null ? c.editor.priceHint : c.editor.pricePreview(formatVnd(price))}
                      value={plan.price}
                      errors={errors}
                      inputMode="numeric"
                      onChange={(value) => setPlan(index, { price: value })}
                    />
                    <Field name={`${key}.unit`} label={c.editor.unit} errors={errors}>
                      {(describedBy, invalid) => (
                        <select
                          id={id(`${key}.unit`)}
                          value={plan.unit}
                          aria-describedby={describedBy}
                          aria-invalid={invalid}
                          onChange={(event) => setPlan(index, { unit: event.target.value as Unit })}
                        >
                          {UNITS.map((unit) => (
                            <option key={unit} value={unit}>
                              {c.editor.units[unit] ?? unit}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  </div>
                  <fieldset className="spec-rows" id={id(`${key}.specs`)} tabIndex={-1}>
                    <legend className="spec-rows__title">{c.editor.specs}</legend>
                    <FieldErrors name={`${key}.specs`} errors={errors} />
                    {plan.specs.map((spec, specIndex) => {
                      const specKey = `${key}.specs.${specIndex}`;
                      return (
                        <div className="spec-row" key={spec.uid}>
                          <TextField
                            name={`${specKey}.key`}
                            label={c.editor.specKey}
                            value={spec.key}
                            errors={errors}
                            list="console-spec-keys"
                            onChange={(value) =>
                              setPlan(index, { specs: plan.specs.map((row) => (row.uid === spec.uid ? { ...row, key: value } : row)) })
                            }
                          />
                          <TextField
                            name={`${specKey}.value`}
                            label={c.editor.specValue}
                            value={spec.value}
                            errors={errors}
                            onChange={(value) =>
                              setPlan(index, { specs: plan.specs.map((row) => (row.uid === spec.uid ? { ...row, value } : row)) })
                            }
                          />
                          <button
                            type="button"
                            className="link-button spec-row__remove"
                            onClick={() => {
                              setPlan(index, { specs: plan.specs.filter((row) => row.uid !== spec.uid) });
                              setFocusId(id(`${key}.add-spec`));
                            }}
                          >
                            {c.editor.removeSpec(specIndex + 1)}
                          </button>
                        </div>
                      );
                    })}
                    <button
                      type="button"
                      id={id(`${key}.add-spec`)}
                      className="button button--secondary button--small"
                      onClick={() => {
                        setPlan(index, { specs: [...plan.specs, newSpec()] });
                        setFocusId(id(`${key}.specs.${plan.specs.length}.key`));
                      }}
                    >
                      {c.editor.addSpec}
                    </button>
                  </fieldset>
                  <button
                    type="button"
                    className="link-button plan-draft__remove"
                    onClick={() => {
                      set({ plans: draft.plans.filter((row) => row.uid !== plan.uid) });
                      setFocusId(id('add-plan'));
                    }}
                  >
                    {c.editor.removePlan(index + 1)}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          id={id('add-plan')}
          className="button button--secondary"
          onClick={() => {
            set({ plans: [...draft.plans, newPlan()] });
            setFocusId(id(`plans.${draft.plans.length}.name`));
          }}
        >
          {c.editor.addPlan}
        </button>
        <datalist id="console-spec-keys">
          {Object.keys(t.specs).map((key) => (
            <option key={key} value={key} />
          ))}
        </datalist>
      </fieldset>
    </fieldset>
  );
}

function DataCenterChecks({
  dataCenters,
  chosen,
  onToggle,
}: {
  dataCenters: readonly DataCenterOption[];
  chosen: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}) {
  const { c } = useConsoleI18n();
  return (
    <ul className="dc-picker__list">
      {dataCenters.map((data) => {
        const dc = readFragment(DataCenterOptionFields, data);
        return (
          <li key={dc.id}>
            <label className="check">
              <input type="checkbox" checked={chosen.includes(dc.id)} onChange={(event) => onToggle(dc.id, event.target.checked)} />
              <span className="check__label">
                <strong>{dc.city}</strong> — {dc.name}
                {dc.tier !== null && <span className="muted"> · {c.editor.tier(dc.tier)}</span>}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}

function FieldErrors({ name, errors }: { name: string; errors: ReadonlyMap<string, readonly UserError[]> }) {
  const { c } = useConsoleI18n();
  const own = errors.get(name);
  if (!own?.length) return null;
  return (
    <ul className="field-errors" id={`${id(name)}-errors`}>
      {own.map((error, index) => (
        <li key={index}>{errorText(c, error)}</li>
      ))}
    </ul>
  );
}

/** A labelled control with its hint and errors; `children` gets what to put in aria-describedby and aria-invalid. */
function Field({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  errors: ReadonlyMap<string, readonly UserError[]>;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const invalid = (errors.get(name)?.length ?? 0) > 0;
  const describedBy = [invalid && `${id(name)}-errors`, hint && `${id(name)}-hint`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={invalid ? 'field field--invalid' : 'field'}>
      <label htmlFor={id(name)}>{label}</label>
      {children(describedBy, invalid)}
      {hint && (
        <p className="field__hint" id={`${id(name)}-hint`}>
          {hint}
        </p>
      )}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

interface TextFieldProps {
  name: string;
  label: string;
  hint?: string;
  value: string;
  errors: ReadonlyMap<string, readonly UserError[]>;
  onChange: (value: string) => void;
  multiline?: boolean;
  short?: boolean;
  inputMode?: 'numeric' | 'decimal';
  list?: string;
  lang?: string;
}

function TextField({ name, label, hint, value, errors, onChange, multiline, short, inputMode, list, lang }: TextFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) =>
        multiline ? (
          <textarea
            id={id(name)}
            className="input"
            rows={6}
            value={value}
            lang={lang}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            id={id(name)}
            className={short ? 'input input--short' : 'input'}
            type="text"
            value={value}
            inputMode={inputMode}
            list={list}
            lang={lang}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}
