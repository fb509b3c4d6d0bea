import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';
import { firstPlans, type PlanInfo } from '../support/stacks.ts';

// The catalogue search a stack was built from: checked by the catalogue's own rules, kept with the stack,
// part of what an idempotency key stands for, read back on the stack and on a quote request for it.

let server: TestServer;
let p: Record<string, PlanInfo>;
beforeAll(async () => {
  server = await startServer({ settings: { ...roomyBudget, quoteRequestsPerHour: 100 } });
  p = await firstPlans(server, 'viettel-cloud-server', 'cmc-cloud-backup');
});
afterAll(() => server.close());

const searchFields = `catalogSearch { query sort kinds categories vendors cities dataInVietnam maxMonthlyPrice minSlaAvailability verifiedFramework billingUnits }`;
const saveMutation = `mutation($input: SaveStackInput!) {
  saveStack(input: $input) { stack { id name ${searchFields} } userErrors { field code message } }
}`;
const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

const filtered = {
  query: '  máy chủ ảo ',
  sort: 'PRICE_ASC',
  filter: { kinds: ['IAAS'], categories: ['compute'], vendors: ['viettel-idc', 'cmc-cloud'], cities: ['Hà Nội'], dataInVietnam: true,
    maxMonthlyPrice: '5000000', minSlaAvailability: '99.9', verifiedFramework: 'MIC-CLOUD-153', billingUnits: ['MONTH'] },
};

async function save(input: Record<string, unknown>) {
  const response = await server.gql(saveMutation, { input: { name: 'Từ danh mục', items: [{ planId: p['viettel-cloud-server']!.id, quantity: 2 }], ...input } });
  expect(response.errors).toBeUndefined();
  return response.data.saveStack;
}

describe('saveStack with the catalogue search it was built from', () => {
  it('keeps the words, filters and order, reads them back on the stack and on a request for it', async () => {
    const { stack, userErrors } = await save({ catalogSearch: filtered });
    expect(userErrors).toEqual([]);
    const expected = {
      query: 'máy chủ ảo',
      sort: 'PRICE_ASC',
      kinds: ['IAAS'],
      categories: ['compute'],
      vendors: ['viettel-idc', 'cmc-cloud'],
      cities: ['Hà Nội'],
      dataInVietnam: true,
      maxMonthlyPrice: '5000000',
      minSlaAvailability: '99.9',
      verifiedFramework: 'MIC-CLOUD-153',
      billingUnits: ['MONTH'],
    };
    expect(stack.catalogSearch).toEqual(expected);

    const reloaded = await server.gql(`query($id: ID!) { stack(id: $id) { ${searchFields} } }`, { id: stack.id });
    expect(reloaded.data.stack.catalogSearch).toEqual(expected);
    const [stored] = await rows<{ search: unknown }>(server.database, sql`select catalog_search as search from stacks where id = ${dbId(stack.id)}`);
    expect(stored!.search).toEqual(expected);

    const request = await server.gql(
      `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { accessToken userErrors { code } } }`,
      { input: { stackId: stack.id, contactName: 'Lê Văn Mua', contactEmail: 'mua@soxaydung.example.vn' } },
    );
    expect(request.data.requestQuote.userErrors).toEqual([]);
    const byToken = await server.gql(`query($token: String!) { quoteRequestByToken(token: $token) { reference ${searchFields} } }`, {
      token: request.data.requestQuote.accessToken,
    });
    expect(byToken.errors).toBeUndefined();
    expect(byToken.data.quoteRequestByToken.catalogSearch).toEqual(expected);
  });

  it('keeps null without a search, and for one that neither searches, filters nor orders', async () => {
    for (const catalogSearch of [undefined, null, {}, { query: '   ', filter: { kinds: [], cities: [] } }]) {
      const { stack, userErrors } = await save({ catalogSearch });
      expect(userErrors).toEqual([]);
      expect(stack.catalogSearch).toBeNull();
    }
    const { stack } = await save({ catalogSearch: { sort: 'NAME' } });
    expect(stack.catalogSearch).toMatchObject({ query: null, sort: 'NAME', kinds: [], dataInVietnam: null, maxMonthlyPrice: null });
  });

  it('refuses what the catalogue refuses, as user errors on the search’s field, and saves nothing', async () => {
    const cases: [Record<string, unknown>, string[], string][] = [
      [{ query: 'x'.repeat(201) }, ['input', 'catalogSearch', 'query'], 'TOO_LONG'],
      [{ filter: { cities: Array.from({ length: 51 }, (_, i) => `city-${i}`) } }, ['input', 'catalogSearch', 'filter', 'cities'], 'TOO_MANY'],
      [{ filter: { vendors: ['v'.repeat(101)] } }, ['input', 'catalogSearch', 'filter', 'vendors'], 'TOO_LONG'],
      [{ filter: { maxMonthlyPrice: '-5' } }, ['input', 'catalogSearch', 'filter', 'maxMonthlyPrice'], 'OUT_OF_RANGE'],
      [{ filter: { minSlaAvailability: '100.5' } }, ['input', 'catalogSearch', 'filter', 'minSlaAvailability'], 'OUT_OF_RANGE'],
      [{ filter: { verifiedFramework: 'F'.repeat(101) } }, ['input', 'catalogSearch', 'filter', 'verifiedFramework'], 'TOO_LONG'],
    ];
    const [before] = await rows<{ n: number }>(server.database, sql`select count(*)::int as n from stacks`);
    for (const [catalogSearch, field, code] of cases) {
      const payload = await save({ catalogSearch });
      expect(payload.stack).toBeNull();
      expect(payload.userErrors).toEqual([{ field, code, message: expect.stringMatching(/\S/) }]);
    }
    const [after] = await rows<{ n: number }>(server.database, sql`select count(*)::int as n from stacks`);
    expect(after!.n).toBe(before!.n);

    const unknownKind = await server.gql(saveMutation, {
      input: { name: 'x', items: [{ planId: p['cmc-cloud-backup']!.id }], catalogSearch: { filter: { kinds: ['MAINFRAME'] } } },
    });
    expect(unknownKind.errors?.[0]?.message).toMatch(/MAINFRAME/);
  });

  it('takes the search as part of what an idempotency key saved: the same search returns the stack, another is refused', async () => {
    const key = `catalog-search-${Date.now()}`;
    const first = await save({ idempotencyKey: key, catalogSearch: filtered });
    expect(first.userErrors).toEqual([]);
    const retry = await save({ idempotencyKey: key, catalogSearch: filtered });
    expect(retry.stack.id).toBe(first.stack.id);
    const otherSearch = await save({ idempotencyKey: key, catalogSearch: { ...filtered, query: 'tường lửa' } });
    expect(otherSearch.stack).toBeNull();
    expect(otherSearch.userErrors).toEqual([{ field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String) }]);
    const noSearch = await save({ idempotencyKey: key });
    expect(noSearch.userErrors.map((error: { code: string }) => error.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  });
});
