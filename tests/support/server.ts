import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createApp, createLogger, type App, type AppOptions } from '@mayviet/api';
import type { Logger } from 'pino';
import { openDatabase, type Database } from '@mayviet/db';
import { inject, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { count } from './sql.ts';
import { onServer, withDatabase, withUser } from './databases.ts';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: Record<string, any>;
}

export interface TestServer {
  url: string;
  /** the database as the server sees it: on PostgreSQL, as its runtime role, which owns no table */
  database: Database;
  /** the same database as the owner of its schema, for what the server may not do; `database` on PGlite */
  owner: Database;
  /** the server itself: app.close() waits for the work in flight, as on SIGTERM */
  app: App;
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

/**
 * Settings for specs that send costly requests from one address as fast as they can: a robot's budget,
 * far above the default one a person browsing the site never meets (budget.spec.ts tests that one).
 */
export const roomyBudget = { budgetCapacity: 1_000_000, budgetRestorePerSecond: 1_000_000 } as const;

export interface ServerOptions {
  webDist?: string | null;
  settings?: AppOptions['settings'];
  /** where the server logs; silent unless TEST_LOG_LEVEL says otherwise */
  log?: Logger;
}

/** The real API on a free loopback port over `database` (`owner`: the same as its schema's owner); `close` stops it, then runs `after`. */
async function serve(database: Database, owner: Database, options: ServerOptions, after: () => Promise<void>): Promise<TestServer> {
  const app: App = await createApp({ database, log: options.log ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), webDist: options.webDist ?? null, settings: options.settings });
  const url = await app.listen(0, '127.0.0.1');
  return {
    url,
    database,
    owner,
    app,
    async gql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: any; errors?: GraphQLResponse['errors']; extensions?: GraphQLResponse['extensions'] };
      return { status: response.status, headers: response.headers, data: body.data, errors: body.errors, extensions: body.extensions };
    },
    async close() {
      await app.close();
      await after();
    },
  };
}

/** Starts the real API on a free loopback port over a fresh copy of the seeded database. */
export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const { database, owner, drop } = await freshDatabase();
  return serve(database, owner, options, drop);
}

/**
 * Waits for the server's background worker to expire the attestations past their date (the seed holds
 * one, expired at the worker's first poll): a spec comparing whole tables before and after a request
 * starts after that write, which no request makes.
 */
export async function workerSettled(server: TestServer): Promise<void> {
  const due = sql`select 1 from attestations where status = 'VERIFIED' and superseded_at is null and valid_until <= now()`;
  await vi.waitFor(async () => {
    if ((await count(server.database, due)) > 0) throw new Error('attestations past their date are not expired yet');
  }, { timeout: 30_000, interval: 100 });
}

/**
 * Another instance of the API on the database of `server`, as a second instance behind a load balancer:
 * on PostgreSQL with a pool of its own, on PGlite (one connection) sharing the first one's. Close it
 * before `server`.
 */
export async function startAnotherInstance(server: TestServer, options: ServerOptions = {}): Promise<TestServer> {
  if (!server.database.url) return serve(server.database, server.owner, options, async () => {});
  const database = await openDatabase({ url: server.database.url });
  return serve(database, server.owner, options, () => database.close());
}
