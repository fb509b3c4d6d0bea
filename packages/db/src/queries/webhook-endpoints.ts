import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import type { WebhookEvent } from '../schema/enums.ts';
import { list, toDate } from './fragments.ts';
import { rowKeys } from './row-keys.ts';
import { endpointDeletedError } from './webhook-deliveries.ts';

// An organization's webhook endpoints: where its events go, each subscribed to topics, each with its secret.

/** An endpoint as the API shows it: its secrets never leave the database through this row. */
export interface WebhookEndpointRow {
  id: string;
  organizationId: string;
  url: string;
  description: string | null;
  topics: WebhookEvent[];
  secretRotatedAt: Date | null;
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
}

export const webhookEndpointRowKeys = rowKeys<WebhookEndpointRow>()([
  'id',
  'organizationId',
  'url',
  'description',
  'topics',
  'secretRotatedAt',
  'previousSecretExpiresAt',
  'createdAt',
]);

const endpointColumns = sql`e.id, e.organization_id as "organizationId", e.url, e.description, e.topics::text[] as topics,
  e.secret_rotated_at as "secretRotatedAt", e.previous_secret_expires_at as "previousSecretExpiresAt", e.created_at as "createdAt"`;

const endpointDates = (row: WebhookEndpointRow): WebhookEndpointRow => ({
  ...row,
  secretRotatedAt: toDate(row.secretRotatedAt),
  previousSecretExpiresAt: toDate(row.previousSecretExpiresAt),
  createdAt: toDate(row.createdAt)!,
});

const topicArray = (topics: readonly WebhookEvent[]) => sql`array[${list(topics)}]::webhook_event[]`;

/** The organizations' endpoints, oldest first. */
export async function endpointsOfOrganizations(db: Db, organizationIds: readonly string[]): Promise<WebhookEndpointRow[]> {
  if (organizationIds.length === 0) return [];
  const rows = await queryRows<WebhookEndpointRow>(
    db,
    sql`select ${endpointColumns} from webhook_endpoints e where e.organization_id in (${list(organizationIds)}) order by e.created_at, e.id`,
  );
  return rows.map(endpointDates);
}

/** Endpoints by id, whatever their organization (for a delivery's `endpoint`). */
export async function endpointsByIds(db: Db, ids: readonly string[]): Promise<WebhookEndpointRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<WebhookEndpointRow>(db, sql`select ${endpointColumns} from webhook_endpoints e where e.id in (${list(ids)})`);
  return rows.map(endpointDates);
}

/** One of the organization's endpoints; null for another organization's or a missing one. */
export async function endpointOfOrganization(db: Db, organizationId: string, id: string): Promise<WebhookEndpointRow | null> {
  const [row] = await queryRows<WebhookEndpointRow>(
    db,
    sql`select ${endpointColumns} from webhook_endpoints e where e.id = ${id} and e.organization_id = ${organizationId}`,
  );
  return row ? endpointDates(row) : null;
}

/**
 * A new endpoint, unless the organization already has `max` (null then). The organization's row is
 * locked first, so two creations at once cannot both pass the count.
 */
export async function insertEndpoint(
  db: Db,
  endpoint: { organizationId: string; url: string; description: string | null; topics: readonly WebhookEvent[]; secret: string },
  max: number,
): Promise<WebhookEndpointRow | null> {
  await db.execute(sql`select id from organizations where id = ${endpoint.organizationId} for update`);
  const [row] = await queryRows<WebhookEndpointRow>(
    db,
    sql`insert into webhook_endpoints as e (organization_id, url, description, topics, webhook_secret)
        select ${endpoint.organizationId}, ${endpoint.url}, ${endpoint.description}, ${topicArray(endpoint.topics)}, ${endpoint.secret}
        where (select count(*) from webhook_endpoints w where w.organization_id = ${endpoint.organizationId}) < ${max}
        returning ${endpointColumns}`,
  );
  return row ? endpointDates(row) : null;
}

/** Changes the fields given (description null: removed); null when the organization has no such endpoint. */
export async function updateEndpoint(
  db: Db,
  organizationId: string,
  id: string,
  changes: { url?: string; topics?: readonly WebhookEvent[]; description?: string | null },
): Promise<WebhookEndpointRow | null> {
  const sets = [sql`updated_at = now()`];
  if (changes.url !== undefined) sets.push(sql`url = ${changes.url}`);
  if (changes.topics !== undefined) sets.push(sql`topics = ${topicArray(changes.topics)}`);
  if (changes.description !== undefined) sets.push(sql`description = ${changes.description}`);
  const [row] = await queryRows<WebhookEndpointRow>(
    db,
    sql`update webhook_endpoints e set ${sql.join(sets, sql`, `)} where e.id = ${id} and e.organization_id = ${organizationId} returning ${endpointColumns}`,
  );
  return row ? endpointDates(row) : null;
}

/**
 * A new signing secret; the current one keeps signing beside it for `graceHours` (none at 0). Null when
 * the organization has no such endpoint.
 */
export async function rotateEndpointSecret(db: Db, organizationId: string, id: string, secret: string, graceHours: number): Promise<WebhookEndpointRow | null> {
  const [row] = await queryRows<WebhookEndpointRow>(
    db,
    sql`update webhook_endpoints e set
          previous_webhook_secret = ${graceHours > 0 ? sql`e.webhook_secret` : sql`null`},
          previous_secret_expires_at = ${graceHours > 0 ? sql`now() + make_interval(hours => ${graceHours})` : sql`null`},
          webhook_secret = ${secret}, secret_rotated_at = now(), updated_at = now()
        where e.id = ${id} and e.organization_id = ${organizationId} returning ${endpointColumns}`,
  );
  return row ? endpointDates(row) : null;
}

/** Deletes endpoints of the organization (all when `ids` is null); their pending deliveries are marked failed. Returns the ids deleted. */
export async function deleteEndpoints(db: Db, organizationId: string, ids: readonly string[] | null): Promise<string[]> {
  const which = ids === null ? sql`` : ids.length === 0 ? sql`and false` : sql`and e.id in (${list(ids)})`;
  await db.execute(
    sql`update webhook_deliveries d set failed_at = now(), next_attempt_at = null, last_error = ${endpointDeletedError}
        where d.delivered_at is null and d.failed_at is null
          and d.endpoint_id in (select e.id from webhook_endpoints e where e.organization_id = ${organizationId} ${which})`,
  );
  const rows = await queryRows<{ id: string }>(db, sql`delete from webhook_endpoints e where e.organization_id = ${organizationId} ${which} returning e.id`);
  return rows.map((row) => row.id);
}
