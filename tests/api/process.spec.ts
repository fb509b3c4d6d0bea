import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { insertEndpoint, openDatabase, organizationOfVendor, vendorBySlug, webhookEvent, type Database } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createKey } from '../support/accounts.ts';
import { onServer, withDatabase, withUser } from '../support/databases.ts';
import { computeDrafts } from '../support/listings.ts';
import { exited, startProcess } from '../support/process.ts';
import { count, rows } from '../support/sql.ts';

// The server as `pnpm start` runs it: its own process, NODE_ENV=production, stopped by a signal.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A PostgreSQL database of this test, dropped after it: a clone of the seeded template, or empty. */
async function postgresDatabase(template: { url: string; name: string; serverRole: string }, from: 'template' | 'empty') {
  const name = `mv_test_${randomBytes(6).toString('hex')}`;
  await onServer(template.url, (sql) => sql.unsafe(`create database ${name}${from === 'template' ? ` template ${template.name}` : ''}`));
  cleanups.push(async () => {
    await onServer(template.url, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
  });
  const owner = withDatabase(template.url, name);
  return { owner, runtime: withUser(owner, template.serverRole) };
}

/**
 * Environment for a server process on its own copy of the seeded database (a PostgreSQL clone it serves as
 * the runtime role, as in production, or a PGlite folder), after `prepare` ran on it; `open()` reaches that
 * database again as its owner (on PGlite, once the process ended).
 */
async function databaseEnv(prepare: (database: Database) => Promise<void> = async () => {}): Promise<{ env: Record<string, string>; open: () => Promise<Database> }> {
  const template = inject('templateDatabase');
  if (template) {
    const { owner, runtime } = await postgresDatabase(template, 'template');
    const open = () => openDatabase({ url: owner, maxConnections: 2 });
    const database = await open();
    await prepare(database).finally(() => database.close());
    return { env: { DATABASE_URL: runtime }, open };
  }
  const dump = inject('pgliteDump');
  if (!dump) throw new Error('the global setup prepared no database');
  const dir = mkdtempSync(join(tmpdir(), 'mayviet-process-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const seeded = await openDatabase({ dataDir: dir, loadDataDir: new Blob([readFileSync(dump)]) });
  await prepare(seeded).finally(() => seeded.close());
  return { env: { PGLITE_DATA_DIR: dir }, open: () => openDatabase({ dataDir: dir }) };
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data: any; errors?: unknown[] };
}

/** A POST whose body is sent in two halves: the second one only on finish(). */
function postInTwoHalves(url: string, headers: Record<string, string>, body: string) {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  const sending = request(`${url}/graphql`, { method: 'POST', headers: { ...headers, 'content-length': bytes.length } });
  const answer = new Promise<{ status: number; headers: IncomingHttpHeaders; body: any }>((resolve, reject) => {
    sending.on('error', reject);
    sending.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      response.on('error', reject);
    });
  });
  answer.catch(() => {});
  sending.write(bytes.subarray(0, half));
  return { answer, finish: () => sending.end(bytes.subarray(half)) };
}

/** A webhook receiver that holds the first delivery it gets until release(). */
async function holdingReceiver() {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let received = () => {};
  const delivery = new Promise<void>((resolve) => (received = resolve));
  const receiver = createServer((req, res) => {
    req.resume();
    received();
    void released.then(() => res.end('ok'));
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    release();
    receiver.closeAllConnections();
    receiver.close();
  });
  return { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`, delivery, release };
}

async function until(condition: () => boolean, withinMs: number, what: string) {
  for (const started = Date.now(); !condition(); await sleep(50)) {
    if (Date.now() - started > withinMs) throw new Error(`${what}: not within ${withinMs} ms`);
  }
}

describe('the server process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('shuts down cleanly on %s', async (signal) => {
    const { env } = await databaseEnv();
    const server = await startProcess(env);
    cleanups.push(() => server.kill());
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(await post(server.url, '{ __typename }')).toMatchObject({ data: { __typename: 'Query' } });

    server.child.kill(signal);
    expect(await exited(server.child, 15_000)).toBe(0);
    expect(server.output()).toContain(`"signal":"${signal}","msg":"shutting down"`);
  });

  it('lets the work in flight finish on SIGTERM: a 50-listing import gets its whole answer, the webhook delivery under way completes, and it exits 0', async () => {
    const receiver = await holdingReceiver();
    let partner: Record<string, string> = {};
    const { env, open } = await databaseEnv(async (database) => {
      partner = { authorization: `Bearer ${(await createKey(database, 'viettel-idc', ['listings:read', 'listings:write'])).key}` };
      const organization = await organizationOfVendor(database.db, (await vendorBySlug(database.db, 'viettel-idc'))!.id);
      const topics = webhookEvent.enumValues.filter((event) => event !== 'PING');
      await insertEndpoint(database.db, { organizationId: organization.id, url: receiver.url, description: null, topics, secret: 'whsec_process_test' }, 10);
    });
    const server = await startProcess({ ...env, WEBHOOK_ALLOW_LOCAL_HTTP: 'true' });
    cleanups.push(() => server.kill());

    // An import whose body is still arriving when the signal comes (its second half only after it).
    const dataCenters = (await post(server.url, `{ vendor(slug: "viettel-idc") { dataCenters { id } } }`)).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
    const offerings = computeDrafts('Graceful Heron', 50, dataCenters);
    const importing = postInTwoHalves(
      server.url,
      { 'content-type': 'application/json', ...partner },
      JSON.stringify({ query: `mutation($input: ImportOfferingsInput!) { importOfferings(input: $input) { importedCount userErrors { code } } }`, variables: { input: { offerings } } }),
    );

    // A quote request that reaches viettel-idc queues a delivery; the worker starts it within its 2 s poll, and the
    // receiver holds it until the signal has been sent.
    const plan = (await post(server.url, `{ offering(slug: "viettel-cloud-server") { plans { id } } }`)).data.offering.plans[0].id;
    const stack = (await post(server.url, `mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } } }`, { input: { name: 'Graceful', items: [{ planId: plan }] } })).data.saveStack.stack.id;
    const quoted = await post(server.url, `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { userErrors { code } } }`, {
      input: { stackId: stack, contactName: 'An', contactEmail: 'an@example.vn', organization: 'Sở TT&TT', message: 'Xin báo giá' },
    });
    expect(quoted.data.requestQuote.userErrors).toEqual([]);
    await Promise.race([receiver.delivery, sleep(10_000).then(() => Promise.reject(new Error('no webhook delivery within 10 s')))]);

    // The delivery is answered right after the signal (the worker gives up on one after 5 s): the worker records it
    // during the shutdown, which waits for it. The import's body ends once the shutdown has begun.
    server.child.kill('SIGTERM');
    receiver.release();
    await until(() => server.output().includes('"msg":"shutting down"'), 10_000, 'the server logs that it shuts down');
    importing.finish();

    const answer = await importing.answer;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ data: { importOfferings: { importedCount: 50, userErrors: [] } } });
    expect(answer.headers.connection).toBe('close');
    expect(await exited(server.child, 20_000)).toBe(0);

    const database = await open();
    try {
      expect(await count(database, sql`select 1 from offerings where name like 'Graceful Heron %'`)).toBe(50);
      const deliveries = await rows<{ delivered: boolean }>(database, sql`select delivered_at is not null as delivered from webhook_deliveries where url = ${receiver.url}`);
      expect(deliveries).toEqual([{ delivered: true }]);
    } finally {
      await database.close();
    }
  });
});

/** The server's output until it exits, when it exits within the time given. */
function runUntilExit(env: Record<string, string>, withinMs: number): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: resolve('packages/api'),
    env: { ...process.env, DATABASE_URL: '', MIGRATION_DATABASE_URL: '', PGLITE_DATA_DIR: '', SEED: 'never', ...env, NODE_ENV: 'production', PORT: '0', LOG_LEVEL: 'info' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), withinMs);
  return new Promise((done) => {
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

const logLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level: number; msg: string; role?: string; migratedWith?: string | null });

describe.skipIf(!inject('templateDatabase'))('the server process on PostgreSQL (skipped on PGlite, which has no roles)', () => {
  const template = inject('templateDatabase')!;

  it('migrates an empty database as MIGRATION_DATABASE_URL\'s owner, then seeds and serves as the runtime role of DATABASE_URL', async () => {
    const { owner, runtime } = await postgresDatabase(template, 'empty');
    const server = await startProcess({ DATABASE_URL: runtime, MIGRATION_DATABASE_URL: owner, SEED: 'auto' });
    cleanups.push(() => server.kill());
    const { child, url, output } = server;
    const offerings = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ offerings(first: 1) { totalCount } }' }),
    });
    expect(((await offerings.json()) as { data: { offerings: { totalCount: number } } }).data.offerings.totalCount).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await exited(child, 15_000)).toBe(0);
    const lines = logLines(output());
    expect(lines.find((line) => line.msg === 'database schema up to date')).toMatchObject({ migratedWith: 'MIGRATION_DATABASE_URL', role: template.serverRole });
    expect(lines.map((line) => line.msg)).toContain('seed catalog applied');
    expect(lines.filter((line) => line.level >= 40)).toEqual([]);
  });

  it('warns when it serves as the role that owns the tables, and serves all the same', async () => {
    const { owner } = await postgresDatabase(template, 'template');
    const server = await startProcess({ DATABASE_URL: owner });
    cleanups.push(() => server.kill());
    const { child, url, output } = server;
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited(child, 15_000)).toBe(0);
    const warning = logLines(output()).find((line) => line.level === 40);
    expect(warning).toMatchObject({ role: new URL(template.url).username || 'postgres' });
    expect(warning!.msg).toMatch(/^the server runs as a role that owns the tables: it could alter them and rewrite the audit trail/);
  });

  it('refuses to start as the runtime role on a schema it cannot migrate, and says how to migrate', async () => {
    const empty = await postgresDatabase(template, 'empty');
    const onEmpty = await runUntilExit({ DATABASE_URL: empty.runtime }, 30_000);
    expect(onEmpty.code).toBe(1);
    expect(onEmpty.output).toContain(`${template.serverRole} may not migrate this database: set MIGRATION_DATABASE_URL to the owner's URL`);

    const behind = await postgresDatabase(template, 'template');
    await onServer(behind.owner, (sql) => sql.unsafe('delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)'));
    const onBehind = await runUntilExit({ DATABASE_URL: behind.runtime }, 30_000);
    expect(onBehind.code).toBe(1);
    expect(onBehind.output).toContain(`1 committed migration(s) are not applied, and ${template.serverRole} owns no table to apply them`);
  });
});
