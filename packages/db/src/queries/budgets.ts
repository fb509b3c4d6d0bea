import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';

export interface BudgetRule {
  /** the most points a client can hold */
  capacity: number;
  /** points given back per second, up to the capacity */
  restorePerSecond: number;
}

export interface BudgetTake {
  granted: boolean;
  /** points left after this request */
  available: number;
}

/**
 * Takes `cost` points from a client's budget if it holds that many, in one atomic statement: the
 * budget first refills at the restore rate for the time since it was last touched (a client never
 * seen holds the full capacity). A refused request takes nothing. Concurrent requests of one client,
 * on any instance, queue on the row's lock and each sees what the previous one left.
 */
export async function takeFromBudget(db: Db, subject: string, cost: number, rule: BudgetRule): Promise<BudgetTake> {
  const refilled = sql`least(${rule.capacity}::float8, api_budgets.available + greatest(0, extract(epoch from now() - api_budgets.updated_at)::float8) * ${rule.restorePerSecond}::float8)`;
  const [row] = await queryRows<{ available: number; lastCharge: number }>(
    db,
    sql`insert into api_budgets (subject, available, updated_at, last_charge)
        values (
          ${subject},
          case when ${rule.capacity}::float8 >= ${cost}::float8 then ${rule.capacity}::float8 - ${cost}::float8 else ${rule.capacity}::float8 end,
          now(),
          case when ${rule.capacity}::float8 >= ${cost}::float8 then ${cost}::float8 else 0 end
        )
        on conflict (subject) do update set
          available = case when ${refilled} >= ${cost}::float8 then ${refilled} - ${cost}::float8 else ${refilled} end,
          last_charge = case when ${refilled} >= ${cost}::float8 then ${cost}::float8 else 0 end,
          updated_at = greatest(api_budgets.updated_at, now())
        returning available, last_charge as "lastCharge"`,
  );
  return { granted: Number(row!.lastCharge) > 0, available: Number(row!.available) };
}

/**
 * Takes what API instances spent on their own since they last settled (see the API's budget.ts), from
 * several clients' budgets in one statement, whatever each holds: a budget spent on several instances at
 * once may go below zero, and its client then waits until it has paid that back. Returns each budget's
 * points left.
 */
export async function chargeBudgets(db: Db, spent: { subject: string; points: number }[], rule: BudgetRule): Promise<Map<string, number>> {
  if (spent.length === 0) return new Map();
  const refilled = sql`least(${rule.capacity}::float8, api_budgets.available + greatest(0, extract(epoch from now() - api_budgets.updated_at)::float8) * ${rule.restorePerSecond}::float8)`;
  const rows = await queryRows<{ subject: string; available: number }>(
    db,
    sql`insert into api_budgets (subject, available, updated_at, last_charge)
        select s.subject, ${rule.capacity}::float8 - s.points, now(), s.points
        from json_to_recordset(${JSON.stringify(spent)}::json) as s(subject text, points float8)
        on conflict (subject) do update set
          available = ${refilled} - excluded.last_charge,
          last_charge = excluded.last_charge,
          updated_at = greatest(api_budgets.updated_at, now())
        returning subject, available`,
  );
  return new Map(rows.map((row) => [row.subject, Number(row.available)]));
}

/** Forgets budgets that have refilled completely: a client without a row holds the full capacity anyway. */
export async function forgetFullBudgets(db: Db, rule: BudgetRule): Promise<void> {
  await db.execute(
    sql`delete from api_budgets where updated_at < now() - make_interval(secs => ${rule.capacity / rule.restorePerSecond}::float8)`,
  );
}
