import { queryRows, type Db } from '@mayviet/db';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

// The three loads: each a POST /graphql with a body from a small fixed list that every connection cycles
// through, so the server does not answer one cached plan only.

export interface Scenario {
  name: 'baseline' | 'browse' | 'search' | 'offering';
  title: string;
  /** the request bodies, cycled through by every connection */
  bodies: string[];
  /** what each body stands for, for the report */
  variants: string[];
}

const browseDocument = `query Browse($filter: OfferingFilter, $sort: OfferingSort) {
  offerings(first: 20, filter: $filter, sort: $sort) {
    totalCount
    facets {
      kinds { value count }
      categories { value count }
      vendors { value count }
      cities { value count }
    }
    nodes { name vendor { name } category { name } lowestMonthlyPrice { amount } }
  }
}`;

/** The browse page of the brief first, then three other filters of the same shape. */
export const browseFilters: { filter: Record<string, unknown>; sort: string }[] = [
  { filter: { kinds: ['IAAS', 'SAAS'], dataInVietnam: true }, sort: 'PRICE_ASC' },
  { filter: { kinds: ['PAAS', 'SECURITY'], dataInVietnam: true }, sort: 'PRICE_ASC' },
  { filter: { kinds: ['IAAS'], categories: ['compute'], dataInVietnam: true }, sort: 'PRICE_ASC' },
  { filter: { kinds: ['SAAS', 'SOFTWARE'], dataInVietnam: true }, sort: 'NAME' },
];

const searchDocument = `query Search($query: String) {
  offerings(first: 20, query: $query) { totalCount nodes { name vendor { name } } }
}`;

/** With diacritics, folded, a typo (the trigram path) and a two-word phrase. */
export const searchTerms = ['máy chủ', 'dien toan dam may', 'vietel', 'sao lưu'];

const offeringDocument = `query Offering($slug: String!) {
  offering(slug: $slug) {
    name description
    vendor { name dataCenters { city tier } attestations { status framework { code } } }
    plans { name monthlyPrice { amount } specs { key value } }
    dataCenters { name city tier vendor { name } }
    requirements { description categories { name } vendors { name } }
    attestations { status framework { code groups { code criteriaCount } } }
  }
}`;

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/**
 * Slugs for the offering page: published offerings of the real seed catalog that have plans, data centres
 * and requirements, those with attestations of their own first; synthetic ones fill up if there are too few.
 */
export async function offeringSlugs(db: Db, seedSlugs: string[], count = 3): Promise<string[]> {
  const seeded = sql`o.slug = any(${`{${seedSlugs.join(',')}}`}::text[])`;
  const rows = await queryRows<{ slug: string }>(
    db,
    sql`select o.slug from offerings o
        where o.status = 'PUBLISHED'
          and exists (select 1 from plans p where p.offering_id = o.id)
          and exists (select 1 from offering_data_centers x where x.offering_id = o.id)
          and exists (select 1 from requirements r where r.offering_id = o.id)
        order by ${seeded} desc, exists (select 1 from attestations a where a.offering_id = o.id) desc, o.slug
        limit ${count}`,
  );
  if (rows.length === 0) throw new Error('no published offering with plans, data centres and requirements to load');
  return rows.map((row) => row.slug);
}

/** `{ __typename }`: HTTP and GraphQL with no SQL, the ceiling any query's throughput stays under. */
export const baselineScenario: Scenario = {
  name: 'baseline',
  title: 'baseline { __typename } (no SQL)',
  bodies: [body('{ __typename }', {})],
  variants: ['{ __typename }'],
};

/** Browse, offering page, then search: the slowest last, its leftover requests cannot be cancelled on PGlite. */
export function buildScenarios(slugs: string[]): Scenario[] {
  return [
    {
      name: 'browse',
      title: 'browse page with facets',
      bodies: browseFilters.map((v) => body(browseDocument, v)),
      variants: browseFilters.map((v) => `${JSON.stringify(v.filter)} ${v.sort}`),
    },
    {
      name: 'offering',
      title: 'nested offering page',
      bodies: slugs.map((slug) => body(offeringDocument, { slug })),
      variants: slugs.map((slug) => `slug: "${slug}"`),
    },
    {
      name: 'search',
      title: 'search',
      bodies: searchTerms.map((query) => body(searchDocument, { query })),
      variants: searchTerms.map((term) => `query: "${term}"`),
    },
  ];
}

/** Sends every body once and checks the answer has data and no errors; returns one line per variant. */
export async function checkScenario(url: string, scenario: Scenario): Promise<string[]> {
  const lines: string[] = [];
  for (const [index, text] of scenario.bodies.entries()) {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
    const result = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
    if (response.status !== 200 || result.errors || !result.data) {
      throw new Error(`${scenario.name} ${scenario.variants[index]}: HTTP ${response.status} ${JSON.stringify(result.errors ?? result)}`);
    }
    const statements = response.headers.get('x-sql-statements');
    if (scenario.name === 'baseline') {
      lines.push(`${scenario.variants[index]}: ${JSON.stringify(result.data)}, ${statements} SQL statements`);
    } else if (scenario.name === 'offering') {
      const offering = result.data.offering as { name: string } | null;
      if (!offering) throw new Error(`offering ${scenario.variants[index]} not found`);
      lines.push(`${scenario.variants[index]}: "${offering.name}", ${statements} SQL statements`);
    } else {
      const page = result.data.offerings as { totalCount: number; nodes: unknown[] };
      if (page.nodes.length === 0) throw new Error(`${scenario.name} ${scenario.variants[index]} found nothing`);
      lines.push(`${scenario.variants[index]}: totalCount ${page.totalCount}, ${page.nodes.length} nodes, ${statements} SQL statements`);
    }
  }
  return lines;
}

export interface StatementTime {
  ms: number;
  sql: string;
}

/**
 * A view of the database that times each statement run through execute() (how the catalog queries run)
 * into `sink`, for a profile of what one request of each variant costs in SQL.
 */
export function timingDb(db: Db, sink: StatementTime[]): Db {
  const dialect = new PgDialect();
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'execute') return Reflect.get(target, property, receiver);
      return async (query: SQL) => {
        const t0 = performance.now();
        try {
          return await target.execute(query);
        } finally {
          const text = dialect.sqlToQuery(query).sql.replace(/\s+/g, ' ');
          sink.push({ ms: Math.round((performance.now() - t0) * 100) / 100, sql: text.length > 160 ? `${text.slice(0, 160)}…` : text });
        }
      };
    },
  });
}

/** Sends each body once to a server whose database is timed, sequentially, and returns the statements per variant. */
export async function profileScenario(url: string, scenario: Scenario, sink: StatementTime[]): Promise<{ variant: string; ms: number; statements: StatementTime[] }[]> {
  const out: { variant: string; ms: number; statements: StatementTime[] }[] = [];
  for (const [index, text] of scenario.bodies.entries()) {
    sink.length = 0;
    const t0 = performance.now();
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
    await response.text();
    out.push({ variant: scenario.variants[index]!, ms: Math.round((performance.now() - t0) * 100) / 100, statements: [...sink] });
  }
  return out;
}
