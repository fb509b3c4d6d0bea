import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, waitForHydration, type Site } from '../support/browser.ts';

// A person using the site, with the default query budget: they never meet it.

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

interface Answer {
  status: number;
  limit: number;
  remaining: number;
}

/** The pages the server rendered for this page's navigations: their queries ran there, on the same budget. */
function recordRenderedPages(page: Page): string[] {
  const rendered: string[] = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() === 'document' && Number(response.headers()['x-sql-statements'] ?? 0) > 0) rendered.push(response.url());
  });
  return rendered;
}

/** Every GraphQL answer the page gets (a spent budget is HTTP 429), with what its budget said. */
function recordAnswers(page: Page): Answer[] {
  const answers: Answer[] = [];
  page.on('response', (response: Response) => {
    if (new URL(response.url()).pathname !== '/graphql' || response.request().method() !== 'POST') return;
    const headers = response.headers();
    answers.push({ status: response.status(), limit: Number(headers['ratelimit-limit']), remaining: Number(headers['ratelimit-remaining']) });
  });
  return answers;
}

async function addToStack(page: Page) {
  await page.getByRole('button', { name: /^Thêm vào bộ giải pháp: / }).first().click();
  await page.getByRole('status').filter({ hasText: /Đã thêm “.+” vào bộ giải pháp/ }).first().waitFor();
}

async function addOffering(page: Page, slug: string) {
  await page.goto(`${site.url}/offerings/${slug}`);
  await waitForHydration(page);
  await addToStack(page);
}

describe('the default query budget', () => {
  it('lets a person browse, search and build a stack freely', async () => {
    const page = await site.open('/catalog');
    const answers = recordAnswers(page);
    const renderedPages = recordRenderedPages(page);
    const searchBox = page.getByRole('searchbox', { name: 'Tìm trong danh mục' });
    const results = () => page.locator('.card-grid:not(.is-updating)').waitFor();

    // Searching as one types, then narrowing by facets and paging.
    await results();
    await searchBox.pressSequentially('máy chủ ảo', { delay: 60 });
    await page.getByRole('status').filter({ hasText: /dịch vụ phù hợp với “máy chủ ảo”/ }).waitFor();
    await searchBox.fill('');
    await searchBox.pressSequentially('sao lưu', { delay: 60 });
    await page.getByRole('status').filter({ hasText: /dịch vụ phù hợp với “sao lưu”/ }).waitFor();
    await searchBox.fill('');
    await page.getByRole('checkbox', { name: /^Máy chủ ảo/ }).check();
    await page.waitForURL(/category=compute/);
    await results();
    await page.getByRole('checkbox', { name: /^Viettel IDC/ }).check();
    await page.waitForURL(/vendor=viettel-idc/);
    await results();

    // Reading offerings and vendors, adding to the stack from each.
    await page.locator('.card-grid .offering-card__name a').first().click();
    await page.waitForURL(/\/offerings\//);
    await addToStack(page);
    for (const slug of ['misa-accounting-self-hosted', 'cyradar-soc', 'cyradar-vulnerability-scan', 'viettel-cloud-waf']) await addOffering(page, slug);
    for (const vendor of ['viettel-idc', 'cyradar']) {
      await page.goto(`${site.url}/vendors/${vendor}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
    }

    // Building the stack: quantities, a saved link, the report, back home.
    await page.goto(`${site.url}/stack`);
    await page.getByRole('heading', { level: 1, name: 'Bộ giải pháp của bạn' }).waitFor();
    const quantity = page.getByLabel(/^Số lượng của /).first();
    for (const value of ['2', '5', '12', '4']) {
      await quantity.fill(value);
      await page.waitForTimeout(300);
    }
    await page.getByLabel('Tên bộ giải pháp').fill('Văn phòng điện tử của sở');
    await page.getByRole('button', { name: 'Lưu và tạo liên kết' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu “Văn phòng điện tử của sở”.' }).waitFor();
    const shareUrl = await page.getByLabel('Liên kết chia sẻ').inputValue();
    await page.goto(shareUrl);
    await page.getByRole('heading', { level: 1, name: 'Văn phòng điện tử của sở' }).waitFor();
    await page.goto(`${site.url}/report`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto(`${site.url}/`);
    await page.locator('main#main').waitFor();
    await page.waitForLoadState('networkidle');

    // Offering, vendor, shared-stack, report and home pages come rendered, their queries run on the server.
    expect(renderedPages.length).toBeGreaterThan(5);
    expect(answers.length + renderedPages.length).toBeGreaterThan(15);
    expect(answers.filter((answer) => answer.status === 429)).toEqual([]);
    // Every answer says how much is left, and a person's browsing leaves most of it.
    for (const answer of answers) expect(answer.limit).toBeGreaterThan(0);
    const lowest = Math.min(...answers.map((answer) => answer.remaining));
    expect(lowest).toBeGreaterThan(answers[0]!.limit / 4);
  });
});
