import type { Database } from '@mayviet/db';
import type { Logger } from 'pino';
import { createCatalogLoaders, type CatalogLoaders } from './modules/catalog/loaders.ts';

/** What every resolver gets: the database, this request's loaders and logger. */
export interface Context {
  database: Database;
  loaders: CatalogLoaders;
  requestId: string;
  log: Logger;
}

export function createContext(database: Database, requestId: string, log: Logger): Context {
  return { database, loaders: createCatalogLoaders(database.db), requestId, log };
}
