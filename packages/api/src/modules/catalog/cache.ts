import { catalogVersion, type Db, type OfferingSearch } from '@mayviet/db';
import type { CatalogIndex } from './index/catalog-index.ts';
import type { IndexedSearch } from './index/search.ts';

/** How a request reads what the catalog cache may hold: searches' pages, counts, facets and match checks. */
export interface CatalogReads {
  /**
   * `load()`'s value, or the one cached under `key` for the catalog version this request reads; `weight`
   * says how much of the cache's room a value takes (1 when not given: a number, a short list).
   */
  cached<T>(key: string, load: () => Promise<T>, weight?: (value: T) => number): Promise<T>;
  /**
   * Like `cached`; and when this version holds no value under `key` but an earlier one does, that value, if
   * `unchanged(value, since, version)` tells that nothing it was computed from changed after version `since`
   * up to this request's `version` (it then moves to this version).
   */
  carried<T>(
    key: string,
    load: () => Promise<T>,
    unchanged: (value: T, since: string, version: string) => Promise<boolean>,
    weight?: (value: T) => number,
  ): Promise<T>;
  /** The search answered by the catalog index at the version this request reads; null when SQL answers it. */
  indexed(search: OfferingSearch): Promise<IndexedSearch | null>;
  /** Whether any published offering matches these words, from the index; null when SQL must tell. */
  anyMatch(query: string): Promise<boolean | null>;
}

/** The reads of one snapshot, which also tell the catalog version they read. */
export interface SnapshotReads extends CatalogReads {
  version(): Promise<string>;
}

/** For reads outside one snapshot (mutations, transactions): everything is loaded. */
export const uncachedReads: CatalogReads = {
  cached: (_key, load) => load(),
  carried: (_key, load) => load(),
  indexed: async () => null,
  anyMatch: async () => null,
};

/**
 * Values computed from the catalog, kept by this process under the catalog version they were computed at
 * (`catalog_state`, raised by every committed change to the tables they read). A request that reads one
 * snapshot reads the version in it, so it finds only values of exactly the data it sees: nothing stale,
 * with any number of instances. The least recently used entries go once the weights add up to more than
 * `maxWeight`; entries of older versions are never asked for again and age out the same way.
 */
export class CatalogCache {
  private readonly entries = new Map<string, { value: unknown; weight: number }>();
  /** per key, the newest version an entry of it was stored at (carried() starts from it) */
  private readonly newest = new Map<string, bigint>();
  private weight = 0;

  /**
   * `maxWeight` 20,000: e.g. 20,000 counts, or about a thousand pages of 20 offerings (~29 KB of heap each);
   * 0 keeps nothing (CATALOG_CACHE=off). `index`: the in-memory catalogue the reads search, when there is one.
   */
  constructor(
    private readonly maxWeight = 20_000,
    private readonly index: CatalogIndex | null = null,
  ) {}

  private held(version: string, key: string): { value: unknown; weight: number } | undefined {
    const id = `${version}\n${key}`;
    const held = this.entries.get(id);
    if (held) {
      this.entries.delete(id);
      this.entries.set(id, held);
    }
    return held;
  }

  private keep(version: string, key: string, value: unknown, weight: number): void {
    const id = `${version}\n${key}`;
    if (this.entries.has(id)) return;
    this.entries.set(id, { value, weight });
    this.weight += weight;
    if ((this.newest.get(key) ?? -1n) < BigInt(version)) this.newest.set(key, BigInt(version));
    for (const [oldest, entry] of this.entries) {
      if (this.weight <= this.maxWeight) break;
      this.drop(oldest, entry.weight);
    }
  }

  private drop(id: string, weight: number): void {
    this.entries.delete(id);
    this.weight -= weight;
    const cut = id.indexOf('\n');
    const key = id.slice(cut + 1);
    if (this.newest.get(key) === BigInt(id.slice(0, cut))) this.newest.delete(key);
  }

  /** The reads of one request whose statements all read one snapshot (a query). */
  forSnapshot(db: Db): SnapshotReads {
    let read: Promise<string> | null = null;
    const version = () => (read ??= catalogVersion(db));
    const index = this.index;
    return {
      version,
      indexed: async (search) => (index ? index.search(db, await version(), search) : null),
      anyMatch: async (query) => (index ? index.anyMatch(db, await version(), query) : null),
      cached: async <T>(key: string, load: () => Promise<T>, weigh?: (value: T) => number): Promise<T> => {
        const at = await version();
        const held = this.held(at, key);
        if (held) return held.value as T;
        const value = await load();
        this.keep(at, key, value, weigh?.(value) ?? 1);
        return value;
      },
      carried: async <T>(
        key: string,
        load: () => Promise<T>,
        unchanged: (value: T, since: string, version: string) => Promise<boolean>,
        weigh?: (value: T) => number,
      ): Promise<T> => {
        const at = await version();
        const held = this.held(at, key);
        if (held) return held.value as T;
        const since = this.newest.get(key);
        const earlier = since !== undefined && since < BigInt(at) ? this.held(String(since), key) : undefined;
        if (earlier && (await unchanged(earlier.value as T, String(since), at))) {
          if (this.entries.get(`${since}\n${key}`) === earlier) this.drop(`${since}\n${key}`, earlier.weight);
          this.keep(at, key, earlier.value, earlier.weight);
          return earlier.value as T;
        }
        const value = await load();
        this.keep(at, key, value, weigh?.(value) ?? 1);
        return value;
      },
    };
  }
}
