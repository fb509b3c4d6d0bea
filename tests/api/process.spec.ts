import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '@mayviet/db';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { onServer, withDatabase } from '../support/databases.ts';

// The server as `pnpm start` runs it: its own process, NODE_ENV=production, stopped by a signal.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Environment for a server process on its own copy of the seeded database (a PostgreSQL clone or a PGlite folder). */
async function databaseEnv(): Promise<Record<string, string>> {
  const template = inject('templateDatabase');
  if (template) {
    const name = `mv_test_${randomBytes(6).toString('hex')}`;
    await onServer(template.url, (sql) => sql.unsafe(`create database ${name} template ${template.name}`));
    cleanups.push(async () => {
      await onServer(template.url, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
    });
    return { DATABASE_URL: withDatabase(template.url, name) };
  }
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
    env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: '', ...env, NODE_ENV: 'production', PORT: '0', SEED: 'never', LOG_LEVEL: 'info' },
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
