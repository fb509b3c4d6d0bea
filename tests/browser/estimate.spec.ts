// The estimate a buyer signs, as the stack builder and a saved stack's page show it: every price with its
// unit, one-time fees and the first year beside the monthly figures, all equal to what the API computes;
// a page that does not jump while it loads, and a total a phone keeps in view.
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutShifts, screenshot, startSite, type Site } from '../support/browser.ts';
import { plansOf, type PlanInfo } from '../support/stacks.ts';

const WIDE = 1366;
const PHONE = 390;

type Item = { planId: string; quantity: number };
interface Amount {
  amount: string;
}

let site: Site;
let plans: Record<string, PlanInfo[]>;
let names: Record<string, string>;
beforeAll(async () => {
  site = await startSite();
  const slugs = [
    'misa-accounting-self-hosted',
    'viettel-cloud-server',
    'viettel-object-storage',
    'viettel-business-email',
    'cyradar-soc',
    'viettel-gpu-server',
    'fast-accounting-self-hosted',
  ];
  plans = await plansOf(site.server, ...slugs);
  names = {};
  for (const slug of slugs) {
    const { data } = await site.server.gql('query($slug: String!) { offering(slug: $slug) { name } }', { slug });
    names[slug] = data.offering.name;
  }
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

const vnd = (amount: string) => new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(Number(amount));
const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const planNamed = (slug: string, name: string) => plans[slug]!.find((plan) => plan.name === name)!;
const storage = (items: Item[]) => ({ 'mayviet.stack.v1': JSON.stringify({ name: 'Dự toán', items }) });

/** Six lines, one of each billing unit: a one-time licence, servers by the month and by the hour, GB, users. */
function sixLines(): Item[] {
  return [
    { planId: planNamed('misa-accounting-self-hosted', 'Bản quyền').id, quantity: 1 },
    { planId: planNamed('viettel-cloud-server', 'Cloud Server 2 vCPU / 4 GB').id, quantity: 2 },
    { planId: planNamed('viettel-object-storage', 'Tiêu chuẩn theo GB').id, quantity: 500 },
    { planId: planNamed('viettel-business-email', 'Cơ bản').id, quantity: 20 },
    { planId: plans['cyradar-soc']![0]!.id, quantity: 1 },
    { planId: planNamed('viettel-gpu-server', 'GPU 1 × 24 GB theo giờ').id, quantity: 1 },
  ];
}

const money = `monthlyTotal { amount } vat { amount } totalWithVat { amount }
  oneTimeTotal { amount } oneTimeVat { amount } oneTimeTotalWithVat { amount }
  firstYearTotal { amount } firstYearVat { amount } firstYearTotalWithVat { amount }
  vendorSubtotals { vendor { name } monthlyCost { amount } oneTimeCost { amount } firstYearCost { amount } }`;

interface Evaluation {
  monthlyTotal: Amount;
  vat: Amount;
  totalWithVat: Amount;
  oneTimeTotal: Amount;
  oneTimeVat: Amount;
  oneTimeTotalWithVat: Amount;
  firstYearTotal: Amount;
  firstYearVat: Amount;
  firstYearTotalWithVat: Amount;
  vendorSubtotals: { vendor: { name: string }; monthlyCost: Amount; oneTimeCost: Amount; firstYearCost: Amount }[];
}

async function evaluate(items: Item[]): Promise<Evaluation> {
  const response = await site.server.gql(`query($items: [StackItemInput!]!) { evaluateStack(items: $items) { ${money} } }`, { items });
  expect(response.errors).toBeUndefined();
  return response.data.evaluateStack;
}

/** Waits until the page shows an evaluation and nothing is being recalculated. */
async function settled(page: Page) {
  await page.locator('.stack-summary').waitFor();
  await page.locator('.is-updating').waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('stack-total-with-vat').innerText()).toMatch(/₫$/);
  // Two frames: whatever the last answer laid out has been painted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Every figure of the summary, and of each vendor, is the API's. */
async function expectSummary(page: Page, evaluation: Evaluation) {
  const figures: [string, Amount][] = [
    ['stack-monthly-total', evaluation.monthlyTotal],
    ['stack-vat', evaluation.vat],
    ['stack-total-with-vat', evaluation.totalWithVat],
    ['stack-one-time-total', evaluation.oneTimeTotal],
    ['stack-one-time-vat', evaluation.oneTimeVat],
    ['stack-one-time-total-with-vat', evaluation.oneTimeTotalWithVat],
    ['stack-first-year-total', evaluation.firstYearTotal],
    ['stack-first-year-vat', evaluation.firstYearVat],
    ['stack-first-year-total-with-vat', evaluation.firstYearTotalWithVat],
  ];
  for (const [testId, amount] of figures) expect(await page.getByTestId(testId).innerText(), testId).toBe(vnd(amount.amount));
  for (const subtotal of evaluation.vendorSubtotals) {
    const vendor = page.locator('.stack-vendors > li').filter({ has: page.getByRole('link', { name: subtotal.vendor.name, exact: true }) });
    expect(await vendor.getByTestId('vendor-monthly').innerText()).toBe(vnd(subtotal.monthlyCost.amount));
    expect(await vendor.getByTestId('vendor-one-time').innerText()).toBe(vnd(subtotal.oneTimeCost.amount));
    expect(await vendor.getByTestId('vendor-first-year').innerText()).toBe(vnd(subtotal.firstYearCost.amount));
  }
}

const words = {
  vi: { oneTime: 'trả một lần', perGb: '/ GB / tháng', perUser: '/ người dùng / tháng', perHour: '/ giờ', gbLabel: 'Số GB', userLabel: 'Số người dùng', serverLabel: 'Số máy (tính 730 giờ/tháng)' },
  en: { oneTime: 'one-time', perGb: '/ GB / month', perUser: '/ user / month', perHour: '/ hour', gbLabel: 'Number of GB', userLabel: 'Number of users', serverLabel: 'Number of servers (730 hours a month)' },
};

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const line = (page: Page, slug: string) => page.locator('.stack-line').filter({ has: page.locator(`a[href$="/offerings/${slug}"]`) });

describe('the estimate in the stack builder', () => {
  for (const width of [WIDE, PHONE]) {
    for (const lang of ['vi', 'en'] as const) {
      it(`shows every price with its unit, the one-time licence and the API's one-time and first-year totals (${width} px, ${lang})`, async () => {
        const items = sixLines();
        const evaluation = await evaluate(items);
        const page = await site.open('/stack', { width, storage: storage(items), lang });
        await settled(page);
        const w = words[lang];

        // MISA's licence: 12.000.000 ₫ once, not 0 ₫.
        const licence = line(page, 'misa-accounting-self-hosted');
        expect(await licence.locator('.stack-line__unit-price').textContent()).toBe(`${vnd('12000000')} ${w.oneTime}`);
        expect(await licence.locator('.stack-line__one-time').innerText()).toBe(vnd('12000000'));

        // A price per GB says so, and so does its quantity.
        const storageLine = line(page, 'viettel-object-storage');
        expect(await storageLine.locator('.stack-line__unit-price').textContent()).toBe(`${vnd('450')} ${w.perGb}`);
        expect(await storageLine.locator('.stack-line__cost').innerText()).toBe(vnd(String(450 * 500)));
        const gb = page.getByRole('spinbutton', { name: new RegExp(`^${w.gbLabel}`) });
        expect(await gb.inputValue()).toBe('500');
        expect(await storageLine.locator('td[data-label]').filter({ has: gb }).getAttribute('data-label')).toBe(w.gbLabel);
        expect(await storageLine.locator('.quantity__unit').innerText()).toBe('GB');

        const mail = line(page, 'viettel-business-email');
        expect(await mail.locator('.stack-line__unit-price').textContent()).toBe(`${vnd('35000')} ${w.perUser}`);
        expect(await mail.getByRole('spinbutton', { name: new RegExp(`^${w.userLabel}`) }).inputValue()).toBe('20');
        const gpu = line(page, 'viettel-gpu-server');
        expect(await gpu.locator('.stack-line__unit-price').textContent()).toBe(`${vnd('42000')} ${w.perHour}`);
        expect(await gpu.locator('td[data-label]').filter({ has: page.getByRole('spinbutton') }).getAttribute('data-label')).toBe(w.serverLabel);
        expect(await gpu.locator('.stack-line__cost').innerText()).toBe(vnd(String(42000 * 730)));

        await expectSummary(page, evaluation);
        expect(await sideways(page), 'sideways scrolling').toBeLessThanOrEqual(0);
        await screenshot(page, `estimate-stack-${width}-${lang}`);
      });
    }
  }

  it('changes the figures with the quantity: 2 licences cost 24.000.000 ₫ once, as the API says', async () => {
    const items = sixLines();
    const page = await site.open('/stack', { storage: storage(items), width: WIDE });
    await settled(page);
    await page.getByRole('spinbutton', { name: `Số lượng của ${names['misa-accounting-self-hosted']}` }).fill('2');
    const evaluation = await evaluate(items.map((item, index) => (index === 0 ? { ...item, quantity: 2 } : item)));
    await expect.poll(() => page.getByTestId('stack-one-time-total').innerText()).toBe(vnd(evaluation.oneTimeTotal.amount));
    await settled(page);
    expect(await line(page, 'misa-accounting-self-hosted').locator('.stack-line__one-time').innerText()).toBe(vnd('24000000'));
    await expectSummary(page, evaluation);
  });
});

describe('a saved stack’s estimate', () => {
  it('shows one-time prices and totals, and says when a one-time price changed since saving', async () => {
    const licence = planNamed('fast-accounting-self-hosted', 'Bản quyền');
    const items = [
      { planId: licence.id, quantity: 1 },
      { planId: planNamed('viettel-cloud-server', 'Cloud Server 2 vCPU / 4 GB').id, quantity: 1 },
      { planId: planNamed('viettel-object-storage', 'Tiêu chuẩn theo GB').id, quantity: 200 },
    ];
    const saved = await site.server.gql(
      `mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id sharePath } userErrors { code } } }`,
      { input: { name: 'Kế toán FAST', items } },
    );
    expect(saved.data.saveStack.userErrors).toEqual([]);
    const stack = saved.data.saveStack.stack as { id: string; sharePath: string };
    const readStack = async () => {
      const response = await site.server.gql(`query($id: ID!) { stack(id: $id) { priceChanged savedOneTimeTotal { amount } evaluation { ${money} } } }`, { id: stack.id });
      expect(response.errors).toBeUndefined();
      return response.data.stack as { priceChanged: boolean; savedOneTimeTotal: Amount; evaluation: Evaluation };
    };

    for (const [width, lang] of [[WIDE, 'vi'], [PHONE, 'en']] as const) {
      const page = await site.open(stack.sharePath, { width, lang });
      await page.locator('.stack-summary').waitFor();
      const row = line(page, 'fast-accounting-self-hosted');
      expect(await row.locator('.stack-line__unit-price').textContent()).toBe(`${vnd('15000000')} ${words[lang].oneTime}`);
      expect(await row.locator('.stack-line__saved-price').textContent()).toBe(`${vnd('15000000')} ${words[lang].oneTime}`);
      expect(await row.locator('.stack-line__one-time').innerText()).toBe(vnd('15000000'));
      expect(await line(page, 'viettel-object-storage').locator('.stack-line__unit-price').textContent()).toBe(`${vnd('450')} ${words[lang].perGb}`);
      await expectSummary(page, (await readStack()).evaluation);
      expect(await sideways(page), 'sideways scrolling').toBeLessThanOrEqual(0);
      await screenshot(page, `estimate-saved-${width}-${lang}`);
    }

    await site.server.database.db.execute(sql`update plans set price = price + 1000000 where id = ${dbId(licence.id)}`);
    const today = await readStack();
    expect(today.priceChanged).toBe(true);
    const page = await site.open(stack.sharePath, { width: WIDE });
    await page.getByRole('heading', { name: 'Giá đã thay đổi kể từ khi lưu' }).waitFor();
    const note = page.locator('.stack-price-changed');
    expect(await note.innerText()).toContain(`Tổng trả một lần lúc lưu là ${vnd(today.savedOneTimeTotal.amount)}; theo giá hôm nay là ${vnd(today.evaluation.oneTimeTotal.amount)}.`);
    const row = line(page, 'fast-accounting-self-hosted');
    await row.getByText('Giá đã đổi').waitFor();
    expect(await row.locator('.stack-line__saved-price').textContent()).toBe(`${vnd('15000000')} trả một lần`);
    expect(await row.locator('.stack-line__unit-price').textContent()).toBe(`${vnd('16000000')} trả một lần`);
    expect(await line(page, 'viettel-object-storage').getByText('Giá đã đổi').count()).toBe(0);
    await expectSummary(page, today.evaluation);
  });
});

describe('a quote request read back by its buyer', () => {
  it('shows each vendor’s one-time lines and subtotal beside the monthly ones, as the vendor received them', async () => {
    const items = [
      { planId: planNamed('misa-accounting-self-hosted', 'Bản quyền').id, quantity: 2 },
      { planId: planNamed('misa-accounting-self-hosted', 'Cập nhật và hỗ trợ').id, quantity: 1 },
    ];
    const saved = await site.server.gql(
      `mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } userErrors { code } } }`,
      { input: { name: 'Kế toán MISA', items } },
    );
    expect(saved.data.saveStack.userErrors).toEqual([]);
    const sent = await site.server.gql(
      `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { accessToken userErrors { code }
         quoteRequest { parts { monthlySubtotal { amount } oneTimeSubtotal { amount } } } } }`,
      { input: { stackId: saved.data.saveStack.stack.id, contactName: 'Người mua', contactEmail: 'mua@example.vn' } },
    );
    expect(sent.data.requestQuote.userErrors).toEqual([]);
    const [part] = sent.data.requestQuote.quoteRequest.parts as { monthlySubtotal: Amount; oneTimeSubtotal: Amount }[];
    expect(part!.oneTimeSubtotal.amount).toBe('24000000');

    for (const [width, lang] of [[WIDE, 'vi'], [PHONE, 'en']] as const) {
      const page = await site.open(`/requests#${sent.data.requestQuote.accessToken}`, { width, lang });
      const licence = page.locator('.stack-line').filter({ hasText: lang === 'vi' ? 'Bản quyền' : 'Licence' });
      await licence.waitFor();
      expect(await licence.locator('.stack-line__unit-price').textContent()).toBe(`${vnd('12000000')} ${words[lang].oneTime}`);
      expect(await licence.locator('.stack-line__one-time').innerText()).toBe(vnd('24000000'));
      expect(await page.locator('.quote-request-page__one-time-subtotal').innerText()).toBe(vnd(part!.oneTimeSubtotal.amount));
      expect(await page.locator('.quote-request-page__monthly-subtotal').innerText()).toBe(vnd(part!.monthlySubtotal.amount));
      expect(await sideways(page), 'sideways scrolling').toBeLessThanOrEqual(0);
    }
  });
});

/** /stack (or `path`) with its layout shifts recorded from the first paint (site.open records them). */
async function openMeasured(path: string, width: number, items: Item[], lang: 'vi' | 'en'): Promise<Page> {
  const page = await site.open(path, { width, storage: storage(items), lang });
  await settled(page);
  return page;
}

describe('the stack builder on every screen', () => {
  for (const width of [WIDE, PHONE]) {
    it(`does not shift its layout while loading 5 lines (CLS ≤ 0.05 at ${width} px, in Vietnamese and English)`, async () => {
      for (const lang of ['vi', 'en'] as const) {
        const page = await openMeasured('/stack', width, sixLines().slice(0, 5), lang);
        expect(await page.locator('.stack-line').count()).toBe(5);
        const { total, shifts } = await layoutShifts(page);
        expect(total, `${lang}: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(0.05);
        await page.context().close();
      }
    });
  }

  it('keeps the total in view on a 390 px phone with 6 lines, linked to the full summary', async () => {
    const items = sixLines();
    const evaluation = await evaluate(items);
    const page = await site.open('/stack', { width: PHONE, storage: storage(items) });
    await page.setViewportSize({ width: PHONE, height: 844 });
    await settled(page);
    const sticky = page.getByTestId('stack-sticky-total');
    const inView = async () => {
      const box = (await sticky.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 844 && box.height > 0;
    };
    expect(await inView()).toBe(true);
    expect(await sticky.getByTestId('sticky-total-with-vat').innerText()).toBe(vnd(evaluation.totalWithVat.amount));
    expect(await sticky.getByTestId('sticky-first-year-with-vat').innerText()).toBe(vnd(evaluation.firstYearTotalWithVat.amount));
    await screenshot(page, 'estimate-sticky-390');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 3));
    expect(await inView()).toBe(true);

    await sticky.getByRole('link', { name: 'Xem chi tiết' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#stack-summary');
    const summary = (await page.locator('#stack-summary').boundingBox())!;
    expect(summary.y).toBeLessThan(844);
    expect(summary.y + summary.height).toBeGreaterThan(0);
  });
});
