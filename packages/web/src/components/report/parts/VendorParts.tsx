import { BarChart, type BarGroupDatum } from '../BarChart.tsx';
import { vendorCounts, type ReportData } from '../report-data.ts';
import { useReportWords } from '../report-words.ts';
import { ReportPart } from '../ReportPart.tsx';
import { ReportTable } from '../ReportTable.tsx';

/** Vendors by kind, domestic and foreign side by side. */
export function VendorParts({ report }: { report: ReportData }) {
  const { r, count, vendorKindName, summarize } = useReportWords();
  const vendorKinds = vendorCounts(report);
  const groups: BarGroupDatum[] = vendorKinds.map((row) => ({
    key: row.kind,
    label: vendorKindName(row.kind),
    bars: [
      { label: r.vendors.domestic, value: row.domestic },
      { label: r.vendors.foreign, value: row.foreign, hatched: true },
    ],
  }));
  return (
    <ReportPart
      title={r.vendors.chart}
      note={r.vendors.note}
      empty={vendorKinds.length === 0 ? r.noRows : null}
      chart={
        <BarChart
          title={r.vendors.chart}
          description={summarize(vendorKinds.map((row) => ({ label: vendorKindName(row.kind), value: row.domestic + row.foreign })))}
          groups={groups}
          formatValue={count}
        />
      }
      table={
        <ReportTable
          caption={r.tableCaption(r.vendors.chart)}
          columns={[{ header: r.vendors.kind }, { header: r.vendors.domestic, numeric: true }, { header: r.vendors.foreign, numeric: true }, { header: r.total, numeric: true }]}
          rows={vendorKinds.map((row) => ({
            key: row.kind,
            cells: [vendorKindName(row.kind), count(row.domestic), count(row.foreign), count(row.domestic + row.foreign)],
          }))}
        />
      }
    />
  );
}
