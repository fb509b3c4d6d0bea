import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import type { Dictionary, Lang } from '../../i18n/dictionary.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatPercent, formatVnd } from '../../lib/format.ts';
import { labelOf } from '../../lib/schema-enums.ts';
import { catalogPath, catalogStateOf, type KeptCatalogSearch } from '../catalog/catalog-url.ts';
import { useStackText, type StackText } from './stack-text.ts';

export const CatalogSearchFields = graphql(`
  fragment CatalogSearchFields on CatalogSearch {
    query
    sort
    kinds
    categories
    vendors
    cities
    billingUnits
    dataInVietnam
    maxMonthlyPrice
    minSlaAvailability
    verifiedFramework
  }
`);

/** The words, filters and order of a kept search, each as the catalogue names it. */
export function describeCatalogSearch(search: KeptCatalogSearch, t: Dictionary, s: StackText, lang: Lang): string[] {
  const parts: string[] = [];
  if (search.query) parts.push(s.shared.searchWords(search.query));
  parts.push(...search.kinds.map((kind) => labelOf(t.kinds, kind)));
  if (search.categories.length > 0) parts.push(`${t.catalog.facetCategories}: ${search.categories.join(', ')}`);
  if (search.vendors.length > 0) parts.push(`${t.catalog.facetVendors}: ${search.vendors.join(', ')}`);
  if (search.cities.length > 0) parts.push(`${t.catalog.facetCities}: ${search.cities.join(', ')}`);
  if (search.billingUnits.length > 0) {
    parts.push(`${t.catalogMore.facetUnits}: ${search.billingUnits.map((unit) => labelOf(t.units, unit)).join(', ')}`);
  }
  if (search.dataInVietnam !== null) parts.push(search.dataInVietnam ? t.catalog.dataInVietnam : s.shared.dataOutsideVietnam);
  if (search.maxMonthlyPrice !== null) parts.push(t.catalogMore.chipMaxPrice(formatVnd(search.maxMonthlyPrice)));
  if (search.minSlaAvailability !== null) parts.push(t.catalogMore.chipMinSla(formatPercent(search.minSlaAvailability, lang)));
  if (search.verifiedFramework !== null) parts.push(t.catalogMore.chipFramework(search.verifiedFramework));
  if (search.sort !== null) parts.push(`${t.catalog.sort}: ${labelOf(t.catalog.sorts, search.sort)}`);
  return parts;
}

/** "Built from the catalogue search: …", with a link that opens that search again. */
export function CatalogSearchSummary({ search: data }: { search: FragmentOf<typeof CatalogSearchFields> }) {
  const { t, lang } = useI18n();
  const s = useStackText();
  const search = readFragment(CatalogSearchFields, data);
  return (
    <p className="stack-origin">
      <strong>{s.shared.builtFrom}</strong> <span className="stack-origin__search">{describeCatalogSearch(search, t, s, lang).join(' · ')}</span>{' '}
      <Link to={catalogPath(catalogStateOf(search))}>{s.shared.openSearch}</Link>
    </p>
  );
}
