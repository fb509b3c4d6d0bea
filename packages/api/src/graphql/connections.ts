import { encodeCursor } from './cursor.ts';

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
  /** what the edge holds when it is not the row itself (a row without its sort keys) */
  node?: (row: Row) => Node;
  count?: () => Promise<number>;
}

/** A connection over a keyset-paged list: each edge's cursor holds the sort keys of its row. */
export function keysetConnection<Row>(options: KeysetOptions<Row, Row> & { node?: undefined }): Connection<Row>;
export function keysetConnection<Row, Node>(options: KeysetOptions<Row, Node> & { node: (row: Row) => Node }): Connection<Node>;
export function keysetConnection<Row, Node>(options: KeysetOptions<Row, Node>): Connection<Row | Node> {
  const { sort, keys, node } = options;
  const loaded = memo(async () => {
    const page = await options.page();
    return {
      hasNextPage: page.hasNextPage,
      edges: page.rows.map((row) => ({ cursor: encodeCursor({ sort, keys: keys(row) }), node: node ? node(row) : row })),
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
  edges: (c: Connection<unknown>) => c.edges(),
  nodes: async (c: Connection<unknown>) => (await c.edges()).map((edge) => edge.node),
  pageInfo: (c: Connection<unknown>) => c.pageInfo(),
};

/** The fields every *Connection type resolves the same way. */
export const connectionResolvers = {
  ...uncountedConnectionResolvers,
  totalCount: (c: Connection<unknown>) => {
    if (!c.totalCount) throw new Error('totalCount asked of a connection that counts nothing: its SDL should not offer it.');
    return c.totalCount();
  },
};
