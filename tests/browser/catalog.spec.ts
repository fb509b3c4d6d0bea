import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutShifts, offeringNames, screenshot, startSite, type Site } from '../support/browser.ts';
import { pathInLang } from '../../packages/web/src/i18n/language-path.ts';
import { roomyBudget } from '../support/server.ts';

let site: Site;
beforeAll(async () => {
  // Many views in quick succession from one address: the budget over time is budget.spec.ts's.
  site = await startSite({ ...roomyBudget });
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

const status = (page: Page) => page.locator('.catalog__status');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Tìm trong danh mục' });
const checkbox = (page: Page, label: RegExp) => page.getByRole('checkbox', { name: label });

/** Waits until the result status reads `text`, then returns the names listed. */
async function resultsFor(page: Page, text: RegExp): Promise<string[]> {
  await status(page).filter({ hasText: text }).waitFor();
  await page.locator('.card-grid:not(.is-updating)').waitFor();
  return offeringNames(page);
}

describe('catalog', () => {
  it('finds the same offerings for “máy chủ” and “may chu”, searching as the user types', async () => {
    const page = await site.open('/catalog');
    await resultsFor(page, /^\d+ dịch vụ$/);

    await searchBox(page).pressSequentially('máy chủ', { delay: 20 });
    const withDiacritics = await resultsFor(page, /dịch vụ phù hợp với “máy chủ”/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('máy chủ');

    await searchBox(page).fill('may chu');
    const without = await resultsFor(page, /dịch vụ phù hợp với “may chu”/);

    expect(withDiacritics.length).toBeGreaterThan(0);
    expect(without).toEqual(withDiacritics);
    expect(withDiacritics.some((name) => /máy chủ/i.test(name))).toBe(true);
  });

  it('keeps facet choices in the address: reload, a fresh browser and Back reproduce each view', async () => {
    const { data } = await site.server.gql(`{
      all: offerings { totalCount }
      compute: offerings(filter: { categories: ["compute"] }) { totalCount }
      both: offerings(filter: { categories: ["compute"], vendors: ["viettel-idc"] }) { totalCount }
    }`);
    const counted = (n: number) => new RegExp(`^${n} dịch vụ$`);
    expect(data.both.totalCount).toBeGreaterThan(0);
    expect(data.both.totalCount).toBeLessThan(data.compute.totalCount);
    const page = await site.open('/catalog');
    await resultsFor(page, counted(data.all.totalCount));

    await checkbox(page, /^Máy chủ ảo/).check();
    await page.waitForURL(/category=compute/);
    const computeOnly = await resultsFor(page, counted(data.compute.totalCount));
    await checkbox(page, /^Viettel IDC/).check();
    await page.waitForURL(/category=compute&vendor=viettel-idc/);
    const names = await resultsFor(page, counted(data.both.totalCount));
    const chosenUrl = page.url();

    await page.reload();
    expect(await resultsFor(page, counted(data.both.totalCount))).toEqual(names);
    expect(await checkbox(page, /^Máy chủ ảo/).isChecked()).toBe(true);
    expect(await checkbox(page, /^Viettel IDC/).isChecked()).toBe(true);

    const fresh = await site.open(new URL(chosenUrl).pathname + new URL(chosenUrl).search);
    expect(await resultsFor(fresh, counted(data.both.totalCount))).toEqual(names);
    expect(await checkbox(fresh, /^Viettel IDC/).isChecked()).toBe(true);

    await page.goBack();
    await page.waitForURL((url) => url.search === '?category=compute');
    expect(await resultsFor(page, counted(data.compute.totalCount))).toEqual(computeOnly);
    expect(await checkbox(page, /^Viettel IDC/).isChecked()).toBe(false);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/catalog' && url.search === '');
    await resultsFor(page, counted(data.all.totalCount));
    expect(await checkbox(page, /^Máy chủ ảo/).isChecked()).toBe(false);
  });

  it('combines two values of one facet with OR, and counts each', async () => {
    const page = await site.open('/catalog');
    await resultsFor(page, /^\d+ dịch vụ$/);
    const count = async (label: RegExp) => Number(await checkbox(page, label).locator('xpath=..').locator('.check__count').innerText());
    const compute = await count(/^Máy chủ ảo/);
    const blockStorage = await count(/^Lưu trữ khối/);

    await checkbox(page, /^Máy chủ ảo/).check();
    await page.waitForURL(/category=compute/);
    await checkbox(page, /^Lưu trữ khối/).check();
    await page.waitForURL(/category=compute&category=block-storage/);
    await resultsFor(page, new RegExp(`^${compute + blockStorage} dịch vụ$`));
  });

  it('filters by residency, price, SLA and verified MIC compliance, all kept in the address', async () => {
    const page = await site.open('/catalog');
    await resultsFor(page, /^\d+ dịch vụ$/);
    await checkbox(page, /Chỉ dữ liệu lưu tại Việt Nam/).check();
    await page.getByRole('radio', { name: /^Bộ tiêu chí kỹ thuật nền tảng điện toán đám mây/ }).check();
    await page.getByLabel('Giá tháng tối đa').selectOption('1000000');
    await page.getByLabel('SLA tối thiểu').selectOption('99.95');
    await page.waitForURL(/vn=1&max=1000000&sla=99.95&cert=MIC-CLOUD-153/);
    const { data } = await site.server.gql(
      `{ offerings(first: 20, filter: { dataInVietnam: true, maxMonthlyPrice: "1000000", minSlaAvailability: "99.95", verifiedFramework: "MIC-CLOUD-153" }) { totalCount nodes { name } } }`,
    );
    expect(data.offerings.totalCount).toBeGreaterThan(0);
    const names = await resultsFor(page, new RegExp(`^${data.offerings.totalCount} dịch vụ$`));
    expect(names).toEqual(data.offerings.nodes.map((node: { name: string }) => node.name));

    await page.getByRole('button', { name: 'Xoá tất cả bộ lọc' }).first().click();
    await page.waitForURL((url) => url.search === '');
  });

  it('pages forward and back by cursor, and a page link opened elsewhere shows the same page', async () => {
    const page = await site.open('/catalog');
    const first = await resultsFor(page, /^\d+ dịch vụ$/);
    expect(first).toHaveLength(20);

    await page.getByRole('link', { name: 'Trang sau' }).click();
    await page.waitForURL(/after=.+&page=2/);
    await status(page).filter({ hasText: 'Đang xem 21–40' }).waitFor();
    const second = await offeringNames(page);
    expect(second[0]).not.toBe(first[0]);

    const fresh = await site.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await status(fresh).filter({ hasText: 'Đang xem 21–40' }).waitFor();
    expect(await offeringNames(fresh)).toEqual(second);

    await page.getByRole('link', { name: 'Trang sau' }).click();
    await page.waitForURL(/page=3/);
    await status(page).filter({ hasText: 'Đang xem 41–60' }).waitFor();
    await page.getByRole('link', { name: 'Trang trước' }).click();
    await page.waitForURL(/page=2/);
    expect(await resultsFor(page, /Đang xem 21–40/)).toEqual(second);
    await page.getByRole('link', { name: 'Trang trước' }).click();
    await page.waitForURL((url) => url.search === '');
    expect(await resultsFor(page, /^\d+ dịch vụ$/)).toEqual(first);
  });

  it('explains an empty result and offers to clear the filters', async () => {
    const page = await site.open('/catalog?q=zzqxw&vendor=misa');
    await page.getByRole('heading', { name: 'Không tìm thấy dịch vụ phù hợp' }).waitFor();
    await page.getByText('Không có kết quả cho “zzqxw”.').waitFor();
    await page.locator('.notice').getByRole('button', { name: 'Xoá tất cả bộ lọc' }).click();
    await page.waitForURL((url) => url.search === '?q=zzqxw');
  });

  it('explains a page link whose cursor no longer fits and leads back to the first page', async () => {
    const page = await site.open('/catalog?kind=iaas&after=not-a-cursor&page=3');
    await page.getByRole('heading', { name: 'Trang kết quả này không còn hợp lệ' }).waitFor();
    await page.locator('.notice').getByRole('link', { name: 'Về trang đầu' }).click();
    await page.waitForURL((url) => url.search === '?kind=iaas');
    await resultsFor(page, /^\d+ dịch vụ$/);
  });

  it('can be used from the keyboard: skip link, then a facet toggled with Space', async () => {
    const page = await site.open('/catalog');
    await resultsFor(page, /^\d+ dịch vụ$/);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Chuyển đến nội dung chính' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await checkbox(page, /^Hạ tầng \(IaaS\)/).focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/kind=iaas/);
    expect(await checkbox(page, /^Hạ tầng \(IaaS\)/).isChecked()).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 13: units on prices, prices compared within a unit, filter chips, every verified framework,
// numbered pages, a search as long as the API takes.

const WIDE = 1366;
const PHONE = 390;
const WIDTHS = [WIDE, PHONE];
const LANGS = ['vi', 'en'] as const;
type Lang = (typeof LANGS)[number];
const text = (value: string) => value.replace(/\s+/g, ' ').trim();
/** An offering's name as the site shows it in `lang`: the English one where it has one. */
const shownName = (node: { name: string; nameEn: string | null }, lang: Lang) => (lang === 'en' ? (node.nameEn ?? node.name) : node.name);

/** How a buyer must read a price, written out here independently of the site's code. */
const unitWords: Record<Lang, Record<string, string>> = {
  vi: { MONTH: '/ tháng', HOUR: '/ giờ', GB_MONTH: '/ GB / tháng', USER_MONTH: '/ người dùng / tháng', ONE_TIME: 'trả một lần' },
  en: { MONTH: '/ month', HOUR: '/ hour', GB_MONTH: '/ GB / month', USER_MONTH: '/ user / month', ONE_TIME: 'one-time' },
};
const money = (amount: string) => text(new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(Number(amount)));
const priced = (amount: string, unit: string, lang: Lang) => `${money(amount)} ${unitWords[lang][unit]}`;
const from: Record<Lang, string> = { vi: 'Từ', en: 'From' };

/** Every offering's lowest price and unit, by the name shown in `lang`, from the API. */
async function pricesByName(lang: Lang): Promise<Map<string, { amount: string; unit: string }>> {
  const { data } = await site.server.gql(`{ offerings(first: 100) { totalCount nodes { name nameEn lowestPrice { price { amount } unit } } } }`);
  expect(data.offerings.totalCount).toBeLessThanOrEqual(100);
  return new Map(data.offerings.nodes.map((node: any) => [shownName(node, lang), { amount: node.lowestPrice.price.amount, unit: node.lowestPrice.unit }]));
}

/** Every card on the page shows its offering's lowest price with its unit. */
async function expectCardsPriced(page: Page, lang: Lang) {
  const prices = await pricesByName(lang);
  const cards = page.locator('.offering-card');
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) {
    const name = await card.locator('.offering-card__name').innerText();
    const price = prices.get(name)!;
    expect(text(await card.locator('.offering-card__price').innerText()), name).toBe(`${from[lang]} ${priced(price.amount, price.unit, lang)}`);
  }
}

describe('catalogue prices carry their units (issue 13)', () => {
  for (const width of WIDTHS) {
    for (const lang of LANGS) {
      it(`labels prices per GB, per user, per month and one-time on cards, home, vendor and offering pages (${width} px, ${lang})`, async () => {
        const catalog = await site.open('/catalog?q=bizfly+backup', { width, lang });
        const backup = catalog.locator('.offering-card').filter({ hasText: 'Bizfly Backup' });
        await backup.waitFor();
        expect(text(await backup.locator('.offering-card__price').innerText())).toBe(
          lang === 'vi' ? 'Từ 500 ₫ / GB / tháng' : 'From 500 ₫ / GB / month',
        );
        await expectCardsPriced(catalog, lang);
        await screenshot(catalog, `i13-catalog-units-${lang}-${width}`);

        const mail = await site.open('/catalog?q=th%C6%B0+%C4%91i%E1%BB%87n+t%E1%BB%AD+viettel', { width, lang });
        await mail.locator('.offering-card').first().waitFor();
        await expectCardsPriced(mail, lang);
        const scan = await site.open('/catalog?q=bkav+r%C3%A0+qu%C3%A9t', { width, lang });
        const oneTime = scan.locator('.offering-card').filter({ hasText: lang === 'vi' ? 'BKAV — rà quét lỗ hổng bảo mật' : 'BKAV — security vulnerability scanning' });
        await oneTime.waitFor();
        expect(text(await oneTime.locator('.offering-card__price').innerText())).toBe(
          lang === 'vi' ? 'Từ 30.000.000 ₫ trả một lần' : 'From 30.000.000 ₫ one-time',
        );

        const home = await site.open('/', { width, lang });
        await home.locator('.offering-card').first().waitFor();
        await expectCardsPriced(home, lang);

        const vendor = await site.open('/vendors/bizfly-cloud', { width, lang });
        await vendor.locator('.offering-card').first().waitFor();
        await expectCardsPriced(vendor, lang);

        const offering = await site.open('/offerings/misa-accounting-self-hosted', { width, lang });
        await offering.locator('.plan__price').first().waitFor();
        const prices = (await offering.locator('.plan__price').allInnerTexts()).map(text);
        expect(prices).toEqual(lang === 'vi' ? ['500.000 ₫ / tháng', '12.000.000 ₫ trả một lần'] : ['500.000 ₫ / month', '12.000.000 ₫ one-time']);
        const hourly = await site.open('/offerings/vnpt-vm-hourly', { width, lang });
        await hourly.locator('.plan__price').first().waitFor();
        expect(text(await hourly.locator('.plan__price').first().innerText())).toBe(lang === 'vi' ? '320 ₫ / giờ' : '320 ₫ / hour');
        await screenshot(offering, `i13-offering-units-${lang}-${width}`);
      });
    }
  }

  it('compares prices within one unit: price sorts say so and offer each unit, which then sorts like with like', async () => {
    for (const [width, lang] of [[WIDE, 'vi'], [PHONE, 'en']] as const) {
      const page = await site.open('/catalog?sort=price-asc', { width, lang });
      const hint = page.locator('.catalog__unit-hint');
      await hint.waitFor();
      expect(text(await hint.innerText())).toContain(
        lang === 'vi' ? 'Giá được so theo đơn vị tính của từng dịch vụ' : 'Prices are compared per unit, as each offering is billed',
      );
      await screenshot(page, `i13-catalog-unit-hint-${lang}-${width}`);
      await hint.getByRole('button', { name: lang === 'vi' ? /^Theo GB mỗi tháng/ : /^Per GB per month/ }).click();
      await page.waitForURL(/unit=gb-month/);
      await page.locator('.card-grid:not(.is-updating)').waitFor();
      await hint.waitFor({ state: 'detached' });
      const cards = (await page.locator('.offering-card__price').allInnerTexts()).map(text);
      expect(cards.length).toBeGreaterThan(3);
      expect(cards.every((card) => card.endsWith(unitWords[lang].GB_MONTH!))).toBe(true);
      const amounts = cards.map((card) => Number(card.replace(/\D/g, '')));
      expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
      const { data } = await site.server.gql(`{ offerings(filter: { billingUnits: [GB_MONTH] }, sort: PRICE_ASC, first: 20) { totalCount nodes { name nameEn } } }`);
      expect(await offeringNames(page)).toEqual(data.offerings.nodes.map((node: { name: string; nameEn: string | null }) => shownName(node, lang)));
    }
  });
});

describe('catalogue filters (issue 13)', () => {
  for (const width of WIDTHS) {
    it(`shows each active filter as a chip that removes only itself, and clears all (${width} px)`, async () => {
      const page = await site.open('/catalog?category=compute&vendor=viettel-idc&vendor=vnpt-it&vn=1&sla=99.9&max=5000000&cert=MIC-CLOUD-153&unit=month', { width });
      const chips = page.getByRole('region', { name: 'Bộ lọc đang dùng' });
      await chips.getByRole('button', { name: 'Bỏ lọc: VNPT IT' }).waitFor();
      await chips.getByRole('button', { name: /^Bỏ lọc: Đã xác minh: Bộ tiêu chí/ }).waitFor();
      expect((await chips.locator('.filter-chip').allInnerTexts()).map(text)).toEqual([
        'Máy chủ ảo',
        'Viettel IDC',
        'VNPT IT',
        'Theo tháng',
        'Chỉ dữ liệu lưu tại Việt Nam',
        'Giá đến 5.000.000 ₫',
        'SLA từ 99,9%',
        'Đã xác minh: Bộ tiêu chí kỹ thuật nền tảng điện toán đám mây phục vụ Chính phủ điện tử',
      ]);
      expect(await chips.isVisible()).toBe(true);
      await screenshot(page, `i13-catalog-chips-vi-${width}`);

      await chips.getByRole('button', { name: 'Bỏ lọc: VNPT IT' }).click();
      await page.waitForURL((url) => !url.search.includes('vnpt-it'));
      const url = new URL(page.url());
      expect(url.searchParams.getAll('vendor')).toEqual(['viettel-idc']);
      expect(url.searchParams.getAll('category')).toEqual(['compute']);
      expect([url.searchParams.get('vn'), url.searchParams.get('sla'), url.searchParams.get('max'), url.searchParams.get('cert'), url.searchParams.get('unit')]).toEqual(
        ['1', '99.9', '5000000', 'MIC-CLOUD-153', 'month'],
      );
      const { data } = await site.server.gql(`{ offerings(filter: { categories: ["compute"], vendors: ["viettel-idc"], dataInVietnam: true,
        minSlaAvailability: "99.9", maxMonthlyPrice: "5000000", verifiedFramework: "MIC-CLOUD-153", billingUnits: [MONTH] }) { totalCount } }`);
      await resultsFor(page, new RegExp(`^${data.offerings.totalCount} dịch vụ$`));

      await chips.getByRole('button', { name: 'Bỏ lọc: SLA từ 99,9%' }).click();
      await page.waitForURL((url) => !url.search.includes('sla='));
      expect(new URL(page.url()).searchParams.getAll('vendor')).toEqual(['viettel-idc']);

      await chips.getByRole('button', { name: 'Xoá tất cả bộ lọc' }).click();
      await page.waitForURL((url) => url.search === '');
      await chips.waitFor({ state: 'detached' });

      const english = await site.open('/catalog?q=cloud&kind=iaas&city=H%C3%A0+N%E1%BB%99i&cert=ISO-27001', { width, lang: 'en' });
      const englishChips = english.getByRole('region', { name: 'Active filters' });
      await englishChips.getByRole('button', { name: 'Remove filter: Hà Nội' }).waitFor();
      await englishChips.getByRole('button', { name: /^Remove filter: Verified: ISO\/IEC 27001/ }).waitFor();
      expect((await englishChips.locator('.filter-chip').allInnerTexts()).map(text)).toEqual([
        'Infrastructure (IaaS)',
        'Hà Nội',
        'Verified: ISO/IEC 27001:2022 — Information security management systems',
      ]);
      await screenshot(english, `i13-catalog-chips-en-${width}`);
      await englishChips.getByRole('button', { name: 'Remove filter: Hà Nội' }).click();
      await english.waitForURL((url) => url.search === '?q=cloud&kind=iaas&cert=ISO-27001');
    });
  }

  it('offers every framework with a verified, unexpired attestation, and filters by each', async () => {
    const { data } = await site.server.gql(`{ complianceFrameworks(verifiedOnly: true) { code name nameEn } }`);
    const frameworks = data.complianceFrameworks as { code: string; name: string; nameEn: string }[];
    expect(frameworks.map((f) => f.code).sort()).toEqual(['ISO-27001', 'MIC-CLOUD-153', 'UPTIME-TIER-III']);
    for (const lang of LANGS) {
      const page = await site.open('/catalog', { width: lang === 'vi' ? WIDE : PHONE, lang });
      if (lang === 'en') await page.getByRole('button', { name: /^Filters/ }).click();
      const group = page.getByRole('radiogroup', { name: lang === 'vi' ? 'Chứng nhận đã xác minh' : 'Verified certification' });
      await group.waitFor();
      const labels = (await group.locator('label').allInnerTexts()).map(text);
      expect(labels).toEqual([lang === 'vi' ? 'Không yêu cầu' : 'Not required', ...frameworks.map((f) => (lang === 'vi' ? f.name : f.nameEn))]);
      for (const framework of frameworks) {
        await group.getByRole('radio', { name: lang === 'vi' ? framework.name : framework.nameEn }).check();
        await page.waitForURL((url) => url.searchParams.get('cert') === framework.code);
        const expected = await site.server.gql(`query($code: String) { offerings(filter: { verifiedFramework: $code }) { totalCount nodes { name nameEn } } }`, {
          code: framework.code,
        });
        const names = await resultsFor(page, new RegExp(`^${expected.data.offerings.totalCount} ${lang === 'vi' ? 'dịch vụ' : 'services'}$`));
        expect(names).toEqual(expected.data.offerings.nodes.map((node: { name: string; nameEn: string | null }) => shownName(node, lang)));
      }
      await screenshot(page, `i13-catalog-frameworks-${lang}`);
    }
    // an old link to the MIC filter still works
    const old = await site.open('/catalog?mic=1');
    expect(await old.getByRole('radio', { name: frameworks.find((f) => f.code === 'MIC-CLOUD-153')!.name }).isChecked()).toBe(true);
  });
});

describe('catalogue pages (issue 13)', () => {
  for (const [width, lang] of [[WIDE, 'vi'], [PHONE, 'en']] as const) {
    it(`says "21–40 of N" and jumps by page number, also from a page opened by link (${width} px, ${lang})`, async () => {
      const { data } = await site.server.gql(`{ offerings(first: 100) { totalCount nodes { name nameEn } } }`);
      const total: number = data.offerings.totalCount;
      const all: string[] = data.offerings.nodes.map((node: { name: string; nameEn: string | null }) => shownName(node, lang));
      const last = Math.ceil(total / 20);
      expect(last).toBeGreaterThanOrEqual(4);
      const of = (a: number, b: number) => (lang === 'vi' ? `${a}–${b} trên ${total}` : `${a}–${b} of ${total}`);
      const pageLink = (page: Page, n: number) => page.getByRole('navigation', { name: lang === 'vi' ? 'Phân trang' : 'Pagination' }).getByRole('link', { name: lang === 'vi' ? `Trang ${n}` : `Page ${n}`, exact: true });
      const range = (page: Page) => page.locator('.pagination__range');

      const page = await site.open('/catalog', { width, lang });
      await range(page).filter({ hasText: of(1, 20) }).waitFor();
      await pageLink(page, 3).click();
      await page.waitForURL(/after=.+&page=3/);
      await range(page).filter({ hasText: of(41, 60) }).waitFor();
      await page.locator('.card-grid:not(.is-updating)').waitFor();
      expect(await offeringNames(page)).toEqual(all.slice(40, 60));
      expect(await page.locator('.pagination [aria-current="page"]').innerText()).toBe('3');
      await screenshot(page, `i13-catalog-pages-${lang}-${width}`);

      const fresh = await site.open(new URL(page.url()).pathname + new URL(page.url()).search, { width, lang });
      await range(fresh).filter({ hasText: of(41, 60) }).waitFor();
      await fresh.getByRole('link', { name: lang === 'vi' ? 'Trang trước' : 'Previous page' }).click();
      await fresh.waitForURL(/page=2/);
      await range(fresh).filter({ hasText: of(21, 40) }).waitFor();
      await fresh.locator('.card-grid:not(.is-updating)').waitFor();
      expect(await offeringNames(fresh)).toEqual(all.slice(20, 40));

      await pageLink(fresh, last).click();
      await fresh.waitForURL(new RegExp(`page=${last}`));
      await range(fresh).filter({ hasText: of((last - 1) * 20 + 1, total) }).waitFor();
      await fresh.locator('.card-grid:not(.is-updating)').waitFor();
      expect(await offeringNames(fresh)).toEqual(all.slice((last - 1) * 20));
      await pageLink(fresh, 1).click();
      await fresh.waitForURL((url) => url.search === '');
      await range(fresh).filter({ hasText: of(1, 20) }).waitFor();
    });
  }
});

describe('a long search (issue 13)', () => {
  for (const [width, lang] of [[WIDE, 'vi'], [PHONE, 'en']] as const) {
    it(`keeps the search box to the API's 200 characters, and shows the API's own words when it refuses (${width} px, ${lang})`, async () => {
      const long = `${'máy chủ '.repeat(31)}lưu trữ`;
      expect(long.length).toBeGreaterThan(250);
      const page = await site.open('/catalog', { width, lang });
      const box = page.getByRole('searchbox', { name: lang === 'vi' ? 'Tìm trong danh mục' : 'Search the catalog' });
      await box.click();
      await page.keyboard.insertText(long);
      expect((await box.inputValue()).length).toBe(200);
      await status(page).filter({ hasText: lang === 'vi' ? 'phù hợp với' : 'matching' }).waitFor();
      expect(await page.getByRole('heading', { name: lang === 'vi' ? 'Không kết nối được với máy chủ' : 'Cannot reach the server' }).count()).toBe(0);

      const refused = await site.server.gql(`query($q: String) { offerings(query: $q) { totalCount } }`, { q: long });
      const words = refused.errors![0]!.message;
      expect(words).toBe('`query` is at most 200 characters.');
      const linked = await site.open(`/catalog?q=${encodeURIComponent(long)}`, { width, lang });
      const notice = linked.locator('.notice');
      await notice.getByRole('heading', { name: lang === 'vi' ? 'Không tìm được với yêu cầu này' : 'This search cannot be run' }).waitFor();
      await notice.getByText(words).waitFor();
      expect(await linked.getByRole('heading', { name: lang === 'vi' ? 'Không kết nối được với máy chủ' : 'Cannot reach the server' }).count()).toBe(0);
      await screenshot(linked, `i13-catalog-long-search-${lang}-${width}`);
      await notice.getByRole('button', { name: lang === 'vi' ? 'Xoá từ khoá' : 'Clear the search' }).click();
      await linked.waitForURL((url) => url.search === '');
      await status(linked).filter({ hasText: lang === 'vi' ? /^\d+ dịch vụ$/ : /^\d+ services$/ }).waitFor();
    });
  }
});

describe('the catalogue while it loads', () => {
  // The filters wait on two answers, the catalogue's (its facets) and the verified frameworks'; either may
  // come first, so each order is forced by holding the other answer back until the first has arrived.
  // (A catalogue loaded whole from the server has both; this is the catalogue reached from another page.)
  const operation = (request: Request) => (JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName;
  for (const width of WIDTHS) {
    it(`does not move its filters whichever answer comes first (no layout shift at ${width} px, in Vietnamese and English)`, async () => {
      for (const lang of LANGS) {
        for (const [first, second] of [
          ['Catalog', 'VerifiedFrameworks'],
          ['VerifiedFrameworks', 'Catalog'],
        ]) {
          const page = await site.open('/', { width, lang });
          const firstAnswered = page.waitForResponse((response) => response.url().endsWith('/graphql') && operation(response.request()) === first);
          await page.route('**/graphql', async (route) => {
            if (operation(route.request()) === second) {
              await firstAnswered;
              // Two frames: the first answer is on screen before the second one leaves.
              await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
            }
            await route.continue();
          });
          // Only what follows the navigation is the catalogue's: the home page's own load (its fonts, on a
          // busy machine) is not what this test measures.
          await page.evaluate(async () => {
            await document.fonts.ready;
            (window as unknown as { layoutShifts: unknown[] }).layoutShifts.length = 0;
          });
          // Within the site, as a link would, but with no input that would excuse a shift: a page loaded
          // whole comes with both answers, so the race is the browser's, after navigating.
          await page.evaluate((path) => {
            history.pushState(null, '', path);
            dispatchEvent(new PopStateEvent('popstate'));
          }, pathInLang('/catalog', lang));
          await firstAnswered;
          await page.locator('.catalog__filters .facet').first().waitFor({ state: 'attached' });
          await page.locator('.catalog__filters .filters__choice').waitFor({ state: 'attached' });
          const { shifts } = await layoutShifts(page);
          expect(shifts, `${lang}, ${first} first`).toEqual([]);
          await page.context().close();
        }
      }
    });
  }
});
