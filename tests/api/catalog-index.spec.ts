import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomyBudget, startAnotherInstance, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

// The in-memory catalog index (packages/api/src/modules/catalog/index/) answers searches exactly as the SQL
// does: two instances on one database, one searching through its index, one through SQL only, both with
// the answer cache off, are asked the same searches — words, every filter, every sort, pages followed by
// their cursors, numbered pages, facets — and must answer alike, field for field.

let indexed: TestServer;
let sqlOnly: TestServer;

const browse = `query Search($query: String, $filter: OfferingFilter, $sort: OfferingSort, $first: Int, $after: String) {
  offerings(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    countBefore
    nodes { slug name }
    edges { cursor }
    pageInfo { hasNextPage endCursor }
    pageCursors(around: 2) { page cursor isCurrent }
    facets {
      kinds { value label count selected }
      categories { value label labelEn count selected }
      vendors { value label count selected }
      cities { value count selected }
      billingUnits { value count selected }
    }
  }
}`;

async function ask(server: TestServer, variables: Record<string, unknown>) {
  const answer = await server.gql(browse, variables);
  expect(answer.errors, JSON.stringify(variables)).toBeUndefined();
  return { data: answer.data.offerings, statements: Number(answer.headers.get('x-sql-statements')) };
}

/** Deterministic choices, so a failure names a search that can be run again. */
function chooser(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return {
    chance: (p: number) => next() < p,
    one: <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!,
    some: <T>(values: readonly T[], most: number): T[] => values.filter(() => next() < most / Math.max(1, values.length)),
  };
}

beforeAll(async () => {
  indexed = await startServer({ settings: { ...roomyBudget, catalogCache: false, catalogIndex: true } });
  sqlOnly = await startAnotherInstance(indexed, { settings: { ...roomyBudget, catalogCache: false, catalogIndex: false } });
}, 60_000);
afterAll(async () => {
  await sqlOnly?.close();
  await indexed?.close();
});

describe('searches answered by the catalog index', () => {
  it('reads the catalog version and the page rows only, where SQL also counts and facets', async () => {
    const variables = { filter: { kinds: ['IAAS', 'SAAS'], dataInVietnam: true }, sort: 'PRICE_ASC', first: 20 };
    const fromIndex = await ask(indexed, variables);
    const fromSql = await ask(sqlOnly, variables);
    expect(fromIndex.data).toEqual(fromSql.data);
    expect(fromIndex.statements).toBe(2);
    expect(fromSql.statements).toBeGreaterThan(3);
  });

  it('answers 160 varied searches, their next pages and numbered pages exactly as SQL does', async () => {
    const [categories, vendors, cities] = await Promise.all([
      rows<{ slug: string }>(indexed.database, sql`select slug from categories order by slug`),
      rows<{ slug: string }>(indexed.database, sql`select slug from vendors order by slug`),
      rows<{ city: string }>(indexed.database, sql`select distinct city from data_centers order by city`),
    ]);
    const words = [
      null, null, null, 'máy chủ', 'may chu', 'sao lưu', 'dien toan dam may', 'cloud', 'viettel', 'vnpt', 'bảo mật', 'ảo',
      'server', 'k', 'ma', 'backup data', 'điện toán đám mây', 'vietel', 'zzqx', 'email doanh nghiệp', 'Kubernetes', 'waf',
    ];
    const typos = ['vietel', 'zzqx'];
    const sorts = ['RELEVANCE', 'NAME', 'PRICE_ASC', 'PRICE_DESC', 'SLA_DESC', 'UPDATED_DESC'];
    const pick = chooser(16);
    let compared = 0;
    for (let run = 0; run < 160; run++) {
      const filter: Record<string, unknown> = {};
      if (pick.chance(0.4)) filter.kinds = pick.some(['IAAS', 'PAAS', 'SAAS', 'SECURITY', 'SOFTWARE'], 2);
      if (pick.chance(0.25)) filter.categories = pick.some(categories.map((c) => c.slug), 2);
      if (pick.chance(0.25)) filter.vendors = pick.some(vendors.map((v) => v.slug), 2);
      if (pick.chance(0.25)) filter.cities = pick.some(cities.map((c) => c.city), 2);
      if (pick.chance(0.3)) filter.dataInVietnam = pick.chance(0.8);
      if (pick.chance(0.2)) filter.maxMonthlyPrice = pick.one(['0', '150000', '2000000', '50000000']);
      if (pick.chance(0.2)) filter.minSlaAvailability = pick.one(['99', '99.9', '99.95', '100']);
      if (pick.chance(0.2)) filter.billingUnits = pick.some(['MONTH', 'HOUR', 'GB_MONTH', 'USER_MONTH', 'ONE_TIME'], 2);
      let variables: Record<string, unknown> = { query: pick.one(words), filter, sort: pick.one(sorts), first: pick.one([1, 3, 7, 20]) };
      for (let page = 0; page < 3; page++) {
        const [fromIndex, fromSql] = [await ask(indexed, variables), await ask(sqlOnly, variables)];
        expect(fromIndex.data, JSON.stringify(variables)).toEqual(fromSql.data);
        // from the index: the version, the words' parse (once per instance) and the page's rows; words
        // no listing holds fall back to spelling similarity, which only SQL answers
        if (!typos.includes(variables.query as string)) expect(fromIndex.statements, JSON.stringify(variables)).toBeLessThanOrEqual(3);
        compared++;
        const { pageInfo, pageCursors } = fromIndex.data as { pageInfo: { hasNextPage: boolean; endCursor: string }; pageCursors: { cursor: string | null }[] };
        // the next page, then a numbered page further on (the last one listed)
        const jump = page === 0 ? pageInfo.endCursor : pageCursors.at(-1)?.cursor;
        if (!jump || !pageInfo.hasNextPage) break;
        variables = { ...variables, after: jump };
      }
    }
    expect(compared).toBeGreaterThan(200);
  }, 240_000);

  it('answers as SQL does after each of fourteen catalog changes, brought forward change by change', async () => {
    const searches = [
      { filter: { kinds: ['IAAS', 'SAAS'], dataInVietnam: true }, sort: 'PRICE_ASC', first: 5 },
      { filter: { maxMonthlyPrice: '2000000' }, sort: 'NAME', first: 5 },
      { query: 'cloud', filter: { cities: ['Hà Nội'] }, sort: 'RELEVANCE', first: 5 },
    ];
    const published = () =>
      rows<{ id: string }>(indexed.database, sql`select id from offerings where status = 'PUBLISHED' order by md5(slug) limit 6`);
    const [a, b, c, d, e, f] = await published();
    const changes = [
      sql`update offerings set status = 'ARCHIVED' where id = ${a!.id}`,
      sql`update offerings set data_in_vietnam = not data_in_vietnam where id = ${b!.id}`,
      sql`update offerings set status = 'PUBLISHED', published_at = now() where id = (select id from offerings where status <> 'PUBLISHED' order by slug limit 1)`,
      sql`update plans set price = price * 3 where offering_id = ${c!.id}`,
      sql`insert into offering_data_centers (offering_id, data_center_id)
          select ${d!.id}, dc.id from data_centers dc where not exists (
            select 1 from offering_data_centers x where x.offering_id = ${d!.id} and x.data_center_id = dc.id) order by dc.slug limit 1`,
      sql`update offerings set status = 'ARCHIVED' where id in (${e!.id}, ${f!.id})`,
      sql`update offerings set status = 'PUBLISHED' where id = ${a!.id}`,
    ];
    // asked before the changes, so every version after is brought forward from one that answered facets
    for (const variables of searches) await ask(indexed, variables);
    // twice over: more versions than the index keeps as layers of slots before it folds them (state.ts SlotMap)
    for (const change of [...changes, ...changes]) {
      await indexed.database.db.execute(change);
      for (const [index, variables] of searches.entries()) {
        const [fromIndex, fromSql] = [await ask(indexed, variables), await ask(sqlOnly, variables)];
        expect(fromIndex.data, JSON.stringify(variables)).toEqual(fromSql.data);
        // the first search after a change also reads the change and the changed rows; then the version and the page
        expect(fromIndex.statements).toBeLessThanOrEqual(index === 0 ? 4 : 2);
      }
    }
  });

  it('answers a cursor whose row has left the catalogue as SQL does', async () => {
    const variables = { sort: 'NAME', first: 3 };
    const first = await ask(indexed, variables);
    const [last] = first.data.nodes.slice(-1) as { slug: string }[];
    await indexed.database.db.execute(sql`update offerings set status = 'ARCHIVED' where slug = ${last!.slug}`);
    const next = { ...variables, after: first.data.pageInfo.endCursor };
    const [fromIndex, fromSql] = [await ask(indexed, next), await ask(sqlOnly, next)];
    expect(fromIndex.data).toEqual(fromSql.data);
    expect(fromIndex.data.countBefore).toBe(2);
  });
});
