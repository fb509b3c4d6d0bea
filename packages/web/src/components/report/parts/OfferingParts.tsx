import { CountBars, CountPart } from '../CountPart.tsx';
import type { ReportData } from '../report-data.ts';
import { useReportWords } from '../report-words.ts';
import { ReportPart } from '../ReportPart.tsx';
import { ReportTable } from '../ReportTable.tsx';

/** Published offerings by kind and by category. */
export function OfferingParts({ report }: { report: ReportData }) {
  const { r, count, kindName, categoryName } = useReportWords();
  const kinds = report.offeringsByKind.map((row) => ({ key: row.key, label: kindName(row.key), value: row.count }));
  const categories = report.offeringsByCategory.map((row) => ({ key: row.category.slug, label: categoryName(row.category), value: row.count }));
  return (
    <>
      <CountPart title={r.offerings.byKind} items={kinds} headers={[r.offerings.kind, r.offerings.offerings]} total={report.publishedOfferings} />
      <ReportPart
        title={r.offerings.byCategory}
        empty={categories.length === 0 ? r.noRows : null}
        chart={<CountBars title={r.offerings.byCategory} items={categories} />}
        table={
          <ReportTable
            caption={r.tableCaption(r.offerings.byCategory)}
            columns={[{ header: r.offerings.category }, { header: r.offerings.kind }, { header: r.offerings.offerings, numeric: true }]}
            rows={report.offeringsByCategory.map((row) => ({
              key: row.category.slug,
              cells: [categoryName(row.category), kindName(row.category.kind), count(row.count)],
            }))}
          />
        }
      />
    </>
  );
}
