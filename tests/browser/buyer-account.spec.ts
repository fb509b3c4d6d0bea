import type { Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../support/accounts.ts';
import { violations } from '../support/axe.ts';
import { mailReader } from '../support/buyers.ts';
import { DESKTOP, MOBILE, screenshot, startSite, waitForHydration, type Site } from '../support/browser.ts';
import { roomyBudget } from '../support/server.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';
import { rows } from '../support/sql.ts';

// A buyer's whole loop in the browser, on the real server and a real SMTP server: sign up, confirm from
// the mailed link, save a stack into the account, request quotes, read the vendors' offers (made over the
// API) side by side, accept one with the keyboard, decline the other on the request's private page.

let site: Site;
let smtp: TestSmtp;
let page: Page;
const email = `lan.tran.${process.pid}@soyte-cantho.example.vn`;
const password = 'Mây Việt cho Sở Y tế 2026';
const newPassword = 'Bệnh án điện tử Cần Thơ 2027';
const plans: Record<string, { id: string; price: string }> = {};

beforeAll(async () => {
  smtp = await startSmtp();
  site = await startSite({ smtpUrl: smtp.url, mailPollMs: 100, ...roomyBudget });
  for (const slug of ['viettel-cloud-server', 'cyradar-soc']) {
    const { data } = await site.server.gql(`query($slug: String!) { offering(slug: $slug) { plans { id price { amount } } } }`, { slug });
    const [first] = data.offering.plans as { id: string; price: { amount: string } }[];
    plans[slug] = { id: first!.id, price: first!.price.amount };
  }
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
  await smtp.close();
});

const vnd = (amount: string | number) => new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(Number(amount));

/** The site path of the link in the next mail to `address` that carries one like `path`, e.g. /account/confirm#…. */
async function mailedPath(address: string, path: RegExp): Promise<string> {
  return (await mailReader(site.server, smtp).next(address, path))[0];
}

/** No sideways scrolling and nothing axe-core finds at either width, and a full-page screenshot of each in .tmp/screenshots (SCREENSHOTS=1). */
async function capture(target: Page, name: string) {
  for (const width of [MOBILE, DESKTOP]) {
    await target.setViewportSize({ width, height: 900 });
    const overflow = await target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(0);
    expect(await violations(target), `${name} at ${width} px`).toEqual([]);
    await screenshot(target, `buyer-${name}-${width}`);
  }
}

async function go(path: string) {
  await page.goto(`${site.url}${path}`);
  await waitForHydration(page);
}

const focusedId = (target: Page) => target.evaluate(() => document.activeElement?.id);

async function sessionCookie(): Promise<string> {
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'mv_session');
  expect(cookie).toBeDefined();
  return `mv_session=${cookie!.value}`;
}

/** A vendor's offer over the partner API (an API key with quotes:write), at `share` of each line's list price. */
async function makeOffer(vendor: string, quoteRequestId: string, slug: string, quantity: number, share: number, terms: string) {
  const { key } = await createKey(site.server.database, vendor, ['quotes:write']);
  const response = await site.server.gql(
    `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { offer { id status } userErrors { code message } } }`,
    {
      input: {
        quoteRequestId,
        lines: [{ planId: plans[slug]!.id, quantity, unitPrice: String(Math.round(Number(plans[slug]!.price) * share)) }],
        validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        terms,
      },
    },
    { authorization: `Bearer ${key}` },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data.makeOffer.userErrors).toEqual([]);
  return response.data.makeOffer.offer.id as string;
}

const accountButton = () => page.getByRole('button', { name: 'Tài khoản', exact: true });

describe('a buyer account in the browser', () => {
  let reference: string;
  let requestId: string;
  let privateLink: string;

  it('signs up through the form, with the API’s refusal next to its field, then says to check the mail', async () => {
    page = await site.open('/');
    await accountButton().click();
    await page.locator('.account-menu__panel').getByRole('link', { name: 'Tạo tài khoản' }).click();
    await page.waitForURL(/\/account\/sign-up$/);
    await page.getByRole('heading', { level: 1, name: 'Tạo tài khoản' }).waitFor();
    await capture(page, 'sign-up');

    await page.getByLabel('Họ và tên').fill('Trần Thị Lan');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Mật khẩu').fill('12345');
    await page.getByLabel('Cơ quan, doanh nghiệp (không bắt buộc)').fill('Sở Y tế Cần Thơ');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByText('Mật khẩu cần ít nhất 10 ký tự và không phải mật khẩu phổ biến.').waitFor();
    expect(await focusedId(page)).toBe('sign-up-password');
    expect(await page.getByLabel('Mật khẩu').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Mật khẩu').fill(password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Hãy kiểm tra hộp thư' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByText(`Chúng tôi đã gửi thư tới ${email}.`).waitFor();
    await capture(page, 'check-mail');
  });

  it('refuses to sign in before the e-mail is confirmed, and says how to get a new link', async () => {
    await go('/account/sign-in');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'E-mail của tài khoản này chưa được xác nhận.' });
    await alert.waitFor();
    await alert.getByRole('link', { name: 'Không thấy thư? Đăng ký lại để nhận đường dẫn mới' }).waitFor();
    await capture(page, 'sign-in-not-confirmed');
  });

  it('confirms from the link mailed through SMTP and lands signed in, the header naming the buyer', async () => {
    const confirm = await mailedPath(email, /\/account\/confirm#[^\s"<>)]+/);
    await go(confirm);
    await page.waitForURL(/\/account\/stacks\?welcome$/);
    await page.getByRole('status').filter({ hasText: 'E-mail đã được xác nhận. Chào mừng Trần Thị Lan, bạn đã đăng nhập.' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Bộ giải pháp của tôi' }).waitFor();

    await accountButton().click();
    const menu = page.locator('.account-menu__panel');
    await menu.getByText('Trần Thị Lan').waitFor();
    await menu.getByRole('link', { name: 'Yêu cầu báo giá của tôi' }).waitFor();
    await screenshot(page, 'buyer-account-menu-1280');
    await page.keyboard.press('Escape');
    expect(await menu.isHidden()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('account-menu__button');

    // The link works once.
    await go(confirm);
    await page.getByRole('heading', { level: 1, name: 'Đường dẫn xác nhận không dùng được' }).waitFor();
  });

  it('keeps a stack saved in the builder in the account, claims the browser’s saved stacks in one click, forgets one', async () => {
    const earlier = await site.server.gql(
      `mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id createdAt } userErrors { code } } }`,
      { input: { name: 'Phương án dự phòng', items: [{ planId: plans['viettel-cloud-server']!.id, quantity: 1 }] } },
    );
    const saved = [{ id: earlier.data.saveStack.stack.id, name: 'Phương án dự phòng', savedAt: earlier.data.saveStack.stack.createdAt }];
    const composed = {
      name: 'Bệnh án điện tử',
      items: [
        { planId: plans['viettel-cloud-server']!.id, quantity: 2 },
        { planId: plans['cyradar-soc']!.id, quantity: 1 },
      ],
    };
    await page.evaluate(
      ([stack, list]) => {
        localStorage.setItem('mayviet.stack.v1', stack);
        localStorage.setItem('mayviet.savedStacks.v1', list);
      },
      [JSON.stringify(composed), JSON.stringify(saved)] as const,
    );
    await go('/stack');
    await page.getByRole('button', { name: 'Lưu và tạo liên kết' }).click();
    const result = page.locator('.stack-save__result');
    await result.getByText('Đã lưu “Bệnh án điện tử”.').waitFor();
    await result.getByText('Bộ cũng được giữ trong tài khoản của bạn:').waitFor();
    await result.getByRole('link', { name: 'Bộ giải pháp của tôi' }).click();
    await page.waitForURL(/\/account\/stacks$/);

    await page.getByText('1 bộ giải pháp', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Mở bộ giải pháp “Bệnh án điện tử”' }).waitFor();
    // The stack saved in the builder is in the account already: only the other one is offered.
    await page.getByText('Trình duyệt này nhớ 1 bộ giải pháp bạn đã lưu mà tài khoản chưa có.').waitFor();
    await page.getByRole('button', { name: 'Giữ các bộ đã lưu trên trình duyệt này' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã thêm 1 bộ giải pháp vào tài khoản.' }).waitFor();
    await page.getByText('2 bộ giải pháp', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Bộ giải pháp đã lưu trên trình duyệt này' }).waitFor({ state: 'detached' });
    await capture(page, 'my-stacks');

    await page.getByRole('button', { name: 'Bỏ khỏi tài khoản: “Phương án dự phòng”' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã bỏ “Phương án dự phòng” khỏi tài khoản.' }).waitFor();
    await page.getByText('1 bộ giải pháp', { exact: true }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Đã bỏ “Phương án dự phòng”');
  });

  it('requests a quote on the account’s stack; both vendors offer over the API, one twice', async () => {
    await page.getByRole('link', { name: 'Mở bộ giải pháp “Bệnh án điện tử”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bệnh án điện tử' }).waitFor();
    await page.getByLabel('Họ và tên').fill('Trần Thị Lan');
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Gửi yêu cầu báo giá' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã gửi yêu cầu báo giá tới:' }).waitFor();
    privateLink = await page.getByLabel('Đường dẫn xem lại yêu cầu').inputValue();

    const mine = await site.server.gql(`{ myQuoteRequests(first: 5) { nodes { id reference } } }`, {}, { cookie: await sessionCookie() });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.myQuoteRequests.nodes).toHaveLength(1);
    ({ id: requestId, reference } = mine.data.myQuoteRequests.nodes[0]);

    await makeOffer('viettel-idc', requestId, 'viettel-cloud-server', 2, 0.95, 'Giá trong 12 tháng.');
    await makeOffer('viettel-idc', requestId, 'viettel-cloud-server', 2, 0.9, 'Giá trong 12 tháng.\nHỗ trợ 24/7 bằng tiếng Việt.');
    await makeOffer('cyradar', requestId, 'cyradar-soc', 1, 0.8, 'Triển khai trong 10 ngày.');
  });

  it('lists the request in My requests with “offer made” from each vendor', async () => {
    await go('/account/requests');
    const item = page.locator('.quote-summary').filter({ hasText: reference });
    await item.waitFor();
    expect(await item.getByText('Đã có báo giá', { exact: true }).count()).toBe(2);
    await item.getByText('Đã gửi tới 2 nhà cung cấp').waitFor();
    await capture(page, 'my-requests');
    await item.getByRole('link', { name: `Xem báo giá của yêu cầu ${reference}` }).click();
    await page.waitForURL(/\/account\/requests\/[^/]+$/);
  });

  it('shows the offers side by side against the list prices, and accepts one with the keyboard', async () => {
    await page.getByRole('heading', { level: 2, name: 'Báo giá của nhà cung cấp' }).waitFor();
    const viettel = page.getByRole('article', { name: 'Viettel IDC' });
    const cyradar = page.getByRole('article', { name: 'CyRadar' });
    const listPrice = plans['viettel-cloud-server']!.price;
    const offered = Math.round(Number(listPrice) * 0.9);
    // The latest offer first; the one it replaced is folded under the history.
    const latest = viettel.locator('.offer-lines').first();
    await latest.locator('.offer-lines__list').getByText(vnd(listPrice)).waitFor();
    await latest.locator('.offer-lines__offered').getByText(vnd(offered)).waitFor();
    expect(await latest.locator('.offer-lines__difference').innerText()).toContain(`−${vnd(Number(listPrice) - offered)}`);
    await viettel.getByText('Hỗ trợ 24/7 bằng tiếng Việt.').waitFor();
    // Links leave the account's nested router for the site's pages.
    expect(await viettel.getByRole('link', { name: 'Viettel IDC', exact: true }).getAttribute('href')).toBe('/vendors/viettel-idc');
    await viettel.getByText('Lịch sử: 1 báo giá trước').click();
    await viettel.getByRole('heading', { level: 4, name: /— Đã rút$/ }).waitFor();
    await cyradar.getByText('Triển khai trong 10 ngày.').waitFor();
    await page.getByRole('form', { name: 'Hồ sơ mua sắm' }).getByRole('button', { name: 'Hồ sơ mua sắm dạng CSV' }).waitFor();
    await capture(page, 'request-offers');

    await viettel.getByRole('button', { name: 'Chấp nhận báo giá của Viettel IDC' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Chấp nhận báo giá' });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Huỷ');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Xác nhận chấp nhận');
    await page.keyboard.press('Enter');

    const done = viettel.getByRole('status').filter({ hasText: 'Đã chấp nhận báo giá của Viettel IDC.' });
    await done.waitFor();
    await viettel.locator('.share-status').filter({ hasText: 'Bạn đã chấp nhận' }).waitFor();
    await viettel.getByText(/^Bạn đã chấp nhận báo giá này ngày \d{2}\/\d{2}\/\d{4}\.$/).waitFor();
    expect(await viettel.getByRole('button', { name: 'Chấp nhận báo giá của Viettel IDC' }).isDisabled()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Đã chấp nhận báo giá của Viettel IDC');

    // The totals are the API's, at the accepted and the open offer.
    const { data } = await site.server.gql(
      `query($id: ID!) { node(id: $id) { ... on QuoteRequest { offeredEstimate { monthlyTotal { amount } listMonthlyTotal { amount } firstYearTotalWithVat { amount } } } } }`,
      { id: requestId },
      { cookie: await sessionCookie() },
    );
    const estimate = data.node.offeredEstimate;
    const monthly = page.getByRole('row', { name: /^Mỗi tháng \(chưa gồm VAT\)/ });
    expect(await monthly.locator('.offered-estimate__current').innerText()).toBe(vnd(estimate.monthlyTotal.amount));
    expect(await monthly.innerText()).toContain(vnd(estimate.listMonthlyTotal.amount));
    await page.locator('.offered-estimate').getByText(vnd(estimate.firstYearTotalWithVat.amount)).waitFor();
    await page.locator('.offered-estimate').getByText('VAT mỗi tháng (10%)', { exact: true }).waitFor();
  });

  it('shows the same offers on the request’s private page, which declines the other one', async () => {
    const anonymous = await site.open(privateLink.slice(site.url.length));
    await anonymous.getByRole('heading', { level: 2, name: 'Báo giá của nhà cung cấp' }).waitFor();
    expect(await anonymous.getByRole('heading', { name: 'Giữ yêu cầu này trong tài khoản' }).count()).toBe(0);
    await anonymous.getByRole('form', { name: 'Hồ sơ mua sắm' }).getByRole('button', { name: 'Hồ sơ mua sắm (in / PDF)' }).waitFor();
    const viettel = anonymous.getByRole('article', { name: 'Viettel IDC' });
    await viettel.locator('.share-status').filter({ hasText: 'Bạn đã chấp nhận' }).waitFor();
    expect(await viettel.getByRole('button', { name: 'Từ chối báo giá của Viettel IDC' }).isDisabled()).toBe(true);

    const cyradar = anonymous.getByRole('article', { name: 'CyRadar' });
    await cyradar.getByRole('button', { name: 'Từ chối báo giá của CyRadar' }).click();
    await anonymous.getByRole('dialog', { name: 'Từ chối báo giá' }).getByRole('button', { name: 'Xác nhận từ chối' }).click();
    await cyradar.getByRole('status').filter({ hasText: 'Đã từ chối báo giá của CyRadar.' }).waitFor();
    await cyradar.locator('.share-status').filter({ hasText: 'Bạn đã từ chối' }).waitFor();
    await capture(anonymous, 'private-request-offers');
    await anonymous.context().close();
  });

  it('reads the same in English, at both widths', async () => {
    await go('/en/account/requests');
    const item = page.locator('.quote-summary').filter({ hasText: reference });
    await item.getByText('Offer accepted', { exact: true }).waitFor();
    await item.getByText('You declined', { exact: true }).waitFor();
    await capture(page, 'my-requests-en');
    await item.getByRole('link', { name: `See the offers of request ${reference}` }).click();
    await page.getByRole('heading', { level: 2, name: 'Vendors’ offers' }).waitFor();
    await page.getByRole('article', { name: 'CyRadar' }).getByText(/^You declined this offer on \d{2}\/\d{2}\/\d{4}\.$/).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Totals at the prices you have now' }).waitFor();
    await capture(page, 'request-offers-en');

    const anonymous = await site.open(privateLink.slice(site.url.length), { lang: 'en' });
    await anonymous.getByRole('article', { name: 'Viettel IDC' }).getByText('Offer accepted', { exact: true }).waitFor();
    await capture(anonymous, 'private-request-offers-en');
    await anonymous.context().close();
  });

  it('adds a request made without the account from its private page, and shows an expired offer as such', async () => {
    const stack = await site.server.gql(
      `mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } userErrors { code } } }`,
      { input: { name: 'Máy chủ cho phòng khám', items: [{ planId: plans['viettel-cloud-server']!.id, quantity: 1 }] } },
    );
    const sent = await site.server.gql(
      `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { accessToken quoteRequest { id reference } userErrors { code } } }`,
      { input: { stackId: stack.data.saveStack.stack.id, contactName: 'Trần Thị Lan', contactEmail: email } },
    );
    expect(sent.data.requestQuote.userErrors).toEqual([]);
    const { id, reference: second } = sent.data.requestQuote.quoteRequest;
    const offer = await makeOffer('viettel-idc', id, 'viettel-cloud-server', 1, 0.85, 'Ưu đãi cho phòng khám.');
    const [stored] = await rows<{ id: string }>(site.server.owner, sql`select id from offers where status = 'OPEN' order by created_at desc limit 1`);
    expect(offer).toBeTruthy();
    await rows(site.server.owner, sql`update offers set valid_until = now() - interval '1 day' where id = ${stored!.id}`);

    await go(`/requests#${sent.data.requestQuote.accessToken}`);
    await page.getByRole('button', { name: 'Thêm yêu cầu này vào tài khoản' }).click();
    const added = page.getByRole('status').filter({ hasText: 'Đã thêm yêu cầu vào tài khoản.' });
    await added.waitFor();
    await added.getByRole('link', { name: 'Xem trong tài khoản' }).click();
    await page.waitForURL(/\/account\/requests\/[^/]+$/);
    const viettel = page.getByRole('article', { name: 'Viettel IDC' });
    await viettel.locator('.share-status').filter({ hasText: 'Báo giá hết hạn' }).waitFor();
    await viettel.getByText(/^Báo giá đã hết hạn ngày \d{2}\/\d{2}\/\d{4}: không thể chấp nhận nữa\.$/).waitFor();
    expect(await viettel.getByRole('button', { name: 'Chấp nhận báo giá của Viettel IDC' }).isDisabled()).toBe(true);

    await go('/account/requests');
    await page.locator('.quote-summary').filter({ hasText: second }).waitFor();
    expect(await page.locator('.quote-summary').count()).toBe(2);

    // The vendor declines to offer again, and says why: the buyer reads the reason on the request's page.
    const [share] = await rows<{ id: string }>(
      site.server.owner,
      sql`select id from vendor_quote_requests where quote_request_id = ${Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!}`,
    );
    const { key } = await createKey(site.server.database, 'viettel-idc', ['quotes:write']);
    const declined = await site.server.gql(
      `mutation($id: ID!) { declineQuoteRequest(input: { id: $id, reason: "Hết năng lực ở Cần Thơ" }) { userErrors { code } } }`,
      { id: Buffer.from(`VendorQuoteRequest:${share!.id}`, 'utf8').toString('base64url') },
      { authorization: `Bearer ${key}` },
    );
    expect(declined.data.declineQuoteRequest.userErrors).toEqual([]);
    await go(`/requests#${sent.data.requestQuote.accessToken}`);
    const refused = page.getByRole('article', { name: 'Viettel IDC' });
    await refused.locator('.share-status').filter({ hasText: 'Nhà cung cấp từ chối báo giá' }).waitFor();
    await refused.getByText('Nhà cung cấp cho biết sẽ không gửi báo giá cho yêu cầu này. Lý do: “Hết năng lực ở Cần Thơ”').waitFor();
    await go('/account/requests');
    await page.locator('.quote-summary').filter({ hasText: second }).waitFor();
  });

  it('signs out from the header, then resets the password by a mailed link and is signed in again', async () => {
    await accountButton().click();
    await page.locator('.account-menu__panel').getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/account\/sign-in$/);
    await accountButton().click();
    await page.locator('.account-menu__panel').getByRole('link', { name: 'Đăng nhập' }).waitFor();

    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đặt lại mật khẩu' }).waitFor();
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Gửi đường dẫn' }).click();
    await page.getByText(`Nếu ${email} có tài khoản đã xác nhận`).waitFor();
    const reset = await mailedPath(email, /\/account\/reset#[^\s"<>)]+/);
    await go(reset);
    await page.getByRole('heading', { level: 1, name: 'Chọn mật khẩu mới' }).waitFor();
    await page.getByLabel('Mật khẩu mới').fill(newPassword);
    await page.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
    await page.waitForURL(/\/account\/stacks\?password-changed$/);
    await page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu. Bạn đã đăng nhập.' }).waitFor();
  });
});
