import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import { list, listingColumns, listingDates } from '../fragments.ts';
import { rowKeys } from '../row-keys.ts';
import type { ListingRow } from './reads.ts';

// A partner's own identifiers (externalId) of its listings and plans: unique within the organization and its
// sandbox (a TEST key's listings are another namespace). The database keeps a listing's unique per vendor and
// sandbox and a plan's unique per listing; a plan's across the organization's listings is checked here.

/** A plan's externalId as another listing of the organization already uses it. */
export interface PlanExternalIdOwnerRow {
  externalId: string;
  offeringId: string;
}

export const planExternalIdOwnerRowKeys = rowKeys<PlanExternalIdOwnerRow>()(['externalId', 'offeringId']);

const sameSandbox = (sandboxKeyId: string | null) => sql`o.sandbox_key_id is not distinct from ${sandboxKeyId}::uuid`;

/**
 * Holds, until the transaction ends, the organization's right to give out external ids, so that a check
 * followed by a write is never raced by another request doing the same.
 */
export async function lockExternalIds(db: Db, vendorId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`external-ids:${vendorId}`}))`);
}

/** The organization's listings (in this sandbox) with these externalIds, any status; `lock` holds the rows. */
export async function listingsByExternalIds(
  db: Db,
  vendorId: string,
  sandboxKeyId: string | null,
  externalIds: readonly string[],
  options: { lock?: boolean } = {},
): Promise<ListingRow[]> {
  if (externalIds.length === 0) return [];
  const rows = await queryRows<ListingRow>(
    db,
    sql`select ${listingColumns} from offerings o
        where o.vendor_id = ${vendorId} and ${sameSandbox(sandboxKeyId)} and o.external_id in (${list(externalIds)})
        ${options.lock ? sql`for update` : sql``}`,
  );
  return rows.map(listingDates);
}

/**
 * Which of these plan externalIds a listing of the organization (in this sandbox) other than
 * `exceptOfferingId` already uses: on a current plan, or on a plan of its pending edit.
 */
export async function planExternalIdOwners(
  db: Db,
  vendorId: string,
  sandboxKeyId: string | null,
  externalIds: readonly string[],
  exceptOfferingId: string | null,
): Promise<PlanExternalIdOwnerRow[]> {
  if (externalIds.length === 0) return [];
  const others = sql`o.vendor_id = ${vendorId} and ${sameSandbox(sandboxKeyId)}
    ${exceptOfferingId ? sql`and o.id <> ${exceptOfferingId}::uuid` : sql``}`;
  return queryRows<PlanExternalIdOwnerRow>(
    db,
    sql`select p.external_id as "externalId", p.offering_id as "offeringId"
          from plans p join offerings o on o.id = p.offering_id
         where ${others} and p.retired_at is null and p.external_id in (${list(externalIds)})
        union
        select e.value ->> 'externalId', r.offering_id
          from offering_revisions r join offerings o on o.id = r.offering_id
               cross join lateral jsonb_array_elements(r.content -> 'plans') as e(value)
         where ${others} and r.status in ('DRAFT', 'IN_REVIEW', 'REJECTED') and e.value ->> 'externalId' in (${list(externalIds)})`,
  );
}

/** Whether another listing of the organization (in this sandbox) than `exceptOfferingId` has a plan with this externalId. */
export async function planExternalIdTaken(
  db: Db,
  vendorId: string,
  sandboxKeyId: string | null,
  externalId: string,
  exceptOfferingId: string | null,
): Promise<boolean> {
  return (await planExternalIdOwners(db, vendorId, sandboxKeyId, [externalId], exceptOfferingId)).length > 0;
}

/** Plans' externalIds by plan id; a plan without one is left out. */
export async function planExternalIdsByIds(db: Db, planIds: readonly string[]): Promise<Map<string, string>> {
  if (planIds.length === 0) return new Map();
  const rows = await queryRows<{ id: string; externalId: string }>(
    db,
    sql`select p.id, p.external_id as "externalId" from plans p where p.id in (${list(planIds)}) and p.external_id is not null`,
  );
  return new Map(rows.map((row) => [row.id, row.externalId]));
}

/** Gives a listing its externalId (null removes it); check it is free under lockExternalIds first. */
export async function setListingExternalId(db: Db, offeringId: string, externalId: string | null): Promise<void> {
  await db.execute(sql`update offerings set external_id = ${externalId} where id = ${offeringId}`);
}
