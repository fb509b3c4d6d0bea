import type { CursorKeyType } from '@mayviet/db';
import { afterKeys, encodeCursor, pageSize } from './cursor.ts';

/** A node and the cursor that opens the page after it. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

/** The GraphQL PageInfo type. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A Relay connection whose page and count load only when a field asks for them, once. */
export interface Connection<T> {
  edges: () => Promise<Edge<T>[]>;
  pageInfo: () => Promise<PageInfo>;
  /** null for a connection whose SDL has no totalCount (counting would cost more than the page) */
  totalCount: (() => Promise<number>) | null;
}

/** One page of rows in order and whether another page follows. */
export interface Page<T> {
  rows: T[];
  hasNextPage: boolean;
}

/**
 * The page of rows read with a limit of `first + 1`: the extra row, never shown, is how we know another
 * page follows. A last page holding exactly `first` rows read no extra row, so it has no next page.
 */
export function pageOf<T>(rows: T[], first: number): Page<T> {
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}

/** A load run once, when first asked for: a connection's page, count or extra field. */
export function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= load());
}

interface KeysetOptions<Row, Node> {
  /** the cursor's sort name: a cursor of another list or order is refused (decodeCursor) */
  sort: string;
  /** the decoded `after` keys; null on the first page */
  after: readonly string[] | null;
  page: () => Promise<Page<Row>>;
  /** the row's sort-key values, as its page query compares them */
  keys: (row: Row) => string[];
  /** what the edges hold, in the rows' order, when it is not the rows themselves; made for the page at once */
  nodes?: (rows: Row[]) => Node[] | Promise<Node[]>;
  count?: () => Promise<number>;
}

/**
 * A connection over a keyset-paged list: each edge's cursor holds the sort keys of its row. Node is Row
 * unless `nodes` makes something else of the rows.
 */
export function keysetConnection<Row, Node = Row>(options: KeysetOptions<Row, Node>): Connection<Node> {
  const { sort, keys } = options;
  const nodesOf = options.nodes ?? ((rows: Row[]) => rows as unknown as Node[]);
  const loaded = memo(async () => {
    const page = await options.page();
    const nodes = await nodesOf(page.rows);
    return {
      hasNextPage: page.hasNextPage,
      edges: page.rows.map((row, index) => ({ cursor: encodeCursor({ sort, keys: keys(row) }), node: nodes[index]! })),
    };
  });
  return {
    edges: async () => (await loaded()).edges,
    pageInfo: async () => {
      const { edges, hasNextPage } = await loaded();
      return {
        hasNextPage,
        hasPreviousPage: options.after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      };
    },
    totalCount: options.count ? memo(options.count) : null,
  };
}

/**
 * A connection over a list its query reads `limit` rows of after a cursor's keys: `first` and `after`
 * are checked at once (a bad one fails the field before anything is read), and the page is read with
 * one row more than shown (pageOf).
 */
export function listConnection<Row, Node = Row>(
  options: Omit<KeysetOptions<Row, Node>, 'after' | 'page'> & {
    args: { first?: number | null; after?: string | null };
    keyTypes: readonly CursorKeyType[];
    read: (limit: number, after: string[] | null) => Promise<Row[]>;
  },
): Connection<Node> {
  const first = pageSize(options.args.first);
  const after = afterKeys(options.args.after, options.sort, options.keyTypes);
  return keysetConnection({ ...options, after, page: async () => pageOf(await options.read(first + 1, after), first) });
}

/** What a caller who may not read a list gets: no rows, as if it were empty. */
export function emptyConnection<T>(): Connection<T> {
  return {
    edges: async () => [],
    pageInfo: async () => ({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }),
    totalCount: async () => 0,
  };
}

/** The fields of a *Connection type without totalCount (a count that would cost more than the page). */
export const uncountedConnectionResolvers = {
  edges: <T>(c: Connection<T>) => c.edges(),
  nodes: async <T>(c: Connection<T>) => (await c.edges()).map((edge) => edge.node),
  pageInfo: <T>(c: Connection<T>) => c.pageInfo(),
};

/** The fields every *Connection type resolves the same way. */
export const connectionResolvers = {
  ...uncountedConnectionResolvers,
  totalCount: <T>(c: Connection<T>) => {
    if (!c.totalCount) throw new Error('totalCount asked of a connection that counts nothing: its SDL should not offer it.');
    return c.totalCount();
  },
};
