// An offer's totals beside the list's: monthly, one-time, and what the buyer saves in the first year.
import { formatPercent, formatVnd } from '../../lib/format.ts';
import { useConsoleI18n } from './console-i18n.ts';
import { saving, type OfferTotals } from './offer-draft.ts';

const vnd = (amount: bigint) => formatVnd(String(amount));

/** The totals an offer from the API carries, in the form OfferTotalsList shows. */
export function totalsOf(offer: {
  monthlyTotal: { amount: string };
  oneTimeTotal: { amount: string };
  listMonthlyTotal: { amount: string };
  listOneTimeTotal: { amount: string };
}): OfferTotals {
  const totals = {
    monthly: BigInt(offer.monthlyTotal.amount),
    oneTime: BigInt(offer.oneTimeTotal.amount),
    listMonthly: BigInt(offer.listMonthlyTotal.amount),
    listOneTime: BigInt(offer.listOneTimeTotal.amount),
  };
  return { ...totals, ...saving(totals) };
}

/**
 * The totals as a list; `live` in the form, where they follow the prices as they are typed (announced
 * politely), with a dash while a price cannot be read.
 */
export function OfferTotalsList({ totals, live }: { totals: OfferTotals | null; live?: boolean }) {
  const { c, lang } = useConsoleI18n();
  const shown = (amount: (found: OfferTotals) => bigint) => (totals ? vnd(amount(totals)) : c.offers.notComputed);
  const above = totals !== null && totals.firstYearSaving < 0n;
  const row = (term: string, offered: (found: OfferTotals) => bigint, list: (found: OfferTotals) => bigint) => (
    <div>
      <dt>{term}</dt>
      <dd>
        <strong>{shown(offered)}</strong> <span className="offer-totals__list">({c.offers.atList(shown(list))})</span>
      </dd>
    </div>
  );
  return (
    <dl className="offer-totals" aria-live={live ? 'polite' : undefined} aria-label={live ? c.offers.totals : undefined}>
      {row(c.offers.monthly, (found) => found.monthly, (found) => found.listMonthly)}
      {row(c.offers.oneTime, (found) => found.oneTime, (found) => found.listOneTime)}
      <div>
        <dt>{above ? c.offers.aboveList : c.offers.saving}</dt>
        <dd>
          {totals
            ? c.offers.savingValue(
                vnd(above ? -totals.firstYearSaving : totals.firstYearSaving),
                formatPercent(Math.round(Math.abs(totals.savingShare) * 1000) / 10, lang),
              )
            : c.offers.notComputed}
        </dd>
      </div>
    </dl>
  );
}
