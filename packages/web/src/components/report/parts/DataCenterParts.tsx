import { COLORS, HatchSwatch, Legend, SolidSwatch } from '../chart-kit.tsx';
import { CountBars, CountPart } from '../CountPart.tsx';
import type { ReportData } from '../report-data.ts';
import { countryName } from '../report-format.ts';
import { useReportWords } from '../report-words.ts';
import { ReportPart } from '../ReportPart.tsx';
import { ReportTable } from '../ReportTable.tsx';

const total = (items: { count: number }[]) => items.reduce((sum, item) => sum + item.count, 0);

/** Data centers by city (those abroad striped) and by Uptime tier. */
export function DataCenterParts({ report }: { report: ReportData }) {
  const { r, lang, count, tierName } = useReportWords();
  const cities = report.dataCentersByCity.map((row) => {
    const abroad = row.detail !== 'VN';
    return { key: `${row.key}-${row.detail ?? ''}`, city: row.key, country: row.detail, label: abroad ? r.dataCenters.abroadCity(row.key) : row.key, value: row.count, hatched: abroad };
  });
  const tiers = report.dataCentersByTier.map((row) => ({ key: row.key, label: tierName(row.key), value: row.count }));
  const inVietnamLegend = [
    { label: r.dataCenters.inVietnam, swatch: <SolidSwatch color={COLORS.bar} /> },
    { label: r.dataCenters.abroad, swatch: <HatchSwatch color={COLORS.muted} /> },
  ];
  return (
    <>
      <ReportPart
        title={r.dataCenters.byCity}
        empty={cities.length === 0 ? r.noRows : null}
        chart={
          <>
            <CountBars title={r.dataCenters.byCity} items={cities} />
            <Legend items={inVietnamLegend} />
          </>
        }
        table={
          <ReportTable
            caption={r.tableCaption(r.dataCenters.byCity)}
            columns={[{ header: r.dataCenters.city }, { header: r.dataCenters.country }, { header: r.dataCenters.dataCenters, numeric: true }]}
            rows={cities.map((row) => ({
              key: row.key,
              cells: [row.city, row.country ? countryName(row.country, lang) : '', count(row.value)],
            }))}
            foot={{ key: 'total', cells: [r.total, '', count(total(report.dataCentersByCity))] }}
          />
        }
      />
      <CountPart title={r.dataCenters.byTier} items={tiers} headers={[r.dataCenters.tier, r.dataCenters.dataCenters]} total={total(report.dataCentersByTier)} />
    </>
  );
}
