// Pages rendered on the server, taken over by the browser: the same HTML (no hydration mismatch, nothing
// fetched again, nothing moving) and everything working afterwards.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaries } from '../../packages/web/src/i18n/dictionary.ts';
import { consoleErrorsAndWarnings, layoutShift, startSite, type Site } from '../support/browser.ts';
import { roomyBudget } from '../support/server.ts';

const WIDTHS = [1366, 390];
const LANGS = ['vi', 'en'] as const;

let site: Site;
let stackId: string;
beforeAll(async () => {
  site = await startSite(roomyBudget);
  const { data } = await site.server.gql(`{ offering(slug: "viettel-cloud-server") { plans { id } } }`);
  const saved = await site.server.gql(`mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } } }`, {
    input: { name: 'Hạ tầng Sở Y tế', items: [{ planId: data.offering.plans[0].id, quantity: 2 }] },
  });
  stackId = saved.data.saveStack.stack.id;
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

/** The GraphQL requests the page has made since it loaded. */
const graphqlRequests = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === '/graphql').length);

/** The server's HTML before any script ran. */
async function serverHtml(path: string): Promise<string> {
  return (await fetch(`${site.url}${path}`)).text();
}

describe('a page rendered on the server', () => {
  const pages = () => [
    { name: 'home', path: '/', ready: '.figures' },
    { name: 'catalogue', path: '/catalog?kind=iaas', ready: '.card-grid' },
    { name: 'offering', path: '/offerings/viettel-cloud-server', ready: '.plans' },
    { name: 'vendor', path: '/vendors/viettel-idc', ready: '.card-grid' },
    { name: 'report', path: '/report', ready: '.report-live' },
    { name: 'shared stack', path: `/stacks/${stackId}`, ready: '.stack-lines' },
  ];

  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      it(`is hydrated without a console error or warning, without a query sent again, without moving (${lang}, ${width} px)`, async () => {
        for (const { name, path, ready } of pages()) {
          const label = `${name} (${lang}, ${width} px)`;
          const page = await site.open(path, { lang, width, ready });
          await page.waitForLoadState('networkidle');
          expect(consoleErrorsAndWarnings(page), label).toEqual([]);
          expect(await layoutShift(page), label).toBeLessThan(0.05);
          expect(await page.getAttribute('html', 'lang'), label).toBe(lang);
          // The report asks for today's figures again (it is live); every other page has what it shows.
          if (name !== 'report') expect(await graphqlRequests(page), label).toBe(0);
          await page.context().close();
        }
      }, 120_000);
    }
  }

  it('was sent whole: the browser shows what the server wrote', async () => {
    const html = await serverHtml('/offerings/viettel-cloud-server');
    const page = await site.open('/offerings/viettel-cloud-server');
    const heading = await page.getByRole('heading', { level: 1 }).innerText();
    expect(html).toContain(`<h1 class="page__title">${heading}</h1>`);
  });
});

describe('after hydration', () => {
  it('a filter of the catalogue narrows the results', async () => {
    for (const width of WIDTHS) {
      const page = await site.open('/catalog', { width });
      const status = page.locator('.catalog__status');
      const before = await status.innerText();
      if (width < 700) await page.getByRole('button', { name: /^Bộ lọc/ }).click();
      await page.getByRole('checkbox', { name: /^Bảo mật/ }).check();
      await page.waitForURL(/\/catalog\?kind=security$/);
      // "Updating the results…" first, then the narrower count.
      await expect.poll(async () => {
        const now = await status.innerText();
        return now !== before && /^\d+ dịch vụ$/.test(now);
      }).toBe(true);
      await page.context().close();
    }
  });

  it('a plan goes into the stack from an offering page', async () => {
    for (const lang of LANGS) {
      const page = await site.open('/offerings/viettel-cloud-server', { lang, width: 390 });
      const count = page.getByTestId('stack-count');
      expect(await count.innerText()).toBe('0');
      await page.getByRole('button', { name: new RegExp(`^${dictionaries[lang].offeringPage.addToStack}: `) }).first().click();
      await expect.poll(() => count.innerText()).toBe('1');
      await page.context().close();
    }
  });

  it('the language switch opens the same page in the other language', async () => {
    const page = await site.open('/vendors/viettel-idc', { width: 1366 });
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${site.url}/en/vendors/viettel-idc`);
    await page.getByRole('heading', { level: 2, name: /^Services \(\d+\)$/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Viettel IDC — Mây Việt');
  });

  it('moving to another page keeps the head current', async () => {
    const page = await site.open('/offerings/viettel-cloud-server');
    await page.getByRole('link', { name: 'Viettel IDC', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Viettel IDC' }).waitFor();
    expect(await page.title()).toBe('Viettel IDC — Mây Việt');
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(`${site.url}/vendors/viettel-idc`);
  });
});

describe('the not-found page', () => {
  it('is answered 404 and shown in the address’s language, at both widths', async () => {
    for (const lang of LANGS) {
      for (const width of WIDTHS) {
        const page = await site.open('/khong-co-trang-nay', { lang, width, ready: '.notice' });
        await page.getByRole('heading', { level: 1, name: dictionaries[lang].notFound.title }).waitFor();
        expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseStatus)).toBe(404);
        // The document's own 404 is the one error the console may show.
        expect(consoleErrorsAndWarnings(page).filter((message) => !/status of 404/.test(message)), `${lang} ${width}`).toEqual([]);
        expect(await layoutShift(page)).toBeLessThan(0.05);
        await page.getByRole('link', { name: dictionaries[lang].common.goCatalog }).click();
        await page.getByRole('heading', { level: 1, name: dictionaries[lang].catalog.title }).waitFor();
        await page.context().close();
      }
    }
  });
});
