import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, testPassword } from '../support/accounts.ts';
import { violations } from '../support/axe.ts';
import { DESKTOP, MOBILE, screenshot, startSite, type Site } from '../support/browser.ts';
import { startReceiver } from '../support/receiver.ts';

// An owner manages the organization's webhook endpoints in the partner console: adds one pointing at a
// receiver (the site allows local http webhooks, as in development), sees its secret once, pings it and sees
// the ping arrive and the console say delivered, then redelivers it and sees a second delivery.

let site: Site;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let owner: { email: string };

beforeAll(async () => {
  site = await startSite({ webhookAllowLocalHttp: true, webhookPollMs: 50 });
  receiver = await startReceiver();
  owner = (await createPartner(site.server.database, 'cmc-cloud', 'OWNER')).user;
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await receiver.close();
  await site.close();
});

/** No sideways scrolling at either width, axe clean, then a full-page screenshot in .tmp/screenshots (SCREENSHOTS=1). */
async function capture(page: Page, name: string) {
  for (const width of [MOBILE, DESKTOP]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(0);
    await screenshot(page, `console-webhooks-${name}-${width}`);
  }
  expect(await violations(page)).toEqual([]);
}

describe('webhook endpoints in the partner console', () => {
  let page: Page;
  const url = () => receiver.url('/console-hooks');

  it('adds an endpoint with its topics and shows its signing secret once', async () => {
    page = await site.open('/console/webhook', { ready: 'main#main' });
    await page.waitForURL(/\/console\/sign-in\?next=%2Fwebhook$/);
    await page.getByLabel('E-mail').fill(owner.email);
    await page.getByLabel('Mật khẩu').fill(testPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhook' }).waitFor();
    await page.getByText('Chưa có địa chỉ nhận nào.').waitFor();

    // No topic: the form says so by the checkboxes.
    await page.getByLabel('Địa chỉ nhận webhook').fill(url());
    await page.getByRole('checkbox', { name: 'Yêu cầu báo giá mới' }).uncheck();
    await page.getByRole('button', { name: 'Thêm địa chỉ' }).click();
    await page.locator('#endpoint-topics-errors').waitFor();

    // By keyboard: the topic checked with Space, the form sent with Enter.
    await page.getByRole('checkbox', { name: 'Yêu cầu báo giá mới' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('checkbox', { name: 'Dịch vụ bị lưu trữ' }).check();
    await page.getByLabel('Mô tả').fill('Hệ thống ERP');
    await page.getByLabel('Mô tả').press('Enter');
    const secret = page.getByRole('region', { name: 'Khoá ký webhook' });
    expect(await secret.getByLabel('Khoá ký webhook').inputValue()).toMatch(/^whsec_/);
    const card = page.locator('.endpoint').filter({ hasText: url() });
    await card.getByText('Hệ thống ERP').waitFor();
    await card.getByRole('list', { name: 'Chủ đề' }).getByText('Dịch vụ bị lưu trữ').waitFor();
    await capture(page, 'created');
    await secret.getByRole('button', { name: 'Tôi đã lưu lại' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Khoá ký webhook' }).count()).toBe(0);
  });

  it('pings the endpoint: the receiver gets it and the console shows it delivered', async () => {
    const card = page.locator('.endpoint').filter({ hasText: url() });
    await card.getByRole('button', { name: 'Gửi thử' }).click();
    await card.getByRole('status').filter({ hasText: 'Đã xếp lần gửi thử' }).waitFor();
    const [ping] = await receiver.at('/console-hooks');
    expect(ping!.json).toMatchObject({ event: 'PING', test: true, endpoint: { url: url() } });
    const deliveries = card.getByRole('region', { name: `Các lần gửi tới ${url()}` });
    await expect
      .poll(async () => {
        await deliveries.getByRole('button', { name: 'Làm mới' }).click();
        return deliveries.locator('.delivery').filter({ hasText: 'Đã nhận' }).count();
      })
      .toBe(1);
    await capture(page, 'delivered');
  });

  it('redelivers it: a second delivery arrives with the same body', async () => {
    const card = page.locator('.endpoint').filter({ hasText: url() });
    const deliveries = card.getByRole('region', { name: `Các lần gửi tới ${url()}` });
    await deliveries.getByRole('button', { name: /^Gửi lại Gửi thử lúc/ }).click();
    await deliveries.getByRole('status').filter({ hasText: 'Đã xếp lần gửi lại.' }).waitFor();
    const [first, second] = await receiver.at('/console-hooks', 2);
    expect(second!.body).toBe(first!.body);
    expect(second!.headers['x-mayviet-delivery']).not.toBe(first!.headers['x-mayviet-delivery']);
    await expect
      .poll(async () => {
        await deliveries.getByRole('button', { name: 'Làm mới' }).click();
        return deliveries.locator('.delivery').filter({ hasText: 'Đã nhận' }).count();
      })
      .toBe(2);
    await deliveries.locator('.delivery').first().getByText('Gửi lại', { exact: true }).first().waitFor();
  });

  it('rotates the secret with a grace period, then deletes the endpoint after asking', async () => {
    const card = page.locator('.endpoint').filter({ hasText: url() });
    await card.getByRole('button', { name: 'Sửa' }).click();
    const editor = card.getByRole('form', { name: `Sửa ${url()}` });
    await editor.getByLabel('Khoá cũ còn ký thêm (giờ)').fill('200');
    await editor.getByRole('button', { name: 'Đổi khoá ký' }).click();
    await editor.locator('.field-errors').waitFor();
    await editor.getByLabel('Khoá cũ còn ký thêm (giờ)').fill('48');
    await editor.getByRole('button', { name: 'Đổi khoá ký' }).click();
    expect(await card.getByRole('region', { name: 'Khoá ký webhook' }).getByLabel('Khoá ký webhook').inputValue()).toMatch(/^whsec_/);
    await card.getByText(/Khoá cũ còn ký đến/).waitFor();
    await capture(page, 'rotated');

    await page.setViewportSize({ width: DESKTOP, height: 900 });
    await card.getByRole('button', { name: `Xoá địa chỉ ${url()}` }).click();
    const dialog = page.getByRole('dialog', { name: `Xoá địa chỉ ${url()}?` });
    await dialog.getByRole('button', { name: 'Xoá' }).click();
    await page.getByText('Chưa có địa chỉ nhận nào.').waitFor();
  });

  it('speaks English', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhook' }).waitFor();
    await page.getByText('No endpoint yet.').waitFor();
    await page.getByRole('button', { name: 'Add endpoint' }).waitFor();
    await capture(page, 'en');
  });
});
