// A stack line's prices read with what they are counted in: "450 ₫ / GB / tháng", "12.000.000 ₫ trả một lần".
import { useI18n } from '../../i18n/i18n.tsx';
import { formatVnd, unitLabel, type PriceUnit } from '../../lib/format.ts';

/** An hourly plan's month, as the API counts it. */
const HOURS_PER_MONTH = 730n;

/** One unit's price and its billing unit (a BillingUnit). */
export interface PriceInUnit {
  amount: string;
  unit: PriceUnit;
}

/** The price and its unit; a narrow cell wraps between the two, never inside either. */
export function UnitPrice({ price, className }: { price: PriceInUnit; className?: string }) {
  const { lang } = useI18n();
  return (
    <span className={className ? `unit-price ${className}` : 'unit-price'}>
      <span className="unit-price__amount">{formatVnd(price.amount)}</span> <span className="unit-price__unit">{unitLabel(price.unit, lang)}</span>
    </span>
  );
}

interface SavedPrices {
  plan: { unit: PriceUnit };
  savedMonthlyPrice: { amount: string } | null;
  savedOneTimePrice: { amount: string } | null;
}

/**
 * A line's unit price on a past day (the day a stack was saved, or a quote was asked), in the plan's unit: the API keeps the monthly price (an
 * hourly plan's 730 hours) and the one-time price. A plan whose unit changed since is shown as it was billed then.
 */
export function savedUnitPrice(line: SavedPrices): PriceInUnit | null {
  if (!line.savedMonthlyPrice || !line.savedOneTimePrice) return null;
  const monthly = BigInt(line.savedMonthlyPrice.amount);
  const oneTime = BigInt(line.savedOneTimePrice.amount);
  const unit = line.plan.unit;
  if (oneTime > 0n || (unit === 'ONE_TIME' && monthly === 0n)) return { amount: String(oneTime), unit: 'ONE_TIME' };
  if (unit === 'HOUR' && monthly % HOURS_PER_MONTH === 0n) return { amount: String(monthly / HOURS_PER_MONTH), unit };
  return { amount: String(monthly), unit: unit === 'HOUR' || unit === 'ONE_TIME' ? 'MONTH' : unit };
}
