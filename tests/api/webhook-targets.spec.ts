import { createServer, type Server, type Socket } from 'node:net';
import { isIP, type AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, signIn } from '../support/accounts.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { firstPlans, saveMutation, type PlanInfo } from '../support/stacks.ts';
import { eventually } from '../support/wait.ts';

// The server runs as in production: https only, public targets only. Host names resolve through the
// resolver below instead of DNS, so a test can make `evil.example` answer 127.0.0.1 (there is no internet
// here); everything else is real: the worker, its sockets, and a listener on this machine's loopback.

const answers = new Map<string, () => string[]>();
async function testResolver(hostname: string) {
  const answer = answers.get(hostname);
  if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  return answer().map((address) => ({ address, family: isIP(address) }));
}

let server: TestServer;
let plans: Record<string, PlanInfo>;
/** A TCP listener on every loopback address of the machine: any connection the worker makes to it is counted. */
let listener: Server;
let port: number;
const connections: Socket[] = [];

beforeAll(async () => {
  server = await startServer({
    settings: { quoteRequestsPerHour: 100, webhookPollMs: 50, webhookRetrySeconds: 1, webhookMaxAttempts: 20, webhookLookup: testResolver },
  });
  plans = await firstPlans(server, 'viettel-cloud-server', 'cmc-cloud-server', 'bizfly-cloud-server');
  listener = createServer((socket) => {
    connections.push(socket);
    socket.destroy();
  });
  await new Promise<void>((resolve) => listener.listen(0, '::', resolve));
  port = (listener.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => listener.close(() => resolve()));
  await server.close();
});

const setWebhook = `mutation($url: String) { setWebhook(input: { url: $url }) { organization { webhookUrl } userErrors { field code message } } }`;
const deliveriesQuery = `{ viewer { organization { webhookDeliveries(first: 50) { url attempts lastStatus lastError deliveredAt } } } }`;

interface Delivery {
  url: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
}

async function ownerOf(vendorSlug: string) {
  const owner = await createPartner(server.database, vendorSlug, 'OWNER');
  return { owner, cookie: await signIn(server, owner.user.email) };
}

/** A buyer asks for a quote on one plan: the plan's vendor gets a webhook delivery. */
async function requestQuote(plan: PlanInfo) {
  const saved = await server.gql(saveMutation, { input: { name: 'Webhook target', items: [{ planId: plan.id, quantity: 1 }] } });
  const asked = await server.gql(`mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { userErrors { code } } }`, {
    input: { stackId: saved.data.saveStack.stack.id, contactName: 'Người mua', contactEmail: 'buyer@example.vn' },
  });
  expect(asked.data.requestQuote.userErrors).toEqual([]);
}

async function deliveries(cookie: string): Promise<Delivery[]> {
  const response = await server.gql(deliveriesQuery, {}, { cookie });
  expect(response.errors).toBeUndefined();
  return response.data.viewer.organization.webhookDeliveries;
}

const notPublicName = 'refused: the host name does not resolve to public addresses';

describe('webhook targets', () => {
  it('refuses at once, with INVALID_URL, every host that is not public, in any notation the URL parser accepts', async () => {
    const { cookie } = await ownerOf('vnpt-it');
    const refused = [
      // the unspecified, loopback and IPv4-in-IPv6 forms of this machine
      'https://[::]/hooks',
      'https://[::1]/hooks',
      'https://[0:0:0:0:0:0:0:1]/hooks',
      'https://[::ffff:127.0.0.1]/hooks',
      'https://[::ffff:7f00:1]/hooks',
      'https://[::127.0.0.1]/hooks',
      'https://[64:ff9b::10.0.0.1]/hooks',
      'https://[64:ff9b:1::a00:1]/hooks',
      'https://[2002:7f00:1::]/hooks',
      'https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hooks',
      'https://[fd00::1]/hooks',
      'https://[fe80::1]/hooks',
      'https://[ff02::1]/hooks',
      'https://[2001:db8::1]/hooks',
      'https://127.0.0.1/hooks',
      'https://127.1/hooks',
      'https://0x7f.1/hooks',
      'https://2130706433/hooks',
      'https://0177.0.0.1/hooks',
      'https://127.0.0.1./hooks',
      'https://%31%32%37.0.0.1/hooks',
      'https://１２７.０.０.１/hooks',
      'https://0/hooks',
      'https://0.0.0.0/hooks',
      // private, link-local (cloud metadata), CGNAT, benchmarking, documentation, multicast, broadcast, reserved
      'https://10.0.0.1/hooks',
      'https://172.16.0.1/hooks',
      'https://192.168.1.1/hooks',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/hooks',
      'https://198.18.0.1/hooks',
      'https://192.0.0.1/hooks',
      'https://192.0.2.1/hooks',
      'https://198.51.100.1/hooks',
      'https://203.0.113.1/hooks',
      'https://224.0.0.1/hooks',
      'https://255.255.255.255/hooks',
      'https://240.0.0.1/hooks',
      // names that never lead to the public internet
      'https://localhost/hooks',
      'https://localhost./hooks',
      'https://LOCALHOST/hooks',
      'https://api.localhost/hooks',
      'https://api.localhost./hooks',
      'https://metadata.google.internal/hooks',
      'https://printer.local/hooks',
      'https://intranet/hooks',
    ];
    for (const url of refused) {
      const answer = (await server.gql(setWebhook, { url }, { cookie })).data.setWebhook;
      expect(answer, url).toEqual({ organization: null, userErrors: [{ field: ['input', 'url'], code: 'INVALID_URL', message: expect.any(String) }] });
    }
    for (const url of ['https://partner.example.vn/hooks', 'https://partner.example.vn./hooks', 'https://8.8.8.8/hooks', 'https://[2606:4700:4700::1111]/hooks']) {
      const answer = (await server.gql(setWebhook, { url }, { cookie })).data.setWebhook;
      expect(answer, url).toEqual({ organization: { webhookUrl: url }, userErrors: [] });
    }
  });

  it('sends nothing to a URL saved before targets were checked, such as https://[::]/, and tells the partner why', async () => {
    const { owner, cookie } = await ownerOf('viettel-idc');
    const url = `https://[::]:${port}/hooks`;
    await server.database.db.execute(sql`insert into webhook_endpoints (organization_id, url, topics, webhook_secret)
      values (${owner.organization.id}, ${url}, '{QUOTE_REQUESTED}', 'whsec_saved_before')`);
    connections.length = 0;
    await requestQuote(plans['viettel-cloud-server']!);
    const [delivery] = await eventually(() => deliveries(cookie), (list) => list[0]?.lastError != null, 'the first attempt');
    expect(connections).toHaveLength(0);
    expect(delivery).toMatchObject({ url, lastStatus: null, deliveredAt: null, lastError: 'refused: The URL must point to a public address, not a private, loopback or reserved one.' });
  });

  it('resolves host names when delivering and refuses loopback, private, CGNAT and mixed answers: nothing reaches the listener', async () => {
    const { cookie } = await ownerOf('cmc-cloud');
    answers.set('evil.example', () => ['127.0.0.1']);
    answers.set('127.0.0.1.nip.io', () => ['127.0.0.1']);
    answers.set('mapped.example', () => ['::ffff:127.0.0.1']);
    answers.set('private.example', () => ['10.1.2.3']);
    answers.set('cgnat.example', () => ['100.64.0.1']);
    answers.set('mixed.example', () => ['8.8.8.8', '127.0.0.1']);
    const names = [...answers.keys()];
    connections.length = 0;
    // One endpoint per name, and one quote request that goes to each.
    await server.gql(setWebhook, { url: null }, { cookie });
    for (const name of [...names, 'nowhere.example']) {
      const url = `https://${name}:${port}/hooks`;
      const made = await server.gql(`mutation($url: String!) { createWebhookEndpoint(input: { url: $url, topics: [QUOTE_REQUESTED] }) { userErrors { code } } }`, { url }, { cookie });
      expect(made.data.createWebhookEndpoint.userErrors, url).toEqual([]);
    }
    await requestQuote(plans['cmc-cloud-server']!);
    const shown = await eventually(() => deliveries(cookie), (list) => list.length === names.length + 1 && list.every((d) => d.lastError !== null), 'every first attempt');
    expect(connections).toHaveLength(0);
    for (const delivery of shown) expect(delivery, delivery.url).toMatchObject({ lastStatus: null, deliveredAt: null, lastError: notPublicName });
  });

  it('connects only to the address it checked: a resolver answering public first and loopback after never gets the worker onto loopback', async () => {
    const { cookie } = await ownerOf('bizfly-cloud');
    let answered = 0;
    answers.set('rebind.example', () => (answered++ === 0 ? ['2606:4700:4700::1111'] : ['127.0.0.1']));
    const set = (await server.gql(setWebhook, { url: `https://rebind.example:${port}/hooks` }, { cookie })).data.setWebhook;
    expect(set.userErrors).toEqual([]);
    connections.length = 0;
    await requestQuote(plans['bizfly-cloud-server']!);
    const [delivery] = await eventually(
      () => deliveries(cookie),
      (list) => (list[0]?.attempts ?? 0) >= 2 && list[0]?.lastError === notPublicName,
      'a second attempt',
      20_000,
    );
    expect(answered).toBeGreaterThanOrEqual(2);
    expect(connections).toHaveLength(0);
    expect(delivery!.deliveredAt).toBeNull();
  });
});
