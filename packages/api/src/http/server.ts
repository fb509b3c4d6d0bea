import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openAvailabilityProbe, type Database } from '@mayviet/db';
import type { Logger } from 'pino';
import { startMailWorker } from '../modules/mail/worker.ts';
import { startWebhookWorker } from '../modules/partners/webhooks.ts';
import { buildApiSchema, printApiSchema } from '../schema.ts';
import { defaultSettings, type ApiSettings } from '../settings.ts';
import { clientAddressResolver } from './client-address.ts';
import { setSecurityHeaders } from './headers.ts';
import { refusalOf, RequestTracker, stopReasonOf } from './lifetime.ts';
import { createPages } from './pages.ts';
import { createContext } from './request-context.ts';
import { crawlerRoutes } from './routes/crawlers.ts';
import { devMailboxRoute } from './routes/dev-mailbox.ts';
import { exportRoutes } from './routes/exports.ts';
import { createGraphqlRoute, schemaRoute } from './routes/graphql.ts';
import { healthRoutes } from './routes/health.ts';
import { HttpError, sendJson, type Answered, type ContextOf, type Route, type RouteRequest } from './routes/route.ts';
import { siteRoute } from './routes/site.ts';
import { siteOrigin } from './site-origin.ts';
import { createStaticHandler } from './static.ts';

export interface AppOptions {
  database: Database;
  log: Logger;
  /** the built web site (packages/web/dist); null to serve the API alone */
  webDist: string | null;
  settings?: Partial<ApiSettings>;
}

export interface App {
  server: Server;
  /** the settings it runs with; `listenOrigin` is set once it listens */
  settings: Readonly<ApiSettings>;
  listen(port: number, host: string): Promise<string>;
  /**
   * Stops gracefully: no new connections; requests in flight get `shutdownGraceMs` to finish (then they are
   * stopped: SHUTTING_DOWN, their transactions roll back); the webhook and mail workers finish their sends.
   * The database stays open for its owner to close. Calling it again returns the same stop.
   */
  close(): Promise<void>;
}

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

/** The first route's answer that takes the request (the site's route, last, takes every one). */
async function answer(routes: Route[], request: RouteRequest): Promise<Answered> {
  for (const route of routes) {
    const answered = await route(request);
    if (answered) return answered;
  }
  throw new Error(`no route answered ${request.url.pathname}`);
}

/** Whatever a route threw, answered: its HTTP refusal, the request's stop (deadline, database lost, stopping), or a fault, logged. */
function answerFailure(res: ServerResponse, error: unknown, log: Logger, requestTimeoutMs: number): void {
  const reason = stopReasonOf(error);
  if (res.headersSent || res.destroyed) {
    if (!reason) log.error({ err: error }, 'request failed after its answer began');
    res.end();
  } else if (error instanceof HttpError) {
    sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
  } else if (reason) {
    const refusal = refusalOf(reason, requestTimeoutMs);
    log.warn({ reason, code: refusal.code }, 'request refused');
    if (refusal.retryAfterSeconds) res.setHeader('retry-after', String(refusal.retryAfterSeconds));
    sendJson(res, refusal.status, { errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
  } else {
    log.error({ err: error }, 'request failed');
    sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }
}

/** The API and the web site in one HTTP server: /graphql, /schema.graphql, /healthz, /readyz, the exports, the site. */
export async function createApp({ database, log, webDist, settings: given }: AppOptions): Promise<App> {
  const settings: ApiSettings = { ...defaultSettings, ...given };
  const schema = buildApiSchema();
  const site = createStaticHandler(webDist);
  const addresses = clientAddressResolver(settings.trustedProxies);
  /** the origin absolute links are written with: SITE_URL, else this request's own */
  const originOf = (req: IncomingMessage) => siteOrigin(req, settings.siteUrl, addresses.isSecure(req));
  const contextOf: ContextOf = (req, { requestId, log, lifetime }, actor, db = database.db, catalogReads) =>
    createContext(
      { ...database, db },
      settings,
      { requestId, clientAddress: addresses.clientAddress(req), secure: addresses.isSecure(req), actor, log, lifetime },
      catalogReads,
    );

  const graphql = await createGraphqlRoute({ database, settings, log, schema, contextOf, site });
  const pages = await createPages({
    webDist,
    log,
    // Half the request's deadline: a page that takes longer goes out as the shell, well before the deadline's 504.
    renderTimeoutMs: settings.requestTimeoutMs / 2,
    openReads: graphql.openPageReads,
    originOf,
  });
  const stopWebhooks = startWebhookWorker(database, settings, log.child({ worker: 'webhooks' }));
  const stopMail = startMailWorker(database, settings, log.child({ worker: 'mail' }));
  const probe = openAvailabilityProbe(database);
  const requests = new RequestTracker({ timeoutMs: settings.requestTimeoutMs, probe, log });
  let stopping: Promise<void> | null = null;
  const routes: Route[] = [
    graphql.route,
    exportRoutes(contextOf),
    crawlerRoutes(database, settings.sitemapUrlsPerFile, originOf),
    healthRoutes(database, probe, log, () => stopping !== null),
    schemaRoute(printApiSchema(schema)),
    devMailboxRoute(database, settings.devMailbox),
    siteRoute(site, pages),
  ];

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
      ({ statements } = await answer(routes, { req, res, url, requestId, log: requestLog, lifetime }));
    } catch (error) {
      answerFailure(res, error, requestLog, settings.requestTimeoutMs);
    } finally {
      lifetime.finish();
      if (requestLog.isLevelEnabled('info')) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        requestLog.info({ method: req.method, path: req.url?.split('?')[0], status: res.statusCode, ms: Math.round(ms * 10) / 10, statements }, 'request');
      }
    }
  });
  server.keepAliveTimeout = 65_000;

  return {
    server,
    settings,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
          // Mail links are written on this origin when SITE_URL is unset (a wildcard address names this machine).
          settings.listenOrigin = ['0.0.0.0', '::', ''].includes(host) ? `http://localhost:${address.port}` : url;
          resolve(url);
        });
      }),
    close: () => (stopping ??= stop()),
  };

  async function stop() {
    // server.close() stops accepting and closes idle keep-alive connections; answers from now on close theirs.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    requests.drain();
    const webhooksStopped = stopWebhooks();
    const mailStopped = stopMail();
    if (!(await requests.settled(settings.shutdownGraceMs))) {
      log.warn({ requests: requests.size }, 'grace period over: requests still in flight are stopped');
      requests.stopAll('shutting-down');
    }
    // Answers sent meanwhile close their connections once written; whatever still holds one a second later is cut.
    const cut = setTimeout(() => server.closeAllConnections(), 1000);
    await closed;
    clearTimeout(cut);
    await webhooksStopped;
    await mailStopped;
    await graphql.stop();
    await probe.close();
  }
}
