import { useEffect, useState } from 'react';
import { formatVnd } from '../../lib/format.ts';
import { useConsoleI18n } from './console-i18n.ts';
import { FieldErrors, SelectField, TextField } from './FormField.tsx';
import { LISTING_FORM, newPlan, newSpec, previewPrice, UNITS, type PlanDraft } from './listing-draft.ts';
import type { ListingSectionProps } from './listing-draft.ts';
import { controlId, fieldAt } from './user-errors.ts';

const id = (key: string) => controlId(LISTING_FORM, key);

/** The listing's plans, each with its price, unit and specs; buttons add and remove plans and specs. */
export function PlanDrafts({ draft, onChange, errors }: ListingSectionProps) {
  const { c, t } = useConsoleI18n();
  const [focusId, setFocusId] = useState<string | null>(null);
  const setPlans = (plans: PlanDraft[]) => onChange({ ...draft, plans });

  // A control added or removed by a button: the keyboard continues from there.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  return (
    <fieldset className="form-section" id={id('plans')} tabIndex={-1}>
      <legend className="form-section__title">{c.editor.plans}</legend>
      <p className="field__hint">{c.editor.plansHint}</p>
      <FieldErrors {...fieldAt(LISTING_FORM, errors, 'plans')} />
      {draft.plans.length === 0 && <p className="muted">{c.editor.noPlans}</p>}
      <ol className="plan-drafts">
        {draft.plans.map((plan, index) => (
          <li key={plan.uid}>
            <PlanFields
              plan={plan}
              index={index}
              errors={errors}
              onChange={(changed) => setPlans(draft.plans.map((row) => (row.uid === plan.uid ? changed : row)))}
              onRemove={() => {
                setPlans(draft.plans.filter((row) => row.uid !== plan.uid));
                setFocusId(id('add-plan'));
              }}
              onFocus={setFocusId}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        id={id('add-plan')}
        className="button button--secondary"
        onClick={() => {
          setPlans([...draft.plans, newPlan()]);
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
  );
}

interface PlanFieldsProps {
  plan: PlanDraft;
  index: number;
  errors: ListingSectionProps['errors'];
  onChange: (plan: PlanDraft) => void;
  onRemove: () => void;
  /** moves the focus to the control with this id once it is rendered */
  onFocus: (id: string) => void;
}

/** One plan: names, price (previewed in VND), unit, and its specs as key–value rows. */
function PlanFields({ plan, index, errors, onChange, onRemove, onFocus }: PlanFieldsProps) {
  const { c } = useConsoleI18n();
  const key = `plans.${index}`;
  const at = (name: string) => fieldAt(LISTING_FORM, errors, name);
  const set = (changes: Partial<PlanDraft>) => onChange({ ...plan, ...changes });
  const price = previewPrice(plan.price);
  return (
    <fieldset className="card plan-draft" id={id(key)} tabIndex={-1}>
      <legend className="plan-draft__title">{c.editor.plan(index + 1)}</legend>
      <FieldErrors {...at(key)} />
      <TextField {...at(`${key}.name`)} label={c.editor.planName} value={plan.name} onChange={(name) => set({ name })} />
      <TextField
        {...at(`${key}.nameEn`)}
        label={c.editor.planNameEn}
        hint={c.editor.planNameEnHint}
        value={plan.nameEn}
        lang="en"
        onChange={(nameEn) => set({ nameEn })}
      />
      <div className="form-row">
        <TextField
          {...at(`${key}.price`)}
          label={c.editor.price}
          hint={price === null ? c.editor.priceHint : c.editor.pricePreview(formatVnd(price))}
          value={plan.price}
          inputMode="numeric"
          onChange={(value) => set({ price: value })}
        />
        <SelectField
          {...at(`${key}.unit`)}
          label={c.editor.unit}
          value={plan.unit}
          choices={UNITS.map((unit) => ({ value: unit, label: c.editor.units[unit] }))}
          onChange={(unit) => unit && set({ unit })}
        />
      </div>
      <fieldset className="spec-rows" id={id(`${key}.specs`)} tabIndex={-1}>
        <legend className="spec-rows__title">{c.editor.specs}</legend>
        <FieldErrors {...at(`${key}.specs`)} />
        {plan.specs.map((spec, specIndex) => {
          const specKey = `${key}.specs.${specIndex}`;
          const setSpec = (changes: { key?: string; value?: string }) =>
            set({ specs: plan.specs.map((row) => (row.uid === spec.uid ? { ...row, ...changes } : row)) });
          return (
            <div className="spec-row" key={spec.uid}>
              <TextField
                {...at(`${specKey}.key`)}
                label={c.editor.specKey}
                value={spec.key}
                list="console-spec-keys"
                onChange={(value) => setSpec({ key: value })}
              />
              <TextField {...at(`${specKey}.value`)} label={c.editor.specValue} value={spec.value} onChange={(value) => setSpec({ value })} />
              <button
                type="button"
                className="link-button spec-row__remove"
                onClick={() => {
                  set({ specs: plan.specs.filter((row) => row.uid !== spec.uid) });
                  onFocus(id(`${key}.add-spec`));
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
            set({ specs: [...plan.specs, newSpec()] });
            onFocus(id(`${key}.specs.${plan.specs.length}.key`));
          }}
        >
          {c.editor.addSpec}
        </button>
      </fieldset>
      <button type="button" className="link-button plan-draft__remove" onClick={onRemove}>
        {c.editor.removePlan(index + 1)}
      </button>
    </fieldset>
  );
}
