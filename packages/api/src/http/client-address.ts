import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * Which peers may speak for the client (X-Forwarded-For, X-Forwarded-Proto): addresses and CIDRs (and
 * proxy-addr's names loopback, linklocal, uniquelocal), or a number of proxy hops in front of the server.
 * Empty: nobody; the socket's address is the client's.
 */
export type TrustedProxies = string[] | number;

/** What TRUST_PROXY=true means: the load balancer reaches us from loopback or a private network. */
export const privateNetworkProxies = ['loopback', 'uniquelocal'];

export interface ClientAddressResolver {
  /** The right-most X-Forwarded-For entry that is not a trusted proxy, or the socket's address. */
  clientAddress(req: IncomingMessage): string;
  /** HTTPS directly, or behind a trusted proxy that says so. */
  isSecure(req: IncomingMessage): boolean;
}

/**
 * A client writes whatever X-Forwarded-For it likes, and each proxy appends the address it saw: only the
 * entries appended by proxies we trust are true, so the client is the nearest address that is not one of
 * them. proxy-addr walks the chain that way, as Express's "trust proxy" does.
 */
export function clientAddressResolver(trusted: TrustedProxies): ClientAddressResolver {
  const trust =
    typeof trusted === 'number' ? (_address: string, hop: number) => hop < trusted : trusted.length > 0 ? proxyAddr.compile(trusted) : () => false;
  const peerIsTrusted = (req: IncomingMessage) => req.socket.remoteAddress !== undefined && trust(req.socket.remoteAddress, 0);
  return {
    // A trusted proxy could still pass on a client's garbage (a hop count set too high): it is cut to the
    // length the throttles and quote requests keep.
    clientAddress: (req) => (proxyAddr(req, trust) ?? 'unknown').slice(0, 64),
    isSecure: (req) => {
      if ('encrypted' in req.socket && req.socket.encrypted === true) return true;
      // Each proxy may append its own scheme: the last one is what the trusted peer itself was reached by.
      const forwardedProto = req.headers['x-forwarded-proto'];
      return peerIsTrusted(req) && typeof forwardedProto === 'string' && forwardedProto.split(',').at(-1)!.trim() === 'https';
    },
  };
}

/**
 * TRUSTED_PROXIES (a comma-separated list of addresses and CIDRs, or a hop count), or the older
 * TRUST_PROXY=true (loopback and private networks). Throws a message an operator can act on.
 */
export function trustedProxiesFromEnvironment(env: Record<string, string | undefined>): TrustedProxies {
  const list = env.TRUSTED_PROXIES?.trim();
  const legacy = env.TRUST_PROXY?.trim();
  if (legacy && legacy !== 'true' && legacy !== 'false') throw new Error(`TRUST_PROXY must be true or false; got ${legacy}`);
  if (list && legacy === 'true') throw new Error('Set TRUSTED_PROXIES or TRUST_PROXY=true, not both: TRUST_PROXY=true means TRUSTED_PROXIES=loopback,uniquelocal.');
  if (!list) return legacy === 'true' ? privateNetworkProxies : [];
  if (/^\d+$/.test(list)) {
    const hops = Number(list);
    if (hops > 10) throw new Error(`TRUSTED_PROXIES as a hop count must be at most 10; got ${list}`);
    return hops;
  }
  const entries = list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    proxyAddr.compile(entries);
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES must list addresses or CIDRs (or loopback, linklocal, uniquelocal), or be a hop count; ${(error as Error).message}`);
  }
  return entries;
}
