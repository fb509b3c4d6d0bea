import { getOperationAST, isObjectType, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '@mayviet/api';
import { estimateCost, fieldStatements } from '../../packages/api/src/graphql/limits.ts';
import { honestPage, siteOperations } from '../support/operations.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { firstPlans } from '../support/stacks.ts';

let server: TestServer;
beforeAll(async () => {
  // composing has the time a loaded test machine needs: the statements are counted, not the time
  server = await startServer({ settings: { ...roomyBudget, composeTimeLimitMs: 60_000 } });
});
afterAll(() => server.close());

const schema = buildApiSchema();

function price(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return estimateCost(schema, document, getOperationAST(document)!, variables);
}

describe('cost follows SQL', () => {
  it('never runs more statements than the cost counted', async () => {
    const plans = await firstPlans(server, 'viettel-cloud-server', 'viettel-cloud-waf', 'misa-accounting-online');
    const items = Object.values(plans).map((plan) => ({ planId: plan.id, quantity: 2 }));
    const cases: [string, Record<string, unknown>][] = [
      [honestPage, { first: 100 }],
      [`query($q: String) { offerings(query: $q) { totalCount facets { kinds { value } vendors { value } } nodes { name summary vendor { name } } } }`, { q: 'máy chủ ảo' }],
      [`{ vendors(first: 50) { totalCount nodes { name dataCenters { name } attestations { status } offerings(first: 5) { totalCount nodes { name } } } } }`, {}],
      [`{ ecosystemReport { publishedOfferings offeringsByCategory { category { name } count } } featuredOfferings { name vendor { name } } }`, {}],
      [
        `query($input: ComposeStackInput!) { composeStack(input: $input) { needs { category { name } quantity note }
          alternatives { label items { quantity redundancyGroup plan { name } offering { name vendor { name } dataCenters { city } } }
            reasons { purpose message category { name } } evaluation { monthlyTotal { amount } issues { code } vendors { name } } }
          blockers blockerDetails { constraint message } } }`,
        { input: { blueprintSlug: 'remote-work', needs: [{ categorySlug: 'erp', quantity: 1 }] } },
      ],
      [`query($items: [StackItemInput!]!) { evaluateStack(items: $items) { monthlyTotal { amount } vendors { name } issues { code offerings { name } suggestions { name vendor { name } } }
          lines { plan { name specs { key } } offering { name summary } } micCoverage { framework { code } offerings { name } } vendorSubtotals { vendor { name } } } }`, { items }],
    ];
    for (const [query, variables] of cases) {
      const cost = price(query, variables);
      const result = await server.gql(query, variables);
      expect(result.errors).toBeUndefined();
      const statements = Number(result.headers.get('x-sql-statements'));
      expect(statements).toBeGreaterThan(0);
      expect(statements, query).toBeLessThanOrEqual(cost.statements);
    }
  });

  it('prices the offering page at its one statement, and what it does not read along at the loaders’ statements', async () => {
    const sitePage = siteOperations().find((op) => op.origin === 'packages/web/src/pages/OfferingPage.tsx: OfferingPage')!.query;
    const benchPage = `query($slug: String!) { offering(slug: $slug) { id name category { name } vendor { name dataCenters { name } }
      plans { name monthlyPrice { amount } specs { key value } } dataCenters { name vendor { name } } } }`;
    const beyond = `query($slug: String!) { offering(slug: $slug) { name vendor { offerings(first: 2) { nodes { name plans { name } } } }
      plans { offering { name dataCenters { name } } } } }`;
    const elsewhere = `query($slug: String!) { offering(slug: $slug) { ...Parts } offeringsBySlugs(slugs: [$slug]) { ...Parts } }
      fragment Parts on Offering { category { name } plans { name } }`;
    const variables = { slug: 'viettel-cloud-server' };
    expect(price(sitePage, variables).statements).toBe(1);
    expect(price(benchPage, variables).statements).toBe(1);
    expect(price(beyond, variables).statements).toBe(1 + 2 + 1 + 2 + 1);
    expect(price(elsewhere, variables).statements).toBe(1 + 1 + 2);
    for (const query of [sitePage, benchPage, beyond, elsewhere]) {
      const result = await server.gql(query, variables);
      expect(result.errors).toBeUndefined();
      expect(Number(result.headers.get('x-sql-statements')), query).toBeLessThanOrEqual(price(query, variables).statements);
    }
  });

  it('names only fields the schema has in its table of statements', () => {
    const missing = Object.keys(fieldStatements).filter((name) => {
      const [type, field] = name.split('.') as [string, string];
      const found = schema.getType(type);
      return !(found && isObjectType(found) && field in found.getFields());
    });
    expect(missing).toEqual([]);
  });

  it('prices a search with its facets at what its statements cost, and a bigger page higher', async () => {
    const search = price(`{ offerings(query: "máy chủ") { nodes { name } } }`);
    const withFacets = price(`{ offerings(query: "máy chủ") { totalCount facets { kinds { value } } nodes { name } } }`);
    expect(withFacets.statements - search.statements).toBe(2);
    expect(withFacets.points).toBeGreaterThan(search.points);
    const page = (first: number) => price(`query($first: Int) { offerings(first: $first) { nodes { name plans { name } } } }`, { first }).points;
    expect(page(100)).toBeGreaterThan(page(20));
    expect(page(1000)).toBe(page(100));
  });

  it('charges each request of one query text what its own variables make it cost', async () => {
    const query = `query($first: Int) { offerings(first: $first) { nodes { name plans { name } } } }`;
    const charged = async (first: number) => (await server.gql(query, { first })).extensions?.cost.requestedQueryCost;
    expect(await charged(100)).toBe(price(query, { first: 100 }).points);
    expect(await charged(1)).toBe(price(query, { first: 1 }).points);
    expect(await charged(100)).toBe(price(query, { first: 100 }).points);
    const fixed = `{ offerings(first: 5) { nodes { name } } }`;
    for (let i = 0; i < 2; i += 1) expect((await server.gql(fixed)).extensions?.cost.requestedQueryCost).toBe(price(fixed).points);
  });
});

