import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, screenshot, startSite, type Site } from '../support/browser.ts';
import { reportFiguresFromSql } from '../support/report-sql.ts';
import { firstPlans, saveMutation } from '../support/stacks.ts';

interface Category {
  slug: string;
  name: string;
  nameEn: string;
  kind: string;
}

interface Report {
  vendorsByKind: { key: string; detail: string; count: number }[];
  offeringsByKind: { key: string; count: number }[];
  offeringsByCategory: { category: Category; count: number }[];
  dataCentersByCity: { key: string; detail: string; count: number }[];
  dataCentersByTier: { key: string; count: number }[];
  publishedOfferings: number;
  offeringsInVietnam: number;
  shareInVietnam: string;
  verifiedPlatforms: number;
  priceRanges: { category: Category; offerings: number; min: { amount: string }; median: { amount: string }; max: { amount: string } }[];
  quoteRequestsByCategory: { category: Category; count: number }[];
}

const reportQuery = `{ ecosystemReport {
  vendorsByKind { key detail count } offeringsByKind { key count }
  offeringsByCategory { category { slug name nameEn kind } count }
  dataCentersByCity { key detail count } dataCentersByTier { key count }
  publishedOfferings offeringsInVietnam shareInVietnam verifiedPlatforms
  priceRanges { category { slug name nameEn kind } offerings min { amount } median { amount } max { amount } }
  quoteRequestsByCategory { category { slug name nameEn kind } count } } }`;

const KINDS: Record<string, string> = {
  IAAS: 'Hạ tầng (IaaS)',
  PAAS: 'Nền tảng (PaaS)',
  SAAS: 'Phần mềm dịch vụ (SaaS)',
  SECURITY: 'Bảo mật',
  SOFTWARE: 'Phần mềm cài đặt',
};
const VENDOR_KINDS: Record<string, string> = {
  CLOUD_PROVIDER: 'Nhà cung cấp đám mây',
  SECURITY_VENDOR: 'Nhà cung cấp bảo mật',
  SOFTWARE_VENDOR: 'Nhà cung cấp phần mềm',
};
const CHARTS = [
  'Nhà cung cấp theo loại hình, trong nước và nước ngoài',
  'Dịch vụ theo loại hình',
  'Dịch vụ theo danh mục',
  'Trung tâm dữ liệu theo thành phố',
  'Trung tâm dữ liệu theo Uptime Tier',
  'Tỷ lệ dịch vụ chỉ lưu dữ liệu tại Việt Nam',
  'Nền tảng đã xác minh đạt 153 tiêu chí MIC so với số nhà cung cấp đám mây',
  'Khoảng giá theo tháng theo danh mục: thấp nhất, trung vị và cao nhất',
  'Yêu cầu báo giá theo danh mục',
];
const VND = /^\d{1,3}(\.\d{3})*\u00a0₫$/;
const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });

let site: Site;
let report: Report;
beforeAll(async () => {
  site = await startSite();
  // One quote request, so that the report has quote requests to count.
  const plans = await firstPlans(site.server, 'viettel-cloud-server', 'cmc-waf');
  const saved = await site.server.gql(saveMutation, {
    input: { name: 'Sở TT&TT', items: Object.values(plans).map((plan) => ({ planId: plan.id, quantity: 1 })) },
  });
  const quote = await site.server.gql(
    `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { userErrors { message } } }`,
    { input: { stackId: saved.data.saveStack.stack.id, contactName: 'Trần Văn Minh', contactEmail: 'minh@sotttt.cantho.gov.vn' } },
  );
  expect(quote.data.requestQuote.userErrors).toEqual([]);
  const response = await site.server.gql<{ ecosystemReport: Report }>(reportQuery);
  expect(response.errors).toBeUndefined();
  report = response.data.ecosystemReport;
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

/** RFC 4180 rows: quoted fields may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((match) => (match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]!)));
}

/** The body rows of the table with this caption, each as its cells' text. */
function tableRows(page: Page, caption: string): Promise<string[][]> {
  return page
    .getByRole('table', { name: caption, exact: true })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells, (cell) => cell.textContent!.trim())));
}

async function openReport(width = DESKTOP): Promise<Page> {
  const page = await site.open('/report', { width });
  await page.locator('.report-live').waitFor();
  return page;
}

describe('ecosystem report page', () => {
  it('opens from the header and from the home page’s figures', async () => {
    const page = await site.open('/');
    await page.getByRole('link', { name: 'Xem báo cáo hệ sinh thái đầy đủ' }).click();
    await page.waitForURL(/\/report$/);
    await page.getByRole('heading', { level: 1, name: 'Báo cáo hệ sinh thái điện toán đám mây' }).waitFor();

    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Trang chủ' }).click();
    await page.waitForURL(/\/$/);
    const reportLink = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Báo cáo' });
    await reportLink.click();
    await page.waitForURL(/\/report$/);
    await page.getByRole('heading', { level: 1, name: 'Báo cáo hệ sinh thái điện toán đám mây' }).waitFor();
    expect(await reportLink.getAttribute('aria-current')).toBe('page');
    await page.locator('.report-live').waitFor();
    expect(await page.title()).toBe('Báo cáo hệ sinh thái điện toán đám mây — Mây Việt');
  });

  it('shows every part of the report in tables whose figures the API and the database give', async () => {
    const page = await openReport();

    const kinds = [...new Set(report.vendorsByKind.map((row) => row.key))];
    const vendorCount = (kind: string, detail: string) => report.vendorsByKind.find((row) => row.key === kind && row.detail === detail)?.count ?? 0;
    expect(await tableRows(page, 'Số liệu: Nhà cung cấp theo loại hình, trong nước và nước ngoài')).toEqual(
      kinds.map((kind) => {
        const [domestic, foreign] = [vendorCount(kind, 'DOMESTIC'), vendorCount(kind, 'FOREIGN')];
        return [VENDOR_KINDS[kind], String(domestic), String(foreign), String(domestic + foreign)];
      }),
    );
    expect(await tableRows(page, 'Số liệu: Dịch vụ theo loại hình')).toEqual(report.offeringsByKind.map((row) => [KINDS[row.key], String(row.count)]));
    expect(await tableRows(page, 'Số liệu: Dịch vụ theo danh mục')).toEqual(
      report.offeringsByCategory.map((row) => [row.category.name, KINDS[row.category.kind], String(row.count)]),
    );
    const cities = await tableRows(page, 'Số liệu: Trung tâm dữ liệu theo thành phố');
    expect(cities.map(([city, , count]) => [city, Number(count)])).toEqual(report.dataCentersByCity.map((row) => [row.key, row.count]));
    expect(cities.find(([city]) => city === 'Singapore')?.[1]).toBe('Singapore');
    expect(cities.find(([city]) => city === 'Hà Nội')?.[1]).toBe('Việt Nam');
    expect(await tableRows(page, 'Số liệu: Trung tâm dữ liệu theo Uptime Tier')).toEqual(
      report.dataCentersByTier.map((row) => [row.key === 'UNRATED' ? 'Chưa công bố Tier' : `Uptime Tier ${['I', 'II', 'III', 'IV'][Number(row.key) - 1]}`, String(row.count)]),
    );
    expect(await tableRows(page, 'Số liệu: Tỷ lệ dịch vụ chỉ lưu dữ liệu tại Việt Nam')).toEqual([
      ['Dịch vụ đang niêm yết', String(report.publishedOfferings)],
      ['Chỉ lưu dữ liệu tại Việt Nam', String(report.offeringsInVietnam)],
      ['Còn lại (có dữ liệu ngoài Việt Nam hoặc chưa công bố nơi lưu)', String(report.publishedOfferings - report.offeringsInVietnam)],
      ['Tỷ lệ chỉ lưu dữ liệu tại Việt Nam', `${report.shareInVietnam.replace('.', ',')}%`],
    ]);
    const verified = await tableRows(page, 'Số liệu: Nền tảng đã xác minh đạt 153 tiêu chí MIC so với số nhà cung cấp đám mây');
    expect(verified[1]).toEqual(['Nhà cung cấp có nền tảng đã xác minh đạt 153 tiêu chí MIC (còn hiệu lực)', String(report.verifiedPlatforms)]);

    const prices = await tableRows(page, 'Số liệu: Khoảng giá theo tháng theo danh mục: thấp nhất, trung vị và cao nhất');
    expect(prices).toEqual(
      report.priceRanges.map((row) => [
        row.category.name,
        String(row.offerings),
        vnd.format(Number(row.min.amount)),
        vnd.format(Number(row.median.amount)),
        vnd.format(Number(row.max.amount)),
      ]),
    );
    for (const amount of prices.flatMap((row) => row.slice(2))) expect(amount).toMatch(VND);

    expect(report.quoteRequestsByCategory.length).toBeGreaterThan(0);
    expect(await tableRows(page, 'Số liệu: Yêu cầu báo giá theo danh mục')).toEqual(
      report.quoteRequestsByCategory.map((row) => [row.category.name, String(row.count)]),
    );

    // Every table against the database itself, not only against the API.
    const figures = await reportFiguresFromSql(site.server.database);
    const vendorsOf = (kind: string, detail: string) => figures.vendorsByKind.find((row) => row.key === kind && row.detail === detail)?.count ?? 0;
    expect(await tableRows(page, 'Số liệu: Nhà cung cấp theo loại hình, trong nước và nước ngoài')).toEqual(
      [...new Set(figures.vendorsByKind.map((row) => row.key))].map((kind) => {
        const [domestic, foreign] = [vendorsOf(kind, 'DOMESTIC'), vendorsOf(kind, 'FOREIGN')];
        return [VENDOR_KINDS[kind], String(domestic), String(foreign), String(domestic + foreign)];
      }),
    );
    expect(await tableRows(page, 'Số liệu: Dịch vụ theo loại hình')).toEqual(figures.offeringsByKind.map((row) => [KINDS[row.key], String(row.count)]));
    expect(await tableRows(page, 'Số liệu: Dịch vụ theo danh mục')).toEqual(
      figures.offeringsByCategory.map((row) => [row.name, KINDS[row.kind], String(row.count)]),
    );
    expect(cities.map(([city, , count]) => [city, Number(count)])).toEqual(figures.dataCentersByCity.map((row) => [row.key, row.count]));
    expect((await tableRows(page, 'Số liệu: Trung tâm dữ liệu theo Uptime Tier')).map((row) => row[1])).toEqual(
      figures.dataCentersByTier.map((row) => String(row.count)),
    );
    const residency = await tableRows(page, 'Số liệu: Tỷ lệ dịch vụ chỉ lưu dữ liệu tại Việt Nam');
    expect(residency.slice(0, 2).map((row) => row[1])).toEqual([String(figures.published), String(figures.inVietnam)]);
    expect(verified[1]![1]).toBe(String(figures.verifiedPlatforms));
    expect(figures.quoteRequestsByCategory.length).toBeGreaterThan(0);
    expect(await tableRows(page, 'Số liệu: Yêu cầu báo giá theo danh mục')).toEqual(figures.quoteRequestsByCategory.map((row) => [row.name, String(row.count)]));
  });

  it('draws each part as a chart with an accessible name and a description', async () => {
    const page = await openReport();
    const charts = page.locator('.report-live svg[role="img"]');
    expect(await charts.count()).toBe(CHARTS.length);
    for (const name of CHARTS) {
      const chart = page.getByRole('img', { name, exact: true });
      await chart.waitFor();
      const description = await chart.evaluate((svg) => document.getElementById(svg.getAttribute('aria-describedby')!)?.textContent ?? '');
      expect(description.length, name).toBeGreaterThan(20);
    }
    const share = page.getByRole('img', { name: 'Tỷ lệ dịch vụ chỉ lưu dữ liệu tại Việt Nam' });
    expect(await share.evaluate((svg) => svg.querySelector('desc')!.textContent)).toBe(
      `${report.shareInVietnam.replace('.', ',')}% dịch vụ đang niêm yết (${report.offeringsInVietnam} trên ${report.publishedOfferings}) chỉ lưu dữ liệu tại Việt Nam.`,
    );
    // Each chart sits beside its table: the same part of the page holds both.
    expect(await page.locator('.report-part').filter({ has: page.locator('svg[role="img"]') }).filter({ has: page.locator('table caption') }).count()).toBe(
      CHARTS.length,
    );
  });

  it('downloads the figures as a CSV that matches the page', async () => {
    const page = await openReport();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải số liệu (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mayviet-ecosystem-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = parseCsv(csv);
    expect(lines[0]).toEqual(['section', 'key', 'detail', 'value']);
    expect(lines.find((line) => line[1] === 'network')).toEqual(['offerings_by_category', 'network', 'Networking (VPC, load balancer)', expect.any(String)]);
    const value = (section: string, key = '') => lines.find((line) => line[0] === section && line[1] === key)?.[3];

    const residency = await tableRows(page, 'Số liệu: Tỷ lệ dịch vụ chỉ lưu dữ liệu tại Việt Nam');
    expect(value('published_offerings')).toBe(residency[0]![1]);
    expect(value('offerings_in_vietnam')).toBe(residency[1]![1]);
    const verified = await tableRows(page, 'Số liệu: Nền tảng đã xác minh đạt 153 tiêu chí MIC so với số nhà cung cấp đám mây');
    expect(value('verified_platforms')).toBe(verified[1]![1]);

    const byCategory = await tableRows(page, 'Số liệu: Dịch vụ theo danh mục');
    for (const row of report.offeringsByCategory) {
      expect(byCategory.find(([name]) => name === row.category.name)?.[2], row.category.slug).toBe(value('offerings_by_category', row.category.slug));
    }
    const prices = await tableRows(page, 'Số liệu: Khoảng giá theo tháng theo danh mục: thấp nhất, trung vị và cao nhất');
    const digits = (text: string | undefined) => text?.replace(/\D/g, '');
    const compute = prices.find(([name]) => name === 'Máy chủ ảo')!;
    expect(digits(compute[2])).toBe(value('monthly_price_min_vnd', 'compute'));
    expect(digits(compute[3])).toBe(value('monthly_price_median_vnd', 'compute'));
    expect(digits(compute[4])).toBe(value('monthly_price_max_vnd', 'compute'));
  });

  it('keeps the cited market figures apart, labelled as not live and naming their sources', async () => {
    const page = await openReport();
    const context = page.getByRole('region', { name: 'Bối cảnh thị trường', exact: true });
    const text = await context.innerText();
    expect(text).toContain('Số liệu trích dẫn — không phải số liệu trực tiếp từ danh mục');
    expect(text).toContain('khoảng 133 triệu USD (khoảng 3.200 tỷ đồng)');
    expect(text).toContain('khoảng 20%; 80% vẫn dùng đám mây đặt tại nước ngoài');
    expect(text).toContain('153 tiêu chí: 84 tiêu chí chức năng và 69 tiêu chí an toàn thông tin');
    expect(text).toContain('Nguồn: Tọa đàm “Thúc đẩy điện toán đám mây Make in Vietnam”, báo điện tử VietNamNet');
    expect(text).toContain('ngày 24/11/2020');
    expect(await context.locator('cite').count()).toBe(3);
    // Apart: outside the live part, with no chart or table of its own, and its figures nowhere else.
    expect(await context.evaluate((section) => section.closest('.report-live') === null)).toBe(true);
    expect(await context.locator('svg, table').count()).toBe(0);
    expect(await page.locator('.report-live').getByText('133 triệu USD').count()).toBe(0);
    expect(await page.locator('.report-live').getByText('VietNamNet').count()).toBe(0);
  });

  it('prints: the button opens the print dialog, the print layout hides navigation and buttons and starts each section on a new page', async () => {
    const page = await openReport();
    await page.evaluate(() => {
      const counter = window as unknown as { printed: number };
      counter.printed = 0;
      window.print = () => void (counter.printed += 1);
    });
    await page.getByRole('button', { name: 'In báo cáo' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // A4 less the page margins is about 186 × 269 mm, 703 × 1017 CSS pixels; a chart takes 240 mm at most.
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'In báo cáo' }).isHidden()).toBe(true);
    expect(await page.getByRole('link', { name: 'Tải số liệu (CSV)' }).isHidden()).toBe(true);
    expect(await page.getByRole('link', { name: 'English' }).isHidden()).toBe(true);
    // The first section follows the title; every other one, the cited context too, starts a page.
    const breaks = await page.locator('.report-section').evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
    expect(breaks).toEqual(['auto', ...Array(6).fill('page')]);
    // Before printing, the charts are drawn at once (in the same task) for the page's width.
    const printWidths = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return Array.from(document.querySelectorAll('.report-chart__svg'), (svg) => svg.getAttribute('width'));
    });
    expect(printWidths).toEqual(Array(CHARTS.length).fill('680'));
    const boxes = await page.locator('.report-chart__svg').evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect()));
    for (const box of boxes) {
      expect(box.width).toBeLessThanOrEqual(703);
      expect(box.height).toBeLessThanOrEqual(908);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(703);
    await screenshot(page, 'report-print');
  });

  it('reads in English', async () => {
    const page = await openReport();
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cloud ecosystem report' }).waitFor();
    expect(await page.title()).toBe('Cloud ecosystem report — Mây Việt');
    expect(await tableRows(page, 'Figures: Services by kind')).toEqual(
      report.offeringsByKind.map((row) => [
        { IAAS: 'Infrastructure (IaaS)', PAAS: 'Platform (PaaS)', SAAS: 'Software as a service (SaaS)', SECURITY: 'Security', SOFTWARE: 'Installable software' }[row.key],
        String(row.count),
      ]),
    );
    expect(await tableRows(page, 'Figures: Services by category')).toEqual(
      report.offeringsByCategory.map((row) => [row.category.nameEn, expect.any(String), String(row.count)]),
    );
    const share = await tableRows(page, 'Figures: Share of services that keep data only in Vietnam');
    expect(share.at(-1)).toEqual(['Share keeping data only in Vietnam', `${report.shareInVietnam}%`]);
    await page.getByRole('img', { name: 'Monthly price range by category: lowest, median and highest' }).waitFor();
    // Money stays in the Vietnamese format in English too.
    const prices = await tableRows(page, 'Figures: Monthly price range by category: lowest, median and highest');
    expect(prices[0]![3]).toMatch(VND);
    const context = page.getByRole('region', { name: 'Market context', exact: true });
    expect(await context.innerText()).toContain('Cited figures — not live data from the catalog');
    expect(await context.innerText()).toContain('24 November 2020');
    await page.getByRole('link', { name: 'Download the figures (CSV)' }).waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Report' }).waitFor();
  });

  it('explains that the API is down, keeps the cited context, and recovers', async () => {
    const page = await site.open('/');
    await page.getByRole('heading', { name: 'Hệ sinh thái qua các con số' }).waitFor();
    await page.context().route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Báo cáo' }).click();
    await page.getByRole('heading', { name: 'Không kết nối được với máy chủ' }).waitFor();
    await page.getByRole('region', { name: 'Bối cảnh thị trường', exact: true }).waitFor();
    expect(await page.locator('.report-live').count()).toBe(0);

    await page.context().unroute('**/graphql');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.getByRole('table', { name: 'Số liệu: Dịch vụ theo loại hình' }).waitFor();
  });

  it('fits a phone and a desktop', async () => {
    for (const width of [MOBILE, DESKTOP]) {
      const page = await openReport(width);
      for (const name of CHARTS) await page.getByRole('img', { name, exact: true }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(width);
      await screenshot(page, `report-${width}`);
    }
  });
});
