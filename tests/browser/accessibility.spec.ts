import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from '../support/axe.ts';
import { screenshot, startSite, type Site } from '../support/browser.ts';
import { firstPlans, plansOf } from '../support/stacks.ts';

// axe-core's own rules (WCAG 2.0 to 2.2, A and AA, and its best practices) in the real pages, once their
// data has arrived: a person on a screen reader or with voice control meets what they report. The buyer's
// signed-in pages are checked in buyer-account.spec.ts.

const WIDE = 1366;
const PHONE = 390;

let site: Site;
let storage: Record<string, string>;
beforeAll(async () => {
  site = await startSite();
  // A stack of five lines (a one-time licence among them) and two saved stacks, as /stack shows them.
  const slugs = ['misa-accounting-self-hosted', 'cyradar-soc', 'viettel-cloud-server', 'alibaba-ecs-singapore'] as const;
  const first = await firstPlans(site.server, ...slugs);
  const { 'misa-accounting-self-hosted': misa } = await plansOf(site.server, 'misa-accounting-self-hosted');
  const licence = misa!.find((plan) => plan.monthlyPrice === '0')!;
  const items = [...slugs.map((slug) => ({ planId: first[slug]!.id, quantity: 1 })), { planId: licence.id, quantity: 1 }];
  const saved = [];
  for (const [name, lines] of [
    ['Cổng dịch vụ công của tỉnh', items],
    ['Cổng dịch vụ công (phương án 2)', items.slice(0, 2)],
  ] as const) {
    const response = await site.server.gql(
      'mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id createdAt } userErrors { code } } }',
      { input: { name, items: lines } },
    );
    expect(response.data.saveStack.userErrors).toEqual([]);
    saved.unshift({ id: response.data.saveStack.stack.id, name, savedAt: response.data.saveStack.stack.createdAt });
  }
  storage = {
    'mayviet.stack.v1': JSON.stringify({ name: 'Cổng dịch vụ công của tỉnh', items }),
    'mayviet.savedStacks.v1': JSON.stringify(saved),
  };
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

const pages = [
  { name: 'home', path: '/', ready: '.featured .offering-card' },
  { name: 'catalogue', path: '/catalog', ready: '.card-grid .offering-card' },
  { name: 'offering', path: '/offerings/viettel-cloud-server', ready: '.plan__price' },
  { name: 'vendor', path: '/vendors/viettel-idc', ready: '.offering-card' },
  { name: 'stack', path: '/stack', ready: '.stack-summary' },
  { name: 'report', path: '/report', ready: '.report-live svg' },
  { name: 'account sign-up', path: '/account/sign-up', ready: '#sign-up-email' },
  { name: 'account sign-in', path: '/account/sign-in', ready: '#account-sign-in-email' },
];

describe('accessibility (axe-core)', () => {
  for (const { name, path, ready } of pages) {
    it(`finds nothing on ${name} at ${WIDE} and ${PHONE} px, in Vietnamese and English`, async () => {
      for (const width of [WIDE, PHONE]) {
        for (const lang of ['vi', 'en']) {
          const page = await site.open(path, { width, storage: { ...storage, 'mayviet.lang': lang } });
          await page.locator(ready).first().waitFor();
          await page.locator('.is-updating').waitFor({ state: 'detached' });
          expect(await violations(page), `${name} at ${width} px in ${lang}`).toEqual([]);
          await screenshot(page, `axe-${name}-${width}-${lang}`);
          await page.context().close();
        }
      }
    });
  }
});
