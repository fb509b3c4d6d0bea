import { accountStackPage, addAccountStacks, countAccountStacks, forgetAccountStack } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { listConnection, type Connection } from '../../graphql/connections.ts';
import { fromGlobalId } from '../../graphql/ids.ts';
import { userError, type UserError } from '../../graphql/user-errors.ts';
import type { SavedStack } from '../stacks/model.ts';
import { requireSignedIn } from './actor.ts';

// The stacks a signed-in buyer keeps in the account. A stack stays shared by its link: the account holds
// a list of them, never the stacks themselves.

export const maxClaimedStacks = 100;

/** saveStack by a signed-in person: the stack goes into the account's list too. */
export async function keepSavedStack(ctx: Context, stackId: string): Promise<void> {
  if (ctx.actor.kind !== 'user') return;
  await addAccountStacks(ctx.database.db, ctx.actor.user.id, [stackId]);
}

async function loadStacks(ctx: Context, ids: readonly string[]): Promise<SavedStack[]> {
  const loaded = await ctx.loaders.stacks.stack.loadMany(ids);
  return loaded.filter((stack): stack is SavedStack => stack !== null && !(stack instanceof Error));
}

const accountStackSort = 'ACCOUNT_STACKS';

/** myStacks: the account's stacks, newest first. */
export function myStacks(ctx: Context, args: { first?: number | null; after?: string | null }): Connection<SavedStack> {
  const user = requireSignedIn(ctx.actor);
  return listConnection({
    sort: accountStackSort,
    keyTypes: ['timestamptz', 'uuid'],
    args,
    read: (limit, after) => accountStackPage(ctx.database.db, user.id, limit, after && { addedAt: after[0]!, stackId: after[1]! }),
    keys: (row) => [row.position, row.stackId],
    nodes: async (rows) => {
      const stacks = new Map((await loadStacks(ctx, rows.map((row) => row.stackId))).map((stack) => [stack.row.id, stack]));
      return rows.map((row) => stacks.get(row.stackId)!);
    },
    count: () => countAccountStacks(ctx.database.db, user.id),
  });
}

/** claimStacks: keeps stacks saved before signing in; ids of no stack are left out. */
export async function claimStacks(ctx: Context, input: { ids: readonly string[] }): Promise<{ stacks: SavedStack[]; userErrors: UserError[] }> {
  const user = requireSignedIn(ctx.actor);
  if (input.ids.length > maxClaimedStacks) {
    return { stacks: [], userErrors: [userError(['input', 'ids'], 'TOO_MANY', `Claim at most ${maxClaimedStacks} stacks at once; got ${input.ids.length}.`)] };
  }
  const ids = [
    ...new Set(
      input.ids
        .map((id) => fromGlobalId(id))
        .filter((parsed) => parsed?.type === 'Stack')
        .map((parsed) => parsed!.id),
    ),
  ];
  const found = new Set(await addAccountStacks(ctx.database.db, user.id, ids));
  const kept = ids.filter((id) => found.has(id));
  ctx.log.info({ userId: user.id, asked: input.ids.length, claimed: kept.length }, 'stacks claimed');
  return { stacks: await loadStacks(ctx, kept), userErrors: [] };
}

/** forgetStack: takes a stack out of the account's list. */
export async function forgetStack(ctx: Context, input: { id: string }): Promise<{ forgotten: boolean; userErrors: UserError[] }> {
  const user = requireSignedIn(ctx.actor);
  const parsed = fromGlobalId(input.id);
  const forgotten = parsed?.type === 'Stack' && (await forgetAccountStack(ctx.database.db, user.id, parsed.id));
  if (!forgotten) return { forgotten: false, userErrors: [userError(['input', 'id'], 'NOT_FOUND', 'Your account holds no stack with this id.')] };
  return { forgotten: true, userErrors: [] };
}
