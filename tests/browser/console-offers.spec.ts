import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, signIn, testPassword } from '../support/accounts.ts';
import { DESKTOP, MOBILE, screenshot, startSite, type Site } from '../support/browser.ts';
import type { Headers } from '../support/quote-world.ts';
import { plansOf, type PlanInfo } from '../support/stacks.ts';

// A vendor's member answers quote requests in the partner console: reads where each stands, makes an offer
// from the list prices by keyboard, replaces it, withdraws it, declines another request, and is told
// clearly when the buyer accepted in the meantime. The buyer reads, with the request's access token, the
// prices the vendor typed.

let site: Site;
let member: { email: string; password: string };
let memberCookie: Headers;
let plans: { c48: PlanInfo; hourly: PlanInfo; cmc: PlanInfo };

beforeAll(async () => {
  site = await startSite({ quoteRequestsPerHour: 100 });
  member = (await createPartner(site.server.database, 'viettel-idc', 'MEMBER')).user;
  memberCookie = { cookie: await signIn(site.server, member.email) };
  const found = await plansOf(site.server, 'viettel-cloud-server', 'cmc-cloud-server');
  const named = (name: string) => found['viettel-cloud-server']!.find((plan) => plan.name === name)!;
  plans = { c48: named('Cloud Server 4 vCPU / 8 GB'), hourly: named('Cloud Server 2 vCPU / 4 GB theo giờ'), cmc: found['cmc-cloud-server']![0]! };
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

interface SentRequest {
  id: string;
  reference: string;
  accessToken: string;
}

/** A buyer's request over the API: two lines of Viettel IDC's (a month plan and an hour plan) and one of CMC's. */
async function requestQuote(contactName: string): Promise<SentRequest> {
  const saved = await site.server.gql(`mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } userErrors { code } } }`, {
    input: {
      name: 'Cổng dịch vụ công tỉnh',
      items: [
        { planId: plans.c48.id, quantity: 2 },
        { planId: plans.hourly.id, quantity: 3 },
        { planId: plans.cmc.id, quantity: 1 },
      ],
    },
  });
  expect(saved.data.saveStack.userErrors).toEqual([]);
  const quoted = await site.server.gql(
    `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { id reference } accessToken userErrors { code } } }`,
    { input: { stackId: saved.data.saveStack.stack.id, contactName, contactEmail: 'mua.sam@sotttt.example.vn', organization: 'Sở TT&TT Hậu Giang' } },
  );
  expect(quoted.data.requestQuote.userErrors).toEqual([]);
  return { ...quoted.data.requestQuote.quoteRequest, accessToken: quoted.data.requestQuote.accessToken };
}

/** The request as its buyer reads it with the access token: each offer's vendor, status and unit prices by plan. */
async function buyerOffers(request: SentRequest) {
  const response = await site.server.gql(
    `query($token: String!) { quoteRequestByToken(token: $token) { offers { id status vendor { slug } lines { plan { id } unitPrice { amount } listUnitPrice { amount } } } } }`,
    { token: request.accessToken },
  );
  expect(response.errors).toBeUndefined();
  return response.data.quoteRequestByToken.offers as {
    id: string;
    status: string;
    vendor: { slug: string };
    lines: { plan: { id: string }; unitPrice: { amount: string }; listUnitPrice: { amount: string } }[];
  }[];
}

/** No sideways scrolling at either width, then a full-page screenshot in .tmp/screenshots (SCREENSHOTS=1). */
async function capture(page: Page, name: string) {
  for (const width of [MOBILE, DESKTOP]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(0);
    await screenshot(page, `console-offers-${name}-${width}`);
  }
}

/** What a locator shows, its no-break spaces (between an amount and ₫) as plain ones. */
const text = async (locator: Locator) => (await locator.innerText()).replaceAll('\u00a0', ' ');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const shareStatus = (card: Locator) => card.locator('.quote__head [class*="status--share-"]');

describe('answering quote requests in the partner console', () => {
  let page: Page;
  let first: SentRequest;
  let second: SentRequest;
  let third: SentRequest;
  let card: Locator;

  it('shows a member each request with where it stands', async () => {
    first = await requestQuote('Phạm Văn Một');
    second = await requestQuote('Lê Thị Hai');
    third = await requestQuote('Đỗ Văn Ba');
    page = await site.open('/console/quotes', { ready: 'main#main' });
    await page.waitForURL(/\/console\/sign-in\?next=%2Fquotes$/);
    await page.getByLabel('E-mail').fill(member.email);
    await page.getByLabel('Mật khẩu').fill(testPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/console\/quotes$/);

    card = page.locator('.quote').filter({ hasText: 'Phạm Văn Một' });
    await card.getByText(`Mã yêu cầu: ${first.reference}`, { exact: true }).waitFor();
    expect(await text(shareStatus(card))).toMatch(/^Trạng thái báo giá:\s+(Mới nhận, chưa xem|Đã xem)$/);
    await card.getByText('Bạn chưa gửi báo giá nào cho yêu cầu này.').waitFor();
    // The inbox opened it: read again, it is seen.
    await page.reload();
    await shareStatus(card).getByText('Đã xem').waitFor();
  });

  it('opens the offer form at the list prices, changes a price by keyboard with the totals following, and sends it', async () => {
    await card.getByRole('button', { name: 'Lập báo giá' }).click();
    const form = card.getByRole('form', { name: `Báo giá cho yêu cầu ${first.reference}` });
    await form.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Báo giá cho yêu cầu ${first.reference}`);
    const lines = form.getByRole('group');
    expect(await lines.count()).toBe(2);
    const c48 = form.getByRole('group', { name: /Cloud Server 4 vCPU \/ 8 GB/ });
    const hourly = form.getByRole('group', { name: /theo giờ/ });
    await c48.getByText('Giá niêm yết: 990.000 ₫ / tháng').waitFor();
    await hourly.getByText('Giá niêm yết: 750 ₫ / giờ').waitFor();
    expect(await c48.getByLabel('Giá chào một đơn vị').inputValue()).toBe('990.000');
    expect(await hourly.getByLabel('Giá chào một đơn vị').inputValue()).toBe('750');
    const totals = form.getByRole('definition');
    // 2 × 990.000 + 3 × 750 × 730 hours
    expect(await text(totals.nth(0))).toBe('3.622.500 ₫ (giá niêm yết 3.622.500 ₫)');
    expect(await text(totals.nth(1))).toBe('0 ₫ (giá niêm yết 0 ₫)');
    await capture(page, 'form');

    // From the heading, Tab reaches the first price; typing replaces it and the totals follow at once.
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(await c48.getByLabel('Giá chào một đơn vị').getAttribute('id'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('900000');
    await c48.getByText('Thành tiền: 1.800.000 ₫ / tháng').waitFor();
    expect(await text(totals.nth(0))).toBe('3.442.500 ₫ (giá niêm yết 3.622.500 ₫)');
    // 12 × 180.000 off 12 × 3.622.500
    expect(await text(totals.nth(2))).toBe('2.160.000 ₫ (5% so với giá niêm yết)');
    await page.keyboard.press('Tab');
    expect(await c48.getByLabel('Giá chào một đơn vị').inputValue()).toBe('900.000');

    // A price the API refuses is said at its field, and the summary leads there.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2000000000000');
    await form.getByRole('button', { name: 'Gửi báo giá' }).click();
    const summary = form.getByRole('alert').filter({ hasText: 'Dòng 2 — Giá chào một đơn vị' });
    await summary.waitFor();
    const hourlyPrice = hourly.getByLabel('Giá chào một đơn vị');
    expect(await hourlyPrice.getAttribute('aria-invalid')).toBe('true');
    await hourly.getByText('Giá phải từ 0 đến 1.000.000.000.000 ₫.').waitFor();
    await summary.getByRole('link').click();
    expect(await focusedId(page)).toBe(await hourlyPrice.getAttribute('id'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('750');

    expect(await form.getByLabel('Hiệu lực đến hết ngày').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await form.getByLabel('Điều khoản gửi người mua').focus();
    await page.keyboard.type('Thanh toán theo quý. Hỗ trợ 24/7.');
    await form.getByText('33/4.000 ký tự').waitFor();
    await form.getByRole('button', { name: 'Gửi báo giá' }).focus();
    await page.keyboard.press('Enter');

    await card.getByRole('status').filter({ hasText: 'Đã gửi báo giá cho người mua.' }).waitFor();
    expect(await form.count()).toBe(0);
    await shareStatus(card).getByText('Đã gửi báo giá').waitFor();
    const latest = card.locator('.offer--latest');
    await latest.getByText('Chờ người mua trả lời').waitFor();
    const row = latest.locator('tbody tr').filter({ hasText: 'Cloud Server 4 vCPU / 8 GB' });
    expect(await text(row.locator('td').nth(1))).toMatch(/^990\.000 ₫\s+\/ tháng$/);
    expect(await text(row.locator('td').nth(2))).toMatch(/^900\.000 ₫\s+\/ tháng$/);
    await latest.getByText('Thanh toán theo quý. Hỗ trợ 24/7.').waitFor();
    await capture(page, 'offer-made');

    const seen = await buyerOffers(first);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ status: 'OPEN', vendor: { slug: 'viettel-idc' } });
    const price = (offer: (typeof seen)[number], plan: PlanInfo) => offer.lines.find((line) => line.plan.id === plan.id)?.unitPrice.amount;
    expect(price(seen[0]!, plans.c48)).toBe('900000');
    expect(price(seen[0]!, plans.hourly)).toBe('750');
  });

  it('makes a new offer from the last one, replacing it once confirmed, and keeps the old one in the history', async () => {
    await card.getByRole('button', { name: 'Lập báo giá mới' }).click();
    const form = card.getByRole('form', { name: `Báo giá cho yêu cầu ${first.reference}` });
    await form.getByText('Bạn đang có một báo giá chờ người mua trả lời: báo giá này sẽ thay thế nó.').waitFor();
    const hourlyPrice = form.getByRole('group', { name: /theo giờ/ }).getByLabel('Giá chào một đơn vị');
    expect(await form.getByRole('group', { name: /Cloud Server 4 vCPU \/ 8 GB/ }).getByLabel('Giá chào một đơn vị').inputValue()).toBe('900.000');
    await hourlyPrice.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('700');
    // 2 × 900.000 + 3 × 700 × 730
    expect(await text(form.getByRole('definition').nth(0))).toBe('3.333.000 ₫ (giá niêm yết 3.622.500 ₫)');
    await form.getByRole('button', { name: 'Gửi báo giá' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thay báo giá đang mở?' });
    await dialog.getByRole('button', { name: 'Gửi và thay báo giá cũ' }).click();
    await card.getByRole('status').filter({ hasText: 'Đã gửi báo giá cho người mua.' }).waitFor();

    const history = card.locator('.offer-history');
    await history.getByText('Các báo giá trước (1)').click();
    await history.getByText('Đã thay bằng báo giá mới').waitFor();
    await card.locator('.offer--latest').getByText('Chờ người mua trả lời').waitFor();
    await capture(page, 'replaced');

    const seen = await buyerOffers(first);
    const open = seen.filter((offer) => offer.status === 'OPEN');
    expect(open).toHaveLength(1);
    expect(open[0]!.lines.find((line) => line.plan.id === plans.hourly.id)?.unitPrice.amount).toBe('700');
    expect(open[0]!.lines.find((line) => line.plan.id === plans.c48.id)?.listUnitPrice.amount).toBe('990000');
  });

  it('withdraws the open offer', async () => {
    await card.getByRole('button', { name: 'Rút báo giá' }).click();
    await page.getByRole('dialog', { name: 'Rút báo giá đang mở?' }).getByRole('button', { name: 'Rút báo giá' }).click();
    await card.getByRole('status').filter({ hasText: 'Đã rút báo giá.' }).waitFor();
    await shareStatus(card).getByText('Đã rút báo giá').waitFor();
    await card.locator('.offer--latest').getByText('Đã rút', { exact: true }).waitFor();
    expect(await card.getByRole('button', { name: 'Rút báo giá' }).count()).toBe(0);
    expect((await buyerOffers(first)).filter((offer) => offer.status === 'OPEN')).toHaveLength(0);
  });

  it('declines another request with a reason the buyer reads', async () => {
    const other = page.locator('.quote').filter({ hasText: 'Lê Thị Hai' });
    await other.getByRole('button', { name: 'Từ chối báo giá' }).click();
    const form = other.getByRole('form', { name: `Từ chối yêu cầu ${second.reference}` });
    await form.getByLabel('Lý do gửi người mua').fill('Chúng tôi chưa có trung tâm dữ liệu tại Hậu Giang.');
    await form.getByRole('button', { name: 'Từ chối yêu cầu' }).click();
    await other.getByRole('status').filter({ hasText: 'Đã từ chối yêu cầu.' }).waitFor();
    await shareStatus(other).getByText('Bạn đã từ chối').waitFor();
    await other.getByText('Chúng tôi chưa có trung tâm dữ liệu tại Hậu Giang.').waitFor();
    await other.getByText(/^Bạn đã từ chối lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}$/).waitFor();
    expect(await other.getByRole('button', { name: 'Từ chối báo giá' }).count()).toBe(0);
  });

  it('says clearly that the buyer accepted when the page did not know yet', async () => {
    const made = await site.server.gql(
      `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { offer { id } userErrors { code } } }`,
      {
        input: {
          quoteRequestId: third.id,
          lines: [{ planId: plans.c48.id, quantity: 2, unitPrice: '950000' }],
          validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        },
      },
      memberCookie,
    );
    expect(made.data.makeOffer.userErrors).toEqual([]);
    await page.reload();
    const accepted = page.locator('.quote').filter({ hasText: 'Đỗ Văn Ba' });
    await shareStatus(accepted).getByText('Đã gửi báo giá').waitFor();

    const accept = await site.server.gql(`mutation($id: ID!, $token: String) { acceptOffer(id: $id, accessToken: $token) { userErrors { code } } }`, {
      id: made.data.makeOffer.offer.id,
      token: third.accessToken,
    });
    expect(accept.data.acceptOffer.userErrors).toEqual([]);

    await accepted.getByRole('button', { name: 'Từ chối báo giá' }).click();
    await accepted.getByRole('button', { name: 'Từ chối yêu cầu' }).click();
    await accepted
      .getByRole('alert')
      .filter({ hasText: 'Người mua đã chấp nhận báo giá của bạn cho yêu cầu này: không thể từ chối hay lập báo giá mới nữa.' })
      .waitFor();
    // The inbox is read again: the request says so, and offers no more answers.
    await shareStatus(accepted).getByText('Người mua đã chấp nhận').waitFor();
    await expect.poll(() => accepted.getByRole('button', { name: 'Lập báo giá mới' }).count()).toBe(0);
    await capture(page, 'accepted');
  });

  it('does the same in English', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quote requests' }).waitFor();
    const offered = page.locator('.quote').filter({ hasText: 'Phạm Văn Một' });
    await shareStatus(offered).getByText('Offer withdrawn').waitFor();
    await shareStatus(page.locator('.quote').filter({ hasText: 'Lê Thị Hai' })).getByText('Declined by you').waitFor();
    await shareStatus(page.locator('.quote').filter({ hasText: 'Đỗ Văn Ba' })).getByText('Accepted by the buyer').waitFor();

    await offered.getByRole('button', { name: 'Make a new offer' }).click();
    const form = offered.getByRole('form', { name: `Offer for request ${first.reference}` });
    const c48 = form.getByRole('group', { name: /Cloud Server 4 vCPU \/ 8 GB/ });
    await c48.getByText('List price: 990.000 ₫ / month').waitFor();
    const price = c48.getByLabel('Offered price per unit');
    await price.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12,5');
    await page.keyboard.press('Tab');
    await c48.getByText('Enter a whole number of đồng, e.g. 1.250.000.').waitFor();
    expect(await text(form.getByRole('definition').nth(0))).toBe('— (list —)');
    await form.getByRole('button', { name: 'Send the offer' }).click();
    await form.getByRole('alert').filter({ hasText: 'Line 1 — Offered price per unit: The price is a whole number of đồng, e.g. 1.250.000.' }).waitFor();
    await price.fill('880000');
    await form.getByRole('button', { name: 'Send the offer' }).click();
    await offered.getByRole('status').filter({ hasText: 'Your offer was sent to the buyer.' }).waitFor();
    await shareStatus(offered).getByText('Offer made').waitFor();
    await offered.locator('.offer--latest').getByText('Awaiting the buyer').waitFor();
    await capture(page, 'en');
  });
});
