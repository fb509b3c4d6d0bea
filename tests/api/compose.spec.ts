import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

let server: TestServer;
beforeAll(async () => {
  // a budget no loaded test machine exhausts: the answers are checked, not the time they take
  server = await startServer({ settings: { ...roomyBudget, composeTimeLimitMs: 60_000, requestTimeoutMs: 120_000 } });
});
afterAll(() => server.close());

const compositionQuery = `query($input: ComposeStackInput!) {
  composeStack(input: $input) {
    needs { category { slug } quantity note noteEn }
    alternatives {
      label labelEn objective
      items { quantity redundancyGroup plan { id } offering { id slug kind vendor { id slug domestic } dataCenters { city countryCode } category { slug } } }
      reasons { plan { id } purpose category { slug } layer message messageEn }
      evaluation {
        monthlyTotal { amount } oneTimeTotal { amount } firstYearTotal { amount } compositeAvailability dataInVietnam
        vendors { id slug }
        issues { code }
        lines { redundancyGroup plan { id } }
      }
    }
    blockers
    blockerDetails { constraint category { slug } relaxedMonthlyTotal { amount } relaxedFirstYearTotal { amount } message messageEn }
    incomplete
  }
}`;

interface Composed {
  label: string;
  labelEn: string;
  objective: string;
  items: {
    quantity: number;
    redundancyGroup: string | null;
    plan: { id: string };
    offering: {
      id: string;
      slug: string;
      kind: string;
      vendor: { id: string; slug: string; domestic: boolean };
      dataCenters: { city: string; countryCode: string }[];
      category: { slug: string };
    };
  }[];
  reasons: { plan: { id: string }; purpose: string; category: { slug: string }; layer: string | null; message: string; messageEn: string }[];
  evaluation: {
    monthlyTotal: { amount: string };
    oneTimeTotal: { amount: string };
    firstYearTotal: { amount: string };
    compositeAvailability: string | null;
    dataInVietnam: boolean;
    vendors: { id: string; slug: string }[];
    issues: { code: string }[];
    lines: { redundancyGroup: string | null; plan: { id: string } }[];
  };
}

interface Composition {
  needs: { category: { slug: string }; quantity: number; note: string | null; noteEn: string | null }[];
  alternatives: Composed[];
  blockers: string[];
  blockerDetails: {
    constraint: string;
    category: { slug: string } | null;
    relaxedMonthlyTotal: { amount: string } | null;
    relaxedFirstYearTotal: { amount: string } | null;
    message: string;
    messageEn: string;
  }[];
  incomplete: string[];
}

async function compose(input: object): Promise<Composition> {
  const response = await server.gql(compositionQuery, { input });
  expect(response.errors).toBeUndefined();
  return response.data.composeStack;
}

async function composeError(input: Record<string, unknown>) {
  const response = await server.gql(compositionQuery, { input });
  expect(response.status).not.toBe(500);
  expect(response.errors, 'the request is refused').toBeDefined();
  return response.errors![0]! as { message: string; extensions: { code: string; reason: string; field: string[]; problems: { code: string; field: string[] }[] } };
}

const codes = (alternative: Composed) => alternative.evaluation.issues.map((issue) => issue.code);
const firstYear = (alternative: Composed) => BigInt(alternative.evaluation.firstYearTotal.amount);

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const layerIssues = { SECURITY: 'MISSING_SECURITY', BACKUP: 'MISSING_BACKUP', MONITORING: 'MISSING_MONITORING' } as const;

/** Four decimals of a percent as a whole number of ten-thousandths: exact comparisons of availabilities. */
const tenThousandths = (percent: string) => {
  const [whole, fraction = ''] = percent.split('.');
  return BigInt(whole!) * 10_000n + BigInt((fraction + '0000').slice(0, 4));
};

interface Asked {
  needs: { categorySlug: string; quantity: number }[];
  constraints?: {
    dataInVietnam?: boolean;
    domesticOnly?: boolean;
    verifiedFramework?: string;
    minAvailability?: string;
    maxMonthlyTotal?: string;
    maxFirstYearTotal?: string;
    excludeVendors?: string[];
    requireSecondSite?: boolean;
    maxVendors?: number;
    omitLayers?: (keyof typeof layerIssues)[];
  };
}

/** Every constraint asked, checked on what the API returned for the alternative (and the database for frameworks). */
async function expectMeets(alternative: Composed, asked: Asked) {
  const c = asked.constraints ?? {};
  const e = alternative.evaluation;
  const what = `${alternative.objective}: ${JSON.stringify(e.issues)}`;
  if (c.dataInVietnam) expect(e.dataInVietnam, what).toBe(true);
  if (c.domesticOnly) for (const item of alternative.items) expect(item.offering.vendor.domestic, item.offering.slug).toBe(true);
  if (c.maxVendors !== undefined) expect(e.vendors.length).toBeLessThanOrEqual(c.maxVendors);
  if (c.minAvailability !== undefined) {
    expect(e.compositeAvailability).not.toBeNull();
    expect(tenThousandths(e.compositeAvailability!)).toBeGreaterThanOrEqual(tenThousandths(c.minAvailability));
  }
  if (c.maxMonthlyTotal !== undefined) expect(BigInt(e.monthlyTotal.amount)).toBeLessThanOrEqual(BigInt(c.maxMonthlyTotal));
  if (c.maxFirstYearTotal !== undefined) expect(BigInt(e.firstYearTotal.amount)).toBeLessThanOrEqual(BigInt(c.maxFirstYearTotal));
  for (const item of alternative.items) expect(c.excludeVendors ?? []).not.toContain(item.offering.vendor.slug);
  if (c.verifiedFramework !== undefined) {
    const planIds = alternative.items.map((item) => dbId(item.plan.id));
    const unverified = await rows<{ id: string }>(
      server.database,
      sql`select p.id from plans p join offerings o on o.id = p.offering_id
          where p.id in (${sql.join(planIds.map((id) => sql`${id}::uuid`), sql`, `)})
            and not exists (select 1 from attestations a join compliance_frameworks f on f.id = a.framework_id
                            where f.code = ${c.verifiedFramework} and a.status = 'VERIFIED' and a.superseded_at is null
                              and (a.valid_until is null or a.valid_until > now()) and (a.vendor_id = o.vendor_id or a.offering_id = o.id))`,
    );
    expect(unverified).toEqual([]);
  }
  for (const need of asked.needs) {
    const lines = alternative.items.filter((item, index) => item.offering.category.slug === need.categorySlug && ['NEED', 'SECOND_SITE'].includes(alternative.reasons[index]!.purpose));
    expect(lines.length, need.categorySlug).toBeGreaterThan(0);
    for (const line of lines) expect(line.quantity).toBe(need.quantity);
    if (c.requireSecondSite && lines[0]!.offering.kind !== 'SOFTWARE') {
      expect(lines).toHaveLength(2);
      expect(new Set(lines.map((line) => line.redundancyGroup))).toEqual(new Set([`need-${need.categorySlug}`]));
      expect(lines[0]!.offering.id).not.toBe(lines[1]!.offering.id);
      const [first, second] = lines.map((line) => new Set(line.offering.dataCenters.map((dc) => dc.city)));
      expect([...first!].some((a) => [...second!].some((b) => a !== b)), `${need.categorySlug} spans two cities`).toBe(true);
    }
  }
  const issues = codes(alternative);
  expect(issues, what).not.toContain('UNMET_REQUIREMENT');
  for (const [layer, code] of Object.entries(layerIssues)) {
    if (!(c.omitLayers ?? []).includes(layer as keyof typeof layerIssues)) expect(issues, what).not.toContain(code);
  }
}

const labels = {
  CHEAPEST: ['Rẻ nhất năm đầu', 'Cheapest over the first year'],
  FEWEST_VENDORS: ['Ít nhà cung cấp nhất', 'Fewest vendors'],
  HIGHEST_AVAILABILITY: ['Độ sẵn sàng cao nhất', 'Highest availability'],
} as const;

/** CHEAPEST first, each objective once, labelled, and no other alternative cheaper over the first year. */
function expectRanked(result: Composition) {
  expect(result.alternatives.length).toBeGreaterThan(0);
  expect(result.alternatives.length).toBeLessThanOrEqual(3);
  const [cheapest, ...others] = result.alternatives;
  expect(cheapest!.objective).toBe('CHEAPEST');
  expect(new Set(result.alternatives.map((a) => a.objective)).size).toBe(result.alternatives.length);
  for (const alternative of result.alternatives) {
    expect([alternative.label, alternative.labelEn]).toEqual(labels[alternative.objective as keyof typeof labels]);
  }
  for (const other of others) expect(firstYear(cheapest!)).toBeLessThanOrEqual(firstYear(other));
  const stacks = result.alternatives.map((a) => JSON.stringify(a.items.map((item) => [item.plan.id, item.quantity, item.redundancyGroup]).sort()));
  expect(new Set(stacks).size, 'each stack once').toBe(stacks.length);
}

async function composeMeeting(asked: Asked): Promise<Composition> {
  const result = await compose(asked);
  expect(result.blockerDetails, 'the constraints can be met on the seeded catalogue').toEqual([]);
  expectRanked(result);
  for (const alternative of result.alternatives) await expectMeets(alternative, asked);
  return result;
}

async function evaluate(items: { planId: string; quantity: number; redundancyGroup?: string | null }[]) {
  const response = await server.gql(`query($items: [StackItemInput!]!) { evaluateStack(items: $items) { firstYearTotal { amount } issues { code } } }`, { items });
  expect(response.errors).toBeUndefined();
  return response.data.evaluateStack as { firstYearTotal: { amount: string }; issues: { code: string }[] };
}

/** Global ids of the cheapest plans in `unit` of published offerings (of a category, or a kind) that keep data in Vietnam and need nothing. */
async function selfSufficientPlans(of: { category: string } | { kind: string }, unit: string, limit: number): Promise<string[]> {
  const which = 'category' in of ? sql`c.slug = ${of.category}` : sql`o.kind::text = ${of.kind}`;
  const found = await rows<{ id: string }>(
    server.database,
    sql`select id from (
          select distinct on (o.id) p.id, p.monthly_price from plans p join offerings o on o.id = p.offering_id join categories c on c.id = o.category_id
          where ${which} and o.status = 'PUBLISHED' and o.data_in_vietnam and p.retired_at is null and p.unit::text = ${unit}
            and not exists (select 1 from requirements r where r.offering_id = o.id)
          order by o.id, p.monthly_price) cheapest
        order by monthly_price, id`,
  );
  return found.slice(0, limit).map((row) => Buffer.from(`Plan:${row.id}`).toString('base64url'));
}

describe('composeStack', () => {
  it('composes the needs asked with the three layers, each line saying why it is there', async () => {
    const asked = { needs: [{ categorySlug: 'compute', quantity: 4 }, { categorySlug: 'email', quantity: 50 }] };
    const result = await composeMeeting(asked);
    expect(result.incomplete).toEqual([]);
    expect(result.needs).toEqual([
      { category: { slug: 'compute' }, quantity: 4, note: null, noteEn: null },
      { category: { slug: 'email' }, quantity: 50, note: null, noteEn: null },
    ]);
    for (const alternative of result.alternatives) {
      expect(alternative.reasons.map((reason) => reason.plan.id)).toEqual(alternative.items.map((item) => item.plan.id));
      expect(alternative.evaluation.lines.map((line) => line.plan.id)).toEqual(alternative.items.map((item) => item.plan.id));
      const need = alternative.reasons.find((reason) => reason.purpose === 'NEED' && reason.category.slug === 'compute')!;
      expect(need.message).toBe('Phục vụ nhu cầu «Máy chủ ảo»: 4 máy chủ');
      expect(need.messageEn).toBe('Serves the need Compute (virtual servers): 4 servers');
      expect(alternative.reasons.find((reason) => reason.category.slug === 'email')!.messageEn).toBe('Serves the need E-mail: 50 mailboxes');
      for (const reason of alternative.reasons.filter((r) => r.purpose === 'LAYER')) {
        expect(reason.layer).not.toBeNull();
        expect(reason.messageEn).toMatch(/^The (security|backup|monitoring) layer every stack should have \(.+\)$/);
        expect(reason.message).toMatch(/^Lớp (bảo mật|sao lưu|giám sát) mà mọi bộ giải pháp nên có \(«.+»\)$/);
      }
      for (const reason of alternative.reasons.filter((r) => r.purpose !== 'LAYER')) expect(reason.layer).toBeNull();
    }
  });

  it('counts one unit in the singular in English (Vietnamese has no plural)', async () => {
    const result = await composeMeeting({ needs: [{ categorySlug: 'compute', quantity: 1 }, { categorySlug: 'email', quantity: 1 }] });
    const [cheapest] = result.alternatives;
    const need = (slug: string) => cheapest!.reasons.find((reason) => reason.purpose === 'NEED' && reason.category.slug === slug)!;
    expect([need('compute').message, need('compute').messageEn]).toEqual(['Phục vụ nhu cầu «Máy chủ ảo»: 1 máy chủ', 'Serves the need Compute (virtual servers): 1 server']);
    expect(need('email').messageEn).toBe('Serves the need E-mail: 1 mailbox');
  });

  it('composes a blueprint’s needs, its notes kept, with the needs added after them', async () => {
    const [blueprint] = await rows<{ slug: string; quantity: number; note: string | null; note_en: string | null }>(
      server.database,
      sql`select c.slug, n.quantity, n.note, n.note_en from blueprint_needs n join blueprints b on b.id = n.blueprint_id join categories c on c.id = n.category_id
          where b.slug = 'remote-work' order by n.position limit 1`,
    );
    const needs = await rows<{ slug: string; quantity: number; note: string | null; note_en: string | null }>(
      server.database,
      sql`select c.slug, n.quantity, n.note, n.note_en from blueprint_needs n join blueprints b on b.id = n.blueprint_id join categories c on c.id = n.category_id
          where b.slug = 'remote-work' order by n.position`,
    );
    expect(blueprint).toBeDefined();
    const added = [{ categorySlug: needs[0]!.slug, quantity: 5 }, { categorySlug: 'compute', quantity: 2 }];
    const result = await compose({ blueprintSlug: 'remote-work', needs: added });
    const expected = [
      ...needs.map((need, index) => ({ category: { slug: need.slug }, quantity: need.quantity + (index === 0 ? 5 : 0), note: need.note, noteEn: need.note_en })),
      { category: { slug: 'compute' }, quantity: 2, note: null, noteEn: null },
    ];
    expect(result.needs).toEqual(expected);
    expectRanked(result);
    const asked = { needs: expected.map((need) => ({ categorySlug: need.category.slug, quantity: need.quantity })) };
    for (const alternative of result.alternatives) await expectMeets(alternative, asked);
  });

  it('composes the eight subsystems of the Cần Thơ data center', async () => {
    const result = await compose({ blueprintSlug: 'city-data-center' });
    expect(result.needs).toHaveLength(8);
    expectRanked(result);
    const asked = { needs: result.needs.map((need) => ({ categorySlug: need.category.slug, quantity: need.quantity })) };
    for (const alternative of result.alternatives) await expectMeets(alternative, asked);
  });

  it('finds nothing cheaper than its CHEAPEST among hand-built stacks that serve the same needs', async () => {
    const result = await composeMeeting({ needs: [{ categorySlug: 'compute', quantity: 2 }, { categorySlug: 'email', quantity: 20 }] });
    const cheapest = firstYear(result.alternatives[0]!);
    const [computes, emails, wafs, backups, monitors] = await Promise.all([
      selfSufficientPlans({ category: 'compute' }, 'MONTH', 3),
      selfSufficientPlans({ category: 'email' }, 'USER_MONTH', 2),
      selfSufficientPlans({ kind: 'SECURITY' }, 'MONTH', 2),
      selfSufficientPlans({ category: 'backup' }, 'GB_MONTH', 2),
      selfSufficientPlans({ category: 'monitoring' }, 'MONTH', 2),
    ]);
    let valid = 0;
    for (const [index, compute] of computes.entries()) {
      for (const email of emails) {
        const items = [
          { planId: compute, quantity: 2 },
          { planId: email, quantity: 20 },
          { planId: wafs[index % wafs.length]!, quantity: 1 },
          { planId: backups[index % backups.length]!, quantity: 1 },
          { planId: monitors[index % monitors.length]!, quantity: 1 },
        ];
        const evaluation = await evaluate(items);
        if (evaluation.issues.some((issue) => issue.code === 'UNMET_REQUIREMENT' || issue.code.startsWith('MISSING_'))) continue;
        valid += 1;
        expect(cheapest, JSON.stringify(items)).toBeLessThanOrEqual(BigInt(evaluation.firstYearTotal.amount));
      }
    }
    expect(valid, 'hand-built stacks to compare with').toBeGreaterThan(2);
  });

  it('meets every constraint asked at once, in every alternative', async () => {
    await composeMeeting({
      needs: [
        { categorySlug: 'compute', quantity: 3 },
        { categorySlug: 'managed-database', quantity: 1 },
        { categorySlug: 'email', quantity: 30 },
      ],
      constraints: {
        dataInVietnam: true,
        domesticOnly: true,
        minAvailability: '99.5',
        maxMonthlyTotal: '500000000',
        maxFirstYearTotal: '6000000000',
        excludeVendors: ['viettel-idc'],
        maxVendors: 4,
      },
    });
  });

  it('requires a verified framework of every line when asked', async () => {
    await composeMeeting({ needs: [{ categorySlug: 'compute', quantity: 1 }], constraints: { verifiedFramework: 'MIC-CLOUD-153', omitLayers: ['BACKUP', 'MONITORING'] } });
  });

  it('serves every need from two sites in two cities, each pair in its own redundancy group', async () => {
    const asked: Asked = { needs: [{ categorySlug: 'compute', quantity: 2 }, { categorySlug: 'managed-database', quantity: 1 }], constraints: { requireSecondSite: true } };
    const result = await composeMeeting(asked);
    for (const alternative of result.alternatives) {
      expect(codes(alternative)).not.toContain('SINGLE_DATA_CENTER');
      const second = alternative.reasons.find((reason) => reason.purpose === 'SECOND_SITE' && reason.category.slug === 'compute')!;
      expect(second.message).toMatch(/^Địa điểm thứ hai cho nhu cầu «Máy chủ ảo» \(2 máy chủ\), ở .+$/);
      expect(second.messageEn).toMatch(/^Second site for the need Compute \(virtual servers\) \(2 servers\), in .+$/);
      const item = alternative.items.find((i) => i.plan.id === second.plan.id)!;
      const city = second.messageEn.replace(/^.*, in /, '');
      expect(item.offering.dataCenters.map((dc) => dc.city)).toContain(city.split(' and ')[0]);
    }
  });

  it('leaves out the layers the buyer omits', async () => {
    const result = await composeMeeting({ needs: [{ categorySlug: 'email', quantity: 10 }], constraints: { omitLayers: ['SECURITY', 'BACKUP', 'MONITORING'] } });
    for (const alternative of result.alternatives) {
      expect(alternative.reasons.filter((reason) => reason.purpose === 'LAYER')).toEqual([]);
      expect(alternative.items).toHaveLength(1);
    }
  });

  it('brings the servers a self-installed software needs, from a vendor it supports, and says why', async () => {
    const asked: Asked = { needs: [{ categorySlug: 'erp', quantity: 1 }], constraints: { omitLayers: ['SECURITY', 'BACKUP', 'MONITORING'] } };
    const result = await composeMeeting(asked);
    for (const alternative of result.alternatives) {
      const software = alternative.items.find((item) => item.offering.kind === 'SOFTWARE')!;
      const host = alternative.reasons.find((reason) => reason.purpose === 'REQUIREMENT' && reason.category.slug === 'compute');
      expect(host, 'a compute line hosts the software').toBeDefined();
      const [requirement] = await rows<{ vendors: string[]; name: string; name_en: string }>(
        server.database,
        sql`select o.name, o.name_en, array(select v.slug from requirements r join requirement_vendors rv on rv.requirement_id = r.id join vendors v on v.id = rv.vendor_id
                                  join requirement_categories rc on rc.requirement_id = r.id join categories c on c.id = rc.category_id
                                  where r.offering_id = o.id and c.slug = 'compute') as vendors
            from offerings o where o.slug = ${software.offering.slug}`,
      );
      const hostItem = alternative.items.find((item) => item.plan.id === host!.plan.id)!;
      if (requirement!.vendors.length > 0) expect(requirement!.vendors).toContain(hostItem.offering.vendor.slug);
      expect(host!.message).toContain(`«${requirement!.name}» cần `);
      expect(host!.messageEn).toContain(`${requirement!.name_en} needs `);
      expect(host!.message.startsWith('Đáp ứng yêu cầu: ')).toBe(true);
      expect(host!.messageEn.startsWith('Meets a requirement: ')).toBe(true);
    }
  });

  it('answers a budget nothing fits with no alternative and the cost of relaxing it', async () => {
    const needs = [{ categorySlug: 'compute', quantity: 2 }, { categorySlug: 'email', quantity: 20 }];
    const free = await composeMeeting({ needs });
    const cheapest = free.alternatives[0]!.evaluation;
    const result = await compose({ needs, constraints: { maxMonthlyTotal: '1000' } });
    expect(result.alternatives).toEqual([]);
    const [blocker] = result.blockerDetails;
    expect(blocker).toMatchObject({
      constraint: 'MAX_MONTHLY_TOTAL',
      category: null,
      relaxedMonthlyTotal: { amount: cheapest.monthlyTotal.amount },
      relaxedFirstYearTotal: { amount: cheapest.firstYearTotal.amount },
    });
    const vnd = (amount: string) => `${amount.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;
    expect(blocker!.message).toBe(
      `Không có bộ giải pháp nào trong ngân sách 1.000 ₫ / tháng. Nếu vượt ngân sách hằng tháng: ${vnd(cheapest.monthlyTotal.amount)} / tháng, ${vnd(cheapest.firstYearTotal.amount)} năm đầu.`,
    );
    expect(blocker!.messageEn).toBe(
      `No stack fits the budget of 1.000 ₫ / month. Over the monthly budget: ${vnd(cheapest.monthlyTotal.amount)} / month, ${vnd(cheapest.firstYearTotal.amount)} the first year.`,
    );
    expect(result.blockers[0]).toBe(blocker!.message);
  });

  it('keeps a composed alternative, groups and all, when saved: the same totals', async () => {
    const result = await composeMeeting({ needs: [{ categorySlug: 'compute', quantity: 2 }], constraints: { requireSecondSite: true } });
    const alternative = result.alternatives[0]!;
    const items = alternative.items.map((item) => ({ planId: item.plan.id, quantity: item.quantity, redundancyGroup: item.redundancyGroup }));
    expect(items.some((item) => item.redundancyGroup !== null)).toBe(true);
    const response = await server.gql(
      `mutation($input: SaveStackInput!) { saveStack(input: $input) { userErrors { code } stack { items { redundancyGroup plan { id } }
         evaluation { monthlyTotal { amount } firstYearTotal { amount } compositeAvailability issues { code } } } } }`,
      { input: { name: 'Composed', items } },
    );
    expect(response.errors).toBeUndefined();
    const { stack, userErrors } = response.data.saveStack;
    expect(userErrors).toEqual([]);
    expect(stack.items).toEqual(items.map((item) => ({ redundancyGroup: item.redundancyGroup, plan: { id: item.planId } })));
    expect(stack.evaluation).toEqual({
      monthlyTotal: alternative.evaluation.monthlyTotal,
      firstYearTotal: alternative.evaluation.firstYearTotal,
      compositeAvailability: alternative.evaluation.compositeAvailability,
      issues: alternative.evaluation.issues,
    });
  });

  it('composes again on an unchanged catalogue reading only the version and the facts', async () => {
    const input = { needs: [{ categorySlug: 'kubernetes', quantity: 1 }, { categorySlug: 'e-office', quantity: 15 }] };
    // the lines' rows come with the facts: no field here reads more
    const query = `query($input: ComposeStackInput!) { composeStack(input: $input) {
      alternatives { items { plan { id name } offering { slug vendor { name } } } reasons { message category { slug } } evaluation { monthlyTotal { amount } } } } }`;
    // a new catalog version, whatever the tests before cached
    await server.database.db.execute(sql`update vendors set description = description where slug = 'fast'`);
    const first = await server.gql(query, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.composeStack.alternatives.length).toBeGreaterThan(0);
    expect(Number(first.headers.get('x-sql-statements'))).toBeGreaterThan(2);
    expect(Number(first.headers.get('x-sql-statements'))).toBeLessThanOrEqual(9);
    const again = await server.gql(query, { input });
    expect(again.data).toEqual(first.data);
    expect(Number(again.headers.get('x-sql-statements'))).toBe(2);
  });

  it('carries its candidates past a change elsewhere in the catalogue, and reads them afresh after a change of their own', async () => {
    const query = `query($input: ComposeStackInput!) { composeStack(input: $input) {
      alternatives { objective items { plan { id } } evaluation { monthlyTotal { amount } } } } }`;
    const compose = async (input: Record<string, unknown>) => {
      const answer = await server.gql(query, { input });
      expect(answer.errors).toBeUndefined();
      return { data: answer.data.composeStack as { alternatives: { objective: string; items: { plan: { id: string } }[] }[] }, statements: Number(answer.headers.get('x-sql-statements')) };
    };
    // needs whose candidates take rounds of reads (layers, what requirements name), and one need alone
    const wide = { needs: [{ categorySlug: 'kubernetes', quantity: 1 }, { categorySlug: 'e-office', quantity: 15 }] };
    const narrow = { needs: [{ categorySlug: 'compute', quantity: 2 }], constraints: { omitLayers: ['SECURITY', 'BACKUP', 'MONITORING'] } };
    // a category's change: every category's candidates are read again
    await server.owner.db.execute(sql`update categories set name = name where slug = 'compute'`);
    const first = await compose(wide);
    const firstNarrow = await compose(narrow);
    const warm = await compose(wide);
    expect(warm.data).toEqual(first.data);

    // an offering of a category neither reads changes: their candidates carry over, the categories (cached
    // per version) and the change log read instead of them
    const [elsewhere] = await rows<{ id: string }>(
      server.database,
      sql`select o.id from offerings o join categories c on c.id = o.category_id where c.slug = 'e-newspaper' and o.status = 'PUBLISHED' order by o.slug limit 1`,
    );
    await server.database.db.execute(sql`update offerings set sla_availability = sla_availability where id = ${elsewhere!.id}`);
    const carried = await compose(wide);
    expect(carried.data).toEqual(first.data);
    expect(carried.statements).toBe(warm.statements + 2);
    expect(carried.statements).toBeLessThan(first.statements);
    expect((await compose(narrow)).data).toEqual(firstNarrow.data);

    // a compute offering no alternative uses gets a free plan: the next composition reads compute again and takes it
    const planId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
    const used = firstNarrow.data.alternatives.flatMap((alternative) => alternative.items.map((item) => planId(item.plan.id)));
    const [free] = await rows<{ id: string; price: string }>(
      server.database,
      sql`select p.id, p.price::text as price from plans p join offerings o on o.id = p.offering_id join categories c on c.id = o.category_id
          where c.slug = 'compute' and o.status = 'PUBLISHED' and p.retired_at is null and p.unit in ('MONTH', 'HOUR')
            and not exists (select 1 from requirements r where r.offering_id = o.id)
            and not exists (select 1 from plans q where q.offering_id = o.id and q.id = any(${`{${used.join(',')}}`}::uuid[]))
          order by p.price desc, p.id limit 1`,
    );
    await server.database.db.execute(sql`update plans set price = 0 where id = ${free!.id}`);
    try {
      const changed = await compose(narrow);
      expect(changed.data.alternatives[0]!.objective).toBe('CHEAPEST');
      expect(changed.data.alternatives[0]!.items.map((item) => planId(item.plan.id))).toEqual([free!.id]);
    } finally {
      await server.database.db.execute(sql`update plans set price = ${free!.price}::bigint where id = ${free!.id}`);
    }
  });
});

describe('composeStack refuses malformed input', () => {
  const cases: [string, Record<string, unknown>, string, string[]][] = [
    ['an unknown blueprint', { blueprintSlug: 'no-such-blueprint' }, 'UNKNOWN_BLUEPRINT', ['input', 'blueprintSlug']],
    ['an unknown category', { needs: [{ categorySlug: 'no-such-category' }] }, 'UNKNOWN_CATEGORY', ['input', 'needs', '0', 'categorySlug']],
    ['a quantity of 0', { needs: [{ categorySlug: 'compute', quantity: 0 }] }, 'QUANTITY_OUT_OF_RANGE', ['input', 'needs', '0', 'quantity']],
    ['a quantity over a million', { needs: [{ categorySlug: 'compute', quantity: 1_000_001 }] }, 'QUANTITY_OUT_OF_RANGE', ['input', 'needs', '0', 'quantity']],
    [
      'a need asked twice adding up past a million',
      { needs: [{ categorySlug: 'compute', quantity: 600_000 }, { categorySlug: 'compute', quantity: 600_000 }] },
      'QUANTITY_OUT_OF_RANGE',
      ['input', 'needs'],
    ],
    ['no blueprint and no needs', { needs: [] }, 'NO_NEEDS', ['input', 'needs']],
    ['nothing at all', {}, 'NO_NEEDS', ['input', 'needs']],
    ['an unknown vendor to exclude', { needs: [{ categorySlug: 'compute' }], constraints: { excludeVendors: ['viettel-idc', 'nobody'] } }, 'UNKNOWN_VENDOR', ['input', 'constraints', 'excludeVendors', '1']],
    ['an unknown framework', { needs: [{ categorySlug: 'compute' }], constraints: { verifiedFramework: 'NOPE-1' } }, 'UNKNOWN_FRAMEWORK', ['input', 'constraints', 'verifiedFramework']],
    ['an availability of 0', { needs: [{ categorySlug: 'compute' }], constraints: { minAvailability: '0' } }, 'INVALID_AVAILABILITY', ['input', 'constraints', 'minAvailability']],
    ['an availability over 100', { needs: [{ categorySlug: 'compute' }], constraints: { minAvailability: '100.001' } }, 'INVALID_AVAILABILITY', ['input', 'constraints', 'minAvailability']],
    ['an availability with four decimals', { needs: [{ categorySlug: 'compute' }], constraints: { minAvailability: '99.9999' } }, 'INVALID_AVAILABILITY', ['input', 'constraints', 'minAvailability']],
    ['a negative budget', { needs: [{ categorySlug: 'compute' }], constraints: { maxMonthlyTotal: '-1' } }, 'INVALID_BUDGET', ['input', 'constraints', 'maxMonthlyTotal']],
    ['a budget with đồng fractions', { needs: [{ categorySlug: 'compute' }], constraints: { maxFirstYearTotal: '100.5' } }, 'INVALID_BUDGET', ['input', 'constraints', 'maxFirstYearTotal']],
    ['no vendor allowed', { needs: [{ categorySlug: 'compute' }], constraints: { maxVendors: 0 } }, 'INVALID_MAX_VENDORS', ['input', 'constraints', 'maxVendors']],
    ['51 vendors', { needs: [{ categorySlug: 'compute' }], constraints: { maxVendors: 51 } }, 'INVALID_MAX_VENDORS', ['input', 'constraints', 'maxVendors']],
  ];
  for (const [what, input, code, field] of cases) {
    it(`answers ${what} with ${code}`, async () => {
      const error = await composeError(input);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: code, field });
      expect(error.message.length).toBeGreaterThan(20);
    });
  }

  it('answers more than 20 needs with TOO_MANY_NEEDS, counting a category asked twice once', async () => {
    const slugs = (await rows<{ slug: string }>(server.database, sql`select slug from categories order by slug limit 21`)).map((row) => row.slug);
    expect(slugs).toHaveLength(21);
    const error = await composeError({ needs: slugs.map((categorySlug) => ({ categorySlug })) });
    expect(error.extensions).toMatchObject({ reason: 'TOO_MANY_NEEDS', field: ['input', 'needs'] });
    const twenty = slugs.slice(0, 20);
    const response = await server.gql(`query($input: ComposeStackInput!) { composeStack(input: $input) { needs { quantity } } }`, {
      input: { needs: [...twenty, twenty[0]].map((categorySlug) => ({ categorySlug })), constraints: { omitLayers: ['SECURITY', 'BACKUP', 'MONITORING'] } },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.composeStack.needs.map((need: { quantity: number }) => need.quantity)).toEqual([2, ...Array(19).fill(1)]);
  });

  it('names every problem at once', async () => {
    const error = await composeError({ needs: [{ categorySlug: 'nope', quantity: 0 }], constraints: { maxVendors: 0, minAvailability: '101' } });
    expect(error.extensions.problems.map((problem) => problem.code).sort()).toEqual(['INVALID_AVAILABILITY', 'INVALID_MAX_VENDORS', 'QUANTITY_OUT_OF_RANGE', 'UNKNOWN_CATEGORY']);
  });
});

describe('composeStack within its time budget', () => {
  let spent: TestServer;
  beforeAll(async () => {
    spent = await startServer({ settings: { ...roomyBudget, composeTimeLimitMs: 0 } });
  });
  afterAll(() => spent.close());

  it('answers COMPOSITION_TOO_COMPLEX, never a guess, when the optimizer gives up', async () => {
    const response = await spent.gql(compositionQuery, { input: { needs: [{ categorySlug: 'compute', quantity: 2 }] } });
    expect(response.data).toBeNull();
    expect(response.errors![0]!.extensions).toEqual({ code: 'COMPOSITION_TOO_COMPLEX', reason: 'TIME_LIMIT' });
    expect(response.errors![0]!.message).toMatch(/^The composer could not prove the best stacks within its 0 s budget, so it composed nothing\./);
  });
});
