import { useI18n } from '../../i18n/i18n.tsx';
import { formatPercent, formatVnd } from '../../lib/format.ts';
import { PageSection } from '../common/PageSection.tsx';
import { moneyDifference } from './money-difference.ts';
import type { OfferedEstimateData } from './offer-fields.ts';
import { useOffersText } from './offers-text.ts';

/** The request's totals at the prices it has now (accepted, else open offers, else list), against the list prices. */
export function OfferedEstimateTable({ estimate }: { estimate: OfferedEstimateData }) {
  const o = useOffersText();
  const { lang } = useI18n();
  const rows = [
    { label: o.estimate.monthly, list: estimate.listMonthlyTotal.amount, current: estimate.monthlyTotal.amount },
    { label: o.estimate.oneTime, list: estimate.listOneTimeTotal.amount, current: estimate.oneTimeTotal.amount },
    { label: o.estimate.firstYear, list: estimate.listFirstYearTotal.amount, current: estimate.firstYearTotal.amount },
  ];
  const rate = formatPercent(estimate.vatRate, lang);
  const withVat = [
    { label: o.estimate.monthlyVat(rate), amount: estimate.vat.amount },
    { label: o.estimate.monthlyWithVat, amount: estimate.totalWithVat.amount },
    { label: o.estimate.oneTimeWithVat, amount: estimate.oneTimeTotalWithVat.amount },
    { label: o.estimate.firstYearVat(rate), amount: estimate.firstYearVat.amount },
    { label: o.estimate.firstYearWithVat, amount: estimate.firstYearTotalWithVat.amount, grand: true },
  ];
  return (
    <PageSection id="offered-estimate" className="section card offered-estimate" title={o.estimate.title}>
      <p className="muted">{o.estimate.lead}</p>
      <table className="stack-table offered-estimate__table">
          <caption className="visually-hidden">{o.estimate.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{o.estimate.what}</th>
              <th scope="col" className="num">
                {o.estimate.list}
              </th>
              <th scope="col" className="num">
                {o.estimate.current}
              </th>
              <th scope="col" className="num">
                {o.estimate.difference}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className="num" data-label={o.estimate.list}>
                  {formatVnd(row.list)}
                </td>
                <td className="num offered-estimate__current" data-label={o.estimate.current}>
                  {formatVnd(row.current)}
                </td>
                <td className="num" data-label={o.estimate.difference}>
                  {moneyDifference(row.current, row.list, lang) ?? '—'}
                </td>
              </tr>
            ))}
          </tbody>
      </table>
      <dl className="stack-totals offered-estimate__vat">
        {withVat.map((row) => (
          <div key={row.label} className={row.grand ? 'stack-totals__grand' : undefined}>
            <dt>{row.label}</dt>
            <dd>{formatVnd(row.amount)}</dd>
          </div>
        ))}
      </dl>
    </PageSection>
  );
}
