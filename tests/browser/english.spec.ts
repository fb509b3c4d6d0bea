import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createUser, signIn } from '../support/accounts.ts';
import { startSite, type Site } from '../support/browser.ts';
import { roomyBudget } from '../support/server.ts';

// The English site shows a listing's English texts where the partner gave them, and otherwise its
// Vietnamese text marked lang="vi", so screen readers and search engines read it as Vietnamese.

const WIDTHS = [1366, 390];

let site: Site;
/** A seeded listing with every English text. */
let seeded: { slug: string; name: string; nameEn: string; summaryEn: string; descriptionEn: string; description: string };
/** A partner's listing with an English name only. */
const partial = {
  name: 'Máy chủ ảo Chim Én',
  nameEn: 'Swallow virtual servers',
  summary: 'Máy chủ ảo giá rẻ cho cửa hàng nhỏ.',
  description: 'Máy chủ ảo chạy tại Cần Thơ, sao lưu hằng đêm.',
};
let partialSlug: string;

beforeAll(async () => {
  site = await startSite({ ...roomyBudget });
  const { data } = await site.server.gql(`{ offering(slug: "viettel-cloud-server") { slug name nameEn summaryEn description descriptionEn } }`);
  seeded = data.offering;
  expect(seeded.nameEn).toBeTruthy();
  expect(seeded.descriptionEn).toBeTruthy();

  const mekong = { authorization: `Bearer ${(await createKey(site.server.database, 'mekong-cloud', ['listings:write'])).key}` };
  const staff = { cookie: await signIn(site.server, (await createUser(site.server.database, { staff: true })).email) };
  const dataCenterIds = (await site.server.gql(`{ vendor(slug: "mekong-cloud") { dataCenters { id } } }`)).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
  const created = await site.server.gql(
    `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id slug } userErrors { code } } }`,
    { input: { ...partial, kind: 'IAAS', categorySlug: 'compute', dataCenterIds, plans: [{ name: 'Gói nhỏ', price: '150000', unit: 'MONTH' }] } },
    mekong,
  );
  expect(created.data.createOffering.userErrors).toEqual([]);
  const { id, slug } = created.data.createOffering.offering;
  partialSlug = slug;
  await site.server.gql(`mutation($id: ID!) { submitOffering(id: $id) { userErrors { code } } }`, { id }, mekong);
  const approved = await site.server.gql(`mutation($id: ID!) { approveOffering(id: $id) { userErrors { code } } }`, { id }, staff);
  expect(approved.data.approveOffering.userErrors).toEqual([]);
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

/**
 * Opens `path` on the English site, the way the site chooses its language today: the language stored
 * by the header's switch. (The one place to change when the language moves into the address.)
 */
function openInEnglish(path: string, width: number): Promise<Page> {
  return site.open(path, { width, lang: 'en' });
}

/** Said above a description shown in Vietnamese on the English page. */
const inVietnameseOnly = 'The vendor describes it in Vietnamese only.';

/** The language an element is read in: its own lang or its closest ancestor's. */
const langOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.closest('[lang]')?.getAttribute('lang') ?? null);

describe('the English site', () => {
  for (const width of WIDTHS) {
    it(`(${width}px) shows a listing's English name and description on its page, in English`, async () => {
      const page = await openInEnglish(`/offerings/${seeded.slug}`, width);
      await page.locator('h1', { hasText: seeded.nameEn }).waitFor();
      expect(await page.locator('h1').innerText()).toBe(seeded.nameEn);
      expect(await langOf(page, 'h1')).toBe('en');
      const description = page.locator('.offering-page .prose');
      expect(await description.innerText()).toBe(seeded.descriptionEn);
      expect(await langOf(page, '.offering-page .prose')).toBe('en');
      expect(await page.getByText(seeded.description).count()).toBe(0);
      expect(await page.getByText(inVietnameseOnly).count()).toBe(0);
      expect(await page.locator('.offering-page .page__lead').innerText()).toBe(seeded.summaryEn);
    });

    it(`(${width}px) shows the English name and summary on a catalogue card`, async () => {
      const page = await openInEnglish(`/catalog?q=${encodeURIComponent(seeded.name)}`, width);
      const card = page.locator('.offering-card', { has: page.locator(`a[href$="/offerings/${seeded.slug}"]`) }).first();
      await card.waitFor();
      expect(await card.locator('.offering-card__name').innerText()).toBe(seeded.nameEn);
      expect(await card.locator('.offering-card__summary').innerText()).toBe(seeded.summaryEn);
      expect(await card.locator('[lang="vi"]').count()).toBe(0);
    });

    it(`(${width}px) falls back to the Vietnamese text, marked lang="vi", where a listing has no English`, async () => {
      const page = await openInEnglish(`/offerings/${partialSlug}`, width);
      await page.locator('h1', { hasText: partial.nameEn }).waitFor();
      expect(await langOf(page, 'h1')).toBe('en');
      const description = page.locator('.offering-page [lang="vi"]', { hasText: partial.description });
      expect(await description.count()).toBe(1);
      await page.getByText(inVietnameseOnly).waitFor();
      const summary = page.locator('.offering-page .page__lead [lang="vi"]');
      expect(await summary.innerText()).toBe(partial.summary);
      expect(await page.locator('.plan__name [lang="vi"]').innerText()).toBe('Gói nhỏ');

      const catalogue = await openInEnglish(`/catalog?q=${encodeURIComponent('Chim Én')}`, width);
      const card = catalogue.locator('.offering-card', { has: catalogue.locator(`a[href$="/offerings/${partialSlug}"]`) });
      await card.waitFor();
      expect(await card.locator('.offering-card__name').innerText()).toBe(partial.nameEn);
      expect(await card.locator('.offering-card__summary [lang="vi"]').innerText()).toBe(partial.summary);
    });
  }

  it('shows the Vietnamese texts, unmarked, on the Vietnamese site', async () => {
    const page = await site.open(`/offerings/${partialSlug}`);
    await page.locator('h1', { hasText: partial.name }).waitFor();
    expect(await page.locator('.offering-page [lang]').count()).toBe(0);
    expect(await langOf(page, '.offering-page .prose')).toBe('vi');
  });
});
