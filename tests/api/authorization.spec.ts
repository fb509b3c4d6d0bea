import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createPartner, createUser, signIn } from '../support/accounts.ts';
import { roomyBudget, startServer, workerSettled, type TestServer } from '../support/server.ts';
import { count, rows } from '../support/sql.ts';
import { firstPlans, saveMutation } from '../support/stacks.ts';

// Every partner and staff operation, called by every kind of caller: the outcome is either allowed
// (whatever the business answer), FORBIDDEN, UNAUTHENTICATED, or — for another organization's things —
// NOT_FOUND, exactly as if they did not exist. A call that is not allowed writes nothing: the audit
// trail, which records every write with its request id, has nothing under the call's, and every table
// holds the same rows as before the call.

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
  await workerSettled(server);
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

type CallResponse = { errors?: { extensions?: { code?: string } }[]; data: any };

interface Operation {
  name: string;
  /** the scope a key needs; null for operations no key may call */
  scope: string | null;
  /** prepares what the call needs, then makes the call itself through `send`, as the caller under test */
  run(send: (query: string, variables: Record<string, unknown>) => Promise<CallResponse>): Promise<CallResponse>;
}

const payloadOf = (data: any) => (data ? (Object.values(data)[0] as { userErrors?: { code: string }[] } | null) : null);

/**
 * What any request may write, allowed or not, left out of the tables' states: request budgets and
 * rate-limit counters, an API key's last-used time (a refused key was still used) and its audit events.
 */
const bookkeepingTables = new Set(['api_budgets', 'rate_limit_hits']);
const rowText: Record<string, SQL> = { api_keys: sql`(to_jsonb(t) - 'last_used_at')::text` };
const rowsCounted: Record<string, SQL> = {
  audit_events: sql`not (t.action = 'api_keys.UPDATE' and t.before - 'last_used_at' = t.after - 'last_used_at')`,
};

let tables: string[] | undefined;
/** Each table's row count and a checksum of its rows, read as the schema's owner: what a refused call must leave as it was. */
async function tableStates(): Promise<Record<string, string>> {
  tables ??= (
    await rows<{ name: string }>(server.owner, sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`)
  )
    .map((table) => table.name)
    .filter((name) => !bookkeepingTables.has(name));
  const states = await rows<{ name: string; state: string }>(
    server.owner,
    sql.join(
      tables.map(
        (name) => sql`select ${name} as name, count(*) || ':' || coalesce(sum(hashtextextended(${rowText[name] ?? sql`t::text`}, 0)), 0) as state
                      from ${sql.identifier(name)} t where ${rowsCounted[name] ?? sql`true`}`,
      ),
      sql` union all `,
    ),
  );
  return Object.fromEntries(states.map((table) => [table.name, table.state]));
}

let calls = 0;
/**
 * Calls the operation under a request id of its own. A call that is not allowed must have written
 * nothing: no audit event under its request id, and every table as it was just before the call (tables
 * without an audit trigger included).
 */
async function outcomeOfCall(operation: Operation, caller: Record<string, string>): Promise<Outcome> {
  const requestId = `matrix-${++calls}`;
  let before: Record<string, string> = {};
  const outcome = outcomeOf(
    await operation.run(async (query, variables) => {
      before = await tableStates();
      return server.gql(query, variables, { ...caller, 'x-request-id': requestId });
    }),
  );
  if (outcome !== 'allowed') {
    expect(await count(server.database, sql`select 1 from audit_events where request_id = ${requestId}`), `${operation.name} wrote`).toBe(0);
    expect(await tableStates(), `${operation.name} changed tables`).toEqual(before);
  }
  return outcome;
}

function outcomeOf(response: CallResponse): Outcome {
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
  { name: 'myOfferings', scope: 'listings:read', run: (send) => send(`{ myOfferings(first: 1) { totalCount } }`, {}) },
  {
    name: 'myOffering',
    scope: 'listings:read',
    run: async (send) => send(`query($id: ID!) { myOffering(id: $id) { id } }`, { id: (await listingOfA()).id }),
  },
  {
    name: 'createOffering',
    scope: 'listings:write',
    run: (send) => send(`mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id } userErrors { code } } }`, { input: draft() }),
  },
  {
    name: 'importOfferings',
    scope: 'listings:write',
    run: (send) =>
      send(`mutation($input: ImportOfferingsInput!) { importOfferings(input: $input) { importedCount userErrors { code } } }`, { input: { offerings: [draft()] } }),
  },
  {
    name: 'updateOffering',
    scope: 'listings:write',
    run: async (send) => {
      const listing = await listingOfA();
      return send(`mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { offering { id } userErrors { code } } }`, {
        input: { id: listing.id, version: listing.version, name: 'Tên mới' },
      });
    },
  },
  { name: 'submitOffering', scope: 'listings:write', run: async (send) => send(listingMutation('submitOffering'), { id: (await listingOfA()).id }) },
  { name: 'withdrawOffering', scope: 'listings:write', run: async (send) => send(listingMutation('withdrawOffering'), { id: await inReview() }) },
  { name: 'archiveOffering', scope: 'listings:write', run: async (send) => send(listingMutation('archiveOffering'), { id: (await listingOfA()).id }) },
  {
    name: 'claimAttestation',
    scope: 'listings:write',
    run: (send) =>
      send(`mutation($input: ClaimAttestationInput!) { claimAttestation(input: $input) { userErrors { code } } }`, {
        input: { frameworkCode: 'ISO-27001', evidenceUrl: 'https://example.vn/iso.pdf', validUntil: '2030-01-01T00:00:00Z' },
      }),
  },
  { name: 'quoteInbox', scope: 'quotes:read', run: (send) => send(`{ quoteInbox(first: 1) { totalCount } }`, {}) },
  {
    name: 'markQuoteHandled',
    scope: 'quotes:read',
    run: async (send) =>
      send(`mutation($id: ID!) { markQuoteHandled(input: { id: $id }) { userErrors { code } } }`, { id: await quoteOfA() }),
  },
  {
    name: 'createApiKey',
    scope: null,
    run: (send) => send(`mutation { createApiKey(input: { name: "matrix", scopes: ["listings:read"] }) { userErrors { code } } }`, {}),
  },
  {
    name: 'revokeApiKey',
    scope: null,
    run: async (send) => {
      const { row } = await createKey(server.database, 'cmc-cloud', ['listings:read']);
      return send(`mutation($id: ID!) { revokeApiKey(input: { id: $id }) { userErrors { code } } }`, {
        id: Buffer.from(`ApiKey:${row.id}`).toString('base64url'),
      });
    },
  },
  { name: 'setWebhook', scope: null, run: (send) => send(`mutation { setWebhook(input: { url: null }) { userErrors { code } } }`, {}) },
  { name: 'approveOffering', scope: null, run: async (send) => send(listingMutation('approveOffering'), { id: await inReview() }) },
  {
    name: 'rejectOffering',
    scope: null,
    run: async (send) => send(`mutation($id: ID!) { rejectOffering(id: $id, reason: "Thiếu mô tả SLA") { userErrors { code } } }`, { id: await inReview() }),
  },
  { name: 'reviewQueue', scope: null, run: (send) => send(`{ reviewQueue(first: 1) { totalCount } }`, {}) },
  { name: 'verificationQueue', scope: null, run: (send) => send(`{ verificationQueue(first: 1) { frameworkCode } }`, {}) },
  { name: 'organizations', scope: null, run: (send) => send(`{ organizations { members } }`, {}) },
  {
    name: 'verifyAttestation',
    scope: null,
    run: async (send) =>
      send(`mutation($input: VerifyAttestationInput!) { verifyAttestation(input: $input) { userErrors { code } } }`, {
        input: { id: await claimOfA(), evidenceUrl: 'https://example.vn/iso-audit.pdf', validUntil: '2030-01-01T00:00:00Z' },
      }),
  },
  {
    name: 'refuseAttestation',
    scope: null,
    run: async (send) => send(`mutation($id: ID!) { refuseAttestation(id: $id, reason: "Chứng chỉ giả") { userErrors { code } } }`, { id: await claimOfA() }),
  },
  {
    name: 'suspendOrganization',
    scope: null,
    run: async (send) => send(`mutation($id: ID!) { suspendOrganization(id: $id, reason: "Vi phạm") { userErrors { code } } }`, { id: await organizationC(false) }),
  },
  {
    name: 'liftSuspension',
    scope: null,
    run: async (send) => send(`mutation($id: ID!) { liftSuspension(id: $id) { userErrors { code } } }`, { id: await organizationC(true) }),
  },
  {
    name: 'archiveListing',
    scope: null,
    run: async (send) => send(`mutation($id: ID!) { archiveListing(id: $id, reason: "Sai giá") { userErrors { code } } }`, { id: await publishedOfA() }),
  },
  {
    name: 'restoreListing',
    scope: null,
    run: async (send) => {
      const id = await publishedOfA();
      await server.gql(`mutation($id: ID!) { archiveListing(id: $id, reason: "Sai giá") { userErrors { code } } }`, { id }, headers['staff']);
      return send(listingMutation('restoreListing'), { id });
    },
  },
  {
    name: 'setFeaturedOfferings',
    scope: null,
    run: async (send) => send(`mutation($ids: [ID!]!) { setFeaturedOfferings(ids: $ids) { userErrors { code } } }`, { ids: [await publishedOfA()] }),
  },
  {
    name: 'quoteRequestsByContact',
    scope: null,
    run: (send) => send(`{ quoteRequestsByContact(email: "matrix@example.vn") { id } }`, {}),
  },
  {
    name: 'eraseQuoteContact',
    scope: null,
    run: async (send) => send(`mutation($id: ID!) { eraseQuoteContact(input: { id: $id }) { userErrors { code } } }`, { id: await buyersQuoteOfA() }),
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
