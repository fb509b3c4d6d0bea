import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../support/accounts.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';
import { plansOf, saveMutation, type PlanInfo } from '../support/stacks.ts';

// A procurement officer signs the estimate: one-time fees (licences, setup, assessments) count once, beside
// the monthly amounts, and the first year adds both. Every figure is checked against the catalog's own rows.

let server: TestServer;
let plans: Record<string, PlanInfo[]>;
beforeAll(async () => {
  server = await startServer({ settings: { ...roomyBudget, quoteRequestsPerHour: 100 } });
  plans = await plansOf(server, 'misa-accounting-self-hosted', 'cmc-bare-metal', 'bkav-vulnerability-scan', 'vsec-managed-waf');
});
afterAll(() => server.close());

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const plan = (slug: string, name: string) => plans[slug]!.find((p) => p.name === name) ?? plans[slug]!.find((p) => p.name.includes(name))!;

const moneyFields = `
  monthlyTotal { amount } vat { amount } totalWithVat { amount }
  oneTimeTotal { amount } oneTimeVat { amount } oneTimeTotalWithVat { amount }
  firstYearTotal { amount } firstYearVat { amount } firstYearTotalWithVat { amount }
  vendorSubtotals { vendor { slug } monthlyCost { amount } oneTimeCost { amount } firstYearCost { amount } }
  lines { quantity plan { id unit price { amount } } monthlyPrice { amount } monthlyCost { amount } oneTimePrice { amount } oneTimeCost { amount } }`;

/** The catalog's price of a plan, read from the table, not from the API under test. */
async function priceOf(planId: string): Promise<{ price: bigint; unit: string }> {
  const [row] = await rows<{ price: string; unit: string }>(server.database, sql`select price::text as price, unit::text as unit from plans where id = ${dbId(planId)}`);
  return { price: BigInt(row!.price), unit: row!.unit };
}

const vatOf = (amount: bigint) => (amount * 10n + 50n) / 100n;

describe('one-time fees in an estimate', () => {
  it('counts a licence, an assessment and setup once: per line, per vendor, in one-time and first-year totals with VAT', async () => {
    const items = [
      { planId: plan('misa-accounting-self-hosted', 'Bản quyền').id, quantity: 2 },
      { planId: plan('misa-accounting-self-hosted', 'Cập nhật').id, quantity: 2 },
      { planId: plans['cmc-bare-metal']![0]!.id, quantity: 1 },
      { planId: plans['bkav-vulnerability-scan']![0]!.id, quantity: 1 },
    ];
    const response = await server.gql(`query($items: [StackItemInput!]!) { evaluateStack(items: $items) { ${moneyFields} } }`, { items });
    expect(response.errors).toBeUndefined();
    const result = response.data.evaluateStack;

    const facts = await Promise.all(items.map((item) => priceOf(item.planId)));
    expect(facts.map((f) => f.unit)).toEqual(['ONE_TIME', 'MONTH', 'MONTH', 'ONE_TIME']);
    const oneTime = facts.map((f, i) => (f.unit === 'ONE_TIME' ? f.price * BigInt(items[i]!.quantity) : 0n));
    const monthly = facts.map((f, i) => (f.unit === 'ONE_TIME' ? 0n : f.price * BigInt(items[i]!.quantity)));
    expect(oneTime[0]).toBe(24_000_000n);

    expect(result.lines.map((l: { oneTimeCost: { amount: string } }) => l.oneTimeCost.amount)).toEqual(oneTime.map(String));
    expect(result.lines.map((l: { monthlyCost: { amount: string } }) => l.monthlyCost.amount)).toEqual(monthly.map(String));
    expect(result.lines.map((l: { oneTimePrice: { amount: string } }) => l.oneTimePrice.amount)).toEqual(
      facts.map((f) => String(f.unit === 'ONE_TIME' ? f.price : 0n)),
    );

    const monthlyTotal = monthly.reduce((a, b) => a + b, 0n);
    const oneTimeTotal = oneTime.reduce((a, b) => a + b, 0n);
    expect(result.oneTimeTotal.amount).toBe(String(oneTimeTotal));
    expect(result.oneTimeVat.amount).toBe(String(vatOf(oneTimeTotal)));
    expect(result.oneTimeTotalWithVat.amount).toBe(String(oneTimeTotal + vatOf(oneTimeTotal)));
    expect(result.firstYearTotal.amount).toBe(String(12n * monthlyTotal + oneTimeTotal));
    // The first year adds up from what the buyer sees: twelve months with VAT and the one-time amount with VAT.
    expect(result.firstYearVat.amount).toBe(String(12n * vatOf(monthlyTotal) + vatOf(oneTimeTotal)));
    expect(result.firstYearTotalWithVat.amount).toBe(String(12n * BigInt(result.totalWithVat.amount) + BigInt(result.oneTimeTotalWithVat.amount)));

    const subtotals = Object.fromEntries(
      result.vendorSubtotals.map((s: { vendor: { slug: string }; monthlyCost: { amount: string }; oneTimeCost: { amount: string }; firstYearCost: { amount: string } }) => [
        s.vendor.slug,
        [s.monthlyCost.amount, s.oneTimeCost.amount, s.firstYearCost.amount],
      ]),
    );
    expect(subtotals.misa).toEqual([String(monthly[1]), String(oneTime[0]), String(12n * monthly[1]! + oneTime[0]!)]);
    const sumOf = (key: 0 | 1 | 2) => Object.values(subtotals).reduce((sum, s) => sum + BigInt((s as string[])[key]!), 0n);
    expect(sumOf(1)).toBe(oneTimeTotal);
    expect(sumOf(2)).toBe(12n * monthlyTotal + oneTimeTotal);
  });

  it('keeps a saved stack’s one-time price and says when it changed', async () => {
    const licence = plan('misa-accounting-self-hosted', 'Bản quyền');
    const saved = await server.gql(saveMutation, { input: { name: 'Kế toán tự cài', items: [{ planId: licence.id, quantity: 3 }] } });
    expect(saved.data.saveStack.userErrors).toEqual([]);
    const id = saved.data.saveStack.stack.id;
    const query = `query($id: ID!) { stack(id: $id) { priceChanged savedMonthlyTotal { amount } savedOneTimeTotal { amount }
      items { priceChanged savedOneTimePrice { amount } oneTimePrice { amount } oneTimeCost { amount } } } }`;
    const before = (await server.gql(query, { id })).data.stack;
    expect(before.priceChanged).toBe(false);
    expect(before.savedOneTimeTotal.amount).toBe('36000000');
    expect(before.items[0].savedOneTimePrice.amount).toBe('12000000');

    await server.database.db.execute(sql`update plans set price = 13000000 where id = ${dbId(licence.id)}`);
    try {
      const after = (await server.gql(query, { id })).data.stack;
      expect(after.priceChanged).toBe(true);
      expect(after.items[0]).toEqual({
        priceChanged: true,
        savedOneTimePrice: { amount: '12000000' },
        oneTimePrice: { amount: '13000000' },
        oneTimeCost: { amount: '39000000' },
      });
      expect(after.savedOneTimeTotal.amount).toBe('36000000');
      expect(after.savedMonthlyTotal.amount).toBe('0');
    } finally {
      await server.database.db.execute(sql`update plans set price = 12000000 where id = ${dbId(licence.id)}`);
    }
  });

  it('sends each vendor its one-time lines and subtotal in a quote request', async () => {
    const onboarding = plan('vsec-managed-waf', 'Khảo sát');
    const items = [
      { planId: plan('vsec-managed-waf', 'Được quản lý').id, quantity: 2 },
      { planId: onboarding.id, quantity: 1 },
    ];
    const saved = await server.gql(saveMutation, { input: { name: 'WAF với khảo sát', items } });
    const stackId = saved.data.saveStack.stack.id;
    const sent = await server.gql(
      `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { accessToken userErrors { code }
         quoteRequest { parts { vendor { slug } monthlySubtotal { amount } oneTimeSubtotal { amount }
           lines { quantity monthlyCost { amount } oneTimePrice { amount } oneTimeCost { amount } } } } } }`,
      { input: { stackId, contactName: 'Người mua', contactEmail: 'mua@example.vn' } },
    );
    expect(sent.errors).toBeUndefined();
    const [part] = sent.data.requestQuote.quoteRequest.parts;
    const onboardingPrice = (await priceOf(onboarding.id)).price;
    expect(part.oneTimeSubtotal.amount).toBe(String(onboardingPrice));
    expect(part.lines.map((l: { oneTimeCost: { amount: string } }) => l.oneTimeCost.amount)).toEqual(['0', String(onboardingPrice)]);

    const key = await createKey(server.database, 'vsec', ['quotes:read']);
    const inbox = await server.gql(
      `{ quoteInbox(first: 1) { nodes { oneTimeSubtotal { amount } lines { oneTimePrice { amount } oneTimeCost { amount } } } } }`,
      {},
      { authorization: `Bearer ${key.key}` },
    );
    expect(inbox.errors).toBeUndefined();
    const [latest] = inbox.data.quoteInbox.nodes;
    expect(latest.oneTimeSubtotal.amount).toBe(String(onboardingPrice));
    expect(latest.lines[1]).toEqual({ oneTimePrice: { amount: String(onboardingPrice) }, oneTimeCost: { amount: String(onboardingPrice) } });
  });
});
