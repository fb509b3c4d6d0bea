import { searchAuditEvents, type AuditEventRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { pageSize } from '../../graphql/cursor.ts';
import { badUserInput } from '../../graphql/errors.ts';
import { requirePartner, unauthenticated } from '../accounts/actor.ts';

interface AuditArgs {
  filter?: { targetType?: string | null; targetId?: string | null; actorId?: string | null; action?: string | null; from?: Date | null; to?: Date | null } | null;
  first?: number | null;
  before?: string | null;
}

async function auditEvents(ctx: Context, args: AuditArgs) {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const staff = ctx.actor.kind === 'user' && ctx.actor.user.staff;
  const organizationId = staff ? null : requirePartner(ctx.actor, 'listings:read').organizationId;
  if (args.before && !/^\d{1,18}$/.test(args.before)) throw badUserInput('`before` must be an audit event id.', { argument: 'before' });
  const first = pageSize(args.first);
  const rows = await searchAuditEvents(ctx.database.db, { ...args.filter, organizationId, beforeId: args.before ?? null, first: first + 1 });
  const events = rows.slice(0, first);
  return { events, nextBefore: rows.length > first ? events.at(-1)!.id : null };
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export const curationResolvers = {
  Query: {
    auditEvents: (_: unknown, args: AuditArgs, ctx: Context) => auditEvents(ctx, args),
  },
  AuditEvent: {
    before: (row: AuditEventRow) => json(row.before),
    after: (row: AuditEventRow) => json(row.after),
  },
};
