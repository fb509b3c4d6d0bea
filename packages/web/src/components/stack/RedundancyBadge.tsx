// A redundancy group's badge in the stack screens: which lines run in parallel, and where.
import { useStackText } from './stack-text.ts';

/**
 * "Dự phòng hai nơi: Cần Thơ · Hà Nội" where the cities are known (the builder), else the group's name (a
 * saved stack), with a button that takes the line out of its group.
 */
export function RedundancyBadge({
  size,
  cities,
  group,
  leave,
}: {
  size: number;
  cities?: string[];
  group?: string;
  leave?: { offeringName: string; onLeave: () => void };
}) {
  const r = useStackText().redundancy;
  const twoCities = cities === undefined || cities.length >= 2;
  return (
    <span className="stack-line__pair">
      <span className={twoCities ? 'badge badge--pair' : 'badge badge--warn-inline'}>{cities ? r.badge(size, cities) : r.named(size, group ?? '')}</span>
      {leave && (
        <button type="button" className="link-button stack-line__leave" aria-label={r.leaveLabel(leave.offeringName)} onClick={leave.onLeave}>
          {r.leave}
        </button>
      )}
    </span>
  );
}
