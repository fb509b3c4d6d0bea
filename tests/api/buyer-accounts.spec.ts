import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caller,
  confirmedBuyer,
  confirmLink,
  confirmMutation,
  mailReader,
  newBuyerEmail,
  resetLink,
  sessionOf,
  signInMutation,
  signUpMutation,
  type MailReader,
} from '../support/buyers.ts';
import { capturedLog } from '../support/log.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';
import { rows } from '../support/sql.ts';
import { firstPlans, type PlanInfo } from '../support/stacks.ts';

// The whole life of a buyer account over HTTP: sign up, confirm from the mail, keep stacks and quote
// requests, reset the password; and what another account sees of it (nothing).

let server: TestServer;
let smtp: TestSmtp;
let mail: MailReader;
let plans: Record<string, PlanInfo>;
const log = capturedLog();

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({
    settings: { smtpUrl: smtp.url, mailPollMs: 100, trustedProxies: ['loopback', 'uniquelocal'], quoteRequestsPerHour: 100 },
    log: log.log,
  });
  mail = mailReader(server, smtp);
  plans = await firstPlans(server, 'viettel-cloud-server', 'cmc-waf');
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const password = 'mây việt rất an toàn';
const newPassword = 'một mật khẩu khác hẳn';
const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

const saveStack = `mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id name } userErrors { code } } }`;
const myStacks = `query($first: Int, $after: String) {
  myStacks(first: $first, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } }
}`;
const claimStacks = `mutation($ids: [ID!]!) { claimStacks(input: { ids: $ids }) { stacks { id } userErrors { field code } } }`;
const forgetStack = `mutation($id: ID!) { forgetStack(input: { id: $id }) { forgotten userErrors { field code } } }`;
const requestQuote = `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { id reference } accessToken userErrors { code } } }`;
const myRequests = `query { myQuoteRequests(first: 10) { totalCount nodes { id reference contactEmail } } }`;
const node = `query($id: ID!) { node(id: $id) { ... on QuoteRequest { id reference contactName } } }`;
const claimRequest = `mutation($token: String!) { claimQuoteRequest(input: { accessToken: $token }) { quoteRequest { id } userErrors { field code } } }`;
const viewer = `query { viewer { user { email emailConfirmedAt organization language } } }`;

async function newStack(call: ReturnType<typeof caller>, name: string, cookie?: string): Promise<string> {
  const response = await call(saveStack, { input: { name, items: [{ planId: plans['viettel-cloud-server']!.id, quantity: 1 }, { planId: plans['cmc-waf']!.id, quantity: 2 }] } }, cookie);
  expect(response.data.saveStack.userErrors).toEqual([]);
  return response.data.saveStack.stack.id;
}

describe('a buyer account', () => {
  const email = newBuyerEmail('lan');
  const otherEmail = newBuyerEmail('binh');
  let session: string;
  let other: string;
  let ownStack: string;
  let anonymousStack: string;
  let accountRequest: { id: string; reference: string };
  let anonymousRequest: { id: string; token: string };

  it('signs up, is refused sign-in until the e-mail is confirmed, and confirms from the mailed link', async () => {
    const call = caller(server, '198.51.100.1');
    const signUp = await call(signUpMutation, { input: { email: `  ${email.toUpperCase()} `, password, name: ' Nguyễn Thị Lan ', organization: 'Sở TT&TT Đà Nẵng', language: 'EN' } });
    expect(signUp.errors).toBeUndefined();
    expect(signUp.data.signUp.userErrors).toEqual([]);

    const wrong = await call(signInMutation, { input: { email, password: 'not the password at all' } });
    expect(wrong.data.signIn.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    const early = await call(signInMutation, { input: { email, password } });
    expect(early.data.signIn).toEqual({ user: null, userErrors: [{ code: 'EMAIL_NOT_CONFIRMED' }] });
    expect(early.headers.get('set-cookie')).toBeNull();

    const [, token] = await mail.next(email, confirmLink);
    const confirmed = await call(confirmMutation, { token });
    expect(confirmed.data.confirmEmail.userErrors).toEqual([]);
    expect(confirmed.data.confirmEmail.user).toMatchObject({ email: email.toUpperCase(), name: 'Nguyễn Thị Lan', organization: 'Sở TT&TT Đà Nẵng', language: 'EN' });
    expect(Date.parse(confirmed.data.confirmEmail.user.emailConfirmedAt)).not.toBeNaN();
    const confirmedSession = sessionOf(confirmed);
    expect((await call(viewer, {}, confirmedSession)).data.viewer.user.email).toBe(email.toUpperCase());

    const again = await call(confirmMutation, { token });
    expect(again.data.confirmEmail).toEqual({ user: null, userErrors: [{ field: ['token'], code: 'INVALID_TOKEN' }] });

    const signIn = await call(signInMutation, { input: { email, password } });
    expect(signIn.data.signIn.userErrors).toEqual([]);
    session = sessionOf(signIn);
    other = await confirmedBuyer(server, mail, '198.51.100.2', otherEmail, password);
  });

  it('keeps the stacks it saves signed in, claims one saved anonymously, and forgets one', async () => {
    const call = caller(server, '198.51.100.1');
    ownStack = await newStack(call, 'Cổng dịch vụ công', session);
    anonymousStack = await newStack(call, 'Sao lưu');
    const neverKept = await newStack(call, 'Của ai đó');
    let listed = await call(myStacks, {}, session);
    expect(listed.data.myStacks.nodes).toEqual([{ id: ownStack, name: 'Cổng dịch vụ công' }]);

    const unknown = Buffer.from('Stack:00000000-0000-4000-8000-000000000000').toString('base64url');
    const claimed = await call(claimStacks, { ids: [anonymousStack, unknown, 'not-an-id', ownStack] }, session);
    expect(claimed.data.claimStacks).toEqual({ stacks: [{ id: anonymousStack }, { id: ownStack }], userErrors: [] });
    listed = await call(myStacks, {}, session);
    expect(listed.data.myStacks.totalCount).toBe(2);
    expect(listed.data.myStacks.nodes.map((s: { id: string }) => s.id)).toEqual([anonymousStack, ownStack]);
    const firstPage = await call(myStacks, { first: 1 }, session);
    const secondPage = await call(myStacks, { first: 1, after: firstPage.data.myStacks.pageInfo.endCursor }, session);
    expect([...firstPage.data.myStacks.nodes, ...secondPage.data.myStacks.nodes].map((s: { id: string }) => s.id)).toEqual([anonymousStack, ownStack]);
    expect(secondPage.data.myStacks.pageInfo.hasNextPage).toBe(false);

    const tooMany = await call(claimStacks, { ids: Array.from({ length: 101 }, () => anonymousStack) }, session);
    expect(tooMany.data.claimStacks).toEqual({ stacks: [], userErrors: [{ field: ['input', 'ids'], code: 'TOO_MANY' }] });

    expect((await call(forgetStack, { id: anonymousStack }, session)).data.forgetStack).toEqual({ forgotten: true, userErrors: [] });
    expect((await call(forgetStack, { id: anonymousStack }, session)).data.forgetStack).toEqual({
      forgotten: false,
      userErrors: [{ field: ['input', 'id'], code: 'NOT_FOUND' }],
    });
    expect((await call(forgetStack, { id: neverKept }, session)).data.forgetStack.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    expect((await call(myStacks, {}, session)).data.myStacks.nodes).toEqual([{ id: ownStack, name: 'Cổng dịch vụ công' }]);
    // The stack forgotten stays shared by its link.
    expect((await call(`query($id: ID!) { stack(id: $id) { id } }`, { id: anonymousStack })).data.stack).toEqual({ id: anonymousStack });
  });

  it('keeps the quote requests it makes, mails a receipt, and claims one made without an account', async () => {
    const call = caller(server, '198.51.100.1');
    const contact = { contactName: 'Nguyễn Thị Lan', contactEmail: email, organization: 'Sở TT&TT Đà Nẵng' };
    const mine = await call(requestQuote, { input: { stackId: ownStack, ...contact } }, session);
    expect(mine.data.requestQuote.userErrors).toEqual([]);
    accountRequest = mine.data.requestQuote.quoteRequest;
    const [receiptPath] = await mail.next(email, /\/account\/requests\/[\w-]+/);
    expect(receiptPath).toBe(`/account/requests/${accountRequest.id}`);
    const [receipt] = await rows<{ language: string; quoteRequestId: string }>(
      server.owner,
      sql`select language, quote_request_id as "quoteRequestId" from mail_outbox where template = 'QUOTE_RECEIPT' and lower(to_address) = lower(${email})`,
    );
    expect(receipt).toEqual({ language: 'EN', quoteRequestId: dbId(accountRequest.id) });

    const anonymousEmail = newBuyerEmail('anonymous-request');
    const made = await call(requestQuote, { input: { stackId: ownStack, ...contact, contactEmail: anonymousEmail } });
    anonymousRequest = { id: made.data.requestQuote.quoteRequest.id, token: made.data.requestQuote.accessToken };
    const [, mailedToken] = await mail.next(anonymousEmail, /\/requests#(mvq_[\w-]{43})\b/);
    expect(mailedToken).toBe(anonymousRequest.token);
    expect(await mail.templates(anonymousEmail)).toEqual(['QUOTE_RECEIPT']);

    let listed = await call(myRequests, {}, session);
    expect(listed.data.myQuoteRequests.nodes.map((r: { id: string }) => r.id)).toEqual([accountRequest.id]);
    expect((await call(node, { id: accountRequest.id }, session)).data.node).toEqual({ ...accountRequest, contactName: 'Nguyễn Thị Lan' });
    expect((await call(node, { id: anonymousRequest.id }, session)).data.node).toBeNull();

    const wrongToken = await call(claimRequest, { token: `mvq_${'A'.repeat(43)}` }, session);
    expect(wrongToken.data.claimQuoteRequest).toEqual({ quoteRequest: null, userErrors: [{ field: ['input', 'accessToken'], code: 'INVALID_TOKEN' }] });
    const claimed = await call(claimRequest, { token: anonymousRequest.token }, session);
    expect(claimed.data.claimQuoteRequest).toEqual({ quoteRequest: { id: anonymousRequest.id }, userErrors: [] });
    expect((await call(claimRequest, { token: anonymousRequest.token }, session)).data.claimQuoteRequest.userErrors).toEqual([]);
    listed = await call(myRequests, {}, session);
    expect(listed.data.myQuoteRequests.totalCount).toBe(2);
    expect(listed.data.myQuoteRequests.nodes.map((r: { id: string }) => r.id)).toEqual([anonymousRequest.id, accountRequest.id]);
    expect((await call(node, { id: anonymousRequest.id }, session)).data.node.id).toBe(anonymousRequest.id);
  });

  it('shows another account none of it, and anonymous callers must sign in', async () => {
    const call = caller(server, '198.51.100.2');
    expect((await call(myStacks, {}, other)).data.myStacks).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await call(myRequests, {}, other)).data.myQuoteRequests).toEqual({ totalCount: 0, nodes: [] });
    expect((await call(node, { id: accountRequest.id }, other)).data.node).toBeNull();
    expect((await call(forgetStack, { id: ownStack }, other)).data.forgetStack.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    const stolen = await call(claimRequest, { token: anonymousRequest.token }, other);
    expect(stolen.data.claimQuoteRequest).toEqual({ quoteRequest: null, userErrors: [{ field: ['input', 'accessToken'], code: 'ALREADY_CLAIMED' }] });
    expect((await call(myRequests, {}, session)).data.myQuoteRequests.totalCount).toBe(2);

    for (const [query, variables] of [
      [myStacks, {}],
      [myRequests, {}],
      [claimStacks, { ids: [ownStack] }],
      [forgetStack, { id: ownStack }],
      [claimRequest, { token: anonymousRequest.token }],
    ] as const) {
      const anonymous = await call(query, variables);
      expect(anonymous.errors?.map((e) => e.extensions?.code), query).toEqual(['UNAUTHENTICATED']);
    }
    expect((await call(node, { id: accountRequest.id })).data.node).toBeNull();
  });

  it('resets the password from the mailed link: every old session ends, the old password is refused, the link works once', async () => {
    const call = caller(server, '198.51.100.1');
    const secondSession = sessionOf(await call(signInMutation, { input: { email, password } }));
    const asked = await call(`mutation($email: String!) { requestPasswordReset(email: $email) { userErrors { code } } }`, { email: ` ${email} ` });
    expect(asked.data.requestPasswordReset.userErrors).toEqual([]);
    const [, token] = await mail.next(email, resetLink);

    const resetMutation = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { user { email } userErrors { field code } } }`;
    const weak = await call(resetMutation, { input: { token, password: 'qwertyuiop' } });
    expect(weak.data.resetPassword).toEqual({ user: null, userErrors: [{ field: ['input', 'password'], code: 'WEAK_PASSWORD' }] });
    const reset = await call(resetMutation, { input: { token, password: newPassword } });
    expect(reset.data.resetPassword).toEqual({ user: { email: email.toUpperCase() }, userErrors: [] });
    const resetSession = sessionOf(reset);

    for (const old of [session, secondSession]) expect((await call(viewer, {}, old)).data.viewer.user).toBeNull();
    expect((await call(viewer, {}, resetSession)).data.viewer.user.email).toBe(email.toUpperCase());
    expect((await call(signInMutation, { input: { email, password } })).data.signIn.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    expect((await call(signInMutation, { input: { email, password: newPassword } })).data.signIn.userErrors).toEqual([]);
    const reused = await call(resetMutation, { input: { token, password: 'yet another long password' } });
    expect(reused.data.resetPassword.userErrors).toEqual([{ field: ['input', 'token'], code: 'INVALID_TOKEN' }]);
    const [user] = await rows<{ changed: boolean }>(server.owner, sql`select password_changed_at is not null as changed from users where lower(email) = lower(${email})`);
    expect(user).toEqual({ changed: true });
  });

  it('logs no e-mail, name, token or link', async () => {
    const text = log.text();
    expect(text).toContain('buyer signed up');
    expect(text).toContain('password reset');
    for (const secret of [email, email.toUpperCase(), otherEmail, 'Nguyễn Thị Lan', 'Trần Văn Bình', anonymousRequest.token, '/account/confirm#', '/account/reset#', '/requests#']) {
      expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    }
  });
});
