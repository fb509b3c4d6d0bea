import type { ReactNode } from 'react';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import type { Dictionary } from '../../i18n/dictionary.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { formatCount, formatPercent, formatVnd } from '../../lib/format.ts';
import { BarChart, type BarGroupDatum } from './BarChart.tsx';
import { COLORS, HatchSwatch, Legend, SolidSwatch } from './chart-kit.tsx';
import { PriceRangeChart } from './PriceRangeChart.tsx';
import { countryName, formatAmountTick, romanTier } from './report-format.ts';
import { ReportPart } from './ReportPart.tsx';
import { ReportTable } from './ReportTable.tsx';
import { ShareChart } from './ShareChart.tsx';

export const ReportPartsFields = graphql(`
  fragment ReportParts on EcosystemReport {
    vendorsByKind {
      key
      detail
      count
    }
    offeringsByKind {
      key
      count
    }
    offeringsByCategory {
      category {
        slug
        name
        nameEn
        kind
      }
      count
    }
    dataCentersByCity {
      key
      detail
      count
    }
    dataCentersByTier {
      key
      count
    }
    publishedOfferings
    offeringsInVietnam
    shareInVietnam
    verifiedPlatforms
    priceRanges {
      category {
        slug
        name
        nameEn
        kind
      }
      offerings
      min {
        amount
      }
      median {
        amount
      }
      max {
        amount
      }
    }
    quoteRequestsByCategory {
      category {
        slug
        name
        nameEn
        kind
      }
      count
    }
  }
`);

/** The live sections, in order, for the page's contents. */
export function reportSections(t: Dictionary): { id: string; title: string }[] {
  return [
    { id: 'report-vendors', title: t.report.vendors.title },
    { id: 'report-offerings', title: t.report.offerings.title },
    { id: 'report-data-centers', title: t.report.dataCenters.title },
    { id: 'report-residency', title: t.report.residency.title },
    { id: 'report-prices', title: t.report.prices.title },
    { id: 'report-quotes', title: t.report.quotes.title },
  ];
}

/** Whether the catalog has anything at all to report. */
export function reportIsEmpty(data: FragmentOf<typeof ReportPartsFields>): boolean {
  const report = readFragment(ReportPartsFields, data);
  return report.vendorsByKind.length === 0 && report.publishedOfferings === 0;
}

const total = (items: { count: number }[]) => items.reduce((sum, item) => sum + item.count, 0);

/** Every part of the ecosystem report: a chart and a table each, grouped in sections. */
export function LiveReport({ data }: { data: FragmentOf<typeof ReportPartsFields> }) {
  const { t, lang } = useI18n();
  const r = t.report;
  const report = readFragment(ReportPartsFields, data);
  const count = (n: number) => formatCount(n, lang);
  const categoryName = (category: { name: string; nameEn: string }) => localized(lang, category.name, category.nameEn);
  const kindName = (kind: string) => t.kinds[kind] ?? kind;
  const vendorKindName = (kind: string) => t.vendorKinds[kind] ?? kind;
  const tierName = (key: string) => {
    const tier = romanTier(key);
    return tier === null ? t.dataCenter.tierUnknown : t.dataCenter.tier(tier);
  };
  const [vendorsSection, offeringsSection, dataCentersSection, residencySection, pricesSection, quotesSection] = reportSections(t);

  /** Names the highest and the lowest of a chart's values in words. */
  const summarize = (items: { label: string; value: number }[]) => {
    const sorted = [...items].sort((a, b) => b.value - a.value);
    const describe = (item: { label: string; value: number }) => r.labelValue(item.label, count(item.value));
    const [top] = sorted;
    if (!top) return r.noRows;
    return sorted.length === 1 ? r.chartSummaryOne(describe(top)) : r.chartSummary(describe(top), describe(sorted.at(-1)!));
  };
  /** A chart of counts, one bar per item, described in words. */
  const countBars = (title: string, items: { key: string; label: string; value: number; hatched?: boolean }[]) => (
    <BarChart
      title={title}
      description={summarize(items)}
      groups={items.map((item) => ({ key: item.key, label: item.label, bars: [{ value: item.value, hatched: item.hatched }] }))}
      formatValue={count}
    />
  );

  // Vendors: one row per kind, domestic and foreign side by side.
  const vendorKinds = [...new Set(report.vendorsByKind.map((row) => row.key))].map((kind) => {
    const of = (detail: string) => report.vendorsByKind.find((row) => row.key === kind && row.detail === detail)?.count ?? 0;
    return { kind, domestic: of('DOMESTIC'), foreign: of('FOREIGN') };
  });
  const vendorGroups: BarGroupDatum[] = vendorKinds.map((row) => ({
    key: row.kind,
    label: vendorKindName(row.kind),
    bars: [
      { label: r.vendors.domestic, value: row.domestic },
      { label: r.vendors.foreign, value: row.foreign, hatched: true },
    ],
  }));

  const kinds = report.offeringsByKind.map((row) => ({ key: row.key, label: kindName(row.key), value: row.count }));
  const categories = report.offeringsByCategory.map((row) => ({ key: row.category.slug, label: categoryName(row.category), value: row.count }));

  const cities = report.dataCentersByCity.map((row) => {
    const abroad = row.detail !== 'VN';
    return { key: `${row.key}-${row.detail ?? ''}`, city: row.key, country: row.detail, label: abroad ? r.dataCenters.abroadCity(row.key) : row.key, value: row.count, hatched: abroad };
  });
  const tiers = report.dataCentersByTier.map((row) => ({ key: row.key, label: tierName(row.key), value: row.count }));

  const rest = report.publishedOfferings - report.offeringsInVietnam;
  const share = formatPercent(report.shareInVietnam, lang);
  const cloudProviders = vendorKinds.find((row) => row.kind === 'CLOUD_PROVIDER');
  const cloudProviderCount = cloudProviders ? cloudProviders.domestic + cloudProviders.foreign : 0;
  const verifiedItems = [
    { key: 'cloud-providers', label: r.residency.cloudProviders, value: cloudProviderCount },
    { key: 'verified', label: r.residency.verified, value: report.verifiedPlatforms },
  ];

  const prices = report.priceRanges.map((row) => ({
    key: row.category.slug,
    label: categoryName(row.category),
    offerings: row.offerings,
    min: Number(row.min.amount),
    median: Number(row.median.amount),
    max: Number(row.max.amount),
  }));
  const byMedian = [...prices].sort((a, b) => a.median - b.median);
  const quotes = report.quoteRequestsByCategory.map((row) => ({ key: row.category.slug, label: categoryName(row.category), value: row.count }));

  const inVietnamLegend = [
    { label: r.dataCenters.inVietnam, swatch: <SolidSwatch color={COLORS.bar} /> },
    { label: r.dataCenters.abroad, swatch: <HatchSwatch color={COLORS.muted} /> },
  ];

  return (
    <>
      <Section {...vendorsSection!}>
        <ReportPart
          title={r.vendors.chart}
          note={r.vendors.note}
          empty={vendorKinds.length === 0 ? r.noRows : null}
          chart={
            <BarChart
              title={r.vendors.chart}
              description={summarize(vendorKinds.map((row) => ({ label: vendorKindName(row.kind), value: row.domestic + row.foreign })))}
              groups={vendorGroups}
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
      </Section>

      <Section {...offeringsSection!}>
        <ReportPart
          title={r.offerings.byKind}
          empty={kinds.length === 0 ? r.noRows : null}
          chart={countBars(r.offerings.byKind, kinds)}
          table={
            <ReportTable
              caption={r.tableCaption(r.offerings.byKind)}
              columns={[{ header: r.offerings.kind }, { header: r.offerings.offerings, numeric: true }]}
              rows={kinds.map((row) => ({ key: row.key, cells: [row.label, count(row.value)] }))}
              foot={{ key: 'total', cells: [r.total, count(report.publishedOfferings)] }}
            />
          }
        />
        <ReportPart
          title={r.offerings.byCategory}
          empty={categories.length === 0 ? r.noRows : null}
          chart={countBars(r.offerings.byCategory, categories)}
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
      </Section>

      <Section {...dataCentersSection!}>
        <ReportPart
          title={r.dataCenters.byCity}
          empty={cities.length === 0 ? r.noRows : null}
          chart={
            <>
              {countBars(r.dataCenters.byCity, cities)}
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
        <ReportPart
          title={r.dataCenters.byTier}
          empty={tiers.length === 0 ? r.noRows : null}
          chart={countBars(r.dataCenters.byTier, tiers)}
          table={
            <ReportTable
              caption={r.tableCaption(r.dataCenters.byTier)}
              columns={[{ header: r.dataCenters.tier }, { header: r.dataCenters.dataCenters, numeric: true }]}
              rows={tiers.map((row) => ({ key: row.key, cells: [row.label, count(row.value)] }))}
              foot={{ key: 'total', cells: [r.total, count(total(report.dataCentersByTier))] }}
            />
          }
        />
      </Section>

      <Section {...residencySection!}>
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
        <ReportPart
          title={r.residency.verifiedChart}
          chart={countBars(r.residency.verifiedChart, verifiedItems)}
          table={
            <ReportTable
              caption={r.tableCaption(r.residency.verifiedChart)}
              columns={[{ header: r.residency.figure }, { header: r.residency.value, numeric: true }]}
              rows={verifiedItems.map((item) => ({ key: item.key, cells: [item.label, count(item.value)] }))}
            />
          }
        />
      </Section>

      <Section {...pricesSection!}>
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
      </Section>

      <Section {...quotesSection!}>
        <ReportPart
          title={r.quotes.chart}
          note={r.quotes.note}
          empty={quotes.length === 0 ? r.quotes.empty : null}
          chart={countBars(r.quotes.chart, quotes)}
          table={
            <ReportTable
              caption={r.tableCaption(r.quotes.chart)}
              columns={[{ header: r.quotes.category }, { header: r.quotes.requests, numeric: true }]}
              rows={quotes.map((row) => ({ key: row.key, cells: [row.label, count(row.value)] }))}
            />
          }
        />
      </Section>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="report-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
