import { chosenUnits, type FacetCount, type OfferingFilter } from '@mayviet/db';

const unitLabels: Record<string, [string, string]> = {
  MONTH: ['Theo tháng', 'Per month'],
  GB_MONTH: ['Theo GB mỗi tháng', 'Per GB per month'],
  USER_MONTH: ['Theo người dùng mỗi tháng', 'Per user per month'],
  ONE_TIME: ['Chỉ trả một lần', 'One-time only'],
};

const kindLabels: Record<string, [string, string]> = {
  IAAS: ['Hạ tầng (IaaS)', 'Infrastructure (IaaS)'],
  PAAS: ['Nền tảng (PaaS)', 'Platform (PaaS)'],
  SAAS: ['Phần mềm dịch vụ (SaaS)', 'Software as a service (SaaS)'],
  SECURITY: ['Bảo mật', 'Security'],
  SOFTWARE: ['Phần mềm cài đặt', 'Installable software'],
};

export interface FacetValue {
  value: string;
  label: string;
  labelEn: string;
  count: number;
  selected: boolean;
}

/** Facet rows into the four lists, with chosen values kept even when nothing matches them now. */
export function shapeFacets(rows: FacetCount[], filter: OfferingFilter | null | undefined) {
  const chosen = {
    kinds: new Set<string>(filter?.kinds ?? []),
    categories: new Set(filter?.categories ?? []),
    vendors: new Set(filter?.vendors ?? []),
    cities: new Set(filter?.cities ?? []),
    billingUnits: new Set<string>(chosenUnits(filter)),
  };
  const facets = {
    kinds: [] as FacetValue[],
    categories: [] as FacetValue[],
    vendors: [] as FacetValue[],
    cities: [] as FacetValue[],
    billingUnits: [] as FacetValue[],
  };
  const labelled: Partial<Record<keyof typeof facets, Record<string, [string, string]>>> = { kinds: kindLabels, billingUnits: unitLabels };
  for (const row of rows) {
    const [label, labelEn] = labelled[row.facet]?.[row.value] ?? [row.label, row.labelEn];
    facets[row.facet].push({ value: row.value, label, labelEn, count: row.count, selected: chosen[row.facet].has(row.value) });
  }
  for (const facet of Object.keys(facets) as (keyof typeof facets)[]) {
    for (const value of chosen[facet]) {
      if (!facets[facet].some((entry) => entry.value === value)) {
        const [label, labelEn] = labelled[facet]?.[value] ?? [value, value];
        facets[facet].push({ value, label, labelEn, count: 0, selected: true });
      }
    }
    facets[facet].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
  }
  return facets;
}
