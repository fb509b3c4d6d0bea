import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trustedProxiesFromEnvironment } from '../../packages/api/src/http/client-address.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';
import { firstPlans, saveMutation } from '../support/stacks.ts';

// The test client always connects from 127.0.0.1: each server below plays it as a different network. With
// TRUST_PROXY=true, 127.0.0.1 is a load balancer that appends the address it saw to X-Forwarded-For; with
// TRUSTED_PROXIES=10.0.0.0/8 it is a client that nobody vouches for; with a hop count, one proxy or two.
let behindBalancer: TestServer;
let untrustedPeer: TestServer;
let twoHops: TestServer;
beforeAll(async () => {
  [behindBalancer, untrustedPeer, twoHops] = await Promise.all([
    startServer({ settings: { trustedProxies: trustedProxiesFromEnvironment({ TRUST_PROXY: 'true' }) } }),
    startServer({ settings: { trustedProxies: trustedProxiesFromEnvironment({ TRUSTED_PROXIES: '10.0.0.0/8, 192.168.0.0/16' }) } }),
    startServer({ settings: { trustedProxies: trustedProxiesFromEnvironment({ TRUSTED_PROXIES: '2' }) } }),
  ]);
});
afterAll(() => Promise.all([behindBalancer, untrustedPeer, twoHops].map((server) => server?.close())));

const quoteMutation = `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { id } userErrors { code } } }`;
const contact = { contactName: 'Trần Văn Minh', contactEmail: 'minh.tran@example.vn', organization: 'Sở Y tế', message: 'Xin báo giá.' };

async function savedStack(server: TestServer): Promise<string> {
  const p = await firstPlans(server, 'viettel-cloud-server');
  const saved = await server.gql(saveMutation, { input: { name: 'Máy chủ', items: [{ planId: p['viettel-cloud-server']!.id, quantity: 1 }] } });
  return saved.data.saveStack.stack.id;
}

/** Sends quote requests with these X-Forwarded-For headers, one after the other; returns each outcome. */
async function requestQuotes(server: TestServer, forwardedFor: string[]): Promise<string[]> {
  const stackId = await savedStack(server);
  const outcomes: string[] = [];
  for (const header of forwardedFor) {
    const payload = (await server.gql(quoteMutation, { input: { stackId, ...contact } }, { 'x-forwarded-for': header })).data.requestQuote;
    outcomes.push(payload.quoteRequest ? 'sent' : payload.userErrors[0].code);
  }
  return outcomes;
}

async function storedAddress(server: TestServer, forwardedFor: string): Promise<string> {
  const stackId = await savedStack(server);
  const payload = (await server.gql(quoteMutation, { input: { stackId, ...contact } }, { 'x-forwarded-for': forwardedFor })).data.requestQuote;
  expect(payload.userErrors).toEqual([]);
  const id = Buffer.from(payload.quoteRequest.id, 'base64url').toString('utf8').split(':')[1]!;
  const [row] = await rows<{ address: string }>(server.database, sql`select client_address as address from quote_requests where id = ${id}`);
  return row!.address;
}

describe('the client address behind a trusted load balancer (TRUST_PROXY=true)', () => {
  it('counts one client as one address whatever X-Forwarded-For it writes: the 6th quote request in the hour is refused', async () => {
    // The client writes its own X-Forwarded-For; the balancer appends the address it really saw.
    const headers = Array.from({ length: 10 }, (_, i) => `198.51.100.${i}, 203.0.113.50`);
    const outcomes = await requestQuotes(behindBalancer, headers);
    expect(outcomes).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('ignores a spoofed left-most entry and private hops: the address is the right-most one not a proxy', async () => {
    expect(await storedAddress(behindBalancer, '1.2.3.4, 203.0.113.51')).toBe('203.0.113.51');
    expect(await storedAddress(behindBalancer, '1.2.3.4, 203.0.113.52, 10.1.2.3')).toBe('203.0.113.52');
  });

  it('honours X-Forwarded-Proto: https from the balancer: the cookie is Secure', async () => {
    const out = await behindBalancer.gql(`mutation { signOut { signedOut } }`, {}, { 'x-forwarded-proto': 'https' });
    expect(out.headers.get('set-cookie')).toMatch(/; Secure$/);
  });
});

describe('a peer that is not a trusted proxy', () => {
  it('has its X-Forwarded-For ignored entirely: varied headers are still one address', async () => {
    expect(await storedAddress(untrustedPeer, '203.0.113.60')).toBe('127.0.0.1');
    const headers = Array.from({ length: 6 }, (_, i) => `203.0.113.${61 + i}`);
    expect(await requestQuotes(untrustedPeer, headers)).toEqual(['sent', 'sent', 'sent', 'sent', 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('cannot mark the cookie Secure with X-Forwarded-Proto', async () => {
    const out = await untrustedPeer.gql(`mutation { signOut { signedOut } }`, {}, { 'x-forwarded-proto': 'https' });
    expect(out.headers.get('set-cookie')).not.toContain('Secure');
  });
});

describe('a hop count (TRUSTED_PROXIES=2)', () => {
  it('takes the entry the farthest trusted hop appended, whatever the client wrote before it', async () => {
    expect(await storedAddress(twoHops, '1.2.3.4, 203.0.113.80, 192.0.2.1')).toBe('203.0.113.80');
    expect(await storedAddress(twoHops, '5.6.7.8, 203.0.113.80, 192.0.2.2')).toBe('203.0.113.80');
  });

  it('counts the varied headers of one client as one address', async () => {
    const headers = Array.from({ length: 6 }, (_, i) => `100.${i}.0.1, 203.0.113.81, 192.0.2.${i}`);
    expect(await requestQuotes(twoHops, headers)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', 'RATE_LIMITED']);
  });
});
