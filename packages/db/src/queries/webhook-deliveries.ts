import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import type { WebhookEvent } from '../schema/enums.ts';
import { list, toDate } from './fragments.ts';
import { rowKeys } from './row-keys.ts';

// The webhook POSTs owed to organizations: queued once per subscribed endpoint, claimed by any instance.

export interface WebhookDeliveryRow {
  id: string;
  organizationId: string;
  event: WebhookEvent;
  payload: unknown;
  url: string;
  attempts: number;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  failedAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  /** null once its endpoint was deleted */
  endpointId: string | null;
  test: boolean;
  redeliveryOfId: string | null;
}

export const webhookDeliveryRowKeys = rowKeys<WebhookDeliveryRow>()([
  'id',
  'organizationId',
  'event',
  'payload',
  'url',
  'attempts',
  'nextAttemptAt',
  'deliveredAt',
  'failedAt',
  'lastStatus',
  'lastError',
  'createdAt',
  'endpointId',
  'test',
  'redeliveryOfId',
]);

const deliveryColumns = sql`d.id, d.organization_id as "organizationId", d.event, d.payload, d.url, d.attempts,
  d.next_attempt_at as "nextAttemptAt", d.delivered_at as "deliveredAt", d.failed_at as "failedAt",
  d.last_status as "lastStatus", d.last_error as "lastError", d.created_at as "createdAt",
  d.endpoint_id as "endpointId", d.test, d.redelivery_of_id as "redeliveryOfId"`;

const deliveryDates = <T extends WebhookDeliveryRow>(row: T): T => ({
  ...row,
  nextAttemptAt: toDate(row.nextAttemptAt),
  deliveredAt: toDate(row.deliveredAt),
  failedAt: toDate(row.failedAt),
  createdAt: toDate(row.createdAt)!,
});

/** What the worker says of a delivery whose endpoint was deleted before it could be sent. */
export const endpointDeletedError = 'Not sent: its webhook endpoint was deleted.';

/**
 * Queues an event once per endpoint of these vendors' organizations subscribed to it; a suspended
 * organization gets nothing but the news of its suspension. Returns how many deliveries were queued.
 */
export async function enqueueWebhooks(
  db: Db,
  event: WebhookEvent,
  deliveries: { vendorId: string; payload: unknown }[],
  options: { test?: boolean } = {},
): Promise<number> {
  if (deliveries.length === 0) return 0;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`insert into webhook_deliveries (organization_id, endpoint_id, event, payload, url, test)
        select o.id, e.id, ${event}, x.payload, e.url, ${options.test ?? false}
        from (values ${sql.join(
          deliveries.map((d) => sql`(${d.vendorId}::uuid, ${JSON.stringify(d.payload)}::jsonb)`),
          sql`, `,
        )}) as x(vendor_id, payload)
        join organizations o on o.vendor_id = x.vendor_id
        join webhook_endpoints e on e.organization_id = o.id
        where ${event}::webhook_event = any(e.topics)
          and (o.suspended_at is null or ${event}::webhook_event = 'ORGANIZATION_SUSPENDED')
        returning id`,
  );
  return rows.length;
}

/** Queues one delivery to one endpoint of the organization (a ping, a redelivery); null when it has no such endpoint. */
export async function insertDelivery(
  db: Db,
  delivery: { organizationId: string; endpointId: string; event: WebhookEvent; payload: unknown; test: boolean; redeliveryOfId: string | null },
): Promise<WebhookDeliveryRow | null> {
  const [row] = await queryRows<WebhookDeliveryRow>(
    db,
    sql`insert into webhook_deliveries as d (organization_id, endpoint_id, event, payload, url, test, redelivery_of_id)
        select e.organization_id, e.id, ${delivery.event}, ${JSON.stringify(delivery.payload)}::jsonb, e.url, ${delivery.test}, ${delivery.redeliveryOfId}
        from webhook_endpoints e where e.id = ${delivery.endpointId} and e.organization_id = ${delivery.organizationId}
        returning ${deliveryColumns}`,
  );
  return row ? deliveryDates(row) : null;
}

/** One of the organization's deliveries; null for another organization's or a missing one. */
export async function deliveryOfOrganization(db: Db, organizationId: string, id: string): Promise<WebhookDeliveryRow | null> {
  const [row] = await queryRows<WebhookDeliveryRow>(
    db,
    sql`select ${deliveryColumns} from webhook_deliveries d where d.id = ${id} and d.organization_id = ${organizationId}`,
  );
  return row ? deliveryDates(row) : null;
}

/** Deliveries by id, for `redeliveryOf` (the caller already holds one of the organization's). */
export async function deliveriesByIds(db: Db, ids: readonly string[]): Promise<WebhookDeliveryRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<WebhookDeliveryRow>(db, sql`select ${deliveryColumns} from webhook_deliveries d where d.id in (${list(ids)})`);
  return rows.map(deliveryDates);
}

export type ClaimedDelivery = WebhookDeliveryRow & { secret: string; previousSecret: string | null };

/**
 * Claims deliveries that are due, leasing them for `leaseSeconds` so another instance does not send them
 * at the same time; each claim counts as an attempt. Each goes to its endpoint's current URL, signed with
 * its current secret and, during a rotation's grace period, its previous one. Due deliveries whose
 * endpoint was deleted are marked failed instead.
 */
export async function claimDueDeliveries(db: Db, limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
  await db.execute(
    sql`update webhook_deliveries set failed_at = now(), next_attempt_at = null, last_error = ${endpointDeletedError}
        where endpoint_id is null and delivered_at is null and failed_at is null and next_attempt_at <= now()`,
  );
  const rows = await queryRows<ClaimedDelivery>(
    db,
    sql`with due as (
          select id from webhook_deliveries
          where delivered_at is null and failed_at is null and next_attempt_at <= now()
          order by next_attempt_at limit ${limit} for update skip locked
        )
        update webhook_deliveries d
           set attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => ${leaseSeconds}), url = e.url
          from due, webhook_endpoints e where d.id = due.id and e.id = d.endpoint_id
        returning ${deliveryColumns}, e.webhook_secret as secret,
          case when e.previous_secret_expires_at > now() then e.previous_webhook_secret end as "previousSecret"`,
  );
  return rows.map(deliveryDates);
}

export async function recordDelivery(
  db: Db,
  id: string,
  outcome: { delivered: boolean; status: number | null; error: string | null; retryInSeconds: number | null },
): Promise<void> {
  await db.execute(
    sql`update webhook_deliveries set
          last_status = ${outcome.status}, last_error = ${outcome.error},
          delivered_at = ${outcome.delivered ? sql`now()` : sql`null`},
          failed_at = ${!outcome.delivered && outcome.retryInSeconds === null ? sql`now()` : sql`null`},
          next_attempt_at = ${outcome.retryInSeconds === null ? sql`null` : sql`now() + make_interval(secs => ${outcome.retryInSeconds})`}
        where id = ${id}`,
  );
}

/** Which deliveries a page reads: the organization's, or one endpoint's of it. */
const deliveriesOf = (organizationId: string, endpointId: string | null) =>
  sql`d.organization_id = ${organizationId} ${endpointId === null ? sql`` : sql`and d.endpoint_id = ${endpointId}`}`;

/** A page of an organization's (or one endpoint's) deliveries, newest first, after a (createdAt, id) keyset position. */
export async function deliveryPage(
  db: Db,
  organizationId: string,
  page: { first: number; after: { createdAt: string; id: string } | null; endpointId?: string | null },
): Promise<(WebhookDeliveryRow & { position: string })[]> {
  const rows = await queryRows<WebhookDeliveryRow & { position: string }>(
    db,
    sql`select ${deliveryColumns}, d.created_at::text as position from webhook_deliveries d where ${deliveriesOf(organizationId, page.endpointId ?? null)}
          ${page.after ? sql`and (d.created_at, d.id) < (${page.after.createdAt}::timestamptz, ${page.after.id}::uuid)` : sql``}
        order by d.created_at desc, d.id desc limit ${page.first}`,
  );
  return rows.map(deliveryDates);
}

export async function countDeliveries(db: Db, organizationId: string, endpointId: string | null = null): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from webhook_deliveries d where ${deliveriesOf(organizationId, endpointId)}`);
  return row!.n;
}

/**
 * An organization's deliveries, newest first; with `beforeId`, only those older than that delivery of the
 * organization's (null when it is not one of them).
 */
export async function deliveriesOfOrganization(
  db: Db,
  organizationId: string,
  first: number,
  beforeId: string | null = null,
): Promise<WebhookDeliveryRow[] | null> {
  if (beforeId !== null) {
    const known = await queryRows<{ id: string }>(
      db,
      sql`select id from webhook_deliveries where id = ${beforeId} and organization_id = ${organizationId}`,
    );
    if (known.length === 0) return null;
  }
  const older = beforeId
    ? sql`and (d.created_at, d.id) < (select b.created_at, b.id from webhook_deliveries b where b.id = ${beforeId})`
    : sql``;
  const rows = await queryRows<WebhookDeliveryRow>(
    db,
    sql`select ${deliveryColumns} from webhook_deliveries d where d.organization_id = ${organizationId} ${older}
        order by d.created_at desc, d.id desc limit ${first}`,
  );
  return rows.map(deliveryDates);
}
