import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, createUser, signIn, testPassword } from '../support/accounts.ts';
import { violations } from '../support/axe.ts';
import { DESKTOP, MOBILE, screenshot, startSite, type Site } from '../support/browser.ts';

// A suspended organization's member opens the partner console: it says the organization is suspended, the
// reason staff gave, what still works, and offers nothing it cannot do (no listing, key or webhook action).

let site: Site;
let member: { email: string };
const reason = 'Giấy phép kinh doanh dịch vụ đang được xác minh lại.';

beforeAll(async () => {
  site = await startSite();
  const partner = await createPartner(site.server.database, 'bizfly-cloud', 'MEMBER');
  member = partner.user;
  const staff = await createUser(site.server.database, { staff: true });
  const cookie = await signIn(site.server, staff.email);
  const id = Buffer.from(`Organization:${partner.organization.id}`).toString('base64url');
  const suspended = await site.server.gql(`mutation($id: ID!, $reason: String!) { suspendOrganization(id: $id, reason: $reason) { userErrors { code } } }`, { id, reason }, { cookie });
  expect(suspended.data.suspendOrganization.userErrors).toEqual([]);
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

async function capture(page: Page, name: string) {
  for (const width of [MOBILE, DESKTOP]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(0);
    expect(await violations(page), `${name} at ${width} px`).toEqual([]);
    await screenshot(page, `console-suspended-${name}-${width}`);
  }
}

/** What the suspended console must not offer on any page. */
async function offersNothing(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Tổ chức của bạn đang bị tạm ngưng' }).waitFor();
  await page.getByText(reason).waitFor();
  expect(await page.getByText('Tạo dịch vụ mới').count()).toBe(0);
  expect(await page.getByRole('navigation', { name: 'Các mục của bảng điều khiển' }).count()).toBe(0);
  for (const action of ['Tạo khoá', 'Gửi lời mời', 'Lưu', 'Gửi duyệt']) expect(await page.getByRole('button', { name: action }).count()).toBe(0);
  expect(await page.getByText('Tài khoản của bạn không có quyền làm việc này.').count()).toBe(0);
}

describe('a suspended organization’s console', () => {
  it('says it is suspended and why, and hides every action', async () => {
    const page = await site.open('/console');
    await page.waitForURL(/\/console\/sign-in$/);
    await page.getByLabel('E-mail').fill(member.email);
    await page.getByLabel('Mật khẩu').fill(testPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/console$/);
    await offersNothing(page);
    await page.getByText('Bạn vẫn có thể đăng nhập', { exact: false }).waitFor();
    await capture(page, 'home');
    for (const path of ['/console/listings/new', '/console/keys', '/console/webhook', '/console/members']) {
      await page.goto(`${site.url}${path}`);
      await offersNothing(page);
    }
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  });
});
