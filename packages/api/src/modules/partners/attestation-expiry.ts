import { enqueueWebhooks, expireDueAttestations, type AttestationEventFacts, type Database, type Db } from '@mayviet/db';
import type { Logger } from 'pino';
import { attestationPayload } from './payloads.ts';

// Nothing else stores EXPIRED: the webhook worker's tick moves verified attestations past their validity
// to EXPIRED, a few at a time, and tells their organizations in the same transaction.

/** Queues ATTESTATION_EXPIRED for attestations the worker just moved to EXPIRED, on the same transaction. */
async function queueAttestationsExpired(db: Db, expired: AttestationEventFacts[]): Promise<number> {
  const expiredAt = new Date().toISOString();
  return enqueueWebhooks(
    db,
    'ATTESTATION_EXPIRED',
    expired.map((attestation) => ({
      vendorId: attestation.vendorId,
      payload: { event: 'ATTESTATION_EXPIRED', attestation: attestationPayload(attestation), expiredAt },
    })),
  );
}

/** Expires up to `limit` attestations past their validity and queues ATTESTATION_EXPIRED for each, atomically. */
export async function expireAttestations(database: Database, limit: number, log: Logger): Promise<void> {
  const expired = await database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const rows = await expireDueAttestations(db, limit);
    await queueAttestationsExpired(db, rows);
    return rows;
  });
  if (expired.length > 0) log.info({ expired: expired.map((row) => row.id) }, 'attestations expired');
}
