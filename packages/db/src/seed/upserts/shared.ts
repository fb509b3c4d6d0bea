import { and, getTableColumns, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../client.ts';
import type { TableChanges } from '../tables.ts';

// What the upserts share. Each ON CONFLICT update only fires when a column differs; RETURNING then yields exactly the rows
// written, and xmax = 0 tells an inserted row from an updated one.

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const wasInserted = sql<boolean>`(xmax = 0)`;

export function updateWhenChanged<T extends PgTable>(
  table: T,
  keys: (keyof T['$inferInsert'] & string)[],
  extra: Record<string, SQL> = {},
): { set: PgUpdateSetSource<T>; setWhere: SQL } {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const column = (key: string): PgColumn => {
    const c = columns[key];
    if (!c) throw new Error(`no column ${key}`);
    return c;
  };
  const excluded = (key: string) => sql`excluded.${sql.identifier(column(key).name)}`;
  const set = Object.fromEntries(keys.map((k) => [k, excluded(k)]));
  const setWhere = sql`(${sql.join(
    keys.map((k) => column(k)),
    sql`, `,
  )}) is distinct from (${sql.join(keys.map(excluded), sql`, `)})`;
  return { set: { ...set, ...extra } as PgUpdateSetSource<T>, setWhere };
}

export function tally(changes: TableChanges, rows: { inserted: boolean }[]): void {
  for (const row of rows) {
    if (row.inserted) changes.inserted += 1;
    else changes.updated += 1;
  }
}

/**
 * Makes a link table hold exactly these (parent, child) pairs for these parents: inserts the missing
 * ones, deletes the others.
 */
export async function syncLinks(
  tx: Tx,
  link: { table: PgTable; parent: PgColumn; child: PgColumn },
  parentIds: string[],
  pairs: [string, string | number][],
  changes: TableChanges,
): Promise<void> {
  if (parentIds.length === 0) return;
  if (pairs.length > 0) {
    // insert() takes the table's property names, not its SQL column names
    const keyOf = (column: PgColumn) => Object.entries(getTableColumns(link.table)).find(([, c]) => c === column)![0];
    const [parentKey, childKey] = [keyOf(link.parent), keyOf(link.child)];
    const rows = await tx
      .insert(link.table)
      .values(pairs.map(([parent, child]) => ({ [parentKey]: parent, [childKey]: child })) as never)
      .onConflictDoNothing()
      .returning({ parent: link.parent });
    changes.inserted += rows.length;
  }
  const keep = pairs.map(([parent, child]) => `${parent}/${child}`);
  const stale = await tx
    .delete(link.table)
    .where(
      and(
        inArray(link.parent, parentIds),
        keep.length > 0 ? notInArray(sql`${link.parent}::text || '/' || ${link.child}::text`, keep) : undefined,
      ),
    )
    .returning({ parent: link.parent });
  changes.deleted += stale.length;
}

export function sameInstant(a: Date | null, b: Date | null): boolean {
  if (a === null || b === null) return a === b;
  return a.getTime() === b.getTime();
}

export function lookup<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed: unknown ${what} ${String(key)}`);
  return value;
}
