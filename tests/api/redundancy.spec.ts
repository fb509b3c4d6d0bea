import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';
import { plansOf, type PlanInfo } from '../support/stacks.ts';

// Redundancy groups over HTTP: lines of one group run in parallel, groups in series; a group keeping data in
// two cities is a second site; groups are checked, saved, compared and exported.

let server: TestServer;
let plans: Record<string, PlanInfo[]>;
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  plans = await plansOf(server, 'mekong-vps', 'cmc-cloud-server', 'viettel-kubernetes', 'viettel-cloud-waf');
});
afterAll(() => server.close());

interface Item {
  planId: string;
  quantity?: number;
  redundancyGroup?: string | null;
}
const item = (slug: string, redundancyGroup: string | null = null, index = 0): Item => ({ planId: plans[slug]![index]!.id, quantity: 1, redundancyGroup });

const evaluationFields = `compositeAvailability issues { code offerings { slug } } lines { redundancyGroup offering { slug } }`;
interface Evaluation {
  compositeAvailability: string | null;
  issues: { code: string; offerings: { slug: string }[] }[];
  lines: { redundancyGroup: string | null; offering: { slug: string } }[];
}

async function evaluate(items: Item[]): Promise<Evaluation> {
  const response = await server.gql(`query($items: [StackItemInput!]!) { evaluateStack(items: $items) { ${evaluationFields} } }`, { items });
  expect(response.errors).toBeUndefined();
  return response.data.evaluateStack;
}

const saveMutation = `mutation($input: SaveStackInput!) {
  saveStack(input: $input) { stack { id evaluation { ${evaluationFields} } } userErrors { field message code } }
}`;
async function save(name: string, items: Item[], idempotencyKey?: string) {
  const response = await server.gql(saveMutation, { input: { name, items, idempotencyKey } });
  expect(response.errors).toBeUndefined();
  return response.data.saveStack as { stack: { id: string; evaluation: Evaluation } | null; userErrors: { field: string[]; message: string; code: string }[] };
}

const singleSites = (evaluation: Evaluation) => evaluation.issues.filter((i) => i.code === 'SINGLE_DATA_CENTER').flatMap((i) => i.offerings.map((o) => o.slug));

/** The offerings' SLAs from the database, in thousandths of a percent. */
async function slas(...slugs: string[]): Promise<bigint[]> {
  const found = await rows<{ slug: string; sla: string }>(
    server.database,
    sql`select slug, (sla_availability * 1000)::bigint::text as sla from offerings where slug in (${sql.join(slugs.map((s) => sql`${s}`), sql`, `)})`,
  );
  return slugs.map((slug) => BigInt(found.find((row) => row.slug === slug)!.sla));
}

/** Groups (each a list of SLAs in thousandths of a percent) in series, each in parallel: percent with 4 decimals, half up. */
function expectedAvailability(groups: bigint[][]): string {
  const full = 100_000n;
  let up = 1n;
  let all = 1n;
  for (const group of groups) {
    const down = group.reduce((product, sla) => product * (full - sla), 1n);
    const scale = full ** BigInt(group.length);
    up *= scale - down;
    all *= scale;
  }
  // percent × 10⁴, rounded half up
  const scaled = (up * 100n * 10_000n * 2n + all) / (all * 2n);
  return `${scaled / 10_000n}.${String(scaled % 10_000n).padStart(4, '0')}`;
}

describe('redundancy groups in evaluateStack', () => {
  it('combines a group in parallel and the group in series with the other lines, on the seeded catalogue', async () => {
    const [mekong, cmc, waf] = await slas('mekong-vps', 'cmc-cloud-server', 'viettel-cloud-waf');
    const alone = await evaluate([item('mekong-vps'), item('cmc-cloud-server'), item('viettel-cloud-waf')]);
    expect(alone.compositeAvailability).toBe(expectedAvailability([[mekong!], [cmc!], [waf!]]));

    const pair = await evaluate([item('mekong-vps', 'site-1'), item('cmc-cloud-server', 'site-1')]);
    // 99.5 % and 99.95 % in parallel: 1 − 0.005 × 0.0005 = 99.99975 %, half up to 99.9998.
    expect(pair.compositeAvailability).toBe('99.9998');
    expect(pair.compositeAvailability).toBe(expectedAvailability([[mekong!, cmc!]]));
    expect(pair.lines.map((line) => line.redundancyGroup)).toEqual(['site-1', 'site-1']);

    const withWaf = await evaluate([item('mekong-vps', 'site-1'), item('viettel-cloud-waf'), item('cmc-cloud-server', 'site-1')]);
    expect(withWaf.compositeAvailability).toBe(expectedAvailability([[mekong!, cmc!], [waf!]]));
    expect(Number(withWaf.compositeAvailability)).toBeGreaterThan(Number(alone.compositeAvailability));

    // A group of one line is no group.
    const single = await evaluate([item('mekong-vps', 'site-1'), item('cmc-cloud-server', 'site-2'), item('viettel-cloud-waf', 'site-3')]);
    expect(single.compositeAvailability).toBe(alone.compositeAvailability);
  });

  it('clears SINGLE_DATA_CENTER for a group that keeps data in two cities, not for one in one city', async () => {
    // Mekong's VPS runs in Cần Thơ only; Viettel's Kubernetes (another category: no second site by itself) in Hà Nội and Bình Dương.
    expect(singleSites(await evaluate([item('mekong-vps'), item('viettel-kubernetes')]))).toEqual(['mekong-vps']);
    expect(singleSites(await evaluate([item('mekong-vps', 'app'), item('viettel-kubernetes', 'app')]))).toEqual([]);
    expect(singleSites(await evaluate([item('mekong-vps', 'app'), item('viettel-kubernetes', 'other')]))).toEqual(['mekong-vps']);
    // Two plans of the Cần Thơ VPS in one group: still one city.
    expect(plans['mekong-vps']!.length).toBeGreaterThan(1);
    expect(singleSites(await evaluate([item('mekong-vps', 'app', 0), item('mekong-vps', 'app', 1)]))).toEqual(['mekong-vps']);
  });

  it('refuses a malformed group with BAD_USER_INPUT and INVALID_REDUNDANCY_GROUP', async () => {
    for (const group of ['', 'two words', 'x'.repeat(41), 'nhóm']) {
      const response = await server.gql(`query($items: [StackItemInput!]!) { evaluateStack(items: $items) { compositeAvailability } }`, {
        items: [item('mekong-vps'), item('cmc-cloud-server', group)],
      });
      expect(response.status).not.toBe(500);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_REDUNDANCY_GROUP', field: ['items', '1', 'redundancyGroup'] });
      expect(response.errors![0]!.message).toContain('Line 2: a redundancy group is 1 to 40 letters, digits or . _ : -');
    }
    const accepted = await evaluate([item('mekong-vps', 'need-compute:A.1_x'), item('cmc-cloud-server', 'x'.repeat(40))]);
    expect(accepted.lines.map((line) => line.redundancyGroup)).toEqual(['need-compute:A.1_x', 'x'.repeat(40)]);
  });
});

describe('redundancy groups in saved stacks', () => {
  const stackQuery = `query($id: ID!) { stack(id: $id) { items { redundancyGroup offering { slug } } evaluation { ${evaluationFields} } csvPath csvEn: csvPath(language: EN) printPath printEn: printPath(language: EN) } }`;

  it('saves the groups and reloads them, with the same evaluation', async () => {
    const items = [item('mekong-vps', 'site-1'), item('viettel-cloud-waf'), item('cmc-cloud-server', 'site-1')];
    const saved = await save('Hai nơi', items);
    expect(saved.userErrors).toEqual([]);
    const unsaved = await evaluate(items);
    expect(saved.stack!.evaluation).toEqual(unsaved);

    const reloaded = (await server.gql(stackQuery, { id: saved.stack!.id })).data.stack;
    expect(reloaded.items).toEqual([
      { redundancyGroup: 'site-1', offering: { slug: 'mekong-vps' } },
      { redundancyGroup: null, offering: { slug: 'viettel-cloud-waf' } },
      { redundancyGroup: 'site-1', offering: { slug: 'cmc-cloud-server' } },
    ]);
    expect(reloaded.evaluation).toEqual(unsaved);
    const stored = await rows<{ group: string | null }>(
      server.database,
      sql`select redundancy_group as "group" from stack_items where stack_id = ${Buffer.from(saved.stack!.id, 'base64url').toString('utf8').split(':')[1]!} order by position`,
    );
    expect(stored.map((row) => row.group)).toEqual(['site-1', null, 'site-1']);

    // Both exports show the group, in both languages.
    const get = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      return response.text();
    };
    const csvVi = (await get(reloaded.csvPath)).split('\r\n');
    const csvEn = (await get(reloaded.csvEn)).split('\r\n');
    expect(csvVi.find((row) => row.includes('Nhà cung cấp,'))!.endsWith(',Nhóm dự phòng (chạy song song)')).toBe(true);
    expect(csvEn.find((row) => row.startsWith('Vendor,Offering'))!.endsWith(',Redundancy group (runs in parallel)')).toBe(true);
    const lineEnds = (csv: string[]) => csv.filter((row) => /,(Có|Không|Yes|No),/.test(row)).map((row) => row.split(',').at(-1));
    expect(lineEnds(csvVi)).toEqual(['site-1', '', 'site-1']);
    expect(lineEnds(csvEn)).toEqual(['site-1', '', 'site-1']);
    expect((await get(reloaded.printPath)).match(/Dự phòng: chạy song song trong nhóm site-1/g)).toHaveLength(2);
    expect((await get(reloaded.printEn)).match(/Redundant: runs in parallel in group site-1/g)).toHaveLength(2);

    // A stack without groups exports as it always did: no group column.
    const plain = await save('Một nơi', [item('mekong-vps'), item('cmc-cloud-server')]);
    const plainCsv = await get((await server.gql(stackQuery, { id: plain.stack!.id })).data.stack.csvEn);
    expect(plainCsv).not.toContain('Redundancy group');
  });

  it('refuses a malformed group in saveStack as a user error', async () => {
    const result = await save('Sai nhóm', [item('mekong-vps', 'bad group'), item('cmc-cloud-server', 'site-1')]);
    expect(result.stack).toBeNull();
    expect(result.userErrors).toEqual([
      { field: ['input', 'items', '0', 'redundancyGroup'], code: 'INVALID_REDUNDANCY_GROUP', message: expect.stringContaining('Line 1: a redundancy group') },
    ]);
  });

  it('takes the groups into the idempotent content: the same key with other groups is IDEMPOTENCY_KEY_REUSED', async () => {
    const key = `redundancy-${Date.now()}`;
    const first = await save('Khoá', [item('mekong-vps', 'site-1'), item('cmc-cloud-server', 'site-1')], key);
    expect(first.userErrors).toEqual([]);
    const again = await save('Khoá', [item('mekong-vps', 'site-1'), item('cmc-cloud-server', 'site-1')], key);
    expect(again.stack!.id).toBe(first.stack!.id);
    for (const items of [
      [item('mekong-vps', 'site-2'), item('cmc-cloud-server', 'site-2')],
      [item('mekong-vps', 'site-1'), item('cmc-cloud-server')],
      [item('mekong-vps'), item('cmc-cloud-server')],
    ]) {
      const other = await save('Khoá', items, key);
      expect(other.stack).toBeNull();
      expect(other.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    }
    // A stack without groups keeps the content hash it always had: [name, [[plan, quantity]…]].
    const plainKey = `plain-${Date.now()}`;
    const plain = await save('Không nhóm', [item('mekong-vps')], plainKey);
    const [stored] = await rows<{ hash: string }>(
      server.database,
      sql`select content_hash as hash from stacks where id = ${Buffer.from(plain.stack!.id, 'base64url').toString('utf8').split(':')[1]!}`,
    );
    const { createHash } = await import('node:crypto');
    const planDbId = Buffer.from(plans['mekong-vps']![0]!.id, 'base64url').toString('utf8').split(':')[1]!;
    expect(stored!.hash).toBe(createHash('sha256').update(JSON.stringify(['Không nhóm', [[planDbId, 1]]])).digest('base64url'));
  });

  it('compares stacks by what runs in parallel: a line whose group partners differ differs', async () => {
    const compare = async (a: Item[], b: Item[]) => {
      const [x, y] = [await save('A', a), await save('B', b)];
      const response = await server.gql(
        `query($ids: [ID!]!) { compareStacks(ids: $ids) { lines { differs perStack { redundancyGroup } } differences { aspect } } }`,
        { ids: [x.stack!.id, y.stack!.id] },
      );
      expect(response.errors).toBeUndefined();
      return response.data.compareStacks as { lines: { differs: boolean; perStack: ({ redundancyGroup: string | null } | null)[] }[]; differences: { aspect: string }[] };
    };
    const grouped = await compare(
      [item('mekong-vps', 'site-1'), item('cmc-cloud-server', 'site-1')],
      [item('mekong-vps'), item('cmc-cloud-server')],
    );
    expect(grouped.lines.map((line) => line.differs)).toEqual([true, true]);
    expect(grouped.lines[0]!.perStack).toEqual([{ redundancyGroup: 'site-1' }, { redundancyGroup: null }]);
    expect(grouped.differences.map((d) => d.aspect)).toContain('LINES');

    // The same pairs under other names do not differ.
    const renamed = await compare(
      [item('mekong-vps', 'site-1'), item('cmc-cloud-server', 'site-1')],
      [item('mekong-vps', 'pair'), item('cmc-cloud-server', 'pair')],
    );
    expect(renamed.lines.map((line) => line.differs)).toEqual([false, false]);
    expect(renamed.differences.map((d) => d.aspect)).not.toContain('LINES');
  });
});
