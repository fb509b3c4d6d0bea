import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  catalogHref,
  clearFilters,
  EMPTY_CATALOG_STATE,
  parseCatalogSearch,
  refine,
  catalogStateOf,
  savedCatalogSearch,
  savedCatalogSearchOf,
  serializeCatalogState,
  toggleFacetValue,
  toOfferingsVariables,
  type CatalogState,
} from '../../packages/web/src/components/catalog/catalog-url.ts';

const parse = (search: string) => parseCatalogSearch(new URLSearchParams(search));

const full: CatalogState = {
  query: 'máy chủ',
  kinds: ['IAAS', 'PAAS'],
  categories: ['compute'],
  vendors: ['viettel-idc', 'vnpt-it'],
  cities: ['Hà Nội', 'TP. Hồ Chí Minh'],
  billingUnits: ['MONTH', 'GB_MONTH'],
  dataInVietnam: true,
  maxMonthlyPrice: 1_000_000,
  minSlaAvailability: '99.95',
  framework: 'ISO-27001',
  sort: 'PRICE_ASC',
  after: 'b3BhcXVlLWN1cnNvcg==',
  page: 3,
};

describe('catalog URL state', () => {
  it('reads an empty address as the default view', () => {
    expect(parse('')).toEqual(EMPTY_CATALOG_STATE);
  });

  it('writes every part of a view and reads it back unchanged', () => {
    const search = serializeCatalogState(full).toString();
    expect(parse(search)).toEqual(full);
    expect(search).toBe(
      'q=m%C3%A1y+ch%E1%BB%A7&kind=iaas&kind=paas&category=compute&vendor=viettel-idc&vendor=vnpt-it' +
        '&city=H%C3%A0+N%E1%BB%99i&city=TP.+H%E1%BB%93+Ch%C3%AD+Minh&unit=month&unit=gb-month&vn=1&max=1000000&sla=99.95&cert=ISO-27001' +
        '&sort=price-asc&after=b3BhcXVlLWN1cnNvcg%3D%3D&page=3',
    );
  });

  it('leaves defaults out of the address', () => {
    expect(serializeCatalogState(EMPTY_CATALOG_STATE).toString()).toBe('');
    expect(catalogHref({})).toBe('/catalog');
    expect(catalogHref({ categories: ['compute'] })).toBe('/catalog?category=compute');
  });

  it('ignores values it cannot use instead of failing', () => {
    const state = parse('kind=iaas&kind=nope&kind=IAAS&max=-5&sla=101&sort=cheapest&vn=yes&page=abc&category=&vendor=misa&vendor=misa');
    expect(state.kinds).toEqual(['IAAS']);
    expect(state.maxMonthlyPrice).toBeNull();
    expect(state.minSlaAvailability).toBeNull();
    expect(state.sort).toBe('RELEVANCE');
    expect(state.dataInVietnam).toBe(false);
    expect(state.categories).toEqual([]);
    expect(state.vendors).toEqual(['misa']);
    expect(state.page).toBe(1);
  });

  it('reads units of price and a verified framework, and an old MIC link as the MIC framework', () => {
    expect(parse('unit=user-month&unit=hour&unit=one-time&unit=user-month').billingUnits).toEqual(['USER_MONTH', 'ONE_TIME']);
    expect(parse('mic=1').framework).toBe('MIC-CLOUD-153');
    expect(parse('cert=UPTIME-TIER-III&mic=1').framework).toBe('UPTIME-TIER-III');
    expect(parse('cert=%3Cscript%3E').framework).toBeNull();
    expect(serializeCatalogState(parse('mic=1')).toString()).toBe('cert=MIC-CLOUD-153');
  });

  it('numbers a page opened by cursor alone as the second', () => {
    expect(parse('after=abc').page).toBe(2);
    expect(parse('page=4').page).toBe(1);
  });

  it('goes back to the first page whenever the view is refined', () => {
    const refined = refine(full, { query: 'lưu trữ' });
    expect(refined.after).toBeNull();
    expect(refined.page).toBe(1);
    expect(toggleFacetValue(full, 'vendors', 'misa').after).toBeNull();
  });

  it('toggles facet values: several within a facet, a second click removes one', () => {
    let state = toggleFacetValue(EMPTY_CATALOG_STATE, 'categories', 'compute');
    state = toggleFacetValue(state, 'categories', 'block-storage');
    expect(state.categories).toEqual(['compute', 'block-storage']);
    state = toggleFacetValue(state, 'categories', 'compute');
    expect(state.categories).toEqual(['block-storage']);
    expect(toggleFacetValue(state, 'kinds', 'SECURITY').kinds).toEqual(['SECURITY']);
  });

  it('counts active filters and clears them, keeping the words and the order', () => {
    expect(activeFilterCount(full)).toBe(13);
    const cleared = clearFilters(full);
    expect(activeFilterCount(cleared)).toBe(0);
    expect(cleared.query).toBe('máy chủ');
    expect(cleared.sort).toBe('PRICE_ASC');
  });

  it('turns a view into the offerings query variables', () => {
    expect(toOfferingsVariables(full)).toEqual({
      query: 'máy chủ',
      first: 20,
      after: 'b3BhcXVlLWN1cnNvcg==',
      sort: 'PRICE_ASC',
      filter: {
        kinds: ['IAAS', 'PAAS'],
        categories: ['compute'],
        vendors: ['viettel-idc', 'vnpt-it'],
        cities: ['Hà Nội', 'TP. Hồ Chí Minh'],
        billingUnits: ['MONTH', 'GB_MONTH'],
        dataInVietnam: true,
        maxMonthlyPrice: '1000000',
        minSlaAvailability: '99.95',
        verifiedFramework: 'ISO-27001',
      },
    });
    expect(toOfferingsVariables(EMPTY_CATALOG_STATE).filter).toEqual({
      kinds: null,
      categories: null,
      vendors: null,
      cities: null,
      billingUnits: null,
      dataInVietnam: null,
      maxMonthlyPrice: null,
      minSlaAvailability: null,
      verifiedFramework: null,
    });
  });
});

describe('the search a stack keeps', () => {
  it('is none for the plain catalogue, and the words, filters and order of a filtered view', () => {
    expect(savedCatalogSearch(EMPTY_CATALOG_STATE)).toBeNull();
    expect(savedCatalogSearch({ ...EMPTY_CATALOG_STATE, after: 'x', page: 2 })).toBeNull();
    expect(savedCatalogSearch({ ...EMPTY_CATALOG_STATE, sort: 'NAME' })).toEqual({ query: null, sort: 'NAME', filter: toOfferingsVariables(EMPTY_CATALOG_STATE).filter });
    const kept = savedCatalogSearch(full)!;
    expect(kept).toEqual({ query: 'máy chủ', sort: 'PRICE_ASC', filter: toOfferingsVariables(full).filter });
  });

  it('opens the same catalogue view again, first page, and goes back to saveStack unchanged', () => {
    const read = {
      query: 'máy chủ',
      sort: 'PRICE_ASC' as const,
      kinds: ['IAAS', 'PAAS'],
      categories: ['compute'],
      vendors: ['viettel-idc', 'vnpt-it'],
      cities: ['Hà Nội', 'TP. Hồ Chí Minh'],
      billingUnits: ['MONTH', 'GB_MONTH'],
      dataInVietnam: true,
      maxMonthlyPrice: '1000000',
      minSlaAvailability: '99.95',
      verifiedFramework: 'ISO-27001',
    };
    expect(catalogStateOf(read)).toEqual({ ...full, after: null, page: 1 });
    expect(savedCatalogSearchOf(read)).toEqual(savedCatalogSearch(full));
  });
});
