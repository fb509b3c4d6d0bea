import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createUser, signIn } from '../support/accounts.ts';
import { DESKTOP, MOBILE, screenshot, startSite, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

const stackCount = (page: Page) => page.getByTestId('stack-count');
const VND = /^\d{1,3}(\.\d{3})*\u00a0₫$/;

describe('offering page', () => {
  it('shows plans priced in VND, data centers, SLA and attestations', async () => {
    const page = await site.open('/offerings/viettel-cloud-server');
    await page.getByRole('heading', { level: 1, name: 'Điện toán đám mây Viettel — máy chủ ảo Cloud Server' }).waitFor();
    const prices = await page.locator('.plan__price strong').allInnerTexts();
    expect(prices.length).toBeGreaterThan(0);
    for (const price of prices) expect(price).toMatch(VND);
    await page.locator('.dc-list').getByText('Bình Dương', { exact: true }).waitFor();
    await page.getByText('Uptime Tier III').first().waitFor();
    await page.locator('.facts').getByText('99,98%').waitFor();
    await page.locator('.attestation').filter({ hasText: 'Đã xác minh' }).first().waitFor();
    await page.getByText(/Hiệu lực đến \d{2}\/\d{2}\/\d{4}/).first().waitFor();
    expect(await page.title()).toBe('Điện toán đám mây Viettel — máy chủ ảo Cloud Server — Mây Việt');
  });

  it('adds plans to the stack in localStorage and the header counts them, across reloads', async () => {
    const { data } = await site.server.gql('{ offering(slug: "viettel-cloud-server") { plans { id name } } }');
    const [first, second] = data.offering.plans as { id: string; name: string }[];
    const page = await site.open('/offerings/viettel-cloud-server');
    const addButton = (plan: { name: string }) => page.getByRole('button', { name: `Thêm vào bộ giải pháp: ${plan.name}`, exact: true });
    await addButton(first!).waitFor();
    expect(await stackCount(page).innerText()).toBe('0');

    await addButton(first!).click();
    await page.getByRole('status').filter({ hasText: `Đã thêm “${first!.name}” vào bộ giải pháp.` }).waitFor();
    await expect.poll(() => stackCount(page).innerText()).toBe('1');
    await addButton(first!).click();
    await page.getByRole('status').filter({ hasText: '(số lượng: 2)' }).waitFor();
    await addButton(second!).click();
    await expect.poll(() => stackCount(page).innerText()).toBe('2');

    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('mayviet.stack.v1')))!);
    expect(stored).toEqual({
      name: 'Bộ giải pháp của tôi',
      items: [
        { planId: first!.id, quantity: 2 },
        { planId: second!.id, quantity: 1 },
      ],
    });
    await page.reload();
    await expect.poll(() => stackCount(page).innerText()).toBe('2');
    expect(await page.locator('.site-header').getByRole('link', { name: /Bộ giải pháp/ }).getAttribute('href')).toBe('/stack');
  });

  it('counts a stack another page stored under the same key', async () => {
    const stack = { name: 'Sở Y tế', items: [{ planId: 'UGxhbjox', quantity: 3 }, { planId: 'UGxhbjoy', quantity: 1 }, { planId: 'UGxhbjoz', quantity: 2 }] };
    const page = await site.open('/', { storage: { 'mayviet.stack.v1': JSON.stringify(stack) } });
    await expect.poll(() => stackCount(page).innerText()).toBe('3');
  });

  it('links each requirement to the catalog narrowed to what satisfies it', async () => {
    const page = await site.open('/offerings/1office-hrm');
    await page.getByRole('link', { name: 'Tìm dịch vụ đáp ứng yêu cầu này' }).first().click();
    await page.waitForURL(/\/catalog\?category=compute&vendor=/);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('vendor').sort()).toEqual(['cmc-cloud', 'viettel-idc', 'vnpt-it']);
    expect(await page.getByRole('checkbox', { name: /^Máy chủ ảo/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^VNPT IT/ }).isChecked()).toBe(true);
  });
});

describe('vendor page', () => {
  it('shows the profile, data centers, attestations and offerings, which link to their pages', async () => {
    const { data } = await site.server.gql('{ vendor(slug: "viettel-idc") { offerings { totalCount } } }');
    const page = await site.open('/vendors/viettel-idc');
    await page.getByRole('heading', { level: 1, name: 'Viettel IDC' }).waitFor();
    await page.getByText('Doanh nghiệp Việt Nam').waitFor();
    await page.locator('.dc-list').getByText('Hà Nội', { exact: true }).waitFor();
    await page.locator('.attestation').filter({ hasText: 'Bộ tiêu chí kỹ thuật nền tảng điện toán đám mây' }).filter({ hasText: 'Đã xác minh' }).waitFor();
    await page.getByRole('heading', { name: `Dịch vụ (${data.vendor.offerings.totalCount})` }).waitFor();
    expect(await page.locator('.card-grid > li').count()).toBe(data.vendor.offerings.totalCount);

    await page.getByRole('link', { name: 'Điện toán đám mây Viettel — máy chủ ảo Cloud Server', exact: true }).click();
    await page.waitForURL(/\/offerings\/viettel-cloud-server$/);
    await page.getByRole('heading', { level: 1, name: /máy chủ ảo Cloud Server/ }).waitFor();
  });
});

describe('attestations on a vendor page', () => {
  async function gql(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
    const response = await site.server.gql(query, variables, headers);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data)[0] as any;
  }

  it('shows only a verified attestation as met, per group; a claim as under review; refused and expired ones never as met', async () => {
    // The cases: Mekong Cloud's MIC claim of 150 criteria refused by staff, its ISO/IEC 27001 claim of
    // 93 under review beside the seeded certificate that expired in 2025.
    const staff = { cookie: await signIn(site.server, (await createUser(site.server.database, { staff: true })).email) };
    const mekong = { authorization: `Bearer ${(await createKey(site.server.database, 'mekong-cloud', ['listings:write'])).key}` };
    const claim = (frameworkCode: string, criteriaMet: number) =>
      gql(
        `mutation($input: ClaimAttestationInput!) { claimAttestation(input: $input) { attestation { id } userErrors { code } } }`,
        { input: { frameworkCode, evidenceUrl: 'https://mekong.example.vn/evidence.pdf', validUntil: '2030-01-01T00:00:00Z', criteriaMet } },
        mekong,
      );
    const refused = await claim('MIC-CLOUD-153', 150);
    expect(refused.userErrors).toEqual([]);
    expect((await gql(`mutation($id: ID!) { refuseAttestation(id: $id, reason: "Thiếu 3 tiêu chí") { userErrors { code } } }`, { id: refused.attestation.id }, staff)).userErrors).toEqual([]);
    expect((await claim('ISO-27001', 93)).userErrors).toEqual([]);

    const texts = {
      vi: { lead: 'Đã xác minh', claimed: 'Đang chờ xác minh', expired: 'Hết hiệu lực', refused: 'Bị từ chối hoặc thu hồi', met: /Đạt|đạt \d/, groups: ['Nhóm tiêu chí chức năng: đạt 84/84', 'Nhóm tiêu chí an toàn thông tin: đạt 69/69'] },
      en: { lead: 'Verified', claimed: 'Claim under review', expired: 'Expired', refused: 'Refused or revoked', met: /\d+ of \d+/, groups: ['Functional criteria: 84 of 84 met', 'Information security criteria: 69 of 69 met'] },
    };
    for (const lang of ['vi', 'en'] as const) {
      const text = texts[lang];
      const page = await site.open('/vendors/mekong-cloud', { lang });
      const items = page.locator('.attestation');
      await items.first().waitFor();
      const mic = items.filter({ hasText: lang === 'vi' ? 'Bộ tiêu chí kỹ thuật nền tảng điện toán đám mây' : 'Technical criteria for cloud computing platforms' });
      expect(await mic.innerText()).not.toMatch(text.met);
      expect(await mic.innerText()).not.toContain('150');
      await mic.getByText(text.refused, { exact: true }).waitFor();
      const iso = items.filter({ hasText: 'ISO/IEC 27001:2022' });
      expect(await iso.count()).toBe(2);
      const underReview = iso.filter({ hasText: text.claimed });
      await underReview.waitFor();
      expect(await underReview.innerText()).not.toMatch(text.met);
      expect(await underReview.innerText()).not.toContain('93');
      const expired = iso.filter({ hasText: text.expired });
      await expired.waitFor();
      expect(await expired.innerText()).not.toMatch(text.met);
      // Nothing of Mekong Cloud's reads as verified.
      expect(await items.filter({ hasText: text.lead }).count()).toBe(0);
      for (const width of [MOBILE, DESKTOP]) {
        await page.setViewportSize({ width, height: 900 });
        await screenshot(page, `vendor-attestations-${lang}-${width}`);
      }

      const verified = await site.open('/vendors/viettel-idc', { lang });
      const micVerified = verified.locator('.attestation').filter({ hasText: lang === 'vi' ? 'Bộ tiêu chí kỹ thuật nền tảng điện toán đám mây' : 'Technical criteria for cloud computing platforms' });
      await micVerified.getByText(text.lead, { exact: true }).waitFor();
      for (const group of text.groups) await micVerified.getByText(group, { exact: true }).waitFor();
      await verified.setViewportSize({ width: MOBILE, height: 900 });
      await screenshot(verified, `vendor-verified-${lang}-${MOBILE}`);
    }
  });
});

describe('pages that show nothing', () => {
  it('answers an unknown address, offering or vendor with a helpful not-found page', async () => {
    const page = await site.open('/khong-co-trang-nay');
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
    await page.getByText('Địa chỉ /khong-co-trang-nay không có trên Mây Việt.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Xem danh mục dịch vụ' }).waitFor();

    await page.goto(`${site.url}/offerings/khong-ton-tai`);
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy dịch vụ' }).waitFor();
    await page.goto(`${site.url}/vendors/khong-ton-tai`);
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy nhà cung cấp' }).waitFor();
    expect(await page.title()).toBe('Không tìm thấy nhà cung cấp — Mây Việt');
  });

  it('explains that the API is down and recovers when it is back', async () => {
    const page = await site.open('/');
    await page.getByRole('heading', { name: 'Hệ sinh thái qua các con số' }).waitFor();
    await page.context().route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.getByRole('link', { name: 'Danh mục', exact: true }).click();
    await page.getByRole('heading', { name: 'Không kết nối được với máy chủ' }).waitFor();

    await page.context().unroute('**/graphql');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.locator('.catalog__status').filter({ hasText: /^\d+ dịch vụ$/ }).waitFor();
  });
});
