import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestServer } from './server.ts';
import type { ReceivedMail, TestSmtp } from './smtp.ts';
import { rows } from './sql.ts';
import { eventually } from './wait.ts';

// Buyer accounts over HTTP, and the links their mail carries.

let counter = 0;
/** A fresh address no account has. */
export const newBuyerEmail = (label: string) => `${label}.${process.pid}.${Date.now().toString(36)}.${++counter}@buyer.example.vn`;

/** The mail queued for an address, oldest first, as the outbox holds it. */
async function outboxMail(server: TestServer, address: string): Promise<{ template: string }[]> {
  return rows(server.owner, sql`select template from mail_outbox where lower(to_address) = lower(${address}) order by created_at, id`);
}

/**
 * Reads the mail sent to buyers as the SMTP server received it. Each `next` waits for a mail to the
 * address not read before whose text matches, and returns the match.
 */
export function mailReader(server: TestServer, smtp: TestSmtp) {
  const read = new Set<ReceivedMail>();
  return {
    async next(address: string, pattern: RegExp): Promise<RegExpExecArray> {
      const wanted = address.toLowerCase();
      const [mail] = await eventually(
        async () => smtp.received.filter((m) => !read.has(m) && m.to.includes(wanted) && pattern.test(m.text)),
        (found) => found.length > 0,
        `a mail to ${address} matching ${pattern}`,
      );
      read.add(mail!);
      return pattern.exec(mail!.text)!;
    },
    /** the templates of every mail queued for the address so far, sent or not, oldest first */
    async templates(address: string): Promise<string[]> {
      return (await outboxMail(server, address)).map((mail) => mail.template);
    },
  };
}

export type MailReader = ReturnType<typeof mailReader>;

export const confirmLink = /\/account\/confirm#([\w-]{43})\b/;
export const resetLink = /\/account\/reset#([\w-]{43})\b/;

/** Sends a GraphQL operation from an address (the server must trust loopback proxies), with a session cookie or none. */
export function caller(server: TestServer, address: string) {
  return (query: string, variables: Record<string, unknown> = {}, cookie?: string) =>
    server.gql(query, variables, { 'x-forwarded-for': `${address}, 10.0.0.1`, ...(cookie ? { cookie } : {}) });
}

export const signUpMutation = `mutation($input: SignUpInput!) { signUp(input: $input) { userErrors { field code message } } }`;
export const confirmMutation = `mutation($token: String!) {
  confirmEmail(token: $token) { user { id email name organization language emailConfirmedAt } userErrors { field code } }
}`;
export const signInMutation = `mutation($input: SignInInput!) { signIn(input: $input) { user { email } userErrors { code } } }`;

/** The session cookie an answer set, as a browser sends it back. */
export function sessionOf(response: { headers: Headers }): string {
  const setCookie = response.headers.get('set-cookie');
  expect(setCookie).toMatch(/^mv_session=[\w-]+;/);
  return setCookie!.split(';')[0]!;
}

/** Signs up, follows the mailed link, and returns the account's session cookie. */
export async function confirmedBuyer(server: TestServer, mail: MailReader, address: string, email: string, password: string): Promise<string> {
  const call = caller(server, address);
  const signUp = await call(signUpMutation, { input: { email, password, name: 'Trần Văn Bình' } });
  expect(signUp.data.signUp.userErrors).toEqual([]);
  const [, token] = await mail.next(email, confirmLink);
  const confirmed = await call(confirmMutation, { token });
  expect(confirmed.data.confirmEmail.userErrors).toEqual([]);
  return sessionOf(confirmed);
}
