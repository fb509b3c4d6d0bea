import type { Database, Db } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Context, RequestLoaders } from '../context.ts';
import type { Actor } from '../modules/accounts/actor.ts';
import type { CatalogReads } from '../modules/catalog/cache.ts';
import { createCatalogLoaders, type CatalogLoaders } from '../modules/catalog/loaders.ts';
import { createListingLoaders, type ListingLoaders } from '../modules/listings/loaders.ts';
import { createOfferLoaders, type OfferLoaders } from '../modules/offers/loaders.ts';
import { createWebhookLoaders, type WebhookLoaders } from '../modules/partners/loaders.ts';
import { createStackLoaders, type StackLoaders } from '../modules/stacks/loaders.ts';
import type { ApiSettings } from '../settings.ts';
import type { RequestLifetime } from './lifetime.ts';

/** Who is asking and how: what the HTTP layer knows of a request before any resolver runs. */
export interface RequestFacts {
  requestId: string;
  clientAddress: string;
  secure: boolean;
  actor: Actor;
  log: Logger;
  lifetime: RequestLifetime;
}

/**
 * Each module's loaders, made when a resolver first asks for them: an operation that reads nothing
 * (`{ __typename }`, one refused before it runs) makes none. The catalog's searches read through
 * `catalogReads()` when it gives them a cache (a query reading one snapshot: routes/graphql.ts).
 */
function createLoaders(db: Db, saves?: StackLoaders['saves'], catalogReads?: () => CatalogReads | null): RequestLoaders {
  let catalog: CatalogLoaders | undefined;
  let stacks: StackLoaders | undefined;
  let listings: ListingLoaders | undefined;
  let offers: OfferLoaders | undefined;
  let webhooks: WebhookLoaders | undefined;
  return {
    get catalog() {
      if (!catalog) {
        catalog = createCatalogLoaders(db);
        catalog.reads = catalogReads?.() ?? catalog.reads;
      }
      return catalog;
    },
    get stacks() {
      return (stacks ??= createStackLoaders(db, saves));
    },
    get listings() {
      return (listings ??= createListingLoaders(db));
    },
    get offers() {
      return (offers ??= createOfferLoaders(db));
    },
    get webhooks() {
      return (webhooks ??= createWebhookLoaders(db));
    },
  };
}

export function createContext(database: Database, settings: ApiSettings, request: RequestFacts, catalogReads?: () => CatalogReads | null): Context {
  return { database, settings, loaders: createLoaders(database.db, undefined, catalogReads), setCookies: [], ...request };
}

/** Who the audit trail names for this request's writes. */
export function auditActor(ctx: Context): Record<string, string | null> {
  const actor = ctx.actor;
  if (actor.kind === 'user') {
    return { type: actor.user.staff ? 'STAFF' : 'USER', id: actor.user.id, organizationId: actor.memberships[0]?.organizationId ?? null, requestId: ctx.requestId };
  }
  if (actor.kind === 'apiKey') return { type: 'API_KEY', id: actor.key.prefix, organizationId: actor.organizationId, requestId: ctx.requestId };
  return { type: 'ANONYMOUS', id: null, organizationId: null, requestId: ctx.requestId };
}

/**
 * Runs a mutation in one transaction: all of it is written or none of it, and the audit triggers know
 * who wrote. The work gets a context whose database and loaders are the transaction's; its cookies and
 * the stacks saved so far stay the request's. A request stopped before its COMMIT (deadline, client gone,
 * server stopping) rolls back: no one would learn what it saved.
 */
export async function inTransaction<T>(ctx: Context, work: (tx: Context) => Promise<T>): Promise<T> {
  return ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('mayviet.actor', ${JSON.stringify(auditActor(ctx))}, true)`);
    const db = tx as unknown as Db;
    const result = await work({ ...ctx, database: { ...ctx.database, db }, loaders: createLoaders(db, ctx.loaders.stacks.saves) });
    ctx.lifetime.beginCommit();
    return result;
  });
}
