import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, screenshot, startSite, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

describe('home page', () => {
  it('shows the ecosystem in figures from the API, categories by kind and recent offerings', async () => {
    const { data } = await site.server.gql(`{
      vendors(first: 100) { totalCount nodes { dataCenters { id } } }
      offerings(first: 1) { totalCount }
      ecosystemReport { verifiedPlatforms }
    }`);
    const dataCenters = data.vendors.nodes.reduce((sum: number, vendor: { dataCenters: unknown[] }) => sum + vendor.dataCenters.length, 0);
    const page = await site.open('/');
    const figure = (label: string) => page.locator('.figures__item').filter({ hasText: label }).locator('dd');
    await figure('nhà cung cấp').waitFor();
    expect(await figure('nhà cung cấp').innerText()).toBe(String(data.vendors.totalCount));
    expect(await figure('dịch vụ đang niêm yết').innerText()).toBe(String(data.offerings.totalCount));
    expect(await figure('trung tâm dữ liệu').innerText()).toBe(String(dataCenters));
    expect(await figure('nền tảng đã xác minh').innerText()).toBe(String(data.ecosystemReport.verifiedPlatforms));
    expect(data.ecosystemReport.verifiedPlatforms).toBeGreaterThan(0);
    await page.getByRole('heading', { level: 2, name: 'Dịch vụ mới cập nhật' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Hạ tầng (IaaS)' }).waitFor();
    expect(await page.locator('.featured .card-grid > li').count()).toBe(6);

    await page.locator('.kinds').getByRole('link', { name: 'Máy chủ ảo', exact: true }).click();
    await page.waitForURL(/\/catalog\?category=compute$/);
  });

  it('sends a search to the catalog', async () => {
    const page = await site.open('/');
    await page.getByRole('searchbox', { name: 'Tìm dịch vụ' }).fill('lưu trữ');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/catalog\?q=/);
    await page.locator('.catalog__status').filter({ hasText: /dịch vụ phù hợp với “lưu trữ”/ }).waitFor();
  });
});

describe('language', () => {
  it('is in the address: the switch opens the same page, filters kept, under /en, and back at the root', async () => {
    const page = await site.open('/catalog?kind=IAAS');
    await page.getByRole('link', { name: 'Danh mục', exact: true }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    const toEnglish = page.getByRole('link', { name: 'English' });
    expect(await toEnglish.getAttribute('href')).toBe('/en/catalog?kind=IAAS');

    await toEnglish.click();
    await page.waitForURL(`${site.url}/en/catalog?kind=IAAS`);
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    await page.locator('.catalog__status').filter({ hasText: /^\d+ services$/ }).waitFor();
    expect(await page.getByRole('checkbox', { name: /^Infrastructure \(IaaS\)/ }).isChecked()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // Links within the English site stay in it.
    expect(await page.getByRole('link', { name: 'Catalog', exact: true }).getAttribute('href')).toBe('/en/catalog');
    expect(await page.getByRole('link', { name: 'Report', exact: true }).getAttribute('href')).toBe('/en/report');

    // A reload, or the link shared, opens in English: the address says so, nothing stored does.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    const shared = await site.open('/en/catalog?kind=IAAS');
    await shared.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();

    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL(`${site.url}/catalog?kind=IAAS`);
    await page.getByRole('heading', { level: 1, name: 'Danh mục dịch vụ' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
  });

  it('keeps the page of an offering and the English home at /en', async () => {
    const page = await site.open('/en');
    await page.getByRole('link', { name: 'Catalog', exact: true }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('link', { name: 'Tiếng Việt' }).getAttribute('href')).toBe('/');
    const offering = await site.open('/en/offerings/viettel-cloud-server');
    await offering.getByRole('heading', { level: 1 }).waitFor();
    await offering.getByRole('link', { name: 'Tiếng Việt' }).click();
    await offering.waitForURL(`${site.url}/offerings/viettel-cloud-server`);
  });
});

describe('GraphiQL', () => {
  it('shows the schema docs and runs the sample query, all from this server', async () => {
    const page = await site.open('/graphql', { ready: '.graphiql-container' });
    await page.locator('.graphiql-sidebar button').first().click();
    await page.locator('.graphiql-doc-explorer').getByText('Root Types').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText('"totalCount"').waitFor();
    expect(await page.locator('.result-window').innerText()).not.toContain('QUERY_TOO_COMPLEX');
  });
});

describe('every screen', () => {
  const screens = [
    { name: 'home', path: '/', ready: '.figures' },
    { name: 'catalog', path: '/catalog?kind=iaas', ready: '.card-grid' },
    { name: 'offering', path: '/offerings/viettel-cloud-server', ready: '.plans' },
    { name: 'vendor', path: '/vendors/viettel-idc', ready: '.card-grid' },
    { name: 'not-found', path: '/khong-co-trang-nay', ready: '.notice' },
  ];

  it('fits a 375 px phone without sideways scrolling and a wide desktop; screenshots in .tmp/screenshots with SCREENSHOTS=1', async () => {
    for (const width of [MOBILE, DESKTOP]) {
      for (const screen of screens) {
        const page = await site.open(screen.path, { width });
        await page.locator(screen.ready).first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${screen.name} at ${width} px`).toBeLessThanOrEqual(0);
        await screenshot(page, `${screen.name}-${width}`);
        await page.context().close();
      }
    }
  });
});
