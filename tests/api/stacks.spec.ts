import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';
import { evaluateQuery, firstPlans, plansOf } from '../support/stacks.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
});
afterAll(() => server.close());

async function evaluate(items: { planId: string; quantity?: number }[]) {
  const response = await server.gql(evaluateQuery, { items });
  expect(response.errors).toBeUndefined();
  return response.data.evaluateStack;
}

async function evaluationError(items: unknown[]) {
  const response = await server.gql(evaluateQuery, { items });
  expect(response.status).not.toBe(500);
  expect(response.errors, 'the request is refused').toBeDefined();
  return response.errors![0]!;
}

const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code);

describe('evaluateStack', () => {
  it('prices a complete multi-vendor stack with no issues, VAT apart and subtotals per vendor', async () => {
    const p = await firstPlans(
      server,
      'viettel-cloud-server',
      'viettel-cloud-waf',
      'viettel-cloud-backup',
      'viettel-cloud-monitoring',
      'misa-accounting-online',
    );
    const quantities = { 'viettel-cloud-server': 3, 'viettel-cloud-waf': 1, 'viettel-cloud-backup': 500, 'viettel-cloud-monitoring': 3, 'misa-accounting-online': 2 };
    const items = Object.entries(quantities).map(([slug, quantity]) => ({ planId: p[slug]!.id, quantity }));
    const result = await evaluate(items);

    expect(result.issues).toEqual([]);
    expect(result.errorCount).toBe(0);
    expect(result.dataInVietnam).toBe(true);
    // 99.98% four times (Viettel IDC) and 99.90% (MISA) in series: 99.820103972…, to four decimals.
    expect(result.compositeAvailability).toBe('99.8201');

    // The prices, independently from the database: quantity × monthly price, summed in exact integers.
    const dbPrices = await rows<{ id: string; monthly: string }>(
      server.database,
      sql`select p.id, p.monthly_price::text as monthly from plans p join offerings o on o.id = p.offering_id
          where o.slug in ('viettel-cloud-server', 'viettel-cloud-waf', 'viettel-cloud-backup', 'viettel-cloud-monitoring', 'misa-accounting-online')`,
    );
    const monthlyOf = (slug: string) => BigInt(dbPrices.find((row) => row.id === Buffer.from(p[slug]!.id, 'base64url').toString().split(':')[1])!.monthly);
    const costs = Object.entries(quantities).map(([slug, quantity]) => monthlyOf(slug) * BigInt(quantity));
    const total = costs.reduce((a, b) => a + b, 0n);
    expect(result.lines.map((line: { monthlyCost: { amount: string } }) => line.monthlyCost.amount)).toEqual(costs.map(String));
    expect(result.monthlyTotal).toEqual({ amount: String(total), currencyCode: 'VND' });
    expect(result.vatRate).toBe('10');

    // Each line's plan with its specs, in their order, as the catalog holds them.
    const specs = await rows<{ id: string; specs: { key: string; value: string }[] }>(
      server.database,
      sql`select p.id, coalesce(json_agg(json_build_object('key', s.key, 'value', s.value) order by s.position, s.key)
                                filter (where s.key is not null), '[]') as specs
          from plans p left join plan_specs s on s.plan_id = p.id
          where p.id in (${sql.join(items.map((item) => sql`${Buffer.from(item.planId, 'base64url').toString().split(':')[1]}`), sql`, `)})
          group by p.id`,
    );
    expect(specs.some((row) => row.specs.length > 1)).toBe(true);
    expect(result.lines.map((line: { plan: { specs: unknown } }) => line.plan.specs)).toEqual(
      items.map((item) => specs.find((row) => row.id === Buffer.from(item.planId, 'base64url').toString().split(':')[1])!.specs),
    );
    expect(result.vat.amount).toBe(String((total + 5n) / 10n));
    expect(result.totalWithVat.amount).toBe(String(total + (total + 5n) / 10n));
    expect(result.vendorSubtotals.map((s: { vendor: { name: string }; monthlyCost: { amount: string } }) => [s.vendor.name, s.monthlyCost.amount])).toEqual([
      ['Viettel IDC', String(costs[0]! + costs[1]! + costs[2]! + costs[3]!)],
      [expect.stringContaining('MISA'), String(costs[4]!)],
    ]);
    expect(result.vendors).toHaveLength(2);

    // Viettel IDC holds a VERIFIED MIC attestation; MISA does not.
    expect(result.micCoverage.framework.code).toBe('MIC-CLOUD-153');
    expect(result.micCoverage.offerings.map((o: { slug: string }) => o.slug).sort()).toEqual(
      ['viettel-cloud-backup', 'viettel-cloud-monitoring', 'viettel-cloud-server', 'viettel-cloud-waf'],
    );
    const covered = total - costs[4]!;
    expect(result.micCoverage.coveredMonthlyCost.amount).toBe(String(covered));
    const share = (covered * 10000n * 2n + total) / (total * 2n);
    expect(result.micCoverage.share).toBe(`${share / 100n}.${String(share % 100n).padStart(2, '0')}`);
    expect(result.lines.map((line: { micVerified: boolean }) => line.micVerified)).toEqual([true, true, true, true, false]);
  });

  it('counts a vendor’s MIC attestation as coverage when staff verified it, not while it is only claimed', async () => {
    const statuses = await rows<{ vendor: string; status: string }>(
      server.database,
      sql`select v.slug as vendor, a.status::text as status from attestations a join vendors v on v.id = a.vendor_id
          join compliance_frameworks f on f.id = a.framework_id where f.code = 'MIC-CLOUD-153' and v.slug in ('mekong-cloud', 'viettel-idc') order by 1`,
    );
    expect(statuses).toEqual([{ vendor: 'mekong-cloud', status: 'CLAIMED' }, { vendor: 'viettel-idc', status: 'VERIFIED' }]);
    const p = await firstPlans(server, 'mekong-vps', 'viettel-cloud-server');
    const result = await evaluate([{ planId: p['mekong-vps']!.id }, { planId: p['viettel-cloud-server']!.id }]);
    expect(result.lines.map((line: { micVerified: boolean }) => line.micVerified)).toEqual([false, true]);
    expect(result.micCoverage.offerings.map((o: { slug: string }) => o.slug)).toEqual(['viettel-cloud-server']);
    expect(result.micCoverage.coveredMonthlyCost.amount).toBe(p['viettel-cloud-server']!.monthlyPrice);
  });

  it('reports an unmet requirement with three suggestions, cheapest first, and clears it once one is added', async () => {
    const p = await firstPlans(server, 'misa-accounting-self-hosted', 'vng-cloud-server');
    const result = await evaluate([{ planId: p['misa-accounting-self-hosted']!.id }, { planId: p['vng-cloud-server']!.id }]);
    const unmet = result.issues.filter((issue: { code: string }) => issue.code === 'UNMET_REQUIREMENT');
    expect(unmet).toHaveLength(1);
    expect(unmet[0].severity).toBe('ERROR');
    expect(unmet[0].offerings.map((o: { slug: string }) => o.slug)).toEqual(['misa-accounting-self-hosted']);
    expect(unmet[0].messageEn).toContain('compute from Viettel IDC, VNPT IT or CMC Cloud');
    expect(unmet[0].message).toContain('máy chủ ảo của Viettel IDC, VNPT IT hoặc CMC Cloud');
    expect(result.errorCount).toBe(1);

    // What would satisfy it, computed apart: published compute of the three vendors, cheapest first.
    const expected = await rows<{ slug: string; summaryEn: string }>(
      server.database,
      sql`select o.slug, o.summary_en as "summaryEn" from offerings o join categories c on c.id = o.category_id join vendors v on v.id = o.vendor_id
          where o.status = 'PUBLISHED' and c.slug = 'compute' and v.slug in ('viettel-idc', 'vnpt-it', 'cmc-cloud')
          order by o.min_monthly_price nulls last, o.id limit 3`,
    );
    expect(unmet[0].suggestions.map((o: { slug: string }) => o.slug)).toEqual(expected.map((row) => row.slug));
    expect(unmet[0].suggestions.map((o: { summaryEn: string }) => o.summaryEn)).toEqual(expected.map((row) => row.summaryEn));
    const prices = unmet[0].suggestions.map((o: { lowestMonthlyPrice: { amount: string } }) => BigInt(o.lowestMonthlyPrice.amount));
    expect([...prices].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(prices);

    const fix = (await plansOf(server, unmet[0].suggestions[0].slug))[unmet[0].suggestions[0].slug]![0]!;
    const fixed = await evaluate([{ planId: p['misa-accounting-self-hosted']!.id }, { planId: p['vng-cloud-server']!.id }, { planId: fix.id }]);
    expect(codes(fixed.issues)).not.toContain('UNMET_REQUIREMENT');
  });

  it('suggests offerings of vendors already in the stack before cheaper ones', async () => {
    const p = await firstPlans(server, 'misa-accounting-self-hosted', 'viettel-cloud-backup');
    const result = await evaluate([{ planId: p['misa-accounting-self-hosted']!.id }, { planId: p['viettel-cloud-backup']!.id }]);
    const unmet = result.issues.find((issue: { code: string }) => issue.code === 'UNMET_REQUIREMENT');
    expect(unmet.suggestions[0].vendor.slug).toBe('viettel-idc');
  });

  it('breaks residency with a foreign line and says where its data goes', async () => {
    const p = await firstPlans(server, 'viettel-cloud-server', 'alibaba-ecs-singapore');
    const result = await evaluate([{ planId: p['viettel-cloud-server']!.id }, { planId: p['alibaba-ecs-singapore']!.id }]);
    expect(result.dataInVietnam).toBe(false);
    const issue = result.issues.find((i: { code: string }) => i.code === 'DATA_OUTSIDE_VIETNAM');
    expect(issue.severity).toBe('WARNING');
    expect(issue.offerings.map((o: { slug: string }) => o.slug)).toEqual(['alibaba-ecs-singapore']);
    expect(issue.messageEn).toContain('Singapore (SG)');
    expect(result.lines[0].dataOutsideVietnam).toEqual([]);
    expect(result.lines[1].dataOutsideVietnam).toEqual([{ city: 'Singapore', countryCode: 'SG' }]);
  });

  it('multiplies the SLAs in series to the digit; self-installed software counts through the server it runs on', async () => {
    const p = await firstPlans(server, 'viettel-cloud-server', 'vnpt-cloud', 'bizfly-cloud-database', 'misa-accounting-self-hosted');
    const three = await evaluate([{ planId: p['viettel-cloud-server']!.id }, { planId: p['vnpt-cloud']!.id }, { planId: p['bizfly-cloud-database']!.id }]);
    // 99.98 × 99.95 × 99.90 / 100² = 99.83007999
    expect(three.compositeAvailability).toBe('99.8301');
    const withSoftware = await evaluate([{ planId: p['viettel-cloud-server']!.id }, { planId: p['misa-accounting-self-hosted']!.id }]);
    expect(withSoftware.compositeAvailability).toBe('99.9800');
  });

  it('warns about a single data center and the missing layers', async () => {
    const p = await firstPlans(server, 'mekong-vps');
    const result = await evaluate([{ planId: p['mekong-vps']!.id }]);
    expect(codes(result.issues)).toEqual(['SINGLE_DATA_CENTER', 'MISSING_SECURITY', 'MISSING_BACKUP', 'MISSING_MONITORING']);
    expect(result.issues[0].messageEn).toContain('70–80% of services recover at once');
    expect(result.errorCount).toBe(0);
  });

  it('keeps a line whose offering was archived and flags it', async () => {
    const [archived] = await rows<{ id: string }>(
      server.database,
      sql`select p.id from plans p join offerings o on o.id = p.offering_id where o.slug = 'vng-cloud-server-legacy' limit 1`,
    );
    const planId = Buffer.from(`Plan:${archived!.id}`).toString('base64url');
    const result = await evaluate([{ planId }]);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0].available).toBe(false);
    expect(result.lines[0].offering.status).toBe('ARCHIVED');
    // Its texts too, loaded when asked (the line's row is read without them), archived or not.
    const [texts] = await rows<{ summary: string; description: string }>(
      server.database,
      sql`select summary, description from offerings where slug = 'vng-cloud-server-legacy'`,
    );
    expect(result.lines[0].offering).toMatchObject({ summary: texts!.summary, description: texts!.description });
    expect(result.issues[0]).toMatchObject({ code: 'OFFERING_UNAVAILABLE', severity: 'ERROR', offerings: [{ slug: 'vng-cloud-server-legacy' }] });
  });

  it('evaluates an empty stack as empty', async () => {
    const result = await evaluate([]);
    expect(result).toMatchObject({ lines: [], issues: [], monthlyTotal: { amount: '0' }, compositeAvailability: null, errorCount: 0 });
  });

  // One statement for the lines, their vendors, data centers and categories, and the suggestion candidates,
  // then what the remaining fields load: the framework, the plans' specs, the offerings' texts, suggested
  // vendors not in the stack (4 today; a DataLoader batch falling into another tick may add one). It must
  // not grow with lines.
  it('runs a bounded number of SQL statements, the same bound for 20 lines as for 60', async () => {
    const all = await rows<{ id: string }>(
      server.database,
      sql`select p.id from plans p join offerings o on o.id = p.offering_id where o.status = 'PUBLISHED' order by p.id limit 60`,
    );
    const items = all.map((row) => ({ planId: Buffer.from(`Plan:${row.id}`).toString('base64url') }));
    const small = await server.gql(evaluateQuery, { items: items.slice(0, 20) });
    const large = await server.gql(evaluateQuery, { items });
    expect(large.errors).toBeUndefined();
    expect(large.data.evaluateStack.lines).toHaveLength(60);
    expect(Number(small.headers.get('x-sql-statements'))).toBeLessThanOrEqual(5);
    expect(Number(large.headers.get('x-sql-statements'))).toBeLessThanOrEqual(5);
  });
});

describe('evaluateStack refuses bad input with a clear code, never a 500', () => {
  let planId: string;
  let otherPlanId: string;
  beforeAll(async () => {
    const p = await firstPlans(server, 'viettel-cloud-server', 'vnpt-cloud');
    planId = p['viettel-cloud-server']!.id;
    otherPlanId = p['vnpt-cloud']!.id;
  });

  it('an unknown plan id', async () => {
    const error = await evaluationError([{ planId }, { planId: Buffer.from('Plan:00000000-0000-4000-8000-000000000000').toString('base64url') }]);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_PLAN', field: ['items', '1', 'planId'] });
    expect(error.message).toContain('Line 2');
  });

  it('an id that is not a plan', async () => {
    const vendor = (await server.gql('{ vendor(slug: "viettel-idc") { id } }')).data.vendor.id;
    const error = await evaluationError([{ planId: vendor }]);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_PLAN' });
    expect((await evaluationError([{ planId: 'not an id' }])).extensions).toMatchObject({ reason: 'UNKNOWN_PLAN' });
  });

  it('a plan of a listing that was never published', async () => {
    const [draft] = await rows<{ id: string }>(
      server.database,
      sql`select p.id from plans p join offerings o on o.id = p.offering_id where o.status in ('DRAFT', 'IN_REVIEW') limit 1`,
    );
    const error = await evaluationError([{ planId: Buffer.from(`Plan:${draft!.id}`).toString('base64url') }]);
    expect(error.extensions).toMatchObject({ reason: 'UNKNOWN_PLAN' });
  });

  it('a quantity of zero, below zero or absurdly large', async () => {
    for (const quantity of [0, -3, 1_000_001]) {
      const error = await evaluationError([{ planId, quantity }]);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUANTITY_OUT_OF_RANGE', field: ['items', '0', 'quantity'] });
    }
    const notAnInt = await server.gql(evaluateQuery, { items: [{ planId, quantity: 2 ** 31 }] });
    expect(notAnInt.status).toBe(400);
    expect(notAnInt.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('more than 200 lines', async () => {
    const items = Array.from({ length: 201 }, () => ({ planId }));
    const error = await evaluationError(items);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_LINES' });
  });

  it('the same plan on two lines', async () => {
    const error = await evaluationError([{ planId }, { planId: otherPlanId }, { planId, quantity: 2 }]);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE_LINE', field: ['items', '2', 'planId'] });
    expect(error.message).toContain('repeats the plan of line 1');
  });

  it('names every problem at once', async () => {
    const error = await evaluationError([{ planId, quantity: 0 }, { planId }]);
    expect((error.extensions!.problems as { code: string }[]).map((p) => p.code).sort()).toEqual(['DUPLICATE_LINE', 'QUANTITY_OUT_OF_RANGE']);
  });
});
