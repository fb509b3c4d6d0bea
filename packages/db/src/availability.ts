import postgres from 'postgres';
import type { Database } from './client.ts';

/** Node's socket errors that mean the server is not there (or went away). */
const unreachableSocketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/** The postgres driver's own connection failures. */
const driverConnectionCodes = new Set(['CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT']);
/** SQLSTATEs a server sends as it goes away or refuses sessions: shutting down, starting up, out of connections. */
const unavailableSqlStates = new Set(['57P01', '57P02', '57P03', '53300']);

function* causes(error: unknown): Generator<{ code?: unknown; message?: unknown }> {
  // drizzle wraps a failed statement's error as the `cause` of its own.
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    yield current as { code?: unknown; message?: unknown };
    current = (current as { cause?: unknown }).cause;
  }
}

/** The error says the database could not be reached or went away: no fault of the statement or of the caller. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const cause of causes(error)) {
    const code = typeof cause.code === 'string' ? cause.code : '';
    if (unreachableSocketCodes.has(code) || driverConnectionCodes.has(code) || unavailableSqlStates.has(code) || code.startsWith('08')) return true;
  }
  return false;
}

/** PostgreSQL cancelled the statement because it ran past statement_timeout. */
export function isStatementTimeout(error: unknown): boolean {
  for (const cause of causes(error)) {
    if (cause.code === '57014' && typeof cause.message === 'string' && cause.message.includes('statement timeout')) return true;
  }
  return false;
}

/** Asks whether the database answers. */
export interface AvailabilityProbe {
  /** true when the database answered `select 1` within the probe's time; concurrent checks share one question */
  check(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * On PostgreSQL the probe has a connection of its own, outside the pool, so a pool that slow requests have
 * filled does not look like a database that is down; it gives up after `timeoutMs`, connecting included, and
 * reconnects from scratch after a failure. The embedded database lives in this process: it answers while open.
 */
export function openAvailabilityProbe(database: Database, timeoutMs = 1200): AvailabilityProbe {
  if (!database.url) {
    const pglite = database.pglite!;
    return { check: async () => pglite.ready && !pglite.closed, close: async () => {} };
  }
  const url = database.url;
  let client: postgres.Sql | null = null;
  let asking: Promise<boolean> | null = null;
  let closed = false;

  const connect = () =>
    postgres(url, {
      max: 1,
      onnotice: () => {},
      connect_timeout: timeoutMs / 1000,
      backoff: () => 0,
      idle_timeout: 0,
      max_lifetime: null,
      fetch_types: false,
      connection: { application_name: 'mayviet-availability', statement_timeout: timeoutMs },
    });

  async function ask(): Promise<boolean> {
    const current = (client ??= connect());
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        current.unsafe('select 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`the database did not answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      return true;
    } catch {
      if (client === current) client = null;
      void current.end({ timeout: 0 }).catch(() => {});
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    check: () => {
      if (closed) return Promise.resolve(false);
      return (asking ??= ask().finally(() => (asking = null)));
    },
    close: async () => {
      closed = true;
      await asking;
      await client?.end({ timeout: 1 });
      client = null;
    },
  };
}
