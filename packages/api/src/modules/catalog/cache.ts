import { catalogVersion, type Db } from '@mayviet/db';

/** How a request reads what the catalog cache may hold: searches' counts, facets and match checks. */
export interface CatalogReads {
  /** `load()`'s value, or the one cached under `key` for the catalog version this request reads */
  cached<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/** For reads outside one snapshot (mutations, transactions): everything is loaded. */
export const uncachedReads: CatalogReads = { cached: (_key, load) => load() };

/**
 * Values computed from the catalog, kept by this process under the catalog version they were computed at
 * (`catalog_state`, raised by every committed change to the tables they read). A request that reads one
 * snapshot reads the version in it, so it finds only values of exactly the data it sees: nothing stale,
 * with any number of instances. The least recently used entries go beyond `maxEntries`; entries of older
 * versions are never asked for again and age out the same way.
 */
export class CatalogCache {
  private readonly values = new Map<string, unknown>();

  constructor(private readonly maxEntries = 5000) {}

  /** The reads of one request whose statements all read one snapshot (a query). */
  forSnapshot(db: Db): CatalogReads {
    let version: Promise<string> | null = null;
    return {
      cached: async <T>(key: string, load: () => Promise<T>): Promise<T> => {
        const entry = `${await (version ??= catalogVersion(db))}\n${key}`;
        if (this.values.has(entry)) {
          const value = this.values.get(entry) as T;
          this.values.delete(entry);
          this.values.set(entry, value);
          return value;
        }
        const value = await load();
        this.values.set(entry, value);
        if (this.values.size > this.maxEntries) this.values.delete(this.values.keys().next().value!);
        return value;
      },
    };
  }
}
