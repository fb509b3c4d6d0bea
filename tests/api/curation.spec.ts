import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createPartner, createUser, signIn } from '../support/accounts.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';
import { evaluateQuery, firstPlans } from '../support/stacks.ts';

let server: TestServer;
let staff: Record<string, string>;
let partner: Record<string, string>;
let dataCenters: string[];
beforeAll(async () => {
  server = await startServer();
  staff = { cookie: await signIn(server, (await createUser(server.database, { staff: true })).email) };
  partner = { authorization: `Bearer ${(await createKey(server.database, 'vnpt-it', ['listings:read', 'listings:write'])).key}` };
  dataCenters = (await server.gql(`{ vendor(slug: "vnpt-it") { dataCenters { id } } }`)).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
});
afterAll(() => server.close());

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

async function call(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await server.gql(query, variables, headers);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data)[0] as any;
}

let counter = 0;
async function publishedListing() {
  counter += 1;
  const created = await call(
    `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id slug version } userErrors { code } } }`,
    {
      input: {
        name: `Máy chủ duyệt ${counter}`, summary: 'Để duyệt.', description: 'Để duyệt.', kind: 'IAAS', categorySlug: 'compute', dataCenterIds: dataCenters, slaAvailability: '99.9',
        plans: [{ name: 'Gói A', price: '100000', unit: 'MONTH' }, { name: 'Gói B', price: '200000', unit: 'MONTH' }],
      },
    },
    partner,
  );
  await call(`mutation($id: ID!) { submitOffering(id: $id) { userErrors { code } } }`, { id: created.offering.id }, partner);
  await call(`mutation($id: ID!) { approveOffering(id: $id) { userErrors { code } } }`, { id: created.offering.id }, staff);
  return created.offering as { id: string; slug: string; version: number };
}

const queueQuery = `query($kind: OfferingKind, $vendorSlug: String, $minAgeDays: Int, $first: Int, $after: String) {
  reviewQueue(kind: $kind, vendorSlug: $vendorSlug, minAgeDays: $minAgeDays, first: $first, after: $after) {
    totalCount endCursor
    items { kind ageDays submittedAt offering { id slug name }
      changes { field before after }
      planChanges { change before { name price { amount } unit } after { name price { amount } unit specs { key value } } } }
  }
}`;

describe('the review queue', () => {
  it('lists a pending edit with what changes, field by field and plan by plan', async () => {
    const listing = await publishedListing();
    const [version] = await rows<{ version: number }>(server.database, sql`select version from offerings where id = ${dbId(listing.id)}`);
    await call(
      `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { userErrors { code } } }`,
      {
        input: {
          id: listing.id, version: version!.version, name: 'Máy chủ duyệt (mới)', slaAvailability: '99.95',
          plans: [{ name: 'Gói A', price: '120000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '2' }] }, { name: 'Gói C', price: '300000', unit: 'MONTH' }],
        },
      },
      partner,
    );
    await call(`mutation($id: ID!) { submitOffering(id: $id) { userErrors { code } } }`, { id: listing.id }, partner);

    const queue = await call(queueQuery, { vendorSlug: 'vnpt-it' }, staff);
    const item = queue.items.find((i: { offering: { id: string } }) => i.offering.id === listing.id);
    expect(item.kind).toBe('EDIT');
    expect(item.offering.name).toMatch(/^Máy chủ duyệt \d+$/);
    expect(item.changes).toEqual([
      { field: 'name', before: item.offering.name, after: 'Máy chủ duyệt (mới)' },
      { field: 'slaAvailability', before: '99.900', after: '99.950' },
    ]);
    expect(item.planChanges).toEqual([
      { change: 'CHANGED', before: { name: 'Gói A', price: { amount: '100000' }, unit: 'MONTH' }, after: { name: 'Gói A', price: { amount: '120000' }, unit: 'MONTH', specs: [{ key: 'vcpu', value: '2' }] } },
      { change: 'ADDED', before: null, after: { name: 'Gói C', price: { amount: '300000' }, unit: 'MONTH', specs: [] } },
      { change: 'REMOVED', before: { name: 'Gói B', price: { amount: '200000' }, unit: 'MONTH' }, after: null },
    ]);
  });

  it('is oldest first, filters by kind, vendor and age, and pages', async () => {
    const all = await call(queueQuery, { first: 40 }, staff);
    const times = all.items.map((i: { submittedAt: string }) => Date.parse(i.submittedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(all.totalCount).toBe(all.items.length);
    const seeded = await rows<{ n: number }>(server.database, sql`select count(*)::int as n from offerings where status = 'IN_REVIEW'`);
    expect(all.items.filter((i: { kind: string }) => i.kind === 'NEW_LISTING')).toHaveLength(seeded[0]!.n);
    expect((await call(queueQuery, { kind: 'SAAS' }, staff)).items.every((i: { offering: { slug: string } }) => !i.offering.slug.startsWith('may-chu-duyet'))).toBe(true);
    expect((await call(queueQuery, { minAgeDays: 3650 }, staff)).totalCount).toBe(0);
    const first = await call(queueQuery, { first: 1 }, staff);
    if (all.totalCount > 1) {
      const second = await call(queueQuery, { first: 1, after: first.endCursor }, staff);
      expect(second.items[0].offering.id).toBe(all.items[1].offering.id);
    }
  });
});

describe('compliance verification', () => {
  const claim = `mutation($input: ClaimAttestationInput!) { claimAttestation(input: $input) { userErrors { code } } }`;
  const queue = `{ verificationQueue { attestation { id status } frameworkCode vendor { slug } evidenceUrl } }`;
  const verify = `mutation($input: VerifyAttestationInput!) { verifyAttestation(input: $input) { attestation { status criteriaMet validUntil verifiedAt } userErrors { field code message } } }`;

  it('verifies a MIC claim only with every criterion, and the catalog and stacks follow its validity', async () => {
    const mekong = { authorization: `Bearer ${(await createKey(server.database, 'mekong-cloud', ['listings:write'])).key}` };
    await call(claim, { input: { frameworkCode: 'MIC-CLOUD-153', evidenceUrl: 'https://mekong.example.vn/mic.pdf', validUntil: '2030-01-01T00:00:00Z' } }, mekong);
    const waiting = (await call(queue, {}, staff)).find((item: { vendor: { slug: string }; frameworkCode: string }) => item.vendor.slug === 'mekong-cloud' && item.frameworkCode === 'MIC-CLOUD-153');
    expect(waiting.attestation.status).toBe('CLAIMED');
    const input = { id: waiting.attestation.id, evidenceUrl: 'https://mekong.example.vn/mic-audit.pdf', validUntil: '2029-12-31T00:00:00Z' };

    const incomplete = await call(verify, { input: { ...input, groups: [{ group: 'FUNCTIONAL', met: 84 }, { group: 'SECURITY', met: 60 }] } }, staff);
    expect(incomplete.userErrors).toEqual([{ field: ['input', 'groups'], code: 'INCOMPLETE', message: 'VERIFIED needs every criterion: SECURITY 60/69.' }]);
    const tooMany = await call(verify, { input: { ...input, groups: [{ group: 'SECURITY', met: 70 }] } }, staff);
    expect(tooMany.userErrors[0].code).toBe('OUT_OF_RANGE');

    const filter = `{ offerings(filter: { verifiedFramework: "MIC-CLOUD-153", vendors: ["mekong-cloud"] }) { totalCount } }`;
    expect((await server.gql(filter)).data.offerings.totalCount).toBe(0);
    const verified = await call(verify, { input: { ...input, groups: [{ group: 'FUNCTIONAL', met: 84 }, { group: 'SECURITY', met: 69 }] } }, staff);
    expect(verified.attestation).toMatchObject({ status: 'VERIFIED', criteriaMet: 153, validUntil: '2029-12-31T00:00:00.000Z' });
    const [stored] = await rows<{ decided: string | null; groups: unknown }>(
      server.database,
      sql`select decided_by_user_id as decided, criteria_by_group as groups from attestations where id = ${dbId(waiting.attestation.id)}`,
    );
    expect(stored!.decided).not.toBeNull();
    expect(stored!.groups).toEqual({ FUNCTIONAL: 84, SECURITY: 69 });
    expect((await server.gql(filter)).data.offerings.totalCount).toBeGreaterThan(0);

    const p = await firstPlans(server, 'mekong-vps');
    const covered = async () => (await server.gql(evaluateQuery, { items: [{ planId: p['mekong-vps']!.id }] })).data.evaluateStack.micCoverage.share;
    expect(await covered()).toBe('100.00');

    // Past its validity it reads EXPIRED at once, with no sweep: filter and stack coverage follow.
    await server.database.db.execute(sql`update attestations set valid_until = now() - interval '1 second' where id = ${dbId(waiting.attestation.id)}`);
    expect((await server.gql(filter)).data.offerings.totalCount).toBe(0);
    expect(await covered()).toBe('0.00');
    const status = await server.gql(`{ vendor(slug: "mekong-cloud") { attestations { status framework { code } } } }`);
    expect(status.data.vendor.attestations.find((a: { framework: { code: string } }) => a.framework.code === 'MIC-CLOUD-153').status).toBe('EXPIRED');
  });

  it('re-verifying replaces the current attestation: one VERIFIED per vendor and framework, and a refused renewal leaves it standing', async () => {
    const viettel = { authorization: `Bearer ${(await createKey(server.database, 'viettel-idc', ['listings:write'])).key}` };
    type Seen = { id: string; status: string; criteriaMet: number | null; validUntil: string | null; framework: { code: string } };
    const mic = async () =>
      ((await server.gql(`{ vendor(slug: "viettel-idc") { attestations { id status criteriaMet validUntil framework { code } } } }`)).data.vendor.attestations as Seen[])
        .filter((a) => a.framework.code === 'MIC-CLOUD-153')
        .map(({ framework: _, ...rest }) => rest);
    const [seeded] = await mic();
    expect(seeded).toMatchObject({ status: 'VERIFIED', criteriaMet: 153 });
    const renewal = async (validUntil: string) => {
      await call(claim, { input: { frameworkCode: 'MIC-CLOUD-153', evidenceUrl: 'https://viettel.example.vn/mic-renewal.pdf', validUntil, criteriaMet: 150 } }, viettel);
      return (await call(queue, {}, staff)).find((item: { vendor: { slug: string }; frameworkCode: string }) => item.vendor.slug === 'viettel-idc' && item.frameworkCode === 'MIC-CLOUD-153')
        .attestation.id as string;
    };
    const allGroups = [{ group: 'FUNCTIONAL', met: 84 }, { group: 'SECURITY', met: 69 }];

    // While staff look at a renewal, the verified attestation stands beside the claim under review.
    const first = await renewal('2031-01-01T00:00:00Z');
    expect((await mic()).map((a) => a.status).sort()).toEqual(['CLAIMED', 'VERIFIED']);
    await call(verify, { input: { id: first, evidenceUrl: 'https://viettel.example.vn/mic-2031.pdf', validUntil: '2031-01-01T00:00:00Z', groups: allGroups } }, staff);
    expect(await mic()).toEqual([{ id: first, status: 'VERIFIED', criteriaMet: 153, validUntil: '2031-01-01T00:00:00.000Z' }]);

    // A refused renewal does not take the verification away; the next verification replaces both.
    const refused = await renewal('2032-01-01T00:00:00Z');
    await call(`mutation($id: ID!) { refuseAttestation(id: $id, reason: "Thiếu biên bản đánh giá") { userErrors { code } } }`, { id: refused }, staff);
    expect((await mic()).map((a) => `${a.status} ${a.criteriaMet}`).sort()).toEqual(['REVOKED 150', 'VERIFIED 153']);
    const second = await renewal('2033-01-01T00:00:00Z');
    await call(verify, { input: { id: second, evidenceUrl: 'https://viettel.example.vn/mic-2033.pdf', validUntil: '2033-01-01T00:00:00Z', groups: allGroups } }, staff);
    expect(await mic()).toEqual([{ id: second, status: 'VERIFIED', criteriaMet: 153, validUntil: '2033-01-01T00:00:00.000Z' }]);

    // Earlier ones stay in the table as history, and the database itself refuses a second current one.
    const kept = await rows<{ status: string; current: boolean }>(
      server.database,
      sql`select a.status::text as status, a.superseded_at is null as current from attestations a join compliance_frameworks f on f.id = a.framework_id
          join vendors v on v.id = a.vendor_id where f.code = 'MIC-CLOUD-153' and v.slug = 'viettel-idc' order by a.claimed_at`,
    );
    expect(kept).toEqual([
      { status: 'VERIFIED', current: false },
      { status: 'VERIFIED', current: false },
      { status: 'REVOKED', current: false },
      { status: 'VERIFIED', current: true },
    ]);
    await expect(
      server.database.db.execute(sql`update attestations set superseded_at = null where id = ${dbId(seeded!.id)}`),
    ).rejects.toThrow();
    const report = await server.gql(`{ ecosystemReport { verifiedPlatforms } }`);
    expect(report.data.ecosystemReport.verifiedPlatforms).toBe(5);
  });

  it('shows criteria met per group as staff verified them, and none for a claim', async () => {
    const groups = `{ vendor(slug: "viettel-idc") { attestations { status framework { code } criteriaMetByGroup { group { code criteriaCount } met } } } }`;
    const attestations = (await server.gql(groups)).data.vendor.attestations as { status: string; framework: { code: string }; criteriaMetByGroup: unknown }[];
    expect(attestations.find((a) => a.framework.code === 'MIC-CLOUD-153')!.criteriaMetByGroup).toEqual([
      { group: { code: 'FUNCTIONAL', criteriaCount: 84 }, met: 84 },
      { group: { code: 'SECURITY', criteriaCount: 69 }, met: 69 },
    ]);
    const claimed = (await server.gql(`{ vendor(slug: "cyradar") { attestations { status framework { code } criteriaMetByGroup { met } } } }`)).data.vendor.attestations;
    expect(claimed.find((a: { framework: { code: string } }) => a.framework.code === 'ISO-27001')).toEqual({ status: 'CLAIMED', framework: { code: 'ISO-27001' }, criteriaMetByGroup: [] });
  });

  it('refuses a claim with a reason', async () => {
    const cyradar = { authorization: `Bearer ${(await createKey(server.database, 'cyradar', ['listings:write'])).key}` };
    await call(claim, { input: { frameworkCode: 'PCI-DSS', evidenceUrl: 'https://cyradar.example.vn/pci.pdf', validUntil: '2030-01-01T00:00:00Z' } }, cyradar);
    const item = (await call(queue, {}, staff)).find((i: { vendor: { slug: string }; frameworkCode: string }) => i.vendor.slug === 'cyradar' && i.frameworkCode === 'PCI-DSS');
    const refused = await call(`mutation($id: ID!) { refuseAttestation(id: $id, reason: "Chứng chỉ đã hết hạn") { attestation { status } userErrors { code } } }`, { id: item.attestation.id }, staff);
    expect(refused).toEqual({ attestation: { status: 'REVOKED' }, userErrors: [] });
    const again = await call(`mutation($id: ID!) { refuseAttestation(id: $id, reason: "x") { userErrors { code } } }`, { id: item.attestation.id }, staff);
    expect(again.userErrors).toEqual([{ code: 'NOT_FOUND' }]);

    // The reason reaches the partner and staff, not the public nor another partner.
    const reasons = async (headers: Record<string, string>) =>
      ((await server.gql(`{ vendor(slug: "cyradar") { attestations { framework { code } status decisionReason } } }`, {}, headers)).data.vendor.attestations as
        { framework: { code: string }; status: string; decisionReason: string | null }[]).filter((a) => a.framework.code === 'PCI-DSS');
    const reader = { authorization: `Bearer ${(await createKey(server.database, 'cyradar', ['listings:read'])).key}` };
    const stranger = { authorization: `Bearer ${(await createKey(server.database, 'vsec', ['listings:read'])).key}` };
    expect(await reasons(reader)).toEqual([{ framework: { code: 'PCI-DSS' }, status: 'REVOKED', decisionReason: 'Chứng chỉ đã hết hạn' }]);
    expect(await reasons(staff)).toEqual([{ framework: { code: 'PCI-DSS' }, status: 'REVOKED', decisionReason: 'Chứng chỉ đã hết hạn' }]);
    expect(await reasons({})).toEqual([{ framework: { code: 'PCI-DSS' }, status: 'REVOKED', decisionReason: null }]);
    expect(await reasons(stranger)).toEqual([{ framework: { code: 'PCI-DSS' }, status: 'REVOKED', decisionReason: null }]);
  });
});

describe('organizations, archives and featured listings', () => {
  it('suspends an organization: its listings leave the catalog and its keys stop, both undone by lifting it', async () => {
    const owner = await createPartner(server.database, 'bizfly-cloud', 'OWNER');
    const { key } = await createKey(server.database, 'bizfly-cloud', ['listings:read']);
    const count = async () => (await server.gql(`{ offerings(filter: { vendors: ["bizfly-cloud"] }) { totalCount } }`)).data.offerings.totalCount;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    const organizations = await call(`{ organizations { organization { id vendor { slug } } suspendedAt members activeKeys } }`, {}, staff);
    const bizfly = organizations.find((o: { organization: { vendor: { slug: string } } }) => o.organization.vendor.slug === 'bizfly-cloud');
    expect(bizfly).toMatchObject({ suspendedAt: null, members: 1, activeKeys: 1 });

    const suspended = await call(`mutation($id: ID!) { suspendOrganization(id: $id, reason: "Vi phạm điều khoản") { organization { suspended } listingsAffected userErrors { code } } }`, { id: bizfly.organization.id }, staff);
    expect(suspended).toEqual({ organization: { suspended: true }, listingsAffected: before, userErrors: [] });
    expect(await count()).toBe(0);
    expect((await server.gql(`{ viewer { staff } }`, {}, { authorization: `Bearer ${key}` })).status).toBe(401);
    const memberCookie = await signIn(server, owner.user.email);
    expect((await server.gql(`{ myOfferings { totalCount } }`, {}, { cookie: memberCookie })).errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const lifted = await call(`mutation($id: ID!) { liftSuspension(id: $id) { organization { suspended } listingsAffected userErrors { code } } }`, { id: bizfly.organization.id }, staff);
    expect(lifted).toEqual({ organization: { suspended: false }, listingsAffected: before, userErrors: [] });
    expect(await count()).toBe(before);
    expect((await server.gql(`{ viewer { staff } }`, {}, { authorization: `Bearer ${key}` })).status).toBe(200);
  });

  it('archives a listing with a reason and restores it', async () => {
    const listing = await publishedListing();
    const publicView = async () => (await server.gql(`query($slug: String!) { offering(slug: $slug) { id } }`, { slug: listing.slug })).data.offering;
    const archived = await call(`mutation($id: ID!) { archiveListing(id: $id, reason: "Sai thông tin giá") { offering { status } userErrors { code } } }`, { id: listing.id }, staff);
    expect(archived).toEqual({ offering: { status: 'ARCHIVED' }, userErrors: [] });
    expect(await publicView()).toBeNull();
    const restored = await call(`mutation($id: ID!) { restoreListing(id: $id) { offering { status } userErrors { code } } }`, { id: listing.id }, staff);
    expect(restored).toEqual({ offering: { status: 'PUBLISHED' }, userErrors: [] });
    expect(await publicView()).not.toBeNull();
  });

  it('restores a listing staff archived only once its organization’s suspension is lifted', async () => {
    const listing = await publishedListing();
    const publicView = async () => (await server.gql(`query($slug: String!) { offering(slug: $slug) { id } }`, { slug: listing.slug })).data.offering;
    const restore = `mutation($id: ID!) { restoreListing(id: $id) { offering { status } userErrors { code } } }`;
    await call(`mutation($id: ID!) { archiveListing(id: $id, reason: "Sai thông tin giá") { userErrors { code } } }`, { id: listing.id }, staff);
    const organizations = await call(`{ organizations { organization { id vendor { slug } } } }`, {}, staff);
    const vnpt = organizations.find((o: { organization: { vendor: { slug: string } } }) => o.organization.vendor.slug === 'vnpt-it').organization.id;
    const suspend = `mutation($id: ID!) { suspendOrganization(id: $id, reason: "Đang xác minh") { userErrors { code } } }`;
    expect((await call(suspend, { id: vnpt }, staff)).userErrors).toEqual([]);

    expect(await call(restore, { id: listing.id }, staff)).toEqual({ offering: null, userErrors: [{ code: 'ORGANIZATION_SUSPENDED' }] });
    expect(await publicView()).toBeNull();

    expect((await call(`mutation($id: ID!) { liftSuspension(id: $id) { userErrors { code } } }`, { id: vnpt }, staff)).userErrors).toEqual([]);
    // Lifting brings back what the suspension hid, not what staff archived.
    expect(await publicView()).toBeNull();
    expect(await call(restore, { id: listing.id }, staff)).toEqual({ offering: { status: 'PUBLISHED' }, userErrors: [] });
    expect(await publicView()).not.toBeNull();
  });

  it('features published listings in the order staff choose', async () => {
    const ids = await Promise.all(['vnpt-cloud', 'viettel-cloud-server', 'cmc-cloud-server'].map(async (slug) => (await server.gql(`query($slug: String!) { offering(slug: $slug) { id } }`, { slug })).data.offering.id));
    const set = await call(`mutation($ids: [ID!]!) { setFeaturedOfferings(ids: $ids) { offerings { slug } userErrors { code } } }`, { ids }, staff);
    expect(set).toEqual({ offerings: [{ slug: 'vnpt-cloud' }, { slug: 'viettel-cloud-server' }, { slug: 'cmc-cloud-server' }], userErrors: [] });
    expect((await server.gql(`{ featuredOfferings { slug } }`)).data.featuredOfferings.map((o: { slug: string }) => o.slug)).toEqual(['vnpt-cloud', 'viettel-cloud-server', 'cmc-cloud-server']);
    const duplicate = await call(`mutation($ids: [ID!]!) { setFeaturedOfferings(ids: $ids) { userErrors { field code } } }`, { ids: [ids[0], ids[0]] }, staff);
    expect(duplicate.userErrors).toEqual([{ field: ['ids', '1'], code: 'DUPLICATE' }]);
  });

  it('refuses every staff operation to anyone else', async () => {
    const member = { cookie: await signIn(server, (await createPartner(server.database, 'vng-cloud', 'OWNER')).user.email) };
    const operations = [
      `{ reviewQueue { totalCount } }`,
      `{ verificationQueue { frameworkCode } }`,
      `{ organizations { members } }`,
      `mutation { setFeaturedOfferings(ids: []) { userErrors { code } } }`,
      `mutation { archiveListing(id: "x", reason: "r") { userErrors { code } } }`,
      `mutation { suspendOrganization(id: "x", reason: "r") { userErrors { code } } }`,
    ];
    for (const operation of operations) {
      expect((await server.gql(operation, {}, member)).errors![0]!.extensions!.code, operation).toBe('FORBIDDEN');
      expect((await server.gql(operation, {}, partner)).errors![0]!.extensions!.code, operation).toBe('FORBIDDEN');
      expect((await server.gql(operation)).errors![0]!.extensions!.code, operation).toBe('UNAUTHENTICATED');
    }
  });
});
