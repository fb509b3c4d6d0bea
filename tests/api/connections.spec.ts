import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDrafts } from '../support/listings.ts';
import { dbId, sendQuote, startQuoteWorld, type Headers, type QuoteWorld } from '../support/quote-world.ts';

// The connections added beside the lists and pages that came before them: each walks the same items in
// the same order as its old field, says no page follows an exactly full last page, and lets in exactly
// whom the old field let in.

let world: QuoteWorld;
let ownerUserId: string;
const drafts = 6;
const quotes = 5;

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Page<N> {
  totalCount?: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: N }[];
  nodes: N[];
}
type FetchPage<N> = (first: number, after: string | null) => Promise<Page<N>>;

const pageFields = (node: string, counted = true) =>
  `${counted ? 'totalCount' : ''} pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${node} } } nodes { ${node} }`;

async function data(query: string, variables: Record<string, unknown>, headers: Headers) {
  const response = await world.server.gql(query, variables, headers);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data;
}

async function errorCode(query: string, variables: Record<string, unknown>, headers: Headers) {
  return (await world.server.gql(query, variables, headers)).errors?.[0]?.extensions?.code ?? null;
}

/** Every page of a connection at `first` a page: each page full but the last, none empty after the first. */
async function walk<N>(fetchPage: FetchPage<N>, first: number): Promise<{ nodes: N[]; pages: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= 50; pages++) {
    const page: Page<N> = await fetchPage(first, after);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.nodes).toEqual(page.edges.map((edge) => edge.node));
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (after !== null) expect(page.edges.length, 'a page that hasNextPage promised').toBeGreaterThan(0);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { nodes, pages };
    expect(page.edges.length).toBe(first);
    after = page.pageInfo.endCursor;
  }
  throw new Error('the connection never ended');
}

/**
 * Walks the connection at several page sizes: all in one exactly full page, pages that divide the list
 * exactly, and pages that leave one item over; each walk gives `expected`, in its order.
 */
async function pagesThrough<N>(fetchPage: FetchPage<N>, expected: N[]) {
  const total = expected.length;
  expect(total).toBeGreaterThan(2);
  const divisor = [2, 3, 4, 5].find((size) => total % size === 0 && size < total) ?? total;
  for (const size of [total, divisor, total - 1]) {
    const walked = await walk(fetchPage, size);
    expect(walked.nodes, `pages of ${size}`).toEqual(expected);
    expect(walked.pages, `pages of ${size} over ${total}`).toBe(Math.ceil(total / size));
  }
  const whole = await fetchPage(total, null);
  expect(whole.pageInfo.hasNextPage, 'an exactly full last page').toBe(false);
  if (whole.totalCount !== undefined) expect(whole.totalCount).toBe(total);
}

function ordered<N>(nodes: N[], inOrder: (a: N, b: N) => boolean) {
  for (let i = 1; i < nodes.length; i++) expect(inOrder(nodes[i - 1]!, nodes[i]!), JSON.stringify([nodes[i - 1], nodes[i]])).toBe(true);
}

beforeAll(async () => {
  world = await startQuoteWorld();
  ownerUserId = dbId((await data(`{ viewer { user { id } } }`, {}, world.ownerA)).viewer.user.id);
  const dataCenters = (await data(`{ vendor(slug: "cmc-cloud") { dataCenters { id } } }`, {}, {})).vendor.dataCenters.map((dc: { id: string }) => dc.id);
  const imported = (
    await data(
      `mutation($input: ImportOfferingsInput!) { importOfferings(input: $input) { results { offering { id } } userErrors { code } } }`,
      { input: { offerings: computeDrafts('Máy chủ Phân trang', drafts, dataCenters.slice(0, 1)) } },
      world.ownerA,
    )
  ).importOfferings;
  expect(imported.userErrors).toEqual([]);
  for (const { offering } of imported.results) {
    const submitted = await data(`mutation($id: ID!) { submitOffering(id: $id) { userErrors { code } } }`, { id: offering.id }, world.ownerA);
    expect(submitted.submitOffering.userErrors).toEqual([]);
    const claimed = await data(
      `mutation($input: ClaimAttestationInput!) { claimAttestation(input: $input) { userErrors { code } } }`,
      { input: { frameworkCode: 'ISO-27001', offeringId: offering.id, evidenceUrl: 'https://example.vn/iso.pdf', validUntil: '2030-01-01T00:00:00Z' } },
      world.ownerA,
    );
    expect(claimed.claimAttestation.userErrors).toEqual([]);
  }
  for (let i = 0; i < quotes; i++) await sendQuote(world);
  for (const name of ['Kế toán', 'Kho', 'Báo cáo']) {
    const created = await data(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { userErrors { code } } }`,
      { input: { name, scopes: ['listings:read'] } },
      world.ownerA,
    );
    expect(created.createApiKey.userErrors).toEqual([]);
  }
});
afterAll(() => world.server.close());

describe('auditEventsConnection', () => {
  const filter = () => ({ actorId: ownerUserId, action: 'offerings.INSERT' });
  const query = `query($filter: AuditFilter, $first: Int, $after: String) {
    auditEventsConnection(filter: $filter, first: $first, after: $after) { ${pageFields('id occurredAt action', false)} } }`;
  const old = `query($filter: AuditFilter) { auditEvents(filter: $filter, first: 100) { events { id occurredAt action } nextBefore } }`;
  const fetchAs =
    (headers: Headers): FetchPage<{ id: string }> =>
    async (first, after) =>
      (await data(query, { filter: filter(), first, after }, headers)).auditEventsConnection;

  it('pages through the events the old field gives, newest first', async () => {
    const expected = (await data(old, { filter: filter() }, world.staff)).auditEvents.events;
    expect(expected).toHaveLength(drafts);
    ordered(expected, (a: { id: string }, b: { id: string }) => BigInt(a.id) > BigInt(b.id));
    await pagesThrough(fetchAs(world.staff), expected);
    await pagesThrough(fetchAs(world.ownerA), expected);
  });

  it('lets in whom auditEvents lets in, and shows another organization none of these events', async () => {
    for (const headers of [{}, world.quotesKeyA]) {
      const refused = await errorCode(old, { filter: filter() }, headers);
      expect(refused).not.toBeNull();
      expect(await errorCode(query, { filter: filter(), first: 10 }, headers)).toBe(refused);
    }
    expect((await data(old, { filter: filter() }, world.memberC)).auditEvents.events).toEqual([]);
    expect((await data(query, { filter: filter(), first: 10 }, world.memberC)).auditEventsConnection.nodes).toEqual([]);
  });
});

describe('reviewQueueConnection', () => {
  const query = `query($first: Int, $after: String) {
    reviewQueueConnection(vendorSlug: "cmc-cloud", first: $first, after: $after) { ${pageFields('offering { id } submittedAt kind')} } }`;
  const old = `{ reviewQueue(vendorSlug: "cmc-cloud", first: 100) { items { offering { id } submittedAt kind } totalCount } }`;

  it('pages through the queue the old field gives, oldest first', async () => {
    const page = (await data(old, {}, world.staff)).reviewQueue;
    expect(page.items.length).toBeGreaterThanOrEqual(drafts);
    expect(page.totalCount).toBe(page.items.length);
    ordered(page.items, (a: { submittedAt: string }, b: { submittedAt: string }) => a.submittedAt <= b.submittedAt);
    await pagesThrough(async (first, after) => (await data(query, { first, after }, world.staff)).reviewQueueConnection, page.items);
  });

  it('is for staff only, as reviewQueue is', async () => {
    for (const headers of [{}, world.ownerA]) {
      const refused = await errorCode(old, {}, headers);
      expect(refused).not.toBeNull();
      expect(await errorCode(query, { first: 10 }, headers)).toBe(refused);
    }
  });
});

describe('verificationQueueConnection', () => {
  const query = `query($first: Int, $after: String) {
    verificationQueueConnection(first: $first, after: $after) { ${pageFields('attestation { id } claimedAt vendor { slug }')} } }`;
  const old = `{ verificationQueue(first: 100) { attestation { id } claimedAt vendor { slug } } }`;

  it('pages through the claims the old field gives, oldest first', async () => {
    const expected = (await data(old, {}, world.staff)).verificationQueue;
    expect(expected.filter((item: { vendor: { slug: string } }) => item.vendor.slug === 'cmc-cloud').length).toBeGreaterThanOrEqual(drafts);
    ordered(expected, (a: { claimedAt: string }, b: { claimedAt: string }) => a.claimedAt <= b.claimedAt);
    await pagesThrough(async (first, after) => (await data(query, { first, after }, world.staff)).verificationQueueConnection, expected);
  });

  it('is for staff only, as verificationQueue is', async () => {
    for (const headers of [{}, world.ownerA]) {
      const refused = await errorCode(old, {}, headers);
      expect(refused).not.toBeNull();
      expect(await errorCode(query, { first: 10 }, headers)).toBe(refused);
    }
  });
});

describe('organizationsConnection', () => {
  const node = 'organization { id vendor { slug } } members activeKeys archivedListings { reason }';
  const query = `query($first: Int, $after: String) { organizationsConnection(first: $first, after: $after) { ${pageFields(node)} } }`;
  const old = `{ organizations { ${node} } }`;

  it('pages through the organizations the old field gives, by name', async () => {
    const expected = (await data(old, {}, world.staff)).organizations;
    await pagesThrough(async (first, after) => (await data(query, { first, after }, world.staff)).organizationsConnection, expected);
  });

  it('is for staff only, as organizations is', async () => {
    for (const headers of [{}, world.ownerA]) {
      const refused = await errorCode(old, {}, headers);
      expect(refused).not.toBeNull();
      expect(await errorCode(query, { first: 10 }, headers)).toBe(refused);
    }
  });
});

describe('Organization.webhookDeliveriesConnection', () => {
  const query = `query($first: Int, $after: String) {
    viewer { organization { webhookDeliveriesConnection(first: $first, after: $after) { ${pageFields('id event createdAt')} } } } }`;
  const old = `{ viewer { organization { webhookDeliveries(first: 100) { id event createdAt } } } }`;

  it('pages through the deliveries the old field gives, newest first, for a member or a key of the organization', async () => {
    for (const headers of [world.ownerA, world.quotesKeyA]) {
      const expected = (await data(old, {}, headers)).viewer.organization.webhookDeliveries;
      expect(expected.length).toBeGreaterThanOrEqual(quotes);
      ordered(expected, (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt >= b.createdAt);
      await pagesThrough(async (first, after) => (await data(query, { first, after }, headers)).viewer.organization.webhookDeliveriesConnection, expected);
    }
  });

  it('shows staff, who are not members, none, as the old field does', async () => {
    const organizations = `{ organizations { organization { webhookDeliveries { id } webhookDeliveriesConnection { totalCount nodes { id } } } } }`;
    for (const { organization } of (await data(organizations, {}, world.staff)).organizations) {
      expect(organization.webhookDeliveries).toEqual([]);
      expect(organization.webhookDeliveriesConnection).toEqual({ totalCount: 0, nodes: [] });
    }
  });
});

describe('Organization.apiKeysConnection', () => {
  const query = `query($first: Int, $after: String) {
    viewer { organization { apiKeysConnection(first: $first, after: $after) { ${pageFields('id prefix createdAt')} } } } }`;
  const old = `{ viewer { organization { apiKeys { id prefix createdAt } } } }`;

  it('pages through the keys the old field gives, newest first, for an owner', async () => {
    const expected = (await data(old, {}, world.ownerA)).viewer.organization.apiKeys;
    ordered(expected, (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt >= b.createdAt);
    await pagesThrough(async (first, after) => (await data(query, { first, after }, world.ownerA)).viewer.organization.apiKeysConnection, expected);
  });

  it('shows a member who is not an owner, and a key, none, as the old field does', async () => {
    for (const headers of [world.memberB, world.quotesKeyA]) {
      expect((await data(old, {}, headers)).viewer.organization.apiKeys).toEqual([]);
      const page = (await data(query, { first: 10 }, headers)).viewer.organization.apiKeysConnection;
      expect(page.nodes).toEqual([]);
      expect(page.totalCount).toBe(0);
      expect(page.pageInfo.hasNextPage).toBe(false);
    }
  });
});

describe('quoteRequestsByContactConnection', () => {
  const query = `query($email: String!, $first: Int, $after: String) {
    quoteRequestsByContactConnection(email: $email, first: $first, after: $after) { ${pageFields('id reference createdAt')} } }`;
  const old = `query($email: String!) { quoteRequestsByContact(email: $email, first: 100) { id reference createdAt } }`;

  it('pages through the requests the old field gives, newest first, the address in any case', async () => {
    const email = world.contact.contactEmail.toUpperCase();
    const expected = (await data(old, { email }, world.staff)).quoteRequestsByContact;
    expect(expected).toHaveLength(quotes);
    ordered(expected, (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt >= b.createdAt);
    await pagesThrough(async (first, after) => (await data(query, { email, first, after }, world.staff)).quoteRequestsByContactConnection, expected);
  });

  it('is for staff only, as quoteRequestsByContact is', async () => {
    const email = world.contact.contactEmail;
    for (const headers of [{}, world.ownerA, world.quotesKeyA]) {
      const refused = await errorCode(old, { email }, headers);
      expect(refused).not.toBeNull();
      expect(await errorCode(query, { email, first: 10 }, headers)).toBe(refused);
    }
  });
});

describe('cursors', () => {
  it('refuses a cursor of another list, as BAD_USER_INPUT', async () => {
    const audit = (await data(`{ auditEventsConnection(first: 1) { pageInfo { endCursor } } }`, {}, world.staff)).auditEventsConnection;
    const code = await errorCode(`query($after: String) { verificationQueueConnection(first: 1, after: $after) { nodes { claimedAt } } }`, { after: audit.pageInfo.endCursor }, world.staff);
    expect(code).toBe('BAD_USER_INPUT');
  });
});

describe('the connections that came before', () => {
  const cases: [string, (page: string) => string, (d: Awaited<ReturnType<typeof data>>) => Page<unknown>, () => Headers][] = [
    ['vendors', (page) => `vendors(first: $first, after: $after) { ${page} }`, (d) => d.vendors, () => ({})],
    [
      'offerings',
      (page) => `offerings(first: $first, after: $after, sort: NAME, filter: { vendors: ["cmc-cloud"] }) { ${page} }`,
      (d) => d.offerings,
      () => ({}),
    ],
    ['Vendor.offerings', (page) => `vendor(slug: "cmc-cloud") { offerings(first: $first, after: $after) { ${page} } }`, (d) => d.vendor.offerings, () => ({})],
    ['myOfferings', (page) => `myOfferings(first: $first, after: $after) { ${page} }`, (d) => d.myOfferings, () => world.ownerA],
    ['quoteInbox', (page) => `quoteInbox(first: $first, after: $after) { ${page} }`, (d) => d.quoteInbox, () => world.quotesKeyA],
  ];
  for (const [name, field, pick, headers] of cases) {
    it(`${name} pages the same way, with no next page after an exactly full last one`, async () => {
      const query = `query($first: Int, $after: String) { ${field(pageFields('id'))} }`;
      const fetchPage: FetchPage<unknown> = async (first, after) => pick(await data(query, { first, after }, headers()));
      const whole = await fetchPage(100, null);
      expect(whole.pageInfo.hasNextPage).toBe(false);
      await pagesThrough(fetchPage, whole.nodes);
    });
  }
});
