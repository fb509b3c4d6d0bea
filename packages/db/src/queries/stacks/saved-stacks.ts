import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import { list, toDate } from '../fragments.ts';
import { rowKeys } from '../row-keys.ts';

// Saved stacks: a customer's plans and quantities, with the prices they were saved at.

export interface StackRow {
  id: string;
  name: string;
  contentHash: string;
  /** the catalogue search it was built from, as the API stored it; null when none */
  catalogSearch: unknown;
  createdAt: Date;
}

export const stackRowKeys = rowKeys<StackRow>()(['id', 'name', 'contentHash', 'catalogSearch', 'createdAt']);

export interface StackItemRow {
  stackId: string;
  position: number;
  planId: string;
  quantity: number;
  /** whole VND per unit per month when the stack was saved */
  savedMonthlyPrice: string;
  /** whole VND per unit, paid once, when the stack was saved (0 for a recurring plan) */
  savedOneTimePrice: string;
  /** lines sharing a group run redundantly; null: the line runs alone */
  redundancyGroup: string | null;
}

export const stackItemRowKeys = rowKeys<StackItemRow>()(['stackId', 'position', 'planId', 'quantity', 'savedMonthlyPrice', 'savedOneTimePrice', 'redundancyGroup']);

export interface NewStack {
  name: string;
  idempotencyKey: string | null;
  contentHash: string;
  /** the catalogue search it was built from (stored as JSON); absent or null when none */
  catalogSearch?: object | null;
  items: { planId: string; quantity: number; savedMonthlyPrice: string; savedOneTimePrice: string; redundancyGroup: string | null }[];
}

const stackColumns = sql`s.id, s.name, s.content_hash as "contentHash", s.catalog_search as "catalogSearch", s.created_at as "createdAt"`;

function withCreatedAt<T extends { createdAt: Date }>(row: T): T {
  return { ...row, createdAt: toDate(row.createdAt)! };
}

export async function stacksByIds(db: Db, ids: readonly string[]): Promise<StackRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<StackRow>(db, sql`select ${stackColumns} from stacks s where s.id in (${list(ids)})`);
  return rows.map(withCreatedAt);
}

export async function stackByIdempotencyKey(db: Db, key: string): Promise<StackRow | null> {
  const rows = await queryRows<StackRow>(db, sql`select ${stackColumns} from stacks s where s.idempotency_key = ${key}`);
  return rows[0] ? withCreatedAt(rows[0]) : null;
}

export async function stackItemsByStackIds(db: Db, stackIds: readonly string[]): Promise<StackItemRow[]> {
  if (stackIds.length === 0) return [];
  return queryRows<StackItemRow>(
    db,
    sql`select i.stack_id as "stackId", i.position, i.plan_id as "planId", i.quantity,
          i.saved_monthly_price::text as "savedMonthlyPrice", i.saved_one_time_price::text as "savedOneTimePrice",
          i.redundancy_group as "redundancyGroup"
        from stack_items i where i.stack_id in (${list(stackIds)}) order by i.stack_id, i.position`,
  );
}

/**
 * Stores a stack and its lines in one transaction. With an idempotency key already used, stores nothing
 * and returns the stack saved under it (the caller compares content hashes).
 */
export async function insertStack(db: Db, stack: NewStack): Promise<{ stack: StackRow; created: boolean }> {
  return db.transaction(async (tx) => {
    const inserted = await queryRows<StackRow>(
      tx,
      sql`insert into stacks (name, idempotency_key, content_hash, catalog_search)
          values (${stack.name}, ${stack.idempotencyKey}, ${stack.contentHash}, ${stack.catalogSearch ? JSON.stringify(stack.catalogSearch) : null}::jsonb)
          on conflict (idempotency_key) do nothing
          returning id, name, content_hash as "contentHash", catalog_search as "catalogSearch", created_at as "createdAt"`,
    );
    if (!inserted[0]) {
      const existing = await stackByIdempotencyKey(tx, stack.idempotencyKey!);
      return { stack: existing!, created: false };
    }
    const row = withCreatedAt(inserted[0]);
    await tx.execute(
      sql`insert into stack_items (stack_id, position, plan_id, quantity, saved_monthly_price, saved_one_time_price, redundancy_group) values ${sql.join(
        stack.items.map(
          (item, position) => sql`(${row.id}, ${position}, ${item.planId}, ${item.quantity}, ${item.savedMonthlyPrice}, ${item.savedOneTimePrice}, ${item.redundancyGroup})`,
        ),
        sql`, `,
      )}`,
    );
    return { stack: row, created: true };
  });
}
