import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../support/accounts.ts';
import { DESKTOP, MOBILE, screenshot, startSite, type Site } from '../support/browser.ts';
import { makeOffer, partsOf, shareLines } from '../support/quote-world.ts';
import { roomyBudget } from '../support/server.ts';
import { firstPlans, saveMutation } from '../support/stacks.ts';

// The buyer's request page opens the procurement record as a printable page (in a new tab, A4, ready for
// "Save as PDF") and downloads it as CSV; the token goes in the form's body, never in an address.

let site: Site;
let token: string;
let reference: string;
let offered: { unitPrice: string; listUnitPrice: string };
beforeAll(async () => {
  site = await startSite(roomyBudget);
  const server = site.server;
  const p = await firstPlans(server, 'cmc-cloud-server', 'viettel-cloud-server');
  const saved = await server.gql(saveMutation, {
    input: {
      name: 'Sở Y tế — máy chủ',
      items: [{ planId: p['cmc-cloud-server']!.id, quantity: 2 }, { planId: p['viettel-cloud-server']!.id, quantity: 1 }],
      catalogSearch: { query: 'máy chủ', filter: { dataInVietnam: true } },
    },
  });
  expect(saved.data.saveStack.userErrors).toEqual([]);
  const sent = await server.gql(
    `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { id reference } accessToken userErrors { code } } }`,
    { input: { stackId: saved.data.saveStack.stack.id, contactName: 'Trần Thị Mua', contactEmail: 'mua@soyte.example.vn', organization: 'Sở Y tế tỉnh Mẫu' } },
  );
  expect(sent.data.requestQuote.userErrors).toEqual([]);
  token = sent.data.requestQuote.accessToken;
  reference = sent.data.requestQuote.quoteRequest.reference;
  const share = (await partsOf(server, sent.data.requestQuote.quoteRequest.id))['cmc-cloud']!;
  const reader = { authorization: `Bearer ${(await createKey(server.database, 'cmc-cloud', ['quotes:read'])).key}` };
  const writer = { authorization: `Bearer ${(await createKey(server.database, 'cmc-cloud', ['quotes:write'])).key}` };
  const lines = (await shareLines(server, share, reader)).map((line) => ({ planId: line.plan.id, quantity: line.quantity, unitPrice: String((BigInt(line.monthlyPrice.amount) * 85n) / 100n) }));
  const made = await makeOffer(server, writer, { quoteRequestId: share, lines, terms: 'Bảo hành 12 tháng' });
  expect(made.data.makeOffer.userErrors).toEqual([]);
  offered = { unitPrice: made.data.makeOffer.offer.lines[0].unitPrice.amount, listUnitPrice: made.data.makeOffer.offer.lines[0].listUnitPrice.amount };
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

/** Whole đồng as the record writes them: 1.250.000 ₫ */
const vnd = (amount: string) => `${amount.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;

describe('the procurement record from the buyer’s request page', () => {
  it('opens the printable record in a new tab and downloads the CSV, the token never in an address', async () => {
    const page = await site.open(`/requests#${token}`);
    const print = page.getByRole('button', { name: 'Hồ sơ mua sắm (in / PDF)' });
    const [record] = await Promise.all([page.context().waitForEvent('page'), print.click()]);
    await record.waitForLoadState();
    expect(record.url()).toBe(`${site.url}/quote-requests/record`);
    await record.getByRole('heading', { level: 1, name: `Hồ sơ mua sắm ${reference}` }).waitFor();
    const text = await record.locator('body').innerText();
    expect(text).toContain('Sở Y tế tỉnh Mẫu');
    expect(text).toContain('Sở Y tế — máy chủ');
    expect(text).toMatch(/Từ khoá\s+máy chủ/);
    expect(text).toMatch(/Chào giá số 1/);
    expect(text).toContain('Bảo hành 12 tháng');
    expect(text).toContain(vnd(offered.unitPrice));
    expect(text).toContain(vnd(offered.listUnitPrice));
    expect(text).toMatch(/Nhà cung cấp đã xem|Đã có chào giá/);
    expect(await record.locator('nav, a').count()).toBe(0);
    // Printed: no button, A4, each section from a new page.
    await record.emulateMedia({ media: 'print' });
    expect(await record.getByRole('button', { name: 'In / Lưu PDF' }).isVisible()).toBe(false);
    expect(await record.locator('section#offers').evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
    await screenshot(record, `procurement-record-print-${DESKTOP}`);
    await record.emulateMedia({ media: 'screen' });
    await record.setViewportSize({ width: MOBILE, height: 800 });
    await screenshot(record, `procurement-record-${MOBILE}`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hồ sơ mua sắm dạng CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`mayviet-record-${reference}-vi.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith(`\uFEFFHồ sơ mua sắm,${reference}\r\n`)).toBe(true);
    expect(page.url()).toBe(`${site.url}/requests#${token}`);
    await screenshot(page, `procurement-record-buttons-${DESKTOP}`);
  });
});
