import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { Localized, useI18n } from '../../i18n/i18n.tsx';
import { formatCount } from '../../lib/format.ts';
import { LineCostCells, LinePlanCostFields } from './LineCostCells.tsx';
import { LineService, LineServiceFields } from './LineService.tsx';
import { RedundancyBadge } from './RedundancyBadge.tsx';
import { groupedOrder } from './stack-edits.ts';
import { StackTableHead } from './StackTableHead.tsx';
import { savedUnitPrice, UnitPrice } from './UnitPrice.tsx';
import { useStackText } from './stack-text.ts';

export const SavedStackLineFields = graphql(
  `
    fragment SavedStackLine on StackLine {
      available
      quantity
      priceChanged
      savedMonthlyPrice {
        amount
      }
      savedOneTimePrice {
        amount
      }
      ...LinePlanCost
      redundancyGroup
      ...LineService
    }
  `,
  [LinePlanCostFields, LineServiceFields],
);

/**
 * A saved stack's lines: the unit price of the day it was saved beside today's, each with its unit, and the
 * monthly or one-time cost today; a redundancy group's lines together, each with its badge.
 */
export function SavedStackLines({ lines }: { lines: readonly FragmentOf<typeof SavedStackLineFields>[] }) {
  const { lang } = useI18n();
  const s = useStackText();
  const read = lines.map((data) => readFragment(SavedStackLineFields, data));
  const sizes = new Map<string, number>();
  for (const { redundancyGroup } of read) if (redundancyGroup) sizes.set(redundancyGroup, (sizes.get(redundancyGroup) ?? 0) + 1);
  const rows = groupedOrder(
    read.map((line) => ({ line, item: { planId: line.plan.id, quantity: line.quantity, ...(line.redundancyGroup ? { redundancyGroup: line.redundancyGroup } : {}) } })),
  );
  return (
    <table className="stack-table stack-table--saved">
      <StackTableHead
        columns={[
          { header: s.builder.service },
          { header: s.builder.plan },
          { header: s.builder.quantity, numeric: true },
          { header: s.line.savedPrice, numeric: true },
          { header: s.line.todayPrice, numeric: true },
          { header: s.builder.monthlyCost, numeric: true },
          { header: s.estimate.oneTimeCost, numeric: true },
        ]}
      />
      <tbody>
        {rows.map(({ line, item }) => {
          const size = item.redundancyGroup ? (sizes.get(item.redundancyGroup) ?? 0) : 0;
          const saved = savedUnitPrice(line);
          const oneTime = line.plan.unit === 'ONE_TIME';
          const counted = s.estimate.quantityUnits[line.plan.unit];
          return (
            <tr
              key={line.plan.id}
              className={['stack-line', line.available ? '' : 'stack-line--unavailable', size >= 2 ? 'stack-line--grouped' : ''].filter(Boolean).join(' ')}
            >
              <th scope="row" className="stack-line__service" data-label={s.builder.service}>
                <LineService line={line} />
                {size >= 2 && <RedundancyBadge size={size} group={item.redundancyGroup} />}
              </th>
              <td className="stack-line__plan-cell" data-label={s.builder.plan}>
                <Localized vi={line.plan.name} en={line.plan.nameEn} />
              </td>
              <td className="num stack-line__quantity" data-label={s.estimate.quantityLabels[line.plan.unit] ?? s.builder.quantity}>
                <span>{counted ? `${formatCount(line.quantity, lang)} ${counted}` : formatCount(line.quantity, lang)}</span>
              </td>
              <td className="num stack-line__saved-price" data-label={s.line.savedPrice}>
                {saved ? <UnitPrice price={saved} /> : '—'}
              </td>
              <td className="num stack-line__today-price" data-label={s.line.todayPrice}>
                <UnitPrice className="stack-line__unit-price" price={{ amount: line.plan.price.amount, unit: line.plan.unit }} />
                {line.priceChanged && (
                  <>
                    {' '}
                    <span className="badge badge--warn-inline">{s.line.priceChanged}</span>
                  </>
                )}
              </td>
              <LineCostCells cost={{ oneTime, monthly: line.monthlyCost.amount, once: line.oneTimeCost.amount }} monthlyClassName="stack-line__cost" />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
