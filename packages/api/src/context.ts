import type { Database } from '@mayviet/db';
import type { Logger } from 'pino';
import type { RequestLifetime } from './http/lifetime.ts';
import type { Actor } from './modules/accounts/actor.ts';
import type { CatalogLoaders } from './modules/catalog/loaders.ts';
import type { ListingLoaders } from './modules/listings/loaders.ts';
import type { OfferLoaders } from './modules/offers/loaders.ts';
import type { WebhookLoaders } from './modules/partners/loaders.ts';
import type { StackLoaders } from './modules/stacks/loaders.ts';
import type { ApiSettings } from './settings.ts';

/** A request's state, one entry per module, each made by the module's own `create…Loaders` (http/request-context.ts). */
export interface RequestLoaders {
  catalog: CatalogLoaders;
  stacks: StackLoaders;
  listings: ListingLoaders;
  offers: OfferLoaders;
  webhooks: WebhookLoaders;
}

/** What every resolver gets: the database, settings, this request's loaders, caller and logger. */
export interface Context {
  database: Database;
  settings: ApiSettings;
  loaders: RequestLoaders;
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
}
