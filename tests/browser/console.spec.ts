import type { Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, createUser, signIn, testPassword } from '../support/accounts.ts';
import { DESKTOP, MOBILE, screenshot, startSite, type Site } from '../support/browser.ts';
import { roomyBudget } from '../support/server.ts';

let site: Site;
let owner: { email: string; password: string };
let ownerCookie: string;
let staffCookie: string;

beforeAll(async () => {
  // One session walks every console page in seconds, faster than a person: the default budget is budget.spec's.
  site = await startSite(roomyBudget);
  owner = (await createPartner(site.server.database, 'viettel-idc', 'OWNER')).user;
  ownerCookie = await signIn(site.server, owner.email);
  staffCookie = await signIn(site.server, (await createUser(site.server.database, { label: 'staff', staff: true })).email);
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

const listingQuery = `query { myOfferings(first: 100) { nodes { id slug name nameEn summary descriptionEn status version plans { id name nameEn } } } }`;

async function ownListing(id: string) {
  const response = await site.server.gql(listingQuery, {}, { cookie: ownerCookie });
  expect(response.errors).toBeUndefined();
  return response.data.myOfferings.nodes.find((node: { id: string }) => node.id === id);
}

async function requestQuote(planId: string, contactName: string): Promise<{ id: string; reference: string }> {
  const saved = await site.server.gql(
    `mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } userErrors { code } } }`,
    { input: { name: 'Cổng dịch vụ công', items: [{ planId, quantity: 2 }] } },
  );
  expect(saved.data.saveStack.userErrors).toEqual([]);
  const quoted = await site.server.gql(
    `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { id reference } userErrors { code } } }`,
    {
      input: {
        stackId: saved.data.saveStack.stack.id,
        contactName,
        contactEmail: 'lan.nguyen@soyte.cantho.gov.vn',
        organization: 'Sở Y tế Cần Thơ',
        message: 'Cần báo giá cho hệ thống bệnh án điện tử trong tuần này.',
      },
    },
  );
  expect(quoted.data.requestQuote.userErrors).toEqual([]);
  return quoted.data.requestQuote.quoteRequest;
}

/** No sideways scrolling, then a full-page screenshot in .tmp/screenshots (SCREENSHOTS=1). */
async function capture(page: Page, name: string) {
  for (const width of [MOBILE, DESKTOP]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(0);
    await screenshot(page, `console-${name}-${width}`);
  }
}

const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Các mục của bảng điều khiển' }).getByRole('link', { name, exact: true });

describe('partner console', () => {
  let page: Page;
  let listingId: string;

  it('sends a signed-out visitor to sign-in, explains a wrong password, then opens the console', async () => {
    page = await site.open('/');
    await page.getByRole('link', { name: 'Đối tác', exact: true }).click();
    await page.waitForURL(/\/console\/sign-in$/);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập dành cho đối tác' }).waitFor();
    await capture(page, 'sign-in');

    await page.getByLabel('E-mail').fill(owner.email);
    await page.getByLabel('Mật khẩu').fill('not the password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').filter({ hasText: 'E-mail hoặc mật khẩu không đúng.' }).waitFor();
    expect(page.url()).toMatch(/\/console\/sign-in$/);

    await page.getByLabel('Mật khẩu').fill(owner.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/console$/);
    const who = page.locator('.console__who');
    await who.getByText('Viettel IDC', { exact: true }).waitFor();
    await who.getByText('Chủ sở hữu', { exact: true }).waitFor();
    await who.getByText(owner.email, { exact: true }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Dịch vụ niêm yết' }).waitFor();
    expect(await page.title()).toBe('Dịch vụ niêm yết — Mây Việt');
  });

  it('creates a listing, showing the API’s validation error next to the field until it is fixed', async () => {
    await page.getByRole('link', { name: 'Tạo dịch vụ mới' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tạo dịch vụ mới' }).waitFor();
    await page.getByLabel('Tên dịch vụ (tiếng Việt)').fill('Máy chủ ảo Viettel cho bệnh viện');
    await page.getByLabel('Tóm tắt (tiếng Việt)').fill('Máy chủ ảo đặt tại Việt Nam cho hệ thống bệnh án điện tử.');
    await page.getByLabel('Tóm tắt (tiếng Anh)').fill('Virtual servers in Vietnam for electronic medical records.');
    await page.getByLabel('Mô tả (tiếng Việt)').fill('Máy chủ ảo chạy tại hai trung tâm dữ liệu Tier III của Viettel IDC.');
    await page.getByLabel('Mô tả (tiếng Anh)').fill('Virtual servers in Viettel IDC’s two tier III data centres.');
    // Choosing the category chooses its kind.
    await page.getByLabel('Danh mục', { exact: true }).selectOption('compute');
    expect(await page.getByLabel('Loại hình', { exact: true }).inputValue()).toBe('IAAS');
    await page.getByLabel('SLA cam kết (%)').fill('99,95');
    await page.getByRole('checkbox', { name: /Trung tâm dữ liệu Viettel IDC Hà Nội/ }).check();
    await page.getByRole('checkbox', { name: /Trung tâm dữ liệu Viettel IDC Bình Dương/ }).check();
    await page.getByLabel('Tên gói', { exact: true }).fill('Gói 4 vCPU');
    await page.getByLabel('Tên gói (tiếng Anh)').fill('4 vCPU plan');
    await page.getByLabel('Giá (VND)').fill('-1250000');
    await page.getByRole('button', { name: 'Thêm thông số' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('listing-plans-0-specs-0-key');
    await page.keyboard.type('vcpu');
    await page.getByLabel('Giá trị').fill('4');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();

    const priceErrors = page.locator('#listing-plans-0-price-errors');
    await priceErrors.getByText('Giá phải từ 0 đến 1.000.000.000.000 ₫.').waitFor();
    expect(await page.getByLabel('Giá (VND)').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('alert').filter({ hasText: 'Có 1 lỗi cần sửa' }).getByRole('link', { name: /Gói 1 — Giá \(VND\)/ }).waitFor();
    expect(page.url()).toMatch(/\/console\/listings\/new$/);
    await capture(page, 'new-listing-error');

    await page.getByLabel('Giá (VND)').fill('1.250.000');
    await page.getByText('= 1.250.000 ₫').waitFor();
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    // The editor leaves /listings/new for the stored listing's id once the draft is saved.
    await page.waitForURL((url) => /^\/console\/listings\/[\w-]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
    listingId = decodeURIComponent(page.url().split('/').at(-1)!);
    await page.getByRole('status').filter({ hasText: 'Đã lưu bản nháp.' }).waitFor();
    await page.locator('.listing-facts').getByText('Bản nháp', { exact: true }).waitFor();
    expect(await page.getByLabel('Giá (VND)').inputValue()).toBe('1250000');

    const stored = await ownListing(listingId);
    expect(stored).toMatchObject({
      name: 'Máy chủ ảo Viettel cho bệnh viện',
      nameEn: null,
      descriptionEn: 'Virtual servers in Viettel IDC’s two tier III data centres.',
      status: 'DRAFT',
      plans: [{ name: 'Gói 4 vCPU', nameEn: '4 vCPU plan' }],
    });
  });

  it('refuses to overwrite a change made elsewhere and reloads the latest version', async () => {
    const { version } = await ownListing(listingId);
    const elsewhere = await site.server.gql(
      `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { userErrors { code } } }`,
      { input: { id: listingId, version, summary: 'Máy chủ ảo cho bệnh viện, sửa từ hệ thống ERP.' } },
      { cookie: ownerCookie },
    );
    expect(elsewhere.data.updateOffering.userErrors).toEqual([]);

    await page.getByLabel('Tóm tắt (tiếng Việt)').fill('Một thay đổi sẽ không được lưu.');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('alert').filter({ hasText: 'Ai đó vừa thay đổi dịch vụ này' }).waitFor();
    await page.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
    await expect.poll(() => page.getByLabel('Tóm tắt (tiếng Việt)').inputValue()).toBe('Máy chủ ảo cho bệnh viện, sửa từ hệ thống ERP.');
  });

  it('submits for review, then shows the staff’s approval and keeps an edit of the published listing pending', async () => {
    await page.getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã gửi duyệt.' }).waitFor();
    await page.locator('.listing-facts').getByText('Đang chờ duyệt', { exact: true }).waitFor();
    await page.getByText('Dịch vụ đang chờ duyệt nên không sửa được.').waitFor();
    expect(await page.getByLabel('Tên gói', { exact: true }).isDisabled()).toBe(true);
    expect((await ownListing(listingId)).status).toBe('IN_REVIEW');

    const approval = await site.server.gql(
      `mutation($id: ID!) { approveOffering(id: $id) { offering { status } userErrors { code } } }`,
      { id: listingId },
      { cookie: staffCookie },
    );
    expect(approval.data.approveOffering).toEqual({ offering: { status: 'PUBLISHED' }, userErrors: [] });

    await page.reload();
    await page.locator('.listing-facts').getByText('Đã công bố', { exact: true }).waitFor();
    await page.getByText('Dịch vụ này đang công khai.').waitFor();
    await page.getByLabel('Giá (VND)').fill('1500000');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu chỉnh sửa.' }).waitFor();
    const pending = page.locator('.pending-revision');
    await pending.getByRole('heading', { name: 'Chỉnh sửa chưa gửi duyệt' }).waitFor();
    await pending.getByText('Gói 4 vCPU (4 vCPU plan): 1.250.000 ₫ / tháng (4 vCPU)').waitFor();
    await pending.getByText('Gói 4 vCPU (4 vCPU plan): 1.500.000 ₫ / tháng (4 vCPU)').waitFor();
    await page.getByRole('button', { name: 'Gửi chỉnh sửa để duyệt' }).waitFor();
    await capture(page, 'edit-published');

    // The public still sees the published price.
    const { slug } = await ownListing(listingId);
    const published = await site.server.gql(`query($slug: String!) { offering(slug: $slug) { plans { price { amount } } } }`, { slug });
    expect(published.data.offering.plans).toEqual([{ price: { amount: '1250000' } }]);

    await tab(page, 'Dịch vụ niêm yết').click();
    const item = page.locator('.listing-item').filter({ hasText: 'Máy chủ ảo Viettel cho bệnh viện' });
    await item.getByText('Đã công bố', { exact: true }).waitFor();
    await item.getByText('Có chỉnh sửa chưa gửi duyệt').waitFor();
    await page.getByRole('button', { name: /^Bản nháp \(\d+\)$/ }).click();
    await page.locator('.listing-item').filter({ hasText: 'Máy chủ ảo ARM Viettel (thử nghiệm)' }).waitFor();
    // The list shows the drafts once the filtered answer arrives (the ARM draft was on the unfiltered list too).
    await expect.poll(() => item.count()).toBe(0);
    for (const status of await page.locator('.listing-item__head .status').allInnerTexts()) expect(status).toBe('Bản nháp');
    await page.getByRole('button', { name: /^Đã công bố \(\d+\)$/ }).click();
    await item.waitFor();
    await capture(page, 'listings');
  });

  it('creates an API key, shows it once with a warning, and revokes it after confirming', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await tab(page, 'Khoá API').click();
    await page.getByRole('heading', { level: 1, name: 'Khoá API' }).waitFor();
    await page.getByLabel('Tên khoá').fill('Đồng bộ ERP');
    await page.getByRole('checkbox', { name: /^listings:write/ }).check();
    await page.getByRole('button', { name: 'Tạo khoá' }).click();

    const secret = page.getByRole('region', { name: 'Khoá mới của bạn' });
    await secret.getByText('khoá chỉ hiện một lần này').waitFor();
    const key = await secret.getByLabel('Khoá API').inputValue();
    expect(key).toMatch(/^mv_live_[0-9a-f]+_[\w-]{43}$/);
    await secret.getByRole('button', { name: 'Sao chép' }).click();
    await secret.getByText('Đã sao chép.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

    const prefix = key.split('_').slice(0, 3).join('_');
    const listed = page.locator('.key').filter({ hasText: 'Đồng bộ ERP' });
    await listed.getByText(prefix, { exact: true }).waitFor();
    await listed.getByText('listings:read, listings:write').waitFor();
    await listed.getByText('Thật (LIVE)').waitFor();
    const viewer = await site.server.gql('{ viewer { scopes organization { vendor { slug } } } }', {}, { authorization: `Bearer ${key}` });
    expect(viewer.data.viewer).toEqual({ scopes: ['listings:read', 'listings:write'], organization: { vendor: { slug: 'viettel-idc' } } });
    await capture(page, 'keys-new');

    await secret.getByRole('button', { name: 'Tôi đã lưu lại' }).click();
    await secret.waitFor({ state: 'detached' });
    await page.reload();
    await listed.waitFor();
    expect(await page.content()).not.toContain(key);

    await listed.getByRole('button', { name: 'Thu hồi khoá “Đồng bộ ERP”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thu hồi khoá “Đồng bộ ERP”?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await listed.getByText('Đang hoạt động').waitFor();
    await listed.getByRole('button', { name: 'Thu hồi khoá “Đồng bộ ERP”' }).click();
    await dialog.getByRole('button', { name: 'Thu hồi', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã thu hồi khoá “Đồng bộ ERP”.' }).waitFor();
    await listed.getByText(/^Đã thu hồi ngày \d{2}\/\d{2}\/\d{4}$/).waitFor();
    const refused = await site.server.gql('{ viewer { scopes } }', {}, { authorization: `Bearer ${key}` });
    expect(refused.status).toBe(401);
  });

  it('creates a TEST key by choosing the mode, lists its mode, and warns its sandbox goes with it', async () => {
    await tab(page, 'Khoá API').click();
    await page.getByRole('heading', { level: 1, name: 'Khoá API' }).waitFor();
    await page.getByLabel('Tên khoá').fill('Thử tích hợp');
    await page.getByRole('radio', { name: /^TEST/ }).check();
    await page.getByRole('button', { name: 'Tạo khoá' }).click();
    const secret = page.getByRole('region', { name: 'Khoá mới của bạn' });
    expect(await secret.getByLabel('Khoá API').inputValue()).toMatch(/^mv_test_[0-9a-f]{10}_[\w-]{43}$/);
    await secret.getByRole('button', { name: 'Tôi đã lưu lại' }).click();
    const listed = page.locator('.key').filter({ hasText: 'Thử tích hợp' });
    await listed.getByText('Thử nghiệm (TEST)').waitFor();
    await capture(page, 'keys-test');
    await listed.getByRole('button', { name: 'Thu hồi khoá “Thử tích hợp”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thu hồi khoá “Thử tích hợp”?' });
    await dialog.getByText(/các dịch vụ thử nghiệm của khoá bị xoá/).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('reads a quote request in the inbox with its lines and subtotal in VND, and marks it handled', async () => {
    const { plans } = await ownListing(listingId);
    const quoteRequest = await requestQuote(plans[0].id, 'Nguyễn Thị Lan');

    await tab(page, 'Yêu cầu báo giá').click();
    const request = page.locator('.quote').filter({ hasText: 'Nguyễn Thị Lan' });
    await request.getByText('Sở Y tế Cần Thơ').waitFor();
    await request.getByText(`Mã yêu cầu: ${quoteRequest.reference}`, { exact: true }).waitFor();
    await request.getByRole('link', { name: 'lan.nguyen@soyte.cantho.gov.vn' }).waitFor();
    await request.getByText('Cần báo giá cho hệ thống bệnh án điện tử trong tuần này.').waitFor();
    const line = request.locator('tbody tr').filter({ hasText: 'Máy chủ ảo Viettel cho bệnh viện' });
    await line.getByText('Gói: Gói 4 vCPU').waitFor();
    expect(await line.locator('td').nth(1).innerText()).toBe('2');
    expect(await line.locator('td').nth(2).innerText()).toBe('2.500.000\u00a0₫');
    expect(await request.locator('tfoot td').innerText()).toBe('2.500.000\u00a0₫');
    await capture(page, 'quotes');

    await request.getByRole('button', { name: 'Đánh dấu đã xử lý' }).click();
    await request.getByText(/^Đã xử lý lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}$/).waitFor();
    await page.getByRole('button', { name: 'Đã xử lý', exact: true }).click();
    await request.getByRole('button', { name: 'Mở lại' }).click();
    await request.getByText('Chưa xử lý', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Chưa xử lý', exact: true }).click();
    await request.getByRole('button', { name: 'Đánh dấu đã xử lý' }).waitFor();

    // Staff erase the buyer's contact at the buyer's request: the inbox says so instead of showing it.
    const erased = await site.server.gql(`mutation($id: ID!) { eraseQuoteContact(input: { id: $id }) { userErrors { code } } }`, { id: quoteRequest.id }, { cookie: staffCookie });
    expect(erased.data.eraseQuoteContact.userErrors).toEqual([]);
    await page.reload();
    const anonymous = page.locator('.quote').filter({ hasText: 'Người mua (đã xoá thông tin liên hệ)' });
    await anonymous.getByText(/^Đã xoá theo yêu cầu của người mua lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}$/).waitFor();
    expect(await anonymous.innerText()).not.toContain('lan.nguyen@soyte.cantho.gov.vn');
    expect(await anonymous.getByRole('link').count()).toBe(0);
  });

  it('adds a webhook endpoint, shows its signing secret once, and lists what was sent to it', async () => {
    await tab(page, 'Webhook').click();
    await page.getByText('Chưa có địa chỉ nhận nào.').waitFor();
    await page.getByLabel('Địa chỉ nhận webhook').fill('http://127.0.0.1/hooks');
    await page.getByRole('button', { name: 'Thêm địa chỉ' }).click();
    await page.locator('#endpoint-url-errors').getByText('Địa chỉ phải bắt đầu bằng https://').waitFor();

    // .invalid never resolves: the delivery is queued and retried, and nothing leaves the machine.
    await page.getByLabel('Địa chỉ nhận webhook').fill('https://hooks.mayviet.invalid/events');
    await page.getByRole('button', { name: 'Thêm địa chỉ' }).click();
    const secret = page.getByRole('region', { name: 'Khoá ký webhook' });
    expect(await secret.getByLabel('Khoá ký webhook').inputValue()).toMatch(/^whsec_/);
    const card = page.locator('.endpoint').filter({ hasText: 'https://hooks.mayviet.invalid/events' });
    await card.waitFor();

    const { plans } = await ownListing(listingId);
    await requestQuote(plans[0].id, 'Trần Văn Minh');
    await page.reload();
    await card.getByRole('button', { name: 'Các lần gửi' }).click();
    await card.locator('.delivery').filter({ hasText: 'Yêu cầu báo giá mới' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Khoá ký webhook' }).count()).toBe(0);
    await capture(page, 'webhook');

    // 21 older deliveries, given up long ago: 22 in all, so a second page holds the two oldest.
    await site.server.database.db.execute(sql`insert into webhook_deliveries (organization_id, endpoint_id, event, payload, url, created_at, failed_at, next_attempt_at)
      select o.id, e.id, 'LISTING_REJECTED', '{}'::jsonb, e.url, now() - make_interval(days => n), now(), null
      from organizations o join vendors v on v.id = o.vendor_id join webhook_endpoints e on e.organization_id = o.id, generate_series(1, 21) n
      where v.slug = 'viettel-idc'`);
    await page.reload();
    await card.getByRole('button', { name: 'Các lần gửi' }).click();
    await card.locator('.delivery').filter({ hasText: 'Yêu cầu báo giá mới' }).waitFor();
    expect(await card.locator('.delivery').count()).toBe(20);
    const pager = card.getByRole('navigation', { name: 'Phân trang các lần gửi' });
    await pager.getByRole('button', { name: 'Cũ hơn' }).click();
    await pager.getByText('Trang 2').waitFor();
    await expect.poll(() => card.locator('.delivery').count()).toBe(2);
    expect(await card.locator('.delivery').filter({ hasText: 'Dịch vụ bị từ chối' }).count()).toBe(2);
    await pager.getByRole('button', { name: 'Mới hơn' }).click();
    await card.locator('.delivery').filter({ hasText: 'Yêu cầu báo giá mới' }).waitFor();
    expect(await card.locator('.delivery').count()).toBe(20);
  });

  it('switches to English', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhook' }).waitFor();
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Listings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Listings' }).waitFor();
    const item = page.locator('.listing-item').filter({ hasText: 'Máy chủ ảo Viettel cho bệnh viện' });
    await item.getByText('Published', { exact: true }).waitFor();
    await item.getByText('Pending edit, not yet sent for review').waitFor();
    // The listing has no English name: its Vietnamese name is marked as such.
    expect(await item.locator('.listing-item__name [lang="vi"]').innerText()).toBe('Máy chủ ảo Viettel cho bệnh viện');
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await capture(page, 'listings-en');

    await item.getByRole('link', { name: 'Máy chủ ảo Viettel cho bệnh viện' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit: Máy chủ ảo Viettel cho bệnh viện' }).waitFor();
    await page.getByText('This listing is public.').waitFor();
    await page.getByRole('button', { name: 'Archive the listing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive this listing?' });
    await dialog.getByRole('button', { name: 'Archive the listing' }).click();
    await page.getByRole('status').filter({ hasText: 'Listing archived.' }).waitFor();
    await page.locator('.listing-facts').getByText('Archived', { exact: true }).waitFor();
    expect(await page.getByLabel('Plan name', { exact: true }).isDisabled()).toBe(true);
    expect((await ownListing(listingId)).status).toBe('ARCHIVED');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/console\/sign-in$/);
    await page.getByRole('heading', { level: 1, name: 'Partner sign-in' }).waitFor();
    await page.goto(`${site.url}/console/quotes`);
    await page.waitForURL(/\/console\/sign-in\?next=%2Fquotes$/);
  });
});

describe('who else signs in', () => {
  async function signedIn(email: string, path: string) {
    const page = await site.open(path);
    await page.waitForURL(/\/console\/sign-in/);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Mật khẩu').fill(testPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    return page;
  }

  it('tells a member that only owners manage keys and the webhook', async () => {
    const member = (await createPartner(site.server.database, 'viettel-idc', 'MEMBER')).user;
    const page = await signedIn(member.email, '/console/keys');
    await page.waitForURL(/\/console\/keys$/);
    await page.getByText('Chỉ chủ sở hữu tổ chức quản lý được khoá API.').waitFor();
    await page.locator('.console__who').getByText('Thành viên', { exact: true }).waitFor();
    await tab(page, 'Webhook').click();
    await page.getByText('Chỉ chủ sở hữu tổ chức quản lý được webhook.').waitFor();
  });

  it('tells staff that the staff console is separate', async () => {
    const staff = await createUser(site.server.database, { label: 'staff-console', staff: true });
    const page = await signedIn(staff.email, '/console');
    await page.getByRole('heading', { level: 1, name: 'Đây là bảng điều khiển dành cho đối tác' }).waitFor();
    await page.getByText('bảng điều khiển dành cho ban quản trị, là một khu vực riêng').waitFor();
  });
});
