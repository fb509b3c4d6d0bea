import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, testPassword } from '../support/accounts.ts';
import { violations } from '../support/axe.ts';
import { DESKTOP, MOBILE, screenshot, startSite, type Site } from '../support/browser.ts';

// An owner invites someone from the partner console (this server sends no mail: the link is shown once),
// the invited person follows the link in another browser, creates an account and joins, and sees the
// members without controls; the owner then removes them, after confirming.

let site: Site;
let owner: { email: string; name: string };

beforeAll(async () => {
  site = await startSite();
  owner = (await createPartner(site.server.database, 'vng-cloud', 'OWNER')).user;
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
    await screenshot(page, `console-members-${name}-${width}`);
  }
}

describe('members in the partner console', () => {
  let ownerPage: Page;
  let memberPage: Page;
  const invited = `thanh.vien.${process.pid}@vng.example.vn`;

  it('lets an owner invite someone and shows the link once', async () => {
    ownerPage = await site.open('/console/members');
    await ownerPage.waitForURL(/\/console\/sign-in\?next=%2Fmembers$/);
    await ownerPage.getByLabel('E-mail', { exact: true }).fill(owner.email);
    await ownerPage.getByLabel('Mật khẩu', { exact: true }).fill(testPassword);
    await ownerPage.getByRole('button', { name: 'Đăng nhập' }).click();
    await ownerPage.waitForURL(/\/console\/members$/);
    await ownerPage.getByRole('heading', { level: 1, name: 'Thành viên' }).waitFor();
    await ownerPage.getByRole('heading', { name: `${owner.name} (bạn)` }).waitFor();

    await ownerPage.getByLabel('E-mail', { exact: true }).fill('không phải e-mail');
    await ownerPage.getByRole('button', { name: 'Gửi lời mời' }).click();
    expect(await ownerPage.getByLabel('E-mail', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await ownerPage.getByLabel('E-mail', { exact: true }).fill(invited);
    await ownerPage.getByLabel('Vai trò', { exact: true }).selectOption('MEMBER');
    await ownerPage.getByRole('button', { name: 'Gửi lời mời' }).click();
    const link = await ownerPage.getByLabel('Liên kết chấp nhận lời mời').inputValue();
    expect(link).toMatch(new RegExp(`^${site.url}/console/invitation#[\\w-]{43}$`));
    const pending = ownerPage.locator('.key').filter({ hasText: invited });
    await pending.getByText('Thành viên', { exact: true }).waitFor();
    await capture(ownerPage, 'invited');

    memberPage = await site.open(link.slice(site.url.length));
    await memberPage.getByRole('heading', { level: 1, name: 'Tham gia tổ chức trên Mây Việt' }).waitFor();
    await capture(memberPage, 'invitation');
    await memberPage.getByLabel('Họ và tên').fill('Lê Thị Hoa');
    await memberPage.getByLabel('Mật khẩu', { exact: true }).fill('ngắn');
    await memberPage.getByRole('button', { name: 'Chấp nhận lời mời' }).click();
    expect(await memberPage.getByLabel('Mật khẩu', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await memberPage.getByLabel('Mật khẩu', { exact: true }).fill('mây việt rất an toàn');
    await memberPage.getByRole('button', { name: 'Chấp nhận lời mời' }).click();
    await memberPage.waitForURL(/\/console\/members$/);
  });

  it('shows the new member the list without controls', async () => {
    await memberPage.getByRole('heading', { name: 'Lê Thị Hoa (bạn)' }).waitFor();
    await memberPage.getByText('Chỉ chủ sở hữu mời, đổi vai trò hoặc xoá thành viên.').waitFor();
    expect(await memberPage.getByRole('button', { name: 'Gửi lời mời' }).count()).toBe(0);
    expect(await memberPage.getByRole('button', { name: /Xoá .* khỏi tổ chức/ }).count()).toBe(0);
    expect(await memberPage.getByRole('heading', { name: 'Lời mời đang chờ' }).count()).toBe(0);
    await capture(memberPage, 'member-view');
  });

  it('lets the owner see the member joined, and remove them after confirming', async () => {
    await ownerPage.reload();
    const card = ownerPage.locator('.key').filter({ hasText: 'Lê Thị Hoa' });
    await card.getByText('Thành viên', { exact: true }).waitFor();
    await ownerPage.getByText('Không có lời mời nào đang chờ.').waitFor();
    await card.getByRole('button', { name: 'Xoá Lê Thị Hoa khỏi tổ chức' }).click();
    const dialog = ownerPage.getByRole('dialog', { name: 'Xoá Lê Thị Hoa khỏi tổ chức?' });
    await dialog.waitFor();
    await capture(ownerPage, 'remove-confirm');
    await dialog.getByRole('button', { name: 'Xoá khỏi tổ chức' }).click();
    await ownerPage.getByRole('status').filter({ hasText: 'Đã xoá Lê Thị Hoa khỏi tổ chức.' }).waitFor();
    expect(await ownerPage.locator('.key').filter({ hasText: 'Lê Thị Hoa' }).count()).toBe(0);

    await memberPage.reload();
    await memberPage.getByRole('heading', { name: 'Tài khoản chưa thuộc tổ chức nào' }).waitFor();
  });
});
