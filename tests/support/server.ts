import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createApp, createLogger, type App, type AppOptions } from '@mayviet/api';
import { openDatabase, type Database } from '@mayviet/db';
import { inject } from 'vitest';
import { onServer, withDatabase } from './databases.ts';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestServer {
  url: string;
  database: Database;
  /** the server itself: app.close() waits for the work in flight, as on SIGTERM */
  app: App;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** A fresh copy of the seeded database for this test file. */
export async function freshDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const template = inject('templateDatabase');
  if (template) {
    const name = `mv_test_${randomBytes(6).toString('hex')}`;
    await onServer(template.url, (sql) => sql.unsafe(`create database ${name} template ${template.name}`));
    const database = await openDatabase({ url: withDatabase(template.url, name) });
    return {
      database,
      drop: async () => {
        await database.close();
        await onServer(template.url, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
      },
    };
  }
  const dump = inject('pgliteDump');
  if (!dump) throw new Error('the global setup prepared no database');
  const database = await openDatabase({ loadDataDir: new Blob([readFileSync(dump)]) });
  return { database, drop: () => database.close() };
}

/** Starts the real API on a free loopback port over a fresh copy of the seeded database. */
export async function startServer(options: { webDist?: string | null; settings?: AppOptions['settings'] } = {}): Promise<TestServer> {
  const { database, drop } = await freshDatabase();
  const app: App = await createApp({ database, log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), webDist: options.webDist ?? null, settings: options.settings });
  const url = await app.listen(0, '127.0.0.1');
  return {
    url,
    database,
    app,
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
