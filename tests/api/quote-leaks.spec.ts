import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrail, dbId, deliveries, globalId, node, partsOf, sendQuote, startQuoteWorld, type Headers, type QuoteWorld } from '../support/quote-world.ts';

// The two findings of issue 12 about quote requests, attacked over HTTP exactly as they were found, with
// nothing but the API they were found on.

let world: QuoteWorld;
let stackId: string;
let requestId: string;
beforeAll(async () => {
  world = await startQuoteWorld();
  ({ stackId, requestId } = await sendQuote(world));
});
afterAll(() => world.server.close());

describe('finding: a key with only listings:read reads buyers’ contact details', () => {
  it('shows such a key no contact detail in its webhook deliveries or its audit trail', async () => {
    const shown = await deliveries(world.server, world.listingsOnlyA);
    const quoteDeliveries = shown.filter((d) => d.event === 'QUOTE_REQUESTED');
    expect(quoteDeliveries.length).toBeGreaterThan(0);
    const payloads = JSON.stringify(quoteDeliveries.map((d) => d.payload));
    for (const value of Object.values(world.contact)) expect(payloads).not.toContain(value);
    const trail = await auditTrail(world.server, world.listingsOnlyA);
    expect(trail).toContain('vendor_quote_requests');
    for (const value of Object.values(world.contact)) expect(trail).not.toContain(value);
  });
});

describe('finding: any caller reads a competitor’s lead', () => {
  it('gives nothing of a request to a competitor who found its id in the audit trail, nor to anyone without a right to it', async () => {
    const trailOfB = await auditTrail(world.server, world.listingsOnlyB, { targetType: 'vendor_quote_requests' });
    const found = [...trailOfB.matchAll(/quote_request_id\\":\\"([0-9a-f-]{36})/g)].map((m) => m[1]!);
    expect(found).toContain(dbId(requestId));
    const parts = await partsOf(world.server, requestId);
    const callers: [string, Headers][] = [
      ['anonymous', {}],
      ['a key of A with listings:read only', world.listingsOnlyA],
      ['a key of A with quotes:read', world.quotesKeyA],
      ['the owner of A', world.ownerA],
      ['a key of B with quotes:read', world.quotesKeyB],
      ['a key of B with listings:read only', world.listingsOnlyB],
      ['a member of B', world.memberB],
      ['a member of C', world.memberC],
      ['a key of C', world.quotesKeyC],
    ];
    for (const [name, headers] of callers) {
      expect(await node(world.server, globalId('QuoteRequest', found[0]!), headers), name).toBeNull();
    }
    for (const [name, headers] of callers.filter(([name]) => !name.includes(' of A'))) {
      expect(await node(world.server, parts['cmc-cloud']!, headers), `${name} reads A’s part`).toBeNull();
    }
    for (const [name, headers] of callers.filter(([name]) => !name.includes(' of B'))) {
      expect(await node(world.server, parts['viettel-idc']!, headers), `${name} reads B’s part`).toBeNull();
    }
  });

  it('never leads a vendor to the whole stack behind a request: no stack id in its audit trail, deliveries or part', async () => {
    for (const [name, headers] of [
      ['a key of A', world.listingsOnlyA],
      ['the owner of A', world.ownerA],
      ['a member of B', world.memberB],
    ] as const) {
      const seen = [await auditTrail(world.server, headers), JSON.stringify(await deliveries(world.server, headers))].join('\n');
      expect(seen, name).not.toContain(dbId(stackId));
      expect(seen, name).not.toContain(stackId);
    }
    const part = await node(world.server, (await partsOf(world.server, requestId))['cmc-cloud']!, world.quotesKeyA);
    expect(part.lines.map((line: { offering: { slug: string } }) => line.offering.slug).sort()).toEqual(['cmc-cloud-server', 'cmc-waf']);
    expect(JSON.stringify(part)).not.toContain(dbId(stackId));
  });

  it('shows a partner acting as a buyer nothing of the competitors its request reached', async () => {
    const own = await sendQuote(world, world.memberC);
    const trail = await auditTrail(world.server, world.memberC);
    expect(trail).toContain(dbId(own.requestId));
    const parts = await partsOf(world.server, own.requestId);
    for (const [vendor, part] of Object.entries(parts)) expect(trail, vendor).not.toContain(dbId(part));
    expect(trail).not.toContain('127.0.0.1:9/hooks');
  });
});
