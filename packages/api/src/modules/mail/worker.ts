import { claimDueMail, isDatabaseUnavailable, pruneMail, recordMailOutcome, type Database, type MailToSend } from '@mayviet/db';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { ApiSettings } from '../../settings.ts';
import { retryDelaySeconds } from '../partners/webhooks.ts';

// The mail worker: every instance claims due rows of mail_outbox (FOR UPDATE SKIP LOCKED, leased so that
// two instances never send one mail and a crashed sender's mail comes back), sends each through SMTP_URL,
// and retries with the webhooks' backoff until sent or given up. It also deletes mail sent or given up more
// than `keptDays` ago, a bounded batch per poll. Its logs name the mail and its template, never whom it is
// to nor what it says.

const batch = 10;
/** longer than a send may take (the transport's timeouts below), so a lease ends only for a sender that is gone */
const leaseSeconds = 120;
export const keptDays = 30;
const prunedPerPoll = 100;

/** Our words for a failure: the SMTP reply code and what it means, never the server's own text (it may quote the address). */
export function describeSmtpFailure(error: unknown): string {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number' && responseCode >= 400 && responseCode < 600) {
    return responseCode < 500 ? `SMTP ${responseCode}: refused for now (temporary)` : `SMTP ${responseCode}: refused`;
  }
  const known = typeof code === 'string' && /^E[A-Z]{2,20}$/.test(code) ? code : 'ERROR';
  return `SMTP server not reached or the exchange broke off (${known})`;
}

/** The Message-ID of an outbox row: the same on every retry, on the From address's domain. */
export function messageIdOf(id: string, mailFrom: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'mayviet.vn';
  return `<${id}@${domain}>`;
}

/**
 * Sends due mail now and then every `mailPollMs`; returns a function that stops it once the sends in flight
 * end. Without `smtpUrl` no worker runs: mail stays in the outbox (the development mailbox shows it).
 */
export function startMailWorker(database: Database, settings: ApiSettings, log: Logger): () => Promise<void> {
  if (!settings.smtpUrl) return async () => {};
  const transport = nodemailer.createTransport({ url: settings.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
  let running: Promise<void> | null = null;
  let stopped = false;

  async function send(mail: MailToSend) {
    const messageId = messageIdOf(mail.id, settings.mailFrom);
    let failure: string | null = null;
    try {
      await transport.sendMail({
        from: settings.mailFrom,
        to: mail.toName ? { name: mail.toName, address: mail.toAddress } : mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
        messageId,
      });
    } catch (error) {
      failure = describeSmtpFailure(error);
    }
    if (failure === null) {
      await recordMailOutcome(database.db, mail.id, { sent: true, messageId });
      log.info({ mail: mail.id, template: mail.template, attempts: mail.attempts }, 'mail sent');
      return;
    }
    const retryInSeconds = mail.attempts >= settings.mailMaxAttempts ? null : retryDelaySeconds(mail.attempts, settings.mailRetrySeconds);
    await recordMailOutcome(database.db, mail.id, { sent: false, error: failure, retryInSeconds });
    log.warn({ mail: mail.id, template: mail.template, attempts: mail.attempts, error: failure, givenUp: retryInSeconds === null }, 'mail not sent');
  }

  async function tick() {
    try {
      const due = await claimDueMail(database.db, batch, leaseSeconds);
      await Promise.all(due.map(send));
      const pruned = await pruneMail(database.db, keptDays, prunedPerPoll);
      if (pruned > 0) log.info({ pruned }, 'old mail deleted');
    } catch (error) {
      if (isDatabaseUnavailable(error)) log.warn('mail worker: the database cannot be reached; it tries again at its next poll');
      else log.error({ err: error }, 'mail worker failed');
    }
  }

  const timer = setInterval(() => {
    if (!running && !stopped) running = tick().finally(() => (running = null));
  }, settings.mailPollMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
    transport.close();
  };
}
