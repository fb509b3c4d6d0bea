import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const honestPage = `query Honest($first: Int) {
  offerings(first: $first) {
    totalCount
    nodes {
      id slug name kind slaAvailability
      vendor { id name domestic }
      category { slug name }
      plans { id name unit price { amount currencyCode } monthlyPrice { amount } specs { key value } }
      dataCenters { id name city tier vendor { name } }
      requirements { description categories { slug } vendors { slug } }
      attestations { status criteriaMet validUntil framework { code criteriaCount groups { code criteriaCount } } }
    }
  }
}`;

function codeOf(result: { errors?: { extensions?: { code?: string } }[] }) {
  return result.errors?.[0]?.extensions?.code;
}

describe('abuse limits, checked before execution', () => {
  it('lets an honest page of 100 offerings with every relation through', async () => {
    const result = await server.gql(honestPage, { first: 100 });
    expect(result.errors).toBeUndefined();
    expect(result.data.offerings.nodes.length).toBeGreaterThan(50);
  });

  it('refuses first above 100 and below 0 with BAD_USER_INPUT', async () => {
    for (const first of [101, 1000, -1]) {
      const result = await server.gql(`query($first: Int) { offerings(first: $first) { totalCount } }`, { first });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toContain('first');
    }
    const vendors = await server.gql(`{ vendors(first: 101) { totalCount } }`);
    expect(codeOf(vendors)).toBe('BAD_USER_INPUT');
  });

  it('refuses a malformed cursor or one from another sort with a clear message', async () => {
    const page = await server.gql(`{ offerings(first: 2, sort: NAME) { pageInfo { endCursor } } }`);
    const cursor = page.data.offerings.pageInfo.endCursor as string;
    for (const [after, sort] of [['not a cursor!', 'NAME'], ['eyJ4IjoxfQ', 'NAME'], [cursor, 'PRICE_ASC'], [cursor.slice(0, -3), 'NAME']]) {
      const result = await server.gql(`query($after: String, $sort: OfferingSort) { offerings(after: $after, sort: $sort) { totalCount nodes { id } } }`, {
        after,
        sort,
      });
      expect(result.status).toBe(200);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toMatch(/cursor/);
    }
  });

  it('explains an unknown enum value, in the query or in variables, without a 500', async () => {
    const literal = await server.gql(`{ offerings(filter: { kinds: [NOPE] }) { totalCount } }`);
    expect(literal.status).toBe(400);
    expect(codeOf(literal)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors![0]!.message).toContain('OfferingKind');
    const variable = await server.gql(`query($sort: OfferingSort) { offerings(sort: $sort) { totalCount } }`, { sort: 'CHEAPEST' });
    expect(variable.status).toBe(400);
    expect(codeOf(variable)).toBe('BAD_USER_INPUT');
    expect(variable.errors![0]!.message).toContain('CHEAPEST');
  });

  it('refuses queries nested too deep', async () => {
    const deep = `{ vendors(first: 1) { nodes { offerings(first: 1) { nodes { vendor { offerings(first: 1) { nodes { vendor {
      offerings(first: 1) { nodes { vendor { offerings(first: 1) { nodes { name } } } } } } } } } } } } } }`;
    const result = await server.gql(deep);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0]!.message).toMatch(/levels deep/);
  });

  it('refuses hundreds of aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: categories { slug }`).join(' ');
    const result = await server.gql(`{ ${aliases} }`);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0]!.message).toMatch(/aliases/);
  });

  it('refuses documents with too many tokens', async () => {
    const fields = Array.from({ length: 6000 }, () => "slug").join(" ");
    const result = await server.gql(`{ categories { ${fields} } }`);
    expect(result.status).toBe(400);
    expect(result.errors![0]!.message).toMatch(/token/i);
  });

  it('refuses pages of pages of pages by estimated cost', async () => {
    const nested = `{ vendors(first: 100) { nodes { offerings(first: 100) { nodes { vendor { offerings(first: 100) { nodes { name } } } } } } } }`;
    const result = await server.gql(nested);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0]!.message).toMatch(/cost/);
    const viaVariables = await server.gql(
      `query($n: Int) { vendors(first: $n) { nodes { offerings(first: $n) { nodes { vendor { offerings(first: $n) { nodes { name } } } } } } } }`,
      { n: 100 },
    );
    expect(codeOf(viaVariables)).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets the standard introspection query through, as tools send it', async () => {
    const result = await server.gql(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data.__schema.queryType.name).toBe('Query');
    const disguised = await server.gql(`{ __typename vendors(first: 100) { nodes { offerings(first: 100) { nodes { vendor { offerings(first: 100) { nodes { name } } } } } } } }`);
    expect(codeOf(disguised)).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });
});

describe('statement budget', () => {
  it('runs the same few SQL statements for a nested page whatever its size', async () => {
    const counts: number[] = [];
    for (const first of [1, 10, 50, 90]) {
      const result = await server.gql(honestPage, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data.offerings.nodes.length).toBe(first);
      counts.push(Number(result.headers.get('x-sql-statements')));
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(new Set(counts.slice(1)).size).toBe(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(8);
  });

  it('batches vendors’ offering pages into one statement', async () => {
    const result = await server.gql(`{ vendors(first: 20) { nodes { name offerings(first: 3) { totalCount nodes { name vendor { name } } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(Number(result.headers.get('x-sql-statements'))).toBeLessThanOrEqual(4);
  });
});
