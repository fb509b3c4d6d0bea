import { localized, useI18n } from '../../i18n/i18n.tsx';
import { formatCount } from '../../lib/format.ts';
import { labelOf } from '../../lib/schema-enums.ts';
import { romanTier } from './report-format.ts';

/** A chart's item: one bar, labelled. */
export interface CountItem {
  key: string;
  label: string;
  value: number;
  /** drawn striped (see BarDatum) */
  hatched?: boolean;
}

/** The report's strings and the ways every part names and counts what it shows, in the reader's language. */
export function useReportWords() {
  const { t, lang } = useI18n();
  const r = t.report;
  const count = (n: number) => formatCount(n, lang);
  return {
    t,
    r,
    lang,
    count,
    categoryName: (category: { name: string; nameEn: string }) => localized(lang, category.name, category.nameEn),
    kindName: (kind: string) => labelOf(t.kinds, kind),
    vendorKindName: (kind: string) => labelOf(t.vendorKinds, kind),
    tierName: (key: string) => {
      const tier = romanTier(key);
      return tier === null ? t.dataCenter.tierUnknown : t.dataCenter.tier(tier);
    },
    /** Names the highest and the lowest of a chart's values in words. */
    summarize: (items: { label: string; value: number }[]) => {
      const sorted = [...items].sort((a, b) => b.value - a.value);
      const describe = (item: { label: string; value: number }) => r.labelValue(item.label, count(item.value));
      const [top] = sorted;
      if (!top) return r.noRows;
      return sorted.length === 1 ? r.chartSummaryOne(describe(top)) : r.chartSummary(describe(top), describe(sorted.at(-1)!));
    },
  };
}
