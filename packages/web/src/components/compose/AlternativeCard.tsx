import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { Localized, localized, useI18n } from '../../i18n/i18n.tsx';
import { formatCount, formatPercent, formatVnd, unitOf } from '../../lib/format.ts';
import { formatAvailability } from '../stack/StackSummary.tsx';
import { lineRuns } from './adopt.ts';
import { ComposeCategoryFields } from './BlueprintPicker.tsx';
import { useComposeText } from './compose-text.ts';

export const ComposedStackFields = graphql(
  `
    fragment ComposedStackCard on ComposedStack {
      label
      labelEn
      objective
      items {
        plan {
          id
          name
          nameEn
        }
        offering {
          id
          slug
          name
          nameEn
          vendor {
            id
            name
          }
        }
        quantity
        monthlyCost {
          amount
        }
        oneTimeCost {
          amount
        }
        redundancyGroup
      }
      reasons {
        purpose
        layer
        category {
          ...ComposeCategory
        }
        message
        messageEn
      }
      evaluation {
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
        vendors {
          id
          slug
          name
        }
        micCoverage {
          share
        }
        issues {
          code
          severity
          message
          messageEn
        }
      }
    }
  `,
  [ComposeCategoryFields],
);

export type ComposedStackData = FragmentOf<typeof ComposedStackFields>;

interface AlternativeCardProps {
  alternative: ComposedStackData;
  /** its position, best first (0-based) */
  index: number;
  onAdopt: () => void;
}

/** One composed alternative: what it optimises, its totals and facts, its lines with why each is there, and a button to adopt it. */
export function AlternativeCard({ alternative: data, index, onAdopt }: AlternativeCardProps) {
  const { lang } = useI18n();
  const c = useComposeText();
  const a = c.alternative;
  const alternative = readFragment(ComposedStackFields, data);
  const evaluation = alternative.evaluation;
  const label = localized(lang, alternative.label, alternative.labelEn);
  const titleId = `alternative-${index}-title`;
  const vat = formatPercent(evaluation.vatRate, lang);
  const hasOneTime = evaluation.oneTimeTotal.amount !== '0';
  const runs = lineRuns(alternative.items);

  const line = (itemIndex: number) => {
    const item = alternative.items[itemIndex]!;
    const reason = alternative.reasons[itemIndex];
    const category = reason ? readFragment(ComposeCategoryFields, reason.category) : null;
    const counted = reason && (reason.purpose === 'NEED' || reason.purpose === 'SECOND_SITE') && category;
    const quantity = counted ? a.quantity(formatCount(item.quantity, lang), unitOf(lang, item.quantity, category)) : `× ${formatCount(item.quantity, lang)}`;
    return (
      <li key={item.plan.id} className="composed-line" data-plan={item.plan.id}>
        <p className="composed-line__service">
          <Link to={`/offerings/${item.offering.slug}`} className="composed-line__name">
            <Localized vi={item.offering.name} en={item.offering.nameEn} />
          </Link>{' '}
          <span className="muted">· {item.offering.vendor.name}</span>
        </p>
        <p className="composed-line__plan">
          <Localized vi={item.plan.name} en={item.plan.nameEn} /> · {quantity} ·{' '}
          <span className="num">{item.oneTimeCost.amount !== '0' ? a.once(formatVnd(item.oneTimeCost.amount)) : a.perMonth(formatVnd(item.monthlyCost.amount))}</span>
        </p>
        {reason && (
          <p className="composed-line__reason">
            <span className={`badge purpose purpose--${reason.purpose.toLowerCase()}`}>{a.purposes[reason.purpose]}</span>{' '}
            <Localized vi={reason.message} en={reason.messageEn} />
          </p>
        )}
      </li>
    );
  };

  const totals = (rows: [string, string, string][]) => (
    <dl className="alternative__totals">
      {rows.map(([term, amount, testId], rowIndex) => (
        <div key={testId} className={rowIndex === rows.length - 1 ? 'alternative__sum' : undefined}>
          <dt>{term}</dt>
          <dd className="num" data-testid={testId}>
            {formatVnd(amount)}
          </dd>
        </div>
      ))}
    </dl>
  );

  return (
    <li className="alternative card" aria-labelledby={titleId} data-objective={alternative.objective}>
      <h3 id={titleId} className="alternative__title">
        {label}
      </h3>
      {totals([
        [a.monthly, evaluation.monthlyTotal.amount, 'alternative-monthly'],
        [a.vat(vat), evaluation.vat.amount, 'alternative-vat'],
        [a.monthlyWithVat, evaluation.totalWithVat.amount, 'alternative-monthly-with-vat'],
      ])}
      {hasOneTime &&
        totals([
          [a.oneTime, evaluation.oneTimeTotal.amount, 'alternative-one-time'],
          [a.oneTimeWithVat, evaluation.oneTimeTotalWithVat.amount, 'alternative-one-time-with-vat'],
        ])}
      {totals([
        [a.firstYear, evaluation.firstYearTotal.amount, 'alternative-first-year'],
        [a.firstYearVat(vat), evaluation.firstYearVat.amount, 'alternative-first-year-vat'],
        [a.firstYearWithVat, evaluation.firstYearTotalWithVat.amount, 'alternative-first-year-with-vat'],
      ])}

      <dl className="alternative__facts">
        <div>
          <dt>{a.vendors(evaluation.vendors.length)}</dt>
          <dd data-testid="alternative-vendors">{evaluation.vendors.map((vendor) => vendor.name).join(', ')}</dd>
        </div>
        <div>
          <dt>{a.availability}</dt>
          <dd data-testid="alternative-availability">
            {evaluation.compositeAvailability === null ? a.availabilityUnknown : formatAvailability(evaluation.compositeAvailability, lang)}
          </dd>
        </div>
        <div>
          <dt>{a.residency}</dt>
          <dd>
            <span className={evaluation.dataInVietnam ? 'badge badge--vn' : 'badge badge--warn-inline'} data-testid="alternative-residency">
              {evaluation.dataInVietnam ? a.residencyVietnam : a.residencyNot}
            </span>
          </dd>
        </div>
        <div>
          <dt>{a.mic}</dt>
          <dd data-testid="alternative-mic">{a.micShare(formatPercent(evaluation.micCoverage.share, lang))}</dd>
        </div>
      </dl>

      <h4 className="alternative__subtitle">{a.lines(alternative.items.length)}</h4>
      <ul className="alternative__lines">
        {runs.map((run) =>
          run.group === null ? (
            line(run.indexes[0]!)
          ) : (
            <li key={run.group} className="composed-pair" data-group={run.group}>
              <p className="composed-pair__label">{a.pair}</p>
              <ul className="composed-pair__lines">{run.indexes.map(line)}</ul>
            </li>
          ),
        )}
      </ul>

      {evaluation.issues.length > 0 && (
        <details className="alternative__issues">
          <summary>
            {a.issues} ({evaluation.issues.length})
          </summary>
          <ul>
            {evaluation.issues.map((issue, issueIndex) => (
              <li key={issueIndex}>
                <strong>{a.severity[issue.severity]}:</strong> <Localized vi={issue.message} en={issue.messageEn} />
              </li>
            ))}
          </ul>
        </details>
      )}

      <button type="button" className="button alternative__adopt" aria-label={a.adoptLabel(label)} onClick={onAdopt}>
        {a.adopt}
      </button>
    </li>
  );
}
