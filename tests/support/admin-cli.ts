import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '@mayviet/db';
import { afterAll, beforeAll, inject } from 'vitest';
import { freshDatabase } from './server.ts';

const run = promisify(execFile);

/**
 * `pnpm admin` run as an operator would, on a database of its own (a fresh PostgreSQL database, or a copy
 * of the seeded PGlite folder), made before the spec's tests and dropped after them. `owner`: connect as the
 * database's owner rather than the server's runtime role.
 */
export function operatorsCli(label: string, options: { owner?: boolean } = {}) {
  let dataDir: string | null = null;
  let env: Record<string, string> = {};
  let drop: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    if (inject('templateDatabase')) {
      const fresh = await freshDatabase();
      drop = fresh.drop;
      env = { DATABASE_URL: (options.owner ? fresh.owner : fresh.database).url! };
    } else {
      dataDir = mkdtempSync(join(tmpdir(), `mv-cli-${label}-`));
      const copy = await openDatabase({ dataDir, loadDataDir: new Blob([readFileSync(inject('pgliteDump')!)]) });
      await copy.close();
      env = { PGLITE_DATA_DIR: dataDir };
    }
  });
  afterAll(async () => {
    await drop?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    /** Runs `pnpm admin <args>` with only PATH, the database and `extra` in its environment. */
    admin: (args: string[], extra: Record<string, string> = {}) =>
      run(process.execPath, ['--import', 'tsx', 'packages/api/src/cli/admin.ts', ...args], {
        env: { PATH: process.env.PATH ?? '', ...env, ...extra },
      }),
    /** The CLI's database, opened to check what it wrote. */
    open: () => openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: dataDir! }),
  };
}
