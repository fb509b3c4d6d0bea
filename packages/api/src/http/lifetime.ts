import type { ServerResponse } from 'node:http';
import { isDatabaseUnavailable, isStatementTimeout, type AvailabilityProbe } from '@mayviet/db';
import type { Logger } from 'pino';

/**
 * Why a request was stopped before its work finished: it ran past its deadline, the server is stopping and
 * the grace period ended, the database stopped answering, or the client went away.
 */
export type StopReason = 'deadline' | 'shutting-down' | 'database-unavailable' | 'client-gone';

/** What the caller is told when its request is stopped: a status, a stable code and what to do. */
export function refusalOf(reason: StopReason, timeoutMs: number): { status: number; code: string; message: string; retryAfterSeconds?: number } {
  switch (reason) {
    case 'deadline':
      // 504, not 503: the time ran out; sent again unchanged, the request would most likely run out of it again.
      return { status: 504, code: 'DEADLINE_EXCEEDED', message: `The request did not finish within ${timeoutMs / 1000} s and was stopped; nothing it changed was saved.` };
    case 'shutting-down':
      return { status: 503, code: 'SHUTTING_DOWN', message: 'This server is stopping and could not finish the request; nothing it changed was saved. Send it again.', retryAfterSeconds: 1 };
    case 'database-unavailable':
      return { status: 503, code: 'DATABASE_UNAVAILABLE', message: 'The database cannot be reached right now. Try again in a few seconds.', retryAfterSeconds: 5 };
    case 'client-gone':
      return { status: 499, code: 'CLIENT_CLOSED_REQUEST', message: 'The client closed the connection before the answer.' };
  }
}

/** Thrown where a stopped request's work meets a commit: its transaction rolls back instead. */
export class RequestStopped extends Error {
  constructor(readonly reason: StopReason) {
    super(`The request was stopped (${reason}) before its changes were committed; they were rolled back.`);
    this.name = 'RequestStopped';
  }
}

/** A request's lifetime as its work sees it. */
export interface RequestLifetime {
  /**
   * Called by a transaction right before its COMMIT: throws RequestStopped (the transaction rolls back) when the
   * request was stopped. From then on the request is not refused early for its deadline or the server stopping:
   * something it did is committed, so its own answer, which says what, is the one sent.
   */
  beginCommit(): void;
}

interface Tracked extends RequestLifetime {
  /** what stopped the request, once it is stopped */
  readonly stopped: RequestStopped | null;
  readonly started: number;
  readonly res: ServerResponse;
  stop(reason: StopReason): void;
  /** The work ended (answered or not): timers off, out of the tracker. */
  finish(): void;
}

export interface RequestTrackerOptions {
  timeoutMs: number;
  probe: AvailabilityProbe;
  log: Logger;
}

/** How long a request may wait before the watchdog asks whether the database still answers. */
const suspectAfterMs = 1000;

/**
 * Every request in flight, each with a deadline, stopped early when its client leaves; a watchdog that stops
 * them all with DATABASE_UNAVAILABLE when some have waited a while and the database does not answer its own
 * probe; and what shutting down needs: telling keep-alive clients to close, waiting for the work to end.
 */
export class RequestTracker {
  private readonly inFlight = new Set<Tracked>();
  private readonly emptied = new Set<() => void>();
  private watchdog: NodeJS.Timeout | null = null;
  private draining = false;

  constructor(private readonly options: RequestTrackerOptions) {}

  get size(): number {
    return this.inFlight.size;
  }

  /** Tracks the request whose answer is `res`; stopping it answers with its refusal, unless an answer has begun. */
  start(res: ServerResponse, requestLog: Logger): RequestLifetime & { finish(): void } {
    const { timeoutMs } = this.options;
    const tracker = this;
    // A plain field, not an AbortController: nothing outside listens, and one costs more than the rest of this.
    let stopped: RequestStopped | null = null;
    let committing = false;
    // Methods, not arrow functions, here and in the other objects made per request: tsx compiles with esbuild's
    // keepNames, which names each arrow function assigned to a name with a defineProperty call as it is made.
    const tracked: Tracked & { closed(): void } = {
      started: performance.now(),
      res,
      get stopped() {
        return stopped;
      },
      beginCommit() {
        if (stopped) throw stopped;
        committing = true;
      },
      stop(reason) {
        if (stopped || res.writableEnded) return;
        stopped = new RequestStopped(reason);
        if (reason === 'client-gone' || res.headersSent) return;
        if (committing && reason !== 'database-unavailable') return;
        const refusal = refusalOf(reason, timeoutMs);
        requestLog.warn({ reason, code: refusal.code }, 'request stopped');
        const body = JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
        res.statusCode = refusal.status;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('content-length', Buffer.byteLength(body));
        res.setHeader('cache-control', 'no-store');
        if (refusal.retryAfterSeconds) res.setHeader('retry-after', String(refusal.retryAfterSeconds));
        if (tracker.draining) res.setHeader('connection', 'close');
        res.end(body);
      },
      closed() {
        if (!res.writableFinished) tracked.stop('client-gone');
      },
      finish() {
        clearTimeout(deadline);
        res.off('close', tracked.closed);
        tracker.inFlight.delete(tracked);
        if (tracker.inFlight.size === 0) for (const notify of tracker.emptied) notify();
      },
    };
    const deadline = setTimeout(() => tracked.stop('deadline'), timeoutMs);
    res.on('close', tracked.closed);
    if (this.draining) res.setHeader('connection', 'close');
    this.inFlight.add(tracked);
    this.startWatchdog();
    return tracked;
  }

  /** Shutting down: every answer from now on, and those not yet begun, tell the client to close the connection. */
  drain(): void {
    this.draining = true;
    for (const { res } of this.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
  }

  /** Resolves true once no work is in flight, or false after `withinMs`. */
  settled(withinMs: number): Promise<boolean> {
    if (this.inFlight.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (result: boolean) => {
        clearTimeout(timer);
        this.emptied.delete(onEmpty);
        resolve(result);
      };
      const onEmpty = () => done(true);
      const timer = setTimeout(() => done(false), withinMs);
      this.emptied.add(onEmpty);
    });
  }

  /** Stops every request still in flight. */
  stopAll(reason: StopReason): void {
    for (const tracked of [...this.inFlight]) tracked.stop(reason);
  }

  private startWatchdog() {
    if (this.watchdog) return;
    let asking = false;
    // While requests wait, the database is asked at most once a second after it answered.
    let answeredAt = -Infinity;
    // It stops itself at a tick with no request in flight, not as the last one ends: under load requests end
    // and begin one after another, and an interval would be set and cleared for each.
    this.watchdog = setInterval(() => {
      if (this.inFlight.size === 0) {
        this.stopWatchdog();
        return;
      }
      const now = performance.now();
      const waiting = [...this.inFlight].filter((tracked) => !tracked.stopped && now - tracked.started >= suspectAfterMs);
      if (asking || waiting.length === 0 || now - answeredAt < suspectAfterMs) return;
      asking = true;
      void this.options.probe
        .check()
        .then((answers) => {
          if (answers) {
            answeredAt = performance.now();
            return;
          }
          this.options.log.warn({ requests: waiting.length }, 'the database does not answer: requests waiting on it are refused');
          for (const tracked of waiting) tracked.stop('database-unavailable');
        })
        .finally(() => (asking = false));
    }, 250);
    this.watchdog.unref();
  }

  private stopWatchdog() {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
  }
}

/** Why this error stopped the request, when it is not a fault of ours or of the caller: see StopReason. */
export function stopReasonOf(error: unknown): StopReason | null {
  if (error instanceof RequestStopped) return error.reason;
  if (isDatabaseUnavailable(error)) return 'database-unavailable';
  if (isStatementTimeout(error)) return 'deadline';
  return null;
}
