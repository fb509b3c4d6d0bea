import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import type { Lang } from '../../i18n/dictionary.ts';
import { Localized, useI18n } from '../../i18n/i18n.tsx';
import { formatPercent, formatVnd } from '../../lib/format.ts';
import { Fact } from '../common/Fact.tsx';
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
    oneTimeTotal {
      amount
    }
    oneTimeVat {
      amount
    }
    oneTimeTotalWithVat {
      amount
    }
    firstYearTotal {
      amount
    }
    firstYearVat {
      amount
    }
    firstYearTotalWithVat {
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
      oneTimeCost {
        amount
      }
      firstYearCost {
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
        nameEn
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

/** The id of the summary, for links to it. */
export const STACK_SUMMARY_ID = 'stack-summary';

interface TotalRow {
  label: string;
  amount: { amount: string };
  testId: string;
}

/** Three figures of one period: before VAT, the VAT, with VAT (emphasised). */
function Totals({ rows, grand, note }: { rows: [TotalRow, TotalRow, TotalRow]; grand?: boolean; note?: string }) {
  return (
    <div className="stack-totals-group">
      <dl className="stack-totals">
        {rows.map((row, index) => (
          <div key={row.testId} className={index < 2 ? undefined : grand ? 'stack-totals__grand' : 'stack-totals__sum'}>
            <dt>{row.label}</dt>
            <dd data-testid={row.testId}>{formatVnd(row.amount.amount)}</dd>
          </div>
        ))}
      </dl>
      {note && <p className="stack-facts__note">{note}</p>}
    </div>
  );
}

/**
 * On a phone the lines run long: the monthly and first-year totals with VAT stay at the bottom of the screen
 * until the summary itself comes into view, with a link to it.
 */
export function StackStickyTotal({ evaluation: data, busy = false }: { evaluation: FragmentOf<typeof StackSummaryFields>; busy?: boolean }) {
  const s = useStackText();
  const evaluation = readFragment(StackSummaryFields, data);
  return (
    <aside className={busy ? 'stack-sticky-total is-updating' : 'stack-sticky-total'} aria-label={s.estimate.stickyLabel} data-testid="stack-sticky-total">
      <dl className="stack-sticky-total__figures">
        <Fact term={s.estimate.stickyMonthly} data-testid="sticky-total-with-vat">{formatVnd(evaluation.totalWithVat.amount)}</Fact>
        <Fact term={s.estimate.stickyFirstYear} data-testid="sticky-first-year-with-vat">{formatVnd(evaluation.firstYearTotalWithVat.amount)}</Fact>
      </dl>
      <a href={`#${STACK_SUMMARY_ID}`} className="stack-sticky-total__link">
        {s.estimate.stickyDetails}
      </a>
    </aside>
  );
}

/** The figures of an evaluated stack: monthly, one-time and first-year totals with VAT apart, per vendor, residency, SLA, MIC coverage. */
export function StackSummary({ evaluation: data, busy = false }: { evaluation: FragmentOf<typeof StackSummaryFields>; busy?: boolean }) {
  const { lang } = useI18n();
  const s = useStackText();
  const evaluation = readFragment(StackSummaryFields, data);
  const abroad = evaluation.lines.filter((line) => line.dataOutsideVietnam.length > 0);
  const vat = s.summary.vat(formatPercent(evaluation.vatRate, lang));

  return (
    <section
      id={STACK_SUMMARY_ID}
      className={busy ? 'stack-summary card is-updating' : 'stack-summary card'}
      aria-labelledby="stack-summary-title"
      aria-busy={busy}
    >
      <h2 id="stack-summary-title" className="stack-summary__title">
        {s.summary.title}
      </h2>
      <Totals
        grand
        rows={[
          { label: s.summary.monthlyTotal, amount: evaluation.monthlyTotal, testId: 'stack-monthly-total' },
          { label: vat, amount: evaluation.vat, testId: 'stack-vat' },
          { label: s.summary.totalWithVat, amount: evaluation.totalWithVat, testId: 'stack-total-with-vat' },
        ]}
      />
      <Totals
        rows={[
          { label: s.estimate.oneTimeTotal, amount: evaluation.oneTimeTotal, testId: 'stack-one-time-total' },
          { label: vat, amount: evaluation.oneTimeVat, testId: 'stack-one-time-vat' },
          { label: s.estimate.oneTimeWithVat, amount: evaluation.oneTimeTotalWithVat, testId: 'stack-one-time-total-with-vat' },
        ]}
      />
      <Totals
        grand
        note={s.estimate.firstYearNote}
        rows={[
          { label: s.estimate.firstYearTotal, amount: evaluation.firstYearTotal, testId: 'stack-first-year-total' },
          { label: s.estimate.firstYearVat(formatPercent(evaluation.vatRate, lang)), amount: evaluation.firstYearVat, testId: 'stack-first-year-vat' },
          { label: s.estimate.firstYearWithVat, amount: evaluation.firstYearTotalWithVat, testId: 'stack-first-year-total-with-vat' },
        ]}
      />

      {evaluation.vendorSubtotals.length > 0 && (
        <>
          <h3 className="stack-summary__subtitle">{s.summary.byVendor}</h3>
          <ul className="stack-vendors">
            {evaluation.vendorSubtotals.map((subtotal) => (
              <li key={subtotal.vendor.id}>
                <Link to={`/vendors/${subtotal.vendor.slug}`} className="stack-vendors__name">
                  {subtotal.vendor.name}
                </Link>
                <dl className="stack-vendors__figures">
                  <Fact term={s.estimate.monthly} data-testid="vendor-monthly">{formatVnd(subtotal.monthlyCost.amount)}</Fact>
                  <Fact term={s.estimate.oneTime} data-testid="vendor-one-time">{formatVnd(subtotal.oneTimeCost.amount)}</Fact>
                  <Fact term={s.estimate.firstYear} data-testid="vendor-first-year">{formatVnd(subtotal.firstYearCost.amount)}</Fact>
                </dl>
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
                    <Localized vi={line.offering.name} en={line.offering.nameEn} />: {placesOf(line.dataOutsideVietnam)}
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
            <span data-testid="stack-availability">
              {evaluation.compositeAvailability === null ? s.summary.slaUnknown : formatAvailability(evaluation.compositeAvailability, lang)}
            </span>
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
