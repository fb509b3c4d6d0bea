import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server.ts';
import { count, rows } from '../support/sql.ts';

// Pages, counts, facets and match checks of searches are cached by catalog version: a repeated search
// runs fewer statements, and any committed change to the catalog is seen by the next request.

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const browseQuery = `query Browse($filter: OfferingFilter, $query: String) {
  offerings(filter: $filter, query: $query, first: 5) {
    totalCount
    nodes { slug }
    facets { kinds { value count } categories { value count } vendors { value count } cities { value count } }
  }
}`;

interface Browse {
  totalCount: number;
  nodes: { slug: string }[];
  facets: Record<'kinds' | 'categories' | 'vendors' | 'cities', { value: string; count: number }[]>;
}

async function browse(filter: Record<string, unknown>, query?: string): Promise<{ result: Browse; statements: number }> {
  const answer = await server.gql(browseQuery, { filter, query });
  expect(answer.errors).toBeUndefined();
  return { result: answer.data.offerings as Browse, statements: Number(answer.headers.get('x-sql-statements')) };
}

const facetCount = (result: Browse, facet: keyof Browse['facets'], value: string) =>
  result.facets[facet].find((entry) => entry.value === value)?.count ?? 0;

const publishedIaas = sql`select o.id from offerings o where o.status = 'PUBLISHED' and o.kind = 'IAAS'`;

describe('the catalog cache', () => {
  it('answers a repeated browse from the cache with the same counts, in fewer statements', async () => {
    const filter = { kinds: ['IAAS'] };
    const first = await browse(filter);
    const again = await browse({ kinds: ['IAAS', 'IAAS'] });
    expect(again.result).toEqual(first.result);
    expect(first.result.totalCount).toBe(await count(server.database, publishedIaas));
    // the catalog version alone: the page, the count and the facets come from the cache
    expect(again.statements).toBe(1);
    expect(first.statements).toBeGreaterThan(again.statements);
  });

  it('sees an offering archived by any writer at the next request', async () => {
    const filter = { kinds: ['IAAS'] };
    const before = (await browse(filter)).result;
    const [target] = await rows<{ id: string; category: string }>(
      server.database,
      sql`select o.id, c.slug as category from offerings o join categories c on c.id = o.category_id
          where o.slug = ${before.nodes[0]!.slug}`,
    );
    await server.database.db.execute(sql`update offerings set status = 'ARCHIVED' where id = ${target!.id}`);

    const after = await browse(filter);
    expect(after.result.nodes.map((node) => node.slug)).not.toContain(before.nodes[0]!.slug);
    expect(after.result.totalCount).toBe(before.totalCount - 1);
    expect(after.result.totalCount).toBe(await count(server.database, publishedIaas));
    expect(facetCount(after.result, 'categories', target!.category)).toBe(facetCount(before, 'categories', target!.category) - 1);
    expect(after.statements).toBeGreaterThan(1);
  });

  it('sees a new data centre link in the cities facet', async () => {
    const filter = { kinds: ['SAAS'] };
    const before = (await browse(filter)).result;
    const [link] = await rows<{ offeringId: string; dataCenterId: string; city: string }>(
      server.database,
      sql`select o.id as "offeringId", d.id as "dataCenterId", d.city from offerings o cross join data_centers d
          where o.status = 'PUBLISHED' and o.kind = 'SAAS'
            and not exists (select 1 from offering_data_centers x join data_centers e on e.id = x.data_center_id
                            where x.offering_id = o.id and e.city = d.city)
          order by o.slug, d.city limit 1`,
    );
    await server.database.db.execute(
      sql`insert into offering_data_centers (offering_id, data_center_id) values (${link!.offeringId}, ${link!.dataCenterId})`,
    );
    const after = (await browse(filter)).result;
    expect(facetCount(after, 'cities', link!.city)).toBe(facetCount(before, 'cities', link!.city) + 1);
  });

  it('finds a new word as soon as a listing contains it', async () => {
    const word = 'quokkacloud';
    const typo = (await browse({}, word)).result;
    expect(typo.totalCount).toBe(0);
    const [target] = await rows<{ id: string; slug: string }>(
      server.database,
      sql`select id, slug from offerings where status = 'PUBLISHED' order by slug limit 1`,
    );
    await server.database.db.execute(sql`update offerings set name = name || ' Quokkacloud' where id = ${target!.id}`);
    const found = (await browse({}, word)).result;
    expect(found.totalCount).toBe(1);
    expect(found.nodes.map((node) => node.slug)).toEqual([target!.slug]);
  });

  it('keeps its entries while only unpublished listings change, and drops them when one is published', async () => {
    const version = async () => (await rows<{ version: string }>(server.database, sql`select version::text as version from catalog_state`))[0]!.version;
    const [draft] = await rows<{ id: string; slug: string }>(
      server.database,
      sql`select id, slug from offerings where status <> 'PUBLISHED' order by slug limit 1`,
    );
    const before = await version();
    await server.database.db.execute(sql`update offerings set name = name || ' Wombatdraft' where id = ${draft!.id}`);
    const [dataCenter] = await rows<{ id: string }>(
      server.database,
      sql`select d.id from data_centers d where not exists (select 1 from offering_data_centers x where x.offering_id = ${draft!.id} and x.data_center_id = d.id) limit 1`,
    );
    await server.database.db.execute(sql`insert into offering_data_centers (offering_id, data_center_id) values (${draft!.id}, ${dataCenter!.id})`);
    expect(await version()).toBe(before);

    expect((await browse({}, 'wombatdraft')).result.totalCount).toBe(0);
    await server.database.db.execute(sql`update offerings set status = 'PUBLISHED', published_at = now() where id = ${draft!.id}`);
    expect(BigInt(await version())).toBe(BigInt(before) + 1n);
    expect((await browse({}, 'wombatdraft')).result.nodes.map((node) => node.slug)).toEqual([draft!.slug]);
  });

  it('does not keep counts that change with time: a verified framework filter sees an attestation expire', async () => {
    const filter = { verifiedFramework: 'MIC-CLOUD-153' };
    const before = (await browse(filter)).result;
    expect(before.totalCount).toBeGreaterThan(0);
    // Every attestation behind the listings it finds expires a second from now; nothing else changes.
    await server.database.db.execute(
      sql`update attestations set valid_until = now() + interval '1 second'
          where status = 'VERIFIED' and framework_id = (select id from compliance_frameworks where code = 'MIC-CLOUD-153')`,
    );
    await new Promise((done) => setTimeout(done, 1500));
    expect((await browse(filter)).result.totalCount).toBe(0);
  });
});
