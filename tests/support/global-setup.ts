import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { migrateDatabase, openDatabase, runtimeGroupRole, seedCatalog } from '@mayviet/db';
import type { TestProject } from 'vitest/node';
import { hashPassword } from '../../packages/api/src/modules/accounts/secrets.ts';
import { ensureTestServerRole, onServer, testServerRole, testServerUrl, withDatabase } from './databases.ts';
import { testPassword } from './password.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** a migrated, seeded PGlite data directory dump each test file starts from */
    pgliteDump: string | null;
    /**
     * A migrated, seeded PostgreSQL database each test file clones: `url` is the owner's (migrations,
     * CREATE DATABASE), `serverRole` the login role the test servers run as.
     */
    templateDatabase: { url: string; name: string; serverRole: string } | null;
    /** the test password hashed once for the whole run, at the production cost */
    testPasswordHash: string;
  }
}

// Migrating and seeding takes seconds; do it once, then give every test file its own copy.
export default async function setup(project: TestProject) {
  project.provide('testPasswordHash', await hashPassword(testPassword));
  const serverUrl = testServerUrl();
  if (serverUrl) {
    const name = `mv_template_${process.pid}`;
    await onServer(serverUrl, async (sql) => {
      await sql.unsafe(`drop database if exists ${name}`);
      await sql.unsafe(`create database ${name}`);
    });
    const database = await openDatabase({ url: withDatabase(serverUrl, name), maxConnections: 2 });
    await migrateDatabase(database);
    await seedCatalog(database.db);
    await database.close();
    // After the migrations, which create the group role; a clone keeps the template's grants.
    await ensureTestServerRole(serverUrl, runtimeGroupRole);
    project.provide('templateDatabase', { url: serverUrl, name, serverRole: testServerRole });
    project.provide('pgliteDump', null);
    console.log(`tests run on PostgreSQL at ${new URL(serverUrl).host} (template database ${name}; servers run as ${testServerRole})`);
    return async () => {
      await onServer(serverUrl, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
    };
  }
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(database);
  await seedCatalog(database.db);
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const dir = resolve('.tmp');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `pglite-seeded-${process.pid}.tar`);
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDump', path);
  project.provide('templateDatabase', null);
  console.log('tests run on embedded PGlite');
  return () => rmSync(path, { force: true });
}
