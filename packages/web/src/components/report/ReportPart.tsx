import { useId, type ReactNode } from 'react';

interface ReportPartProps {
  title: string;
  note?: string;
  chart: ReactNode;
  table: ReactNode;
  /** Said instead of the chart and the table when there are no figures. */
  empty?: string | null;
  /** The chart above the table at every width, each as wide as the page (a table of many columns). */
  wide?: boolean;
}

/** One part of the report: its chart beside the same figures as a table (one above the other on a phone). */
export function ReportPart({ title, note, chart, table, empty = null, wide = false }: ReportPartProps) {
  const titleId = useId();
  return (
    <section className={wide ? 'report-part report-part--wide' : 'report-part'} aria-labelledby={titleId}>
      <h3 id={titleId} className="report-part__title">
        {title}
      </h3>
      {note && <p className="report-part__note">{note}</p>}
      {empty !== null ? (
        <p className="report-part__empty">{empty}</p>
      ) : (
        <div className="report-part__body">
          <figure className="report-chart">{chart}</figure>
          {table}
        </div>
      )}
    </section>
  );
}
