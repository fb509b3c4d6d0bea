import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from '../support/axe.ts';
import { DESKTOP, MOBILE, layoutShift, screenshot, startSite, waitForHydration, type Site } from '../support/browser.ts';
import { roomyBudget } from '../support/server.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite(roomyBudget);
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

interface Alternative {
  label: string;
  labelEn: string;
  items: { plan: { id: string }; quantity: number; redundancyGroup: string | null }[];
  reasons: { messageEn: string; message: string }[];
  evaluation: { monthlyTotal: { amount: string }; firstYearTotal: { amount: string }; firstYearTotalWithVat: { amount: string }; vendors: { slug: string }[] };
}

const composeQuery = `query($input: ComposeStackInput!) {
  composeStack(input: $input) {
    alternatives {
      label labelEn
      items { plan { id } quantity redundancyGroup }
      reasons { message messageEn }
      evaluation { monthlyTotal { amount } firstYearTotal { amount } firstYearTotalWithVat { amount } vendors { slug } }
    }
    blockerDetails { constraint relaxedMonthlyTotal { amount } message }
  }
}`;

async function compose(input: Record<string, unknown>): Promise<{ alternatives: Alternative[]; blockerDetails: { constraint: string; relaxedMonthlyTotal: { amount: string } | null; message: string }[] }> {
  const response = await site.server.gql(composeQuery, { input });
  expect(response.errors).toBeUndefined();
  return response.data.composeStack;
}

const vnd = (amount: string) => new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(Number(amount));
const cards = (page: Page) => page.locator('.alternative');
const storedStack = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('mayviet.stack.v1') ?? 'null') as { name: string; items: { planId: string; quantity: number; redundancyGroup?: string }[] } | null);
const asStored = (alternative: Alternative) =>
  alternative.items.map((item) => (item.redundancyGroup ? { planId: item.plan.id, quantity: item.quantity, redundancyGroup: item.redundancyGroup } : { planId: item.plan.id, quantity: item.quantity }));

/** The page scrolls sideways when its content is wider than the window. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Each card shows its alternative's label, totals and one reason per line. */
async function expectCards(page: Page, alternatives: Alternative[], lang: 'vi' | 'en') {
  // polled for as long as a composition may take on a loaded machine (a reload composes again)
  await expect.poll(() => cards(page).count(), { timeout: 30_000 }).toBe(alternatives.length);
  for (const [index, alternative] of alternatives.entries()) {
    const card = cards(page).nth(index);
    expect(await card.getByRole('heading', { level: 3 }).innerText()).toBe(lang === 'vi' ? alternative.label : alternative.labelEn);
    // polled: a recomposition keeps the earlier alternatives on screen until its answer arrives
    await expect.poll(() => card.getByTestId('alternative-monthly').innerText(), { timeout: 30_000 }).toBe(vnd(alternative.evaluation.monthlyTotal.amount));
    expect(await card.getByTestId('alternative-first-year').innerText()).toBe(vnd(alternative.evaluation.firstYearTotal.amount));
    expect(await card.getByTestId('alternative-first-year-with-vat').innerText()).toBe(vnd(alternative.evaluation.firstYearTotalWithVat.amount));
    const reasons = await card.locator('.composed-line__reason').allInnerTexts();
    expect(reasons).toHaveLength(alternative.items.length);
    alternative.reasons.forEach((reason, line) => expect(reasons[line]).toContain(lang === 'vi' ? reason.message : reason.messageEn));
  }
}

describe('compose for me', () => {
  it('goes from the home page’s call to action to alternatives side by side for a blueprint in Vietnam with at most three vendors, and adopts one into the builder', async () => {
    const page = await site.open('/');
    await page.getByRole('link', { name: 'Soạn giúp tôi' }).click();
    await page.waitForURL(/\/compose$/);
    await page.getByRole('heading', { level: 1, name: 'Soạn giúp tôi một bộ giải pháp' }).waitFor();
    expect(await page.title()).toBe('Soạn giúp tôi — Mây Việt');

    await page.getByRole('radio', { name: 'Học trực tuyến' }).check();
    // The blueprint's needs, in their units, ready to edit.
    expect(await page.getByLabel('Số lượng của nhu cầu 1 (người học)').inputValue()).toBe('500');
    expect(await page.getByLabel('Loại dịch vụ của nhu cầu 1').inputValue()).toBe('e-learning');
    await page.getByLabel('Mọi dữ liệu lưu tại Việt Nam').check();
    await page.getByLabel('Số nhà cung cấp tối đa').fill('3');
    await page.getByRole('button', { name: 'Soạn', exact: true }).click();
    await page.waitForURL(/\/compose\?blueprint=remote-learning&vn=1&vendors=3$/);

    const expected = await compose({ blueprintSlug: 'remote-learning', constraints: { dataInVietnam: true, maxVendors: 3 } });
    expect(expected.alternatives.length).toBeGreaterThanOrEqual(2);
    await page.getByRole('status').filter({ hasText: `Có ${expected.alternatives.length} phương án, tốt nhất trước.` }).waitFor();
    await expectCards(page, expected.alternatives, 'vi');
    for (const alternative of expected.alternatives) expect(alternative.evaluation.vendors.length).toBeLessThanOrEqual(3);
    expect(await page.getByTestId('alternative-residency').allInnerTexts()).toEqual(expected.alternatives.map(() => 'Toàn bộ tại Việt Nam'));
    // Side by side: the first two in one row.
    const [first, second] = [await cards(page).nth(0).boundingBox(), await cards(page).nth(1).boundingBox()];
    expect(second!.y).toBe(first!.y);
    expect(second!.x).toBeGreaterThan(first!.x + first!.width);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'compose-alternatives-1280');

    // The address holds the request: reloading composes it again, with the form as it was.
    await page.reload();
    await waitForHydration(page);
    await expectCards(page, expected.alternatives, 'vi');
    expect(await page.getByRole('radio', { name: 'Học trực tuyến' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Mọi dữ liệu lưu tại Việt Nam').isChecked()).toBe(true);
    expect(await page.getByLabel('Số nhà cung cấp tối đa').inputValue()).toBe('3');

    const adopted = expected.alternatives[1]!;
    await page.getByRole('button', { name: `Dùng bộ này: ${adopted.label}` }).click();
    await page.waitForURL(/\/stack$/);
    await page.getByRole('heading', { level: 2, name: `Dịch vụ trong bộ (${adopted.items.length})` }).waitFor();
    expect(await storedStack(page)).toEqual({ name: `Học trực tuyến — ${adopted.label}`, items: asStored(adopted) });
    expect(await page.getByLabel('Tên bộ giải pháp').inputValue()).toBe(`Học trực tuyến — ${adopted.label}`);
  });

  it('shows a second site’s pairs together and adopts them with their redundancy groups, after confirming it replaces the builder’s lines', async () => {
    const expected = await compose({ blueprintSlug: 'remote-learning', constraints: { dataInVietnam: true, requireSecondSite: true } });
    const cheapest = expected.alternatives[0]!;
    const groups = [...new Set(cheapest.items.map((item) => item.redundancyGroup).filter((group) => group !== null))];
    expect(groups).toContain('need-e-learning');

    const page = await site.open('/compose?blueprint=remote-learning&vn=1', {
      storage: { 'mayviet.stack.v1': JSON.stringify({ name: 'Bộ cũ', items: [{ planId: cheapest.items[0]!.plan.id, quantity: 2 }] }) },
    });
    await cards(page).first().waitFor();
    await page.getByLabel('Mỗi nhu cầu có địa điểm thứ hai ở thành phố khác (cặp dự phòng)').check();
    await page.getByText('Bạn đã thay đổi yêu cầu: bấm “Soạn” để có phương án mới.').waitFor();
    await page.getByRole('button', { name: 'Soạn', exact: true }).click();
    await page.waitForURL(/second-site=1/);
    await expectCards(page, expected.alternatives, 'vi');
    const pairs = cards(page).first().locator('.composed-pair');
    expect(await pairs.count()).toBe(groups.length);
    for (const [index, group] of groups.entries()) {
      expect(await pairs.nth(index).getAttribute('data-group')).toBe(group);
      expect(await pairs.nth(index).locator('.composed-line').count()).toBe(cheapest.items.filter((item) => item.redundancyGroup === group).length);
      await pairs.nth(index).getByText('Cặp dự phòng, hai thành phố').waitFor();
    }

    // The builder holds a line: declining the confirmation keeps it, accepting replaces it.
    let dialogs = 0;
    page.once('dialog', (dialog) => {
      dialogs += 1;
      expect(dialog.message()).toBe('Bộ giải pháp đang soạn có 1 dịch vụ. Thay toàn bộ bằng phương án này?');
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: `Dùng bộ này: ${cheapest.label}` }).click();
    await expect.poll(() => dialogs).toBe(1);
    expect(page.url()).toMatch(/\/compose\?/);
    expect((await storedStack(page))?.name).toBe('Bộ cũ');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Dùng bộ này: ${cheapest.label}` }).click();
    await page.waitForURL(/\/stack$/);
    await page.getByRole('heading', { level: 2, name: `Dịch vụ trong bộ (${cheapest.items.length})` }).waitFor();
    const stored = await storedStack(page);
    expect(stored?.items).toEqual(asStored(cheapest));
    expect(stored?.items.filter((item) => item.redundancyGroup === 'need-e-learning')).toHaveLength(2);
  });

  it('explains an impossible budget with its cheapest relaxation, whose button composes again', async () => {
    const page = await site.open('/compose?blueprint=sme-remote-accounting');
    await cards(page).first().waitFor();
    await page.getByLabel('Ngân sách tối đa mỗi tháng (₫, chưa gồm VAT)').fill('1.000');
    await page.getByRole('button', { name: 'Soạn', exact: true }).click();
    await page.waitForURL(/max=1000/);
    const blocked = await compose({ blueprintSlug: 'sme-remote-accounting', constraints: { maxMonthlyTotal: '1000' } });
    expect(blocked.alternatives).toEqual([]);
    expect(blocked.blockerDetails[0]!.constraint).toBe('MAX_MONTHLY_TOTAL');

    await page.getByRole('heading', { level: 3, name: 'Không có bộ giải pháp nào đáp ứng mọi ràng buộc' }).waitFor();
    expect(await cards(page).count()).toBe(0);
    const blocker = page.locator('.blocker[data-constraint="MAX_MONTHLY_TOTAL"]');
    await blocker.getByText(blocked.blockerDetails[0]!.message).waitFor();
    expect(await blocker.locator('.blocker__cost').innerText()).toContain(vnd(blocked.blockerDetails[0]!.relaxedMonthlyTotal!.amount));
    await screenshot(page, 'compose-blocked-1280');

    await blocker.getByRole('button', { name: 'Nới “Ngân sách mỗi tháng” và soạn lại' }).click();
    await page.waitForURL(/\/compose\?blueprint=sme-remote-accounting$/);
    const relaxed = await compose({ blueprintSlug: 'sme-remote-accounting' });
    await expectCards(page, relaxed.alternatives, 'vi');
    expect(await page.getByLabel('Ngân sách tối đa mỗi tháng (₫, chưa gồm VAT)').inputValue()).toBe('');
    // The focus follows to the new alternatives.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('compose-results-title');
    expect(await cards(page).first().getByTestId('alternative-monthly').innerText()).toBe(vnd(blocked.blockerDetails[0]!.relaxedMonthlyTotal!.amount));
  });

  it('shows what is wrong next to the field: a typed budget before asking, an unknown blueprint as the API refuses it', async () => {
    const page = await site.open('/compose?blueprint=no-such-blueprint');
    await page.getByRole('heading', { level: 2, name: 'Yêu cầu chưa hợp lệ' }).waitFor();
    await page.locator('.blueprints .field-error').getByText('Không có mẫu này (có thể đã bị gỡ). Chọn mẫu khác.').waitFor();

    await page.getByRole('radio', { name: 'Tự nêu nhu cầu' }).check();
    await page.getByLabel('Ngân sách tối đa năm đầu (₫, chưa gồm VAT)').fill('nhiều tiền');
    await page.getByRole('button', { name: 'Soạn', exact: true }).click();
    // The first field at fault has the focus: the need without a category.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('compose-need-0-category');
    await page.getByText('Chọn loại dịch vụ.').waitFor();
    expect(await page.getByLabel('Ngân sách tối đa năm đầu (₫, chưa gồm VAT)').getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Nhập số tiền bằng đồng, lớn hơn 0, ví dụ 20.000.000.').waitFor();
    expect(page.url()).toMatch(/blueprint=no-such-blueprint$/);

    await page.getByLabel('Loại dịch vụ của nhu cầu 1').selectOption('compute');
    await page.getByLabel('Số lượng của nhu cầu 1 (máy chủ)').fill('2');
    await page.getByLabel('Ngân sách tối đa năm đầu (₫, chưa gồm VAT)').fill('500.000.000');
    await page.getByRole('button', { name: 'Thêm nhu cầu' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('compose-need-1-category');
    await page.getByLabel('Loại dịch vụ của nhu cầu 2').selectOption('managed-database');
    await page.getByRole('button', { name: 'Soạn', exact: true }).click();
    await page.waitForURL(/\/compose\?need=compute%3A2&need=managed-database%3A1&max-year=500000000$/);
    const expected = await compose({ needs: [{ categorySlug: 'compute', quantity: 2 }, { categorySlug: 'managed-database', quantity: 1 }], constraints: { maxFirstYearTotal: '500000000' } });
    await expectCards(page, expected.alternatives, 'vi');
    expect(await page.locator('.field-error').count()).toBe(0);
  });

  it('composes in English at /en/compose, from the builder’s call to action', async () => {
    const page = await site.open('/stack', { lang: 'en' });
    await page.getByRole('link', { name: 'Compose for me' }).click();
    await page.waitForURL(/\/en\/compose$/);
    await page.getByRole('heading', { level: 1, name: 'Compose a stack for me' }).waitFor();
    expect(await page.title()).toBe('Compose for me — Mây Việt');
    await page.getByRole('radio', { name: 'Telemedicine' }).check();
    expect(await page.getByLabel('Quantity of need 2 (users)').inputValue()).toBe('30');
    // Each need says what the blueprint wants it for, and one unit is singular.
    expect(await page.locator('.need-row').nth(1).locator('.need-row__note').innerText()).toBe('Doctors in remote joint consultations');
    expect(await page.getByLabel('Quantity of need 1 (subscription)').inputValue()).toBe('1');
    await page.getByLabel('Domestic vendors only').check();
    await page.getByRole('button', { name: 'Compose', exact: true }).click();
    await page.waitForURL(/\/en\/compose\?blueprint=telemedicine&domestic=1$/);
    const expected = await compose({ blueprintSlug: 'telemedicine', constraints: { domesticOnly: true } });
    await page.getByRole('status').filter({ hasText: `${expected.alternatives.length} alternatives, best first.` }).waitFor();
    await expectCards(page, expected.alternatives, 'en');
    await cards(page).first().getByText('Monthly (with VAT)').waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'compose-english-1280');

    await page.getByRole('button', { name: `Use this stack: ${expected.alternatives[0]!.labelEn}` }).click();
    await page.waitForURL(/\/en\/stack$/);
    await page.getByRole('heading', { level: 2, name: `Services in the stack (${expected.alternatives[0]!.items.length})` }).waitFor();
  });

  it('is usable with the keyboard alone, with the focus always visible', async () => {
    const page = await site.open('/compose');
    // The page is its own chunk, rendered in the browser: the form is there once the blueprints are.
    await page.getByRole('radio').first().waitFor();
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const outlined = (node: Element | null) => node !== null && getComputedStyle(node).outlineStyle !== 'none' && getComputedStyle(node).outlineWidth !== '0px';
        return {
          id: element?.id ?? '',
          type: (element as HTMLInputElement | null)?.type ?? '',
          text: element?.textContent?.trim() ?? '',
          label: element?.getAttribute('aria-label') ?? '',
          visible: outlined(element) || outlined(element?.closest('.blueprint-card') ?? null),
        };
      });
    /** Presses Tab until the focus is on what `matches`, checking the focus can be seen at every step. */
    async function tabTo(matches: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
      for (let presses = 0; presses < 80; presses += 1) {
        await page.keyboard.press('Tab');
        const now = await focused();
        if (now.id || now.type || now.text) expect(now.visible, JSON.stringify(now)).toBe(true);
        if (matches(now)) return;
      }
      throw new Error('never reached');
    }

    await tabTo((f) => f.type === 'radio');
    // Arrows move between blueprints and choose the one they reach.
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Y tế từ xa' }).isChecked()).toBe(true);
    await tabTo((f) => f.id === 'compose-dataInVietnam');
    await page.keyboard.press('Space');
    await tabTo((f) => f.id === 'compose-maxVendors');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/compose\?blueprint=telemedicine&vn=1&vendors=3$/);
    const expected = await compose({ blueprintSlug: 'telemedicine', constraints: { dataInVietnam: true, maxVendors: 3 } });
    await expectCards(page, expected.alternatives, 'vi');
    await tabTo((f) => f.label === `Dùng bộ này: ${expected.alternatives[0]!.label}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/stack$/);
    expect((await storedStack(page))?.items).toEqual(asStored(expected.alternatives[0]!));
  });

  it('fits a phone at 375 px without sideways scrolling, stacks the alternatives and passes axe', async () => {
    const page = await site.open('/compose', { width: MOBILE });
    await page.getByRole('radio').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Kế toán từ xa cho doanh nghiệp nhỏ và vừa' }).check();
    await page.getByLabel('Mọi dữ liệu lưu tại Việt Nam').check();
    await page.getByRole('button', { name: 'Soạn', exact: true }).click();
    await cards(page).first().waitFor();
    const count = await cards(page).count();
    expect(count).toBeGreaterThanOrEqual(2);
    const [first, second] = [await cards(page).nth(0).boundingBox(), await cards(page).nth(1).boundingBox()];
    expect(second!.y).toBeGreaterThan(first!.y + first!.height);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'compose-alternatives-375');

    const desktop = await site.open('/compose?blueprint=sme-remote-accounting&vn=1', { width: DESKTOP });
    await cards(desktop).first().waitFor();
    expect(await violations(desktop)).toEqual([]);
    expect(await layoutShift(desktop)).toBeLessThan(0.1);
  });

  it('keeps the home page’s call to action in the server’s HTML, so nothing moves when the page hydrates', async () => {
    const html = await (await fetch(`${site.url}/`)).text();
    expect(html).toContain('href="/compose"');
    const page = await site.open('/en');
    expect(await page.getByRole('link', { name: 'Compose for me' }).getAttribute('href')).toBe('/en/compose');
    expect(await layoutShift(page)).toBeLessThan(0.1);
  });
});
