import type { ReactNode } from 'react';
import { BarChart } from './BarChart.tsx';
import { useReportWords, type CountItem } from './report-words.ts';
import { ReportPart } from './ReportPart.tsx';
import { ReportTable } from './ReportTable.tsx';

/** A chart of counts, one bar per item, described in words. */
export function CountBars({ title, items }: { title: string; items: CountItem[] }) {
  const { count, summarize } = useReportWords();
  return (
    <BarChart
      title={title}
      description={summarize(items)}
      groups={items.map((item) => ({ key: item.key, label: item.label, bars: [{ value: item.value, hatched: item.hatched }] }))}
      formatValue={count}
    />
  );
}

interface CountPartProps {
  title: string;
  note?: string;
  items: CountItem[];
  /** the table's headers: what each item is, what it counts */
  headers: [string, string];
  /** the table's last row, when the items add up to a total */
  total?: number;
  /** said instead when there are no items (that there are no figures, by default) */
  empty?: string;
  /** drawn under the chart */
  legend?: ReactNode;
}

/** A part of the report that counts things: a bar per item beside the same counts as a table. */
export function CountPart({ title, note, items, headers, total, empty, legend }: CountPartProps) {
  const { r, count } = useReportWords();
  return (
    <ReportPart
      title={title}
      note={note}
      empty={items.length === 0 ? (empty ?? r.noRows) : null}
      chart={
        <>
          <CountBars title={title} items={items} />
          {legend}
        </>
      }
      table={
        <ReportTable
          caption={r.tableCaption(title)}
          columns={[{ header: headers[0] }, { header: headers[1], numeric: true }]}
          rows={items.map((item) => ({ key: item.key, cells: [item.label, count(item.value)] }))}
          foot={total === undefined ? undefined : { key: 'total', cells: [r.total, count(total)] }}
        />
      }
    />
  );
}
