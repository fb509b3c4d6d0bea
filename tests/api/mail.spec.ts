import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueMail, type MailMessage, type MailRecipient } from '../../packages/api/src/modules/mail/outbox.ts';
import { dbId, sendQuote, startQuoteWorld, type QuoteWorld } from '../support/quote-world.ts';
import { startAnotherInstance, startServer, type TestServer } from '../support/server.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';
import { count, rows } from '../support/sql.ts';
import { eventually } from '../support/wait.ts';

// The mail worker over a real SMTP server (tests/support/smtp.ts): mail queued in the outbox as an event
// queues it arrives, in its language; temporary refusals are retried, then given up; two instances send each
// mail once; without SMTP nothing is sent and the development mailbox shows it; erasing a request's contact
// deletes its mail.

const silent = pino({ level: 'silent' });
const marker = () => randomBytes(4).toString('hex');

interface OutboxRow {
  id: string;
  attempts: number;
  sent: boolean;
  failed: boolean;
  lastError: string | null;
  messageId: string | null;
}

async function outbox(server: TestServer, id: string): Promise<OutboxRow> {
  const [row] = await rows<OutboxRow>(
    server.database,
    sql`select id, attempts, sent_at is not null as sent, failed_at is not null as failed, last_error as "lastError", message_id as "messageId"
        from mail_outbox where id = ${id}`,
  );
  return row!;
}

/** Queues one mail as an event does (queueMail with the server's settings); returns its row's id. */
async function queue(server: TestServer, to: MailRecipient, message: MailMessage): Promise<string> {
  await queueMail({ database: server.database, settings: server.app.settings, log: silent }, [to], message);
  const [row] = await rows<{ id: string }>(server.database, sql`select id from mail_outbox where to_address = ${to.address} order by created_at desc limit 1`);
  return row!.id;
}

const confirm = (name: string, token: string): MailMessage => ({ template: 'CONFIRM_EMAIL', name, path: `/account/confirm#${token}` });

describe('the mail worker, through SMTP', () => {
  let smtp: TestSmtp;
  let server: TestServer;
  const logged: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtp();
    const log = pino({ level: 'info' }, new Writable({ write: (chunk, _encoding, done) => (logged.push(String(chunk)), done()) }));
    server = await startServer({ settings: { smtpUrl: smtp.url, mailPollMs: 50, mailRetrySeconds: 1, mailMaxAttempts: 2 }, log });
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it('sends a confirmation in Vietnamese: its subject, the link on the origin the server listens on and how long it lasts, to the name, with the row’s Message-ID', async () => {
    const address = `an.${marker()}@soyte.example.vn`;
    const id = await queue(server, { address, name: 'Nguyễn Văn An', language: 'VI' }, confirm('Nguyễn Văn An', 'token-vi'));
    const mail = await smtp.mailTo(address, /Xác nhận địa chỉ e-mail/);
    expect(mail.subject).toBe('Xác nhận địa chỉ e-mail của bạn trên Mây Việt');
    expect(mail.text).toContain('Chào Nguyễn Văn An,');
    expect(mail.text).toContain(`${server.url}/account/confirm#token-vi`);
    expect(mail.text).toContain('48 giờ');
    expect(mail.html).toContain(`href="${server.url}/account/confirm#token-vi"`);
    expect(mail.from).toBe('no-reply@mayviet.vn');
    expect((mail.headers.get('to') as { value: { name: string; address: string }[] }).value).toEqual([{ name: 'Nguyễn Văn An', address }]);
    const row = await eventually(() => outbox(server, id), (r) => r.sent, 'the row marked sent');
    expect(row).toMatchObject({ attempts: 1, failed: false, lastError: null, messageId: `<${id}@mayviet.vn>` });
    expect(mail.messageId).toBe(row.messageId);
  });

  it('sends a new offer in English: amounts in đồng, the date in Vietnam time, every value escaped in the HTML', async () => {
    const address = `buyer.${marker()}@example.com`;
    await queue(server, { address, name: 'Jane <b>&', language: 'EN' }, {
      template: 'NEW_OFFER',
      name: 'Jane <b>&',
      reference: 'MV-2026-0042',
      vendorName: 'CMC <Cloud>',
      monthlyTotal: 1_250_000n,
      oneTimeTotal: 0n,
      validUntil: new Date('2026-12-31T17:30:00Z'),
      path: '/requests/abc',
    });
    const mail = await smtp.mailTo(address, /made an offer/);
    expect(mail.subject).toBe('CMC <Cloud> made an offer on MV-2026-0042');
    expect(mail.text).toContain('Monthly: 1.250.000 ₫');
    expect(mail.text).toContain('One-time: 0 ₫');
    expect(mail.text).toContain('1 January 2027 at 00:30 (Vietnam time)');
    expect(mail.text).toContain(`${server.url}/requests/abc`);
    expect(mail.html).toContain('Jane &#60;b&#62;&#38;');
    expect(mail.html).toContain('CMC &#60;Cloud&#62;');
    expect(mail.html).not.toContain('<b>&');
    expect(mail.html).not.toContain('<Cloud>');
  });

  it('retries a temporary refusal (451) and then delivers, recording the code in its own words', async () => {
    const address = `retry.${marker()}@example.vn`;
    smtp.failNext(1);
    const id = await queue(server, { address, name: null, language: 'EN' }, confirm('Retry', 'token-retry'));
    await smtp.mailTo(address, /Confirm your e-mail/);
    const row = await eventually(() => outbox(server, id), (r) => r.sent, 'the row marked sent');
    expect(row).toMatchObject({ attempts: 2, failed: false, lastError: 'SMTP 451: refused for now (temporary)' });
    expect(smtp.received.filter((m) => m.to.includes(address))).toHaveLength(1);
  });

  it('gives a mail up after mailMaxAttempts refusals', async () => {
    const address = `refused.${marker()}@example.vn`;
    smtp.failNext(2);
    const id = await queue(server, { address, name: null, language: 'VI' }, confirm('Refused', 'token-refused'));
    const row = await eventually(() => outbox(server, id), (r) => r.failed, 'the row given up', 15_000);
    expect(row).toMatchObject({ attempts: 2, sent: false, lastError: 'SMTP 451: refused for now (temporary)', messageId: null });
    expect(smtp.received.filter((m) => m.to.includes(address))).toEqual([]);
  });

  it('deletes mail sent or given up more than 30 days ago, and keeps the rest', async () => {
    const ids = await Promise.all(['old-sent', 'old-failed', 'recent-sent'].map((name) => queue(server, { address: `${name}.${marker()}@example.vn`, name: null, language: 'VI' }, confirm(name, name))));
    await eventually(async () => Promise.all(ids.map((id) => outbox(server, id))), (all) => all.every((r) => r.sent), 'the three rows sent');
    const [oldSent, oldFailed, recentSent] = ids as [string, string, string];
    await server.owner.db.execute(sql`update mail_outbox set created_at = now() - interval '31 days', sent_at = now() - interval '31 days' where id = ${oldSent}`);
    await server.owner.db.execute(
      sql`update mail_outbox set created_at = now() - interval '32 days', sent_at = null, failed_at = now() - interval '31 days' where id = ${oldFailed}`,
    );
    await eventually(() => count(server.database, sql`select 1 from mail_outbox where id in (${oldSent}, ${oldFailed})`), (n) => n === 0, 'the old rows deleted');
    expect(await outbox(server, recentSent)).toMatchObject({ sent: true });
  });

  it('sends each mail once when two instances poll the same outbox', async () => {
    const other = await startAnotherInstance(server, { settings: { smtpUrl: smtp.url, mailPollMs: 50 }, log: silent });
    try {
      const run = marker();
      const addresses = Array.from({ length: 24 }, (_, i) => `twice.${run}.${i}@example.vn`);
      const ids = await Promise.all(addresses.map((address, i) => queue(server, { address, name: null, language: i % 2 ? 'EN' : 'VI' }, confirm('Twice', `t${i}`))));
      await eventually(async () => Promise.all(ids.map((id) => outbox(server, id))), (all) => all.every((r) => r.sent), 'every row sent', 20_000);
      for (const address of addresses) expect(smtp.received.filter((m) => m.to.includes(address)), address).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('logs which mail and template, never an address, a name or a link', () => {
    const lines = logged.join('');
    expect(lines).toContain('"msg":"mail sent"');
    expect(lines).not.toMatch(/@example\.vn|@soyte|Nguyễn|token-|\/account\/confirm/);
  });

  it('writes links with SITE_URL when it is set', async () => {
    const sited = await startAnotherInstance(server, { settings: { siteUrl: 'https://mayviet.example', smtpUrl: smtp.url, mailPollMs: 50 }, log: silent });
    try {
      const address = `sited.${marker()}@example.vn`;
      await queue(sited, { address, name: null, language: 'EN' }, { template: 'RESET_PASSWORD', name: 'Sited', path: '/account/reset#token-sited' });
      const mail = await smtp.mailTo(address, /Reset your Mây Việt password/);
      expect(mail.text).toContain('https://mayviet.example/account/reset#token-sited');
      expect(mail.text).toContain('valid for 1 hour');
      expect(mail.text).not.toContain(server.url);
    } finally {
      await sited.close();
    }
  });

  it('serves no development mailbox when the setting is off', async () => {
    const answer = await fetch(`${server.url}/dev/mailbox`);
    expect(answer.status).toBe(404);
  });
});

describe('without SMTP', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ settings: { devMailbox: true, mailPollMs: 50 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('keeps the mail unsent, and the development mailbox shows it in a sandboxed frame', async () => {
    const address = `dev.${marker()}@example.vn`;
    const id = await queue(server, { address, name: 'Lê <script>alert(1)</script>', language: 'VI' }, confirm('Lê <script>alert(1)</script>', 'token-dev'));
    const answer = await fetch(`${server.url}/dev/mailbox`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await answer.text();
    expect(page).toContain(address);
    expect(page).toContain('Xác nhận địa chỉ e-mail của bạn trên Mây Việt');
    expect(page).toContain('sandbox="allow-popups allow-popups-to-escape-sandbox"');
    expect(page).not.toContain('<script>');
    expect(page).toMatch(/srcdoc="[^"]*Lê &#38;#60;script&#38;#62;/);
    expect(await outbox(server, id)).toMatchObject({ attempts: 0, sent: false, failed: false });
  });
});

describe('erasing a quote request’s contact', () => {
  let world: QuoteWorld;

  beforeAll(async () => {
    world = await startQuoteWorld();
  });
  afterAll(async () => {
    await world?.server.close();
  });

  it('deletes the mail about that request in the same transaction, and no other', async () => {
    const { requestId } = await sendQuote(world);
    const quoteRequestId = dbId(requestId);
    const about = await queue(world.server, { address: world.contact.contactEmail, name: world.contact.contactName, language: 'VI', quoteRequestId }, {
      template: 'QUOTE_RECEIPT',
      name: world.contact.contactName,
      reference: 'MV-1',
      vendorNames: ['CMC Cloud'],
      path: '/requests/x',
    });
    const other = await queue(world.server, { address: `other.${marker()}@example.vn`, name: null, language: 'EN' }, confirm('Other', 'other'));
    const erased = await world.server.gql(`mutation($id: ID!) { eraseQuoteContact(input: { id: $id }) { userErrors { code } } }`, { id: requestId }, world.staff);
    expect(erased.errors).toBeUndefined();
    expect(erased.data.eraseQuoteContact.userErrors).toEqual([]);
    expect(await count(world.server.database, sql`select 1 from mail_outbox where id = ${about} or quote_request_id = ${quoteRequestId}`)).toBe(0);
    expect(await count(world.server.database, sql`select 1 from mail_outbox where id = ${other}`)).toBe(1);
  });
});
