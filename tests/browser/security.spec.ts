import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, createUser, testPassword } from '../support/accounts.ts';
import { startSite, type Site } from '../support/browser.ts';
import { firstPlans } from '../support/stacks.ts';

let site: Site;
let partnerEmail: string;
let staffEmail: string;
let planId: string;
beforeAll(async () => {
  site = await startSite();
  partnerEmail = (await createPartner(site.server.database, 'vng-cloud', 'OWNER')).user.email;
  staffEmail = (await createUser(site.server.database, { label: 'staff', staff: true })).email;
  planId = (await firstPlans(site.server, 'viettel-cloud-server'))['viettel-cloud-server']!.id;
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

/** The policy the page's document was served under, read again from the server as the browser sees it. */
async function documentPolicy(page: Page): Promise<string> {
  const response = await page.reload();
  return response?.headers()['content-security-policy'] ?? '';
}

async function signedIn(path: string, email: string, signInPath: RegExp): Promise<Page> {
  const page = await site.open(path);
  await page.waitForURL(signInPath);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Mật khẩu').fill(testPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('.console__who').getByText(email, { exact: true }).waitFor();
  return page;
}

describe('the Content-Security-Policy in a browser', () => {
  it('is watched: an inline script is refused and reported as a fault', async () => {
    const page = await site.open('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.head.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan)).toBeUndefined();
    await expect.poll(() => site.pageErrors.filter((error) => error.includes('Content-Security-Policy violation')).length).toBeGreaterThan(0);
    // Proven; every page below must add none.
    site.pageErrors.length = 0;
    await page.context().close();
  });

  it('lets the site’s main screens run with no violation', async () => {
    const screens = [
      { path: '/', ready: '.figures' },
      { path: '/catalog?kind=iaas', ready: '.card-grid' },
      { path: '/offerings/viettel-cloud-server', ready: '.plans' },
      { path: '/vendors/viettel-idc', ready: '.card-grid' },
      { path: '/report', ready: 'svg' },
    ];
    for (const screen of screens) {
      const page = await site.open(screen.path);
      await page.locator(screen.ready).first().waitFor();
      expect(await documentPolicy(page), screen.path).toContain("script-src 'self';");
      await page.locator(screen.ready).first().waitFor();
      await page.context().close();
    }
    const stack = await site.open('/stack', { storage: { 'mayviet.stack.v1': JSON.stringify({ name: 'Thử', items: [{ planId, quantity: 2 }] }) } });
    await stack.getByRole('heading', { level: 2, name: 'Dịch vụ trong bộ (1)' }).waitFor();
    await stack.context().close();
    expect(site.pageErrors).toEqual([]);
  });

  it('lets the partner and staff consoles sign in and run with no violation', async () => {
    const partnerConsole = await signedIn('/console', partnerEmail, /\/console\/sign-in/);
    expect(await documentPolicy(partnerConsole)).toContain("frame-ancestors 'none'");
    await partnerConsole.locator('.console__who').getByText(partnerEmail, { exact: true }).waitFor();
    await partnerConsole.context().close();
    const staff = await signedIn('/staff', staffEmail, /\/staff\/sign-in/);
    await staff.getByRole('heading', { level: 1, name: 'Hàng chờ duyệt' }).waitFor();
    await staff.context().close();
    expect(site.pageErrors).toEqual([]);
  });

  it('lets GraphiQL load its editor and workers, show the docs and run a query with no violation', async () => {
    const page = await site.open('/graphql', { ready: '.graphiql-container' });
    const policy = await documentPolicy(page);
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("script-src 'self';");
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.monaco-editor').first().waitFor();
    await page.locator('.graphiql-sidebar button').first().click();
    await page.locator('.graphiql-doc-explorer').getByText('Root Types').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText('"totalCount"').waitFor();
    await page.context().close();
    expect(site.pageErrors).toEqual([]);
  });

  it('keeps the staff console out of any frame', async () => {
    const page = await site.open('/');
    await page.setContent(`<iframe src="${site.url}/staff" title="framed"></iframe>`);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    await expect.poll(async () => frame && (await frame.evaluate(() => document.querySelector('#root') !== null).catch(() => false))).toBe(false);
    expect(frame?.url() ?? '').not.toBe(`${site.url}/staff`);
    // The browser reports the refused frame on the console: the refusal this test wants, not a fault.
    site.pageErrors.splice(0, site.pageErrors.length, ...site.pageErrors.filter((error) => !error.includes('frame-ancestors')));
    await page.context().close();
  });
});
