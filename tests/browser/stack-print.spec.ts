import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startSite, type Site } from '../support/browser.ts';
import { plansOf, saveMutation } from '../support/stacks.ts';

// The printable page of a stack as Chromium shows it, on a desktop and a phone, in both languages: its
// inline style allowed by hash (no policy violation), the cost summary in view, nothing wider than the screen.

let site: Site;
let stackId: string;
let firstYearWithVat: string;
beforeAll(async () => {
  site = await startSite();
  const plans = await plansOf(site.server, 'misa-accounting-self-hosted', 'viettel-cloud-server', 'viettel-cloud-backup');
  const find = (slug: string, name: string) => plans[slug]!.find((p) => p.name.includes(name))!.id;
  const saved = await site.server.gql(saveMutation, {
    input: {
      name: 'Kế toán tự cài trên máy chủ Viettel',
      items: [
        { planId: find('misa-accounting-self-hosted', 'Bản quyền'), quantity: 2 },
        { planId: find('viettel-cloud-server', 'theo giờ'), quantity: 2 },
        { planId: find('viettel-cloud-backup', 'Theo GB'), quantity: 200 },
      ],
    },
  });
  expect(saved.data.saveStack.userErrors).toEqual([]);
  stackId = saved.data.saveStack.stack.id;
  const evaluation = await site.server.gql(`query($id: ID!) { stack(id: $id) { evaluation { firstYearTotalWithVat { amount } } } }`, { id: stackId });
  firstYearWithVat = `${evaluation.data.stack.evaluation.firstYearTotalWithVat.amount.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;
});
afterAll(() => site.close());

describe('the printable page of a stack', () => {
  for (const language of ['vi', 'en'] as const) {
    for (const width of [1366, 390]) {
      it(`(${language}, ${width} px) shows the signed summary with the first year, within the screen, within its policy`, async () => {
        const page = await site.open(`/export/stacks/${stackId}.html?lang=${language}`, { width, ready: '.summary' });
        const firstYear = page.locator('.summary tr.year');
        await expect(firstYear.innerText()).resolves.toContain(firstYearWithVat);
        expect(await page.locator('.summary .sign').isVisible()).toBe(true);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await page.locator('body').innerText()).toContain(language === 'vi' ? '12.000.000 ₫ trả một lần' : '12.000.000 ₫ one-time');
        await screenshot(page, `stack-print-${language}-${width}`);
        expect(site.pageErrors).toEqual([]);
        expect(site.offsiteRequests).toEqual([]);
      });
    }
  }
});
