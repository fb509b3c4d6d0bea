import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '@mayviet/db';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { onServer, withDatabase, withUser } from '../support/databases.ts';

// The server as `pnpm start` runs it: its own process, NODE_ENV=production, stopped by a signal.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
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
 * Environment for a server process on its own copy of the seeded database: a PostgreSQL clone it serves
 * as the runtime role, as in production, or a PGlite folder.
 */
async function databaseEnv(): Promise<Record<string, string>> {
  const template = inject('templateDatabase');
  if (template) return { DATABASE_URL: (await postgresDatabase(template, 'template')).runtime };
  const dump = inject('pgliteDump');
  if (!dump) throw new Error('the global setup prepared no database');
  const dir = mkdtempSync(join(tmpdir(), 'mayviet-process-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const seeded = await openDatabase({ dataDir: dir, loadDataDir: new Blob([readFileSync(dump)]) });
  await seeded.close();
  return { PGLITE_DATA_DIR: dir };
}

/** Starts packages/api/src/main.ts; resolves with its URL once it logs that it is serving. */
function startProcess(env: Record<string, string>): Promise<{ child: ChildProcessWithoutNullStreams; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: resolve('packages/api'),
    env: { ...process.env, DATABASE_URL: '', MIGRATION_DATABASE_URL: '', PGLITE_DATA_DIR: '', SEED: 'never', ...env, NODE_ENV: 'production', PORT: '0', LOG_LEVEL: 'info' },
  });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let output = '';
  return new Promise((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const serving = output.split('\n').find((line) => line.includes('"msg":"Mây Việt is serving"'));
      if (serving) done({ child, url: (JSON.parse(serving) as { url: string }).url, output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(new Error(`the server exited with ${code} before serving:\n${output}`)));
  });
}

function exited(child: ChildProcessWithoutNullStreams, withinMs: number): Promise<number | string | null> {
  return new Promise((done) => {
    const timer = setTimeout(() => done('still running'), withinMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      done(code ?? signal);
    });
  });
}

describe('the server process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('shuts down cleanly on %s', async (signal) => {
    const { child, url, output } = await startProcess(await databaseEnv());
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const answer = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await answer.json()).toMatchObject({ data: { __typename: 'Query' } });

    child.kill(signal);
    expect(await exited(child, 15_000)).toBe(0);
    expect(output()).toContain(`"signal":"${signal}","msg":"shutting down"`);
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
    const { child, url, output } = await startProcess({ DATABASE_URL: runtime, MIGRATION_DATABASE_URL: owner, SEED: 'auto' });
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
    const { child, url, output } = await startProcess({ DATABASE_URL: owner });
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
