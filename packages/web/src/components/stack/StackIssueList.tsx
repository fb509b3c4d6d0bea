import type { Ref } from 'react';
import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf, type ResultOf } from '../../graphql.ts';
import { localized, Localized, useI18n } from '../../i18n/i18n.tsx';
import { priceWithUnit } from '../../lib/format.ts';
import { cheapestPlan } from './stack-edits.ts';
import { useStackText } from './stack-text.ts';

export const StackIssuesFields = graphql(`
  fragment StackIssues on StackEvaluation {
    errorCount
    issues {
      code
      severity
      message
      messageEn
      suggestions {
        id
        slug
        name
        nameEn
        vendor {
          id
          name
        }
        lowestMonthlyPrice {
          amount
        }
        lowestPrice {
          price {
            amount
          }
          unit
        }
        plans {
          id
          name
          nameEn
          unit
          monthlyPrice {
            amount
          }
        }
      }
    }
  }
`);

export type Suggestion = ResultOf<typeof StackIssuesFields>['issues'][number]['suggestions'][number];
export type SuggestedPlan = Suggestion['plans'][number];

interface StackIssueListProps {
  evaluation: FragmentOf<typeof StackIssuesFields>;
  /** Adds a suggested offering's plan to the stack; without it, suggestions are links to their pages. */
  onAdd?: (offering: Suggestion, plan: SuggestedPlan) => void;
  busy?: boolean;
  /** The section's heading, to move focus to once an added offering has changed the list. */
  headingRef?: Ref<HTMLHeadingElement>;
}

const SEVERITY_ORDER = ['ERROR', 'WARNING', 'INFO'];

/** Every issue of an evaluation in plain words, errors first, with the offerings that would fix it. */
export function StackIssueList({ evaluation: data, onAdd, busy = false, headingRef }: StackIssueListProps) {
  const { lang } = useI18n();
  const s = useStackText();
  const evaluation = readFragment(StackIssuesFields, data);
  const issues = [...evaluation.issues].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));

  return (
    <section className="stack-issues" aria-labelledby="stack-issues-title" aria-busy={busy}>
      <h2 id="stack-issues-title" className="section-title" ref={headingRef} tabIndex={-1}>
        {s.issues.title}
      </h2>
      <p className={evaluation.errorCount === 0 ? 'stack-verdict stack-verdict--ok' : 'stack-verdict stack-verdict--error'}>
        {evaluation.errorCount === 0 ? s.issues.works : s.issues.broken(evaluation.errorCount)}
      </p>
      {issues.length === 0 ? (
        <p className="muted">{s.issues.none}</p>
      ) : (
        <ul className="issues">
          {issues.map((issue, index) => (
            <li key={`${issue.code}-${index}`} className={`issue issue--${issue.severity.toLowerCase()}`} data-code={issue.code}>
              <p className="issue__head">
                <span className={`severity severity--${issue.severity.toLowerCase()}`}>{s.issues.severity[issue.severity] ?? issue.severity}</span>{' '}
                <strong>{s.issues.codes[issue.code] ?? issue.code}</strong>
              </p>
              <p className="issue__message">{localized(lang, issue.message, issue.messageEn)}</p>
              {issue.suggestions.length > 0 && (
                <>
                  <p className="issue__suggestions-title">{s.issues.suggestionsTitle}</p>
                  <ul className="suggestions">
                    {issue.suggestions.map((suggestion) => {
                      const plan = cheapestPlan(suggestion);
                      return (
                        <li key={suggestion.id} className="suggestion">
                          <span className="suggestion__text">
                            <Link to={`/offerings/${suggestion.slug}`}>
                              <Localized vi={suggestion.name} en={suggestion.nameEn} />
                            </Link>
                            <span className="muted">
                              {' '}
                              — {suggestion.vendor.name}
                              {suggestion.lowestPrice &&
                                `, ${s.issues.priceFrom(priceWithUnit(suggestion.lowestPrice.price.amount, suggestion.lowestPrice.unit, lang))}`}
                            </span>
                          </span>
                          {onAdd && plan && (
                            <button
                              type="button"
                              className="button button--small"
                              aria-label={s.issues.addLabel(localized(lang, suggestion.name, suggestion.nameEn), localized(lang, plan.name, plan.nameEn))}
                              onClick={() => onAdd(suggestion, plan)}
                            >
                              {s.issues.add}
                            </button>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
