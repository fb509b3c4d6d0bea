import { openDatabase, prepareQuery, queryRows, type Database } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTsQuery, scoreText, TextIndex } from '../../packages/api/src/modules/catalog/index/text.ts';
import { freshDatabase } from '../support/server.ts';

// The in-memory text index against the database itself: for every query, the offerings PostgreSQL's full-text
// search matches, their exact-match rank and their ts_rank_cd score as the catalog search turns it into text,
// must be the index's, byte for byte. On the seeded catalog by default (PGlite, or PostgreSQL in .ci/run);
// TEXT_INDEX_DATABASE_URL points it at another database, read only (e.g. the 100,000-offering bench catalog),
// where it draws TEXT_INDEX_QUERIES queries (300 unless told).

const otherUrl = process.env.TEXT_INDEX_DATABASE_URL || null;
const sampleSize = otherUrl ? Number(process.env.TEXT_INDEX_QUERIES || 300) : null;

let database: Database;
let close: () => Promise<void>;

beforeAll(async () => {
  if (otherUrl) {
    database = await openDatabase({ url: otherUrl, maxConnections: 1 });
    close = () => database.close();
  } else {
    const fresh = await freshDatabase();
    database = fresh.database;
    close = fresh.drop;
  }
});
afterAll(async () => close?.());

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query);

/** Deterministic draws, so that a failure comes back on the next run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Loaded {
  index: TextIndex;
  ids: string[];
  live: Uint8Array;
}

/** Every offering, in id order, one slot each; the published ones live. */
async function loadCatalog(): Promise<Loaded> {
  const offerings = await rows<{ id: string; folded: string; exact: string; published: boolean }>(
    sql`select id::text as id, search_folded::text as folded, search_exact::text as exact, status = 'PUBLISHED' as published from offerings order by id`,
  );
  const index = new TextIndex();
  const live = new Uint8Array(offerings.length);
  offerings.forEach((offering, slot) => {
    index.add(slot, offering.folded, offering.exact);
    live[slot] = offering.published ? 1 : 0;
  });
  return { index, ids: offerings.map((offering) => offering.id), live };
}

/** What users type: single words (exact and folded, so with and without diacritics), their prefixes, runs of words from names, random combinations, repeats, and words nothing holds. */
async function catalogQueries(): Promise<string[]> {
  const words = async (column: 'search_exact' | 'search_folded') =>
    (
      await rows<{ word: string }>(
        sql`select distinct word from offerings, unnest(tsvector_to_array(${sql.identifier(column)})) word where status = 'PUBLISHED' order by word`,
      )
    ).map((row) => row.word);
  const exactWords = await words('search_exact');
  const foldedWords = await words('search_folded');
  const names = (await rows<{ name: string }>(sql`select name from offerings where status = 'PUBLISHED' order by id`)).map((row) => row.name);
  const draw = random(16);
  const pick = <T>(list: T[]): T => list[Math.floor(draw() * list.length)]!;
  const queries = new Set<string>([
    'máy chủ',
    'MÁY CHỦ',
    'may chu',
    'sao lưu',
    'điện toán đám mây',
    'dien toan dam may',
    'cloud cloud',
    'máy máy chủ',
    'chủ máy chủ',
    'lưu lưu lưu trữ',
    'zzzqxj',
    'máy zzzqxj',
    'zzzqxj máy',
    'đ',
    'm',
    'a',
    '1',
    'ab',
  ]);
  for (const word of [...exactWords, ...foldedWords]) queries.add(word);
  for (let i = 0; i < 400; i++) {
    const word = pick(exactWords);
    const cut = 1 + Math.floor(draw() * Math.max(1, word.length - 1));
    queries.add(word.slice(0, cut));
    queries.add(`${pick(exactWords)} ${word.slice(0, cut)}`);
  }
  for (const name of names) {
    const nameWords = name.toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let start = 0; start + 1 < nameWords.length; start++) {
      queries.add(nameWords.slice(start, start + 2).join(' '));
      if (start + 2 < nameWords.length) queries.add(nameWords.slice(start, start + 3).join(' '));
    }
  }
  for (let i = 0; i < 400; i++) {
    queries.add(`${pick(exactWords)} ${pick(exactWords)}`);
    queries.add(`${pick(foldedWords)} ${pick(exactWords)} ${pick(foldedWords)}`);
    const word = pick(exactWords);
    queries.add(`${word} ${word}`);
  }
  const all = [...queries];
  if (sampleSize === null) return all;
  const sample = all.slice(0, 18);
  while (sample.length < sampleSize) sample.push(pick(all));
  return sample;
}

interface SqlAnswer {
  folded: string;
  exact: string;
  /** `id rank score` per matching published offering, sorted */
  lines: string[];
}

/** The tsqueries' text and the catalog search's match, rank and score for each `tsquery` (prepareQuery's). */
async function sqlAnswers(tsqueries: string[]): Promise<SqlAnswer[]> {
  const answers: SqlAnswer[] = [];
  for (let from = 0; from < tsqueries.length; from += 100) {
    const batch = JSON.stringify(tsqueries.slice(from, from + 100));
    const parsed = await rows<{ n: number; folded: string; exact: string }>(
      sql`select n::int as n, to_tsquery('simple', mv_fold(q))::text as folded, to_tsquery('simple', q)::text as exact
          from json_array_elements_text(${batch}::json) with ordinality as t(q, n) order by n`,
    );
    // each query's tsqueries computed once, then matched through the index on search_folded
    const matches = await rows<{ n: number; line: string }>(
      sql`select t.n::int as n,
            o.id::text || ' ' || (case when o.search_exact @@ q.exact then 2 else 1 end)::text || ' ' ||
            round((ts_rank_cd(o.search_folded, q.folded))::numeric, 6)::text as line
          from json_array_elements_text(${batch}::json) with ordinality as t(q, n)
          cross join lateral (select to_tsquery('simple', mv_fold(t.q)) as folded, to_tsquery('simple', t.q) as exact) as q
          join lateral (select * from offerings o where o.status = 'PUBLISHED' and o.search_folded @@ q.folded) as o on true`,
    );
    const lines = new Map<number, string[]>();
    for (const match of matches) {
      const list = lines.get(match.n);
      if (list) list.push(match.line);
      else lines.set(match.n, [match.line]);
    }
    for (const row of parsed) answers.push({ folded: row.folded, exact: row.exact, lines: (lines.get(row.n) ?? []).sort() });
  }
  return answers;
}

function indexLines(loaded: Loaded, folded: NonNullable<ReturnType<typeof parseTsQuery>>, exact: ReturnType<typeof parseTsQuery>): string[] {
  const result = loaded.index.search(folded, exact, loaded.live);
  return [...result.slots].map((slot, i) => `${loaded.ids[slot]} ${result.exact[i] ? 2 : 1} ${scoreText(result.score[i]!)}`).sort();
}

describe('the text index', () => {
  it('matches, ranks and scores every query as the catalog search does in SQL', async () => {
    const loaded = await loadCatalog();
    const queries = await catalogQueries();
    const tsqueries = queries.map((query) => prepareQuery(query)!.tsquery);
    const answers = await sqlAnswers(tsqueries);
    let compared = 0;
    let matched = 0;
    let offerings = 0;
    const differences: string[] = [];
    const unparsed: string[] = [];
    answers.forEach((answer, i) => {
      const folded = parseTsQuery(answer.folded);
      const exact = parseTsQuery(answer.exact);
      if (!folded || !exact) {
        unparsed.push(`${answer.folded} / ${answer.exact}`);
        return;
      }
      compared++;
      if (answer.lines.length > 0) matched++;
      offerings += answer.lines.length;
      const lines = indexLines(loaded, folded, exact);
      const any = loaded.index.any(folded, loaded.live);
      if (JSON.stringify(lines) !== JSON.stringify(answer.lines) || any !== answer.lines.length > 0) {
        differences.push(`${queries[i]} (${answer.folded}): SQL ${answer.lines.length} rows, index ${lines.length}, any ${any}`);
      }
    });
    console.log(`text index: ${compared} queries compared (${matched} matching something, ${offerings} offerings in all), ${unparsed.length} left to SQL`);
    expect(differences).toEqual([]);
    // only words PostgreSQL's parser splits into a phrase (e.g. 'e-mail') are left to SQL, and none of prepareQuery's
    for (const text of unparsed) expect(text).toMatch(/<->/);
    expect(compared).toBeGreaterThan(queries.length * 0.99);
    expect(matched).toBeGreaterThan(compared * 0.3);
  }, otherUrl ? 1_800_000 : undefined);

  it('also matches PostgreSQL on crafted tsvectors: quotes, backslashes, bare lexemes, clamped and shared positions', async () => {
    const vectors = await rows<{ text: string }>(
      sql`select v::text as text from (values
            ('''a'':1A,3B ''b'':2C,16383 ''c'''::tsvector),
            ('''it''''s'':1 ''back\\\\slash'':2B ''it'':3'::tsvector),
            ('''a'' ''b'':1 ''ab'':5'::tsvector),
            ('''a'' ''b'''::tsvector),
            (setweight(to_tsvector('simple', repeat('a ', 16390)), 'B') || to_tsvector('simple', 'c b ab a')),
            (to_tsvector('simple', repeat('x y ', 300) || 'a b ab abc') || setweight(to_tsvector('simple', 'b a'), 'A')),
            (setweight(to_tsvector('simple', 'ab abc abd b'), 'C') || to_tsvector('simple', repeat('z ', 20) || 'abd b ab')),
            (to_tsvector('simple', 'b ' || repeat('a ', 120) || 'b')),
            ((select to_tsvector('simple', string_agg('w' || i, ' ')) from generate_series(1, 16390) as i)
              || to_tsvector('simple', 'c ab') || setweight(to_tsvector('simple', 'b a c'), 'A'))
          ) as t(v)`,
    );
    const index = new TextIndex();
    vectors.forEach((vector, slot) => index.add(slot, vector.text, vector.text));
    const live = new Uint8Array(vectors.length).fill(1);
    const queries = ['a', 'a:*', 'b', 'a & b', 'a:* & b', 'ab:* & b', 'a & a', 'a & a:*', 'b & c', "'it''s'", "'back\\\\slash':*", "it & 'it''s'", 'x & a', 'abd & b & ab', 'c & b & ab & a', 'c & a', 'ab:* & c', 'w1:* & a'];
    const texts = JSON.stringify(vectors.map((vector) => vector.text));
    for (const query of queries) {
      const [parsed] = await rows<{ text: string }>(sql`select ${query}::tsquery::text as text`);
      const answer = await rows<{ n: number; score: number | string; rounded: string }>(
        sql`select n::int as n, ts_rank_cd(s::tsvector, q)::float8 as score, round(ts_rank_cd(s::tsvector, q)::numeric, 6)::text as rounded
            from json_array_elements_text(${texts}::json) with ordinality as t(s, n), (select ${query}::tsquery as q) as query
            where s::tsvector @@ q order by n`,
      );
      const folded = parseTsQuery(parsed!.text)!;
      const result = index.search(folded, folded, live);
      expect([...result.slots].map((slot, i) => [slot + 1, result.score[i], scoreText(result.score[i]!)]), query).toEqual(
        answer.map((row) => [row.n, Number(row.score), row.rounded]),
      );
      expect([...result.exact].every((flag) => flag === 1)).toBe(true);
    }
  });
});

describe('scoreText', () => {
  it('prints a float4 score as round(score::numeric, 6)::text does: 6 significant digits, ties to even, then 6 decimals', async () => {
    const draw = random(6);
    // ties of %.6g (13/128, 65/64), a double rounding (0.01234549 prints as 0.0123455, then rounds up), and random scores
    const values = [0, 1, 3, 0.1, 0.2, 0.4, 13 / 128, 65 / 64, 0.01953125, 0.01234549, 0.0000004, 12.345678, 1e-20, 123456.7];
    for (let i = 0; i < 2000; i++) values.push(draw() * 10 ** Math.floor(draw() * 6 - 4));
    const floats = values.map((value) => Math.fround(value));
    const expected = await rows<{ text: string }>(
      sql`select round(v::float4::numeric, 6)::text as text from json_array_elements_text(${JSON.stringify(floats)}::json) with ordinality as t(v, n) order by n`,
    );
    expect(floats.map((value) => scoreText(value))).toEqual(expected.map((row) => row.text));
  });
});

describe('parseTsQuery', () => {
  it('reads an AND of terms, prefix ones and quoted ones', () => {
    expect(parseTsQuery(`'dien' & 'toan':*`)).toEqual([
      { lexeme: 'dien', prefix: false },
      { lexeme: 'toan', prefix: true },
    ]);
    expect(parseTsQuery(`'it''s' & 'a\\\\b':*`)).toEqual([
      { lexeme: "it's", prefix: false },
      { lexeme: 'a\\b', prefix: true },
    ]);
  });

  it('leaves phrases, OR, NOT, weights and empty queries to SQL', async () => {
    const [texts] = await rows<Record<string, string>>(
      sql`select to_tsquery('simple', 'a <-> b')::text as phrase, to_tsquery('simple', 'e-mail:*')::text as split,
            to_tsquery('simple', 'a | b')::text as "or", to_tsquery('simple', '!a & b')::text as "not",
            to_tsquery('simple', 'a:*AB & b')::text as weights, to_tsquery('simple', 'a & (b | c)')::text as nested,
            plainto_tsquery('simple', '')::text as empty`,
    );
    expect(Object.keys(texts!)).toHaveLength(7);
    for (const [kind, text] of Object.entries(texts!)) expect(parseTsQuery(text), `${kind}: ${text}`).toBeNull();
    expect(parseTsQuery(Array.from({ length: 31 }, (_, i) => `'w${i}'`).join(' & '))).toBeNull();
  });
});
