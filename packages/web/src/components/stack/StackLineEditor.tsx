import { useEffect, useId, useState } from 'react';
import { graphql, readFragment, type FragmentOf, type ResultOf } from '../../graphql.ts';
import { localized, localizedText, useI18n } from '../../i18n/i18n.tsx';
import { priceWithUnit } from '../../lib/format.ts';
import { PlanPriceFields } from '../offering/offering-fields.ts';
import { LineCostCells, LinePlanCostFields } from './LineCostCells.tsx';
import { LineService, LineServiceFields } from './LineService.tsx';
import { UnitPrice } from './UnitPrice.tsx';
import { MAX_QUANTITY, MIN_QUANTITY, parseQuantity } from './stack-edits.ts';
import type { StackItem } from './stack-model.ts';
import { useStackText } from './stack-text.ts';
import { StackTableHead } from './StackTableHead.tsx';

export const StackLineEditorFields = graphql(
  `
    fragment StackLineEditor on StackLine {
      available
      monthlyPrice {
        amount
      }
      ...LinePlanCost
      ...LineService
      offering {
        id
        name
        nameEn
        plans {
          ...PlanPrice
        }
      }
    }
  `,
  [LinePlanCostFields, LineServiceFields, PlanPriceFields],
);

type EvaluatedLine = ResultOf<typeof StackLineEditorFields>;

export interface StackLineRow {
  /** stays the same while the line moves from plan to plan */
  key: string;
  item: StackItem;
  /** the line as last evaluated; null until a new line has been */
  line: FragmentOf<typeof StackLineEditorFields> | null;
}

interface StackLineEditorProps {
  rows: readonly StackLineRow[];
  onQuantity: (planId: string, quantity: number) => void;
  onPlan: (fromPlanId: string, toPlanId: string) => void;
  onRemove: (planId: string, offeringName: string | null) => void;
}

/** The stack's lines, each with its plan, quantity, unit price and monthly or one-time cost, editable in place. */
export function StackLineEditor({ rows, onQuantity, onPlan, onRemove }: StackLineEditorProps) {
  const s = useStackText();
  const planIds = new Set(rows.map((row) => row.item.planId));
  return (
    <table className="stack-table">
      <StackTableHead
        columns={[
          { header: s.builder.service },
          { header: s.builder.plan },
          { header: s.builder.quantity },
          { header: s.builder.unitPrice, numeric: true },
          { header: s.builder.monthlyCost, numeric: true },
          { header: s.estimate.oneTimeCost, numeric: true },
          { header: <span className="visually-hidden">{s.builder.actions}</span> },
        ]}
      />
      <tbody>
        {rows.map((row) => (
          <EditableLine
            key={row.key}
            item={row.item}
            line={row.line ? readFragment(StackLineEditorFields, row.line) : null}
            planIds={planIds}
            onQuantity={onQuantity}
            onPlan={onPlan}
            onRemove={onRemove}
          />
        ))}
      </tbody>
    </table>
  );
}

interface EditableLineProps extends Omit<StackLineEditorProps, 'rows'> {
  item: StackItem;
  line: EvaluatedLine | null;
  planIds: ReadonlySet<string>;
}

function EditableLine({ item, line, planIds, onQuantity, onPlan, onRemove }: EditableLineProps) {
  const { lang } = useI18n();
  const s = useStackText();
  const name = line ? localized(lang, line.offering.name, line.offering.nameEn) : null;
  const plans = line ? line.offering.plans : [];
  const current = plans.find((plan) => plan.id === item.planId);
  const retired = line !== null && !current;
  const retiredName = line && localizedText(lang, line.plan.name, line.plan.nameEn);
  const unit = line?.plan.unit ?? null;
  const oneTime = unit === 'ONE_TIME';
  const quantityOf = unit === null ? undefined : s.estimate.quantityOf[unit];

  return (
    <tr className={line && !line.available ? 'stack-line stack-line--unavailable' : 'stack-line'}>
      <th scope="row" className="stack-line__service" data-label={s.builder.service}>
        {line ? (
          <LineService line={line} />
        ) : (
          <span className="muted">{s.builder.pending}</span>
        )}
      </th>
      <td className="stack-line__plan-cell" data-label={s.builder.plan}>
        {line && (
          <select
            className="stack-line__plan"
            aria-label={s.builder.planLabel(localized(lang, line.offering.name, line.offering.nameEn))}
            value={item.planId}
            onChange={(event) => onPlan(item.planId, event.target.value)}
          >
            {retired && (
              <option value={item.planId} lang={retiredName?.lang}>
                {retiredName?.text} {s.builder.planRetired}
              </option>
            )}
            {plans.map((plan) => {
              const taken = plan.id !== item.planId && planIds.has(plan.id);
              const planName = localizedText(lang, plan.name, plan.nameEn);
              return (
                <option key={plan.id} value={plan.id} disabled={taken} lang={planName.lang}>
                  {planName.text} — {priceWithUnit(plan.price.amount, plan.unit, lang)}
                  {taken ? ` ${s.builder.planTaken}` : ''}
                </option>
              );
            })}
          </select>
        )}
      </td>
      <td data-label={(unit !== null && s.estimate.quantityLabels[unit]) || s.builder.quantity}>
        <QuantityInput
          value={item.quantity}
          label={name === null ? s.builder.quantity : quantityOf ? quantityOf(name) : s.builder.quantityLabel(name)}
          unit={unit === null ? undefined : s.estimate.quantityUnits[unit]}
          onCommit={(quantity) => onQuantity(item.planId, quantity)}
        />
      </td>
      <td className="num stack-line__unit-price" data-label={s.builder.unitPrice}>
        {line ? <UnitPrice price={{ amount: line.plan.price.amount, unit: line.plan.unit }} /> : '…'}
      </td>
      <LineCostCells cost={line && { oneTime, monthly: line.monthlyCost.amount, once: line.oneTimeCost.amount }} monthlyClassName="stack-line__cost" />
      <td className="stack-line__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={name ? s.builder.removeLabel(name) : s.builder.remove}
          onClick={() => onRemove(item.planId, name)}
        >
          {s.builder.remove}
        </button>
      </td>
    </tr>
  );
}

/** A quantity box that stores only whole numbers within bounds, says what it counts and why it refuses anything else. */
function QuantityInput({ value, label, unit, onCommit }: { value: number; label: string; unit?: string; onCommit: (quantity: number) => void }) {
  const s = useStackText();
  const errorId = useId();
  const [text, setText] = useState(String(value));
  const invalid = parseQuantity(text) === null;

  // The stored quantity changed elsewhere (another tab, a plan merged into this line): show it.
  useEffect(() => {
    setText((current) => (parseQuantity(current) === value ? current : String(value)));
  }, [value]);

  return (
    <span className="quantity">
      <span className="quantity__field">
        <input
          type="number"
          inputMode="numeric"
          min={MIN_QUANTITY}
          max={MAX_QUANTITY}
          step={1}
          className="quantity__input"
          aria-label={label}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const quantity = parseQuantity(event.target.value);
            if (quantity !== null && quantity !== value) onCommit(quantity);
          }}
          onBlur={() => {
            if (invalid) setText(String(value));
          }}
        />
        {unit && (
          <span className="quantity__unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </span>
      {invalid && (
        <span id={errorId} className="field-error">
          {s.builder.quantityInvalid}
        </span>
      )}
    </span>
  );
}
