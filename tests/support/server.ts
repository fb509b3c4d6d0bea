import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createApp, createLogger, type App, type AppOptions } from '@mayviet/api';
import { openDatabase, type Database } from '@mayviet/db';
import { inject } from 'vitest';
import { onServer, withDatabase, withUser } from './databases.ts';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestServer {
  url: string;
  /** the database as the server sees it: on PostgreSQL, as its runtime role, which owns no table */
  database: Database;
  /** the same database as the owner of its schema, for what the server may not do; `database` on PGlite */
  owner: Database;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * A fresh copy of the seeded database for this test file: `database` connects as the server's runtime
 * role on PostgreSQL, `owner` as the owner of the schema (connections open only when used).
 */
export async function freshDatabase(): Promise<{ database: Database; owner: Database; drop: () => Promise<void> }> {
  const template = inject('templateDatabase');
  if (template) {
    const name = `mv_test_${randomBytes(6).toString('hex')}`;
    await onServer(template.url, (sql) => sql.unsafe(`create database ${name} template ${template.name}`));
    const database = await openDatabase({ url: withUser(withDatabase(template.url, name), template.serverRole) });
    const owner = await openDatabase({ url: withDatabase(template.url, name), maxConnections: 2 });
    return {
      database,
      owner,
      drop: async () => {
        await database.close();
        await owner.close();
        await onServer(template.url, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
      },
    };
  }
  const dump = inject('pgliteDump');
  if (!dump) throw new Error('the global setup prepared no database');
  const database = await openDatabase({ loadDataDir: new Blob([readFileSync(dump)]) });
  return { database, owner: database, drop: () => database.close() };
}

/** Starts the real API on a free loopback port over a fresh copy of the seeded database. */
export async function startServer(options: { webDist?: string | null; settings?: AppOptions['settings'] } = {}): Promise<TestServer> {
  const { database, owner, drop } = await freshDatabase();
  const app: App = await createApp({ database, log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), webDist: options.webDist ?? null, settings: options.settings });
  const url = await app.listen(0, '127.0.0.1');
  return {
    url,
    database,
    owner,
    async gql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: any; errors?: GraphQLResponse['errors'] };
      return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}
