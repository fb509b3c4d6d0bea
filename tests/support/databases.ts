import postgres from 'postgres';

/** The PostgreSQL server the suite runs on, when one is configured; PGlite otherwise. */
export function testServerUrl(): string | null {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function withUser(url: string, user: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = '';
  return u.toString();
}

/**
 * The login role test servers run as on PostgreSQL: a member of the runtime group role, owning nothing,
 * as in production. It belongs to the cluster and is left there for the next run (or a concurrent one).
 */
export const testServerRole = 'mayviet_test_server';

/** Creates testServerRole once per cluster; the test server trusts local connections, so no password. */
export async function ensureTestServerRole(url: string, groupRole: string): Promise<void> {
  await onServer(url, (sql) =>
    sql.unsafe(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${testServerRole}') then
        create role ${testServerRole} login;
      end if;
      if not pg_has_role('${testServerRole}', '${groupRole}', 'MEMBER') then
        grant ${groupRole} to ${testServerRole};
      end if;
    exception when duplicate_object or unique_violation then
      null;
    end $$`),
  );
}

/** Runs statements on the server's maintenance connection (CREATE/DROP DATABASE). */
export async function onServer<T>(url: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
