import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsFolder, openDatabase, type Database } from '@mayviet/db';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { onServer, testServerUrl, withDatabase } from './databases.ts';

// A database as it stood before a migration, to show what the migration does to the rows it finds.

interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
}

export interface EarlierDatabase {
  /** the database as its owner, migrated up to just before the migration named */
  database: Database;
  drop(): Promise<void>;
}

/**
 * A new, empty database (PGlite in memory, or a database of its own on the suite's PostgreSQL) migrated
 * with every committed migration before the first one whose tag ends with `_<name>`: migrations are
 * renumbered when branches merge, their names stay. `migrateDatabase` then applies the rest.
 */
export async function databaseBefore(name: string): Promise<EarlierDatabase> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  const at = journal.entries.findIndex((entry) => entry.tag.endsWith(`_${name}`));
  if (at < 0) throw new Error(`no migration named ${name}`);
  const folder = mkdtempSync(join(tmpdir(), 'mv-migrations-'));
  mkdirSync(join(folder, 'meta'));
  const earlier = journal.entries.slice(0, at);
  for (const entry of earlier) copyFileSync(join(migrationsFolder, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: earlier }));

  const serverUrl = testServerUrl();
  const databaseName = `mv_before_${randomBytes(4).toString('hex')}`;
  if (serverUrl) await onServer(serverUrl, (sql) => sql.unsafe(`create database ${databaseName}`));
  const database = serverUrl
    ? await openDatabase({ url: withDatabase(serverUrl, databaseName), maxConnections: 1 })
    : await openDatabase({ dataDir: 'memory://' });
  try {
    if (database.driver === 'pglite') await migratePglite(database.db as never, { migrationsFolder: folder });
    else await migratePostgres(database.db as never, { migrationsFolder: folder });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    database,
    async drop() {
      await database.close();
      if (serverUrl) await onServer(serverUrl, (sql) => sql.unsafe(`drop database if exists ${databaseName} with (force)`));
    },
  };
}
