import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../support/accounts.ts';
import {
  caller,
  confirmedBuyer,
  confirmLink,
  confirmMutation,
  mailReader,
  newBuyerEmail,
  resetLink,
  signInMutation,
  signUpMutation,
  type MailReader,
} from '../support/buyers.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';
import { rows } from '../support/sql.ts';
import { firstPlans } from '../support/stacks.ts';

// What guards buyer accounts: answers that never tell who has an account, links that work once and
// expire, the input rules, the throttles, and requests kept only for confirmed e-mails.

let server: TestServer;
let smtp: TestSmtp;
let mail: MailReader;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ settings: { smtpUrl: smtp.url, mailPollMs: 100, trustedProxies: ['loopback', 'uniquelocal'], quoteRequestsPerHour: 100 } });
  mail = mailReader(server, smtp);
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const password = 'mây việt rất an toàn';
const resetRequest = `mutation($email: String!, $language: Language) { requestPasswordReset(email: $email, language: $language) { userErrors { code message } } }`;
const resetMutation = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { user { email } userErrors { field code } } }`;

/** The answer as a client sees it, without the headers that differ by request. */
const body = (response: { status: number; data: unknown; errors?: unknown }) => ({ status: response.status, data: response.data, errors: response.errors });

describe('no enumeration', () => {
  it('answers a sign-up the same whether the e-mail is new, unconfirmed or confirmed, and tells the owner by mail', async () => {
    const call = caller(server, '192.0.2.10');
    const unconfirmed = newBuyerEmail('unconfirmed');
    const confirmed = newBuyerEmail('confirmed');
    await confirmedBuyer(server, mail, '192.0.2.11', confirmed, password);
    const first = await call(signUpMutation, { input: { email: unconfirmed, password, name: 'Lan' } });
    const [, firstToken] = await mail.next(unconfirmed, confirmLink);

    const fresh = await call(signUpMutation, { input: { email: newBuyerEmail('fresh'), password, name: 'Lan' } });
    const again = await call(signUpMutation, { input: { email: unconfirmed.toUpperCase(), password: 'another long password', name: 'Someone' } });
    const taken = await call(signUpMutation, { input: { email: confirmed, password: 'another long password', name: 'Someone' } });
    expect(body(again)).toEqual(body(fresh));
    expect(body(taken)).toEqual(body(fresh));
    expect(body(first)).toEqual(body(fresh));
    expect(fresh.data.signUp.userErrors).toEqual([]);

    // The unconfirmed account got a fresh link (the first still works until used); the confirmed one a note.
    const [, secondToken] = await mail.next(unconfirmed, confirmLink);
    expect(secondToken).not.toBe(firstToken);
    const [exists] = await mail.next(confirmed, /\/account\/sign-in\b[\s\S]*\/account\/reset\b/);
    expect(exists).toBeTruthy();
    expect(await mail.templates(confirmed)).toEqual(['CONFIRM_EMAIL', 'ACCOUNT_EXISTS']);
    // The sign-up of someone else changed nothing of the account: its password is the first one.
    expect((await call(confirmMutation, { token: secondToken })).data.confirmEmail.userErrors).toEqual([]);
    expect((await call(signInMutation, { input: { email: unconfirmed, password } })).data.signIn.userErrors).toEqual([]);
    expect((await call(signInMutation, { input: { email: confirmed, password: 'another long password' } })).data.signIn.userErrors).toEqual([
      { code: 'INVALID_CREDENTIALS' },
    ]);
  });

  it('answers a password reset the same whether the e-mail has an account or not, and mails only an account', async () => {
    const call = caller(server, '192.0.2.20');
    const email = newBuyerEmail('reset-known');
    const unknown = newBuyerEmail('reset-unknown');
    await confirmedBuyer(server, mail, '192.0.2.21', email, password);
    const known = await call(resetRequest, { email });
    const missing = await call(resetRequest, { email: unknown });
    expect(body(known)).toEqual(body(missing));
    expect(known.data.requestPasswordReset.userErrors).toEqual([]);
    await mail.next(email, resetLink);
    expect(await mail.templates(unknown)).toEqual([]);
  });
});

describe('one-time links', () => {
  it('refuses expired confirmation and reset links; mails no reset link to an unconfirmed account', async () => {
    const call = caller(server, '192.0.2.30');
    const email = newBuyerEmail('expiring');
    await call(signUpMutation, { input: { email, password, name: 'Lan' } });
    const [, confirmToken] = await mail.next(email, confirmLink);
    await server.owner.db.execute(
      sql`update user_tokens set expires_at = now() - interval '1 second' where user_id = (select id from users where lower(email) = lower(${email}))`,
    );
    const expired = await call(confirmMutation, { token: confirmToken });
    expect(expired.data.confirmEmail).toEqual({ user: null, userErrors: [{ field: ['token'], code: 'INVALID_TOKEN' }] });
    expect((await call(signInMutation, { input: { email, password } })).data.signIn.userErrors).toEqual([{ code: 'EMAIL_NOT_CONFIRMED' }]);
    // An unconfirmed account is mailed no reset link.
    await call(resetRequest, { email });
    await call(signUpMutation, { input: { email, password, name: 'Lan' } });
    const [, freshToken] = await mail.next(email, confirmLink);
    expect((await call(confirmMutation, { token: freshToken })).data.confirmEmail.userErrors).toEqual([]);
    expect(await mail.templates(email)).toEqual(['CONFIRM_EMAIL', 'CONFIRM_EMAIL']);

    await call(resetRequest, { email });
    const [, stale] = await mail.next(email, resetLink);
    await call(resetRequest, { email, language: 'EN' });
    const [, fresh] = await mail.next(email, resetLink);
    await server.owner.db.execute(
      sql`update user_tokens t set expires_at = now() - interval '1 second' from users u
          where u.id = t.user_id and lower(u.email) = lower(${email}) and t.purpose = 'RESET_PASSWORD'
            and t.created_at = (select max(created_at) from user_tokens where user_id = u.id and purpose = 'RESET_PASSWORD')`,
    );
    expect((await call(resetMutation, { input: { token: fresh, password: 'a brand new password' } })).data.resetPassword.userErrors).toEqual([
      { field: ['input', 'token'], code: 'INVALID_TOKEN' },
    ]);
    expect((await call(resetMutation, { input: { token: stale, password: 'a brand new password' } })).data.resetPassword.userErrors).toEqual([]);
    const languages = await rows<{ language: string }>(
      server.owner,
      sql`select language from mail_outbox where lower(to_address) = lower(${email}) and template = 'RESET_PASSWORD' order by created_at`,
    );
    expect(languages.map((row) => row.language)).toEqual(['VI', 'EN']);
    expect((await call(confirmMutation, { token: 'x'.repeat(43) })).data.confirmEmail.userErrors).toEqual([{ field: ['token'], code: 'INVALID_TOKEN' }]);
  });

  it('uses up the other reset links when one is used', async () => {
    const call = caller(server, '192.0.2.31');
    const email = newBuyerEmail('two-resets');
    await confirmedBuyer(server, mail, '192.0.2.32', email, password);
    await call(resetRequest, { email });
    const [, first] = await mail.next(email, resetLink);
    await call(resetRequest, { email });
    const [, second] = await mail.next(email, resetLink);
    expect((await call(resetMutation, { input: { token: second, password: 'a brand new password' } })).data.resetPassword.userErrors).toEqual([]);
    expect((await call(resetMutation, { input: { token: first, password: 'yet another password' } })).data.resetPassword.userErrors).toEqual([
      { field: ['input', 'token'], code: 'INVALID_TOKEN' },
    ]);
  });
});

describe('input rules and throttles', () => {
  it('checks the e-mail, the password, the name and the organization', async () => {
    const call = caller(server, '192.0.2.40');
    const signUp = async (input: Record<string, unknown>) =>
      (await call(signUpMutation, { input: { email: newBuyerEmail('rules'), password, name: 'Lan', ...input } })).data.signUp.userErrors.map(
        (e: { field: string[]; code: string }) => [e.field.join('.'), e.code],
      );
    expect(await signUp({ email: 'not an address' })).toEqual([['input.email', 'INVALID_EMAIL']]);
    expect(await signUp({ password: 'short' })).toEqual([['input.password', 'WEAK_PASSWORD']]);
    expect(await signUp({ password: 'Password123' })).toEqual([['input.password', 'WEAK_PASSWORD']]);
    expect(await signUp({ password: '1234567890' })).toEqual([['input.password', 'WEAK_PASSWORD']]);
    expect(await signUp({ password: 'aaaaaaaaaaaa' })).toEqual([['input.password', 'WEAK_PASSWORD']]);
    expect(await signUp({ name: '   ' })).toEqual([['input.name', 'BLANK']]);
    expect(await signUp({ name: 'ă'.repeat(121) })).toEqual([['input.name', 'TOO_LONG']]);
    expect(await signUp({ organization: 'o'.repeat(201) })).toEqual([['input.organization', 'TOO_LONG']]);
    expect(await signUp({ name: 'ă'.repeat(120), organization: 'o'.repeat(200) })).toEqual([]);
  });

  it('throttles sign-ups and reset requests per client address', async () => {
    const call = caller(server, '192.0.2.50');
    const answers: string[][] = [];
    for (let i = 0; i < 11; i++) {
      const response = await call(signUpMutation, { input: { email: newBuyerEmail('throttled'), password, name: 'Lan' } });
      answers.push(response.data.signUp.userErrors.map((e: { code: string }) => e.code));
    }
    expect(answers.slice(0, 10).flat()).toEqual([]);
    expect(answers[10]).toEqual(['RATE_LIMITED']);
    expect((await caller(server, '192.0.2.51')(signUpMutation, { input: { email: newBuyerEmail('elsewhere'), password, name: 'Lan' } })).data.signUp.userErrors).toEqual([]);

    const resets: string[][] = [];
    for (let i = 0; i < 11; i++) {
      const response = await call(resetRequest, { email: newBuyerEmail('nobody') });
      resets.push(response.data.requestPasswordReset.userErrors.map((e: { code: string }) => e.code));
    }
    expect(resets.slice(0, 10).flat()).toEqual([]);
    expect(resets[10]).toEqual(['RATE_LIMITED']);
  });

  it('mails one account at most 5 reset links an hour, from any number of addresses, without saying so', async () => {
    const email = newBuyerEmail('mail-bombed');
    await confirmedBuyer(server, mail, '192.0.2.60', email, password);
    for (let i = 0; i < 7; i++) {
      const response = await caller(server, `192.0.2.${70 + i}`)(resetRequest, { email });
      expect(response.data.requestPasswordReset.userErrors).toEqual([]);
    }
    expect(await mail.templates(email)).toEqual(['CONFIRM_EMAIL', ...Array(5).fill('RESET_PASSWORD')]);
  });
});

describe('requests kept only for a confirmed e-mail', () => {
  it('neither ties a request nor claims one for a signed-in account whose e-mail is not confirmed', async () => {
    const user = await createUser(server.database, { label: 'unconfirmed-buyer' });
    const cookie = await signIn(server, user.email);
    await server.owner.db.execute(sql`update users set email_confirmed_at = null where id = ${user.id}`);
    const p = await firstPlans(server, 'viettel-cloud-server');
    const call = caller(server, '192.0.2.90');
    const saved = await call(`mutation($input: SaveStackInput!) { saveStack(input: $input) { stack { id } } }`, {
      input: { name: 'Chưa xác nhận', items: [{ planId: p['viettel-cloud-server']!.id, quantity: 1 }] },
    });
    const stackId = saved.data.saveStack.stack.id;
    const made = await call(
      `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quoteRequest { id } accessToken userErrors { code } } }`,
      { input: { stackId, contactName: 'Lan', contactEmail: user.email } },
      cookie,
    );
    expect(made.data.requestQuote.userErrors).toEqual([]);
    const [stored] = await rows<{ buyer: string | null }>(
      server.owner,
      sql`select buyer_user_id as buyer from quote_requests where access_token_hash is not null and contact_email = ${user.email}`,
    );
    expect(stored).toEqual({ buyer: null });
    await mail.next(user.email, /\/requests#mvq_/);
    const claimed = await call(
      `mutation($token: String!) { claimQuoteRequest(input: { accessToken: $token }) { quoteRequest { id } userErrors { code } } }`,
      { token: made.data.requestQuote.accessToken },
      cookie,
    );
    expect(claimed.data.claimQuoteRequest).toEqual({ quoteRequest: null, userErrors: [{ code: 'EMAIL_NOT_CONFIRMED' }] });
    expect((await call(`query { myQuoteRequests { totalCount } }`, {}, cookie)).data.myQuoteRequests.totalCount).toBe(0);
  });

  it('lets partners and staff, confirmed from the start, sign in as before', async () => {
    const staff = await createUser(server.database, { label: 'staff', staff: true });
    const [row] = await rows<{ confirmed: boolean }>(server.owner, sql`select email_confirmed_at is not null as confirmed from users where id = ${staff.id}`);
    expect(row).toEqual({ confirmed: true });
    expect(await signIn(server, staff.email)).toMatch(/^mv_session=/);
  });
});
