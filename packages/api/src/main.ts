import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCatalogEmpty, migrateForServing, openDatabase, runtimeGroupRole, seedCatalog } from '@mayviet/db';
import { trustedProxiesFromEnvironment } from './http/client-address.ts';
import { warmSolver } from './modules/compose/solver.ts';
import { siteUrlFromEnvironment } from './http/site-origin.ts';
import { createApp } from './http/server.ts';
import { createLogger } from './logger.ts';

const log = createLogger();

/** SMTP_URL: smtp:// or smtps:// with a host (credentials and options as nodemailer reads them); unset or empty is null. */
function smtpUrlFromEnvironment(value: string | undefined): string | null {
  const given = value?.trim();
  if (!given) return null;
  let url: URL | null = null;
  try {
    url = new URL(given);
  } catch {
    url = null;
  }
  // The value is not echoed: it may hold the SMTP password.
  if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname) {
    throw new Error('SMTP_URL must be smtp://user:password@host:port or smtps://…, e.g. smtps://mayviet:secret@smtp.example.vn:465');
  }
  return given;
}

function config() {
  const port = Number(process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number; got ${process.env.PORT}`);
  const seed = process.env.SEED ?? 'auto';
  if (!['auto', 'always', 'never'].includes(seed)) throw new Error(`SEED must be auto, always or never; got ${seed}`);
  const vatPercent = Number(process.env.VAT_PERCENT ?? 10);
  if (!Number.isFinite(vatPercent) || vatPercent < 0 || vatPercent > 100 || Math.round(vatPercent * 100) !== vatPercent * 100) {
    throw new Error(`VAT_PERCENT must be a percentage with at most two decimals, e.g. 10 or 8; got ${process.env.VAT_PERCENT}`);
  }
  const quoteRequestsPerHour = Number(process.env.QUOTE_REQUESTS_PER_HOUR ?? 5);
  if (!Number.isInteger(quoteRequestsPerHour) || quoteRequestsPerHour < 1) {
    throw new Error(`QUOTE_REQUESTS_PER_HOUR must be a whole number from 1; got ${process.env.QUOTE_REQUESTS_PER_HOUR}`);
  }
  const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 1000) {
    throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 1000; got ${process.env.DATABASE_POOL_SIZE}`);
  }
  const budgetCapacity = Number(process.env.API_BUDGET_CAPACITY ?? 50_000);
  if (!Number.isInteger(budgetCapacity) || budgetCapacity < 1) {
    throw new Error(`API_BUDGET_CAPACITY must be a whole number of points from 1; got ${process.env.API_BUDGET_CAPACITY}`);
  }
  const budgetRestorePerSecond = Number(process.env.API_BUDGET_RESTORE_PER_SECOND ?? 1_000);
  if (!Number.isFinite(budgetRestorePerSecond) || budgetRestorePerSecond <= 0) {
    throw new Error(`API_BUDGET_RESTORE_PER_SECOND must be a number of points above 0; got ${process.env.API_BUDGET_RESTORE_PER_SECOND}`);
  }
  const requestTimeoutMs = Number(process.env.REQUEST_TIMEOUT_MS ?? 10_000);
  if (!Number.isInteger(requestTimeoutMs) || requestTimeoutMs < 100 || requestTimeoutMs > 600_000) {
    throw new Error(`REQUEST_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000; got ${process.env.REQUEST_TIMEOUT_MS}`);
  }
  const composeTimeLimitMs = Number(process.env.COMPOSE_TIME_LIMIT_MS ?? 5000);
  if (!Number.isInteger(composeTimeLimitMs) || composeTimeLimitMs < 100 || composeTimeLimitMs > 60_000) {
    throw new Error(`COMPOSE_TIME_LIMIT_MS must be a whole number of milliseconds from 100 to 60000; got ${process.env.COMPOSE_TIME_LIMIT_MS}`);
  }
  const shutdownGraceSeconds = Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 25);
  if (!Number.isFinite(shutdownGraceSeconds) || shutdownGraceSeconds < 0 || shutdownGraceSeconds > 3600) {
    throw new Error(`SHUTDOWN_GRACE_SECONDS must be a number of seconds from 0 to 3600; got ${process.env.SHUTDOWN_GRACE_SECONDS}`);
  }
  const smtpUrl = smtpUrlFromEnvironment(process.env.SMTP_URL);
  const mailFrom = process.env.MAIL_FROM?.trim() || 'Mây Việt <no-reply@mayviet.vn>';
  if (!/^[^<>@\s]+@[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/.test(mailFrom)) {
    throw new Error(`MAIL_FROM must be an address, or a name and <address>, e.g. Mây Việt <no-reply@mayviet.vn>; got ${mailFrom}`);
  }
  const onOff = (name: string): boolean => {
    const value = process.env[name] ?? 'on';
    if (value !== 'on' && value !== 'off') throw new Error(`${name} must be on or off; got ${value}`);
    return value === 'on';
  };
  return {
    port,
    poolSize,
    api: {
      vatBasisPoints: Math.round(vatPercent * 100),
      quoteRequestsPerHour,
      trustedProxies: trustedProxiesFromEnvironment(process.env),
      webhookAllowLocalHttp: process.env.WEBHOOK_ALLOW_LOCAL_HTTP === 'true',
      budgetCapacity,
      budgetRestorePerSecond,
      redisUrl: process.env.REDIS_URL || null,
      requestTimeoutMs,
      shutdownGraceMs: Math.round(shutdownGraceSeconds * 1000),
      siteUrl: siteUrlFromEnvironment(process.env.SITE_URL),
      catalogCache: onOff('CATALOG_CACHE'),
      catalogIndex: onOff('CATALOG_INDEX'),
      composeTimeLimitMs,
      smtpUrl,
      mailFrom,
      // Without SMTP, development reads the outbox at /dev/mailbox; production never serves it.
      devMailbox: process.env.NODE_ENV !== 'production' && smtpUrl === null,
    },
    host: process.env.HOST ?? '127.0.0.1',
    databaseUrl: process.env.DATABASE_URL || undefined,
    migrationDatabaseUrl: process.env.MIGRATION_DATABASE_URL || undefined,
    pgliteDataDir: process.env.PGLITE_DATA_DIR || undefined,
    seed: seed as 'auto' | 'always' | 'never',
    webDist: process.env.WEB_DIST ?? resolve(fileURLToPath(import.meta.url), '../../../web/dist'),
  };
}

const settings = config();
const database = await openDatabase({
  url: settings.databaseUrl,
  dataDir: settings.pgliteDataDir,
  maxConnections: settings.poolSize,
  // No statement outlives the request it serves.
  statementTimeoutMs: settings.api.requestTimeoutMs,
});
log.info({ driver: database.driver, location: database.location }, 'database opened');
const schema = await migrateForServing(database, settings.migrationDatabaseUrl);
log.info({ migratedWith: schema.migratedWith, role: schema.role?.name }, 'database schema up to date');
if (schema.role?.ownsTables) {
  log.warn(
    { role: schema.role.name },
    `the server runs as a role that owns the tables: it could alter them and rewrite the audit trail; serve as a member of ${runtimeGroupRole} and migrate with MIGRATION_DATABASE_URL (README, Configuration)`,
  );
}
if (settings.seed === 'always' || (settings.seed === 'auto' && (await isCatalogEmpty(database.db)))) {
  const report = await seedCatalog(database.db);
  log.info({ report }, 'seed catalog applied');
}
const app = await createApp({ database, log, webDist: settings.webDist, settings: settings.api });
const url = await app.listen(settings.port, settings.host);
// The composer's solver thread starts now rather than on the first composition (it compiles HiGHS).
warmSolver().catch((error: unknown) => log.error({ err: error }, 'the composer’s solver thread did not start'));
log.info({ url, graphql: `${url}/graphql`, schema: `${url}/schema.graphql` }, 'Mây Việt is serving');
console.log(`\n  Mây Việt: ${url}/   GraphQL: ${url}/graphql   schema: ${url}/schema.graphql\n`);
if (settings.api.devMailbox) console.log(`  SMTP_URL is unset: mail stays in the outbox, readable at ${url}/dev/mailbox\n`);
else if (!settings.api.smtpUrl) log.info('SMTP_URL is unset: mail is queued in the outbox and not sent');

let stopping = false;
/** Requests in flight finish (within the grace period), the webhook worker finishes its deliveries, then the pool closes. */
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ graceMs: settings.api.shutdownGraceMs, signal }, 'shutting down');
  await app.close();
  await database.close();
  log.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
