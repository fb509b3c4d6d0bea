import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';
import { plansOf, type PlanInfo } from '../support/stacks.ts';

// Evaluation rules that hold for the stacks buyers compose from the seeded catalogue: an offering's
// problem is one issue however many of its plans are in the stack, self-installed software runs on the
// line that hosts it, one-time services do not run, and every fixable issue says what would fix it.

let server: TestServer;
let plans: Record<string, PlanInfo[]>;
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  plans = await plansOf(
    server,
    '1office-hrm',
    'cmc-bare-metal',
    'mekong-vps',
    'bkav-vulnerability-scan',
    'vsec-penetration-testing',
    'cmc-cloud-backup',
  );
});
afterAll(() => server.close());

type Item = { planId: string; quantity: number };
interface Suggestion {
  slug: string;
  dataInVietnam: boolean;
  vendor: { slug: string };
  lowestMonthlyPrice: { amount: string } | null;
  plans: { id: string; unit: string; monthlyPrice: { amount: string } }[];
}
interface Issue {
  code: string;
  severity: string;
  message: string;
  messageEn: string;
  offerings: { slug: string }[];
  suggestions: Suggestion[];
}
interface Evaluation {
  compositeAvailability: string | null;
  dataInVietnam: boolean;
  errorCount: number;
  lines: { offering: { slug: string }; dataOutsideVietnam: { city: string }[] }[];
  issues: Issue[];
}

const rulesQuery = `query($items: [StackItemInput!]!) {
  evaluateStack(items: $items) {
    compositeAvailability dataInVietnam errorCount
    lines { offering { slug } dataOutsideVietnam { city } }
    issues {
      code severity message messageEn offerings { slug }
      suggestions { slug dataInVietnam vendor { slug } lowestMonthlyPrice { amount } plans { id unit monthlyPrice { amount } } }
    }
  }
}`;

async function evaluate(items: Item[]): Promise<Evaluation> {
  const response = await server.gql(rulesQuery, { items });
  expect(response.errors).toBeUndefined();
  return response.data.evaluateStack;
}

const item = (slug: string, name?: string): Item => {
  const plan = name ? plans[slug]!.find((p) => p.name === name) : plans[slug]![0];
  expect(plan, `${slug} has the plan ${name}`).toBeDefined();
  return { planId: plan!.id, quantity: 1 };
};
const hrm = () => [item('1office-hrm', 'Cài đặt'), item('1office-hrm', 'Bảo trì hằng tháng')];
const issuesOf = (evaluation: Evaluation, code: string) => evaluation.issues.filter((issue) => issue.code === code);
const codes = (evaluation: Evaluation) => evaluation.issues.map((issue) => issue.code);

/** The suggestion's cheapest recurring plan, as the builder's "Thêm" button adds it. */
function planToAdd(suggestion: Suggestion): Item {
  const plan = suggestion.plans.find((p) => p.unit !== 'ONE_TIME' && p.monthlyPrice.amount === suggestion.lowestMonthlyPrice?.amount);
  expect(plan, `${suggestion.slug} has a recurring plan at its lowest price`).toBeDefined();
  return { planId: plan!.id, quantity: 1 };
}

/**
 * What the rules say would fix an issue, computed apart from the API: published offerings matching
 * `condition` that keep their data in Vietnam, have a recurring plan and need nothing the stack (the
 * categories and vendors `stack` names) lacks; the stack's vendors first, then the cheapest.
 */
async function expectedFixes(stack: { category: string; vendor: string }[], condition: SQL): Promise<string[]> {
  const lines = sql.join(
    stack.map((line) => sql`(${line.category}, ${line.vendor})`),
    sql`, `,
  );
  const found = await rows<{ slug: string }>(
    server.database,
    sql`with stack(category, vendor) as (values ${lines})
        select o.slug from offerings o join vendors v on v.id = o.vendor_id join categories c on c.id = o.category_id
        where o.status = 'PUBLISHED' and o.data_in_vietnam and o.min_monthly_price is not null and (${condition})
          and not exists (
            select 1 from requirements r where r.offering_id = o.id and not exists (
              select 1 from stack s
              where s.category in (select c2.slug from requirement_categories rc join categories c2 on c2.id = rc.category_id where rc.requirement_id = r.id)
                and (not exists (select 1 from requirement_vendors rv where rv.requirement_id = r.id)
                     or s.vendor in (select v2.slug from requirement_vendors rv join vendors v2 on v2.id = rv.vendor_id where rv.requirement_id = r.id))))
        order by v.slug in (select vendor from stack) desc, o.min_monthly_price, o.id
        limit 3`,
  );
  return found.map((row) => row.slug);
}

describe('one problem, one issue', () => {
  it('raises an unmet requirement once, however many plans of the offering are in the stack', async () => {
    const result = await evaluate(hrm());
    expect(issuesOf(result, 'UNMET_REQUIREMENT')).toHaveLength(1);
    expect(result.errorCount).toBe(1);
    expect(issuesOf(result, 'UNMET_REQUIREMENT')[0]!.suggestions.length).toBeLessThanOrEqual(3);

    const vps = await evaluate(plans['mekong-vps']!.map((plan) => ({ planId: plan.id, quantity: 1 })));
    expect(plans['mekong-vps']!.length).toBeGreaterThan(1);
    expect(issuesOf(vps, 'SINGLE_DATA_CENTER')).toHaveLength(1);
  });
});

describe('self-installed software and one-time services', () => {
  it('gives 1Office HRM installed on CMC Bare Metal the availability and data location of CMC Bare Metal', async () => {
    const [cmc] = await rows<{ sla: string }>(
      server.database,
      sql`select sla_availability::numeric(7, 4)::text as sla from offerings where slug = 'cmc-bare-metal'`,
    );
    const result = await evaluate([...hrm(), item('cmc-bare-metal')]);
    expect(result.compositeAvailability).toBe(cmc!.sla);
    expect(result.dataInVietnam).toBe(true);
    expect(result.errorCount).toBe(0);
    expect(codes(result)).not.toContain('DATA_LOCATION_UNKNOWN');
    expect(result.lines.map((line) => line.dataOutsideVietnam)).toEqual([[], [], []]);
  });

  it('says, in its one error, that software with nothing to run on has no known availability or data location', async () => {
    const result = await evaluate(hrm());
    expect(result.compositeAvailability).toBeNull();
    expect(result.dataInVietnam).toBe(false);
    expect(codes(result)).not.toContain('DATA_LOCATION_UNKNOWN');
    const [unmet] = issuesOf(result, 'UNMET_REQUIREMENT');
    expect(unmet!.messageEn).toContain('runs on a line of the stack, where it keeps data and how available it is are unknown.');
    expect(unmet!.message).toContain('chưa biết dữ liệu nằm ở đâu và độ sẵn sàng bao nhiêu.');
  });

  it('leaves residency and availability as they were when a one-time scan or penetration test is added', async () => {
    const base = await evaluate([...hrm(), item('cmc-bare-metal')]);
    const scan = await evaluate([...hrm(), item('cmc-bare-metal'), item('bkav-vulnerability-scan')]);
    expect(scan.dataInVietnam).toBe(true);
    expect(scan.compositeAvailability).toBe(base.compositeAvailability);
    expect(codes(scan)).not.toContain('DATA_LOCATION_UNKNOWN');

    // A one-time test from an offering that states an SLA and data centers in Vietnam: kept there, not run.
    const pentest = await evaluate([...hrm(), item('cmc-bare-metal'), item('vsec-penetration-testing', 'Kiểm thử xâm nhập')]);
    expect(pentest.dataInVietnam).toBe(true);
    expect(pentest.compositeAvailability).toBe(base.compositeAvailability);
  });
});

describe('fixes for every fixable issue', () => {
  const layers: [string, SQL][] = [
    ['MISSING_SECURITY', sql`o.kind = 'SECURITY'`],
    ['MISSING_BACKUP', sql`c.slug in ('backup', 'disaster-recovery')`],
    ['MISSING_MONITORING', sql`c.slug in ('monitoring', 'soc')`],
  ];

  it.each(layers)('%s comes with up to three offerings that keep the data in Vietnam, the stack’s vendor first, and each fixes it', async (code, layer) => {
    const stack = [...hrm(), item('cmc-bare-metal')];
    const result = await evaluate(stack);
    expect(result.dataInVietnam).toBe(true);
    const [issue] = issuesOf(result, code);
    expect(issue!.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(issue!.suggestions.length).toBeLessThanOrEqual(3);
    expect(issue!.suggestions.every((s) => s.dataInVietnam)).toBe(true);
    expect(issue!.suggestions[0]!.vendor.slug).toBe('cmc-cloud');
    const expected = await expectedFixes(
      [
        { category: 'hrm', vendor: '1office' },
        { category: 'compute', vendor: 'cmc-cloud' },
      ],
      layer,
    );
    expect(issue!.suggestions.map((s) => s.slug)).toEqual(expected);

    for (const suggestion of issue!.suggestions) {
      const fixed = await evaluate([...stack, planToAdd(suggestion)]);
      expect(codes(fixed), `adding ${suggestion.slug}`).not.toContain(code);
      expect(fixed.dataInVietnam, `adding ${suggestion.slug}`).toBe(true);
      expect(fixed.errorCount, `adding ${suggestion.slug}`).toBe(0);
    }
  });

  it('ranks the same way for a stack of many vendors', async () => {
    const slugs = ['cmc-bare-metal', 'misa-accounting-online', 'fast-accounting-online', 'base-vn-workflow', 'suc-khoe-so-telehealth', 'vng-cloud-server'];
    const many = await plansOf(server, ...slugs);
    const result = await evaluate(slugs.map((slug) => ({ planId: many[slug]![0]!.id, quantity: 1 })));
    const stack = await rows<{ category: string; vendor: string }>(
      server.database,
      sql`select c.slug as category, v.slug as vendor from offerings o join categories c on c.id = o.category_id join vendors v on v.id = o.vendor_id
          where o.slug in (${sql.join(slugs.map((slug) => sql`${slug}`), sql`, `)})`,
    );
    expect(new Set(stack.map((line) => line.vendor)).size).toBeGreaterThan(4);
    for (const [code, layer] of layers) {
      const [issue] = issuesOf(result, code);
      expect(issue!.suggestions.map((s) => s.slug), code).toEqual(await expectedFixes(stack, layer));
    }
  });

  it('SINGLE_DATA_CENTER comes with a second site: the same service in another city or disaster recovery that covers it', async () => {
    const stack = [item('mekong-vps'), item('cmc-cloud-backup')];
    const result = await evaluate(stack);
    const [issue] = issuesOf(result, 'SINGLE_DATA_CENTER');
    expect(issue!.offerings.map((o) => o.slug)).toEqual(['mekong-vps']);
    expect(issue!.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(issue!.suggestions.length).toBeLessThanOrEqual(3);
    expect(issue!.suggestions.every((s) => s.dataInVietnam)).toBe(true);
    expect(issue!.suggestions[0]!.vendor.slug).toBe('cmc-cloud');
    const [vps] = await rows<{ city: string }>(
      server.database,
      sql`select dc.city from offerings o join offering_data_centers odc on odc.offering_id = o.id join data_centers dc on dc.id = odc.data_center_id
          where o.slug = 'mekong-vps'`,
    );
    const elsewhere = sql`exists (select 1 from offering_data_centers odc join data_centers dc on dc.id = odc.data_center_id
                                  where odc.offering_id = o.id and dc.city <> ${vps!.city})`;
    const expected = await expectedFixes(
      [
        { category: 'compute', vendor: 'mekong-cloud' },
        { category: 'backup', vendor: 'cmc-cloud' },
      ],
      sql`${elsewhere} and (c.slug = 'compute' or (c.slug = 'disaster-recovery' and (
            not exists (select 1 from requirements r where r.offering_id = o.id)
            or exists (select 1 from requirements r join requirement_categories rc on rc.requirement_id = r.id join categories c3 on c3.id = rc.category_id
                       where r.offering_id = o.id and c3.slug = 'compute'
                         and (not exists (select 1 from requirement_vendors rv where rv.requirement_id = r.id)
                              or exists (select 1 from requirement_vendors rv join vendors v3 on v3.id = rv.vendor_id
                                         where rv.requirement_id = r.id and v3.slug = 'mekong-cloud'))))))`,
    );
    expect(issue!.suggestions.map((s) => s.slug)).toEqual(expected);

    for (const suggestion of issue!.suggestions) {
      const fixed = await evaluate([...stack, planToAdd(suggestion)]);
      expect(issuesOf(fixed, 'SINGLE_DATA_CENTER').flatMap((i) => i.offerings.map((o) => o.slug)), `adding ${suggestion.slug}`).not.toContain('mekong-vps');
      expect(fixed.dataInVietnam, `adding ${suggestion.slug}`).toBe(true);
      expect(fixed.errorCount, `adding ${suggestion.slug}`).toBe(0);
    }
  });
});
