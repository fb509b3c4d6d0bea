import { graphql } from '../../graphql.ts';
import { formatVnd } from '../../lib/format.ts';
import { PlanPriceFields } from '../offering/offering-fields.ts';
import { useStackText } from './stack-text.ts';

/** A stack line's plan and what it costs, as the tables of lines show them (unmasked: read where it is spread). */
export const LinePlanCostFields = graphql(
  `
    fragment LinePlanCost on StackLine @_unmask {
      monthlyCost {
        amount
      }
      oneTimeCost {
        amount
      }
      plan {
        ...PlanPrice
      }
    }
  `,
  [PlanPriceFields],
);

/** What a line's cost cells show: one-time or monthly, and both costs; null while the line is being evaluated. */
export interface LineCost {
  oneTime: boolean;
  monthly: string;
  once: string;
}

/**
 * A line's two cost cells: its monthly cost, or its one-time cost for a one-time price, the other cell
 * a dash (both an ellipsis while the line is evaluated). `monthlyClassName` adds to the monthly cell's classes.
 */
export function LineCostCells({ cost, monthlyClassName }: { cost: LineCost | null; monthlyClassName?: string }) {
  const s = useStackText();
  const none = (isNone: boolean) => cost !== null && isNone && 'stack-line__cell--none';
  const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');
  return (
    <>
      <td className={classes('num', monthlyClassName, none(cost?.oneTime === true))} data-label={s.builder.monthlyCost}>
        {cost === null ? '…' : cost.oneTime ? '—' : formatVnd(cost.monthly)}
      </td>
      <td className={classes('num stack-line__one-time', none(cost?.oneTime === false))} data-label={s.estimate.oneTimeCost}>
        {cost === null ? '…' : cost.oneTime ? formatVnd(cost.once) : '—'}
      </td>
    </>
  );
}
