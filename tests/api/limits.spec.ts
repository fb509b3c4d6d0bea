import { getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedOperations, honestPage, siteOperations } from '../support/operations.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  // These tests send hundreds of costly queries from one address: the budget over time is budget.spec.ts's.
  server = await startServer({ settings: roomyBudget });
});
afterAll(() => server.close());

function codeOf(result: { errors?: { extensions?: { code?: string } }[] }) {
  return result.errors?.[0]?.extensions?.code;
}

describe('abuse limits, checked before execution', () => {
  it('lets an honest page of 100 offerings with every relation through', async () => {
    const result = await server.gql(honestPage, { first: 100 });
    expect(result.errors).toBeUndefined();
    expect(result.data.offerings.nodes.length).toBeGreaterThan(50);
  });

  it('lets every operation the web site and docs/PARTNER_API.md send through the limits', async () => {
    const operations = [...siteOperations(), ...documentedOperations()];
    expect(operations.length).toBeGreaterThan(40);
    for (const operation of operations) {
      // Sent without its other variables, an operation passes the limits, then stops at their absence
      // (BAD_USER_INPUT) before running; 25 is the largest page the site asks for (the audit log).
      const declared = getOperationAST(parse(operation.query))!.variableDefinitions ?? [];
      const variables = declared.some((definition) => definition.variable.name.value === 'first') ? { first: 25 } : {};
      const result = await server.gql(operation.query, variables);
      const refusals = (result.errors ?? []).filter((error) => ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'].includes(error.extensions?.code ?? ''));
      expect(refusals, operation.origin).toEqual([]);
      expect(result.status, operation.origin).not.toBe(429);
    }
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

  it('refuses queries nested too deep, counting fragments where they are spread', async () => {
    const deep = `{ vendors(first: 1) { nodes { offerings(first: 1) { nodes { vendor { offerings(first: 1) { nodes { vendor {
      offerings(first: 1) { nodes { name } } } } } } } } } } }`;
    const viaFragments = `query { vendors(first: 1) { nodes { ...V } } }
      fragment V on Vendor { offerings(first: 1) { nodes { vendor { ...W } } } }
      fragment W on Vendor { offerings(first: 1) { nodes { vendor { name dataCenters { vendor { name } } } } } }`;
    for (const query of [deep, viaFragments]) {
      const result = await server.gql(query);
      expect(result.status).toBe(400);
      expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
      expect(result.errors![0]!.message).toMatch(/depth limit of \d+ exceeded/);
    }
  });

  it('refuses more aliases than the site ever sends', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: categories { slug }`).join(' ');
    const result = await server.gql(`{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors!.map((error) => error.message).join(' ')).toMatch(/Aliases limit of \d+ exceeded, found 31/);
  });

  it('refuses piles of directives', async () => {
    const result = await server.gql(`{ categories { ${Array.from({ length: 20 }, () => 'slug @include(if: true)').join(' ')} } }`);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0]!.message).toMatch(/Directives limit of \d+ exceeded, found 20/);
  });

  it('refuses documents with too many tokens', async () => {
    const fields = Array.from({ length: 6000 }, () => "slug").join(" ");
    const result = await server.gql(`{ categories { ${fields} } }`);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0]!.message).toMatch(/more than \d+ tokens/);
  });

  it('refuses a 1 KB document of fragments that each spread the previous twice at once, while /healthz answers', async () => {
    const fragments = ['fragment F0 on Query { categories { slug } }', ...Array.from({ length: 24 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`)];
    const query = `query FanOut { ...F24 }\n${fragments.join('\n')}`;
    expect(query.length).toBeLessThan(1200);
    const refused = fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(10_000),
    });
    const health = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5_000) });
    expect(health.status).toBe(200);
    const response = await refused;
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors[0]!.message).toMatch(/estimated cost is [\d,]+ points; at most [\d,]+ are allowed/);
    expect(response.headers.get('x-sql-statements')).toBe('0');
  });

  it('refuses thirty distinct searches with facets before running a statement, saying their cost and the limit', async () => {
    const query = `fragment Search on OfferingConnection {
        totalCount facets { kinds { value count } categories { value count } vendors { value count } cities { value count } } nodes { name }
      }
      { ${Array.from({ length: 30 }, (_, i) => `s${i}: offerings(query: "tìm ${i}") { ...Search }`).join(' ')} }`;
    const result = await server.gql(query);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0]!.message).toMatch(/estimated cost is [\d,]+ points; at most [\d,]+ are allowed per query\. It may run up to \d+ SQL statements/);
    expect(result.errors![0]!.extensions!.cost).toMatchObject({ requestedQueryCost: expect.any(Number), maximumQueryCost: expect.any(Number) });
    expect(result.headers.get('x-sql-statements')).toBe('0');
  });

  it('refuses, by their cost, searches that stay within the alias limit', async () => {
    const query = `query($q: String) { ${Array.from({ length: 8 }, (_, i) => `s${i}: offerings(query: $q, first: 100) { totalCount facets { vendors { value count } } nodes { name vendor { name } plans { name specs { key value } } } }`).join(' ')} }`;
    const result = await server.gql(query, { q: 'máy chủ' });
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0]!.message).toMatch(/estimated cost/);
    expect(result.headers.get('x-sql-statements')).toBe('0');
  });

  it('never shows field suggestions', async () => {
    const result = await server.gql('{ offeringz }');
    expect(result.status).toBe(400);
    expect(result.errors![0]!.message).toBe('Cannot query field "offeringz" on type "Query".');
    for (const query of ['{ offerings(filter: { kinds: [IAS] }) { totalCount } }', '{ offering(slug: "x", slg: "y") { name } }', 'query($f: OfferingFiltr) { offerings(filter: $f) { totalCount } }']) {
      const other = await server.gql(query);
      expect(other.status).toBe(400);
      expect(other.errors!.map((error) => error.message).join(' ')).not.toMatch(/Did you mean|IAAS|"slug"|"OfferingFilter"/);
    }
    const variable = await server.gql(`query($sort: OfferingSort) { offerings(sort: $sort) { totalCount } }`, { sort: 'PRICE_AS' });
    expect(variable.errors![0]!.message).not.toMatch(/Did you mean|PRICE_ASC/);
  });

  it('refuses pages of pages of pages by estimated cost', async () => {
    const nested = `{ vendors(first: 100) { nodes { offerings(first: 100) { nodes { vendor { offerings(first: 100) { nodes { name } } } } } } } }`;
    const result = await server.gql(nested);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0]!.message).toMatch(/cost/);
    // The same document, once validated and kept, is priced again with each request's variables.
    const viaVariables = `query($n: Int) { vendors(first: $n) { nodes { offerings(first: $n) { nodes { vendor { offerings(first: $n) { nodes { name } } } } } } } }`;
    expect((await server.gql(viaVariables, { n: 2 })).errors).toBeUndefined();
    const large = await server.gql(viaVariables, { n: 100 });
    expect(codeOf(large)).toBe('QUERY_TOO_COMPLEX');
    expect(large.headers.get('x-sql-statements')).toBe('0');
  });

  it('lets the standard introspection query through, as tools and GraphiQL send it', async () => {
    const fullOptions = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true };
    for (const query of [getIntrospectionQuery(), getIntrospectionQuery(fullOptions)]) {
      const result = await server.gql(query);
      expect(result.errors).toBeUndefined();
      expect(result.data.__schema.queryType.name).toBe('Query');
    }
    // Introspection is left out of the depth limit, not out of limits: lists nested in it are refused.
    const nested = `{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }`;
    const refused = await server.gql(nested);
    expect(refused.status).toBe(400);
    expect(refused.errors![0]!.message).toMatch(/depth|cost/);
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
