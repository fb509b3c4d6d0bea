import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import { list } from '../fragments.ts';

// The stacks a buyer keeps in the account (account_stacks): the stacks themselves stay shared by link.

/** Adds the stacks of these ids that exist to the account (those already in it stay as they were); returns the ids found. */
export async function addAccountStacks(db: Db, userId: string, stackIds: readonly string[]): Promise<string[]> {
  if (stackIds.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with found as (select s.id from stacks s where s.id in (${list(stackIds)})),
        added as (
          insert into account_stacks (user_id, stack_id) select ${userId}, f.id from found f
          on conflict (user_id, stack_id) do nothing
        )
        select id from found`,
  );
  return rows.map((row) => row.id);
}

/** A page of the account's stacks, newest first, after an (addedAt, stackId) keyset position. */
export async function accountStackPage(
  db: Db,
  userId: string,
  limit: number,
  after: { addedAt: string; stackId: string } | null,
): Promise<{ stackId: string; position: string }[]> {
  return queryRows<{ stackId: string; position: string }>(
    db,
    sql`select a.stack_id as "stackId", a.added_at::text as position from account_stacks a where a.user_id = ${userId}
          ${after ? sql`and (a.added_at < ${after.addedAt}::timestamptz or (a.added_at = ${after.addedAt}::timestamptz and a.stack_id > ${after.stackId}::uuid))` : sql``}
        order by a.added_at desc, a.stack_id limit ${limit}`,
  );
}

export async function countAccountStacks(db: Db, userId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from account_stacks a where a.user_id = ${userId}`);
  return row!.n;
}

/** Takes a stack out of the account's list; false when it was not in it. */
export async function forgetAccountStack(db: Db, userId: string, stackId: string): Promise<boolean> {
  const rows = await queryRows<{ stackId: string }>(
    db,
    sql`delete from account_stacks where user_id = ${userId} and stack_id = ${stackId} returning stack_id as "stackId"`,
  );
  return rows.length > 0;
}
