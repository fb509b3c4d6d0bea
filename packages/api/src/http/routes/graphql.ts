import type { IncomingMessage } from 'node:http';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import type { Database, Db } from '@mayviet/db';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../../context.ts';
import { resolveActor, type Actor } from '../../modules/accounts/actor.ts';
import { CatalogCache } from '../../modules/catalog/cache.ts';
import { CatalogIndex } from '../../modules/catalog/index/catalog-index.ts';
import type { ApiSettings } from '../../settings.ts';
import { startApollo } from '../apollo.ts';
import { postgresBudgets, redisBudgets, type BudgetStore } from '../budget.ts';
import { encodeFor, sendEncoded } from '../compression.ts';
import { budgetHeaders, createCostPlugin } from '../cost-plugin.ts';
import { createIdempotency, idempotencyHeaders } from '../idempotency.ts';
import { refusalOf, stopReasonOf } from '../lifetime.ts';
import type { PageReads, PageRequest } from '../pages.ts';
import { requestDatabase, type RequestDatabase } from '../request-database.ts';
import type { createStaticHandler } from '../static.ts';
import { HttpError, type ContextOf, type Route, type RouteRequest } from './route.ts';

const maxBodyBytes = 256 * 1024;
/** How much of a refused body is read and dropped before the connection is cut instead. */
const discardedBodyBytes = 8 * 1024 * 1024;

/** Bytes that are no UTF-8 are refused, not turned into U+FFFD and stored as if the client had sent that. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** What a browser's script may read of an answer. */
const exposedHeaders = ['x-request-id', 'server-timing', 'x-sql-statements', idempotencyHeaders.replayed, ...budgetHeaders].join(', ');

function tooLarge(): HttpError {
  return new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBodyBytes} bytes.`);
}

/**
 * The request body as text, at most maxBodyBytes. A larger one (announced by Content-Length, or found
 * while reading a chunked one) is refused with 413; the rest of it is read and dropped so the client,
 * still sending, gets to read the answer instead of a reset connection. Past discardedBodyBytes more,
 * the connection is cut.
 */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = Number(req.headers['content-length']) > maxBodyBytes;
    if (refused) reject(tooLarge());
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (refused) {
        if (size > maxBodyBytes + discardedBodyBytes) req.socket.destroy();
        return;
      }
      if (size > maxBodyBytes) {
        refused = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(strictUtf8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new HttpError(400, 'BAD_REQUEST', 'The request body is not valid UTF-8.'));
      }
    });
    req.on('error', reject);
  });
}

function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

export interface GraphqlRouteOptions {
  database: Database;
  settings: ApiSettings;
  log: Logger;
  schema: GraphQLSchema;
  contextOf: ContextOf;
  /** the site's files: a browser asking for /graphql gets GraphiQL */
  site: ReturnType<typeof createStaticHandler>;
}

export interface GraphqlRoute {
  /** POST and GET /graphql (OPTIONS for CORS) */
  route: Route;
  /** A page's operations, run here as the site's server render asks for them (pages.ts). */
  openPageReads(req: IncomingMessage, request: PageRequest): PageReads;
  /** The clients' query budgets, which other routes that cost like queries draw on too. */
  budgets: BudgetStore;
  /** Stops Apollo and closes the budgets' store. */
  stop(): Promise<void>;
}

/** The GraphQL endpoint: each request's context, its read snapshot, its budget, and the answer with its SQL count. */
export async function createGraphqlRoute({ database, settings, log, schema, contextOf, site }: GraphqlRouteOptions): Promise<GraphqlRoute> {
  /** each GraphQL request's database, which a query switches into one read snapshot (Apollo copies the context) */
  const requestReads = new WeakMap<Db, RequestDatabase>();
  const catalogIndex = settings.catalogIndex ? new CatalogIndex(database, log) : null;
  // Built before the server listens (seconds at 100,000 offerings); should it fail, searches use SQL.
  await catalogIndex?.start();
  const catalogCache = new CatalogCache(settings.catalogCache ? undefined : 0, catalogIndex);
  /** The catalog's searches are cached once the request's statements read one snapshot, i.e. in a query. */
  const catalogReadsOf = (reads: RequestDatabase) => () => (reads.readsSnapshot() ? catalogCache.forSnapshot(reads.db) : null);
  // A query of several statements reads one snapshot; one statement is consistent on its own, and without
  // a transaction its connection goes back to the pool as soon as it has answered (the offering page).
  const snapshotPerQuery: GraphQLRequestListener<Context> = {
    async didResolveOperation({ document, operation, request, contextValue }) {
      if (operation?.operation === 'query' && cost.statementsOf(document, operation, request.variables ?? {}) > 1) {
        requestReads.get(contextValue.database.db)?.begin();
      }
    },
  };
  const operationChecks: ApolloServerPlugin<Context> = {
    requestDidStart: async () => snapshotPerQuery,
  };

  const budgetRule = { capacity: settings.budgetCapacity, restorePerSecond: settings.budgetRestorePerSecond };
  const budgets = settings.redisUrl
    ? await redisBudgets(settings.redisUrl, settings.redisKeyPrefix, budgetRule, log)
    : postgresBudgets(database, budgetRule, log);
  const cost = createCostPlugin(schema, settings, budgets, (context) => requestReads.get(context.database.db)?.holdsSnapshot() ?? false);
  const idempotency = createIdempotency(schema, settings.requestTimeoutMs);
  const apollo = await startApollo(schema, settings, log, { plugins: [cost.plugin, operationChecks], validationRules: [cost.validationRule] });

  /** Context creation failed for a StopReason: Apollo answers with the refusal's code, status and Retry-After. */
  function refuseIfStopped(error: unknown): never {
    const reason = stopReasonOf(error);
    if (!reason) throw error;
    const refusal = refusalOf(reason, settings.requestTimeoutMs);
    const headers = new HeaderMap(refusal.retryAfterSeconds ? [['retry-after', String(refusal.retryAfterSeconds)]] : []);
    throw new GraphQLError(refusal.message, { extensions: { code: refusal.code, http: { status: refusal.status, headers } } });
  }

  async function graphql(request: RouteRequest): Promise<number> {
    const { req, res, url } = request;
    if (req.method === 'GET' && wantsHtml(req) && !url.searchParams.has('query') && site.graphiqlPage) {
      site.sendFile(res, site.graphiqlPage, 'GET', false, req);
      return 0;
    }
    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req);
      try {
        body = text.length > 0 ? JSON.parse(text) : undefined;
      } catch {
        throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const started = performance.now();
    let context: Context | undefined;
    const reads = requestDatabase(database);
    requestReads.set(reads.db, reads);
    let actor: Promise<Actor> | undefined;
    // Before any snapshot: knowing the caller may record a key's use.
    const actorOnce = () => (actor ??= resolveActor(reads.db, req.headers));
    const idempotent = await idempotency.claim(req, body, actorOnce, reads.db, request.log);
    if (idempotent.replay) {
      await idempotency.replay(req, res, idempotent.replay);
      return reads.statements();
    }
    // The query's read snapshot closes once the answer is sent, or whatever happened.
    try {
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        async context() {
          const actor = await actorOnce().catch(refuseIfStopped);
          const log = actor.kind === 'anonymous' ? request.log : request.log.child({ actor: actor.kind === 'user' ? actor.user.id : actor.key.prefix });
          context = contextOf(req, { ...request, log }, actor, reads.db, catalogReadsOf(reads));
          return context;
        },
      });
      // The snapshot closes before the answer goes out, and the writes its reads asked for are made (afterReads).
      await reads.finish();
      // Kept (or the key released) even when the client is gone: its retry gets this answer.
      await idempotent.settle(response.status ?? 200, response.body.kind === 'complete' ? response.body.string : null);
      const duration = performance.now() - started;
      // Compressed before any header is set: a request stopped meanwhile is answered its refusal, plain.
      const answer = response.body.kind === 'complete' ? await encodeFor(req, response.body.string) : null;
      // Refused meanwhile (deadline, database lost, stopping), or nobody to answer.
      if (res.headersSent || res.destroyed) return reads.statements();
      res.statusCode = response.status ?? 200;
      for (const [name, value] of response.headers) res.setHeader(name, value);
      // Answers depend on the caller and change as listings are approved: never stored by a cache.
      res.setHeader('cache-control', 'no-store');
      if (context && context.setCookies.length > 0) res.setHeader('set-cookie', context.setCookies);
      // How many SQL statements the request ran: visible to operators, partners and the statement-budget test.
      const statements = reads.statements();
      res.setHeader('server-timing', `graphql;dur=${duration.toFixed(1)}, sql;desc="${statements} statements"`);
      res.setHeader('x-sql-statements', String(statements));
      if (answer) {
        sendEncoded(req, res, answer);
      } else if (response.body.kind === 'chunked') {
        // An incremental answer is written part by part as it comes, uncompressed.
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
      return statements;
    } finally {
      await idempotent.settle(500, null);
      await reads.finish();
    }
  }

  return {
    async route(request) {
      if (request.url.pathname !== '/graphql') return null;
      const { req, res } = request;
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', 'content-type, authorization, x-request-id, apollo-require-preflight, idempotency-key');
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader('access-control-expose-headers', exposedHeaders);
      if (req.method === 'OPTIONS') {
        res.statusCode = 204;
        res.end();
        return {};
      }
      return { statements: await graphql(request) };
    },

    /**
     * One context, so a page's operations share its loaders and its read snapshot, as an anonymous
     * visitor's, each charged to its address's budget. One the API refuses (budget, deadline, database)
     * or fails to answer gives the page up.
     */
    openPageReads(req, request) {
      const reads = requestDatabase(database);
      requestReads.set(reads.db, reads);
      const contextValue = contextOf(req, request, { kind: 'anonymous' }, reads.db, catalogReadsOf(reads));
      return {
        async execute(query, variables) {
          const response = await apollo.executeOperation({ query, variables }, { contextValue });
          if (response.body.kind !== 'single') throw new Error('the page asked for an incremental answer');
          const { data, errors, extensions } = response.body.singleResult;
          const codes = (errors ?? []).map((error) => error.extensions?.code);
          const status = response.http.status ?? 200;
          if (status !== 200 || codes.includes('INTERNAL_SERVER_ERROR')) {
            throw new Error(`the API answered the page's query with ${status} (${codes.join(', ') || 'no error code'})`);
          }
          return { data, errors, extensions };
        },
        statements: reads.statements,
        finish: reads.finish,
      };
    },

    budgets,

    async stop() {
      catalogIndex?.stop();
      await apollo.stop();
      await budgets.close();
    },
  };
}

/** GET /schema.graphql: the implemented schema, as committed. */
export function schemaRoute(sdl: string): Route {
  return ({ url, res }) => {
    if (url.pathname !== '/schema.graphql') return null;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.end(sdl);
    return {};
  };
}
