import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offeringNames, startSite, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

const status = (page: Page) => page.locator('.catalog__status');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Tìm trong danh mục' });
const checkbox = (page: Page, label: RegExp) => page.getByRole('checkbox', { name: label });

/** Waits until the result status reads `text`, then returns the names listed. */
async function resultsFor(page: Page, text: RegExp): Promise<string[]> {
  await status(page).filter({ hasText: text }).waitFor();
  await page.locator('.card-grid:not(.is-updating)').waitFor();
  return offeringNames(page);
}

describe('catalog', () => {
  it('finds the same offerings for “máy chủ” and “may chu”, searching as the user types', async () => {
    const page = await site.open('/catalog');
    await resultsFor(page, /^\d+ dịch vụ$/);

    await searchBox(page).pressSequentially('máy chủ', { delay: 20 });
    const withDiacritics = await resultsFor(page, /dịch vụ phù hợp với “máy chủ”/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('máy chủ');

    await searchBox(page).fill('may chu');
    const without = await resultsFor(page, /dịch vụ phù hợp với “may chu”/);

    expect(withDiacritics.length).toBeGreaterThan(0);
    expect(without).toEqual(withDiacritics);
    expect(withDiacritics.some((name) => /máy chủ/i.test(name))).toBe(true);
  });

  it('keeps facet choices in the address: reload, a fresh browser and Back reproduce each view', async () => {
    const { data } = await site.server.gql(`{
      all: offerings { totalCount }
      compute: offerings(filter: { categories: ["compute"] }) { totalCount }
      both: offerings(filter: { categories: ["compute"], vendors: ["viettel-idc"] }) { totalCount }
    }`);
    const counted = (n: number) => new RegExp(`^${n} dịch vụ$`);
    expect(data.both.totalCount).toBeGreaterThan(0);
    expect(data.both.totalCount).toBeLessThan(data.compute.totalCount);
    const page = await site.open('/catalog');
    await resultsFor(page, counted(data.all.totalCount));

    await checkbox(page, /^Máy chủ ảo/).check();
    await page.waitForURL(/category=compute/);
    const computeOnly = await resultsFor(page, counted(data.compute.totalCount));
    await checkbox(page, /^Viettel IDC/).check();
    await page.waitForURL(/category=compute&vendor=viettel-idc/);
    const names = await resultsFor(page, counted(data.both.totalCount));
    const chosenUrl = page.url();

    await page.reload();
    expect(await resultsFor(page, counted(data.both.totalCount))).toEqual(names);
    expect(await checkbox(page, /^Máy chủ ảo/).isChecked()).toBe(true);
    expect(await checkbox(page, /^Viettel IDC/).isChecked()).toBe(true);

    const fresh = await site.open(new URL(chosenUrl).pathname + new URL(chosenUrl).search);
    expect(await resultsFor(fresh, counted(data.both.totalCount))).toEqual(names);
    expect(await checkbox(fresh, /^Viettel IDC/).isChecked()).toBe(true);

    await page.goBack();
    await page.waitForURL((url) => url.search === '?category=compute');
    expect(await resultsFor(page, counted(data.compute.totalCount))).toEqual(computeOnly);
    expect(await checkbox(page, /^Viettel IDC/).isChecked()).toBe(false);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/catalog' && url.search === '');
    await resultsFor(page, counted(data.all.totalCount));
    expect(await checkbox(page, /^Máy chủ ảo/).isChecked()).toBe(false);
  });

  it('combines two values of one facet with OR, and counts each', async () => {
    const page = await site.open('/catalog');
    await resultsFor(page, /^\d+ dịch vụ$/);
    const count = async (label: RegExp) => Number(await checkbox(page, label).locator('xpath=..').locator('.check__count').innerText());
    const compute = await count(/^Máy chủ ảo/);
    const blockStorage = await count(/^Lưu trữ khối/);

    await checkbox(page, /^Máy chủ ảo/).check();
    await page.waitForURL(/category=compute/);
    await checkbox(page, /^Lưu trữ khối/).check();
    await page.waitForURL(/category=compute&category=block-storage/);
    await resultsFor(page, new RegExp(`^${compute + blockStorage} dịch vụ$`));
  });

  it('filters by residency, price, SLA and verified MIC compliance, all kept in the address', async () => {
    const page = await site.open('/catalog');
    await resultsFor(page, /^\d+ dịch vụ$/);
    await checkbox(page, /Chỉ dữ liệu lưu tại Việt Nam/).check();
    await checkbox(page, /Đã xác minh đạt 153 tiêu chí MIC/).check();
    await page.getByLabel('Giá tháng tối đa').selectOption('1000000');
    await page.getByLabel('SLA tối thiểu').selectOption('99.95');
    await page.waitForURL(/vn=1&max=1000000&sla=99.95&mic=1/);
    const { data } = await site.server.gql(
      `{ offerings(first: 20, filter: { dataInVietnam: true, maxMonthlyPrice: "1000000", minSlaAvailability: "99.95", verifiedFramework: "MIC-CLOUD-153" }) { totalCount nodes { name } } }`,
    );
    expect(data.offerings.totalCount).toBeGreaterThan(0);
    const names = await resultsFor(page, new RegExp(`^${data.offerings.totalCount} dịch vụ$`));
    expect(names).toEqual(data.offerings.nodes.map((node: { name: string }) => node.name));

    await page.getByRole('button', { name: 'Xoá tất cả bộ lọc' }).first().click();
    await page.waitForURL((url) => url.search === '');
  });

  it('pages forward and back by cursor, and a page link opened elsewhere shows the same page', async () => {
    const page = await site.open('/catalog');
    const first = await resultsFor(page, /^\d+ dịch vụ$/);
    expect(first).toHaveLength(20);

    await page.getByRole('link', { name: 'Trang sau' }).click();
    await page.waitForURL(/after=.+&page=2/);
    await status(page).filter({ hasText: 'Đang xem 21–40' }).waitFor();
    const second = await offeringNames(page);
    expect(second[0]).not.toBe(first[0]);

    const fresh = await site.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await status(fresh).filter({ hasText: 'Đang xem 21–40' }).waitFor();
    expect(await offeringNames(fresh)).toEqual(second);

    await page.getByRole('link', { name: 'Trang sau' }).click();
    await page.waitForURL(/page=3/);
    await status(page).filter({ hasText: 'Đang xem 41–60' }).waitFor();
    await page.getByRole('link', { name: 'Trang trước' }).click();
    await page.waitForURL(/page=2/);
    expect(await resultsFor(page, /Đang xem 21–40/)).toEqual(second);
    await page.getByRole('link', { name: 'Trang trước' }).click();
    await page.waitForURL((url) => url.search === '');
    expect(await resultsFor(page, /^\d+ dịch vụ$/)).toEqual(first);
  });

  it('explains an empty result and offers to clear the filters', async () => {
    const page = await site.open('/catalog?q=zzqxw&vendor=misa');
    await page.getByRole('heading', { name: 'Không tìm thấy dịch vụ phù hợp' }).waitFor();
    await page.getByText('Không có kết quả cho “zzqxw”.').waitFor();
    await page.locator('.notice').getByRole('button', { name: 'Xoá tất cả bộ lọc' }).click();
    await page.waitForURL((url) => url.search === '?q=zzqxw');
  });

  it('explains a page link whose cursor no longer fits and leads back to the first page', async () => {
    const page = await site.open('/catalog?kind=iaas&after=not-a-cursor&page=3');
    await page.getByRole('heading', { name: 'Trang kết quả này không còn hợp lệ' }).waitFor();
    await page.locator('.notice').getByRole('link', { name: 'Về trang đầu' }).click();
    await page.waitForURL((url) => url.search === '?kind=iaas');
    await resultsFor(page, /^\d+ dịch vụ$/);
  });

  it('can be used from the keyboard: skip link, then a facet toggled with Space', async () => {
    const page = await site.open('/catalog');
    await resultsFor(page, /^\d+ dịch vụ$/);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Chuyển đến nội dung chính' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await checkbox(page, /^Hạ tầng \(IaaS\)/).focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/kind=iaas/);
    expect(await checkbox(page, /^Hạ tầng \(IaaS\)/).isChecked()).toBe(true);
  });
});
