import { CountPart } from '../CountPart.tsx';
import type { ReportData } from '../report-data.ts';
import { useReportWords } from '../report-words.ts';

/** Quote requests by category and vendors' offers by status, counts only. */
export function QuoteParts({ report }: { report: ReportData }) {
  const { r, categoryName } = useReportWords();
  const quotes = report.quoteRequestsByCategory.map((row) => ({ key: row.category.slug, label: categoryName(row.category), value: row.count }));
  const statuses: Record<string, string> = r.quotes.statuses;
  const offers = report.offersByStatus.map((row) => ({ key: row.key, label: statuses[row.key] ?? row.key, value: row.count }));
  return (
    <>
      <CountPart title={r.quotes.chart} note={r.quotes.note} items={quotes} headers={[r.quotes.category, r.quotes.requests]} empty={r.quotes.empty} />
      <CountPart title={r.quotes.offersChart} note={r.quotes.offersNote} items={offers} headers={[r.quotes.offerStatus, r.quotes.offers]} empty={r.quotes.offersEmpty} />
    </>
  );
}
