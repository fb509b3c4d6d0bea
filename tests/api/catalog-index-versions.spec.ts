import { catalogVersion, countOfferings, offeringFacets, type Database, type OfferingSearch } from '@mayviet/db';
import { createLogger } from '@mayviet/api';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogIndex } from '../../packages/api/src/modules/catalog/index/catalog-index.ts';
import { testServerUrl } from '../support/databases.ts';
import { startAnotherInstance, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

// An instance answers every query from the catalog version that query's snapshot reads, never another:
// its index is brought forward to a newer version in that query's own snapshot, keeps the last few
// versions for queries that began before, and leaves older ones to SQL. (On PGlite, one connection, a
// query's snapshot cannot be overtaken by a write: the first case needs PostgreSQL.)

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ settings: { catalogCache: false } });
});
afterAll(() => server.close());

const search: OfferingSearch = { sort: 'NAME', filter: { kinds: ['IAAS'] } };

async function archiveOne(database: Database): Promise<string> {
  const [target] = await rows<{ id: string }>(
    database,
    sql`select id from offerings where status = 'PUBLISHED' and kind = 'IAAS' order by slug limit 1`,
  );
  await database.db.execute(sql`update offerings set status = 'ARCHIVED' where id = ${target!.id}`);
  return target!.id;
}

describe('catalog versions', () => {
  it.runIf(testServerUrl() !== null)('answers a query that began before a change from the version it reads, never the newer one', async () => {
    const database = server.database;
    const index = new CatalogIndex(database, createLogger('silent'));
    await index.start();
    const old = await database.openSnapshot();
    try {
      const oldVersion = await catalogVersion(old.db);
      const oldCount = await countOfferings(old.db, search);
      await archiveOne(database);

      const current = await database.openSnapshot();
      const newVersion = await catalogVersion(current.db);
      expect(BigInt(newVersion)).toBe(BigInt(oldVersion) + 1n);
      const fresh = await index.search(current.db, newVersion, search);
      expect(fresh?.total()).toBe(oldCount - 1);
      expect(fresh?.facets()).toEqual(expect.arrayContaining(await offeringFacets(current.db, search)));
      await current.end();

      // the query that began before the change still reads its own version, from the version kept
      const before = await index.search(old.db, oldVersion, search);
      expect(before?.total()).toBe(oldCount);
      expect(await countOfferings(old.db, search)).toBe(oldCount);

      // four more versions, each read by a query: the old one is no longer kept, and the index leaves that query to SQL
      for (let change = 2; change <= 5; change++) {
        await archiveOne(database);
        const latest = await database.openSnapshot();
        expect((await index.search(latest.db, await catalogVersion(latest.db), search))?.total()).toBe(oldCount - change);
        await latest.end();
      }
      expect(await index.search(old.db, oldVersion, search)).toBeNull();
    } finally {
      await old.end();
      index.stop();
    }
  });

  it('answers at the version a change by another instance committed, at the next request', async () => {
    const other = await startAnotherInstance(server, { settings: { catalogCache: false } });
    try {
      const browse = `{ offerings(filter: {kinds: [IAAS]}, sort: NAME, first: 3) { totalCount nodes { slug } facets { categories { value count } } } }`;
      // brought up to the version the database is at (the case above changed it), then read as is
      await server.gql(browse);
      const built = await server.gql(browse);
      expect(Number(built.headers.get('x-sql-statements'))).toBe(2);
      const before = built.data.offerings;
      const [target] = await rows<{ id: string; slug: string }>(
        server.database,
        sql`select id, slug from offerings where status = 'PUBLISHED' and kind = 'IAAS' order by name, id limit 1`,
      );
      expect(before.nodes[0].slug).toBe(target!.slug);
      // the other instance archives it (staff's archive, here by its own connection)
      await other.database.db.execute(sql`update offerings set status = 'ARCHIVED' where id = ${target!.id}`);
      const after = await server.gql(browse);
      expect(after.errors).toBeUndefined();
      expect(after.data.offerings.totalCount).toBe(before.totalCount - 1);
      expect(after.data.offerings.nodes.map((node: { slug: string }) => node.slug)).not.toContain(target!.slug);
      // brought forward in this request's snapshot: the changes and the changed rows, then the page
      expect(Number(after.headers.get('x-sql-statements'))).toBeLessThanOrEqual(4);
      const again = await server.gql(browse);
      expect(again.data).toEqual(after.data);
      expect(Number(again.headers.get('x-sql-statements'))).toBe(2);
    } finally {
      await other.close();
    }
  });
});
