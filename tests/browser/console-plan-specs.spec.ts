import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createPartner, testPassword } from '../support/accounts.ts';
import { violations } from '../support/axe.ts';
import { DESKTOP, MOBILE, screenshot, startSite, type Site } from '../support/browser.ts';

// A partner changes one plan's price in the console (updatePlan: the specs stay), then removes a spec: the
// console names the plan and spec saving would delete and sends nothing until the partner agrees.

let site: Site;
let member: { email: string };
let key: Record<string, string>;
let listingId: string;
let page: Page;

const specs = [
  { key: 'vCPU', value: '2' },
  { key: 'RAM', value: '4 GB' },
  { key: 'SSD', value: '60 GB' },
];

beforeAll(async () => {
  site = await startSite();
  member = (await createPartner(site.server.database, 'bizfly-cloud', 'MEMBER')).user;
  key = { authorization: `Bearer ${(await createKey(site.server.database, 'bizfly-cloud', ['listings:read', 'listings:write'])).key}` };
  const dataCenters = (await site.server.gql(`{ vendor(slug: "bizfly-cloud") { dataCenters { id } } }`)).data.vendor.dataCenters;
  const created = await site.server.gql(
    `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id } userErrors { code } } }`,
    {
      input: {
        name: 'Máy chủ ảo Sông Lam',
        summary: 'Máy chủ ảo cho doanh nghiệp.',
        description: 'Máy chủ ảo tại trung tâm dữ liệu trong nước.',
        kind: 'IAAS',
        categorySlug: 'compute',
        dataCenterIds: [dataCenters[0].id],
        plans: ['Gói nhỏ', 'Gói vừa', 'Gói lớn'].map((name, index) => ({ name, price: String(400000 * (index + 1)), unit: 'MONTH', specs })),
      },
    },
    key,
  );
  expect(created.data.createOffering.userErrors).toEqual([]);
  listingId = created.data.createOffering.offering.id;
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

/** The listing as the API has it: its version and each plan's price and specs, by name. */
async function stored() {
  const response = await site.server.gql(
    `query($id: ID!) { myOffering(id: $id) { version plans { name price { amount } specs { key value } } } }`,
    { id: listingId },
    key,
  );
  const listing = response.data.myOffering as { version: number; plans: { name: string; price: { amount: string }; specs: typeof specs }[] };
  return { version: listing.version, plans: Object.fromEntries(listing.plans.map((plan) => [plan.name, plan])) };
}

const plan = (n: number) => page.locator('fieldset.plan-draft').filter({ has: page.locator('legend', { hasText: `Gói ${n}` }) }).first();
const dialog = () => page.getByRole('dialog', { name: 'Lưu sẽ xoá thông số của gói' });

async function noSidewaysScroll(name: string) {
  for (const width of [MOBILE, DESKTOP]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(0);
    await screenshot(page, `console-plan-specs-${name}-${width}`);
  }
}

describe('plan specs in the listing editor', () => {
  it('changes one price without a warning, and the specs stay', async () => {
    page = await site.open(`/console/listings/${encodeURIComponent(listingId)}`, { ready: 'main#main' });
    await page.getByLabel('E-mail').fill(member.email);
    await page.getByLabel('Mật khẩu').fill(testPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sửa: Máy chủ ảo Sông Lam' }).waitFor();
    const before = await stored();

    await plan(2).getByLabel('Giá (VND)').fill('750.000');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    expect(await dialog().isVisible()).toBe(false);
    const after = await stored();
    expect(after.version).toBe(before.version + 1);
    expect(after.plans['Gói vừa']).toEqual({ name: 'Gói vừa', price: { amount: '750000' }, specs });
    expect(Object.values(after.plans).map((p) => p.specs)).toEqual([specs, specs, specs]);
  });

  it('names the plan and spec a save would delete, sends nothing when cancelled, and saves once confirmed', async () => {
    const before = await stored();
    await plan(1).getByRole('button', { name: 'Xoá thông số 2' }).click();
    const save = page.getByRole('button', { name: 'Lưu thay đổi' });
    await save.focus();
    await page.keyboard.press('Enter');
    await dialog().waitFor();
    expect(await dialog().getByRole('listitem').allInnerTexts()).toEqual(['Gói nhỏ: RAM 4 GB']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Quay lại sửa');
    expect(await violations(page)).toEqual([]);
    await noSidewaysScroll('warning');

    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
    expect(await stored()).toEqual(before);
    await save.click();
    await dialog().getByRole('button', { name: 'Quay lại sửa' }).click();
    await dialog().waitFor({ state: 'hidden' });
    expect(await stored()).toEqual(before);

    await save.click();
    await dialog().getByRole('button', { name: 'Vẫn lưu và xoá các thông số này' }).click();
    await expect.poll(async () => (await stored()).version).toBe(before.version + 1);
    await page.getByText('Đã lưu thay đổi.').waitFor();
    const after = await stored();
    expect(after.plans['Gói nhỏ']!.specs).toEqual([specs[0], specs[2]]);
    expect(after.plans['Gói vừa']!.specs).toEqual(specs);
    expect(after.plans['Gói lớn']!.specs).toEqual(specs);
  });
});
