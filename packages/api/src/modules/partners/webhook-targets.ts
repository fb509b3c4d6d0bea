import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

// Where a webhook may go: only to public unicast addresses, checked once more at the moment of connecting,
// so that a partner cannot make the marketplace call its own network (cloud metadata, databases, admin
// ports) by naming it, by writing an address in an unusual notation, or by a name whose DNS answer changes
// between a check and the connection.

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address of a host name; the system's resolver in production, a table in tests (there is no DNS there). */
export type WebhookResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: WebhookResolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** What the partner reads in `WebhookDelivery.lastError` when a name leads nowhere public; the same whether it has no answer or a private one, so it says nothing about the marketplace's own network. */
export const notPublicHostError = 'refused: the host name does not resolve to public addresses';

const globalUnicast = ipaddr.IPv6.parseCIDR('2000::/3');

/**
 * Whether an address is public unicast. An allowlist: ipaddr.js names every special range (loopback,
 * private, link-local, CGNAT, benchmarking, documentation, multicast, broadcast, reserved, ULA, IPv4-mapped,
 * NAT64, 6to4, Teredo…) and only what falls in none of them is 'unicast'. For IPv6 it must also lie in the
 * global unicast block, since ipaddr.js has no name for leftovers such as the IPv4-compatible ::/96.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.range() !== 'unicast') return false;
  return parsed.kind() === 'ipv4' || parsed.match(globalUnicast);
}

/** Names that never lead to the public internet: no dot (resolved against local search domains), or a special-use suffix. */
const localName = /^[^.]*$|(^|\.)(localhost|local|internal|home\.arpa)$/;

/**
 * Why a webhook URL is refused, or null when it is fine: https only, no credentials, and a host that can be
 * public (unless the operator allows plain http and private addresses for development). The URL parser
 * has already turned every IPv4 notation (127.1, 0x7f.1, 2130706433, fullwidth digits…) into dotted quads
 * and IPv6 into its compressed form, so literals are judged by value. Names are judged again by what they
 * resolve to, each time a delivery connects.
 */
export function webhookUrlProblem(url: string, allowLocalHttp: boolean): string | null {
  if (url.length > 500) return 'The URL is longer than 500 characters.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This is not a URL.';
  }
  if (parsed.username || parsed.password) return 'The URL must not hold a user name or password; verify the signature instead.';
  if (allowLocalHttp && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) return null;
  if (parsed.protocol !== 'https:') return 'The URL must start with https://.';
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host)) return isPublicAddress(host) ? null : 'The URL must point to a public address, not a private, loopback or reserved one.';
  if (localName.test(host.replace(/\.+$/, ''))) return 'The URL must name a public host, not a local one such as localhost.';
  return null;
}

/** A target refused before any connection; `detail` is for the operators' log, never for the partner. */
class TargetRefused extends Error {
  constructor(
    message: string,
    readonly detail: Record<string, unknown>,
  ) {
    super(message);
  }
}

/**
 * The socket's own resolver: resolves once, refuses unless every answer is public, and hands the socket
 * exactly the answers it checked. Node connects to what this returns and never resolves the name again, so
 * a DNS answer that changes after the check cannot reach the connection; TLS SNI and the Host header keep
 * the name, because only the address lookup is replaced.
 */
function checkedLookup(resolve: WebhookResolver, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (answers) => {
        const addresses = answers.map((answer) => answer.address);
        if (answers.length === 0 || (!allowPrivate && !addresses.every(isPublicAddress))) {
          callback(new TargetRefused(notPublicHostError, { host: hostname, addresses }), '');
        } else if (options.all) {
          callback(null, answers);
        } else {
          callback(null, answers[0]!.address, answers[0]!.family);
        }
      },
      (error: NodeJS.ErrnoException) => callback(new TargetRefused(notPublicHostError, { host: hostname, code: error.code ?? error.message }), ''),
    );
  };
}

/** How one try went: `error` is what the partner may read (null when delivered); `detail` is for the log. */
export interface WebhookOutcome {
  status: number | null;
  error: string | null;
  detail: Record<string, unknown> | null;
}

/**
 * POSTs a webhook, following no redirect (a 3xx is an answer like any other non-2xx). The partner is told
 * only "refused: …", "timed out", "connection failed" or "HTTP <status>": never a socket error, which could
 * name an address, nor anything the remote end wrote.
 */
export function postWebhook(
  url: string,
  message: { headers: Record<string, string>; body: string },
  options: { resolve: WebhookResolver; allowLocalHttp: boolean; timeoutMs: number },
): Promise<WebhookOutcome> {
  const problem = webhookUrlProblem(url, options.allowLocalHttp);
  if (problem) return Promise.resolve({ status: null, error: `refused: ${problem}`, detail: { host: URL.canParse(url) ? new URL(url).hostname : null, problem } });
  const target = new URL(url);
  const signal = AbortSignal.timeout(options.timeoutMs);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((settle) => {
    const request = send(
      target,
      {
        method: 'POST',
        headers: { ...message.headers, 'content-length': String(Buffer.byteLength(message.body)) },
        lookup: checkedLookup(options.resolve, options.allowLocalHttp),
        agent: false,
        signal,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        response.destroy();
        settle({ status, error: status >= 200 && status < 300 ? null : `HTTP ${status}`, detail: null });
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof TargetRefused) settle({ status: null, error: error.message, detail: error.detail });
      else if (signal.aborted) settle({ status: null, error: 'timed out', detail: { host: target.hostname, timeoutMs: options.timeoutMs } });
      else settle({ status: null, error: 'connection failed', detail: { host: target.hostname, code: error.code ?? null, message: error.message } });
    });
    request.end(message.body);
  });
}
