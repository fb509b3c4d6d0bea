import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import type { Lang } from '../../i18n/dictionary.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatPercent, formatVnd } from '../../lib/format.ts';
import { useStackText } from './stack-text.ts';

export const StackSummaryFields = graphql(`
  fragment StackSummary on StackEvaluation {
    monthlyTotal {
      amount
    }
    vatRate
    vat {
      amount
    }
    totalWithVat {
      amount
    }
    compositeAvailability
    dataInVietnam
    vendorSubtotals {
      vendor {
        id
        slug
        name
      }
      monthlyCost {
        amount
      }
    }
    micCoverage {
      share
      coveredMonthlyCost {
        amount
      }
    }
    lines {
      offering {
        id
        name
      }
      dataOutsideVietnam {
        id
        city
        countryCode
      }
    }
  }
`);

const availabilityFormats = new Map<Lang, Intl.NumberFormat>();

/** A composite availability to its four decimals, "99.8301" → "99,8301%" (vi) or "99.8301%" (en). */
export function formatAvailability(percent: string, lang: Lang): string {
  let format = availabilityFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 4 });
    availabilityFormats.set(lang, format);
  }
  return format.format(Number(percent) / 100);
}

/** Where a line's foreign data centers are: "Singapore (SG), Tokyo (JP)". */
export function placesOf(dataCenters: readonly { city: string; countryCode: string }[]): string {
  return [...new Set(dataCenters.map((dc) => `${dc.city} (${dc.countryCode})`))].join(', ');
}

/** The figures of an evaluated stack: totals with VAT apart, per vendor, residency, SLA, MIC coverage. */
export function StackSummary({ evaluation: data, busy = false }: { evaluation: FragmentOf<typeof StackSummaryFields>; busy?: boolean }) {
  const { lang } = useI18n();
  const s = useStackText();
  const evaluation = readFragment(StackSummaryFields, data);
  const abroad = evaluation.lines.filter((line) => line.dataOutsideVietnam.length > 0);

  return (
    <section className={busy ? 'stack-summary card is-updating' : 'stack-summary card'} aria-labelledby="stack-summary-title" aria-busy={busy}>
      <h2 id="stack-summary-title" className="stack-summary__title">
        {s.summary.title}
      </h2>
      <dl className="stack-totals">
        <div>
          <dt>{s.summary.monthlyTotal}</dt>
          <dd data-testid="stack-monthly-total">{formatVnd(evaluation.monthlyTotal.amount)}</dd>
        </div>
        <div>
          <dt>{s.summary.vat(formatPercent(evaluation.vatRate, lang))}</dt>
          <dd data-testid="stack-vat">{formatVnd(evaluation.vat.amount)}</dd>
        </div>
        <div className="stack-totals__grand">
          <dt>{s.summary.totalWithVat}</dt>
          <dd data-testid="stack-total-with-vat">{formatVnd(evaluation.totalWithVat.amount)}</dd>
        </div>
      </dl>

      {evaluation.vendorSubtotals.length > 0 && (
        <>
          <h3 className="stack-summary__subtitle">{s.summary.byVendor}</h3>
          <ul className="stack-vendors">
            {evaluation.vendorSubtotals.map((subtotal) => (
              <li key={subtotal.vendor.id}>
                <Link to={`/vendors/${subtotal.vendor.slug}`}>{subtotal.vendor.name}</Link>
                <span>{formatVnd(subtotal.monthlyCost.amount)}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <dl className="stack-facts">
        <div>
          <dt>{s.summary.residency}</dt>
          <dd>
            <span className={evaluation.dataInVietnam ? 'badge badge--vn' : 'badge badge--warn-inline'}>
              {evaluation.dataInVietnam ? s.summary.residencyVietnam : s.summary.residencyNot}
            </span>
            {abroad.length > 0 && (
              <ul className="stack-facts__list">
                {abroad.map((line) => (
                  <li key={line.offering.id}>
                    {line.offering.name}: {placesOf(line.dataOutsideVietnam)}
                  </li>
                ))}
              </ul>
            )}
            {!evaluation.dataInVietnam && abroad.length === 0 && <p className="stack-facts__note">{s.summary.residencyUnknown}</p>}
          </dd>
        </div>
        <div>
          <dt>{s.summary.sla}</dt>
          <dd>
            {evaluation.compositeAvailability === null ? s.summary.slaUnknown : formatAvailability(evaluation.compositeAvailability, lang)}
            <p className="stack-facts__note">{s.summary.slaNote}</p>
          </dd>
        </div>
        <div>
          <dt>{s.summary.mic}</dt>
          <dd>
            {s.summary.micShare(formatPercent(evaluation.micCoverage.share, lang), formatVnd(evaluation.micCoverage.coveredMonthlyCost.amount))}
          </dd>
        </div>
      </dl>
      <p className="stack-facts__note">{s.summary.pricesNote}</p>
    </section>
  );
}
