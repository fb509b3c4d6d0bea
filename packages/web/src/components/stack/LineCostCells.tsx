import { formatVnd } from '../../lib/format.ts';
import { useStackText } from './stack-text.ts';

/**
 * A line's two cost cells: its monthly cost, or its one-time cost for a one-time price, the other cell
 * a dash. `monthlyClassName` adds to the monthly cell's classes.
 */
export function LineCostCells({ oneTime, monthly, once, monthlyClassName }: { oneTime: boolean; monthly: string; once: string; monthlyClassName?: string }) {
  const s = useStackText();
  const monthlyClasses = ['num', monthlyClassName, oneTime && 'stack-line__cell--none'].filter(Boolean).join(' ');
  return (
    <>
      <td className={monthlyClasses} data-label={s.builder.monthlyCost}>
        {oneTime ? '—' : formatVnd(monthly)}
      </td>
      <td className={oneTime ? 'num stack-line__one-time' : 'num stack-line__one-time stack-line__cell--none'} data-label={s.estimate.oneTimeCost}>
        {oneTime ? formatVnd(once) : '—'}
      </td>
    </>
  );
}
