import {
  catalogChangesSince,
  catalogDictionaries,
  catalogIndexRows,
  catalogVersion,
  nameOrderIsCodePoint,
  parsedSearchWords,
  prepareQuery,
  type Database,
  type Db,
  type OfferingSearch,
} from '@mayviet/db';
import type { Logger } from 'pino';
import { indexedSearch, type IndexedSearch, type ParsedWords } from './search.ts';
import { dictionariesOf, firstState, withChanges, type IndexState } from './state.ts';
import { SlotStore } from './store.ts';
import { parseTsQuery } from './text.ts';

// The published catalogue held in this process's memory, at the catalog version each query reads
// (docs/SEARCH.md). PostgreSQL stays the source of truth: the index is built from one snapshot at start,
// brought forward by the rows a version changed (read in the snapshot of the query that first needs it),
// and any search it cannot answer exactly — or a version it does not hold — goes to SQL as before.

const rowsPerRead = 10_000;
/** versions kept for queries whose snapshot is older than the newest (a refresh raced them) */
const versionsKept = 4;
/** parsed search words kept: parsing depends on the words only, never on the catalogue */
const wordsKept = 2_000;

export class CatalogIndex {
  private readonly states = new Map<bigint, IndexState>();
  private newest: IndexState | null = null;
  private building: Promise<void> | null = null;
  private readonly refreshing = new Map<bigint, Promise<IndexState | null>>();
  private readonly words = new Map<string, ParsedWords | null>();
  private stopped = false;

  constructor(
    private readonly database: Database,
    private readonly log: Logger,
  ) {}

  /** Builds the index (again: from a new store); until it is ready, searches use SQL. */
  start(): Promise<void> {
    this.building ??= this.build().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  stop(): void {
    this.stopped = true;
  }

  /** Bytes held and live offerings, for the logs and docs/SEARCH.md. */
  describe(): { version: string; offerings: number; slots: number; bytes: number } | null {
    const state = this.newest;
    return state && { version: String(state.version), offerings: state.liveCount, slots: state.store.size, bytes: state.store.bytes() };
  }

  private async build(): Promise<void> {
    const started = performance.now();
    const snapshot = await this.database.openSnapshot();
    try {
      const { db } = snapshot;
      const [version, dictionaries, nameByCodePoint] = [BigInt(await catalogVersion(db)), await catalogDictionaries(db), await nameOrderIsCodePoint(db)];
      // added a page at a time, so the texts of one page at most are held besides the index
      const store = new SlotStore();
      const slotOf = new Map<string, number>();
      let afterId: string | null = null;
      for (;;) {
        const read = await catalogIndexRows(db, { afterId, limit: rowsPerRead });
        if (this.stopped) return;
        for (const row of read) slotOf.set(row.id, store.add(row));
        if (read.length < rowsPerRead) break;
        afterId = read[read.length - 1]!.id;
      }
      const state = firstState(store, slotOf, version, dictionariesOf(dictionaries), nameByCodePoint);
      this.states.clear();
      this.newest = null;
      this.keep(state);
      this.log.info({ ...this.describe(), ms: Math.round(performance.now() - started) }, 'catalog index built');
    } catch (error) {
      if (!this.stopped) this.log.error({ err: error }, 'catalog index could not be built; searches use SQL');
    } finally {
      await snapshot.end().catch(() => undefined);
    }
  }

  private keep(state: IndexState): void {
    this.states.set(state.version, state);
    if (!this.newest || state.version > this.newest.version) this.newest = state;
    for (const version of [...this.states.keys()].sort((a, b) => (a < b ? -1 : 1))) {
      if (this.states.size <= versionsKept) break;
      this.states.delete(version);
    }
  }

  /**
   * The index at `version`, the catalog version `db` (a query's snapshot) reads: held, or brought forward
   * from the newest held version by the changes `db` sees; null when neither can be (not built yet, an older
   * version no longer held, a change log that no longer reaches back: then a rebuild starts).
   */
  async at(db: Db, versionText: string): Promise<IndexState | null> {
    const version = BigInt(versionText);
    const held = this.states.get(version);
    if (held) return held;
    const base = this.newest;
    if (!base || version < base.version || this.stopped) return null;
    let pending = this.refreshing.get(version);
    if (!pending) {
      pending = this.refresh(db, base, version).finally(() => this.refreshing.delete(version));
      this.refreshing.set(version, pending);
    }
    return pending.catch(() => null);
  }

  private async refresh(db: Db, base: IndexState, version: bigint): Promise<IndexState | null> {
    const changes = await catalogChangesSince(db, String(base.version), String(version));
    if (!changes.complete) {
      void this.start();
      return null;
    }
    const rows = changes.offeringIds.length > 0 ? await catalogIndexRows(db, { ids: changes.offeringIds }) : [];
    const dictionaries = changes.dictionaries ? dictionariesOf(await catalogDictionaries(db)) : null;
    const state = withChanges(base, version, changes.offeringIds, rows, dictionaries);
    this.keep(state);
    if (state.store.size > 2 * state.liveCount + rowsPerRead) void this.start();
    return state;
  }

  /** A search's words as PostgreSQL parses them, remembered; null when no words, or a form the index does not match. */
  async parsedWords(db: Db, query: string | null | undefined): Promise<ParsedWords | null | 'unparsed'> {
    const prepared = prepareQuery(query);
    if (!prepared) return null;
    if (this.words.has(prepared.tsquery)) return this.words.get(prepared.tsquery) ?? 'unparsed';
    const parsed = await parsedSearchWords(db, prepared.tsquery);
    const folded = parseTsQuery(parsed.folded);
    const exact = parseTsQuery(parsed.exact);
    const words = folded ? { folded, exact } : null;
    if (this.words.size >= wordsKept) this.words.delete(this.words.keys().next().value!);
    this.words.set(prepared.tsquery, words);
    return words ?? 'unparsed';
  }

  /** The search answered from the index at the version `db` reads, or null when SQL must answer it. */
  async search(db: Db, version: string, search: OfferingSearch): Promise<IndexedSearch | null> {
    const state = await this.at(db, version);
    if (!state) return null;
    const words = await this.parsedWords(db, search.query);
    if (words === 'unparsed') return null;
    return indexedSearch(state, search, words);
  }

  /** Whether any published offering matches a query's words; null when SQL must tell. */
  async anyMatch(db: Db, version: string, query: string): Promise<boolean | null> {
    const state = await this.at(db, version);
    if (!state) return null;
    const words = await this.parsedWords(db, query);
    if (words === null || words === 'unparsed') return null;
    return state.store.text.any(words.folded, state.live);
  }
}
