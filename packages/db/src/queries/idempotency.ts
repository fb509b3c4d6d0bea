import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import { rowKeys } from './row-keys.ts';

/** An idempotency key's row as a request finds it when it tries to claim the key. */
export interface IdempotencyKeyRow {
  /** whether this call claimed the key (new, expired, or left by a request whose lease ran out): it runs the request */
  claimed: boolean;
  /** sha-256 of the request and its caller (see http/idempotency.ts) */
  requestHash: string;
  /** the stored answer's status, null while a request holds the key */
  responseStatus: number | null;
  responseBody: string | null;
  /**
   * The lease of the request holding the key, as PostgreSQL wrote it (microseconds kept): the claim's token,
   * with which its holder stores the answer or releases the key. Null once the answer is stored.
   */
  lease: string | null;
}

export const idempotencyKeyRowKeys = rowKeys<IdempotencyKeyRow>()(['claimed', 'requestHash', 'responseStatus', 'responseBody', 'lease']);

export interface IdempotencyClaim {
  organizationId: string;
  key: string;
  requestHash: string;
  /** how long the claim holds the key at most: a request still running after it is presumed dead */
  leaseSeconds: number;
  /** how long the answer is kept */
  keepSeconds: number;
}

/** How many expired keys (of any organization) a claim removes on its way. */
const purgedPerClaim = 100;

const columns = sql`request_hash as "requestHash", response_status as "responseStatus", response_body as "responseBody", locked_until::text as lease`;

/**
 * Claims an idempotency key for a request, in one statement shared safely by every API instance: a key not
 * yet used, one past its expiry, or one whose holder's lease ran out without an answer (a crashed instance)
 * is claimed; otherwise the row as it stands is returned (claimed false), or null when it went away meanwhile
 * (its holder released it: claim again). On its way it removes up to 100 expired keys of any organization.
 */
export async function claimIdempotencyKey(db: Db, claim: IdempotencyClaim): Promise<IdempotencyKeyRow | null> {
  const { organizationId, key, requestHash, leaseSeconds, keepSeconds } = claim;
  const [claimed] = await queryRows<IdempotencyKeyRow>(
    db,
    sql`with purged as (
          delete from idempotency_keys
          where (organization_id, key) in (
            select organization_id, key from idempotency_keys
            where expires_at <= now() and not (organization_id = ${organizationId} and key = ${key})
            limit ${purgedPerClaim} for update skip locked
          )
        )
        insert into idempotency_keys as k (organization_id, key, request_hash, locked_until, expires_at)
        values (${organizationId}, ${key}, ${requestHash}, now() + make_interval(secs => ${leaseSeconds}), now() + make_interval(secs => ${keepSeconds}))
        on conflict (organization_id, key) do update
          set request_hash = excluded.request_hash, response_status = null, response_body = null,
              locked_until = excluded.locked_until, created_at = now(), expires_at = excluded.expires_at
          where k.expires_at <= now()
             or (k.response_status is null and k.locked_until <= now() and k.request_hash = excluded.request_hash)
        returning true as claimed, ${columns}`,
  );
  if (claimed) return claimed;
  const [held] = await queryRows<IdempotencyKeyRow>(
    db,
    sql`select false as claimed, ${columns} from idempotency_keys where organization_id = ${organizationId} and key = ${key}`,
  );
  return held ?? null;
}

/** Stores the answer of the request holding `lease`; false when it no longer holds the key (its lease ran out and another took it). */
export async function storeIdempotentAnswer(
  db: Db,
  answer: { organizationId: string; key: string; lease: string; status: number; body: string },
): Promise<boolean> {
  const rows = await queryRows<{ stored: boolean }>(
    db,
    sql`update idempotency_keys set response_status = ${answer.status}, response_body = ${answer.body}, locked_until = null
        where organization_id = ${answer.organizationId} and key = ${answer.key} and locked_until = ${answer.lease}::timestamptz
        returning true as stored`,
  );
  return rows.length > 0;
}

/** Frees the key the request holding `lease` claimed, its request not done: a retry runs again. */
export async function releaseIdempotencyKey(db: Db, claim: { organizationId: string; key: string; lease: string }): Promise<void> {
  await db.execute(
    sql`delete from idempotency_keys
        where organization_id = ${claim.organizationId} and key = ${claim.key} and response_status is null and locked_until = ${claim.lease}::timestamptz`,
  );
}
