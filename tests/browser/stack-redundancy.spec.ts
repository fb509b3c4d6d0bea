import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from '../support/axe.ts';
import { DESKTOP, MOBILE, screenshot, startSite, type Site } from '../support/browser.ts';
import { rows } from '../support/sql.ts';
import { firstPlans, type PlanInfo } from '../support/stacks.ts';

// The builder makes a line redundant in one click: a second site in another city, the pair shown together,
// the availability in parallel, SINGLE_DATA_CENTER gone; save, reload and the shared page keep the group.

let site: Site;
let p: Record<string, PlanInfo>;
beforeAll(async () => {
  site = await startSite();
  p = await firstPlans(site.server, 'mekong-vps');
});
afterAll(async () => {
  expect(site.offsiteRequests).toEqual([]);
  expect(site.pageErrors).toEqual([]);
  await site.close();
});

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const storedItems = async (page: Page) =>
  JSON.parse((await page.evaluate(() => localStorage.getItem('mayviet.stack.v1')))!).items as { planId: string; quantity: number; redundancyGroup?: string }[];
const availability = (page: Page) => page.getByTestId('stack-availability').innerText();
const singleSiteIssues = (page: Page) => page.locator('.issue[data-code="SINGLE_DATA_CENTER"]').count();

async function noSidewaysScroll(page: Page, name: string) {
  for (const width of [MOBILE, DESKTOP]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(0);
    await screenshot(page, `${name}-${width}`);
  }
}

describe('a second site in one click', () => {
  it('pairs a Cần Thơ VPS with the cheapest compute in another city, raises the availability, clears SINGLE_DATA_CENTER, and keeps the pair saved', async () => {
    const page = await site.open('/offerings/mekong-vps');
    await page.getByRole('button', { name: `Thêm vào bộ giải pháp: ${p['mekong-vps']!.name}`, exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Đã thêm “${p['mekong-vps']!.name}” vào bộ giải pháp.` }).waitFor();
    await page.goto(`${site.url}/stack`);
    await page.getByRole('heading', { level: 2, name: 'Dịch vụ trong bộ (1)' }).waitFor();
    await expect.poll(() => singleSiteIssues(page)).toBe(1);
    const alone = await availability(page);
    expect(alone).toBe('99,5%');

    // By keyboard: the button says what it does, Enter presses it.
    const button = page.getByRole('button', { name: 'Thêm site thứ hai cho Máy chủ ảo Mekong VPS: dịch vụ cùng loại rẻ nhất ở thành phố khác, chạy song song' });
    expect(await button.innerText()).toBe('Thêm site thứ hai');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'làm site thứ hai cho' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Dịch vụ trong bộ (2)' }).waitFor();

    // Stored: the line and its second site, side by side in one group, the same quantity.
    const items = await storedItems(page);
    expect(items).toEqual([
      { planId: p['mekong-vps']!.id, quantity: 1, redundancyGroup: 'site-1' },
      { planId: expect.any(String), quantity: 1, redundancyGroup: 'site-1' },
    ]);
    // The second site is the cheapest published compute keeping data in Vietnam with a data center outside Cần Thơ.
    const [expected] = await rows<{ id: string; cities: string }>(
      site.server.database,
      sql`select p.id, (select string_agg(distinct dc.city, ',') from offering_data_centers odc join data_centers dc on dc.id = odc.data_center_id where odc.offering_id = o.id) as cities
          from offerings o join categories c on c.id = o.category_id join plans p on p.offering_id = o.id
          where c.slug = 'compute' and o.status = 'PUBLISHED' and p.unit <> 'ONE_TIME' and p.retired_at is null
            and exists (select 1 from offering_data_centers odc join data_centers dc on dc.id = odc.data_center_id where odc.offering_id = o.id and dc.city <> 'Cần Thơ')
            and not exists (select 1 from offering_data_centers odc join data_centers dc on dc.id = odc.data_center_id where odc.offering_id = o.id and dc.country_code <> 'VN')
          order by p.monthly_price, o.id limit 1`,
    );
    expect(dbId(items[1]!.planId)).toBe(expected!.id);

    // Shown together with the badge naming both cities; the availability in parallel; no single data center.
    const badges = page.locator('.stack-line--grouped .badge--pair');
    await expect.poll(() => badges.count()).toBe(2);
    const badge = await badges.first().innerText();
    expect(badge).toMatch(/^Dự phòng hai nơi: Cần Thơ · /);
    for (const city of expected!.cities.split(',')) expect(badge).toContain(city);
    await expect.poll(() => singleSiteIssues(page)).toBe(0);
    const paired = await availability(page);
    expect(Number(paired.replace('%', '').replace(',', '.'))).toBeGreaterThan(Number(alone.replace('%', '').replace(',', '.')));
    // A line already in a group spanning two cities offers no further second site.
    expect(await page.getByRole('button', { name: /^Thêm site thứ hai/ }).count()).toBe(0);

    expect(await violations(page)).toEqual([]);
    await noSidewaysScroll(page, 'stack-redundancy');

    // Saved, the group is in the database; a reload keeps it in the builder.
    await page.getByLabel('Tên bộ giải pháp').fill('Hai nơi');
    await page.getByRole('button', { name: 'Lưu và tạo liên kết' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu “Hai nơi”.' }).waitFor();
    const shareUrl = await page.getByLabel('Liên kết chia sẻ').inputValue();
    const stackId = dbId(new URL(shareUrl).pathname.split('/').at(-1)!);
    const stored = await rows<{ group: string | null }>(site.server.database, sql`select redundancy_group as "group" from stack_items where stack_id = ${stackId} order by position`);
    expect(stored).toEqual([{ group: 'site-1' }, { group: 'site-1' }]);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Dịch vụ trong bộ (2)' }).waitFor();
    await expect.poll(() => page.locator('.stack-line--grouped .badge--pair').count()).toBe(2);
    expect(await availability(page)).toBe(paired);

    // The shared page shows the pair; loading it into another browser's builder keeps the group.
    const shared = await site.open(new URL(shareUrl).pathname);
    await shared.getByRole('heading', { level: 1, name: 'Hai nơi' }).waitFor();
    await expect.poll(() => shared.locator('.stack-line--grouped .badge--pair').count()).toBe(2);
    await shared.getByRole('button', { name: 'Nạp vào bộ giải pháp của tôi' }).click();
    await shared.getByRole('heading', { level: 2, name: 'Dịch vụ trong bộ (2)' }).waitFor();
    expect(await storedItems(shared)).toEqual(items);

    // Leaving the group: both lines run alone again, in series (the other city still counts as a second
    // site of the same category, as it always did).
    await page.getByRole('button', { name: 'Tách khỏi nhóm dự phòng: Máy chủ ảo Mekong VPS' }).click();
    await page.getByRole('status').filter({ hasText: 'không còn chạy dự phòng song song' }).waitFor();
    expect((await storedItems(page)).map((item) => item.redundancyGroup)).toEqual([undefined, undefined]);
    await expect.poll(() => page.locator('.stack-line--grouped').count()).toBe(0);
    const percent = (text: string) => Number(text.replace('%', '').replace(',', '.'));
    await expect.poll(async () => percent(await availability(page))).toBeLessThan(percent(alone));
  });

  it('speaks English, and takes groups from elsewhere (the composer) through the stored stack', async () => {
    const [second] = await rows<{ id: string }>(
      site.server.database,
      sql`select p.id from plans p join offerings o on o.id = p.offering_id where o.slug = 'cmc-cloud-server' and p.unit = 'MONTH' order by p.monthly_price limit 1`,
    );
    const composed = {
      name: 'Composed',
      items: [
        { planId: p['mekong-vps']!.id, quantity: 2, redundancyGroup: 'need-compute' },
        { planId: Buffer.from(`Plan:${second!.id}`).toString('base64url'), quantity: 2, redundancyGroup: 'need-compute' },
      ],
    };
    const page = await site.open('/stack', { lang: 'en', storage: { 'mayviet.stack.v1': JSON.stringify(composed) } });
    await page.getByRole('heading', { level: 2, name: 'Services in the stack (2)' }).waitFor();
    await expect.poll(() => page.locator('.stack-line--grouped .badge--pair').count()).toBe(2);
    expect(await page.locator('.stack-line--grouped .badge--pair').first().innerText()).toMatch(/^Redundant pair: Cần Thơ · /);
    await expect.poll(() => singleSiteIssues(page)).toBe(0);
    // 99.5 % and 99.95 % in parallel.
    expect(await availability(page)).toBe('99.9998%');
    await page.getByRole('button', { name: 'Leave the group: Mekong VPS virtual servers' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await noSidewaysScroll(page, 'stack-redundancy-en');
  });
});
