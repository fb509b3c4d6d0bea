import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { openAvailabilityProbe, type Database, type Db } from '@mayviet/db';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { createContext, defaultSettings, requestDatabase, type ApiSettings, type Context, type RequestDatabase } from '../context.ts';
import { armorRules, queryLimits, queryTooComplexCode, tooManyTokens, withoutSuggestions } from '../graphql/limits.ts';
import { storableTextPlugin } from '../graphql/stored-text.ts';
import { resolveActor, type Actor } from '../modules/accounts/actor.ts';
import { CatalogCache } from '../modules/catalog/cache.ts';
import { startWebhookWorker } from '../modules/partners/webhooks.ts';
import { loadReport, reportCsv } from '../modules/curation/report.ts';
import { exportStack, printScript, printScriptPath, printStyleHash } from '../modules/stacks/export.ts';
import { buildApiSchema, printApiSchema } from '../schema.ts';
import { clientAddressResolver } from './client-address.ts';
import { inlineStylePolicy, setSecurityHeaders } from './headers.ts';
import { refusalOf, RequestTracker, stopReasonOf, type RequestLifetime } from './lifetime.ts';
import { createPages, type PageReads, type PageRequest } from './pages.ts';
import { siteOrigin } from './site-origin.ts';
import { createStaticHandler } from './static.ts';
import { postgresBudgets, redisBudgets } from './budget.ts';
import { budgetHeaders, createCostPlugin } from './cost-plugin.ts';
import { encodeFor, sendEncoded } from './compression.ts';
import { createSitemaps, robotsTxt, sitemapPartPath } from './crawlers.ts';

export interface AppOptions {
  database: Database;
  log: Logger;
  /** the built web site (packages/web/dist); null to serve the API alone */
  webDist: string | null;
  settings?: Partial<ApiSettings>;
}

export interface App {
  server: Server;
  listen(port: number, host: string): Promise<string>;
  /**
   * Stops gracefully: no new connections; requests in flight get `shutdownGraceMs` to finish (then they are
   * stopped: SHUTTING_DOWN, their transactions roll back); the webhook worker finishes its deliveries.
   * The database stays open for its owner to close. Calling it again returns the same stop.
   */
  close(): Promise<void>;
}

const maxBodyBytes = 256 * 1024;
/** How much of a refused body is read and dropped before the connection is cut instead. */
const discardedBodyBytes = 8 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Bytes that are no UTF-8 are refused, not turned into U+FFFD and stored as if the client had sent that. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The request body as text, at most maxBodyBytes. A larger one (announced by Content-Length, or found
 * while reading a chunked one) is refused with 413; the rest of it is read and dropped so the client,
 * still sending, gets to read the answer instead of a reset connection. Past discardedBodyBytes more,
 * the connection is cut.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBodyBytes} bytes.`);
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

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

function notFound(res: ServerResponse, pathname: string): void {
  sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `Nothing here: ${pathname}. The API is at /graphql.` } });
}

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

const exportPath = /^\/export\/stacks\/([A-Za-z0-9_-]{1,100})\.(csv|html)$/;

function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

/** The API and the web site in one HTTP server: /graphql, /schema.graphql, /healthz, /readyz, the site. */
export async function createApp({ database, log, webDist, settings: given }: AppOptions): Promise<App> {
  const settings: ApiSettings = { ...defaultSettings, ...given };
  const schema = buildApiSchema();
  const sdl = printApiSchema(schema);
  const site = createStaticHandler(webDist);
  const addresses = clientAddressResolver(settings.trustedProxies);
  /** the origin absolute links are written with: SITE_URL, else this request's own */
  const origin = (req: IncomingMessage) => siteOrigin(req, settings.siteUrl, addresses.isSecure(req));
  const sitemaps = createSitemaps(database, settings.sitemapUrlsPerFile);

  /** each GraphQL request's database, which a query switches into one read snapshot (Apollo copies the context) */
  const requestReads = new WeakMap<Db, RequestDatabase>();
  const catalogCache = new CatalogCache();
  const operationChecks: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const reads = requestReads.get(contextValue.database.db);
          if (operation?.operation === 'query' && reads) {
            reads.begin();
            contextValue.catalog = catalogCache.forSnapshot(contextValue.database.db);
          }
        },
      };
    },
  };

  const budgetRule = { capacity: settings.budgetCapacity, restorePerSecond: settings.budgetRestorePerSecond };
  const budgets = settings.redisUrl
    ? await redisBudgets(settings.redisUrl, settings.redisKeyPrefix, budgetRule, log)
    : postgresBudgets(database, budgetRule, log);
  const cost = createCostPlugin(schema, settings, budgets, (context) => requestReads.get(context.database.db)?.holdsSnapshot() ?? false);

  /** A request the database could not serve, or that was stopped, is answered with its refusal's status, never 200. */
  const refusalStatus: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response, contextValue }) {
          const reason = errors.map((error) => stopReasonOf(unwrapResolverError(error))).find((found) => found !== null);
          if (!reason) return;
          const refusal = refusalOf(reason, settings.requestTimeoutMs);
          contextValue.log.warn({ reason, code: refusal.code }, 'request refused');
          response.http.status = refusal.status;
          if (refusal.retryAfterSeconds) response.http.headers.set('retry-after', String(refusal.retryAfterSeconds));
        },
      };
    },
  };

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    parseOptions: { maxTokens: queryLimits.maxTokens },
    validationRules: [cost.validationRule, ...armorRules()],
    // The process's owner (main.ts) stops the HTTP server, Apollo and the database on SIGINT/SIGTERM. Apollo's
    // own handlers would stop it a second time, concurrently, and that second stop() never returns.
    stopOnTerminationSignals: false,
    // No cache hints in the schema: without the cache-control plugin, resolvers run unwrapped.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      storableTextPlugin(schema),
      cost.plugin,
      operationChecks,
      refusalStatus,
    ],
    includeStacktraceInErrorResponses: false,
    logger: {
      debug: (message) => log.debug({ apollo: true }, String(message)),
      info: (message) => log.info({ apollo: true }, String(message)),
      warn: (message) => log.warn({ apollo: true }, String(message)),
      error: (message) => log.error({ apollo: true }, String(message)),
    },
    formatError: (formatted, error) => {
      const reason = stopReasonOf(unwrapResolverError(error));
      if (reason) {
        const { code, message } = refusalOf(reason, settings.requestTimeoutMs);
        return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
      }
      // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; the limits' refusals keep their own code.
      const original = error instanceof GraphQLError ? error.originalError : undefined;
      if (original instanceof GraphQLError && original.extensions.code === queryTooComplexCode) {
        return { ...formatted, extensions: { ...formatted.extensions, code: queryTooComplexCode } };
      }
      const tokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? tooManyTokens(formatted.message) : null;
      if (tokens) return { message: tokens, extensions: { code: queryTooComplexCode } };
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
        log.error({ err: unwrapResolverError(error), path: formatted.path }, 'resolver failed');
        return { ...formatted, message: 'Something went wrong on our side; it has been logged.' };
      }
      return { ...formatted, message: withoutSuggestions(formatted.message) };
    },
  });
  await apollo.start();
  const stopWebhooks = startWebhookWorker(database, settings, log.child({ worker: 'webhooks' }));
  const probe = openAvailabilityProbe(database);
  const requests = new RequestTracker({ timeoutMs: settings.requestTimeoutMs, probe, log });
  let stopping: Promise<void> | null = null;

  /** Context creation failed for a StopReason: Apollo answers with the refusal's code, status and Retry-After. */
  function refuseIfStopped(error: unknown): never {
    const reason = stopReasonOf(error);
    if (!reason) throw error;
    const refusal = refusalOf(reason, settings.requestTimeoutMs);
    const headers = new HeaderMap(refusal.retryAfterSeconds ? [['retry-after', String(refusal.retryAfterSeconds)]] : []);
    throw new GraphQLError(refusal.message, { extensions: { code: refusal.code, http: { status: refusal.status, headers } } });
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string, requestLog: Logger, lifetime: RequestLifetime) {
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
    // The query's read snapshot closes once the answer is sent, or whatever happened.
    try {
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => {
          // Before any snapshot: knowing the caller may record a key's use.
          const actor = await resolveActor(reads.db, req.headers).catch(refuseIfStopped);
          const log = actor.kind === 'anonymous' ? requestLog : requestLog.child({ actor: actor.kind === 'user' ? actor.user.id : actor.key.prefix });
          context = requestContext(req, requestId, log, actor, lifetime, reads.db);
          return context;
        },
      });
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
      await reads.finish();
    }
  }

  function requestContext(req: IncomingMessage, requestId: string, log: Logger, actor: Actor, lifetime: RequestLifetime, db = database.db): Context {
    return createContext({ ...database, db }, settings, {
      requestId,
      clientAddress: addresses.clientAddress(req),
      secure: addresses.isSecure(req),
      actor,
      log,
      lifetime,
    });
  }

  /**
   * A page's operations, run here as the site's server render asks for them (pages.ts): one context, so
   * they share its loaders and its read snapshot, as an anonymous visitor's, each charged to its address's
   * budget. One the API refuses (budget, deadline, database) or fails to answer gives the page up.
   */
  function openPageReads(req: IncomingMessage, { requestId, log: requestLog, lifetime }: PageRequest): PageReads {
    const reads = requestDatabase(database);
    requestReads.set(reads.db, reads);
    const contextValue = requestContext(req, requestId, requestLog, { kind: 'anonymous' }, lifetime, reads.db);
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
  }
  const pages = await createPages({
    webDist,
    log,
    // Half the request's deadline: a page that takes longer goes out as the shell, well before the deadline's 504.
    renderTimeoutMs: settings.requestTimeoutMs / 2,
    openReads: openPageReads,
    originOf: (req) => siteOrigin(req, settings.siteUrl, addresses.isSecure(req)),
  });

  /** For the plain HTTP routes (exports): they serve anyone and read only. */
  const anonymousContext = (req: IncomingMessage, requestId: string, log: Logger, lifetime: RequestLifetime) =>
    requestContext(req, requestId, log, { kind: 'anonymous' }, lifetime);

  /** Whether the database answers, on the probe's own connection: a pool that slow requests fill is no outage. */
  async function ready(res: ServerResponse) {
    if (stopping) {
      sendJson(res, 503, { status: 'stopping', database: database.driver, reason: 'this instance is shutting down' });
    } else if (await probe.check()) {
      sendJson(res, 200, { status: 'ready', database: database.driver });
    } else {
      log.warn('readiness check failed: the database does not answer');
      sendJson(res, 503, { status: 'unavailable', database: database.driver, reason: 'the database does not answer' });
    }
  }

  const server = createServer(async (req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req);
    const requestLog = log.child({ reqId: requestId });
    setSecurityHeaders(res);
    res.setHeader('x-request-id', requestId);
    const lifetime = requests.start(res, requestLog);
    let statements: number | undefined;
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/graphql') {
        res.setHeader('access-control-allow-origin', '*');
        res.setHeader('access-control-allow-headers', 'content-type, authorization, x-request-id, apollo-require-preflight');
        res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
        res.setHeader('access-control-expose-headers', ['x-request-id', 'server-timing', 'x-sql-statements', ...budgetHeaders].join(', '));
        if (req.method === 'OPTIONS') {
          res.statusCode = 204;
          res.end();
        } else {
          statements = await graphql(req, res, url, requestId, requestLog, lifetime);
        }
      } else if (exportPath.test(url.pathname) && (req.method === 'GET' || req.method === 'HEAD')) {
        const [, id, format] = exportPath.exec(url.pathname)!;
        const language = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
        const ctx = anonymousContext(req, requestId, requestLog, lifetime);
        const result = await exportStack(ctx, id!, format as 'csv' | 'html', language);
        const answer = await encodeFor(req, result.body);
        if (res.headersSent || res.destroyed) return;
        res.statusCode = result.status;
        res.setHeader('content-type', result.contentType);
        res.setHeader('cache-control', 'no-store');
        if (format === 'html' && result.status === 200) res.setHeader('content-security-policy', inlineStylePolicy(printStyleHash));
        if (result.filename) res.setHeader('content-disposition', `attachment; filename="${result.filename}"`);
        sendEncoded(req, res, answer);
      } else if (url.pathname === printScriptPath && (req.method === 'GET' || req.method === 'HEAD')) {
        res.setHeader('content-type', 'text/javascript; charset=utf-8');
        res.setHeader('cache-control', 'no-cache');
        res.end(req.method === 'HEAD' ? undefined : printScript);
      } else if (url.pathname === '/export/report.csv' && (req.method === 'GET' || req.method === 'HEAD')) {
        const ctx = anonymousContext(req, requestId, requestLog, lifetime);
        const answer = await encodeFor(req, reportCsv(await loadReport(ctx)));
        if (res.headersSent || res.destroyed) return;
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        res.setHeader('content-disposition', `attachment; filename="mayviet-ecosystem-${new Date().toISOString().slice(0, 10)}.csv"`);
        sendEncoded(req, res, answer);
      } else if (url.pathname === '/robots.txt' && (req.method === 'GET' || req.method === 'HEAD')) {
        const text = robotsTxt(origin(req));
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.setHeader('cache-control', 'public, max-age=3600');
        res.setHeader('content-length', Buffer.byteLength(text));
        res.end(req.method === 'HEAD' ? undefined : text);
      } else if ((url.pathname === '/sitemap.xml' || sitemapPartPath.test(url.pathname)) && (req.method === 'GET' || req.method === 'HEAD')) {
        const part = sitemapPartPath.exec(url.pathname)?.[1];
        statements = (await sitemaps.serve(req, res, origin(req), part === undefined ? null : Number(part))) ?? undefined;
        if (statements === undefined) notFound(res, url.pathname);
      } else if (url.pathname === '/healthz') {
        sendJson(res, 200, { status: 'ok' });
      } else if (url.pathname === '/readyz') {
        await ready(res);
      } else if (url.pathname === '/schema.graphql') {
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.setHeader('cache-control', 'no-cache');
        res.end(sdl);
      } else if (!site.handle(req, res, url.pathname) && !(await pages?.handle(req, res, url, { requestId, log: requestLog, lifetime }))) {
        notFound(res, url.pathname);
      }
    } catch (error) {
      const reason = stopReasonOf(error);
      if (res.headersSent || res.destroyed) {
        if (!reason) requestLog.error({ err: error }, 'request failed after its answer began');
        res.end();
      } else if (error instanceof HttpError) {
        sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
      } else if (reason) {
        const refusal = refusalOf(reason, settings.requestTimeoutMs);
        requestLog.warn({ reason, code: refusal.code }, 'request refused');
        if (refusal.retryAfterSeconds) res.setHeader('retry-after', String(refusal.retryAfterSeconds));
        sendJson(res, refusal.status, { errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
      } else {
        requestLog.error({ err: error }, 'request failed');
        sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      }
    } finally {
      lifetime.finish();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      requestLog.info({ method: req.method, path: req.url?.split('?')[0], status: res.statusCode, ms: Math.round(ms * 10) / 10, statements }, 'request');
    }
  });
  server.keepAliveTimeout = 65_000;

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
        });
      }),
    close: () => (stopping ??= stop()),
  };

  async function stop() {
    // server.close() stops accepting and closes idle keep-alive connections; answers from now on close theirs.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    requests.drain();
    const webhooksStopped = stopWebhooks();
    if (!(await requests.settled(settings.shutdownGraceMs))) {
      log.warn({ requests: requests.size }, 'grace period over: requests still in flight are stopped');
      requests.stopAll('shutting-down');
    }
    // Answers sent meanwhile close their connections once written; whatever still holds one a second later is cut.
    const cut = setTimeout(() => server.closeAllConnections(), 1000);
    await closed;
    clearTimeout(cut);
    await webhooksStopped;
    await apollo.stop();
    await probe.close();
    await budgets.close();
  }
}
