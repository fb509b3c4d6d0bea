import type { Database, Db, ReadSnapshot } from '@mayviet/db';
import type { SQL } from 'drizzle-orm';

/** A request's database: counts its statements, and can switch them into one read-only snapshot. */
export interface RequestDatabase {
  db: Db;
  /** From now on, statements read one snapshot, opened at the first of them. */
  begin(): void;
  /** Whether `begin()` was called: statements read one snapshot. */
  readsSnapshot(): boolean;
  /** Closes the snapshot, if one was opened. */
  finish(): Promise<void>;
  /** SQL statements run so far through `db` (transaction control not counted) */
  statements(): number;
  /** Whether the snapshot is open: it holds a connection (the embedded database's only one) until `finish()`. */
  holdsSnapshot(): boolean;
}

/** Small writes a query asked for, run once its snapshot is closed (see afterReads). */
const deferredWrites = new WeakMap<Db, ((db: Db) => Promise<void>)[]>();

/**
 * Runs a small write a read causes (a vendor's share stamped seen): now when `db` reads no snapshot (a
 * mutation's transaction, a one-statement query), else once the query's read-only snapshot is closed and
 * before its answer is sent (the embedded database has one connection, which the snapshot holds till then).
 * `work` handles its own failures: a read never fails for it.
 */
export async function afterReads(db: Db, work: (db: Db) => Promise<void>): Promise<void> {
  const queued = deferredWrites.get(db);
  if (queued) queued.push(work);
  else await work(db);
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
  const deferred: ((db: Db) => Promise<void>)[] = [];
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
  // Methods, not arrow functions: made per request (see RequestTracker.start).
  return {
    db,
    begin() {
      active = true;
      deferredWrites.set(db, deferred);
    },
    readsSnapshot() {
      return active;
    },
    async finish() {
      // A snapshot that failed to open failed its statements already; one that fails to end wrote nothing.
      const snapshot = await opened?.catch(() => null);
      opened = null;
      active = false;
      await snapshot?.end().catch(() => {});
      deferredWrites.delete(db);
      for (const work of deferred.splice(0)) await work(database.db);
    },
    statements() {
      return statements;
    },
    holdsSnapshot() {
      return opened !== null;
    },
  };
}
