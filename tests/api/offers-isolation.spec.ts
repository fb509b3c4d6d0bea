import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomyBudget, type GraphQLResponse } from '../support/server.ts';
import {
  deliveries as deliveriesOf,
  makeOffer,
  offerActors,
  partsOf,
  sendQuote,
  shareLines,
  startQuoteWorld,
  tieToAccount,
  type Headers,
  type QuoteWorld,
} from '../support/quote-world.ts';

// Who may do what with an offer, cell by cell: every identity × every operation on vendor A's share of a
// request and A's offer on it. Each write is tried on a request of its own, so that no cell depends on
// another. Then: nothing of A's offer (its id, its prices) reaches vendor B, A's competitor in the request.

let world: QuoteWorld;
/** A's unit price in every offer here: a figure no other response holds */
const priceA = '7734519';

interface Identity {
  headers: Headers;
  /** which token it sends as the buyer: the request's own, another request's, or one that opens nothing */
  token?: 'own' | 'other' | 'wrong';
}

let identities: Record<string, Identity>;
let buyerId: string;
let otherToken: string;
const wrongToken = `mvq_${randomBytes(32).toString('base64url')}`;

interface Scenario {
  requestId: string;
  token: string;
  shareA: string;
  offerA: string;
}

let planIds: { planId: string; quantity: number }[];

/** A request tied to the buyer's account, with A's open offer on it. */
async function scenario(): Promise<Scenario> {
  const sent = await sendQuote(world, {}, 'accessToken');
  await tieToAccount(world.server, sent.requestId, buyerId);
  const shareA = (await partsOf(world.server, sent.requestId))['cmc-cloud']!;
  planIds ??= (await shareLines(world.server, shareA, world.quotesKeyA)).map((line) => ({ planId: line.plan.id, quantity: line.quantity }));
  const made = await makeOffer(world.server, world.ownerA, { quoteRequestId: shareA, lines: planIds.map((line) => ({ ...line, unitPrice: priceA })) }, 'id');
  expect(made.data.makeOffer.userErrors).toEqual([]);
  offersOfA.push(made.data.makeOffer.offer.id);
  return { requestId: sent.requestId, token: sent.payload.accessToken, shareA, offerA: made.data.makeOffer.offer.id };
}

const tokenOf = (identity: Identity, s: Scenario) =>
  identity.token === 'own' ? s.token : identity.token === 'other' ? otherToken : identity.token === 'wrong' ? wrongToken : null;

/** Every response B's identities received, and every offer A made, for the leak check at the end. */
const seenByB: string[] = [];
const offersOfA: string[] = [];

function outcome(response: GraphQLResponse, read: (data: any) => string): string {
  if (response.errors) return String(response.errors[0]!.extensions?.code);
  return read(response.data);
}

const mutationOutcome = (field: string) => (data: any) => data[field].userErrors[0]?.code ?? 'OK';

type Operation = (identity: Identity, s: Scenario) => Promise<GraphQLResponse>;

/** Reaches A's offer as the identity can: through the request its token opens, else by id. */
function reachOffer(selection: string): Operation {
  return (identity, s) => {
    const token = tokenOf(identity, s);
    return token
      ? world.server.gql(`query($token: String!) { quoteRequestByToken(token: $token) { offers { id ${selection} } } }`, { token }, identity.headers)
      : world.server.gql(`query($id: ID!) { node(id: $id) { ... on Offer { id ${selection} } } }`, { id: s.offerA }, identity.headers);
  };
}

/** The offer reached (A's, by id), or null. */
function reachedOffer(data: any, s: Scenario): any {
  if ('quoteRequestByToken' in data) return data.quoteRequestByToken?.offers.find((offer: any) => offer.id === s.offerA) ?? null;
  return data.node;
}

const writes: Record<string, { run: Operation; read: (data: any) => string }> = {
  makeOffer: {
    run: (identity, s) => makeOffer(world.server, identity.headers, { quoteRequestId: s.shareA, lines: planIds.map((line) => ({ ...line, unitPrice: priceA })) }, 'id'),
    read: mutationOutcome('makeOffer'),
  },
  withdrawOffer: {
    run: (identity, s) => world.server.gql(`mutation($id: ID!) { withdrawOffer(id: $id) { offer { id } userErrors { code } } }`, { id: s.offerA }, identity.headers),
    read: mutationOutcome('withdrawOffer'),
  },
  declineQuoteRequest: {
    run: (identity, s) =>
      world.server.gql(`mutation($id: ID!) { declineQuoteRequest(input: { id: $id, reason: "Hết năng lực" }) { quoteRequest { id } userErrors { code } } }`, { id: s.shareA }, identity.headers),
    read: mutationOutcome('declineQuoteRequest'),
  },
  acceptOffer: {
    run: (identity, s) =>
      world.server.gql(`mutation($id: ID!, $token: String) { acceptOffer(id: $id, accessToken: $token) { offer { id } userErrors { code } } }`, { id: s.offerA, token: tokenOf(identity, s) }, identity.headers),
    read: mutationOutcome('acceptOffer'),
  },
  declineOffer: {
    run: (identity, s) =>
      world.server.gql(`mutation($id: ID!, $token: String) { declineOffer(id: $id, accessToken: $token) { offer { id } userErrors { code } } }`, { id: s.offerA, token: tokenOf(identity, s) }, identity.headers),
    read: mutationOutcome('declineOffer'),
  },
};

const reads: Record<string, { run: Operation; read: (data: any, s: Scenario) => string }> = {
  'QuoteRequest.offers': {
    run: (identity, s) => {
      const token = tokenOf(identity, s);
      return token
        ? world.server.gql(`query($token: String!) { quoteRequestByToken(token: $token) { offers { id } } }`, { token }, identity.headers)
        : world.server.gql(
            `query($request: ID!, $offer: ID!) { request: node(id: $request) { ... on QuoteRequest { offers { id } } } offer: node(id: $offer) { ... on Offer { quoteRequest { offers { id } } } } }`,
            { request: s.requestId, offer: s.offerA },
            identity.headers,
          );
    },
    read: (data, s) => {
      const lists = [data.quoteRequestByToken?.offers, data.request?.offers, data.offer?.quoteRequest?.offers].filter(Boolean);
      return lists.some((offers: any[]) => offers.some((offer) => offer.id === s.offerA)) ? 'LISTED' : 'NONE';
    },
  },
  'node(offer)': {
    run: (identity, s) => world.server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: s.offerA }, identity.headers),
    read: (data) => (data.node ? 'OFFER' : 'NULL'),
  },
  'VendorQuoteRequest.offers': {
    run: (identity, s) => world.server.gql(`query($id: ID!) { node(id: $id) { ... on VendorQuoteRequest { offers { id } } } }`, { id: s.shareA }, identity.headers),
    read: (data, s) => (data.node?.offers.some((offer: any) => offer.id === s.offerA) ? 'LISTED' : 'NULL'),
  },
  'Offer.quoteRequest': {
    run: reachOffer('quoteRequest { id }'),
    read: (data, s) => (reachedOffer(data, s)?.quoteRequest?.id === s.requestId ? 'REQUEST' : 'NULL'),
  },
  prices: {
    run: reachOffer('monthlyTotal { amount } lines { unitPrice { amount } } terms'),
    read: (data, s) => (reachedOffer(data, s)?.lines?.[0]?.unitPrice.amount === priceA ? 'PRICES' : 'NULL'),
  },
};

const operations = [...Object.keys(writes), ...Object.keys(reads)];

// makeOffer, withdrawOffer, declineQuoteRequest, acceptOffer, declineOffer | QuoteRequest.offers, node(offer),
// VendorQuoteRequest.offers, Offer.quoteRequest, prices
const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const expected: Record<string, string[]> = {
  anonymous: [U, U, U, N, N, 'NONE', 'NULL', 'NULL', 'NULL', 'NULL'],
  'a wrong token': [U, U, U, 'INVALID_TOKEN', 'INVALID_TOKEN', 'NONE', 'NULL', 'NULL', 'NULL', 'NULL'],
  "the buyer's token": [U, U, U, 'OK', 'OK', 'LISTED', 'NULL', 'NULL', 'REQUEST', 'PRICES'],
  "another buyer's token": [U, U, U, N, N, 'NONE', 'NULL', 'NULL', 'NULL', 'NULL'],
  'the account holder': [F, F, F, 'OK', 'OK', 'LISTED', 'OFFER', 'NULL', 'REQUEST', 'PRICES'],
  'another account': [F, F, F, N, N, 'NONE', 'NULL', 'NULL', 'NULL', 'NULL'],
  'A owner': ['OK', 'OK', 'OK', N, N, F, 'OFFER', 'LISTED', F, 'PRICES'],
  'A member': ['OK', 'OK', 'OK', N, N, F, 'OFFER', 'LISTED', F, 'PRICES'],
  'A key quotes:read': [F, F, F, N, N, F, 'OFFER', 'LISTED', F, 'PRICES'],
  'A key quotes:write': ['OK', 'OK', 'OK', N, N, F, 'OFFER', 'LISTED', F, 'PRICES'],
  'B key quotes:write': [N, N, N, N, N, 'NONE', 'NULL', 'NULL', 'NULL', 'NULL'],
  'B member': [N, N, N, N, N, 'NONE', 'NULL', 'NULL', 'NULL', 'NULL'],
  'C key quotes:write': [N, N, N, N, N, 'NONE', 'NULL', 'NULL', 'NULL', 'NULL'],
  'C member': [N, N, N, N, N, 'NONE', 'NULL', 'NULL', 'NULL', 'NULL'],
  staff: [F, F, F, N, N, 'LISTED', 'OFFER', 'LISTED', 'REQUEST', F],
};

beforeAll(async () => {
  world = await startQuoteWorld({ quoteRequestsPerHour: 1000, ...roomyBudget });
  const actors = await offerActors(world);
  buyerId = actors.buyer.id;
  otherToken = (await sendQuote(world, {}, 'accessToken')).payload.accessToken;
  identities = {
    anonymous: { headers: {} },
    'a wrong token': { headers: {}, token: 'wrong' },
    "the buyer's token": { headers: {}, token: 'own' },
    "another buyer's token": { headers: {}, token: 'other' },
    'the account holder': { headers: actors.buyer.headers },
    'another account': { headers: actors.otherBuyer.headers },
    'A owner': { headers: world.ownerA },
    'A member': { headers: actors.memberA },
    'A key quotes:read': { headers: world.quotesKeyA },
    'A key quotes:write': { headers: actors.writeKeyA },
    'B key quotes:write': { headers: actors.writeKeyB },
    'B member': { headers: world.memberB },
    'C key quotes:write': { headers: actors.writeKeyC },
    'C member': { headers: world.memberC },
    staff: { headers: world.staff },
  };
});
afterAll(() => world.server.close());

describe('offers: every identity × every operation', () => {
  it('gives each cell its expected outcome', async () => {
    const shared = await scenario();
    const found: Record<string, string[]> = {};
    for (const [name, identity] of Object.entries(identities)) {
      const row: string[] = [];
      for (const write of Object.values(writes)) {
        const response = await write.run(identity, await scenario());
        if (name.startsWith('B ')) seenByB.push(JSON.stringify(response.data ?? response.errors));
        row.push(outcome(response, write.read));
      }
      for (const read of Object.values(reads)) {
        const response = await read.run(identity, shared);
        if (name.startsWith('B ')) seenByB.push(JSON.stringify(response.data ?? response.errors));
        row.push(outcome(response, (data) => read.read(data, shared)));
      }
      found[name] = row;
    }
    for (const name of Object.keys(expected)) {
      for (const [index, operation] of operations.entries()) {
        expect(`${name} × ${operation}: ${found[name]![index]}`).toBe(`${name} × ${operation}: ${expected[name]![index]}`);
      }
    }
  });

  it('shows B nothing of A’s offers, in its answers or its webhook deliveries', async () => {
    const s = await scenario();
    const accepted = await world.server.gql(`mutation($id: ID!, $token: String) { acceptOffer(id: $id, accessToken: $token) { userErrors { code } } }`, { id: s.offerA, token: s.token });
    expect(accepted.data.acceptOffer.userErrors).toEqual([]);
    const inbox = await world.server.gql(`{ quoteInbox(first: 100) { nodes { id status offers { id } } } }`, {}, world.memberB);
    expect(inbox.errors).toBeUndefined();
    seenByB.push(JSON.stringify(inbox.data));
    seenByB.push(JSON.stringify(await deliveriesOf(world.server, world.memberB)));
    const everything = seenByB.join('\n');
    expect(everything.length).toBeGreaterThan(1000);
    expect(everything).not.toContain(priceA);
    for (const offer of offersOfA) expect(everything).not.toContain(offer);
    expect(offersOfA.length).toBeGreaterThan(75);
    // …while A's own deliveries hold them, so the search would find them.
    const own = JSON.stringify(await deliveriesOf(world.server, world.ownerA));
    expect(own).toContain(s.offerA);
    expect(own).toContain(priceA);
  });
});
