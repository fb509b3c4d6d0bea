import type { Database, Db, ReadSnapshot } from '@mayviet/db';
import { sql, type SQL } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { TrustedProxies } from './http/client-address.ts';
import type { RequestLifetime } from './http/lifetime.ts';
import type { Actor } from './modules/accounts/actor.ts';
import { uncachedReads, type CatalogReads } from './modules/catalog/cache.ts';
import { createCatalogLoaders, type CatalogLoaders } from './modules/catalog/loaders.ts';
import { systemResolver, type WebhookResolver } from './modules/partners/webhook-targets.ts';
import { createStackLoaders, type StackLoaders } from './modules/stacks/loaders.ts';
import type { SaveStackResult } from './modules/stacks/service.ts';

/** What operators may set (environment variables in main.ts). */
export interface ApiSettings {
  /** VAT in basis points: 1000 = 10% */
  vatBasisPoints: number;
  /** quote requests one client address may send per hour */
  quoteRequestsPerHour: number;
  /** the proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (see http/client-address.ts) */
  trustedProxies: TrustedProxies;
  /** let webhooks go to http:// and private addresses: development and tests only */
  webhookAllowLocalHttp: boolean;
  /** the first retry's delay; each next one doubles */
  webhookRetrySeconds: number;
  /** tries before a delivery is given up */
  webhookMaxAttempts: number;
  /** how often each instance looks for deliveries that are due */
  webhookPollMs: number;
  /** resolves webhook host names (the system's resolver); tests put a table in its place, having no DNS */
  webhookLookup: WebhookResolver;
  /** the most query-cost points a client (key, user or address) can hold; also the most one query may cost */
  budgetCapacity: number;
  /** points given back to each client's budget per second */
  budgetRestorePerSecond: number;
  /** redis://… to keep budgets in Redis; null keeps them in the database */
  redisUrl: string | null;
  /** prefix of this deployment's keys in Redis */
  redisKeyPrefix: string;
  /** a request's deadline: past it, it is answered DEADLINE_EXCEEDED and its transaction rolls back */
  requestTimeoutMs: number;
  /** on SIGTERM/SIGINT, how long requests in flight may take to finish before they are stopped */
  shutdownGraceMs: number;
  /**
   * the site's public origin (https://mayviet.vn) for canonical URLs, link previews and the sitemap; null
   * takes it from each request's Host (development: behind a proxy, set it, or the Host a client sends is believed)
   */
  siteUrl: string | null;
  /** the most addresses in one sitemap file, past which /sitemap.xml is an index of parts: the protocol's 50,000; tests set it small */
  sitemapUrlsPerFile: number;
}

export const defaultSettings: ApiSettings = {
  vatBasisPoints: 1000,
  quoteRequestsPerHour: 5,
  trustedProxies: [],
  webhookAllowLocalHttp: false,
  webhookRetrySeconds: 30,
  webhookMaxAttempts: 8,
  webhookPollMs: 2000,
  webhookLookup: systemResolver,
  budgetCapacity: 50_000,
  budgetRestorePerSecond: 1_000,
  redisUrl: null,
  redisKeyPrefix: 'mayviet:budget:',
  requestTimeoutMs: 10_000,
  shutdownGraceMs: 25_000,
  siteUrl: null,
  sitemapUrlsPerFile: 50_000,
};

/** What every resolver gets: the database, settings, this request's loaders, caller and logger. */
export interface Context {
  database: Database;
  settings: ApiSettings;
  loaders: CatalogLoaders;
  stacks: StackLoaders;
  /** saves already made in this request, by content: the same stack twice in one request saves once */
  savesInRequest: Map<string, Promise<SaveStackResult>>;
  clientAddress: string;
  /** the request came over HTTPS (directly or, per a trusted proxy's X-Forwarded-Proto): cookies are Secure */
  secure: boolean;
  actor: Actor;
  /** Set-Cookie headers a resolver wants on the response (sign-in, sign-out) */
  setCookies: string[];
  requestId: string;
  log: Logger;
  /** stopped at the deadline, when the client leaves, when the server stops or the database is lost */
  lifetime: RequestLifetime;
  /** pages, counts, facets and match checks of searches: cached by catalog version when the request reads one snapshot */
  catalog: CatalogReads;
}

export function createContext(
  database: Database,
  settings: ApiSettings,
  request: { requestId: string; clientAddress: string; secure: boolean; actor: Actor; log: Logger; lifetime: RequestLifetime },
): Context {
  const ctx: Context = {
    database,
    settings,
    loaders: createCatalogLoaders(database.db),
    stacks: createStackLoaders(database.db, () => ctx),
    savesInRequest: new Map(),
    setCookies: [],
    catalog: uncachedReads,
    ...request,
  };
  return ctx;
}

/** Who the audit trail names for this request's writes. */
function auditActor(ctx: Context): Record<string, string | null> {
  const actor = ctx.actor;
  if (actor.kind === 'user') {
    return { type: actor.user.staff ? 'STAFF' : 'USER', id: actor.user.id, organizationId: actor.memberships[0]?.organizationId ?? null, requestId: ctx.requestId };
  }
  if (actor.kind === 'apiKey') return { type: 'API_KEY', id: actor.key.prefix, organizationId: actor.organizationId, requestId: ctx.requestId };
  return { type: 'ANONYMOUS', id: null, organizationId: null, requestId: ctx.requestId };
}

/**
 * Runs a mutation in one transaction: all of it is written or none of it, and the audit triggers know
 * who wrote. The work gets a context whose database and loaders are the transaction's. A request stopped
 * before its COMMIT (deadline, client gone, server stopping) rolls back: no one would learn what it saved.
 */
export async function inTransaction<T>(ctx: Context, work: (tx: Context) => Promise<T>): Promise<T> {
  return ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('mayviet.actor', ${JSON.stringify(auditActor(ctx))}, true)`);
    const scoped = createContext({ ...ctx.database, db: tx as unknown as Db }, ctx.settings, {
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
      secure: ctx.secure,
      actor: ctx.actor,
      log: ctx.log,
      lifetime: ctx.lifetime,
    });
    scoped.setCookies = ctx.setCookies;
    scoped.savesInRequest = ctx.savesInRequest;
    const result = await work(scoped);
    ctx.lifetime.beginCommit();
    return result;
  });
}

/** A request's database: counts its statements, and can switch them into one read-only snapshot. */
export interface RequestDatabase {
  db: Db;
  /** From now on, statements read one snapshot, opened at the first of them. */
  begin(): void;
  /** Closes the snapshot, if one was opened. */
  finish(): Promise<void>;
  /** SQL statements run so far through `db` (transaction control not counted) */
  statements(): number;
  /** Whether the snapshot is open: it holds a connection (the embedded database's only one) until `finish()`. */
  holdsSnapshot(): boolean;
}

/** Counts the statements run through `db`, in its transactions too. */
function counting(db: Db, count: () => void): Db {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'execute') {
        return (query: SQL) => {
          count();
          return target.execute(query);
        };
      }
      if (property === 'transaction') {
        return (work: (tx: Db) => Promise<unknown>, config?: Parameters<Db['transaction']>[1]) =>
          target.transaction((tx) => work(counting(tx as unknown as Db, count)), config);
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/**
 * A query's statements share one REPEATABLE READ, READ ONLY transaction (Database.openSnapshot), opened
 * at its first statement: a listing and its plans are read as of one moment, so an approval committing
 * meanwhile is seen whole or not at all. Until `begin()` (and for mutations, which open their own
 * transactions) statements pass straight through.
 */
export function requestDatabase(database: Database): RequestDatabase {
  let statements = 0;
  const count = () => {
    statements += 1;
  };
  let active = false;
  let opened: Promise<ReadSnapshot> | null = null;
  const base = counting(database.db, count);
  const db = new Proxy(base, {
    get(target, property, receiver) {
      if (property === 'execute' && active) {
        return async (query: SQL) => {
          count();
          return (await (opened ??= database.openSnapshot())).db.execute(query);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
  return {
    db,
    begin: () => {
      active = true;
    },
    finish: async () => {
      // A snapshot that failed to open failed its statements already; one that fails to end wrote nothing.
      const snapshot = await opened?.catch(() => null);
      await snapshot?.end().catch(() => {});
    },
    statements: () => statements,
    holdsSnapshot: () => opened !== null,
  };
}
