import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import { toDate } from './fragments.ts';
import { rowKeys } from './row-keys.ts';
import type { MailLanguage } from '../schema/enums.ts';

export interface NewMail {
  template: string;
  language: MailLanguage;
  toAddress: string;
  toName: string | null;
  subject: string;
  textBody: string;
  htmlBody: string;
  userId: string | null;
  quoteRequestId: string | null;
}

/** Queues rendered mail in the caller's transaction; returns the rows' ids. */
export async function enqueueMail(db: Db, mails: readonly NewMail[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`insert into mail_outbox (template, language, to_address, to_name, subject, text_body, html_body, user_id, quote_request_id)
        values ${sql.join(
          mails.map(
            (m) =>
              sql`(${m.template}, ${m.language}, ${m.toAddress}, ${m.toName}, ${m.subject}, ${m.textBody}, ${m.htmlBody}, ${m.userId}::uuid, ${m.quoteRequestId}::uuid)`,
          ),
          sql`, `,
        )}
        returning id`,
  );
  return rows.map((r) => r.id);
}

/** A mail the worker claimed, to send as rendered when it was queued. */
export interface MailToSend {
  id: string;
  template: string;
  toAddress: string;
  toName: string | null;
  subject: string;
  textBody: string;
  htmlBody: string;
  attempts: number;
}

export const mailToSendKeys = rowKeys<MailToSend>()(['id', 'template', 'toAddress', 'toName', 'subject', 'textBody', 'htmlBody', 'attempts']);

/**
 * Claims mail that is due, leasing it for `leaseSeconds` (next_attempt_at pushed ahead) so that no other
 * instance sends it meanwhile, and a crashed sender's mail comes back when the lease ends; each claim
 * counts as an attempt.
 */
export async function claimDueMail(db: Db, limit: number, leaseSeconds: number): Promise<MailToSend[]> {
  return queryRows<MailToSend>(
    db,
    sql`with due as (
          select id from mail_outbox
          where sent_at is null and failed_at is null and next_attempt_at <= now()
          order by next_attempt_at limit ${limit} for update skip locked
        )
        update mail_outbox m
           set attempts = m.attempts + 1, next_attempt_at = now() + make_interval(secs => ${leaseSeconds})
          from due where m.id = due.id
        returning m.id, m.template, m.to_address as "toAddress", m.to_name as "toName", m.subject,
                  m.text_body as "textBody", m.html_body as "htmlBody", m.attempts`,
  );
}

/** What sending a claimed mail came to (last_error keeps the last refusal, even once sent): sent with its Message-ID, or refused (retried later, or given up when `retryInSeconds` is null). */
export type MailOutcome = { sent: true; messageId: string } | { sent: false; error: string; retryInSeconds: number | null };

export async function recordMailOutcome(db: Db, id: string, outcome: MailOutcome): Promise<void> {
  await db.execute(
    outcome.sent
      ? sql`update mail_outbox set sent_at = now(), message_id = ${outcome.messageId}, next_attempt_at = null where id = ${id}`
      : sql`update mail_outbox set last_error = ${outcome.error},
              failed_at = ${outcome.retryInSeconds === null ? sql`now()` : sql`null`},
              next_attempt_at = ${outcome.retryInSeconds === null ? sql`null` : sql`now() + make_interval(secs => ${outcome.retryInSeconds})`}
            where id = ${id}`,
  );
}

/**
 * Deletes at most `limit` mails sent or given up more than `days` days ago (the outbox keeps addresses,
 * names and one-time links no longer than that); returns how many. Old rows are found by created_at's index.
 */
export async function pruneMail(db: Db, days: number, limit: number): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`delete from mail_outbox where id in (
          select id from mail_outbox
          where created_at < now() - make_interval(days => ${days})
            and (sent_at < now() - make_interval(days => ${days}) or failed_at < now() - make_interval(days => ${days}))
          limit ${limit})
        returning id`,
  );
  return rows.length;
}

/** Deletes the mail about a quote request (its contact is being erased); returns how many. */
export async function deleteQuoteRequestMail(db: Db, quoteRequestId: string): Promise<number> {
  const rows = await queryRows<{ id: string }>(db, sql`delete from mail_outbox where quote_request_id = ${quoteRequestId} returning id`);
  return rows.length;
}

/** A mail as the development mailbox lists it. */
export interface MailboxRow {
  id: string;
  template: string;
  toAddress: string;
  toName: string | null;
  subject: string;
  htmlBody: string;
  createdAt: Date;
  sentAt: Date | null;
  failedAt: Date | null;
  attempts: number;
  lastError: string | null;
}

export const mailboxRowKeys = rowKeys<MailboxRow>()([
  'id',
  'template',
  'toAddress',
  'toName',
  'subject',
  'htmlBody',
  'createdAt',
  'sentAt',
  'failedAt',
  'attempts',
  'lastError',
]);

/** The outbox's last `limit` mails, newest first. */
export async function recentMail(db: Db, limit: number): Promise<MailboxRow[]> {
  const rows = await queryRows<MailboxRow>(
    db,
    sql`select id, template, to_address as "toAddress", to_name as "toName", subject, html_body as "htmlBody",
               created_at as "createdAt", sent_at as "sentAt", failed_at as "failedAt", attempts, last_error as "lastError"
        from mail_outbox order by created_at desc, id desc limit ${limit}`,
  );
  return rows.map((row) => ({ ...row, createdAt: toDate(row.createdAt)!, sentAt: toDate(row.sentAt), failedAt: toDate(row.failedAt) }));
}
