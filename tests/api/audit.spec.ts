import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createPartner, createUser, signIn } from '../support/accounts.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { count, rows } from '../support/sql.ts';
import { firstPlans, saveMutation } from '../support/stacks.ts';

let server: TestServer;
let staff: Record<string, string>;
beforeAll(async () => {
  server = await startServer();
  staff = { cookie: await signIn(server, (await createUser(server.database, { staff: true })).email) };
});
afterAll(() => server.close());

const auditQuery = `query($filter: AuditFilter, $first: Int, $before: ID) {
  auditEvents(filter: $filter, first: $first, before: $before) {
    events { id occurredAt actorType actorId actorName action targetType targetId before after requestId }
    nextBefore
  }
}`;

async function events(filter: Record<string, unknown>, headers: Record<string, string> = staff, first = 100) {
  const response = await server.gql(auditQuery, { filter, first }, headers);
  expect(response.errors).toBeUndefined();
  return response.data.auditEvents.events as { id: string; actorType: string; actorId: string | null; actorName: string | null; action: string; targetId: string; before: string | null; after: string | null; requestId: string }[];
}

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

describe('the audit trail', () => {
  it('records a partner’s write with the key, the organization, before/after and the request id', async () => {
    const { key, row } = await createKey(server.database, 'cmc-cloud', ['listings:read', 'listings:write']);
    const dataCenterIds = (await server.gql(`{ vendor(slug: "cmc-cloud") { dataCenters { id } } }`)).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
    const created = await server.gql(
      `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id } userErrors { code } } }`,
      { input: { name: 'Máy chủ được kiểm toán', summary: 'Kiểm toán.', description: 'Kiểm toán.', kind: 'IAAS', categorySlug: 'compute', dataCenterIds, plans: [{ name: 'Gói', price: '1000', unit: 'MONTH' }] } },
      { authorization: `Bearer ${key}`, 'x-request-id': 'audit-create-1' },
    );
    const offeringId = dbId(created.data.createOffering.offering.id);
    const found = await events({ targetType: 'offerings', targetId: offeringId });
    expect(found.map((e) => e.action)).toContain('offerings.INSERT');
    const insert = found.find((e) => e.action === 'offerings.INSERT')!;
    expect(insert).toMatchObject({ actorType: 'API_KEY', actorId: row.prefix, actorName: row.name, requestId: 'audit-create-1', before: null });
    expect(JSON.parse(insert.after!)).toMatchObject({ id: offeringId, name: 'Máy chủ được kiểm toán', status: 'DRAFT' });
    const plans = await events({ action: 'plans.INSERT', actorId: row.prefix });
    expect(plans).toHaveLength(1);

    const byRequest = await rows<{ n: number }>(server.database, sql`select count(*)::int as n from audit_events where request_id = 'audit-create-1'`);
    expect(byRequest[0]!.n).toBeGreaterThanOrEqual(3);
  });

  it('records anonymous writes, sign-ins and keys without any secret', async () => {
    const p = await firstPlans(server, 'vnpt-cloud');
    const saved = await server.gql(saveMutation, { input: { name: 'Audited stack', items: [{ planId: p['vnpt-cloud']!.id }] } }, { 'x-request-id': 'audit-save-1' });
    const stackEvents = await events({ targetType: 'stacks', targetId: dbId(saved.data.saveStack.stack.id) });
    expect(stackEvents).toMatchObject([{ actorType: 'ANONYMOUS', actorId: null, actorName: null, action: 'stacks.INSERT', requestId: 'audit-save-1' }]);

    const owner = await createPartner(server.database, 'vng-cloud', 'OWNER');
    const cookie = await signIn(server, owner.user.email);
    const created = (await server.gql(`mutation { createApiKey(input: { name: "audited", scopes: ["quotes:read"] }) { key } }`, {}, { cookie })).data.createApiKey;
    await server.gql(`mutation { setWebhook(input: { url: null }) { userErrors { code } } }`, {}, { cookie });
    const session = await events({ targetType: 'sessions', actorId: null });
    expect(session.length).toBeGreaterThan(0);
    const everything = await rows<{ text: string }>(server.database, sql`select coalesce(before::text, '') || coalesce(after::text, '') as text from audit_events`);
    const all = everything.map((r) => r.text).join('\n');
    expect(all).not.toContain('scrypt$');
    expect(all).not.toContain(created.key);
    expect(all).not.toContain(created.key.slice(-43));
    expect(all).not.toMatch(/"(password_hash|secret_hash|token_hash|webhook_secret)"/);
    const keyEvent = (await events({ action: 'api_keys.INSERT', actorId: owner.user.id }))[0]!;
    expect(keyEvent).toMatchObject({ actorType: 'USER', actorName: owner.user.name });
  });

  it('records the system’s own writes as SYSTEM', async () => {
    expect(await count(server.database, sql`select 1 from audit_events where actor_type = 'SYSTEM' and action = 'offerings.INSERT'`)).toBeGreaterThanOrEqual(95);
  });

  it('lets staff page through events and narrow them by time', async () => {
    const first = (await server.gql(auditQuery, { first: 5 }, staff)).data.auditEvents;
    expect(first.events).toHaveLength(5);
    const second = (await server.gql(auditQuery, { first: 5, before: first.nextBefore }, staff)).data.auditEvents;
    expect(Number(second.events[0].id)).toBeLessThan(Number(first.events.at(-1).id));
    const future = await events({ from: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future).toEqual([]);
  });

  it('shows partners only their own organization’s events, and nobody else any', async () => {
    const a = await createKey(server.database, 'cmc-cloud', ['listings:read']);
    const b = await createKey(server.database, 'bizfly-cloud', ['listings:read']);
    const seenByA = await events({ targetType: 'offerings' }, { authorization: `Bearer ${a.key}` }, 100);
    expect(seenByA.length).toBeGreaterThan(0);
    const cmcOrganization = (await rows<{ id: string }>(server.database, sql`select o.id from organizations o join vendors v on v.id = o.vendor_id where v.slug = 'cmc-cloud'`))[0]!.id;
    const foreign = await rows<{ n: number }>(
      server.database,
      sql`select count(*)::int as n from audit_events where id in (${sql.join(seenByA.map((e) => sql`${e.id}::bigint`), sql`, `)})
          and organization_id is distinct from ${cmcOrganization} and actor_organization_id is distinct from ${cmcOrganization}`,
    );
    expect(foreign[0]!.n).toBe(0);
    const seenByB = await events({ targetType: 'offerings' }, { authorization: `Bearer ${b.key}` }, 100);
    expect(seenByB.map((e) => e.id).filter((id) => seenByA.some((x) => x.id === id))).toEqual([]);
    expect((await server.gql(auditQuery, {})).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const noScope = await createKey(server.database, 'cmc-cloud', ['quotes:read']);
    expect((await server.gql(auditQuery, {}, { authorization: `Bearer ${noScope.key}` })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('gives staff changes to a listing’s plan specs and requirement categories to its organization’s trail', async () => {
    const partner = { authorization: `Bearer ${(await createKey(server.database, 'mekong-cloud', ['listings:read', 'listings:write'])).key}` };
    const centers = (await server.gql(`{ vendor(slug: "mekong-cloud") { dataCenters { id } } }`)).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
    const content = (vcpu: string, category: string) => ({
      plans: [{ name: 'Gói chuẩn', price: '500000', unit: 'MONTH', specs: [{ key: 'vcpu', value: vcpu }] }],
      requirements: [{ description: 'Cần sao lưu (Needs backup).', categorySlugs: [category] }],
    });
    const run = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
      const response = await server.gql(query, variables, headers);
      expect(response.errors).toBeUndefined();
      const payload = Object.values(response.data)[0] as { userErrors: unknown[]; offering: { id: string; version: number } };
      expect(payload.userErrors).toEqual([]);
      return payload.offering;
    };
    const payload = '{ offering { id version } userErrors { code } }';
    const created = await run(
      `mutation($input: CreateOfferingInput!) { createOffering(input: $input) ${payload} }`,
      {
        input: {
          name: 'Máy chủ kiểm toán', summary: 'Để kiểm toán.', description: 'Để kiểm toán.', kind: 'IAAS', categorySlug: 'compute',
          dataCenterIds: centers, ...content('4', 'backup'),
        },
      },
      partner,
    );
    const submit = `mutation($id: ID!) { submitOffering(id: $id) ${payload} }`;
    const approve = `mutation($id: ID!) { approveOffering(id: $id) ${payload} }`;
    await run(submit, { id: created.id }, partner);
    const published = await run(approve, { id: created.id }, staff);
    await run(`mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) ${payload} }`, { input: { id: created.id, version: published.version, ...content('8', 'monitoring') } }, partner);
    await run(submit, { id: created.id }, partner);
    await run(approve, { id: created.id }, staff);

    for (const targetType of ['plan_specs', 'requirement_categories']) {
      const seen = await events({ targetType }, partner);
      expect(seen.filter((e) => e.actorType === 'STAFF').map((e) => e.action), targetType).toEqual(expect.arrayContaining([`${targetType}.INSERT`]));
    }
  });

  it('records staff choosing the featured listings, the ones dropped and the ones added', async () => {
    const choose = async (requestId: string, ...slugs: string[]) => {
      const ids = await Promise.all(slugs.map(async (slug) => (await server.gql(`query($slug: String!) { offering(slug: $slug) { id } }`, { slug })).data.offering.id));
      const chosen = await server.gql(`mutation($ids: [ID!]!) { setFeaturedOfferings(ids: $ids) { userErrors { code } } }`, { ids }, { ...staff, 'x-request-id': requestId });
      expect(chosen.data.setFeaturedOfferings.userErrors).toEqual([]);
      const written = await rows<{ action: string; actor: string; offering: string }>(
        server.database,
        sql`select e.action, e.actor_type as actor, o.slug as offering from audit_events e
            join offerings o on o.id = (coalesce(e.after, e.before) ->> 'offering_id')::uuid
            where e.request_id = ${requestId} and e.target_type = 'featured_offerings' order by e.id`,
      );
      expect(written.every((event) => event.actor === 'STAFF')).toBe(true);
      return (action: string) => written.filter((event) => event.action === `featured_offerings.${action}`).map((event) => event.offering).sort();
    };
    const first = await choose('audit-featured-1', 'vnpt-cloud', 'cmc-cloud-server');
    expect(first('INSERT')).toEqual(['cmc-cloud-server', 'vnpt-cloud']);
    const second = await choose('audit-featured-2', 'viettel-cloud-server');
    expect(second('DELETE')).toEqual(['cmc-cloud-server', 'vnpt-cloud']);
    expect(second('INSERT')).toEqual(['viettel-cloud-server']);
  });

  // As the owner of the table: the server's own role may not even try (database-role.spec.ts).
  it('is refused UPDATE, DELETE and TRUNCATE by the database itself, even to the owner', async () => {
    const before = await count(server.owner, sql`select 1 from audit_events`);
    const refusal = (statement: ReturnType<typeof sql>) =>
      server.owner.db.execute(statement).then(
        () => 'done',
        (error: Error & { cause?: Error }) => (error.cause ?? error).message,
      );
    expect(await refusal(sql`update audit_events set actor_type = 'FORGED'`)).toBe('audit_events is append-only: UPDATE refused');
    expect(await refusal(sql`delete from audit_events`)).toBe('audit_events is append-only: DELETE refused');
    expect(await refusal(sql`truncate audit_events`)).toBe('audit_events is append-only: TRUNCATE refused');
    expect(await count(server.owner, sql`select 1 from audit_events`)).toBe(before);
    expect(await count(server.owner, sql`select 1 from audit_events where actor_type = 'FORGED'`)).toBe(0);
  });
});
