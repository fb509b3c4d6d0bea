import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startSite, type Site } from '../support/browser.ts';
import { plansOf, type PlanInfo } from '../support/stacks.ts';

// The widths the issue was measured at: a laptop and a phone.
const WIDE = 1366;
const PHONE = 390;

let site: Site;
let plans: Record<string, PlanInfo[]>;
beforeAll(async () => {
  site = await startSite();
  plans = await plansOf(site.server, 'misa-accounting-self-hosted', 'misa-accounting-online', 'viettel-cloud-server');
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

const vnd = (amount: string) => new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(Number(amount));
const percent = (value: string, lang: 'vi' | 'en') =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 3 }).format(Number(value) / 100);
const plan = (slug: string, name: RegExp) => plans[slug]!.find((candidate) => name.test(candidate.name))!.id;

async function saveStack(name: string, items: { planId: string; quantity: number }[]): Promise<string> {
  const response = await site.server.gql(
    `mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } userErrors { code } } }`,
    { input: { name, items } },
  );
  expect(response.data.saveStack.userErrors).toEqual([]);
  return response.data.saveStack.stack.id;
}

/** The page fits its width: nothing scrolls sideways but the regions meant to. */
async function expectNoOverflow(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, what).toBeLessThanOrEqual(0);
}

interface Money {
  amount: string;
}
interface Evaluation {
  monthlyTotal: Money;
  totalWithVat: Money;
  oneTimeTotal: Money;
  oneTimeTotalWithVat: Money;
  firstYearTotal: Money;
  firstYearTotalWithVat: Money;
  micCoverage: { share: string };
}

describe('comparing stacks', () => {
  it('shows MIC share, monthly, one-time and first-year totals with VAT and the lines that differ, at both widths in both languages', async () => {
    const selfHosted = await saveStack('Kế toán tự cài', [
      { planId: plan('misa-accounting-self-hosted', /^Bản quyền$/), quantity: 1 },
      { planId: plan('misa-accounting-self-hosted', /^Cập nhật/), quantity: 1 },
      { planId: plan('viettel-cloud-server', /^Cloud Server 2 vCPU \/ 4 GB$/), quantity: 1 },
    ]);
    const online = await saveStack('Kế toán trên mây', [
      { planId: plan('misa-accounting-online', /^Tiêu chuẩn$/), quantity: 1 },
      { planId: plan('viettel-cloud-server', /^Cloud Server 2 vCPU \/ 4 GB$/), quantity: 2 },
    ]);
    const { data } = await site.server.gql(
      `query($ids: [ID!]!) { compareStacks(ids: $ids) { cheapest { id } cheapestFirstYear { id } entries { stack { id evaluation {
        monthlyTotal { amount } totalWithVat { amount } oneTimeTotal { amount } oneTimeTotalWithVat { amount }
        firstYearTotal { amount } firstYearTotalWithVat { amount } micCoverage { share } } } } } }`,
      { ids: [selfHosted, online] },
    );
    const evaluations = data.compareStacks.entries.map((entry: { stack: { evaluation: Evaluation } }) => entry.stack.evaluation) as Evaluation[];
    expect(data.compareStacks.cheapest.id).toBe(selfHosted);
    expect(data.compareStacks.cheapestFirstYear.id).toBe(online);

    const page = await site.open(`/compare?ids=${selfHosted},${online}`, { width: WIDE });
    await page.getByRole('heading', { level: 1, name: 'So sánh bộ giải pháp' }).waitFor();

    const rowText = async (name: RegExp) => page.getByRole('row', { name }).innerText();
    const figures: [RegExp, keyof Evaluation][] = [
      [/^Tổng mỗi tháng \(chưa gồm VAT\)/, 'monthlyTotal'],
      [/^Tổng mỗi tháng \(gồm VAT\)/, 'totalWithVat'],
      [/^Chi phí một lần \(chưa gồm VAT\)/, 'oneTimeTotal'],
      [/^Chi phí một lần \(gồm VAT\)/, 'oneTimeTotalWithVat'],
      [/^Năm đầu \(chưa gồm VAT\)/, 'firstYearTotal'],
      [/^Năm đầu \(gồm VAT\)/, 'firstYearTotalWithVat'],
    ];
    for (const [name, field] of figures) {
      const text = await rowText(name);
      for (const evaluation of evaluations) expect(text, String(name)).toContain(vnd((evaluation[field] as Money).amount));
    }
    const headers = await page.getByRole('table', { name: 'Các bộ giải pháp được so sánh, mỗi bộ một cột' }).locator('thead th').allInnerTexts();
    expect(headers[1]).toContain('Rẻ nhất mỗi tháng');
    expect(headers[2]).toContain('Rẻ nhất năm đầu');
    const mic = await rowText(/^Phần chi phí có chứng nhận MIC/);
    for (const evaluation of evaluations) expect(mic).toContain(percent(evaluation.micCoverage.share, 'vi'));

    // Line by line: the licence only the first stack holds, the server in both but not as many.
    const lines = page.getByRole('region', { name: 'Từng dòng' });
    const licence = lines.getByRole('row', { name: /Phần mềm kế toán MISA cài trên máy chủ riêng.*Bản quyền/ });
    expect(await licence.innerText()).toContain('Khác nhau');
    const licencePrice = (await offering('misa-accounting-self-hosted')).plans.find((item) => item.unit === 'ONE_TIME')!.price.amount;
    expect(await licence.innerText()).toContain(`${vnd(licencePrice)} một lần`);
    expect(await licence.innerText()).toContain('Không có trong bộ này');
    const server = lines.getByRole('row', { name: /Cloud Server 2 vCPU \/ 4 GB/ });
    expect(await server.innerText()).toMatch(/× 1[\s\S]*× 2/);
    await page.getByRole('checkbox', { name: 'Chỉ hiện các dòng khác nhau' }).waitFor();
    await screenshot(page, `compare-stacks-${WIDE}-vi`);

    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare stacks' }).waitFor();
    for (const name of [/^One-time cost \(excl\. VAT\)/, /^First year \(incl\. VAT\)/]) await page.getByRole('row', { name }).waitFor();
    const micEn = await page.getByRole('row', { name: /^Cost covered by MIC attestations/ }).innerText();
    for (const evaluation of evaluations) expect(micEn).toContain(percent(evaluation.micCoverage.share, 'en'));
    await page.getByRole('region', { name: 'Line by line' }).getByText('Not in this stack').first().waitFor();
    await screenshot(page, `compare-stacks-${WIDE}-en`);

    for (const lang of ['en', 'vi'] as const) {
      const phone = await site.open(`/compare?ids=${selfHosted},${online}`, { width: PHONE, lang });
      await phone.getByRole('heading', { level: 1, name: lang === 'vi' ? 'So sánh bộ giải pháp' : 'Compare stacks' }).waitFor();
      const text = await phone.locator('.compare-table--stacks').innerText();
      for (const evaluation of evaluations) expect(text).toContain(vnd(evaluation.firstYearTotalWithVat.amount));
      await phone.getByText(lang === 'vi' ? 'Không có trong bộ này' : 'Not in this stack').first().waitFor();
      await expectNoOverflow(phone, `compare stacks at ${PHONE} px (${lang})`);
      await screenshot(phone, `compare-stacks-${PHONE}-${lang}`);
    }
  });
});

interface ComparedOffering {
  slug: string;
  name: string;
  nameEn: string | null;
  slaAvailability: string | null;
  plans: { name: string; unit: string; price: Money }[];
  dataCenters: { city: string; inVietnam: boolean }[];
}

async function offering(slug: string): Promise<ComparedOffering> {
  const response = await site.server.gql(
    `query($slug: String!) { offering(slug: $slug) { slug name nameEn slaAvailability plans { name unit price { amount } } dataCenters { city inVietnam } } }`,
    { slug },
  );
  return response.data.offering;
}

const compareBox = (page: Page, name: string, lang: 'vi' | 'en' = 'vi') =>
  page.getByRole('checkbox', { name: `${lang === 'vi' ? 'So sánh' : 'Compare'}: ${name}`, exact: true });

describe('comparing offerings', () => {
  it('compares two offerings picked on the catalogue: plans with their units, SLA and data centers, at both widths in both languages', async () => {
    const viettel = await offering('viettel-cloud-server');
    const alibaba = await offering('alibaba-ecs-singapore');
    const page = await site.open('/catalog?q=máy chủ ảo', { width: WIDE });
    await compareBox(page, viettel.name).check();
    await compareBox(page, alibaba.name).check();
    const tray = page.getByRole('region', { name: 'Dịch vụ đã chọn để so sánh' });
    await tray.getByText(alibaba.name).waitFor();
    await screenshot(page, `compare-tray-${WIDE}`);
    await tray.getByRole('link', { name: 'So sánh 2 dịch vụ' }).click();
    await page.waitForURL(/\/compare\/offerings\?/);
    expect(new URL(page.url()).searchParams.get('slugs')).toBe('viettel-cloud-server,alibaba-ecs-singapore');
    await page.getByRole('heading', { level: 1, name: 'So sánh dịch vụ' }).waitFor();

    const table = page.locator('.compare-table--offerings');
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers[1]).toContain(viettel.name);
    expect(headers[2]).toContain(alibaba.name);
    const plansRow = await page.getByRole('row', { name: /^Gói và giá/ }).innerText();
    for (const item of [...viettel.plans, ...alibaba.plans]) {
      expect(plansRow).toContain(item.name);
      const unit = { MONTH: '/ tháng', HOUR: '/ giờ', GB_MONTH: '/ GB / tháng', USER_MONTH: '/ người dùng / tháng', ONE_TIME: 'trả một lần' }[item.unit]!;
      expect(plansRow).toContain(`${vnd(item.price.amount)} ${unit}`);
    }
    expect(await page.getByRole('row', { name: /^SLA/ }).innerText()).toContain(percent(viettel.slaAvailability!, 'vi'));
    const centers = await page.getByRole('row', { name: /^Trung tâm dữ liệu/ }).innerText();
    for (const dc of [...viettel.dataCenters, ...alibaba.dataCenters]) expect(centers).toContain(dc.city);
    expect(centers).toContain('Ngoài Việt Nam');
    await screenshot(page, `compare-offerings-${WIDE}-vi`);

    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare offerings' }).waitFor();
    expect(await page.getByRole('row', { name: /^Plans and prices/ }).innerText()).toContain(`${vnd(viettel.plans[0]!.price.amount)} / month`);
    expect(await page.getByRole('row', { name: /^Data centers/ }).innerText()).toContain('Outside Vietnam');
    await screenshot(page, `compare-offerings-${WIDE}-en`);

    // Removing one keeps the other, in the address and in the catalogue's choice.
    await page.getByRole('button', { name: `Remove ${alibaba.nameEn} from the comparison` }).click();
    await page.waitForURL((url) => url.searchParams.get('slugs') === 'viettel-cloud-server');
    await page.getByText('Choose at least one more offering to compare.').waitFor();
    await page.getByRole('link', { name: 'Add an offering' }).click();
    await page.waitForURL(/\/catalog/);
    await page.getByRole('region', { name: 'Offerings chosen to compare' }).getByText(viettel.nameEn!).waitFor();

    const path = '/compare/offerings?slugs=viettel-cloud-server,alibaba-ecs-singapore';
    for (const lang of ['vi', 'en'] as const) {
      const phone = await site.open(path, { width: PHONE, lang });
      await phone.getByRole('heading', { level: 1, name: lang === 'vi' ? 'So sánh dịch vụ' : 'Compare offerings' }).waitFor();
      const text = await phone.locator('.compare-table--offerings').innerText();
      expect(text).toContain(`${vnd(alibaba.plans[0]!.price.amount)} ${lang === 'vi' ? '/ tháng' : '/ month'}`);
      expect(text).toContain('Singapore');
      await expectNoOverflow(phone, `compare offerings at ${PHONE} px (${lang})`);
      await screenshot(phone, `compare-offerings-${PHONE}-${lang}`);
      // Back on the catalogue, the tray holds what was compared.
      await phone.goto(`${site.url}${lang === 'en' ? '/en' : ''}/catalog?q=máy chủ ảo`);
      const shown = (o: ComparedOffering) => (lang === 'en' ? (o.nameEn ?? o.name) : o.name);
      await phone.getByRole('region', { name: lang === 'vi' ? 'Dịch vụ đã chọn để so sánh' : 'Offerings chosen to compare' }).getByText(shown(alibaba)).waitFor();
      // The tray hydrates with the layout; the card's box when the catalogue's own screen has, a moment later.
      await expect.poll(() => compareBox(phone, shown(viettel), lang).isChecked()).toBe(true);
      await expectNoOverflow(phone, `catalogue with the compare tray at ${PHONE} px (${lang})`);
      await screenshot(phone, `compare-tray-${PHONE}-${lang}`);
    }
  });

  it('compares from an offering page, marks one-time prices, shows attestations as they are and holds at most four', async () => {
    const misa = await offering('misa-accounting-self-hosted');
    const fast = await offering('fast-accounting-self-hosted');
    const page = await site.open('/offerings/misa-accounting-self-hosted', { width: WIDE });
    await page.getByRole('button', { name: 'So sánh với…' }).click();
    await page.waitForURL(/\/catalog\?category=accounting-software/);
    expect(await compareBox(page, misa.name).isChecked()).toBe(true);
    await compareBox(page, fast.name).check();
    await page.getByRole('region', { name: 'Dịch vụ đã chọn để so sánh' }).getByRole('link', { name: 'So sánh 2 dịch vụ' }).click();
    await page.getByRole('heading', { level: 1, name: 'So sánh dịch vụ' }).waitFor();
    const plansRow = page.getByRole('row', { name: /^Gói và giá/ });
    for (const item of [...misa.plans, ...fast.plans].filter((candidate) => candidate.unit === 'ONE_TIME')) {
      expect(await plansRow.innerText()).toContain(`${vnd(item.price.amount)} trả một lần`);
    }
    expect(await plansRow.locator('.badge', { hasText: 'Một lần' }).count()).toBe(2);

    // Mekong Cloud claims the MIC criteria (not verified) and its ISO 27001 expired; Viettel IDC's MIC attestation is verified.
    const attested = await site.open('/compare/offerings?slugs=mekong-vps,viettel-cloud-server', { width: WIDE });
    const row = attested.getByRole('row', { name: /^Chứng nhận/ });
    await row.waitFor();
    const [mekong, viettel] = await row.locator('td').allInnerTexts();
    expect(mekong).toContain('Tự công bố, chưa xác minh');
    expect(mekong).toContain('Hết hiệu lực');
    expect(mekong).not.toContain('Đạt');
    expect(viettel).toMatch(/Đạt — đã xác minh/);

    // Four at most: a fifth box cannot be ticked.
    const full = await site.open('/compare/offerings?slugs=viettel-cloud-server,vnpt-cloud,cmc-cloud-server,alibaba-ecs-singapore', { width: WIDE });
    await full.locator('.compare-table--offerings thead th').nth(4).waitFor();
    await full.goto(`${site.url}/catalog?q=máy chủ ảo`);
    const mekongVps = (await offering('mekong-vps')).name;
    // Disabled once the catalogue's screen has hydrated with the four held in this browser.
    await expect.poll(() => compareBox(full, mekongVps).isDisabled()).toBe(true);
    await full.getByRole('region', { name: 'Dịch vụ đã chọn để so sánh' }).getByText('Đã chọn đủ 4 dịch vụ.').waitFor();
  });
});
