import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

const search = `query Search($query: String, $first: Int, $filter: OfferingFilter) {
  offerings(query: $query, first: $first, filter: $filter) {
    totalCount
    nodes { slug name summary summaryEn description vendor { slug name } category { name nameEn } }
  }
}`;

interface Found {
  slug: string;
  name: string;
  summary: string;
  summaryEn: string;
  description: string;
  vendor: { slug: string; name: string };
  category: { name: string; nameEn: string };
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

async function find(query: string, first = 100): Promise<{ totalCount: number; nodes: Found[] }> {
  const result = await server.gql(search, { query, first });
  expect(result.errors).toBeUndefined();
  return result.data.offerings;
}

const text = (o: Found) => `${o.name} ${o.summary} ${o.summaryEn} ${o.description} ${o.vendor.name} ${o.category.name} ${o.category.nameEn}`.toLocaleLowerCase('vi');
const words = (o: Found) => new Set(text(o).match(/[\p{L}\p{N}]+/gu));

describe('search the way Vietnamese users type', () => {
  it('finds "điện toán đám mây" with or without diacritics and in any case', async () => {
    const expected = await rows<{ slug: string }>(
      server.database,
      sql`select slug from offerings where status = 'PUBLISHED'
          and lower(name || ' ' || summary || ' ' || description) like '%điện toán đám mây%'`,
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const query of ['dien toan dam may', 'Điện toán đám mây', 'điện toán', 'Điện toán', 'DIEN TOAN', 'ĐIỆN TOÁN ĐÁM MÂY']) {
      const found = (await find(query)).nodes.map((o) => o.slug);
      for (const { slug } of expected) expect(found, `"${query}" should find ${slug}`).toContain(slug);
    }
  });

  it('treats decomposed (NFD) input like the composed form', async () => {
    const composed = await find('điện toán đám mây');
    const decomposed = await find('điện toán đám mây'.normalize('NFD'));
    expect(decomposed.nodes.map((o) => o.slug)).toEqual(composed.nodes.map((o) => o.slug));
  });

  it('tolerates a typo in a vendor name: "vietel" finds Viettel IDC', async () => {
    const found = await find('vietel');
    expect(found.totalCount).toBeGreaterThan(0);
    expect(found.nodes[0]!.vendor.slug).toBe('viettel-idc');
    const viettel = await rows<{ n: number }>(
      server.database,
      sql`select count(*)::int as n from offerings o join vendors v on v.id = o.vendor_id
          where v.slug = 'viettel-idc' and o.status = 'PUBLISHED'`,
    );
    expect(found.nodes.filter((o) => o.vendor.slug === 'viettel-idc')).toHaveLength(viettel[0]!.n);
  });

  it('uses spelling similarity only for words no listing contains', async () => {
    const found = (await find('backup')).nodes;
    expect(found.length).toBeGreaterThan(0);
    for (const o of found) expect(text(o)).toContain('backup');
  });

  it('ranks a match with the exact diacritics above an accent-folded one ("mây" before "máy")', async () => {
    const found = (await find('mây')).nodes;
    const exact = found.map((o) => words(o).has('mây'));
    expect(exact.filter(Boolean).length).toBeGreaterThan(0);
    const foldedOnly = found.filter((o) => !words(o).has('mây') && words(o).has('máy'));
    expect(foldedOnly.length).toBeGreaterThan(0);
    const firstFolded = exact.indexOf(false);
    expect(exact.slice(firstFolded).some(Boolean), 'no exact match may follow a folded one').toBe(false);

    const machines = (await find('máy chủ')).nodes;
    expect(machines.length).toBeGreaterThan(0);
    expect(words(machines[0]!).has('máy')).toBe(true);
  });

  it('ranks by relevance: a name match comes before a match only in the description', async () => {
    const found = (await find('tường lửa')).nodes;
    expect(found.length).toBeGreaterThan(1);
    const inName = found.map((o) => o.name.toLocaleLowerCase('vi').includes('tường lửa') || o.category.name.toLocaleLowerCase('vi').includes('tường lửa'));
    expect(inName[0]).toBe(true);
    expect(inName.slice(inName.indexOf(false)).some(Boolean)).toBe(false);
  });

  it('matches the last word as a prefix, for search as you type', async () => {
    const partial = await find('kuber');
    expect(partial.totalCount).toBeGreaterThan(0);
    expect(partial.nodes.every((o) => text(o).includes('kuber'))).toBe(true);
  });

  it('treats search syntax as plain words and blank queries as no query', async () => {
    const all = await server.gql(`{ offerings { totalCount } }`);
    for (const query of ["' & | ! :* ( ) <->", '   ', '\\', '%_']) {
      const result = await server.gql(search, { query, first: 5 });
      expect(result.errors, query).toBeUndefined();
      if (!/[\p{L}\p{N}]/u.test(query)) expect(result.data.offerings.totalCount).toBe(all.data.offerings.totalCount);
    }
  });

  it('finds nothing, without error, for words no listing has', async () => {
    const found = await find('zzqxv khôngcógì');
    expect(found).toEqual({ totalCount: 0, nodes: [] });
  });

  it('refuses a query longer than 200 characters', async () => {
    const result = await server.gql(search, { query: 'a'.repeat(201) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
