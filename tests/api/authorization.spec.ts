import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createPartner, createUser, signIn } from '../support/accounts.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { count, rows } from '../support/sql.ts';
import { firstPlans, saveMutation } from '../support/stacks.ts';

// Every partner and staff operation, called by every kind of caller: the outcome is either allowed
// (whatever the business answer), FORBIDDEN, UNAUTHENTICATED, or — for another organization's things —
// NOT_FOUND, exactly as if they did not exist. A call that is not allowed writes nothing: the audit
// trail, which records every write with its request id, has nothing under the call's.

type Caller = 'anonymous' | 'member of A' | 'owner of A' | 'member of B' | 'revoked key of A' | 'key of A without the scope' | 'staff';
type Outcome = 'allowed' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';

let server: TestServer;
const headers = {} as Record<Caller, Record<string, string>>;
let ownerA: Record<string, string>;
let dataCentersA: string[];
let organizationCId: string;

beforeAll(async () => {
  server = await startServer({ settings: { ...roomyBudget, quoteRequestsPerHour: 1000 } });
  const memberA = await createPartner(server.database, 'cmc-cloud', 'MEMBER');
  const owner = await createPartner(server.database, 'cmc-cloud', 'OWNER');
  const memberB = await createPartner(server.database, 'vng-cloud', 'MEMBER');
  const staff = await createUser(server.database, { label: 'staff', staff: true });
  const revoked = await createKey(server.database, 'cmc-cloud', ['listings:read', 'listings:write', 'quotes:read']);
  const cookieOwner = await signIn(server, owner.user.email);
  await server.gql(`mutation($id: ID!) { revokeApiKey(input: { id: $id }) { userErrors { code } } }`, {
    id: Buffer.from(`ApiKey:${revoked.row.id}`).toString('base64url'),
  }, { cookie: cookieOwner });
  ownerA = { cookie: cookieOwner };
  headers['anonymous'] = {};
  headers['member of A'] = { cookie: await signIn(server, memberA.user.email) };
  headers['owner of A'] = ownerA;
  headers['member of B'] = { cookie: await signIn(server, memberB.user.email) };
  headers['revoked key of A'] = { authorization: `Bearer ${revoked.key}` };
  headers['staff'] = { cookie: await signIn(server, staff.email) };
  const { organization: organizationC } = await createPartner(server.database, 'mekong-cloud', 'OWNER');
  organizationCId = Buffer.from(`Organization:${organizationC.id}`).toString('base64url');
  dataCentersA = (await server.gql(`{ vendor(slug: "cmc-cloud") { dataCenters { id } } }`)).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
});
afterAll(() => server.close());

let counter = 0;
function draft() {
  counter += 1;
  return {
    name: `Máy chủ kiểm thử quyền ${counter}`,
    summary: 'Dùng cho kiểm thử quyền truy cập.',
    description: 'Một bản nháp của tổ chức A.',
    kind: 'IAAS',
    categorySlug: 'compute',
    dataCenterIds: dataCentersA,
    slaAvailability: '99.9',
    plans: [{ name: 'Gói nhỏ', price: '300000', unit: 'MONTH' }],
  };
}

/** A fresh draft of organization A, made by its owner. */
async function listingOfA(): Promise<{ id: string; version: number }> {
  const response = await server.gql(`mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id version } userErrors { code } } }`, {
    input: draft(),
  }, ownerA);
  return response.data.createOffering.offering;
}

async function inReview(): Promise<string> {
  const listing = await listingOfA();
  await server.gql(`mutation($id: ID!) { submitOffering(id: $id) { userErrors { code } } }`, { id: listing.id }, ownerA);
  return listing.id;
}

async function publishedOfA(): Promise<string> {
  const id = await inReview();
  await server.gql(`mutation($id: ID!) { approveOffering(id: $id) { userErrors { code } } }`, { id }, headers['staff']);
  return id;
}

/** A claim of organization A waiting for staff, on a listing of its own so that no claim replaces another. */
async function claimOfA(): Promise<string> {
  const { id } = await listingOfA();
  const response = await server.gql(`mutation($input: ClaimAttestationInput!) { claimAttestation(input: $input) { attestation { id } userErrors { code } } }`, {
    input: { frameworkCode: 'ISO-27001', offeringId: id, evidenceUrl: 'https://example.vn/iso.pdf', validUntil: '2030-01-01T00:00:00Z' },
  }, ownerA);
  return response.data.claimAttestation.attestation.id;
}

/** The organization staff suspend and lift in the matrix, neither A nor B, brought to the state the call needs. */
async function organizationC(suspended: boolean): Promise<string> {
  const change = suspended ? `suspendOrganization(id: $id, reason: "Chuẩn bị")` : `liftSuspension(id: $id)`;
  await server.gql(`mutation($id: ID!) { ${change} { userErrors { code } } }`, { id: organizationCId }, headers['staff']);
  return organizationCId;
}

/** A quote request that reached organization A, as the buyer's answer names it. */
async function buyersQuoteOfA(): Promise<string> {
  const p = await firstPlans(server, 'cmc-cloud-server');
  const stack = (await server.gql(saveMutation, { input: { name: 'Matrix', items: [{ planId: p['cmc-cloud-server']!.id }] } })).data.saveStack.stack;
  const sent = await server.gql(`mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { id } userErrors { code } } }`, {
    input: { stackId: stack.id, contactName: 'Matrix', contactEmail: 'matrix@example.vn' },
  });
  return sent.data.requestQuote.quoteRequest.id;
}

/** A quote request that reached organization A, as A's inbox names it. */
async function quoteOfA(): Promise<string> {
  await buyersQuoteOfA();
  const inbox = await server.gql(`{ quoteInbox(first: 1) { nodes { id } } }`, {}, ownerA);
  return inbox.data.quoteInbox.nodes[0].id;
}

interface Operation {
  name: string;
  /** the scope a key needs; null for operations no key may call */
  scope: string | null;
  /** a key holding every scope but this one's */
  run(caller: Record<string, string>): Promise<{ errors?: { extensions?: { code?: string } }[]; data: any }>;
}

const payloadOf = (data: any) => (data ? (Object.values(data)[0] as { userErrors?: { code: string }[] } | null) : null);

let calls = 0;
/** Calls the operation under a request id of its own; a call that is not allowed must have written nothing. */
async function outcomeOfCall(operation: Operation, caller: Record<string, string>): Promise<Outcome> {
  const requestId = `matrix-${++calls}`;
  const outcome = outcomeOf(await operation.run({ ...caller, 'x-request-id': requestId }));
  if (outcome !== 'allowed') expect(await count(server.database, sql`select 1 from audit_events where request_id = ${requestId}`), `${operation.name} wrote`).toBe(0);
  return outcome;
}

function outcomeOf(response: { errors?: { extensions?: { code?: string } }[]; data: any }): Outcome {
  const code = response.errors?.[0]?.extensions?.code;
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return code;
  if (code) throw new Error(`unexpected error ${code}`);
  const payload = payloadOf(response.data);
  // A query for one thing answers null when the caller's organization has no such thing.
  if (payload === null) return 'NOT_FOUND';
  return payload.userErrors?.some((e) => e.code === 'NOT_FOUND') ? 'NOT_FOUND' : 'allowed';
}

const listingMutation = (field: string) => `mutation($id: ID!) { ${field}(id: $id) { offering { id } userErrors { code } } }`;

const operations: Operation[] = [
  { name: 'myOfferings', scope: 'listings:read', run: (h) => server.gql(`{ myOfferings(first: 1) { totalCount } }`, {}, h) },
  {
    name: 'myOffering',
    scope: 'listings:read',
    run: async (h) => server.gql(`query($id: ID!) { myOffering(id: $id) { id } }`, { id: (await listingOfA()).id }, h),
  },
  {
    name: 'createOffering',
    scope: 'listings:write',
    run: (h) => server.gql(`mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id } userErrors { code } } }`, { input: draft() }, h),
  },
  {
    name: 'importOfferings',
    scope: 'listings:write',
    run: (h) =>
      server.gql(`mutation($input: ImportOfferingsInput!) { importOfferings(input: $input) { importedCount userErrors { code } } }`, { input: { offerings: [draft()] } }, h),
  },
  {
    name: 'updateOffering',
    scope: 'listings:write',
    run: async (h) => {
      const listing = await listingOfA();
      return server.gql(`mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { offering { id } userErrors { code } } }`, {
        input: { id: listing.id, version: listing.version, name: 'Tên mới' },
      }, h);
    },
  },
  { name: 'submitOffering', scope: 'listings:write', run: async (h) => server.gql(listingMutation('submitOffering'), { id: (await listingOfA()).id }, h) },
  { name: 'withdrawOffering', scope: 'listings:write', run: async (h) => server.gql(listingMutation('withdrawOffering'), { id: await inReview() }, h) },
  { name: 'archiveOffering', scope: 'listings:write', run: async (h) => server.gql(listingMutation('archiveOffering'), { id: (await listingOfA()).id }, h) },
  {
    name: 'claimAttestation',
    scope: 'listings:write',
    run: (h) =>
      server.gql(`mutation($input: ClaimAttestationInput!) { claimAttestation(input: $input) { userErrors { code } } }`, {
        input: { frameworkCode: 'ISO-27001', evidenceUrl: 'https://example.vn/iso.pdf', validUntil: '2030-01-01T00:00:00Z' },
      }, h),
  },
  { name: 'quoteInbox', scope: 'quotes:read', run: (h) => server.gql(`{ quoteInbox(first: 1) { totalCount } }`, {}, h) },
  {
    name: 'markQuoteHandled',
    scope: 'quotes:read',
    run: async (h) =>
      server.gql(`mutation($id: ID!) { markQuoteHandled(input: { id: $id }) { userErrors { code } } }`, { id: await quoteOfA() }, h),
  },
  {
    name: 'createApiKey',
    scope: null,
    run: (h) => server.gql(`mutation { createApiKey(input: { name: "matrix", scopes: ["listings:read"] }) { userErrors { code } } }`, {}, h),
  },
  {
    name: 'revokeApiKey',
    scope: null,
    run: async (h) => {
      const { row } = await createKey(server.database, 'cmc-cloud', ['listings:read']);
      return server.gql(`mutation($id: ID!) { revokeApiKey(input: { id: $id }) { userErrors { code } } }`, {
        id: Buffer.from(`ApiKey:${row.id}`).toString('base64url'),
      }, h);
    },
  },
  { name: 'setWebhook', scope: null, run: (h) => server.gql(`mutation { setWebhook(input: { url: null }) { userErrors { code } } }`, {}, h) },
  { name: 'approveOffering', scope: null, run: async (h) => server.gql(listingMutation('approveOffering'), { id: await inReview() }, h) },
  {
    name: 'rejectOffering',
    scope: null,
    run: async (h) => server.gql(`mutation($id: ID!) { rejectOffering(id: $id, reason: "Thiếu mô tả SLA") { userErrors { code } } }`, { id: await inReview() }, h),
  },
  { name: 'reviewQueue', scope: null, run: (h) => server.gql(`{ reviewQueue(first: 1) { totalCount } }`, {}, h) },
  { name: 'verificationQueue', scope: null, run: (h) => server.gql(`{ verificationQueue(first: 1) { frameworkCode } }`, {}, h) },
  { name: 'organizations', scope: null, run: (h) => server.gql(`{ organizations { members } }`, {}, h) },
  {
    name: 'verifyAttestation',
    scope: null,
    run: async (h) =>
      server.gql(`mutation($input: VerifyAttestationInput!) { verifyAttestation(input: $input) { userErrors { code } } }`, {
        input: { id: await claimOfA(), evidenceUrl: 'https://example.vn/iso-audit.pdf', validUntil: '2030-01-01T00:00:00Z' },
      }, h),
  },
  {
    name: 'refuseAttestation',
    scope: null,
    run: async (h) => server.gql(`mutation($id: ID!) { refuseAttestation(id: $id, reason: "Chứng chỉ giả") { userErrors { code } } }`, { id: await claimOfA() }, h),
  },
  {
    name: 'suspendOrganization',
    scope: null,
    run: async (h) => server.gql(`mutation($id: ID!) { suspendOrganization(id: $id, reason: "Vi phạm") { userErrors { code } } }`, { id: await organizationC(false) }, h),
  },
  {
    name: 'liftSuspension',
    scope: null,
    run: async (h) => server.gql(`mutation($id: ID!) { liftSuspension(id: $id) { userErrors { code } } }`, { id: await organizationC(true) }, h),
  },
  {
    name: 'archiveListing',
    scope: null,
    run: async (h) => server.gql(`mutation($id: ID!) { archiveListing(id: $id, reason: "Sai giá") { userErrors { code } } }`, { id: await publishedOfA() }, h),
  },
  {
    name: 'restoreListing',
    scope: null,
    run: async (h) => {
      const id = await publishedOfA();
      await server.gql(`mutation($id: ID!) { archiveListing(id: $id, reason: "Sai giá") { userErrors { code } } }`, { id }, headers['staff']);
      return server.gql(listingMutation('restoreListing'), { id }, h);
    },
  },
  {
    name: 'setFeaturedOfferings',
    scope: null,
    run: async (h) => server.gql(`mutation($ids: [ID!]!) { setFeaturedOfferings(ids: $ids) { userErrors { code } } }`, { ids: [await publishedOfA()] }, h),
  },
  {
    name: 'quoteRequestsByContact',
    scope: null,
    run: (h) => server.gql(`{ quoteRequestsByContact(email: "matrix@example.vn") { id } }`, {}, h),
  },
  {
    name: 'eraseQuoteContact',
    scope: null,
    run: async (h) => server.gql(`mutation($id: ID!) { eraseQuoteContact(input: { id: $id }) { userErrors { code } } }`, { id: await buyersQuoteOfA() }, h),
  },
];

const staffOnly = new Set([
  'approveOffering', 'rejectOffering', 'reviewQueue', 'verificationQueue', 'organizations', 'verifyAttestation', 'refuseAttestation',
  'suspendOrganization', 'liftSuspension', 'archiveListing', 'restoreListing', 'setFeaturedOfferings', 'quoteRequestsByContact', 'eraseQuoteContact',
]);
const ownerOnly = new Set(['createApiKey', 'revokeApiKey', 'setWebhook']);
/** operations on a thing of organization A: for organization B it does not exist */
const onAThing = new Set(['myOffering', 'updateOffering', 'submitOffering', 'withdrawOffering', 'archiveOffering', 'markQuoteHandled', 'revokeApiKey']);

function expected(operation: Operation, caller: Caller): Outcome {
  if (caller === 'anonymous' || caller === 'revoked key of A') return 'UNAUTHENTICATED';
  if (staffOnly.has(operation.name)) return caller === 'staff' ? 'allowed' : 'FORBIDDEN';
  if (caller === 'staff' || caller === 'key of A without the scope') return 'FORBIDDEN';
  if (ownerOnly.has(operation.name) && caller !== 'owner of A') return 'FORBIDDEN';
  if (caller === 'member of B' && onAThing.has(operation.name)) return 'NOT_FOUND';
  return 'allowed';
}

const callers: Caller[] = ['anonymous', 'member of A', 'owner of A', 'member of B', 'revoked key of A', 'key of A without the scope', 'staff'];
const otherScopes = (scope: string | null) => ['listings:read', 'listings:write', 'quotes:read'].filter((s) => s !== scope);

describe('the authorization matrix', () => {
  for (const operation of operations) {
    it(`${operation.name}: ${callers.map((c) => `${c} → ${expected(operation, c)}`).join(', ')}`, async () => {
      const outcomes: Record<string, Outcome> = {};
      for (const caller of callers) {
        const callerHeaders =
          caller === 'key of A without the scope'
            ? { authorization: `Bearer ${(await createKey(server.database, 'cmc-cloud', otherScopes(operation.scope))).key}` }
            : headers[caller];
        outcomes[caller] = await outcomeOfCall(operation, callerHeaders);
      }
      expect(outcomes).toEqual(Object.fromEntries(callers.map((c) => [c, expected(operation, c)])));
    });
  }

  it('auditEvents: staff read every organization’s events; members, owners and keys of A with every scope only A’s; anonymous and revoked keys none', async () => {
    const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
    const auditQuery = `query($filter: AuditFilter) { auditEvents(filter: $filter, first: 100) { events { id action } } }`;
    const listingA = dbId((await listingOfA()).id);
    const claimB = await server.gql(`mutation($input: ClaimAttestationInput!) { claimAttestation(input: $input) { attestation { id } userErrors { code } } }`, {
      input: { frameworkCode: 'PCI-DSS', evidenceUrl: 'https://example.vn/pci.pdf', validUntil: '2030-01-01T00:00:00Z' },
    }, headers['member of B']);
    const attestationB = dbId(claimB.data.claimAttestation.attestation.id);
    const organizationA = (await rows<{ id: string }>(server.database, sql`select o.id from organizations o join vendors v on v.id = o.vendor_id where v.slug = 'cmc-cloud'`))[0]!.id;
    const read = async (caller: Record<string, string>, filter: Record<string, unknown> | null) => {
      const response = await server.gql(auditQuery, { filter }, caller);
      return response.errors ? String(response.errors[0]!.extensions!.code) : (response.data.auditEvents.events as { id: string; action: string }[]);
    };
    const actions = async (caller: Record<string, string>, filter: Record<string, unknown>) => {
      const events = await read(caller, filter);
      return typeof events === 'string' ? events : events.map((e) => e.action);
    };

    expect(await actions(headers['staff'], { targetType: 'attestations', targetId: attestationB })).toEqual(['attestations.INSERT']);
    expect(await actions(headers['staff'], { targetType: 'offerings', targetId: listingA })).toContain('offerings.INSERT');
    const keyOfA = { authorization: `Bearer ${(await createKey(server.database, 'cmc-cloud', ['listings:read', 'listings:write', 'quotes:read'])).key}` };
    for (const [name, caller] of [['member of A', headers['member of A']], ['owner of A', headers['owner of A']], ['key of A with every scope', keyOfA]] as const) {
      expect(await actions(caller, { targetType: 'attestations', targetId: attestationB }), name).toEqual([]);
      expect(await actions(caller, { targetType: 'offerings', targetId: listingA }), name).toContain('offerings.INSERT');
      const page = (await read(caller, null)) as { id: string }[];
      expect(page.length, name).toBeGreaterThan(0);
      const foreign = sql`select 1 from audit_events where id in (${sql.join(page.map((e) => sql`${e.id}::bigint`), sql`, `)})
        and organization_id is distinct from ${organizationA} and actor_organization_id is distinct from ${organizationA}`;
      expect(await count(server.database, foreign), name).toBe(0);
    }
    expect(await read(headers['anonymous'], null)).toBe('UNAUTHENTICATED');
    expect(await read(headers['revoked key of A'], null)).toBe('UNAUTHENTICATED');
  });

  it('lets a key with the scope do its partner operations', async () => {
    const { key } = await createKey(server.database, 'cmc-cloud', ['listings:read', 'listings:write', 'quotes:read']);
    const withKey = { authorization: `Bearer ${key}` };
    for (const operation of operations.filter((o) => o.scope !== null)) {
      expect(await outcomeOfCall(operation, withKey), operation.name).toBe('allowed');
    }
  });
});
