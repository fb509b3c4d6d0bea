import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, screenshot, startSite, waitForHydration, type Site } from '../support/browser.ts';
import { roomyBudget } from '../support/server.ts';
import { rows } from '../support/sql.ts';

// A stack built from a filtered catalogue keeps the search that led to it: the shared page says so, in both
// languages, and opens that search again.

let site: Site;
beforeAll(async () => {
  site = await startSite({ ...roomyBudget });
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

describe('a stack built from a filtered catalogue', () => {
  it('keeps the words, filters and order it was found by, and shows them on the shared page', async () => {
    const page = await site.open('/catalog');
    await page.getByRole('searchbox', { name: 'Tìm trong danh mục' }).pressSequentially('máy chủ', { delay: 20 });
    await page.waitForURL(/q=m%C3%A1y/);
    await page.getByRole('checkbox', { name: /^Viettel IDC/ }).check();
    await page.waitForURL(/vendor=viettel-idc/);
    await page.getByRole('checkbox', { name: /Chỉ dữ liệu lưu tại Việt Nam/ }).check();
    await page.waitForURL(/vn=1/);
    await page.getByLabel('Sắp xếp').selectOption('PRICE_ASC');
    await page.waitForURL(/sort=price-asc/);
    await page.locator('.card-grid:not(.is-updating)').waitFor();
    const first = page.locator('.offering-card__name a').first();
    const offeringName = await first.innerText();
    await first.click();
    await page.getByRole('heading', { level: 1, name: offeringName }).waitFor();
    await waitForHydration(page);
    const add = page.getByRole('button', { name: /^Thêm vào bộ giải pháp: / }).first();
    await add.click();
    await page.getByRole('status').filter({ hasText: /^Đã thêm/ }).first().waitFor();

    await page.goto(`${site.url}/stack`);
    await waitForHydration(page);
    await page.getByLabel('Tên bộ giải pháp').fill('Máy chủ Viettel từ danh mục');
    await page.getByRole('button', { name: 'Lưu và tạo liên kết' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu “Máy chủ Viettel từ danh mục”.' }).waitFor();
    const shareUrl = await page.getByLabel('Liên kết chia sẻ').inputValue();
    const stackId = new URL(shareUrl).pathname.split('/').pop()!;
    const [stored] = await rows<{ search: unknown }>(site.server.database, sql`select catalog_search as search from stacks where id = ${dbId(stackId)}`);
    expect(stored!.search).toMatchObject({ query: 'máy chủ', sort: 'PRICE_ASC', vendors: ['viettel-idc'], dataInVietnam: true, kinds: [] });

    const shared = await site.open(new URL(shareUrl).pathname);
    const origin = shared.locator('.stack-origin');
    await origin.waitFor();
    expect(await origin.innerText()).toBe(
      'Lập từ tìm kiếm trong danh mục: từ khoá “máy chủ” · Nhà cung cấp: viettel-idc · Chỉ dữ liệu lưu tại Việt Nam · Sắp xếp: Giá thấp đến cao Mở lại tìm kiếm này',
    );
    await screenshot(shared, `stack-catalog-search-${DESKTOP}`);
    await origin.getByRole('link', { name: 'Mở lại tìm kiếm này' }).click();
    await shared.waitForURL((url) => url.pathname === '/catalog' && url.search === '?q=m%C3%A1y+ch%E1%BB%A7&vendor=viettel-idc&vn=1&sort=price-asc');

    const english = await site.open(new URL(shareUrl).pathname, { lang: 'en', width: MOBILE });
    const englishOrigin = english.locator('.stack-origin');
    await englishOrigin.waitFor();
    expect(await englishOrigin.innerText()).toMatch(
      /^Built from the catalogue search: the words “máy chủ” · Vendors?: viettel-idc · .+ · Sort by: Price.+Open this search again$/s,
    );
    await screenshot(english, `stack-catalog-search-${MOBILE}`);
  });
});
