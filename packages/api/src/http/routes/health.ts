import type { AvailabilityProbe, Database } from '@mayviet/db';
import type { Logger } from 'pino';
import { sendJson, type Route } from './route.ts';

/**
 * /healthz: the process answers. /readyz: whether the database answers, on the probe's own connection (a
 * pool that slow requests fill is no outage), and whether this instance is not shutting down.
 */
export function healthRoutes(database: Database, probe: AvailabilityProbe, log: Logger, stopping: () => boolean): Route {
  return async ({ url, res }) => {
    if (url.pathname === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
    } else if (url.pathname !== '/readyz') {
      return null;
    } else if (stopping()) {
      sendJson(res, 503, { status: 'stopping', database: database.driver, reason: 'this instance is shutting down' });
    } else if (await probe.check()) {
      sendJson(res, 200, { status: 'ready', database: database.driver });
    } else {
      log.warn('readiness check failed: the database does not answer');
      sendJson(res, 503, { status: 'unavailable', database: database.driver, reason: 'the database does not answer' });
    }
    return {};
  };
}
