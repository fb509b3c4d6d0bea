import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, testPassword } from '../support/accounts.ts';
import { violations } from '../support/axe.ts';
import { DESKTOP, MOBILE, screenshot, startSite, type Site } from '../support/browser.ts';

// Staff curate the blueprints buyers compose stacks from: edit a need of the city data center (with the
// keyboard, through a field's error), create one, delete it after confirming, in both languages.

let site: Site;
let staffEmail: string;

beforeAll(async () => {
  site = await startSite();
  staffEmail = (await createUser(site.server.database, { label: 'staff', staff: true })).email;
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

/** No sideways scrolling and no axe violation at either width, then a full-page screenshot in .tmp/screenshots (SCREENSHOTS=1). */
async function capture(page: Page, name: string) {
  for (const width of [MOBILE, DESKTOP]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(0);
    expect(await violations(page), `${name} at ${width} px`).toEqual([]);
    await screenshot(page, `staff-blueprints-${name}-${width}`);
  }
}

/** A blueprint's card in the list, by its name. */
const card = (page: Page, name: string): Locator => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
/** A need of the editor, by its number. */
const need = (page: Page, n: number): Locator => page.getByRole('listitem', { name: `Nhu cầu ${n}`, exact: true });
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);

async function cityNeeds() {
  const response = await site.server.gql(`{ blueprints { slug needs { quantity note noteEn category { slug } } } }`);
  return response.data.blueprints.find((b: { slug: string }) => b.slug === 'city-data-center').needs as {
    quantity: number;
    note: string | null;
    noteEn: string | null;
    category: { slug: string };
  }[];
}

describe('blueprints in the staff console', () => {
  let page: Page;

  it('lets staff edit a need of the city data center with the keyboard, explains a field’s error, and lists it saved', async () => {
    page = await site.open('/staff/blueprints');
    await page.waitForURL(/\/staff\/sign-in\?next=%2Fblueprints$/);
    await page.getByLabel('E-mail', { exact: true }).fill(staffEmail);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(testPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/staff\/blueprints$/);
    await page.getByRole('heading', { level: 1, name: 'Mẫu giải pháp' }).waitFor();
    expect(await page.title()).toBe('Mẫu giải pháp — Mây Việt');
    expect(await page.locator('.blueprint__name').allInnerTexts()).toHaveLength(8);
    const city = card(page, 'Trung tâm dữ liệu thành phố');
    await city.getByText('Máy chủ ảo: 20 máy chủ — Máy chủ cho các hệ thống dùng chung').waitFor();
    await capture(page, 'list');

    await city.getByRole('button', { name: 'Sửa mẫu “Trung tâm dữ liệu thành phố”' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Sửa mẫu “Trung tâm dữ liệu thành phố”');
    expect(await page.getByLabel('Mã định danh').inputValue()).toBe('city-data-center');
    const compute = need(page, 5);
    expect(await compute.getByLabel('Danh mục').inputValue()).toBe('compute');
    await compute.getByLabel('Số lượng (máy chủ)').fill('24');
    await compute.getByLabel('Ghi chú (tiếng Việt, không bắt buộc)').fill('Máy chủ cho một cửa điện tử và thư công vụ');
    // The English note is left as it was: a Vietnamese one alone would be refused.
    await compute.getByLabel('Ghi chú (tiếng Anh, không bắt buộc)').fill('');
    // The monitoring need made a second compute need: refused too.
    await need(page, 8).getByLabel('Danh mục').selectOption('compute');
    expect(await need(page, 8).getByLabel('Số lượng (máy chủ)').count()).toBe(1);
    await page.getByRole('button', { name: 'Lưu mẫu' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Chưa lưu được: 2 lỗi cần sửa' });
    await summary.waitFor();
    const duplicate = need(page, 8).getByLabel('Danh mục');
    expect(await duplicate.getAttribute('aria-invalid')).toBe('true');
    await need(page, 8).getByText('Danh mục này đã có ở nhu cầu trước: hãy sửa số lượng của nhu cầu đó.').waitFor();
    await compute.getByText('Ghi chú cần có cả tiếng Việt và tiếng Anh, hoặc bỏ trống cả hai.').waitFor();
    await capture(page, 'errors');
    // The summary's link leads to the field.
    await summary.getByRole('link', { name: /^Nhu cầu 8 — Danh mục:/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await duplicate.getAttribute('id'));
    await duplicate.selectOption('monitoring');
    await compute.getByLabel('Ghi chú (tiếng Anh, không bắt buộc)').fill('Servers for one-stop e-government and official mail');

    // Up one place with the keyboard: the focus stays on the moved need's button, and a status says where it went.
    await page.getByRole('button', { name: 'Đưa nhu cầu 5 lên một bậc' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Nhu cầu 5 nay ở vị trí 4.' }).waitFor();
    expect(await focusedLabel(page)).toBe('Đưa nhu cầu 4 lên một bậc');
    expect(await need(page, 4).getByLabel('Danh mục').inputValue()).toBe('compute');
    await page.getByRole('button', { name: 'Lưu mẫu' }).click();

    await page.getByRole('status').filter({ hasText: 'Đã lưu mẫu “Trung tâm dữ liệu thành phố”.' }).waitFor();
    const needs = city.getByRole('list', { name: 'Nhu cầu của mẫu “Trung tâm dữ liệu thành phố”' }).getByRole('listitem');
    await expect.poll(() => needs.nth(3).innerText()).toBe('Máy chủ ảo: 24 máy chủ — Máy chủ cho một cửa điện tử và thư công vụ');
    expect(await needs.count()).toBe(8);
    const saved = await cityNeeds();
    expect(saved.map((n) => n.category.slug)).toEqual(['network', 'waf', 'ddos-protection', 'compute', 'cdn', 'block-storage', 'object-storage', 'monitoring']);
    expect(saved[3]).toEqual({
      quantity: 24,
      note: 'Máy chủ cho một cửa điện tử và thư công vụ',
      noteEn: 'Servers for one-stop e-government and official mail',
      category: { slug: 'compute' },
    });
  });

  it('creates a blueprint, then deletes it after confirming', async () => {
    await page.getByRole('button', { name: 'Thêm mẫu giải pháp' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mẫu giải pháp mới' }).waitFor();
    await page.getByLabel('Mã định danh').fill('Benh Vien');
    await page.getByLabel('Tên (tiếng Việt)').fill('Bệnh viện số');
    await page.getByLabel('Tên (tiếng Anh)').fill('Digital hospital');
    await page.getByLabel('Mô tả ngắn (tiếng Việt)').fill('Hồ sơ bệnh án điện tử và khám từ xa.');
    await page.getByLabel('Mô tả ngắn (tiếng Anh)').fill('Electronic health records and remote consultations.');
    await need(page, 1).getByLabel('Danh mục').selectOption('telemedicine');
    await page.getByRole('button', { name: 'Thêm nhu cầu' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await need(page, 2).getByLabel('Danh mục').getAttribute('id'));
    await need(page, 2).getByLabel('Danh mục').selectOption('object-storage');
    await need(page, 2).getByLabel('Số lượng (GB)').fill('một nghìn');
    await page.getByRole('button', { name: 'Lưu mẫu' }).click();
    await need(page, 2).getByText('Nhập một số nguyên.').waitFor();
    await need(page, 2).getByLabel('Số lượng (GB)').fill('1000');
    await page.getByRole('button', { name: 'Lưu mẫu' }).click();
    await page.getByText('Chỉ dùng chữ thường không dấu và chữ số, nối các từ bằng một dấu gạch nối.', { exact: true }).waitFor();
    expect(await page.getByLabel('Mã định danh').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Mã định danh').fill('benh-vien-so');
    await page.getByRole('button', { name: 'Lưu mẫu' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu mẫu “Bệnh viện số”.' }).waitFor();
    const created = card(page, 'Bệnh viện số');
    await created.getByText('Lưu trữ đối tượng: 1.000 GB').waitFor();
    expect((await page.locator('.blueprint__name').allInnerTexts()).at(-1)).toBe('Bệnh viện số');

    // Cancelling the dialog keeps it; confirming deletes it.
    await created.getByRole('button', { name: 'Xoá mẫu “Bệnh viện số”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xoá mẫu “Bệnh viện số”?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await created.getByRole('button', { name: 'Xoá mẫu “Bệnh viện số”' }).click();
    await dialog.getByRole('button', { name: 'Xoá mẫu' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã xoá mẫu “Bệnh viện số”.' }).waitFor();
    await created.waitFor({ state: 'detached' });
    const slugs = (await site.server.gql(`{ blueprints { slug } }`)).data.blueprints.map((b: { slug: string }) => b.slug);
    expect(slugs).not.toContain('benh-vien-so');
    expect(slugs).toHaveLength(8);
  });

  it('reads in English, the category’s unit beside the quantity', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Blueprints' }).waitFor();
    expect(await page.title()).toBe('Blueprints — Mây Việt');
    await card(page, 'Remote learning').getByText('E-learning: 500 learners — Accounts for the learners').waitFor();
    await card(page, 'Remote learning').getByRole('button', { name: 'Edit the blueprint “Remote learning”' }).click();
    const first = page.getByRole('listitem', { name: 'Need 1', exact: true });
    expect(await first.getByLabel('Quantity (learners)').inputValue()).toBe('500');
    expect(await first.getByLabel('Category').locator('option:checked').innerText()).toBe('E-learning — counted in learners');
    await capture(page, 'english');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => focusedLabel(page)).toBe('Edit the blueprint “Remote learning”');
  });
});
