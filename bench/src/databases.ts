import { connect } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeUrl } from '@mayviet/db';
import postgres from 'postgres';

const here = dirname(fileURLToPath(import.meta.url));
export const benchRoot = resolve(here, '..');
/** The embedded database of a bench of `offerings` offerings: one folder per size, each generated once. */
export const pgliteDataDir = (offerings: number) => resolve(benchRoot, offerings === 100_000 ? '.data/pglite' : `.data/pglite-${offerings}`);
export const resultsDir = resolve(benchRoot, 'results');
export const defaultBenchUrl = 'postgres://postgres@127.0.0.1:5432/mayviet_bench';

function answers(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** BENCH_DATABASE_URL, else the local server's mayviet_bench database when 127.0.0.1:5432 answers, else null. */
export async function postgresUrl(): Promise<string | null> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return given;
  return (await answers('127.0.0.1', 5432)) ? defaultBenchUrl : null;
}

/** Creates the URL's database when it does not exist yet (connecting to the server's `postgres` database). */
export async function createDatabaseIfMissing(url: string, log: (line: string) => void): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new Error(`${describeUrl(url)}: the URL names no database`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    const rows = await client`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) {
      await client.unsafe(`create database "${name.replaceAll('"', '""')}"`);
      log(`  created database ${name}`);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
