import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../packages/api/src/graphql/ids.ts';
import { createPartner, signIn } from '../support/accounts.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';
import { firstPlans, saveMutation } from '../support/stacks.ts';

// A receiver that always fails: the worker retries after 1, 2, 4 … seconds and gives up after the
// fourth attempt (settings small enough for a test; production waits 30 s and tries 8 times).
const retrySeconds = 1;
const maxAttempts = 4;

let server: TestServer;
let receiver: Server;
let receiverUrl: string;
const received: string[] = [];
beforeAll(async () => {
  server = await startServer({
    settings: { webhookAllowLocalHttp: true, webhookPollMs: 50, webhookRetrySeconds: retrySeconds, webhookMaxAttempts: maxAttempts },
  });
  receiver = createServer((req, res) => {
    received.push(String(req.headers['x-mayviet-delivery']));
    req.resume();
    res.statusCode = 503;
    res.end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  await server.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

interface Delivery {
  id: string;
  attempts: number;
  failedAt: string | null;
  nextAttemptAt: string | null;
  lastStatus: number | null;
}

describe('webhook retries', () => {
  it('stop at the most attempts allowed, each retry waiting twice as long as the one before', async () => {
    const owner = await createPartner(server.database, 'cmc-cloud', 'OWNER');
    const cookie = await signIn(server, owner.user.email);
    const set = await server.gql(`mutation($url: String) { setWebhook(input: { url: $url }) { userErrors { code } } }`, { url: receiverUrl }, { cookie });
    expect(set.data.setWebhook.userErrors).toEqual([]);
    const p = await firstPlans(server, 'cmc-cloud-server');
    const stack = (await server.gql(saveMutation, { input: { name: 'Retries', items: [{ planId: p['cmc-cloud-server']!.id }] } })).data.saveStack.stack;
    const quoted = await server.gql(`mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { userErrors { code } } }`, {
      input: { stackId: stack.id, contactName: 'Thử lại', contactEmail: 'retry@example.vn' },
    });
    expect(quoted.data.requestQuote.userErrors).toEqual([]);

    // Until the worker gives up, or tries once more than it may (then the assertions below say so).
    const read = async () =>
      (await rows<Delivery>(
        server.database,
        sql`select d.id, d.attempts, d.failed_at as "failedAt", d.next_attempt_at as "nextAttemptAt", d.last_status as "lastStatus"
            from webhook_deliveries d where d.organization_id = ${owner.organization.id}`,
      ))[0];
    const deadline = Date.now() + 40_000;
    let delivery = await read();
    while (!(delivery?.failedAt || received.length > maxAttempts) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      delivery = await read();
    }
    expect(delivery).toMatchObject({ attempts: maxAttempts, nextAttemptAt: null, lastStatus: 503 });
    expect(delivery!.failedAt).not.toBeNull();
    expect(received).toEqual(Array(maxAttempts).fill(toGlobalId('WebhookDelivery', delivery!.id)));

    // Each failed attempt's record, as the audit trail kept it: the wait it set, measured from the same
    // transaction's clock, doubles from webhookRetrySeconds; the last attempt sets none and fails.
    const outcomes = await rows<{ attempts: number; failed: boolean; waitSeconds: number | null }>(
      server.database,
      sql`select (after ->> 'attempts')::int as attempts, after ->> 'failed_at' is not null as failed,
                 extract(epoch from (after ->> 'next_attempt_at')::timestamptz - occurred_at)::float8 as "waitSeconds"
          from audit_events where target_type = 'webhook_deliveries' and target_id = ${delivery!.id} and action = 'webhook_deliveries.UPDATE'
            and before ->> 'attempts' = after ->> 'attempts'
          order by id`,
    );
    expect(outcomes).toEqual([
      { attempts: 1, failed: false, waitSeconds: retrySeconds },
      { attempts: 2, failed: false, waitSeconds: 2 * retrySeconds },
      { attempts: 3, failed: false, waitSeconds: 4 * retrySeconds },
      { attempts: 4, failed: true, waitSeconds: null },
    ]);
  });
});
