import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, createUser, signIn, testPassword } from '../support/accounts.ts';
import { DESKTOP, MOBILE, screenshot, startSite, type Site } from '../support/browser.ts';

let site: Site;
let partnerCookie: string;
let partnerEmail: string;
let staff: { id: string; email: string; password: string };
let staffCookie: string;

const NEW_NAME = 'Lưu trữ đối tượng VNG cho sở y tế';
const RACED_NAME = 'Sao lưu VNG thử nghiệm';
const EDITED_SUMMARY = 'Máy chủ ảo tại TP. Hồ Chí Minh, nay kèm sao lưu hằng ngày.';

let newListingId: string;
let racedListingId: string;
let editedListing: { id: string; name: string; summary: string; plan: string };

beforeAll(async () => {
  site = await startSite();
  const partner = await createPartner(site.server.database, 'vng-cloud', 'OWNER');
  partnerEmail = partner.user.email;
  partnerCookie = await signIn(site.server, partnerEmail);
  staff = await createUser(site.server.database, { label: 'staff', staff: true });
  staffCookie = await signIn(site.server, staff.email);
  // An organization to suspend, with published listings of its own.
  await createPartner(site.server.database, 'bizfly-cloud', 'OWNER');
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

async function gql(query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await site.server.gql(query, variables, cookie ? { cookie } : {});
  expect(response.errors).toBeUndefined();
  return response.data;
}

/** A database id from an opaque global id, as the audit log shows targets. */
const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

const payload = 'offering { id status } userErrors { field code message }';

/** The partner's new listing, sent for review through the API. */
async function submitNewListing(name: string) {
  const dataCenters = (await gql(`{ vendor(slug: "vng-cloud") { dataCenters { id } } }`)).vendor.dataCenters.map((dc: { id: string }) => dc.id);
  const created = await gql(
    `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { ${payload} } }`,
    {
      input: {
        name,
        summary: 'Lưu trữ đối tượng tương thích S3 cho hồ sơ bệnh án.',
        description: 'Lưu trữ đối tượng tại hai trung tâm dữ liệu của VNG Cloud, dữ liệu không ra nước ngoài.',
        kind: 'IAAS',
        categorySlug: 'object-storage',
        dataCenterIds: dataCenters,
        slaAvailability: '99.9',
        plans: [{ name: 'Gói 1 TB', price: '1250000', unit: 'MONTH', specs: [{ key: 'storage_gb', value: '1000' }] }],
      },
    },
    partnerCookie,
  );
  expect(created.createOffering.userErrors).toEqual([]);
  const id = created.createOffering.offering.id as string;
  const submitted = await gql(`mutation($id: ID!) { submitOffering(id: $id) { ${payload} } }`, { id }, partnerCookie);
  expect(submitted.submitOffering.offering.status).toBe('IN_REVIEW');
  return id;
}

/** An edit of one of the partner's published IaaS listings: a new summary and a dearer first plan, sent for review. */
async function submitEdit() {
  const mine = await gql(
    `{ myOfferings(status: PUBLISHED, first: 100) { nodes { id kind name summary version plans { name unit price { amount } specs { key value } } } } }`,
    {},
    partnerCookie,
  );
  const listing = mine.myOfferings.nodes
    .filter((node: { kind: string }) => node.kind === 'IAAS')
    .sort((a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name))[0];
  const plans = listing.plans.map((plan: { name: string; unit: string; price: { amount: string }; specs: { key: string; value: string }[] }, index: number) => ({
    name: plan.name,
    unit: plan.unit,
    price: index === 0 ? String(Number(plan.price.amount) + 250000) : plan.price.amount,
    specs: plan.specs,
  }));
  const updated = await gql(
    `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { ${payload} } }`,
    { input: { id: listing.id, version: listing.version, summary: EDITED_SUMMARY, plans } },
    partnerCookie,
  );
  expect(updated.updateOffering.userErrors).toEqual([]);
  const submitted = await gql(`mutation($id: ID!) { submitOffering(id: $id) { ${payload} } }`, { id: listing.id }, partnerCookie);
  expect(submitted.submitOffering.userErrors).toEqual([]);
  return { id: listing.id as string, name: listing.name as string, summary: listing.summary as string, plan: listing.plans[0].name as string };
}

/** No sideways scrolling, then a full-page screenshot in .tmp/screenshots (SCREENSHOTS=1). */
async function capture(page: Page, name: string) {
  for (const width of [MOBILE, DESKTOP]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(0);
    await screenshot(page, `staff-${name}-${width}`);
  }
}

const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Các mục của bảng điều khiển Hiệp hội' }).getByRole('link', { name, exact: true });

/** A list item of the page's cards, by the name in its heading. */
const card = (page: Page, name: string): Locator => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name }) });

describe('staff console', () => {
  let page: Page;

  it('sends a signed-out visitor from the footer to sign-in, explains a wrong password, then opens the review queue', async () => {
    newListingId = await submitNewListing(NEW_NAME);
    racedListingId = await submitNewListing(RACED_NAME);
    editedListing = await submitEdit();

    page = await site.open('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Dành cho Hiệp hội' }).click();
    await page.waitForURL(/\/staff\/sign-in$/);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập dành cho cán bộ Hiệp hội' }).waitFor();
    expect(await page.title()).toBe('Đăng nhập dành cho cán bộ Hiệp hội — Mây Việt');
    await capture(page, 'sign-in');

    await page.getByLabel('E-mail').fill(staff.email);
    await page.getByLabel('Mật khẩu').fill('not the password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').filter({ hasText: 'E-mail hoặc mật khẩu không đúng.' }).waitFor();
    expect(page.url()).toMatch(/\/staff\/sign-in$/);

    await page.getByLabel('Mật khẩu').fill(staff.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/staff$/);
    await page.getByRole('heading', { level: 1, name: 'Hàng chờ duyệt' }).waitFor();
    await page.locator('.console__who').getByText(staff.email, { exact: true }).waitFor();
    expect(await page.title()).toBe('Hàng chờ duyệt — Mây Việt');
  });

  it('filters the queue by vendor in the URL and shows what each item changes, field by field and plan by plan', async () => {
    await page.getByLabel('Nhà cung cấp').selectOption('vng-cloud');
    await page.waitForURL(/\/staff\?vendor=vng-cloud$/);
    await page.getByRole('status').filter({ hasText: 'trên 3 mục đang chờ' }).waitFor();

    // Oldest first: the two new listings, then the edit.
    const names = await page.locator('.review-item .listing-item__name').allInnerTexts();
    expect(names).toEqual([NEW_NAME, RACED_NAME, editedListing.name]);

    const added = card(page, NEW_NAME);
    await added.getByText('Dịch vụ mới', { exact: true }).waitFor();
    await added.getByText('Gói 1 TB: 1.250.000 ₫ / tháng (1000 GB lưu trữ)').waitFor();
    await added.getByText('99,9%').waitFor();

    const edit = card(page, editedListing.name);
    await edit.getByText('Chỉnh sửa', { exact: true }).waitFor();
    const summary = edit.locator('.diff__row').filter({ has: page.getByRole('heading', { name: 'Tóm tắt (tiếng Việt)' }) });
    expect(await summary.locator('.diff__side--before p').innerText()).toBe(editedListing.summary);
    expect(await summary.locator('.diff__side--after p').innerText()).toBe(EDITED_SUMMARY);
    await edit.getByRole('heading', { name: `Gói thay đổi: ${editedListing.plan}` }).waitFor();
    // Only what changed is listed.
    expect(await edit.getByRole('heading', { name: 'Tên dịch vụ', exact: true }).count()).toBe(0);

    await page.getByLabel('Loại hình').selectOption('SECURITY');
    await page.waitForURL(/\/staff\?kind=SECURITY&vendor=vng-cloud$/);
    await page.getByText('Không có mục nào chờ duyệt khớp với bộ lọc.').waitFor();
    await page.goBack();
    await page.waitForURL(/\/staff\?vendor=vng-cloud$/);
    await card(page, NEW_NAME).waitFor();
    expect(await page.getByLabel('Loại hình').inputValue()).toBe('');
    await capture(page, 'review-queue');
  });

  it('rejects the edit only with a reason, approves the new listing, and says so when someone else decided first', async () => {
    const edit = card(page, editedListing.name);
    await edit.getByRole('button', { name: `Từ chối “${editedListing.name}”…` }).click();
    // The reason field takes the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await edit.getByRole('button', { name: 'Gửi từ chối' }).click();
    await edit.getByRole('alert').filter({ hasText: 'Hãy ghi lý do để đối tác biết cần sửa gì.' }).waitFor();
    expect(await edit.getByLabel('Lý do từ chối').getAttribute('aria-invalid')).toBe('true');
    await capture(page, 'reject-without-reason');

    const reason = 'Giá gói mới chưa khớp với bảng giá công bố trên trang của VNG Cloud.';
    await edit.getByLabel('Lý do từ chối').fill(reason);
    await edit.getByRole('button', { name: 'Gửi từ chối' }).click();
    await page.getByRole('status').filter({ hasText: `Đã từ chối chỉnh sửa của “${editedListing.name}”` }).waitFor();
    await card(page, editedListing.name).waitFor({ state: 'detached' });

    await card(page, NEW_NAME).getByRole('button', { name: `Duyệt và công bố “${NEW_NAME}”` }).click();
    await page.getByRole('status').filter({ hasText: `Đã duyệt và công bố “${NEW_NAME}”.` }).waitFor();
    await card(page, NEW_NAME).waitFor({ state: 'detached' });

    // Another staff member rejects the last one while this page still shows it.
    const elsewhere = await gql(
      `mutation($id: ID!, $reason: String!) { rejectOffering(id: $id, reason: $reason) { userErrors { code } } }`,
      { id: racedListingId, reason: 'Trùng với một dịch vụ đã có.' },
      staffCookie,
    );
    expect(elsewhere.rejectOffering.userErrors).toEqual([]);
    await card(page, RACED_NAME).getByRole('button', { name: `Duyệt và công bố “${RACED_NAME}”` }).click();
    await page.getByRole('alert').filter({ hasText: `Không quyết định được về “${RACED_NAME}”: Mục này không còn chờ duyệt` }).waitFor();
    await card(page, RACED_NAME).waitFor({ state: 'detached' });
    await page.getByText('Không có mục nào chờ duyệt khớp với bộ lọc.').waitFor();

    // The partner sees both decisions.
    const mine = await gql(`{ myOfferings(first: 100) { nodes { id status rejectionReason pendingRevision { status rejectionReason } } } }`, {}, partnerCookie);
    const byId = (id: string) => mine.myOfferings.nodes.find((node: { id: string }) => node.id === id);
    expect(byId(newListingId)).toMatchObject({ status: 'PUBLISHED', pendingRevision: null });
    expect(byId(editedListing.id)).toMatchObject({ status: 'PUBLISHED', pendingRevision: { status: 'REJECTED', rejectionReason: reason } });
    const published = await gql(`query($slug: String!) { offering(slug: $slug) { summary } }`, {
      slug: (await gql(`query($id: ID!) { node(id: $id) { ... on Offering { slug } } }`, { id: editedListing.id })).node.slug,
    });
    expect(published.offering.summary).toBe(editedListing.summary);
  });

  it('verifies a claimed MIC attestation only once every criterion is met, with the API’s error next to the criteria', async () => {
    const claim = await gql(
      `mutation($input: ClaimAttestationInput!) { claimAttestation(input: $input) { userErrors { code } } }`,
      { input: { frameworkCode: 'MIC-CLOUD-153', evidenceUrl: 'https://vngcloud.vn/chung-nhan/mic-2026.pdf', validUntil: '2027-12-31T00:00:00Z' } },
      partnerCookie,
    );
    expect(claim.claimAttestation.userErrors).toEqual([]);

    await tab(page, 'Xác minh chứng nhận').click();
    await page.getByRole('heading', { level: 1, name: 'Xác minh chứng nhận' }).waitFor();
    expect(await page.title()).toBe('Xác minh chứng nhận — Mây Việt');
    const item = page.getByRole('listitem').filter({ hasText: 'VNG Cloud (toàn doanh nghiệp)' });
    await item.getByRole('link', { name: /https:\/\/vngcloud\.vn\/chung-nhan\/mic-2026\.pdf/ }).waitFor();
    expect(await item.getByLabel('Bằng chứng đã kiểm tra (https://…)').inputValue()).toBe('https://vngcloud.vn/chung-nhan/mic-2026.pdf');

    await item.getByLabel('Nhóm tiêu chí chức năng: số tiêu chí đạt (trên 84)').fill('80');
    await item.getByLabel(/số tiêu chí đạt \(trên 69\)/).fill('69');
    await item.getByRole('button', { name: 'Xác minh', exact: true }).click();
    await item.getByText('Chỉ xác minh được khi đạt mọi tiêu chí; còn thiếu: Nhóm tiêu chí chức năng 80/84.').waitFor();
    await capture(page, 'verification-incomplete');

    await item.getByLabel('Nhóm tiêu chí chức năng: số tiêu chí đạt (trên 84)').fill('84');
    await item.getByRole('button', { name: 'Xác minh', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã xác minh' }).filter({ hasText: 'VNG Cloud (toàn doanh nghiệp)' }).waitFor();
    await item.waitFor({ state: 'detached' });

    const vendor = await gql(`{ vendor(slug: "vng-cloud") { attestations { status criteriaMet verifiedAt framework { code } } } }`);
    expect(vendor.vendor.attestations).toContainEqual(expect.objectContaining({ status: 'VERIFIED', criteriaMet: 153, framework: { code: 'MIC-CLOUD-153' } }));
  });

  it('refuses a claimed attestation only with a reason, which the partner reads, and the claim leaves the queue', async () => {
    const claim = await gql(
      `mutation($input: ClaimAttestationInput!) { claimAttestation(input: $input) { userErrors { code } } }`,
      { input: { frameworkCode: 'PCI-DSS', evidenceUrl: 'https://vngcloud.vn/chung-nhan/pci-dss.pdf', validUntil: '2027-06-30T00:00:00Z' } },
      partnerCookie,
    );
    expect(claim.claimAttestation.userErrors).toEqual([]);
    await page.reload();
    const item = page.getByRole('listitem').filter({ hasText: 'PCI DSS v4.0' }).filter({ hasText: 'VNG Cloud (toàn doanh nghiệp)' });
    await item.getByRole('button', { name: /^Từ chối xác minh Tiêu chuẩn bảo mật dữ liệu thẻ thanh toán PCI DSS v4\.0 của VNG Cloud/ }).click();
    await item.getByRole('button', { name: 'Gửi từ chối' }).click();
    await item.getByRole('alert').filter({ hasText: 'Hãy ghi lý do từ chối xác minh.' }).waitFor();

    const reason = 'Tài liệu là bản tự đánh giá, không phải chứng nhận của tổ chức đánh giá độc lập (QSA).';
    await item.getByLabel('Lý do từ chối xác minh').fill(reason);
    await item.getByRole('button', { name: 'Gửi từ chối' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã từ chối xác minh' }).filter({ hasText: 'PCI DSS v4.0' }).waitFor();
    await item.waitFor({ state: 'detached' });

    const held = await gql(`{ vendor(slug: "vng-cloud") { attestations { status decisionReason framework { code } } } }`, {}, partnerCookie);
    expect(held.vendor.attestations).toContainEqual({ status: 'REVOKED', decisionReason: reason, framework: { code: 'PCI-DSS' } });
  });

  it('suspends an organization, whose listings leave the catalog, lifts it, and archives and restores a listing', async () => {
    const catalogCount = async () =>
      (await gql(`{ offerings(filter: { vendors: ["bizfly-cloud"] }, first: 1) { totalCount } }`)).offerings.totalCount as number;
    const before = await catalogCount();
    expect(before).toBeGreaterThan(0);

    await tab(page, 'Tổ chức đối tác').click();
    await page.getByRole('heading', { level: 1, name: 'Tổ chức đối tác' }).waitFor();
    const bizfly = card(page, 'Bizfly Cloud');
    await bizfly.getByRole('button', { name: 'Tạm ngưng Bizfly Cloud…' }).click();
    await bizfly.getByRole('button', { name: 'Tạm ngưng tổ chức' }).click();
    await bizfly.getByText('Hãy ghi lý do.').waitFor();
    await bizfly.getByLabel('Lý do tạm ngưng').fill('Giấy phép kinh doanh dịch vụ đang được xác minh lại.');
    await bizfly.getByRole('button', { name: 'Tạm ngưng tổ chức' }).click();
    await page.getByRole('status').filter({ hasText: `Đã tạm ngưng Bizfly Cloud: ${before} dịch vụ rời khỏi danh mục.` }).waitFor();
    await bizfly.getByText('Đang tạm ngưng', { exact: true }).waitFor();
    await bizfly.getByText('Giấy phép kinh doanh dịch vụ đang được xác minh lại.').waitFor();
    expect(await catalogCount()).toBe(0);
    await capture(page, 'organizations-suspended');

    await bizfly.getByRole('button', { name: 'Gỡ tạm ngưng Bizfly Cloud' }).click();
    await page.getByRole('dialog', { name: 'Gỡ tạm ngưng Bizfly Cloud?' }).getByRole('button', { name: 'Gỡ tạm ngưng' }).click();
    await page.getByRole('status').filter({ hasText: `Đã gỡ tạm ngưng Bizfly Cloud: ${before} dịch vụ trở lại danh mục.` }).waitFor();
    expect(await catalogCount()).toBe(before);

    await bizfly.getByRole('button', { name: 'Xem dịch vụ đang công bố' }).click();
    const first = (await bizfly.locator('.organization__listings .staff-row a').first().innerText()).trim();
    await bizfly.getByRole('button', { name: `Lưu trữ “${first}”…` }).click();
    await bizfly.getByLabel(`Lý do lưu trữ “${first}”`).fill('Dịch vụ đã ngừng cung cấp theo thông báo của nhà cung cấp.');
    await bizfly.getByRole('button', { name: 'Lưu trữ dịch vụ' }).click();
    await page.getByRole('status').filter({ hasText: `Đã lưu trữ “${first}”` }).waitFor();
    expect(await catalogCount()).toBe(before - 1);
    await bizfly.getByText('Dịch vụ đã ngừng cung cấp theo thông báo của nhà cung cấp.').waitFor();
    await bizfly.getByRole('button', { name: `Khôi phục “${first}”` }).click();
    await page.getByRole('status').filter({ hasText: `Đã khôi phục “${first}”` }).waitFor();
    expect(await catalogCount()).toBe(before);
  });

  it('finds the approval in the audit log by action and target, then pages through everything its actor did', async () => {
    const target = dbId(newListingId);
    await tab(page, 'Nhật ký kiểm tra').click();
    await page.getByRole('heading', { level: 1, name: 'Nhật ký kiểm tra' }).waitFor();
    await page.getByLabel('Thao tác').fill('offerings.UPDATE');
    await page.getByLabel('Mã đối tượng').fill(target);
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/staff/audit' && url.searchParams.get('action') === 'offerings.UPDATE' && url.searchParams.get('targetId') === target);

    const approval = page.locator('.audit-event').filter({ has: page.getByRole('cell', { name: 'PUBLISHED', exact: true }) });
    await approval.waitFor();
    await approval.getByText('Cán bộ Hiệp hội Test staff').waitFor();
    await approval.getByText(staff.id, { exact: true }).waitFor();
    await approval.getByText('VNG Cloud', { exact: true }).waitFor();
    const status = approval.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'status' }) });
    expect(await status.getByRole('cell').allInnerTexts()).toEqual(['IN_REVIEW', 'PUBLISHED']);
    expect(await approval.locator('dd code').last().innerText()).toMatch(/\S/);
    await capture(page, 'audit');

    // Everything this staff member wrote, newest first: more than a page after suspending an organization.
    await approval.getByRole('button', { name: `Chỉ xem sự kiện của người thực hiện ${staff.id}` }).click();
    await page.waitForURL((url) => url.searchParams.get('actorId') === staff.id && !url.searchParams.has('targetId'));
    expect(await page.getByLabel('Người thực hiện', { exact: true }).inputValue()).toBe(staff.id);
    await page.getByRole('status').filter({ hasText: '25 sự kiện trên trang 1' }).waitFor();
    const newest = await page.locator('.audit-event h2').first().innerText();
    await page.getByRole('button', { name: 'Cũ hơn' }).click();
    await page.getByRole('status').filter({ hasText: 'trên trang 2' }).waitFor();
    await page.getByRole('button', { name: 'Mới hơn' }).click();
    await page.getByRole('status').filter({ hasText: '25 sự kiện trên trang 1' }).waitFor();
    expect(await page.locator('.audit-event h2').first().innerText()).toBe(newest);
  });

  it('reorders the featured listings with the keyboard, saves them, and the home page follows', async () => {
    await tab(page, 'Dịch vụ nổi bật').click();
    await page.getByRole('heading', { level: 1, name: 'Dịch vụ nổi bật' }).waitFor();
    await page.getByLabel('Tìm dịch vụ theo tên, nhà cung cấp hoặc danh mục').fill('VNG');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'dịch vụ khớp' }).waitFor();
    await page.getByRole('button', { name: `Thêm “${NEW_NAME}” vào danh sách nổi bật` }).click();
    const names = () => page.locator('.featured-item__name strong').allInnerTexts();
    await expect.poll(async () => (await names()).includes(NEW_NAME)).toBe(true);
    if ((await names()).length < 2) {
      await page.locator('.featured-add').getByRole('button', { name: /^Thêm “/ }).first().click();
    }
    const order = await names();
    const last = order.at(-1)!;

    // Up with the keyboard: the focus stays on the moved listing's button.
    await page.getByRole('button', { name: `Đưa “${last}” lên một bậc` }).focus();
    await page.keyboard.press('Enter');
    const moved = [...order.slice(0, -2), last, order.at(-2)!];
    await expect.poll(names).toEqual(moved);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Đưa “.+” (lên|xuống) một bậc$/);
    await page.getByRole('status').filter({ hasText: `“${last}” ở vị trí ${moved.length - 1} trên ${moved.length}.` }).waitFor();
    await page.getByText('Có thay đổi chưa lưu.').waitFor();
    await capture(page, 'featured');

    await page.getByRole('button', { name: 'Lưu thứ tự' }).click();
    await page.getByRole('status').filter({ hasText: `Đã lưu danh sách nổi bật (${moved.length} dịch vụ).` }).waitFor();
    const featured = await gql(`{ featuredOfferings { name } }`);
    expect(featured.featuredOfferings.map((offering: { name: string }) => offering.name)).toEqual(moved);

    await page.getByRole('link', { name: 'Xem trang chủ' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    for (const name of moved) await page.getByText(name, { exact: true }).first().waitFor();
  });

  it('switches to English', async () => {
    await page.goto(`${site.url}/staff/featured`);
    await page.getByRole('heading', { level: 1, name: 'Dịch vụ nổi bật' }).waitFor();
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Featured listings' }).waitFor();
    expect(await page.title()).toBe('Featured listings — Mây Việt');
    await page.getByRole('navigation', { name: 'Staff console sections' }).getByRole('link', { name: 'Review queue', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    await page.getByLabel('Vendor').waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Association staff' }).waitFor();
    await capture(page, 'english');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/staff\/sign-in$/);
    await page.getByRole('heading', { level: 1, name: 'Association staff sign-in' }).waitFor();
  });

  it('refuses a partner: the page says the console is for association staff, the API says FORBIDDEN', async () => {
    const partnerPage = await site.open('/staff/audit?action=offerings.UPDATE');
    await partnerPage.waitForURL((url) => url.pathname === '/staff/sign-in' && url.searchParams.get('next') === '/audit?action=offerings.UPDATE');
    await partnerPage.getByLabel('E-mail').fill(partnerEmail);
    await partnerPage.getByLabel('Mật khẩu').fill(testPassword);
    await partnerPage.getByRole('button', { name: 'Đăng nhập' }).click();
    await partnerPage.waitForURL((url) => url.pathname === '/staff/audit');
    await partnerPage.getByRole('heading', { level: 1, name: 'Khu vực này dành cho cán bộ Hiệp hội' }).waitFor();
    await partnerPage.getByRole('link', { name: 'Đến bảng điều khiển đối tác của bạn' }).waitFor();
    expect(await partnerPage.getByRole('navigation', { name: 'Các mục của bảng điều khiển Hiệp hội' }).count()).toBe(0);
    await capture(partnerPage, 'not-staff');

    const response = await site.server.gql(`{ reviewQueue { totalCount } }`, {}, { cookie: partnerCookie });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('links a staff member who opens the partner console to the staff console', async () => {
    const other = await site.open('/console/sign-in');
    await other.getByLabel('E-mail').fill(staff.email);
    await other.getByLabel('Mật khẩu').fill(staff.password);
    await other.getByRole('button', { name: 'Đăng nhập' }).click();
    await other.getByRole('link', { name: 'Mở bảng điều khiển dành cho ban quản trị' }).click();
    await other.waitForURL(/\/staff$/);
    await other.getByRole('heading', { level: 1, name: 'Hàng chờ duyệt' }).waitFor();
  });
});
