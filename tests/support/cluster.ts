import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { promisify } from 'node:util';

// A PostgreSQL cluster of the test's own, which it may stop and start without disturbing the suite's server.

const run = promisify(execFile);

/** pg_createcluster and friends (Debian's postgresql-common) are here, and we may use them (they need root). */
export function clusterToolsAvailable(): boolean {
  return existsSync('/usr/bin/pg_createcluster') && existsSync('/usr/bin/pg_ctlcluster') && process.getuid?.() === 0;
}

export interface Cluster {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops and removes it, data and configuration. */
  drop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A new PostgreSQL 15 cluster on a free loopback port, trust authentication, durability off (it is thrown away). */
export async function createCluster(): Promise<Cluster> {
  const name = `mv_test_${randomBytes(4).toString('hex')}`;
  const port = await freePort();
  await run('pg_createcluster', [
    '15', name, '--port', String(port), '--start-conf', 'manual',
    '-o', 'fsync=off', '-o', 'synchronous_commit=off', '-o', 'full_page_writes=off',
    '--', '--auth=trust', '--no-sync',
  ]);
  const control = (action: 'start' | 'stop') => run('pg_ctlcluster', ['--skip-systemctl-redirect', '15', name, action]).then(() => {});
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => control('start'),
    stop: () => control('stop'),
    drop: () => run('pg_dropcluster', ['--stop', '15', name]).then(() => {}),
  };
}
