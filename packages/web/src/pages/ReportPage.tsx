import { useDeferredValue } from 'react';
import { useQuery } from 'urql';
import { ApiErrorNotice, Loading, Notice } from '../components/common/Notice.tsx';
import { CitedContext } from '../components/report/CitedContext.tsx';
import { LiveReport, reportSections } from '../components/report/LiveReport.tsx';
import { ReportPartsFields, reportIsEmpty } from '../components/report/report-data.ts';
import { formatDateTime } from '../components/report/report-format.ts';
import '../components/report/report.css';
import { graphql } from '../graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { usePageMeta } from '../lib/page-meta.tsx';

const ReportQuery = graphql(
  `
    query EcosystemReportPage {
      ecosystemReport {
        generatedAt
        ...ReportParts
      }
    }
  `,
  [ReportPartsFields],
);

const CONTEXT_ID = 'report-context';

export default function ReportPage() {
  const { t, lang } = useI18n();
  const r = t.report;
  usePageMeta({ title: `${r.title} — ${t.siteName}`, name: r.title, description: r.lead, path: '/report' });
  // The report is live: show what the cache has at once, and always ask for today's figures.
  const [result, reexecute] = useQuery({ query: ReportQuery, requestPolicy: 'cache-and-network' });
  const report = useDeferredValue(result.data?.ecosystemReport);

  return (
    <article className="page report-page">
      <header className="page__header report-header">
        <h1 className="page__title">{r.title}</h1>
        <p className="page__lead">{r.lead}</p>
        <div className="report-actions" role="group" aria-label={r.actions}>
          <a className="button button--secondary" href="/export/report.csv" download>
            {r.downloadCsv}
          </a>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {r.print}
          </button>
        </div>
        <nav className="report-toc" aria-label={r.contents}>
          <ol>
            {[...reportSections(t), { id: CONTEXT_ID, title: r.context.title }].map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      </header>

      {result.error && !report ? (
        <ApiErrorNotice onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !report ? (
        <Loading />
      ) : reportIsEmpty(report) ? (
        <Notice title={r.emptyTitle}>
          <p>{r.emptyBody}</p>
        </Notice>
      ) : (
        <div className="report-live">
          <p className="report-stamp">
            <span className="badge badge--vn">{r.live}</span> {r.generatedAt(formatDateTime(report.generatedAt, lang))}
          </p>
          <LiveReport data={report} />
        </div>
      )}

      <CitedContext id={CONTEXT_ID} />
    </article>
  );
}
