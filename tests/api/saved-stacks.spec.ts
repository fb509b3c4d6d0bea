import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { count, rows } from '../support/sql.ts';
import { evaluationFields, firstPlans, saveMutation, type PlanInfo } from '../support/stacks.ts';

let server: TestServer;
let p: Record<string, PlanInfo>;
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  p = await firstPlans(server, 'viettel-cloud-server', 'viettel-cloud-waf', 'cmc-cloud-backup', 'vnpt-cloud', 'alibaba-ecs-singapore', 'misa-accounting-online');
});
afterAll(() => server.close());

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

async function save(name: string, items: { planId: string; quantity?: number }[], idempotencyKey?: string) {
  const response = await server.gql(saveMutation, { input: { name, items, idempotencyKey } });
  expect(response.errors).toBeUndefined();
  return response.data.saveStack;
}

async function saved(name: string, items: { planId: string; quantity?: number }[]) {
  const payload = await save(name, items);
  expect(payload.userErrors).toEqual([]);
  return payload.stack;
}

const stackQuery = `query($id: ID!) {
  stack(id: $id) { id name createdAt savedMonthlyTotal { amount } priceChanged sharePath csvPath printPath(language: EN)
    items { quantity priceChanged available monthlyPrice { amount } savedMonthlyPrice { amount } monthlyCost { amount } offering { slug } }
    evaluation { ${evaluationFields} } }
}`;

describe('saveStack and stack(id)', () => {
  it('saves a named stack under an unguessable id and reloads it, at the prices of the day', async () => {
    const stack = await saved('  Hệ thống kế toán  ', [{ planId: p['viettel-cloud-server']!.id, quantity: 2 }, { planId: p['misa-accounting-online']!.id, quantity: 5 }]);
    expect(stack.name).toBe('Hệ thống kế toán');
    const decoded = Buffer.from(stack.id, 'base64url').toString('utf8');
    expect(decoded).toMatch(/^Stack:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stack.sharePath).toBe(`/stacks/${stack.id}`);

    const reloaded = (await server.gql(stackQuery, { id: stack.id })).data.stack;
    expect(reloaded.name).toBe('Hệ thống kế toán');
    expect(reloaded.priceChanged).toBe(false);
    expect(reloaded.items.map((i: { quantity: number }) => i.quantity)).toEqual([2, 5]);
    for (const item of reloaded.items) expect(item.savedMonthlyPrice).toEqual(item.monthlyPrice);
    expect(reloaded.savedMonthlyTotal.amount).toBe(reloaded.evaluation.monthlyTotal.amount);
    expect(reloaded.csvPath).toBe(`/export/stacks/${stack.id}.csv?lang=vi`);
    expect(reloaded.printPath).toBe(`/export/stacks/${stack.id}.html?lang=en`);

    const node = await server.gql(`query($id: ID!) { node(id: $id) { __typename ... on Stack { name } } }`, { id: stack.id });
    expect(node.data.node).toEqual({ __typename: 'Stack', name: 'Hệ thống kế toán' });

    const stored = await rows<{ quantity: number; saved: string }>(
      server.database,
      sql`select quantity, saved_monthly_price::text as saved from stack_items where stack_id = ${dbId(stack.id)} order by position`,
    );
    expect(stored).toEqual([
      { quantity: 2, saved: p['viettel-cloud-server']!.monthlyPrice },
      { quantity: 5, saved: p['misa-accounting-online']!.monthlyPrice },
    ]);
  });

  it('answers null for an id that is not a saved stack', async () => {
    const missing = Buffer.from('Stack:00000000-0000-4000-8000-000000000000').toString('base64url');
    for (const id of [missing, p['vnpt-cloud']!.id, 'garbage']) {
      const response = await server.gql(stackQuery, { id });
      expect(response.errors).toBeUndefined();
      expect(response.data.stack).toBeNull();
    }
  });

  it('shows the saved price beside today’s after a plan’s price changed', async () => {
    const stack = await saved('Before the price rise', [{ planId: p['vnpt-cloud']!.id, quantity: 3 }, { planId: p['cmc-cloud-backup']!.id, quantity: 100 }]);
    const before = BigInt(p['vnpt-cloud']!.monthlyPrice);
    await server.database.db.execute(sql`update plans set price = price + 70000 where id = ${dbId(p['vnpt-cloud']!.id)}`);

    const reloaded = (await server.gql(stackQuery, { id: stack.id })).data.stack;
    expect(reloaded.priceChanged).toBe(true);
    const [vm, backup] = reloaded.items;
    expect(vm.priceChanged).toBe(true);
    expect(vm.savedMonthlyPrice.amount).toBe(String(before));
    expect(BigInt(vm.monthlyPrice.amount)).toBeGreaterThan(before);
    expect(vm.monthlyCost.amount).toBe(String(BigInt(vm.monthlyPrice.amount) * 3n));
    expect(backup.priceChanged).toBe(false);
    const backupCost = BigInt(p['cmc-cloud-backup']!.monthlyPrice) * 100n;
    expect(reloaded.savedMonthlyTotal.amount).toBe(String(before * 3n + backupCost));
    expect(reloaded.evaluation.monthlyTotal.amount).toBe(String(BigInt(vm.monthlyPrice.amount) * 3n + backupCost));
  });

  it('keeps a line whose listing was archived since, flagged', async () => {
    const stack = await saved('Archived later', [{ planId: p['viettel-cloud-server']!.id }, { planId: p['viettel-cloud-waf']!.id }]);
    await server.database.db.execute(sql`update offerings set status = 'ARCHIVED' where slug = 'viettel-cloud-waf'`);
    try {
      const reloaded = (await server.gql(stackQuery, { id: stack.id })).data.stack;
      expect(reloaded.items.map((i: { available: boolean }) => i.available)).toEqual([true, false]);
      expect(reloaded.evaluation.issues[0]).toMatchObject({ code: 'OFFERING_UNAVAILABLE', offerings: [{ slug: 'viettel-cloud-waf' }] });
    } finally {
      await server.database.db.execute(sql`update offerings set status = 'PUBLISHED' where slug = 'viettel-cloud-waf'`);
    }
  });

  it('saves the same content once when a request sends it twice', async () => {
    const before = await count(server.database, sql`select 1 from stacks`);
    const input = { name: 'Twice', items: [{ planId: p['viettel-cloud-server']!.id }] };
    const response = await server.gql(
      `mutation($input: SaveStackInput!) { a: saveStack(input: $input) { stack { id } } b: saveStack(input: $input) { stack { id } } }`,
      { input },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.a.stack.id).toBe(response.data.b.stack.id);
    expect(await count(server.database, sql`select 1 from stacks`)).toBe(before + 1);
  });

  it('returns the first stack when a retry carries the same idempotency key, and refuses the key for other content', async () => {
    const key = 'retry-7f3c2a9e';
    const items = [{ planId: p['vnpt-cloud']!.id, quantity: 2 }];
    const first = await save('Retried', items, key);
    expect(first.userErrors).toEqual([]);
    const second = await save('Retried', items, key);
    expect(second.userErrors).toEqual([]);
    expect(second.stack.id).toBe(first.stack.id);
    const other = await save('Retried', [{ planId: p['vnpt-cloud']!.id, quantity: 3 }], key);
    expect(other.stack).toBeNull();
    expect(other.userErrors).toEqual([{ field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String) }]);
    const badKey = await save('Retried', items, 'short');
    expect(badKey.userErrors[0]).toMatchObject({ field: ['input', 'idempotencyKey'], code: 'INVALID' });
  });

  it('refuses bad input with userErrors naming the field, and stores nothing', async () => {
    const before = await count(server.database, sql`select 1 from stacks`);
    const vm = p['viettel-cloud-server']!.id;
    const missingPlan = Buffer.from('Plan:00000000-0000-4000-8000-000000000000').toString('base64url');
    const cases: [string, { planId: string; quantity?: number }[], { field: string[]; code: string }[]][] = [
      ['   ', [{ planId: vm }], [{ field: ['input', 'name'], code: 'BLANK' }]],
      ['x'.repeat(121), [{ planId: vm }], [{ field: ['input', 'name'], code: 'TOO_LONG' }]],
      ['Empty', [], [{ field: ['input', 'items'], code: 'EMPTY_STACK' }]],
      ['Unknown', [{ planId: missingPlan }], [{ field: ['input', 'items', '0', 'planId'], code: 'UNKNOWN_PLAN' }]],
      ['Zero', [{ planId: vm, quantity: 0 }], [{ field: ['input', 'items', '0', 'quantity'], code: 'QUANTITY_OUT_OF_RANGE' }]],
      ['Huge', [{ planId: vm, quantity: 5_000_000 }], [{ field: ['input', 'items', '0', 'quantity'], code: 'QUANTITY_OUT_OF_RANGE' }]],
      ['Twice', [{ planId: vm }, { planId: vm }], [{ field: ['input', 'items', '1', 'planId'], code: 'DUPLICATE_LINE' }]],
      ['Too many', Array.from({ length: 201 }, () => ({ planId: vm })), [{ field: ['input', 'items'], code: 'TOO_MANY_LINES' }]],
    ];
    for (const [name, items, expected] of cases) {
      const payload = await save(name, items);
      expect(payload.stack, name).toBeNull();
      expect(payload.userErrors.map((e: { field: string[]; code: string }) => ({ field: e.field, code: e.code })), name).toEqual(expected);
      for (const error of payload.userErrors) expect(error.message.length).toBeGreaterThan(10);
    }
    expect(await count(server.database, sql`select 1 from stacks`)).toBe(before);
  });
});

describe('compareStacks', () => {
  const compareQuery = `query($ids: [ID!]!) {
    compareStacks(ids: $ids) {
      cheapest { id name }
      entries { stack { id name evaluation { monthlyTotal { amount } dataInVietnam compositeAvailability } }
                costAboveCheapest { amount } issuesOnlyHere vendorsOnlyHere { slug } }
      differences { aspect message messageEn }
    }
  }`;

  it('evaluates stacks side by side and reports how they differ', async () => {
    const home = await saved('Trong nước', [{ planId: p['viettel-cloud-server']!.id, quantity: 2 }, { planId: p['cmc-cloud-backup']!.id, quantity: 50 }]);
    const abroad = await saved('Nước ngoài', [{ planId: p['alibaba-ecs-singapore']!.id, quantity: 2 }, { planId: p['cmc-cloud-backup']!.id, quantity: 50 }]);
    const mixed = await saved('Hỗn hợp', [{ planId: p['vnpt-cloud']!.id }, { planId: p['cmc-cloud-backup']!.id, quantity: 50 }]);
    const response = await server.gql(compareQuery, { ids: [home.id, abroad.id, mixed.id] });
    expect(response.errors).toBeUndefined();
    const result = response.data.compareStacks;

    expect(result.entries.map((e: { stack: { name: string } }) => e.stack.name)).toEqual(['Trong nước', 'Nước ngoài', 'Hỗn hợp']);
    const totals = result.entries.map((e: { stack: { evaluation: { monthlyTotal: { amount: string } } } }) => BigInt(e.stack.evaluation.monthlyTotal.amount));
    const cheapest = totals.reduce((a: bigint, b: bigint) => (b < a ? b : a));
    expect(result.cheapest.name).toBe(result.entries[totals.indexOf(cheapest)].stack.name);
    expect(result.entries.map((e: { costAboveCheapest: { amount: string } }) => e.costAboveCheapest.amount)).toEqual(
      totals.map((t: bigint) => String(t - cheapest)),
    );
    expect(result.differences.map((d: { aspect: string }) => d.aspect)).toEqual(['COST', 'RESIDENCY', 'AVAILABILITY', 'MIC_COVERAGE', 'ISSUES', 'VENDORS', 'LINES']);
    expect(result.differences[1].messageEn).toContain('«Nước ngoài» keeps data outside Vietnam');
    expect(result.entries[1].issuesOnlyHere).toContain('DATA_OUTSIDE_VIETNAM');
    expect(result.entries[0].issuesOnlyHere).toEqual([]);
    expect(result.entries[1].vendorsOnlyHere).toEqual([{ slug: 'alibaba-cloud' }]);
    expect(result.entries[0].vendorsOnlyHere).toEqual([{ slug: 'viettel-idc' }]);
  });

  it('finds no differences between stacks that agree on everything', async () => {
    const a = await saved('A', [{ planId: p['vnpt-cloud']!.id }]);
    const b = await saved('B', [{ planId: p['vnpt-cloud']!.id }]);
    const result = (await server.gql(compareQuery, { ids: [a.id, b.id] })).data.compareStacks;
    expect(result.differences).toEqual([]);
    expect(result.cheapest.name).toBe('A');
  });

  it('refuses fewer than two, more than four, repeated or unknown stacks', async () => {
    const a = await saved('One', [{ planId: p['vnpt-cloud']!.id }]);
    const missing = Buffer.from('Stack:00000000-0000-4000-8000-000000000000').toString('base64url');
    const cases: [string[], string][] = [
      [[a.id], 'COMPARE_COUNT'],
      [[a.id, a.id, a.id, a.id, a.id], 'COMPARE_COUNT'],
      [[a.id, a.id], 'DUPLICATE_STACK'],
      [[a.id, missing], 'UNKNOWN_STACK'],
      [[a.id, 'nonsense'], 'UNKNOWN_STACK'],
    ];
    for (const [ids, reason] of cases) {
      const response = await server.gql(compareQuery, { ids });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
  });
});
