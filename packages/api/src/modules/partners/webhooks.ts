import { createHmac, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { claimDueDeliveries, enqueueWebhooks, isDatabaseUnavailable, recordDelivery, type Database, type WebhookEvent } from '@mayviet/db';
import type { Logger } from 'pino';
import type { ApiSettings } from '../../context.ts';

// Webhooks: events are queued in the database with the write that caused them, and any API instance's
// worker sends them, signed, retrying with exponential backoff until delivered or given up.

export const signatureHeader = 'x-mayviet-signature';

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** "t=<unix seconds>,v1=<hex HMAC-SHA256 of `${t}.${body}`>" — the timestamp lets receivers refuse replays. */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

function privateAddress(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  const version = isIP(bare);
  if (version === 4) {
    const [a, b] = bare.split('.').map(Number) as [number, number];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  if (version === 6) return bare === '::1' || /^f[cd]/i.test(bare) || /^fe[89ab]/i.test(bare) || bare.startsWith('::ffff:');
  return bare === 'localhost' || bare.endsWith('.localhost') || bare.endsWith('.internal');
}

/**
 * Why a webhook URL is refused, or null when it is fine: https only, no credentials, and not an address
 * inside the marketplace's own network (unless the operator allows plain http for development).
 */
export function webhookUrlProblem(url: string, allowLocalHttp: boolean): string | null {
  if (url.length > 500) return 'The URL is longer than 500 characters.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This is not a URL.';
  }
  if (parsed.username || parsed.password) return 'The URL must not hold a user name or password; verify the signature instead.';
  if (allowLocalHttp && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) return null;
  if (parsed.protocol !== 'https:') return 'The URL must start with https://.';
  if (privateAddress(parsed.hostname)) return 'The URL must point to a public host, not a private or loopback address.';
  return null;
}

/** Queues an event for each vendor's organization that has a webhook. */
export async function queueEvent(database: Database, event: WebhookEvent, deliveries: { vendorId: string; payload: unknown }[], log: Logger) {
  const queued = await enqueueWebhooks(database.db, event, deliveries);
  if (queued > 0) log.info({ event, queued }, 'webhooks queued');
}

/** The seconds before retry number `attempts` (1, 2, …): base × 2^(attempts − 1), at most six hours. */
export function retryDelaySeconds(attempts: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 2 ** (attempts - 1), 6 * 3600);
}

/** Sends what is due, then again every `webhookPollMs`; returns a function that stops it. */
export function startWebhookWorker(database: Database, settings: ApiSettings, log: Logger): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;

  async function send(delivery: Awaited<ReturnType<typeof claimDueDeliveries>>[number]) {
    const body = JSON.stringify(delivery.payload);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(5000),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'MayViet-Webhooks/1',
          'x-mayviet-event': delivery.event,
          'x-mayviet-delivery': delivery.id,
          [signatureHeader]: signWebhook(delivery.secret ?? '', body, Math.floor(Date.now() / 1000)),
        },
        body,
      });
      status = response.status;
      await response.body?.cancel();
      if (status < 200 || status >= 300) error = `HTTP ${status}`;
    } catch (caught) {
      error = caught instanceof Error ? caught.message.slice(0, 300) : 'request failed';
    }
    const delivered = error === null;
    const retryInSeconds = delivered || delivery.attempts >= settings.webhookMaxAttempts ? null : retryDelaySeconds(delivery.attempts, settings.webhookRetrySeconds);
    await recordDelivery(database.db, delivery.id, { delivered, status, error, retryInSeconds });
    log[delivered ? 'info' : 'warn']({ delivery: delivery.id, event: delivery.event, attempts: delivery.attempts, status, error }, 'webhook sent');
  }

  async function tick() {
    try {
      const due = await claimDueDeliveries(database.db, 20, 60);
      await Promise.all(due.map(send));
    } catch (error) {
      if (isDatabaseUnavailable(error)) log.warn('webhook worker: the database cannot be reached; it tries again at its next poll');
      else log.error({ err: error }, 'webhook worker failed');
    }
  }

  const timer = setInterval(() => {
    if (!running && !stopped) running = tick().finally(() => (running = null));
  }, settings.webhookPollMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
