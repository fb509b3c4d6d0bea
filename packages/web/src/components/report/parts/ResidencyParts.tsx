import { formatPercent } from '../../../lib/format.ts';
import { COLORS, HatchSwatch, Legend, SolidSwatch } from '../chart-kit.tsx';
import { CountPart } from '../CountPart.tsx';
import { vendorCounts, type ReportData } from '../report-data.ts';
import { useReportWords } from '../report-words.ts';
import { ReportPart } from '../ReportPart.tsx';
import { ReportTable } from '../ReportTable.tsx';
import { ShareChart } from '../ShareChart.tsx';

/** The share of offerings that keep data only in Vietnam, and the platforms verified against the MIC criteria. */
export function ResidencyParts({ report }: { report: ReportData }) {
  const { r, lang, count } = useReportWords();
  const rest = report.publishedOfferings - report.offeringsInVietnam;
  const share = formatPercent(report.shareInVietnam, lang);
  const cloudProviders = vendorCounts(report).find((row) => row.kind === 'CLOUD_PROVIDER');
  const verifiedItems = [
    { key: 'cloud-providers', label: r.residency.cloudProviders, value: cloudProviders ? cloudProviders.domestic + cloudProviders.foreign : 0 },
    { key: 'verified', label: r.residency.verified, value: report.verifiedPlatforms },
  ];
  return (
    <>
      <ReportPart
        title={r.residency.shareChart}
        empty={report.publishedOfferings === 0 ? r.noRows : null}
        chart={
          <>
            <ShareChart
              title={r.residency.shareChart}
              description={r.residency.shareSummary(share, count(report.offeringsInVietnam), count(report.publishedOfferings))}
              part={report.offeringsInVietnam}
              rest={rest}
              centerValue={share}
              centerLabel={r.residency.shareCenter}
            />
            <Legend
              items={[
                { label: r.residency.onlyVietnam, swatch: <SolidSwatch color={COLORS.home} /> },
                { label: r.residency.rest, swatch: <HatchSwatch color={COLORS.muted} /> },
              ]}
            />
          </>
        }
        table={
          <ReportTable
            caption={r.tableCaption(r.residency.shareChart)}
            columns={[{ header: r.residency.figure }, { header: r.residency.value, numeric: true }]}
            rows={[
              { key: 'published', cells: [r.residency.published, count(report.publishedOfferings)] },
              { key: 'vietnam', cells: [r.residency.onlyVietnam, count(report.offeringsInVietnam)] },
              { key: 'rest', cells: [r.residency.rest, count(rest)] },
              { key: 'share', cells: [r.residency.share, share] },
            ]}
          />
        }
      />
      <CountPart title={r.residency.verifiedChart} items={verifiedItems} headers={[r.residency.figure, r.residency.value]} />
    </>
  );
}
