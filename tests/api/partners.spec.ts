import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookUrlProblem } from '../../packages/api/src/modules/partners/webhook-targets.ts';
import { createKey, createPartner, createUser, signIn } from '../support/accounts.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';
import { firstPlans, saveMutation, type PlanInfo } from '../support/stacks.ts';

let server: TestServer;
let p: Record<string, PlanInfo>;
beforeAll(async () => {
  server = await startServer({ settings: { quoteRequestsPerHour: 100, webhookAllowLocalHttp: true, webhookPollMs: 50, webhookRetrySeconds: 1 } });
  p = await firstPlans(server, 'viettel-cloud-server', 'viettel-cloud-backup', 'cmc-cloud-server');
});
afterAll(() => server.close());

const quoteMutation = `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { id } userErrors { code } } }`;
const inboxQuery = `query($first: Int, $after: String, $handled: Boolean) {
  quoteInbox(first: $first, after: $after, handled: $handled) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id contactName contactEmail organization message handledAt monthlySubtotal { amount }
            lines { quantity plan { id } offering { slug } monthlyPrice { amount } monthlyCost { amount } } }
  }
}`;

async function quote(contactName: string) {
  const saved = await server.gql(saveMutation, {
    input: {
      name: `Stack of ${contactName}`,
      items: [
        { planId: p['viettel-cloud-server']!.id, quantity: 2 },
        { planId: p['viettel-cloud-backup']!.id, quantity: 300 },
        { planId: p['cmc-cloud-server']!.id, quantity: 1 },
      ],
    },
  });
  const stackId = saved.data.saveStack.stack.id;
  const response = await server.gql(quoteMutation, {
    input: { stackId, contactName, contactEmail: 'buyer@example.vn', organization: 'Sở TT&TT', message: 'Xin báo giá' },
  });
  expect(response.data.requestQuote.userErrors).toEqual([]);
  return response.data.requestQuote.quoteRequest.id as string;
}

describe('the quote inbox', () => {
  let viettel: string;
  let cmc: string;
  beforeAll(async () => {
    viettel = (await createKey(server.database, 'viettel-idc', ['quotes:read'])).key;
    cmc = (await createKey(server.database, 'cmc-cloud', ['quotes:read'])).key;
    for (const name of ['An', 'Bình', 'Chi']) await quote(name);
  });
  const as = (key: string) => ({ authorization: `Bearer ${key}` });

  it('shows each vendor only its own lines and the contact, newest first, page by page', async () => {
    const first = (await server.gql(inboxQuery, { first: 2 }, as(viettel))).data.quoteInbox;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.nodes.map((n: { contactName: string }) => n.contactName)).toEqual(['Chi', 'Bình']);
    const request = first.nodes[0];
    expect(request).toMatchObject({ contactEmail: 'buyer@example.vn', organization: 'Sở TT&TT', message: 'Xin báo giá', handledAt: null });
    expect(request.lines.map((l: { offering: { slug: string }; quantity: number }) => [l.offering.slug, l.quantity])).toEqual([
      ['viettel-cloud-server', 2],
      ['viettel-cloud-backup', 300],
    ]);
    const subtotal = BigInt(p['viettel-cloud-server']!.monthlyPrice) * 2n + BigInt(p['viettel-cloud-backup']!.monthlyPrice) * 300n;
    expect(request.monthlySubtotal.amount).toBe(String(subtotal));

    const second = (await server.gql(inboxQuery, { first: 2, after: first.pageInfo.endCursor }, as(viettel))).data.quoteInbox;
    expect(second.nodes.map((n: { contactName: string }) => n.contactName)).toEqual(['An']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const theirs = (await server.gql(inboxQuery, { first: 10 }, as(cmc))).data.quoteInbox;
    expect(theirs.nodes[0].lines.map((l: { offering: { slug: string } }) => l.offering.slug)).toEqual(['cmc-cloud-server']);
  });

  it('marks requests handled, filters on it, and hides another organization’s requests, by id too', async () => {
    const [latest] = (await server.gql(inboxQuery, { first: 1 }, as(viettel))).data.quoteInbox.nodes;
    const mark = `mutation($id: ID!, $handled: Boolean) { markQuoteHandled(input: { id: $id, handled: $handled }) { quoteRequest { handledAt } userErrors { code } } }`;
    const marked = (await server.gql(mark, { id: latest.id }, as(viettel))).data.markQuoteHandled;
    expect(marked.quoteRequest.handledAt).not.toBeNull();
    expect((await server.gql(inboxQuery, { handled: true }, as(viettel))).data.quoteInbox.totalCount).toBe(1);
    expect((await server.gql(inboxQuery, { handled: false }, as(viettel))).data.quoteInbox.totalCount).toBe(2);

    expect((await server.gql(mark, { id: latest.id }, as(cmc))).data.markQuoteHandled).toEqual({ quoteRequest: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const node = `query($id: ID!) { node(id: $id) { id } }`;
    expect((await server.gql(node, { id: latest.id }, as(viettel))).data.node).toEqual({ id: latest.id });
    expect((await server.gql(node, { id: latest.id }, as(cmc))).data.node).toBeNull();
    expect((await server.gql(node, { id: latest.id })).data.node).toBeNull();
    const reopened = (await server.gql(mark, { id: latest.id, handled: false }, as(viettel))).data.markQuoteHandled;
    expect(reopened.quoteRequest.handledAt).toBeNull();
  });

  it('needs the quotes:read scope, and a caller', async () => {
    const { key } = await createKey(server.database, 'viettel-idc', ['listings:read']);
    expect((await server.gql(inboxQuery, {}, as(key))).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await server.gql(inboxQuery, {})).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('webhooks', () => {
  let receiver: Server;
  let receiverUrl: string;
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  let failuresLeft = 0;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.statusCode = failuresLeft-- > 0 ? 503 : 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/mayviet`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  const setWebhook = `mutation($url: String) { setWebhook(input: { url: $url }) { secret organization { webhookUrl } userErrors { field code message } } }`;
  const deliveries = `{ viewer { organization { webhookDeliveries { event attempts deliveredAt failedAt lastStatus lastError nextAttemptAt payload } } } }`;

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('signs a POST for each quote request, retries with backoff, and shows the deliveries', async () => {
    const owner = await createPartner(server.database, 'cmc-cloud', 'OWNER');
    const cookie = await signIn(server, owner.user.email);
    const set = (await server.gql(setWebhook, { url: receiverUrl }, { cookie })).data.setWebhook;
    expect(set.userErrors).toEqual([]);
    expect(set.organization.webhookUrl).toBe(receiverUrl);
    expect(set.secret).toMatch(/^whsec_[\w-]{43}$/);

    failuresLeft = 1;
    received.length = 0;
    await quote('Dũng');
    const sent = await until(async () => received.slice(), (r) => r.length >= 2, 'the retried delivery');
    const [first, retry] = sent;
    expect(first!.body).toBe(retry!.body);
    expect(retry!.headers['x-mayviet-event']).toBe('QUOTE_REQUESTED');
    expect(retry!.headers['x-mayviet-delivery']).toBe(first!.headers['x-mayviet-delivery']);
    const signature = String(retry!.headers['x-mayviet-signature']);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature)!;
    expect(v1).toBe(createHmac('sha256', set.secret).update(`${t}.${retry!.body}`).digest('hex'));

    const payload = JSON.parse(retry!.body);
    expect(payload.event).toBe('QUOTE_REQUESTED');
    expect(payload.quoteRequest.contactName).toBe('Dũng');
    // The fields receivers relied on stay; the names, unit and costs come beside them (webhook-events.spec.ts).
    expect(payload.quoteRequest.lines).toEqual([
      expect.objectContaining({
        planId: p['cmc-cloud-server']!.id,
        quantity: 1,
        monthlyPrice: { amount: p['cmc-cloud-server']!.monthlyPrice, currencyCode: 'VND' },
        oneTimePrice: { amount: '0', currencyCode: 'VND' },
      }),
    ]);

    const shown = await until(
      async () => (await server.gql(deliveries, {}, { cookie })).data.viewer.organization.webhookDeliveries,
      (list: { deliveredAt: string | null }[]) => list[0]?.deliveredAt != null,
      'the delivery record',
    );
    expect(shown[0]).toMatchObject({ event: 'QUOTE_REQUESTED', attempts: 2, lastStatus: 204, lastError: null, failedAt: null, nextAttemptAt: null });
  });

  it('tells the organization when staff approve or reject its listing', async () => {
    const owner = await createPartner(server.database, 'bizfly-cloud', 'OWNER');
    const cookie = await signIn(server, owner.user.email);
    const { secret } = (await server.gql(setWebhook, { url: receiverUrl }, { cookie })).data.setWebhook;
    const staff = { cookie: await signIn(server, (await createUser(server.database, { staff: true })).email) };
    const dataCenterIds = (await server.gql(`{ vendor(slug: "bizfly-cloud") { dataCenters { id } } }`)).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
    const create = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id slug } userErrors { code } } }`;
    const listing = async (name: string) => {
      const offering = (await server.gql(create, {
        input: { name, summary: 'Thử webhook.', description: 'Thử webhook.', kind: 'IAAS', categorySlug: 'compute', dataCenterIds, plans: [{ name: 'Gói', price: '1000', unit: 'MONTH' }] },
      }, { cookie })).data.createOffering.offering;
      await server.gql(`mutation($id: ID!) { submitOffering(id: $id) { userErrors { code } } }`, { id: offering.id }, { cookie });
      return offering;
    };
    failuresLeft = 0;
    received.length = 0;
    const approved = await listing('Máy chủ webhook duyệt');
    const rejected = await listing('Máy chủ webhook từ chối');
    await server.gql(`mutation($id: ID!) { approveOffering(id: $id) { userErrors { code } } }`, { id: approved.id }, staff);
    await server.gql(`mutation($id: ID!) { rejectOffering(id: $id, reason: "Thiếu giá theo giờ") { userErrors { code } } }`, { id: rejected.id }, staff);
    const sent = await until(async () => received.slice(), (r) => r.length >= 2, 'both decisions');
    const bodies = sent.map((r) => JSON.parse(r.body)).sort((a, b) => a.event.localeCompare(b.event));
    expect(bodies.map((b) => [b.event, b.offering.slug, b.reason])).toEqual([
      ['LISTING_APPROVED', approved.slug, null],
      ['LISTING_REJECTED', rejected.slug, 'Thiếu giá theo giờ'],
    ]);
    for (const r of sent) {
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(r.headers['x-mayviet-signature']))!;
      expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${r.body}`).digest('hex'));
    }
  });

  it('lets only owners set the webhook, and refuses URLs it must not call', async () => {
    const member = await createPartner(server.database, 'vnpt-it', 'MEMBER');
    const cookie = await signIn(server, member.user.email);
    expect((await server.gql(setWebhook, { url: receiverUrl }, { cookie })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const owner = await createPartner(server.database, 'vnpt-it', 'OWNER');
    const ownerCookie = await signIn(server, owner.user.email);
    const bad = (await server.gql(setWebhook, { url: 'ftp://example.vn/hook' }, { cookie: ownerCookie })).data.setWebhook;
    expect(bad.userErrors).toEqual([{ field: ['input', 'url'], code: 'INVALID_URL', message: expect.any(String) }]);
    const off = (await server.gql(setWebhook, { url: null }, { cookie: ownerCookie })).data.setWebhook;
    expect(off).toMatchObject({ secret: null, organization: { webhookUrl: null }, userErrors: [] });
  });

  it('pages through the deliveries, older ones with `before`', async () => {
    const member = await createPartner(server.database, 'fpt-is', 'MEMBER');
    const cookie = await signIn(server, member.user.email);
    // Given up long ago, so the worker leaves them alone; one minute apart, the newest last.
    await server.database.db.execute(sql`insert into webhook_deliveries (organization_id, event, payload, url, created_at, failed_at, next_attempt_at)
      select ${member.organization.id}, 'QUOTE_REQUESTED', jsonb_build_object('n', n), 'https://partner.example.vn/hooks',
             now() - make_interval(mins => 60 - n), now(), null
      from generate_series(1, 5) n`);
    const expected = (await rows<{ n: number }>(server.database, sql`select (payload ->> 'n')::int as n from webhook_deliveries
      where organization_id = ${member.organization.id} order by created_at desc, id desc`)).map((row) => row.n);
    expect(expected).toEqual([5, 4, 3, 2, 1]);

    const page = `query($first: Int, $before: ID) { viewer { organization { webhookDeliveries(first: $first, before: $before) { id payload } } } }`;
    const seen: number[] = [];
    let before: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const result: { data: any; errors?: unknown } = await server.gql(page, { first: 2, before }, { cookie });
      expect(result.errors).toBeUndefined();
      const shown = result.data.viewer.organization.webhookDeliveries as { id: string; payload: string }[];
      seen.push(...shown.map((delivery) => (JSON.parse(delivery.payload) as { n: number }).n));
      if (shown.length < 2) break;
      before = shown.at(-1)!.id;
    }
    expect(seen).toEqual(expected);

    const other = await createPartner(server.database, 'cmc-cloud', 'MEMBER');
    const otherCookie = await signIn(server, other.user.email);
    for (const [id, who] of [[before!, otherCookie], [Buffer.from('Offering:00000000-0000-0000-0000-000000000000').toString('base64url'), cookie]] as const) {
      const refused = await server.gql(page, { first: 2, before: id }, { cookie: who });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('follows no redirect, and tells the partner only the status, a timeout or a failed connection', async () => {
    const hits: string[] = [];
    const target = createServer((req, res) => {
      hits.push(`${req.method} ${req.url} host=${req.headers.host} ${req.headers['content-type']} ${req.headers['user-agent']}`);
      if (req.url === '/silent') return;
      res.writeHead(307, { location: `http://127.0.0.1:${(target.address() as AddressInfo).port}/elsewhere`, server: 'internal-admin/2.4' });
      res.end('redis_version:7.2.4 role:master');
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const port = (target.address() as AddressInfo).port;
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const owner = await createPartner(server.database, 'viettel-idc', 'OWNER');
    const cookie = await signIn(server, owner.user.email);
    const urls = { moved: `http://localhost:${port}/moved`, silent: `http://localhost:${port}/silent`, closed: `http://127.0.0.1:${closedPort}/hooks` };
    // One endpoint per URL, and one quote request that goes to each.
    await server.gql(setWebhook, { url: null }, { cookie });
    for (const url of Object.values(urls)) {
      const made = await server.gql(`mutation($url: String!) { createWebhookEndpoint(input: { url: $url, topics: [QUOTE_REQUESTED] }) { userErrors { code } } }`, { url }, { cookie });
      expect(made.data.createWebhookEndpoint.userErrors).toEqual([]);
    }
    await quote('Giang');
    type Shown = { url: string; lastStatus: number | null; lastError: string | null; deliveredAt: string | null };
    const shown = await until(
      async (): Promise<Shown[]> => (await server.gql(`{ viewer { organization { webhookDeliveries { url lastStatus lastError deliveredAt } } } }`, {}, { cookie })).data.viewer.organization.webhookDeliveries,
      (list) => list.length === 3 && list.every((delivery) => delivery.lastError !== null),
      'three failed tries',
    );
    target.closeAllConnections();
    await new Promise<void>((resolve) => target.close(() => resolve()));
    const byUrl = Object.fromEntries(shown.map((delivery) => [delivery.url, delivery]));
    expect(byUrl[urls.moved]).toMatchObject({ lastStatus: 307, lastError: 'HTTP 307', deliveredAt: null });
    expect(byUrl[urls.silent]).toMatchObject({ lastStatus: null, lastError: 'timed out', deliveredAt: null });
    expect(byUrl[urls.closed]).toMatchObject({ lastStatus: null, lastError: 'connection failed', deliveredAt: null });
    // Retries may have come meanwhile; /elsewhere never did.
    expect([...new Set(hits)].sort()).toEqual([
      `POST /moved host=localhost:${port} application/json MayViet-Webhooks/1`,
      `POST /silent host=localhost:${port} application/json MayViet-Webhooks/1`,
    ]);
  });

  it('accepts only public https URLs in production', () => {
    expect(webhookUrlProblem('https://partner.example.vn/hooks', false)).toBeNull();
    for (const url of ['http://partner.example.vn/hooks', 'https://127.0.0.1/x', 'https://10.1.2.3/x', 'https://169.254.169.254/latest', 'https://[::1]/x', 'https://localhost/x', 'https://user:pw@partner.example.vn/', 'not a url', `https://x.vn/${'a'.repeat(500)}`]) {
      expect(webhookUrlProblem(url, false), url).not.toBeNull();
    }
  });
});
