import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildSchema, findBreakingChanges, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onServer, withDatabase } from '../support/databases.ts';
import { startServer, type TestServer } from '../support/server.ts';

const webDist = resolve('packages/web/dist');
const committedSchemaPath = resolve('packages/api/schema.graphql');

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ webDist });
});
afterAll(() => server.close());

describe('HTTP surface', () => {
  it('reports health and readiness', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('stops reporting ready when the database stops answering', async () => {
    const other = await startServer();
    // /readyz asks the database on a connection of its own: on PostgreSQL the database is dropped under the
    // server; the embedded one is closed.
    if (other.owner.url) {
      const url = new URL(other.owner.url);
      await onServer(withDatabase(other.owner.url, 'postgres'), (sql) => sql.unsafe(`drop database ${url.pathname.slice(1)} with (force)`));
    } else {
      await other.database.close();
    }
    const ready = await fetch(`${other.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable' });
    expect((await fetch(`${other.url}/healthz`)).status).toBe(200);
    await other.close().catch(() => undefined);
  });

  it('echoes a request id, or makes one', async () => {
    const given = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const made = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the running schema as SDL at /schema.graphql, equal to the committed file', async () => {
    const response = await fetch(`${server.url}/schema.graphql`);
    expect(response.status).toBe(200);
    const served = await response.text();
    expect(served).toBe(readFileSync(committedSchemaPath, 'utf8'));
  });

  it('serves an offline GraphiQL to a browser at /graphql', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toMatch(/GraphQL/);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset, 'no asset may come from another host').not.toMatch(/^(https?:)?\/\//);
      const loaded = await fetch(new URL(asset, `${server.url}/graphql`));
      expect(loaded.status, asset).toBe(200);
      if (/\.(js|css)$/.test(asset)) expect(await loaded.text()).not.toMatch(/https?:\/\/(unpkg|cdn\.jsdelivr|fonts\.googleapis|fonts\.gstatic|esm\.sh)/);
    }
  });

  it('answers GraphQL over GET for cacheable reads', async () => {
    const query = encodeURIComponent('{ categories(kind: IAAS) { slug } }');
    const response = await fetch(`${server.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { categories: { slug: string }[] } };
    expect(body.data.categories.map((c) => c.slug)).toContain('compute');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the web site and answers unknown API paths with 404', async () => {
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<html');
    const missing = await fetch(`${server.url}/assets/nope.js`);
    expect(missing.status).toBe(404);
    const traversal = await fetch(`${server.url}/..%2f..%2fpackage.json`);
    expect(await traversal.text()).not.toContain('"name": "mayviet"');
  });

  it('compresses the site’s text files for clients that accept it', async () => {
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await (await fetch(`${server.url}/`)).text())![1]!;
    const raw = readFileSync(resolve(webDist, `.${script}`));
    const get = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
        request(`${server.url}${script}`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', fail).end();
      });
    const br = await get('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);
    expect(br.body.length).toBeLessThan(raw.length / 2);
    const gzip = await get('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(raw)).toBe(true);
    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(raw)).toBe(true);
  });
});

describe('the committed schema', () => {
  it('keeps every earlier committed version of itself', () => {
    const current = buildSchema(readFileSync(committedSchemaPath, 'utf8'));
    let versions: string[] = [];
    try {
      versions = execFileSync('git', ['log', '--format=%H', '-n', '30', '--', 'packages/api/schema.graphql'], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean);
    } catch {
      versions = [];
    }
    for (const commit of versions) {
      const previous = buildSchema(execFileSync('git', ['show', `${commit}:packages/api/schema.graphql`], { encoding: 'utf8' }));
      expect(findBreakingChanges(previous, current).map((b) => b.description), `against ${commit}`).toEqual([]);
    }
    expect(existsSync(committedSchemaPath)).toBe(true);
  });

  it('is the schema the server runs (regenerate with pnpm schema:print)', async () => {
    const { buildApiSchema, printApiSchema } = await import('@mayviet/api');
    expect(printApiSchema(buildApiSchema())).toBe(readFileSync(committedSchemaPath, 'utf8'));
    expect(printSchema(buildSchema(readFileSync(committedSchemaPath, 'utf8')))).toContain('type Offering implements Node');
  });
});
