import { useEffect, useId, useState } from 'react';
import { graphql, readFragment, type FragmentOf, type ResultOf } from '../../graphql.ts';
import { localized, localizedText, useI18n } from '../../i18n/i18n.tsx';
import { priceWithUnit } from '../../lib/format.ts';
import { PlanPriceFields } from '../offering/offering-fields.ts';
import { LineCostCells, LinePlanCostFields } from './LineCostCells.tsx';
import { LineService, LineServiceFields } from './LineService.tsx';
import { RedundancyBadge } from './RedundancyBadge.tsx';
import { runsInDataCenters, SecondSiteLineFields, type SecondSiteLine } from './second-site.ts';
import { UnitPrice } from './UnitPrice.tsx';
import { groupedOrder, MAX_QUANTITY, MIN_QUANTITY, parseQuantity } from './stack-edits.ts';
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
      ...SecondSiteLine
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
  [LinePlanCostFields, LineServiceFields, SecondSiteLineFields, PlanPriceFields],
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
  /** the plan whose second site is being looked for */
  searching: string | null;
  onSecondSite: (item: StackItem, line: SecondSiteLine) => void;
  onLeaveGroup: (planId: string, offeringName: string) => void;
}

/**
 * The stack's lines, each with its plan, quantity, unit price and monthly or one-time cost, editable in place;
 * a redundancy group's lines together, each with its badge.
 */
export function StackLineEditor({ rows, ...props }: StackLineEditorProps) {
  const s = useStackText();
  const planIds = new Set(rows.map((row) => row.item.planId));
  const groups = groupsOf(rows);
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
        {groupedOrder(rows).map((row) => (
          <EditableLine key={row.key} item={row.item} line={row.line ? readFragment(StackLineEditorFields, row.line) : null} planIds={planIds} groups={groups} {...props} />
        ))}
      </tbody>
    </table>
  );
}

/** Each redundancy group's lines and the cities they keep data in (as far as they are evaluated yet). */
function groupsOf(rows: readonly StackLineRow[]): Map<string, { size: number; cities: string[] }> {
  const groups = new Map<string, { size: number; cities: string[] }>();
  for (const { item, line } of rows) {
    if (!item.redundancyGroup) continue;
    const group = groups.get(item.redundancyGroup) ?? { size: 0, cities: [] };
    group.size += 1;
    const dataCenters = line ? readFragment(StackLineEditorFields, line).offering.dataCenters : [];
    for (const dc of dataCenters) if (!group.cities.includes(dc.city)) group.cities.push(dc.city);
    groups.set(item.redundancyGroup, group);
  }
  return groups;
}

interface EditableLineProps extends Omit<StackLineEditorProps, 'rows'> {
  item: StackItem;
  line: EvaluatedLine | null;
  planIds: ReadonlySet<string>;
  groups: ReadonlyMap<string, { size: number; cities: string[] }>;
}

function EditableLine({ item, line, planIds, onQuantity, onPlan, onRemove, groups, searching, onSecondSite, onLeaveGroup }: EditableLineProps) {
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
  const group = item.redundancyGroup ? groups.get(item.redundancyGroup) : undefined;
  // Any line that runs a service can get a second site, unless its group already spans two cities.
  const secondSite = line !== null && runsInDataCenters(line) && !(group && group.cities.length >= 2);
  const grouped = group !== undefined && group.size >= 2;

  return (
    <tr className={['stack-line', line && !line.available ? 'stack-line--unavailable' : '', grouped ? 'stack-line--grouped' : ''].filter(Boolean).join(' ')}>
      <th scope="row" className="stack-line__service" data-label={s.builder.service}>
        {line ? (
          <>
            <LineService line={line} />
            {grouped && <RedundancyBadge size={group.size} cities={group.cities} leave={{ offeringName: name!, onLeave: () => onLeaveGroup(item.planId, name!) }} />}
          </>
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
        {secondSite && (
          <button
            type="button"
            className="button button--secondary button--small stack-line__second-site"
            aria-label={s.redundancy.addSecondSiteLabel(name!)}
            disabled={searching !== null}
            onClick={() => onSecondSite(item, line)}
          >
            {searching === item.planId ? s.redundancy.searching : s.redundancy.addSecondSite}
          </button>
        )}
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
