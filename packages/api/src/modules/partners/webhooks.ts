import { createHmac, randomBytes } from 'node:crypto';
import { claimDueDeliveries, enqueueWebhooks, isDatabaseUnavailable, recordDelivery, type ClaimedDelivery, type Database, type WebhookEvent } from '@mayviet/db';
import type { Logger } from 'pino';
import { toGlobalId } from '../../graphql/ids.ts';
import type { ApiSettings } from '../../settings.ts';
import { expireAttestations } from './attestation-expiry.ts';
import { postWebhook } from './webhook-targets.ts';

// Webhooks: events are queued in the database with the write that caused them, and any API instance's
// worker sends them, signed, retrying with exponential backoff until delivered or given up.

export const signatureHeader = 'x-mayviet-signature';

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * "t=<unix seconds>,v1=<hex HMAC-SHA256 of `${t}.${body}`>", one v1 per secret (the current one first, then
 * the one a rotation's grace period keeps valid) — the timestamp lets receivers refuse replays.
 */
export function signWebhook(secret: string | readonly string[], body: string, timestamp: number): string {
  const secrets = typeof secret === 'string' ? [secret] : secret;
  const digests = secrets.map((key) => `v1=${createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex')}`);
  return [`t=${timestamp}`, ...digests].join(',');
}

/**
 * Queues an event for every endpoint subscribed to it of each vendor's organization. `test` marks the
 * deliveries (and their payloads, `"test": true`) as a sandbox's or a ping's.
 */
export async function queueEvent(
  database: Database,
  event: WebhookEvent,
  deliveries: { vendorId: string; payload: unknown }[],
  log: Logger,
  options: { test?: boolean } = {},
) {
  const marked = options.test ? deliveries.map((d) => ({ ...d, payload: { ...(d.payload as object), test: true } })) : deliveries;
  const queued = await enqueueWebhooks(database.db, event, marked, { test: options.test ?? false });
  if (queued > 0) log.info({ event, queued, test: options.test ?? false }, 'webhooks queued');
}

/** The seconds before retry number `attempts` (1, 2, …): base × 2^(attempts − 1), at most six hours. */
export function retryDelaySeconds(attempts: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 2 ** (attempts - 1), 6 * 3600);
}

/** Sends what is due, then again every `webhookPollMs`; returns a function that stops it. */
export function startWebhookWorker(database: Database, settings: ApiSettings, log: Logger): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;

  async function send(delivery: ClaimedDelivery) {
    const body = JSON.stringify(delivery.payload);
    const secrets = delivery.previousSecret === null ? [delivery.secret] : [delivery.secret, delivery.previousSecret];
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'MayViet-Webhooks/1',
      'x-mayviet-event': delivery.event,
      'x-mayviet-delivery': toGlobalId('WebhookDelivery', delivery.id),
      [signatureHeader]: signWebhook(secrets, body, Math.floor(Date.now() / 1000)),
    };
    const { status, error, detail } = await postWebhook(delivery.url, { headers, body }, {
      resolve: settings.webhookLookup,
      allowLocalHttp: settings.webhookAllowLocalHttp,
      timeoutMs: 5000,
    });
    const delivered = error === null;
    const retryInSeconds = delivered || delivery.attempts >= settings.webhookMaxAttempts ? null : retryDelaySeconds(delivery.attempts, settings.webhookRetrySeconds);
    await recordDelivery(database.db, delivery.id, { delivered, status, error, retryInSeconds });
    log[delivered ? 'info' : 'warn']({ delivery: delivery.id, event: delivery.event, attempts: delivery.attempts, status, error, target: detail }, 'webhook sent');
  }

  async function tick() {
    try {
      await expireAttestations(database, 50, log);
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
