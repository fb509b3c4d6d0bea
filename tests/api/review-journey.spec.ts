import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createPartner, createUser, signIn } from '../support/accounts.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

// The review of a listing as its organization and the public see it, step by step, over HTTP.

let server: TestServer;
let partner: Record<string, string>;
let partnerKeyPrefix: string;
let owner: Record<string, string>;
let staff: Record<string, string>;
let dataCenters: string[];

interface Delivery {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
let receiver: Server;
let receiverUrl: string;
let webhookSecret: string;
const received: Delivery[] = [];

beforeAll(async () => {
  server = await startServer({ settings: { ...roomyBudget, webhookAllowLocalHttp: true, webhookPollMs: 50, webhookRetrySeconds: 1 } });
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/mayviet`;

  const { key, row } = await createKey(server.database, 'vng-cloud', ['listings:read', 'listings:write']);
  partner = { authorization: `Bearer ${key}` };
  partnerKeyPrefix = row.prefix;
  owner = { cookie: await signIn(server, (await createPartner(server.database, 'vng-cloud', 'OWNER')).user.email) };
  staff = { cookie: await signIn(server, (await createUser(server.database, { label: 'staff', staff: true })).email) };
  const webhook = await call(`mutation($url: String) { setWebhook(input: { url: $url }) { secret userErrors { code } } }`, { url: receiverUrl }, owner);
  expect(webhook.userErrors).toEqual([]);
  webhookSecret = webhook.secret;
  dataCenters = (await server.gql(`{ vendor(slug: "vng-cloud") { dataCenters { id } } }`)).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
});
afterAll(async () => {
  await server.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

async function call(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await server.gql(query, variables, headers);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data)[0] as any;
}

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

const planFields = `name price { amount } unit specs { key value }`;
const publicFields = `id slug name summary slaAvailability status lowestMonthlyPrice { amount } plans { ${planFields} }`;
const partnerFields = `id slug name summary status version rejectionReason slaAvailability plans { ${planFields} }
  pendingRevision { status name summary slaAvailability rejectionReason plans { name price { amount } unit } }`;
const payload = `offering { ${partnerFields} } userErrors { field code message }`;

const createMutation = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { ${payload} } }`;
const updateMutation = `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { ${payload} } }`;
const submitMutation = `mutation($id: ID!) { submitOffering(id: $id) { ${payload} } }`;
const approveMutation = `mutation($id: ID!) { approveOffering(id: $id) { ${payload} } }`;
const rejectMutation = `mutation($id: ID!, $reason: String!) { rejectOffering(id: $id, reason: $reason) { ${payload} } }`;
const publicQuery = `query($slug: String!) { offering(slug: $slug) { ${publicFields} } }`;
const searchQuery = `query($q: String!) { offerings(query: $q, first: 10) { totalCount nodes { ${publicFields} } } }`;
const myQuery = `{ myOfferings(first: 100) { nodes { ${partnerFields} } } }`;
const queueQuery = `query($vendorSlug: String) {
  reviewQueue(vendorSlug: $vendorSlug, first: 20) {
    items { kind offering { id name } changes { field before after }
      planChanges { change before { ${planFields} } after { ${planFields} } } }
  }
}`;
const auditQuery = `query($filter: AuditFilter) { auditEvents(filter: $filter, first: 100) { events { id actorType actorId action after } } }`;

async function ok(mutation: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const result = await call(mutation, variables, headers);
  expect(result.userErrors).toEqual([]);
  return result.offering;
}

/** The listing as its organization sees it in myOfferings. */
async function partnerView(id: string) {
  const mine = await call(myQuery, {}, partner);
  return mine.nodes.find((node: { id: string }) => node.id === id);
}

const publicView = async (slug: string) => (await server.gql(publicQuery, { slug })).data.offering;
const searchSlugs = async (q: string) => (await call(searchQuery, { q })).nodes.map((node: { slug: string }) => node.slug);

async function queueItem(id: string) {
  const queue = await call(queueQuery, { vendorSlug: 'vng-cloud' }, staff);
  return queue.items.find((item: { offering: { id: string } }) => item.offering.id === id) ?? null;
}

/** The listing's status changes, oldest first, as the partner's audit trail records them: [who, status]. */
async function statusTrail(id: string) {
  const { events } = await call(auditQuery, { filter: { targetType: 'offerings', targetId: dbId(id) } }, partner);
  const trail: [string, string][] = [];
  for (const event of [...events].reverse()) {
    const status = JSON.parse(event.after).status as string;
    if (trail.at(-1)?.[1] !== status) trail.push([event.actorType, status]);
  }
  return trail;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The next webhook delivery for this listing, its signature checked over the raw body. */
async function webhookFor(slug: string, event: string) {
  const delivery = await until(
    async () => received.find((d) => JSON.parse(d.body).offering?.slug === slug && JSON.parse(d.body).event === event),
    (found) => found !== undefined,
    `${event} for ${slug}`,
  );
  received.splice(received.indexOf(delivery!), 1);
  expect(delivery!.headers['x-mayviet-event']).toBe(event);
  const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(delivery!.headers['x-mayviet-signature']))!;
  expect(v1).toBe(createHmac('sha256', webhookSecret).update(`${t}.${delivery!.body}`).digest('hex'));
  return JSON.parse(delivery!.body);
}

const plansOf = (listing: { plans: { name: string; price: { amount: string } }[] }) => listing.plans.map((p) => [p.name, p.price.amount]).sort();

describe('the review journey', () => {
  it('takes a listing from draft through rejection, approval and an approved edit, as the partner and the public see it', async () => {
    // A draft: the organization's alone.
    const created = await ok(
      createMutation,
      {
        input: {
          name: 'Lưu trữ Orionvale',
          summary: 'Lưu trữ đối tượng cho doanh nghiệp.',
          description: 'Lưu trữ đối tượng tương thích S3 tại hai trung tâm dữ liệu.',
          kind: 'IAAS',
          categorySlug: 'object-storage',
          dataCenterIds: dataCenters,
          slaAvailability: '99.9',
          plans: [
            { name: 'Gói 1 TB', price: '500000', unit: 'MONTH', specs: [{ key: 'storage_gb', value: '1000' }] },
            { name: 'Gói 5 TB', price: '2000000', unit: 'MONTH' },
          ],
        },
      },
      partner,
    );
    const { id, slug } = created;
    expect(created).toMatchObject({ status: 'DRAFT', version: 1, rejectionReason: null, pendingRevision: null });
    expect(await statusTrail(id)).toEqual([['API_KEY', 'DRAFT']]);

    // In review: staff see it in the queue, the public does not.
    expect((await ok(submitMutation, { id }, partner)).status).toBe('IN_REVIEW');
    expect((await partnerView(id)).status).toBe('IN_REVIEW');
    const waiting = await queueItem(id);
    expect(waiting.kind).toBe('NEW_LISTING');
    expect(waiting.planChanges.map((c: { change: string; after: { name: string } }) => [c.change, c.after.name])).toEqual([
      ['ADDED', 'Gói 1 TB'],
      ['ADDED', 'Gói 5 TB'],
    ]);
    expect(await publicView(slug)).toBeNull();
    expect(await searchSlugs('orionvale')).toEqual([]);

    // Rejected with a reason: the partner reads it, and its webhook is told.
    const reason = 'Thiếu cam kết về vị trí lưu trữ dữ liệu.';
    await ok(rejectMutation, { id, reason }, staff);
    expect(await partnerView(id)).toMatchObject({ status: 'REJECTED', rejectionReason: reason });
    expect(await webhookFor(slug, 'LISTING_REJECTED')).toMatchObject({ offering: { id, slug }, revision: false, reason });
    expect(await queueItem(id)).toBeNull();
    expect(await publicView(slug)).toBeNull();
    expect(await statusTrail(id)).toEqual([
      ['API_KEY', 'DRAFT'],
      ['API_KEY', 'IN_REVIEW'],
      ['STAFF', 'REJECTED'],
    ]);

    // Edited back into a draft and sent again; approved: published for everyone.
    const redrafted = await ok(updateMutation, { input: { id, version: 1, description: 'Dữ liệu lưu tại Hà Nội và TP. Hồ Chí Minh, không ra nước ngoài.' } }, partner);
    expect(redrafted).toMatchObject({ status: 'DRAFT', version: 2, rejectionReason: reason });
    expect(await ok(submitMutation, { id }, partner)).toMatchObject({ status: 'IN_REVIEW', rejectionReason: null });
    await ok(approveMutation, { id }, staff);
    const live = await partnerView(id);
    expect(live).toMatchObject({ status: 'PUBLISHED', version: 3, rejectionReason: null, pendingRevision: null });
    expect(await webhookFor(slug, 'LISTING_APPROVED')).toMatchObject({ offering: { id, slug }, revision: false, reason: null });
    const published = await publicView(slug);
    expect(published).toMatchObject({ id, name: 'Lưu trữ Orionvale', status: 'PUBLISHED', slaAvailability: '99.900', lowestMonthlyPrice: { amount: '500000' } });
    expect(await searchSlugs('orionvale')).toEqual([slug]);
    expect(await statusTrail(id)).toEqual([
      ['API_KEY', 'DRAFT'],
      ['API_KEY', 'IN_REVIEW'],
      ['STAFF', 'REJECTED'],
      ['API_KEY', 'DRAFT'],
      ['API_KEY', 'IN_REVIEW'],
      ['STAFF', 'PUBLISHED'],
    ]);

    // An edit of the published listing waits as the partner's pending revision; the public keeps the old version.
    const edit = {
      id,
      version: 3,
      name: 'Lưu trữ Orionvale Pro',
      summary: 'Lưu trữ đối tượng, nay có lớp lưu trữ lạnh.',
      slaAvailability: '99.95',
      plans: [
        { name: 'Gói 1 TB', price: '450000', unit: 'MONTH', specs: [{ key: 'storage_gb', value: '1000' }] },
        { name: 'Gói lưu trữ lạnh 10 TB', price: '1500000', unit: 'MONTH' },
      ],
    };
    const edited = await ok(updateMutation, { input: edit }, partner);
    expect(edited).toMatchObject({ status: 'PUBLISHED', version: 4, name: 'Lưu trữ Orionvale' });
    expect(edited.pendingRevision).toMatchObject({ status: 'DRAFT', name: 'Lưu trữ Orionvale Pro', slaAvailability: '99.950' });
    expect((await partnerView(id)).pendingRevision.name).toBe('Lưu trữ Orionvale Pro');
    expect((await server.gql(`query($slug: String!) { offering(slug: $slug) { pendingRevision { name } } }`, { slug }, partner)).data.offering.pendingRevision.name).toBe(
      'Lưu trữ Orionvale Pro',
    );
    for (const seen of [await publicView(slug), (await call(searchQuery, { q: 'orionvale' })).nodes[0]]) {
      expect(seen).toEqual(published);
    }
    expect((await server.gql(`query($slug: String!) { offering(slug: $slug) { pendingRevision { name } } }`, { slug })).data.offering.pendingRevision).toBeNull();
    expect(await queueItem(id)).toBeNull();

    // Sent for review: staff see what changes, field by field and plan by plan.
    await ok(submitMutation, { id }, partner);
    expect((await partnerView(id)).pendingRevision.status).toBe('IN_REVIEW');
    const review = await queueItem(id);
    expect(review.kind).toBe('EDIT');
    expect(review.offering.name).toBe('Lưu trữ Orionvale');
    expect(review.changes).toEqual([
      { field: 'name', before: 'Lưu trữ Orionvale', after: 'Lưu trữ Orionvale Pro' },
      { field: 'summary', before: 'Lưu trữ đối tượng cho doanh nghiệp.', after: 'Lưu trữ đối tượng, nay có lớp lưu trữ lạnh.' },
      { field: 'slaAvailability', before: '99.900', after: '99.950' },
    ]);
    expect(review.planChanges).toEqual([
      {
        change: 'CHANGED',
        before: { name: 'Gói 1 TB', price: { amount: '500000' }, unit: 'MONTH', specs: [{ key: 'storage_gb', value: '1000' }] },
        after: { name: 'Gói 1 TB', price: { amount: '450000' }, unit: 'MONTH', specs: [{ key: 'storage_gb', value: '1000' }] },
      },
      { change: 'ADDED', before: null, after: { name: 'Gói lưu trữ lạnh 10 TB', price: { amount: '1500000' }, unit: 'MONTH', specs: [] } },
      { change: 'REMOVED', before: { name: 'Gói 5 TB', price: { amount: '2000000' }, unit: 'MONTH', specs: [] }, after: null },
    ]);
    expect(await publicView(slug)).toEqual(published);

    // Approved: the public sees the new version, and the partner has no pending edit left.
    await ok(approveMutation, { id }, staff);
    expect(await webhookFor(slug, 'LISTING_APPROVED')).toMatchObject({ offering: { id, slug }, revision: true, reason: null });
    const after = await publicView(slug);
    expect(after).toMatchObject({ name: 'Lưu trữ Orionvale Pro', summary: edit.summary, slaAvailability: '99.950', lowestMonthlyPrice: { amount: '450000' } });
    expect(plansOf(after)).toEqual([
      ['Gói 1 TB', '450000'],
      ['Gói lưu trữ lạnh 10 TB', '1500000'],
    ]);
    expect((await call(searchQuery, { q: 'orionvale pro' })).nodes).toEqual([after]);
    expect(await partnerView(id)).toMatchObject({ status: 'PUBLISHED', version: 5, name: 'Lưu trữ Orionvale Pro', pendingRevision: null });
    expect(await queueItem(id)).toBeNull();

    // The partner's audit trail names who did what: its key wrote the edit, staff approved it.
    const revisions = await call(auditQuery, { filter: { targetType: 'offering_revisions' } }, partner);
    const revisionTrail = [...revisions.events]
      .reverse()
      .filter((e: { after: string }) => JSON.parse(e.after).offering_id === dbId(id))
      .map((e: { actorType: string; actorId: string; action: string; after: string }) => [e.actorType, e.action, JSON.parse(e.after).status]);
    expect(revisionTrail).toEqual([
      ['API_KEY', 'offering_revisions.INSERT', 'DRAFT'],
      ['API_KEY', 'offering_revisions.UPDATE', 'IN_REVIEW'],
      ['STAFF', 'offering_revisions.UPDATE', 'APPROVED'],
    ]);
    const planEvents = await call(auditQuery, { filter: { targetType: 'plans', actorId: partnerKeyPrefix } }, partner);
    expect(planEvents.events.map((e: { action: string }) => e.action)).toEqual(['plans.INSERT', 'plans.INSERT']);
    expect((await statusTrail(id)).at(-1)).toEqual(['STAFF', 'PUBLISHED']);
  });
});

describe('a revision approval', () => {
  const oldContent = {
    name: 'Máy chủ Quillfern',
    summary: 'Máy chủ ảo thế hệ cũ.',
    slaAvailability: '99.9',
    plans: [
      { name: 'Gói nhỏ', price: '100000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '1' }] },
      { name: 'Gói vừa', price: '200000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '2' }] },
      { name: 'Gói lớn', price: '400000', unit: 'MONTH', specs: [] },
    ],
  };
  // Every field the reader sees changes: texts, SLA, the lowest price, a plan changed, one added, one removed.
  const newContent = {
    name: 'Máy chủ Quillfern thế hệ mới',
    summary: 'Máy chủ ảo trên phần cứng mới.',
    slaAvailability: '99.99',
    plans: [
      { name: 'Gói nhỏ', price: '120000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '2' }] },
      { name: 'Gói vừa', price: '90000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '4' }] },
      { name: 'Gói siêu lớn', price: '900000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '16' }] },
    ],
  };
  const fields = `slug name summary slaAvailability lowestMonthlyPrice { amount } plans { name price { amount } unit specs { key value } }`;
  const readOffering = `query($slug: String!) { offering(slug: $slug) { ${fields} } }`;
  const readSearch = `{ offerings(query: "quillfern", first: 5) { nodes { ${fields} } } }`;

  interface Seen {
    name: string;
    summary: string;
    slaAvailability: string;
    lowestMonthlyPrice: { amount: string };
    plans: { name: string; price: { amount: string }; unit: string; specs: { key: string; value: string }[] }[];
  }
  type Plans = { name: string; price: string; unit: string; specs: { key: string; value: string }[] }[];
  const plansPrint = (plans: Plans) => JSON.stringify(plans.map((plan) => [plan.name, plan.price, plan.unit, plan.specs]).sort());
  // The listing's own fields come from its row, its plans from another statement: a query reads both in one
  // snapshot, so together they are one version.
  const listed = (listing: Seen) => ({
    listing: JSON.stringify([listing.name, listing.summary, listing.slaAvailability, listing.lowestMonthlyPrice.amount]),
    plans: plansPrint(listing.plans.map((plan) => ({ ...plan, price: plan.price.amount }))),
  });
  const versions = {
    old: { listing: JSON.stringify([oldContent.name, oldContent.summary, '99.900', '100000']), plans: plansPrint(oldContent.plans) },
    new: { listing: JSON.stringify([newContent.name, newContent.summary, '99.990', '90000']), plans: plansPrint(newContent.plans) },
  };
  /** Which version the listing's own fields and its plans each show: 'old', 'new', or 'mixed …'. */
  const versionOf = (seen: Seen) => {
    const print = listed(seen);
    const which = (part: 'listing' | 'plans') => (print[part] === versions.old[part] ? 'old' : print[part] === versions.new[part] ? 'new' : `mixed ${print[part]}`);
    return { listing: which('listing'), plans: which('plans') };
  };

  it('swaps the listing and its plans at once: concurrent public readers see the old version or the new one, never part of an edit', async () => {
    const created = await ok(
      createMutation,
      { input: { ...oldContent, description: 'Máy chủ ảo để đọc trong lúc duyệt.', kind: 'IAAS', categorySlug: 'compute', dataCenterIds: dataCenters } },
      partner,
    );
    await ok(submitMutation, { id: created.id }, partner);
    const live = await ok(approveMutation, { id: created.id }, staff);
    await ok(updateMutation, { input: { id: live.id, version: live.version, ...newContent } }, partner);
    await ok(submitMutation, { id: live.id }, partner);
    const slug = live.slug as string;

    // Readers poll the offering page and the search until each has read twice after the approval returned.
    let approved = false;
    const reads: { listing: string; plans: string; afterApproval: boolean }[] = [];
    const readsAfterApproval = [0, 0, 0, 0, 0];
    const readOnce = async (reader: number): Promise<Seen | undefined> =>
      reader % 2 === 0
        ? (await call(readOffering, { slug })) ?? undefined
        : (await call(readSearch, {})).nodes.find((node: { slug: string }) => node.slug === slug);
    const firstReads: Promise<void>[] = [];
    const readers = readsAfterApproval.map((_, reader) => {
      let readOnceAlready!: () => void;
      firstReads.push(new Promise<void>((resolve) => (readOnceAlready = resolve)));
      return (async () => {
        try {
          while (readsAfterApproval[reader]! < 2) {
            const afterApproval = approved;
            const seen = await readOnce(reader);
            reads.push({ ...(seen ? versionOf(seen) : { listing: 'missing', plans: 'missing' }), afterApproval });
            if (afterApproval) readsAfterApproval[reader]! += 1;
            readOnceAlready();
          }
        } finally {
          readOnceAlready();
        }
      })();
    });
    await Promise.all(firstReads);
    const approval = await ok(approveMutation, { id: live.id }, staff);
    approved = true;
    await Promise.all(readers);

    expect(approval).toMatchObject({ name: newContent.name, pendingRevision: null });
    const shown = (read: { listing: string; plans: string }) => `${read.listing} / ${read.plans}`;
    expect(reads.map(shown).filter((read) => read !== 'old / old' && read !== 'new / new')).toEqual([]);
    expect(reads.filter((read) => read.afterApproval).map(shown)).toEqual(Array(10).fill('new / new'));
    expect(reads.some((read) => read.listing === 'old')).toBe(true);
  });
});

describe('concurrent decisions', () => {
  const decisionsFor = (slug: string) =>
    rows<{ event: string; reason: string | null }>(
      server.database,
      sql`select event::text as event, payload->>'reason' as reason from webhook_deliveries where payload->'offering'->>'slug' = ${slug} order by created_at`,
    );
  /** Both at once; which is sent first alternates by round, so either may win. */
  const race = async <A, B>(approve: () => Promise<A>, reject: () => Promise<B>, round: number): Promise<[A, B]> => {
    if (round % 2) return Promise.all([approve(), reject()]);
    const [rejected, approved] = await Promise.all([reject(), approve()]);
    return [approved, rejected];
  };
  const outcome = (result: { offering: unknown; userErrors: { code: string }[] }) => (result.offering ? 'decided' : result.userErrors.map((e) => e.code).join());

  it('decides once when staff approve and reject a new listing at the same time, and the reason is never lost', async () => {
    const otherStaff = { cookie: await signIn(server, (await createUser(server.database, { label: 'staff-2', staff: true })).email) };
    for (let round = 1; round <= 4; round += 1) {
      const reason = `Lý do từ chối ${round}.`;
      const created = await ok(
        createMutation,
        { input: { name: `Máy chủ tranh chấp ${round}`, summary: 'Hai quyết định.', description: 'Hai quyết định.', kind: 'IAAS', categorySlug: 'compute', dataCenterIds: dataCenters, plans: [{ name: 'Gói', price: '100000', unit: 'MONTH' }] } },
        partner,
      );
      await ok(submitMutation, { id: created.id }, partner);
      const [approve, reject] = await race(
        () => call(approveMutation, { id: created.id }, round % 2 ? staff : otherStaff),
        () => call(rejectMutation, { id: created.id, reason }, round % 2 ? otherStaff : staff),
        round,
      );
      expect([outcome(approve), outcome(reject)].sort()).toEqual(['NOT_IN_REVIEW', 'decided']);
      const seen = await partnerView(created.id);
      if (approve.offering) {
        expect(seen).toMatchObject({ status: 'PUBLISHED', version: 2, rejectionReason: null });
        expect(await decisionsFor(created.slug)).toEqual([{ event: 'LISTING_APPROVED', reason: null }]);
      } else {
        expect(seen).toMatchObject({ status: 'REJECTED', version: 1, rejectionReason: reason });
        expect(await decisionsFor(created.slug)).toEqual([{ event: 'LISTING_REJECTED', reason }]);
      }
    }
  });

  it('decides once when staff approve and reject a pending edit at the same time', async () => {
    for (let round = 1; round <= 4; round += 1) {
      const reason = `Bản sửa chưa đạt ${round}.`;
      const created = await ok(
        createMutation,
        { input: { name: `Máy chủ sửa tranh chấp ${round}`, summary: 'Bản đang bán.', description: 'Bản đang bán.', kind: 'IAAS', categorySlug: 'compute', dataCenterIds: dataCenters, plans: [{ name: 'Gói', price: '100000', unit: 'MONTH' }] } },
        partner,
      );
      await ok(submitMutation, { id: created.id }, partner);
      const live = await ok(approveMutation, { id: created.id }, staff);
      await ok(updateMutation, { input: { id: live.id, version: live.version, summary: 'Bản sửa.', plans: [{ name: 'Gói', price: '150000', unit: 'MONTH' }] } }, partner);
      await ok(submitMutation, { id: live.id }, partner);
      const [approve, reject] = await race(
        () => call(approveMutation, { id: live.id }, staff),
        () => call(rejectMutation, { id: live.id, reason }, staff),
        round,
      );
      expect([outcome(approve), outcome(reject)].sort()).toEqual(['NOT_IN_REVIEW', 'decided']);
      const seen = await partnerView(live.id);
      const shown = await publicView(live.slug);
      const decisions = (await decisionsFor(live.slug)).slice(1);
      if (approve.offering) {
        expect(seen).toMatchObject({ summary: 'Bản sửa.', pendingRevision: null });
        expect(plansOf(shown)).toEqual([['Gói', '150000']]);
        expect(decisions).toEqual([{ event: 'LISTING_APPROVED', reason: null }]);
      } else {
        expect(seen).toMatchObject({ summary: 'Bản đang bán.', pendingRevision: { status: 'REJECTED', rejectionReason: reason, summary: 'Bản sửa.' } });
        expect(plansOf(shown)).toEqual([['Gói', '100000']]);
        expect(decisions).toEqual([{ event: 'LISTING_REJECTED', reason }]);
      }
    }
  });
});
