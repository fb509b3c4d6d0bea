import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server.ts';
import { reportFiguresFromSql } from '../support/report-sql.ts';
import { rows } from '../support/sql.ts';
import { plansOf, saveMutation } from '../support/stacks.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const reportQuery = `{ ecosystemReport {
  vendorsByKind { key detail count } offeringsByKind { key count } offeringsByCategory { category { slug } count }
  dataCentersByCity { key detail count } dataCentersByTier { key count }
  publishedOfferings offeringsInVietnam shareInVietnam verifiedPlatforms
  priceRanges { category { slug } offerings min { amount } median { amount } max { amount } }
  quoteRequestsByCategory { category { slug } count } generatedAt } }`;

describe('the ecosystem report', () => {
  it('counts the live catalog, as SQL written apart says', async () => {
    const response = await server.gql(reportQuery);
    expect(response.errors).toBeUndefined();
    const report = response.data.ecosystemReport;

    const published = await rows<{ n: number; home: number }>(
      server.database,
      sql`select count(*)::int as n, count(*) filter (where data_in_vietnam)::int as home from offerings where status = 'PUBLISHED'`,
    );
    expect(report.publishedOfferings).toBe(published[0]!.n);
    expect(report.offeringsInVietnam).toBe(published[0]!.home);
    expect(report.shareInVietnam).toBe(((Math.round((published[0]!.home * 1000) / published[0]!.n)) / 10).toFixed(1));

    const byKind = await rows<{ kind: string; n: number }>(server.database, sql`select kind::text, count(*)::int as n from offerings where status = 'PUBLISHED' group by 1 order by 1`);
    expect(report.offeringsByKind).toEqual(byKind.map((r) => ({ key: r.kind, count: r.n })));

    const vendors = await rows<{ n: number }>(server.database, sql`select count(*)::int as n from vendors v, unnest(v.kinds) k`);
    expect(report.vendorsByKind.reduce((sum: number, v: { count: number }) => sum + v.count, 0)).toBe(vendors[0]!.n);
    expect(report.vendorsByKind.some((v: { detail: string }) => v.detail === 'FOREIGN')).toBe(true);

    const centers = await rows<{ n: number }>(server.database, sql`select count(*)::int as n from data_centers`);
    expect(report.dataCentersByCity.reduce((sum: number, d: { count: number }) => sum + d.count, 0)).toBe(centers[0]!.n);
    expect(report.dataCentersByTier.reduce((sum: number, d: { count: number }) => sum + d.count, 0)).toBe(centers[0]!.n);
    expect(report.verifiedPlatforms).toBe(5);

    // Every list, whole and in order, against the tables.
    const figures = await reportFiguresFromSql(server.database);
    const byCategory = (list: { category: { slug: string }; count: number }[]) => list.map((row) => ({ slug: row.category.slug, count: row.count }));
    const slugCounts = (list: { slug: string; count: number }[]) => list.map(({ slug, count }) => ({ slug, count }));
    expect(byCategory(report.offeringsByCategory)).toEqual(slugCounts(figures.offeringsByCategory));
    // Drafts, listings in review and archived ones exist in those categories, and count in none of them.
    expect(slugCounts(figures.listingsByCategory)).not.toEqual(slugCounts(figures.offeringsByCategory));
    expect(report.offeringsByKind).toEqual(figures.offeringsByKind);
    expect(report.vendorsByKind).toEqual(figures.vendorsByKind);
    expect(report.dataCentersByCity).toEqual(figures.dataCentersByCity);
    expect(report.dataCentersByTier).toEqual(figures.dataCentersByTier);
    expect({ published: report.publishedOfferings, inVietnam: report.offeringsInVietnam, verifiedPlatforms: report.verifiedPlatforms }).toEqual({
      published: figures.published,
      inVietnam: figures.inVietnam,
      verifiedPlatforms: figures.verifiedPlatforms,
    });
    expect(byCategory(report.quoteRequestsByCategory)).toEqual(slugCounts(figures.quoteRequestsByCategory));

    const compute = await rows<{ price: string }>(
      server.database,
      sql`select o.min_monthly_price::text as price from offerings o join categories c on c.id = o.category_id
          where c.slug = 'compute' and o.status = 'PUBLISHED' and o.min_monthly_price is not null order by o.min_monthly_price`,
    );
    const prices = compute.map((r) => Number(r.price));
    const middle = prices.length / 2;
    const median = prices.length % 2 ? prices[Math.floor(middle)]! : Math.round((prices[middle - 1]! + prices[middle]!) / 2);
    expect(report.priceRanges.find((r: { category: { slug: string } }) => r.category.slug === 'compute')).toEqual({
      category: { slug: 'compute' },
      offerings: prices.length,
      min: { amount: String(prices[0]) },
      median: { amount: String(median) },
      max: { amount: String(prices.at(-1)) },
    });
  });

  it('counts each quote request once per category, however many of its lines and vendors are in it', async () => {
    const counts = async () =>
      Object.fromEntries(
        ((await server.gql(`{ ecosystemReport { quoteRequestsByCategory { category { slug } count } } }`)).data.ecosystemReport.quoteRequestsByCategory as
          { category: { slug: string }; count: number }[]).map((entry) => [entry.category.slug, entry.count]),
      ) as Record<string, number>;
    const before = await counts();
    // Two plans of one compute offering, a compute offering of a second vendor and a WAF of that vendor:
    // one request, two vendors' parts, three compute lines.
    const p = await plansOf(server, 'viettel-cloud-server', 'cmc-cloud-server', 'cmc-waf');
    const saved = await server.gql(saveMutation, {
      input: {
        name: 'Một yêu cầu',
        items: [
          { planId: p['viettel-cloud-server']![0]!.id, quantity: 1 },
          { planId: p['viettel-cloud-server']![1]!.id, quantity: 2 },
          { planId: p['cmc-cloud-server']![0]!.id, quantity: 1 },
          { planId: p['cmc-waf']![0]!.id, quantity: 1 },
        ],
      },
    });
    expect(saved.data.saveStack.userErrors).toEqual([]);
    const quoted = await server.gql(
      `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { vendors { slug } } userErrors { code } } }`,
      { input: { stackId: saved.data.saveStack.stack.id, contactName: 'Lê Văn Báo Cáo', contactEmail: 'baocao@example.vn' } },
    );
    expect(quoted.data.requestQuote.userErrors).toEqual([]);
    expect(quoted.data.requestQuote.quoteRequest.vendors).toHaveLength(2);

    const after = await counts();
    expect(after.compute).toBe((before.compute ?? 0) + 1);
    expect(after.waf).toBe((before.waf ?? 0) + 1);
    const [written] = await rows<{ compute: number }>(
      server.database,
      sql`select count(distinct vq.quote_request_id)::int as compute from vendor_quote_requests vq
            join vendor_quote_request_lines l on l.vendor_quote_request_id = vq.id join plans pl on pl.id = l.plan_id
            join offerings o on o.id = pl.offering_id join categories c on c.id = o.category_id where c.slug = 'compute'`,
    );
    expect(after.compute).toBe(written!.compute);
  });

  it('counts offers by where they stand, a replaced one as its replacement, and never their prices', async () => {
    const counts = async () =>
      Object.fromEntries(
        ((await server.gql(`{ ecosystemReport { offersByStatus { key count } } }`)).data.ecosystemReport.offersByStatus as { key: string; count: number }[]).map(
          (entry) => [entry.key, entry.count],
        ),
      ) as Record<string, number>;
    const before = await counts();
    const p = await plansOf(server, 'viettel-cloud-server', 'cmc-waf');
    const saved = await server.gql(saveMutation, {
      input: { name: 'Báo giá để đếm', items: [{ planId: p['viettel-cloud-server']![0]!.id, quantity: 1 }, { planId: p['cmc-waf']![0]!.id, quantity: 1 }] },
    });
    const quoted = await server.gql(
      `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { id } userErrors { code } } }`,
      { input: { stackId: saved.data.saveStack.stack.id, contactName: 'Lê Văn Đếm', contactEmail: 'dem@example.vn' } },
    );
    expect(quoted.data.requestQuote.userErrors).toEqual([]);
    const requestId = Buffer.from(quoted.data.requestQuote.quoteRequest.id, 'base64url').toString('utf8').split(':')[1]!;
    const shares = await rows<{ id: string; vendor_id: string }>(server.owner, sql`select id, vendor_id from vendor_quote_requests where quote_request_id = ${requestId} order by id`);
    expect(shares).toHaveLength(2);
    const [a, b] = shares as [{ id: string; vendor_id: string }, { id: string; vendor_id: string }];
    const offer = (share: typeof a, status: string, validUntil: string, supersededBy: string | null = null) => sql`
      insert into offers (vendor_quote_request_id, quote_request_id, vendor_id, status, lines, monthly_total, one_time_total, list_monthly_total,
                          list_one_time_total, valid_until, superseded_by_id, decided_at)
      values (${share.id}, ${requestId}, ${share.vendor_id}, ${status}::offer_status, '[{"planId": "x", "quantity": 1, "unitPrice": 987654321}]', 987654321, 0,
              987654999, 0, ${validUntil}::timestamptz, ${supersededBy}::uuid, case when ${status} = 'OPEN' then null else now() end)
      returning id`;
    const [accepted] = await rows<{ id: string }>(server.owner, offer(a, 'ACCEPTED', '2099-01-01'));
    await rows(server.owner, offer(a, 'WITHDRAWN', '2099-01-01', accepted!.id));
    await rows(server.owner, offer(b, 'DECLINED', '2099-01-01'));
    await rows(server.owner, offer(b, 'OPEN', '2000-01-01'));
    const after = await counts();
    const delta = (key: string) => (after[key] ?? 0) - (before[key] ?? 0);
    expect({ ACCEPTED: delta('ACCEPTED'), DECLINED: delta('DECLINED'), EXPIRED: delta('EXPIRED'), OPEN: delta('OPEN'), WITHDRAWN: delta('WITHDRAWN') }).toEqual({
      ACCEPTED: 1,
      DECLINED: 1,
      EXPIRED: 1,
      OPEN: 0,
      WITHDRAWN: 0,
    });
    const csv = await (await fetch(`${server.url}/export/report.csv`)).text();
    expect(csv).toContain(`offers_by_status,EXPIRED,,${after.EXPIRED}\r\n`);
    expect(csv).not.toContain('987654');
  });

  it('exports the same figures as CSV', async () => {
    const response = await fetch(`${server.url}/export/report.csv`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const report = (await server.gql(reportQuery)).data.ecosystemReport;
    expect(text.startsWith('\uFEFFsection,key,detail,value\r\n')).toBe(true);
    expect(text).toContain(`published_offerings,,,${report.publishedOfferings}\r\n`);
    expect(text).toContain(`verified_platforms,,,${report.verifiedPlatforms}\r\n`);
    expect(text).not.toMatch(/@/);
  });
});
