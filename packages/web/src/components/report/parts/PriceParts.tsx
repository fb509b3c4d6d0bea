import { formatVnd } from '../../../lib/format.ts';
import { COLORS, Legend } from '../chart-kit.tsx';
import { PriceRangeChart } from '../PriceRangeChart.tsx';
import type { ReportData } from '../report-data.ts';
import { formatAmountTick } from '../report-format.ts';
import { useReportWords } from '../report-words.ts';
import { ReportPart } from '../ReportPart.tsx';
import { ReportTable } from '../ReportTable.tsx';

/** Each category's monthly prices: lowest, median and highest. */
export function PriceParts({ report }: { report: ReportData }) {
  const { r, lang, count, categoryName } = useReportWords();
  const prices = report.priceRanges.map((row) => ({
    key: row.category.slug,
    label: categoryName(row.category),
    offerings: row.offerings,
    min: Number(row.min.amount),
    median: Number(row.median.amount),
    max: Number(row.max.amount),
  }));
  const byMedian = [...prices].sort((a, b) => a.median - b.median);
  return (
    <ReportPart
      title={r.prices.chart}
      note={r.prices.note}
      wide
      empty={prices.length === 0 ? r.noRows : null}
      chart={
        <>
          <PriceRangeChart
            title={r.prices.chart}
            description={r.prices.summary(
              r.labelValue(byMedian[0]?.label ?? '', formatVnd(byMedian[0]?.median ?? 0)),
              r.labelValue(byMedian.at(-1)?.label ?? '', formatVnd(byMedian.at(-1)?.median ?? 0)),
            )}
            rows={prices}
            axisLabel={r.prices.axis}
            formatTick={(amount) => formatAmountTick(amount, lang)}
          />
          <Legend
            items={[
              {
                label: r.prices.legendRange,
                swatch: <path d="M2 2v10M2 7h20M22 2v10" stroke={COLORS.ink} strokeWidth="2.5" fill="none" />,
              },
              { label: r.prices.legendMedian, swatch: <circle cx="12" cy="7" r="5.5" fill={COLORS.bar} /> },
            ]}
          />
        </>
      }
      table={
        <ReportTable
          caption={r.tableCaption(r.prices.chart)}
          scrollable
          columns={[
            { header: r.prices.category },
            { header: r.prices.offerings, numeric: true },
            { header: r.prices.min, numeric: true },
            { header: r.prices.median, numeric: true },
            { header: r.prices.max, numeric: true },
          ]}
          rows={prices.map((row) => ({
            key: row.key,
            cells: [row.label, count(row.offerings), formatVnd(row.min), formatVnd(row.median), formatVnd(row.max)],
          }))}
        />
      }
    />
  );
}
