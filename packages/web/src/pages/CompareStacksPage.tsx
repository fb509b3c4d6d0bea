import { useState, type ReactNode } from 'react';
import { Link, useSearch } from 'wouter';
import { useQuery } from 'urql';
import { ApiErrorNotice, Loading, Notice } from '../components/common/Notice.tsx';
import { PageSection } from '../components/common/PageSection.tsx';
import '../components/compare/compare.css';
import { ComparePage } from '../components/compare/ComparePage.tsx';
import { CompareTable } from '../components/compare/CompareTable.tsx';
import { useStackText } from '../components/stack/stack-text.ts';
import { formatAvailability } from '../components/stack/StackSummary.tsx';
import { graphql, type ResultOf } from '../graphql.ts';
import { localized, Localized, useI18n } from '../i18n/i18n.tsx';
import { useDocumentTitle } from '../lib/document-title.ts';
import { formatCount, formatDate, formatPercent, formatVnd } from '../lib/format.ts';

const CompareStacksQuery = graphql(`
  query CompareStacks($ids: [ID!]!) {
    compareStacks(ids: $ids) {
      cheapest {
        id
      }
      cheapestFirstYear {
        id
      }
      lines {
        differs
        offering {
          id
          slug
          name
          nameEn
        }
        plan {
          id
          name
          nameEn
        }
        perStack {
          quantity
          monthlyCost {
            amount
          }
          oneTimeCost {
            amount
          }
        }
      }
      differences {
        aspect
        message
        messageEn
      }
      entries {
        costAboveCheapest {
          amount
        }
        firstYearAboveCheapest {
          amount
        }
        issuesOnlyHere
        vendorsOnlyHere {
          id
          slug
          name
        }
        stack {
          id
          name
          createdAt
          evaluation {
            monthlyTotal {
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
            firstYearTotalWithVat {
              amount
            }
            micCoverage {
              share
            }
            dataInVietnam
            compositeAvailability
            errorCount
            issues {
              code
              severity
            }
          }
        }
      }
    }
  }
`);

type Entry = ResultOf<typeof CompareStacksQuery>['compareStacks']['entries'][number];
type ComparedLine = ResultOf<typeof CompareStacksQuery>['compareStacks']['lines'][number];

/** The ids in /compare?ids=a,b,c. */
function comparedIds(search: string): string[] {
  return (new URLSearchParams(search).get('ids') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** Two to four saved stacks side by side, one column each, and how they differ. */
export default function CompareStacksPage() {
  const { t, lang } = useI18n();
  const s = useStackText();
  useDocumentTitle(`${s.compare.title} — ${t.siteName}`);
  const ids = comparedIds(useSearch());
  const [onlyDifferent, setOnlyDifferent] = useState(false);
  const [result, reexecute] = useQuery({ query: CompareStacksQuery, variables: { ids } });
  const badInput = result.error?.graphQLErrors.find((error) => error.extensions.code === 'BAD_USER_INPUT');

  const header = (
    <>
      <h1 className="page__title">{s.compare.title}</h1>
      <p className="page__lead">{s.compare.lead}</p>
      <p>
        <Link to="/stack">{s.compare.back}</Link>
      </p>
    </>
  );

  if (badInput) {
    return (
      <ComparePage header={header}>
        <Notice title={s.compare.badRequestTitle} tone="error">
          <p>{s.compare.badRequest[String(badInput.extensions.reason)] ?? badInput.message}</p>
        </Notice>
      </ComparePage>
    );
  }
  if (result.error && !result.data) {
    return <ComparePage header={header}><ApiErrorNotice onRetry={() => reexecute({ requestPolicy: 'network-only' })} /></ComparePage>;
  }
  if (!result.data) return <Loading />;
  const { entries, differences, cheapest, cheapestFirstYear, lines } = result.data.compareStacks;

  const row = (label: string, cell: (entry: Entry) => ReactNode, note?: string) => (
    <tr>
      <th scope="row">
        {label}
        {note && <span className="compare-table__note">{note}</span>}
      </th>
      {entries.map((entry) => (
        <td key={entry.stack.id} data-label={entry.stack.name}>
          {cell(entry)}
        </td>
      ))}
    </tr>
  );
  // The API names the issues a difference is about by their codes; say them in words.
  const inWords = (message: string) => message.replace(/\b[A-Z][A-Z_]+[A-Z]\b/g, (code) => s.issues.codes[code] ?? code);
  const count = (entry: Entry, severity: string) => entry.stack.evaluation.issues.filter((issue) => issue.severity === severity).length;
  const none = <span className="muted">{s.compare.none}</span>;

  return (
    <ComparePage header={header}>
      <CompareTable
        id="compare"
        caption={s.compare.caption}
        className="compare-table compare-table--stacks"
        corner={s.compare.aspect}
        columns={entries.map((entry) => ({
          key: entry.stack.id,
          header: (
            <>
              <Link to={`/stacks/${entry.stack.id}`}>{entry.stack.name}</Link>
              <span className="compare-table__date">{formatDate(entry.stack.createdAt)}</span>
              {entry.stack.id === cheapest.id && <span className="badge badge--vn">{s.compare.cheapest}</span>}
              {entry.stack.id === cheapestFirstYear.id && <span className="badge badge--vn">{s.compare.cheapestFirstYear}</span>}
            </>
          ),
        }))}
      >
        <tbody>
          {row(s.compare.monthlyTotal, (entry) => formatVnd(entry.stack.evaluation.monthlyTotal.amount))}
          {row(s.compare.totalWithVat, (entry) => <strong>{formatVnd(entry.stack.evaluation.totalWithVat.amount)}</strong>)}
          {row(s.compare.oneTimeTotal, (entry) => formatVnd(entry.stack.evaluation.oneTimeTotal.amount))}
          {row(s.compare.oneTimeTotalWithVat, (entry) => formatVnd(entry.stack.evaluation.oneTimeTotalWithVat.amount))}
          {row(s.compare.firstYearTotal, (entry) => formatVnd(entry.stack.evaluation.firstYearTotal.amount), s.compare.firstYearNote)}
          {row(
            s.compare.firstYearTotalWithVat,
            (entry) => <strong>{formatVnd(entry.stack.evaluation.firstYearTotalWithVat.amount)}</strong>,
            s.compare.firstYearNote,
          )}
          {row(s.compare.costAboveCheapest, (entry) =>
            entry.costAboveCheapest.amount === '0' ? none : `+${formatVnd(entry.costAboveCheapest.amount)}`,
          )}
          {row(s.compare.firstYearAboveCheapest, (entry) =>
            entry.firstYearAboveCheapest.amount === '0' ? none : `+${formatVnd(entry.firstYearAboveCheapest.amount)}`,
          )}
          {row(s.compare.micShare, (entry) => formatPercent(entry.stack.evaluation.micCoverage.share, lang), s.compare.micShareNote)}
          {row(s.compare.residency, (entry) =>
            entry.stack.evaluation.dataInVietnam ? (
              <span className="badge badge--vn">{s.summary.residencyVietnam}</span>
            ) : (
              <span className="badge badge--warn-inline">{s.summary.residencyNot}</span>
            ),
          )}
          {row(s.compare.sla, (entry) =>
            entry.stack.evaluation.compositeAvailability === null
              ? s.compare.slaUnknown
              : formatAvailability(entry.stack.evaluation.compositeAvailability, lang),
          )}
          {row(s.compare.errors, (entry) => formatCount(entry.stack.evaluation.errorCount, lang))}
          {row(s.compare.warnings, (entry) => formatCount(count(entry, 'WARNING'), lang))}
          {row(s.compare.issuesOnlyHere, (entry) =>
            entry.issuesOnlyHere.length === 0 ? (
              none
            ) : (
              <ul className="compare-table__list">
                {entry.issuesOnlyHere.map((code) => (
                  <li key={code}>{s.issues.codes[code] ?? code}</li>
                ))}
              </ul>
            ),
          )}
          {row(s.compare.vendorsOnlyHere, (entry) =>
            entry.vendorsOnlyHere.length === 0 ? (
              none
            ) : (
              <ul className="compare-table__list">
                {entry.vendorsOnlyHere.map((vendor) => (
                  <li key={vendor.id}>
                    <Link to={`/vendors/${vendor.slug}`}>{vendor.name}</Link>
                  </li>
                ))}
              </ul>
            ),
          )}
        </tbody>
      </CompareTable>

      <LineByLine
        lines={lines}
        entries={entries}
        onlyDifferent={onlyDifferent}
        onOnlyDifferent={setOnlyDifferent}
      />

      <PageSection id="differences" title={s.compare.differences}>
        {differences.length === 0 ? (
          <p className="muted">{s.compare.noDifferences}</p>
        ) : (
          <ul className="differences">
            {differences.map((difference) => (
              <li key={difference.aspect}>{inWords(localized(lang, difference.message, difference.messageEn))}</li>
            ))}
          </ul>
        )}
      </PageSection>
    </ComparePage>
  );
}

/** Every plan of any stack, one row each, with its quantity and cost in each stack. */
function LineByLine({
  lines,
  entries,
  onlyDifferent,
  onOnlyDifferent,
}: {
  lines: ComparedLine[];
  entries: Entry[];
  onlyDifferent: boolean;
  onOnlyDifferent: (only: boolean) => void;
}) {
  const { lang } = useI18n();
  const s = useStackText();
  const shown = onlyDifferent ? lines.filter((line) => line.differs) : lines;
  return (
    <PageSection id="compare-lines" title={s.compare.linesTitle}>
      <label className="compare-lines__toggle">
        <input type="checkbox" checked={onlyDifferent} onChange={(event) => onOnlyDifferent(event.target.checked)} />
        {s.compare.onlyDifferent}
      </label>
      {shown.length === 0 ? (
        <p className="muted">{s.compare.noneDifferent}</p>
      ) : (
        <CompareTable
          id="compare-lines"
          caption={s.compare.linesCaption}
          className="compare-table compare-lines"
          corner={s.compare.linesService}
          columns={entries.map((entry) => ({ key: entry.stack.id, header: entry.stack.name }))}
        >
          <tbody>
            {shown.map((line) => (
              <tr key={line.plan.id} className={line.differs ? 'is-different' : undefined}>
                <th scope="row">
                  <Link to={`/offerings/${line.offering.slug}`}>
                    <Localized vi={line.offering.name} en={line.offering.nameEn} />
                  </Link>
                  <span className="compare-lines__plan">
                    <Localized vi={line.plan.name} en={line.plan.nameEn} />
                  </span>
                  {line.differs && <span className="badge badge--warn-inline">{s.compare.differs}</span>}
                </th>
                {entries.map((entry, index) => {
                  const cell = line.perStack[index] ?? null;
                  return (
                    <td key={entry.stack.id} data-label={entry.stack.name}>
                      {cell === null ? (
                        <span className="compare-lines__absent">{s.compare.absent}</span>
                      ) : (
                        <span className="compare-lines__figures">
                          <span>{s.compare.quantity(formatCount(cell.quantity, lang))}</span>
                          {cell.oneTimeCost.amount !== '0' && <span>{s.compare.once(formatVnd(cell.oneTimeCost.amount))}</span>}
                          {(cell.monthlyCost.amount !== '0' || cell.oneTimeCost.amount === '0') && (
                            <span>{s.compare.perMonth(formatVnd(cell.monthlyCost.amount))}</span>
                          )}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </CompareTable>
      )}
    </PageSection>
  );
}
