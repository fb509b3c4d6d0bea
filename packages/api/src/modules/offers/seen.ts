import { markSharesSeen, type Db } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { afterReads } from '../../http/request-database.ts';
import { auditActor } from '../../http/request-context.ts';
import { requirePartner } from '../accounts/actor.ts';

// A vendor's share is SEEN once the vendor reads it: its inbox, the share by id, marking it handled,
// making an offer. A query reads a read-only snapshot, so the stamp is written after it (afterReads), in
// its own small transaction naming the caller for the audit trail.

/** Stamps seen_at on the shares of the caller's own vendor it just read that were not seen yet. */
export async function stampSeen(ctx: Context, shares: readonly { id: string; vendorId: string; seenAt: Date | null }[]): Promise<void> {
  if (ctx.actor.kind === 'anonymous' || (ctx.actor.kind === 'user' && ctx.actor.user.staff)) return;
  let vendorId: string;
  try {
    vendorId = requirePartner(ctx.actor, 'quotes:read').vendorId;
  } catch {
    return;
  }
  const unseen = shares.filter((share) => share.seenAt === null && share.vendorId === vendorId).map((share) => share.id);
  if (unseen.length === 0) return;
  const actor = JSON.stringify(auditActor(ctx));
  await afterReads(ctx.database.db, async (db: Db) => {
    try {
      await db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('mayviet.actor', ${actor}, true)`);
        await markSharesSeen(tx as unknown as Db, vendorId, unseen);
      });
    } catch (error) {
      ctx.log.warn({ err: error, shares: unseen.length }, 'quote requests not stamped seen');
    }
  });
}
