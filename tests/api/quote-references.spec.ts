import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnotherInstance } from '../support/server.ts';
import { deliveries, partsOf, sendQuote, startQuoteWorld, type Headers, type QuoteWorld } from '../support/quote-world.ts';

// A quote request's reference (MV-<year>-<number>) is what the buyer and every vendor quote to each other:
// the same on the buyer's copy, on each vendor's inbox line and in each vendor's webhook payload.

let world: QuoteWorld;
beforeAll(async () => {
  world = await startQuoteWorld();
});
afterAll(() => world.server.close());

const referenceFormat = /^MV-\d{4}-\d{6,}$/;
const yearInVietnam = (iso: string) => new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date(iso));

async function quote() {
  const sent = await sendQuote(world, {}, 'sent: quoteRequest { reference createdAt } accessToken');
  return { requestId: sent.requestId, reference: sent.payload.sent.reference as string, createdAt: sent.payload.sent.createdAt as string, token: sent.payload.accessToken as string };
}

async function inboxReferences(headers: Headers): Promise<Record<string, string>> {
  const response = await world.server.gql(`{ quoteInbox(first: 100) { nodes { id reference } } }`, {}, headers);
  expect(response.errors).toBeUndefined();
  return Object.fromEntries(response.data.quoteInbox.nodes.map((node: { id: string; reference: string }) => [node.id, node.reference]));
}

describe('a quote request’s reference', () => {
  it('is returned by requestQuote, distinct per request, and the same for the buyer, each vendor’s inbox and webhook', async () => {
    const first = await quote();
    const second = await quote();
    for (const sent of [first, second]) {
      expect(sent.reference).toMatch(referenceFormat);
      expect(sent.reference.slice(3, 7)).toBe(yearInVietnam(sent.createdAt));
    }
    expect(second.reference).not.toBe(first.reference);

    const byToken = await world.server.gql(`query($token: String!) { quoteRequestByToken(token: $token) { id reference } }`, { token: first.token });
    expect(byToken.data.quoteRequestByToken).toEqual({ id: first.requestId, reference: first.reference });

    const parts = await partsOf(world.server, first.requestId);
    expect(Object.keys(parts).sort()).toEqual(['cmc-cloud', 'viettel-idc']);
    expect((await inboxReferences(world.quotesKeyA))[parts['cmc-cloud']!]).toBe(first.reference);
    expect((await inboxReferences(world.quotesKeyB))[parts['viettel-idc']!]).toBe(first.reference);
    const part = await world.server.gql(`query($id: ID!) { node(id: $id) { ... on VendorQuoteRequest { reference } } }`, { id: parts['viettel-idc'] }, world.memberB);
    expect(part.data.node).toEqual({ reference: first.reference });

    // Each vendor's QUOTE_REQUESTED payload names it, also for a key that may not read the buyer's contact.
    for (const [headers, slug] of [[world.ownerA, 'cmc-cloud'], [world.memberB, 'viettel-idc'], [world.listingsOnlyB, 'viettel-idc']] as const) {
      const payloads = (await deliveries(world.server, headers))
        .filter((delivery) => delivery.event === 'QUOTE_REQUESTED')
        .map((delivery) => JSON.parse(delivery.payload).quoteRequest as { id: string; reference: string });
      expect(payloads.find((payload) => payload.id === parts[slug])?.reference).toBe(first.reference);
    }

    // Erasing the buyer's contact keeps the reference everywhere.
    const erased = await world.server.gql(`mutation($id: ID!) { eraseQuoteContact(input: { id: $id }) { quoteRequest { reference } userErrors { code } } }`, { id: first.requestId }, world.staff);
    expect(erased.data.eraseQuoteContact).toEqual({ quoteRequest: { reference: first.reference }, userErrors: [] });
    const payload = (await deliveries(world.server, world.ownerA)).map((delivery) => JSON.parse(delivery.payload).quoteRequest).find((q) => q?.id === parts['cmc-cloud']);
    expect(payload).toMatchObject({ reference: first.reference, contactName: '(erased)' });
  });

  it('is in the QUOTE_REQUESTED payload docs/PARTNER_API.md shows, which has the fields a delivery has', async () => {
    const doc = readFileSync(new URL('../../docs/PARTNER_API.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!)).find((body) => body.event === 'QUOTE_REQUESTED');
    expect(documented.quoteRequest.reference).toMatch(referenceFormat);
    const sent = await quote();
    const parts = await partsOf(world.server, sent.requestId);
    const delivered = (await deliveries(world.server, world.ownerA)).map((delivery) => JSON.parse(delivery.payload)).find((body) => body.quoteRequest?.id === parts['cmc-cloud']);
    const shape = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(shape) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort().map(([k, v]) => [k, shape(v)])) : typeof value;
    expect(shape({ ...documented, quoteRequest: { ...documented.quoteRequest, lines: documented.quoteRequest.lines.slice(0, 1) } })).toEqual(
      shape({ ...delivered, quoteRequest: { ...delivered.quoteRequest, lines: delivered.quoteRequest.lines.slice(0, 1) } }),
    );
  });

  it('stays unique when two API instances take requests at the same moment', async () => {
    const other = await startAnotherInstance(world.server, { settings: { quoteRequestsPerHour: 100, webhookAllowLocalHttp: true, webhookPollMs: 3_600_000 } });
    try {
      const saved = await world.server.gql(`mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } } }`, {
        input: { name: 'Nhiều yêu cầu cùng lúc', items: world.stackLines },
      });
      const stackId = saved.data.saveStack.stack.id;
      const references = await Promise.all(
        Array.from({ length: 12 }, async (_, i) => {
          const response = await (i % 2 ? other : world.server).gql(
            `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { reference } userErrors { code } } }`,
            { input: { stackId, ...world.contact } },
          );
          expect(response.errors).toBeUndefined();
          expect(response.data.requestQuote.userErrors).toEqual([]);
          return response.data.requestQuote.quoteRequest.reference as string;
        }),
      );
      for (const reference of references) expect(reference).toMatch(referenceFormat);
      expect(new Set(references).size).toBe(references.length);
    } finally {
      await other.close();
    }
  });
});
