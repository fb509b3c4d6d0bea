import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import { planForValues, toDate } from './fragments.ts';
import { rowKeys } from './row-keys.ts';

export interface AuditEventRow {
  id: string;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  /** the user's name or the API key's name as they are now; null for anonymous callers, the system and deleted actors */
  actorName: string | null;
  organizationId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export const auditEventRowKeys = rowKeys<AuditEventRow>()([
  'id',
  'occurredAt',
  'actorType',
  'actorId',
  'actorName',
  'organizationId',
  'action',
  'targetType',
  'targetId',
  'before',
  'after',
  'requestId',
]);

export interface AuditSearch {
  /** only events of this organization's rows, or of its actors' writes to rows of no organization (partners); null for staff, who see all */
  organizationId: string | null;
  targetType?: string | null;
  targetId?: string | null;
  actorId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** keyset: events older than this id */
  beforeId?: string | null;
  first: number;
}

/** Audit events, newest first. */
export async function searchAuditEvents(db: Db, search: AuditSearch): Promise<AuditEventRow[]> {
  const conditions = [
    // A partner's own rows, and what its members and keys wrote that belongs to no organization (a stack,
    // a quote request they made as a buyer) — never another organization's rows, even written by its
    // own actors: the parts and webhook deliveries of competitors its request reached.
    search.organizationId
      ? sql`(e.organization_id = ${search.organizationId} or (e.organization_id is null and e.actor_organization_id = ${search.organizationId}))`
      : null,
    search.targetType ? sql`e.target_type = ${search.targetType}` : null,
    search.targetId ? sql`e.target_id = ${search.targetId}` : null,
    search.actorId ? sql`e.actor_id = ${search.actorId}` : null,
    search.action ? sql`e.action = ${search.action}` : null,
    search.from ? sql`e.occurred_at >= ${search.from.toISOString()}::timestamptz` : null,
    search.to ? sql`e.occurred_at < ${search.to.toISOString()}::timestamptz` : null,
    search.beforeId ? sql`e.id < ${search.beforeId}::bigint` : null,
  ].filter((condition) => condition !== null);
  const rows = await queryRows<AuditEventRow>(
    db,
    sql`${planForValues}select e.id::text as id, e.occurred_at as "occurredAt", e.actor_type as "actorType", e.actor_id as "actorId",
          case when e.actor_type in ('USER', 'STAFF') then (select u.name from users u where u.id = e.actor_id::uuid)
               when e.actor_type = 'API_KEY' then (select k.name from api_keys k where k.prefix = e.actor_id) end as "actorName",
          e.organization_id as "organizationId", e.action, e.target_type as "targetType", e.target_id as "targetId",
          e.before, e.after, e.request_id as "requestId"
        from audit_events e
        ${conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``}
        order by e.id desc limit ${search.first}`,
  );
  return rows.map((row) => ({ ...row, occurredAt: toDate(row.occurredAt)! }));
}
