import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrateDatabase, migrationsFolder, openDatabase, queryRows, type Database } from './client.ts';

/**
 * The group role the API server's login role belongs to on PostgreSQL: migration 0017 creates it and
 * grants it rows, never the schema (see that migration for the two lines an operator runs).
 */
export const runtimeGroupRole = 'mayviet_app';

export interface ServingRole {
  /** the role the connection runs as */
  name: string;
  /**
   * It owns a table of the schema, is a member of the owner or is a superuser: it could alter any table,
   * disable the audit trail's triggers and rewrite it.
   */
  ownsTables: boolean;
}

/** The role a PostgreSQL connection runs as; null on PGlite, whose one user owns everything. */
export async function servingRole(database: Database): Promise<ServingRole | null> {
  if (database.driver === 'pglite') return null;
  const [role] = await queryRows<ServingRole>(
    database.db,
    sql`select current_user as name,
          exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                  where n.nspname = 'public' and c.relkind in ('r', 'p') and pg_has_role(c.relowner, 'USAGE')) as "ownsTables"`,
  );
  return role!;
}

export interface SchemaReadiness {
  /** which connection applied the migrations: the owner's URL, the serving one, or none (the owner had) */
  migratedWith: 'MIGRATION_DATABASE_URL' | 'DATABASE_URL' | null;
  role: ServingRole | null;
}

/**
 * Brings the schema up to date before a server serves `database`. With the owner's URL, migrations run
 * as the owner. Without it they run on the serving connection — unless its role owns no table of an
 * already migrated schema (the runtime role, whose owner migrates with `pnpm db:migrate`): then every
 * committed migration must have been applied, or the server refuses to start rather than serve a schema
 * older than its code.
 */
export async function migrateForServing(database: Database, migrationUrl?: string): Promise<SchemaReadiness> {
  if (migrationUrl) {
    if (database.driver !== 'postgres') throw new Error('MIGRATION_DATABASE_URL needs DATABASE_URL: PGlite has no roles to separate');
    const owner = await openDatabase({ url: migrationUrl, maxConnections: 1 });
    try {
      await migrateDatabase(owner);
    } finally {
      await owner.close();
    }
    return { migratedWith: 'MIGRATION_DATABASE_URL', role: await servingRole(database) };
  }
  const role = await servingRole(database);
  const log = role && !role.ownsTables ? await migrationLog(database) : null;
  if (log) {
    const missing = log === 'readable' ? await unappliedMigrations(database) : null;
    if (missing !== 0) {
      throw new Error(
        `${missing === null ? 'The applied migrations cannot be read' : `${missing} committed migration(s) are not applied`}, and ${role!.name} owns no table to apply them: ` +
          `set MIGRATION_DATABASE_URL to the owner's URL (for the server, or for pnpm db:migrate)`,
      );
    }
    return { migratedWith: null, role };
  }
  try {
    await migrateDatabase(database);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
    if (role && cause.code === '42501') {
      throw new Error(`${role.name} may not migrate this database: set MIGRATION_DATABASE_URL to the owner's URL`, { cause: error });
    }
    throw error;
  }
  return { migratedWith: 'DATABASE_URL', role: await servingRole(database) };
}

/**
 * Whether drizzle's record of applied migrations exists, and whether this role may read it (0017 lets the
 * runtime role). Looked up in the catalogs: naming a schema without USAGE on it is an error.
 */
async function migrationLog(database: Database): Promise<'readable' | 'unreadable' | null> {
  const [row] = await queryRows<{ log: 'readable' | 'unreadable' | null }>(
    database.db,
    sql`select (select case when has_schema_privilege(n.oid, 'USAGE') and has_table_privilege(c.oid, 'SELECT') then 'readable' else 'unreadable' end
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'drizzle' and c.relname = '__drizzle_migrations') as log`,
  );
  return row!.log;
}

/** How many committed migrations are newer than the last one the database records (drizzle's rule). */
async function unappliedMigrations(database: Database): Promise<number> {
  const [row] = await queryRows<{ last: string | null }>(database.db, sql`select max(created_at)::text as last from drizzle.__drizzle_migrations`);
  const last = Number(row!.last ?? 0);
  return readMigrationFiles({ migrationsFolder }).filter((migration) => migration.folderMillis > last).length;
}
