import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Driver = 'postgres' | 'pglite';

const here = dirname(fileURLToPath(import.meta.url));
export const migrationsFolder = resolve(here, '../migrations');
export const defaultPgliteDataDir = resolve(here, '../../../.data/pglite');

export interface DatabaseOptions {
  /** postgres://… — when absent, the embedded PGlite database is used */
  url?: string;
  /** PGlite data folder; 'memory://' for a throw-away one */
  dataDir?: string;
  /** start PGlite from a dumpDataDir() tarball; with dataDir, the tarball is unpacked into that folder */
  loadDataDir?: Blob | File;
  /** postgres driver pool size */
  maxConnections?: number;
  /** PostgreSQL cancels a statement of this pool that runs longer (statement_timeout); unset: the server's setting */
  statementTimeoutMs?: number;
}

export interface Database {
  db: Db;
  driver: Driver;
  /** where the data lives, without credentials */
  location: string;
  /** the connection URL on the postgres driver */
  url?: string;
  close(): Promise<void>;
  /** the PGlite instance, for dumpDataDir(); null on the postgres driver */
  pglite: PGlite | null;
  /** Opens a read snapshot: see ReadSnapshot. */
  openSnapshot(): Promise<ReadSnapshot>;
}

/**
 * A REPEATABLE READ, READ ONLY transaction held open until `end()`: every statement on `db` reads the
 * database as of one moment.
 */
export interface ReadSnapshot {
  db: Db;
  /** Ends the transaction (it wrote nothing) and gives its connection back. */
  end(): Promise<void>;
}

export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'postgres (unparseable URL)';
  }
}

type Callback = (client: postgres.Sql) => unknown;

/**
 * Starts a statement whose best plan depends on its values (a search term, a rare category, one actor's
 * audit events): it is planned for its values on every run. See `preparing`.
 */
export const planForValuesMarker = '/* planned for its values */ ';

/**
 * drizzle runs raw statements unprepared, which postgres.js does in two round trips each (describe, then
 * execute). This client prepares them on each connection, by statement text: a statement's later runs take
 * one round trip and skip parsing, and PostgreSQL may keep a generic plan for them (plan_cache_mode auto:
 * only when it costs no more than the plans made for the values). Statements starting with
 * planForValuesMarker are sent unprepared instead, so each run is planned for its own values.
 * Transactions and savepoints hand their callbacks a preparing client too.
 */
function preparing<T extends postgres.Sql>(client: T): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (query: string, parameters?: postgres.ParameterOrJSON<never>[], queryOptions?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, parameters, { ...queryOptions, prepare: !query.startsWith(planForValuesMarker) });
      }
      if (property === 'begin' || property === 'savepoint') {
        const open = Reflect.get(target, property, receiver) as ((...args: unknown[]) => unknown) | undefined;
        if (typeof open !== 'function') return open;
        return (...args: unknown[]) => {
          const callback = args.at(-1) as Callback;
          return open(...args.slice(0, -1), (inner: postgres.Sql) => callback(preparing(inner)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/**
 * When PostgreSQL cannot be reached, a query fails within seconds instead of waiting: a connection attempt gives
 * up after 2 s, and a closed connection is retried after at most 0.5 s (the driver's own backoff grows to 20 s,
 * which kept queries queued that long and delayed recovery as much after the server came back). The driver runs
 * patched (patches/postgres@3.4.10.patch): unpatched, a connection lost under a transaction or a reserved
 * connection crashed the process or left queries waiting forever.
 */
const unreachableFailsFast = {
  connect_timeout: 2,
  backoff: (attempts: number) => Math.min(0.05 * 2 ** attempts, 0.5),
};

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      ...unreachableFailsFast,
      connection: {
        // The server's default, whatever its configuration: see `preparing`.
        plan_cache_mode: 'auto',
        // Statements of a few milliseconds whose estimates pass jit_above_cost (a 100,000-offering catalog's
        // stack facts) spent 20–300 ms compiling; none of this API's statements gains from JIT.
        jit: 'off',
        ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      },
    });
    const db = drizzlePostgres({ client: preparing(client), schema }) as unknown as Db;
    return {
      db,
      driver: 'postgres',
      url: options.url,
      location: describeUrl(options.url),
      pglite: null,
      openSnapshot: () => postgresSnapshot(client),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.loadDataDir && !options.dataDir ? undefined : (options.dataDir ?? defaultPgliteDataDir);
  if (dataDir && !dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm, unaccent },
  });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    location: dataDir ?? 'memory:// (loaded from a dump)',
    pglite: client,
    openSnapshot: () => transactionSnapshot(db),
    close: () => client.close(),
  };
}

/**
 * On PostgreSQL: a connection of the pool, kept until `end()`. BEGIN is not waited for on its own: it
 * goes out with the snapshot's first statements, which fail with it if it fails.
 */
async function postgresSnapshot(client: postgres.Sql): Promise<ReadSnapshot> {
  const reserved = await client.reserve();
  const begun = reserved.unsafe('begin isolation level repeatable read, read only').execute();
  begun.catch(() => {});
  // drizzle reads the parsers from the client's options, which a reserved connection shares with its pool.
  const inner = drizzlePostgres({ client: preparing(Object.assign(reserved, { options: client.options })) }) as unknown as Db;
  const db = new Proxy(inner, {
    get(target, property, receiver) {
      if (property === 'execute') {
        return async (query: SQL) => (await Promise.all([begun, target.execute(query)]))[1];
      }
      return Reflect.get(target, property, receiver);
    },
  });
  return {
    db,
    end: async () => {
      try {
        await begun;
        // After a failed statement, COMMIT rolls back; either way nothing was written.
        await reserved.unsafe('commit');
      } finally {
        reserved.release();
      }
    },
  };
}

/** On PGlite (one connection): a drizzle transaction whose callback waits until `end()`. */
async function transactionSnapshot(base: Db): Promise<ReadSnapshot> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let done: Promise<unknown> = Promise.resolve();
  const db = await new Promise<Db>((resolve, reject) => {
    done = base
      .transaction(async (tx) => {
        await tx.execute(sql`set transaction isolation level repeatable read, read only`);
        resolve(tx as unknown as Db);
        await released;
      })
      .catch(reject);
  });
  return {
    db,
    end: async () => {
      release();
      await done;
    },
  };
}

/** Applies the committed migrations; several API instances may start at once on one server. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.driver === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  // One dedicated connection, so the session-level advisory lock covers every migration statement.
  const client = postgres(database.url!, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(hashtext('mayviet:migrations'))`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Rows of a raw SQL statement, the same shape on both drivers. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}
