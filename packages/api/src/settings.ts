import type { TrustedProxies } from './http/client-address.ts';
import { systemResolver, type WebhookResolver } from './modules/partners/webhook-targets.ts';

/** What operators may set (environment variables in main.ts). */
export interface ApiSettings {
  /** VAT in basis points: 1000 = 10% */
  vatBasisPoints: number;
  /** quote requests one client address may send per hour */
  quoteRequestsPerHour: number;
  /** the proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (see http/client-address.ts) */
  trustedProxies: TrustedProxies;
  /** let webhooks go to http:// and private addresses: development and tests only */
  webhookAllowLocalHttp: boolean;
  /** the first retry's delay; each next one doubles */
  webhookRetrySeconds: number;
  /** tries before a delivery is given up */
  webhookMaxAttempts: number;
  /** how often each instance looks for deliveries that are due */
  webhookPollMs: number;
  /** resolves webhook host names (the system's resolver); tests put a table in its place, having no DNS */
  webhookLookup: WebhookResolver;
  /** the most query-cost points a client (key, user or address) can hold; also the most one query may cost */
  budgetCapacity: number;
  /** points given back to each client's budget per second */
  budgetRestorePerSecond: number;
  /** redis://… to keep budgets in Redis; null keeps them in the database */
  redisUrl: string | null;
  /** prefix of this deployment's keys in Redis */
  redisKeyPrefix: string;
  /** a request's deadline: past it, it is answered DEADLINE_EXCEEDED and its transaction rolls back */
  requestTimeoutMs: number;
  /** on SIGTERM/SIGINT, how long requests in flight may take to finish before they are stopped */
  shutdownGraceMs: number;
  /**
   * the site's public origin (https://mayviet.vn) for canonical URLs, link previews and the sitemap; null
   * takes it from each request's Host (development: behind a proxy, set it, or the Host a client sends is believed)
   */
  siteUrl: string | null;
  /** the most addresses in one sitemap file, past which /sitemap.xml is an index of parts: the protocol's 50,000; tests set it small */
  sitemapUrlsPerFile: number;
  /** keep searches' answers in memory by catalog version (CATALOG_CACHE=off: every search computed anew) */
  catalogCache: boolean;
  /** the time one composeStack's solves may take together (COMPOSE_TIME_LIMIT_MS): past it, COMPOSITION_TOO_COMPLEX */
  composeTimeLimitMs: number;
  /** answer searches from an in-memory index of the published catalogue (CATALOG_INDEX=off: SQL only) */
  catalogIndex: boolean;
  /** smtp(s)://user:pass@host:port to send mail through (SMTP_URL); null: mail stays in the outbox, logged */
  smtpUrl: string | null;
  /** the From of every mail (MAIL_FROM) */
  mailFrom: string;
  /** how often each instance looks for mail that is due */
  mailPollMs: number;
  /** the first retry's delay; each next one doubles */
  mailRetrySeconds: number;
  /** tries before a mail is given up */
  mailMaxAttempts: number;
  /** serve the development mailbox (/dev/mailbox): the outbox's last mails, for development without SMTP */
  devMailbox: boolean;
  /**
   * the origin this server listens on (http://127.0.0.1:4000), set by the server when it starts listening,
   * not by operators: mail links use it when SITE_URL is unset, never a request's Host
   */
  listenOrigin: string | null;
}

export const defaultSettings: ApiSettings = {
  vatBasisPoints: 1000,
  quoteRequestsPerHour: 5,
  trustedProxies: [],
  webhookAllowLocalHttp: false,
  webhookRetrySeconds: 30,
  webhookMaxAttempts: 8,
  webhookPollMs: 2000,
  webhookLookup: systemResolver,
  budgetCapacity: 50_000,
  budgetRestorePerSecond: 1_000,
  redisUrl: null,
  redisKeyPrefix: 'mayviet:budget:',
  requestTimeoutMs: 10_000,
  shutdownGraceMs: 25_000,
  siteUrl: null,
  sitemapUrlsPerFile: 50_000,
  catalogCache: true,
  catalogIndex: true,
  composeTimeLimitMs: 5000,
  smtpUrl: null,
  mailFrom: 'Mây Việt <no-reply@mayviet.vn>',
  mailPollMs: 2000,
  mailRetrySeconds: 30,
  mailMaxAttempts: 8,
  devMailbox: false,
  listenOrigin: null,
};
