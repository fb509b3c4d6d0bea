import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { plansOf, saveMutation, type PlanInfo } from '../support/stacks.ts';

let server: TestServer;
let plans: Record<string, PlanInfo[]>;
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  plans = await plansOf(server, 'misa-accounting-self-hosted', 'misa-accounting-online', 'viettel-cloud-server', 'cmc-cloud-backup');
});
afterAll(() => server.close());

const vndText = (amount: bigint) => `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;
const plan = (slug: string, name: RegExp) => {
  const found = plans[slug]!.find((candidate) => name.test(candidate.name));
  if (!found) throw new Error(`${slug} has no plan named ${name}`);
  return found.id;
};

async function saved(name: string, items: { planId: string; quantity: number }[]): Promise<{ id: string; name: string }> {
  const response = await server.gql(saveMutation, { input: { name, items } });
  expect(response.errors).toBeUndefined();
  expect(response.data.saveStack.userErrors).toEqual([]);
  return response.data.saveStack.stack;
}

interface Money {
  amount: string;
}
interface EvaluatedLine {
  quantity: number;
  plan: { id: string };
  monthlyCost: Money;
  oneTimeCost: Money;
}
interface Entry {
  stack: {
    id: string;
    name: string;
    evaluation: { monthlyTotal: Money; oneTimeTotal: Money; firstYearTotal: Money; micCoverage: { share: string }; lines: EvaluatedLine[] };
  };
  costAboveCheapest: Money;
  firstYearAboveCheapest: Money;
}
interface ComparedLine {
  plan: { id: string };
  offering: { slug: string };
  differs: boolean;
  perStack: ({ quantity: number; monthlyCost: Money; oneTimeCost: Money } | null)[];
}

const compareQuery = `query($ids: [ID!]!) {
  compareStacks(ids: $ids) {
    cheapest { id }
    cheapestFirstYear { id }
    entries {
      costAboveCheapest { amount }
      firstYearAboveCheapest { amount }
      stack { id name evaluation { monthlyTotal { amount } oneTimeTotal { amount } firstYearTotal { amount } micCoverage { share }
        lines { quantity plan { id } monthlyCost { amount } oneTimeCost { amount } } } }
    }
    lines { plan { id } offering { slug } differs perStack { quantity monthlyCost { amount } oneTimeCost { amount } } }
    differences { aspect message messageEn }
  }
}`;

const indexOfLeast = (values: bigint[]) => values.reduce((best, value, i) => (value < values[best]! ? i : best), 0);

describe('compareStacks: one-time and first-year cost, MIC share, line by line', () => {
  it('names the cheapest stack over the first year and each stack’s first-year gap to it, from the evaluations', async () => {
    // Licensed software on a rented server: little a month, much at once. The cloud edition: the reverse.
    const selfHosted = await saved('Tự cài đặt', [
      { planId: plan('misa-accounting-self-hosted', /^Bản quyền$/), quantity: 1 },
      { planId: plan('misa-accounting-self-hosted', /^Cập nhật/), quantity: 1 },
      { planId: plan('viettel-cloud-server', /^Cloud Server 2 vCPU \/ 4 GB$/), quantity: 1 },
      { planId: plans['cmc-cloud-backup']![0]!.id, quantity: 50 },
    ]);
    const online = await saved('Trên mây', [
      { planId: plan('misa-accounting-online', /^Tiêu chuẩn$/), quantity: 1 },
      { planId: plan('viettel-cloud-server', /^Cloud Server 2 vCPU \/ 4 GB$/), quantity: 2 },
      { planId: plans['cmc-cloud-backup']![0]!.id, quantity: 50 },
    ]);
    const response = await server.gql(compareQuery, { ids: [selfHosted.id, online.id] });
    expect(response.errors).toBeUndefined();
    const result = response.data.compareStacks;
    const entries = result.entries as Entry[];

    const monthly = entries.map((entry) => BigInt(entry.stack.evaluation.monthlyTotal.amount));
    const firstYear = entries.map((entry) => BigInt(entry.stack.evaluation.firstYearTotal.amount));
    const least = indexOfLeast(firstYear);
    expect(result.cheapestFirstYear.id).toBe(entries[least]!.stack.id);
    expect(entries.map((entry) => entry.firstYearAboveCheapest.amount)).toEqual(firstYear.map((total) => String(total - firstYear[least]!)));
    // The case this is about: cheapest a month is not cheapest over the year.
    expect(result.cheapest.id).toBe(entries[indexOfLeast(monthly)]!.stack.id);
    expect(result.cheapest.id).not.toBe(result.cheapestFirstYear.id);
  });

  it('lists every plan of any stack with its quantity and cost in each, null where absent, and whether it differs', async () => {
    const a = await saved('A', [
      { planId: plan('misa-accounting-self-hosted', /^Bản quyền$/), quantity: 1 },
      { planId: plan('viettel-cloud-server', /^Cloud Server 2 vCPU \/ 4 GB$/), quantity: 1 },
      { planId: plans['cmc-cloud-backup']![0]!.id, quantity: 50 },
    ]);
    const b = await saved('B', [
      { planId: plans['cmc-cloud-backup']![0]!.id, quantity: 50 },
      { planId: plan('viettel-cloud-server', /^Cloud Server 2 vCPU \/ 4 GB$/), quantity: 3 },
      { planId: plan('misa-accounting-online', /^Tiêu chuẩn$/), quantity: 1 },
    ]);
    const result = (await server.gql(compareQuery, { ids: [a.id, b.id] })).data.compareStacks;
    const entries = result.entries as Entry[];

    // Every plan once, in the order it first appears, stack by stack.
    const planIds = [...new Set(entries.flatMap((entry) => entry.stack.evaluation.lines.map((line) => line.plan.id)))];
    const lines = result.lines as ComparedLine[];
    expect(lines.map((line) => line.plan.id)).toEqual(planIds);
    for (const line of lines) {
      const cells = entries.map((entry) => entry.stack.evaluation.lines.find((candidate) => candidate.plan.id === line.plan.id) ?? null);
      expect(line.perStack).toEqual(
        cells.map((cell) => (cell === null ? null : { quantity: cell.quantity, monthlyCost: cell.monthlyCost, oneTimeCost: cell.oneTimeCost })),
      );
      const quantities = new Set(cells.map((cell) => cell?.quantity ?? null));
      expect(line.differs, line.offering.slug).toBe(quantities.size > 1);
    }
    expect(lines.filter((line) => !line.differs).map((line) => line.offering.slug)).toEqual(['cmc-cloud-backup']);
    expect(lines.find((line) => line.offering.slug === 'misa-accounting-self-hosted')!.perStack[1]).toBeNull();
  });

  it('explains differences of one-time cost, first-year cost, MIC share and lines in both languages', async () => {
    const selfHosted = await saved('Tự cài đặt', [
      { planId: plan('misa-accounting-self-hosted', /^Bản quyền$/), quantity: 1 },
      { planId: plan('misa-accounting-self-hosted', /^Cập nhật/), quantity: 1 },
      { planId: plan('viettel-cloud-server', /^Cloud Server 2 vCPU \/ 4 GB$/), quantity: 1 },
    ]);
    const online = await saved('Trên mây', [
      { planId: plan('misa-accounting-online', /^Tiêu chuẩn$/), quantity: 1 },
      { planId: plan('viettel-cloud-server', /^Cloud Server 2 vCPU \/ 4 GB$/), quantity: 2 },
    ]);
    const result = (await server.gql(compareQuery, { ids: [selfHosted.id, online.id] })).data.compareStacks;
    const entries = result.entries as Entry[];
    const differences = result.differences as { aspect: string; message: string; messageEn: string }[];
    const about = (aspect: string) => {
      const found = differences.find((difference) => difference.aspect === aspect);
      expect(found, aspect).toBeDefined();
      return found!;
    };

    const oneTime = entries.map((entry) => BigInt(entry.stack.evaluation.oneTimeTotal.amount));
    const oneTimeGap = vndText(oneTime[0]! - oneTime[1]!);
    expect(about('ONE_TIME_COST').message).toContain(oneTimeGap);
    expect(about('ONE_TIME_COST').messageEn).toContain(oneTimeGap);
    expect(about('ONE_TIME_COST').messageEn).toContain('«Tự cài đặt»');

    const firstYear = entries.map((entry) => BigInt(entry.stack.evaluation.firstYearTotal.amount));
    const least = indexOfLeast(firstYear);
    const firstYearGap = vndText(firstYear[1 - least]! - firstYear[least]!);
    expect(about('FIRST_YEAR_COST').messageEn).toContain(`«${entries[least]!.stack.name}» costs the least over the first year`);
    expect(about('FIRST_YEAR_COST').messageEn).toContain(firstYearGap);
    expect(about('FIRST_YEAR_COST').message).toContain(firstYearGap);

    const shares = entries.map((entry) => entry.stack.evaluation.micCoverage.share);
    expect(shares[0]).not.toBe(shares[1]);
    for (const share of shares) {
      expect(about('MIC_COVERAGE').messageEn).toContain(`${share}%`);
      expect(about('MIC_COVERAGE').message).toContain(`${share}%`);
    }
    expect(about('LINES').messageEn).toMatch(/^The stacks differ in \d+ lines? of \d+\.$/);

    // Same lines, same quantities: none of these.
    const again = await saved('Trên mây (bản sao)', [
      { planId: plan('misa-accounting-online', /^Tiêu chuẩn$/), quantity: 1 },
      { planId: plan('viettel-cloud-server', /^Cloud Server 2 vCPU \/ 4 GB$/), quantity: 2 },
    ]);
    const same = (await server.gql(compareQuery, { ids: [online.id, again.id] })).data.compareStacks;
    expect(same.differences).toEqual([]);
    expect((same.lines as ComparedLine[]).every((line) => !line.differs)).toBe(true);
  });
});

describe('offeringsBySlugs', () => {
  const query = `query($slugs: [String!]!) {
    offeringsBySlugs(slugs: $slugs) {
      slug name slaAvailability vendor { slug } category { slug }
      plans { id name unit price { amount } }
      dataCenters { city countryCode inVietnam }
      attestations { status framework { code } }
    }
  }`;
  const single = `query($slug: String!) {
    offering(slug: $slug) {
      slug name slaAvailability vendor { slug } category { slug }
      plans { id name unit price { amount } }
      dataCenters { city countryCode inVietnam }
      attestations { status framework { code } }
    }
  }`;

  it('answers the published offerings asked, in order, as offering(slug) does, null where none is published', async () => {
    await server.database.db.execute(sql`update offerings set status = 'ARCHIVED' where slug = 'straits-object-storage'`);
    const slugs = ['mekong-vps', 'viettel-cloud-server', 'no-such-offering', 'straits-object-storage'];
    const response = await server.gql(query, { slugs });
    expect(response.errors).toBeUndefined();
    const expected = [];
    for (const slug of slugs) expected.push((await server.gql(single, { slug })).data.offering);
    expect(expected[0]).not.toBeNull();
    expect(expected[1]).not.toBeNull();
    expect(response.data.offeringsBySlugs).toEqual(expected);
    expect(response.data.offeringsBySlugs.slice(2)).toEqual([null, null]);
    expect((await server.gql(query, { slugs: [] })).data.offeringsBySlugs).toEqual([]);
  });

  it('refuses more than four slugs with BAD_USER_INPUT and a clear message', async () => {
    const response = await server.gql(query, { slugs: ['a', 'b', 'c', 'd', 'e'] });
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_OFFERINGS', field: ['slugs'] });
    expect(response.errors![0]!.message).toBe('Ask for at most 4 offerings at once; got 5.');
  });
});
