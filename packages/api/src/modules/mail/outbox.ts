import { enqueueMail, type MailLanguage } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { renderMail } from './templates.ts';

// Mail is queued in the transaction of the event it tells of (mail_outbox) and sent by the mail worker
// (worker.ts) through SMTP_URL; nothing is sent from a request. Links are given as site paths
// (/account/confirm#…) and made absolute with the site's origin when rendered, never from the request's Host.

/** What each mail says; `path` is a site path the mail links to. */
export type MailMessage =
  | { template: 'CONFIRM_EMAIL'; name: string; path: string }
  | { template: 'RESET_PASSWORD'; name: string; path: string }
  | { template: 'ACCOUNT_EXISTS'; name: string; signInPath: string; resetPath: string }
  | { template: 'QUOTE_RECEIPT'; name: string; reference: string; vendorNames: string[]; path: string }
  | { template: 'NEW_OFFER'; name: string; reference: string; vendorName: string; monthlyTotal: bigint; oneTimeTotal: bigint; validUntil: Date; path: string | null }
  | { template: 'VENDOR_DECLINED'; name: string; reference: string; vendorName: string; reason: string | null; path: string | null }
  | { template: 'OFFER_ACCEPTED'; name: string; reference: string; vendorName: string; monthlyTotal: bigint; oneTimeTotal: bigint; path: string }
  | { template: 'OFFER_DECLINED'; name: string; reference: string; vendorName: string; path: string };

export type MailTemplate = MailMessage['template'];

/** Who receives it, in which language; `userId` / `quoteRequestId` tie it to what erasing or deleting removes. */
export interface MailRecipient {
  address: string;
  name: string | null;
  language: MailLanguage;
  userId?: string | null;
  quoteRequestId?: string | null;
}

/** Renders and queues one mail per recipient in the caller's transaction. */
export async function queueMail(ctx: Pick<Context, 'database' | 'settings' | 'log'>, recipients: readonly MailRecipient[], message: MailMessage): Promise<void> {
  const ids = await enqueueMail(
    ctx.database.db,
    recipients.map((to) => {
      const rendered = renderMail(message, to.language, ctx.settings);
      return {
        template: message.template,
        language: to.language,
        toAddress: to.address,
        toName: to.name,
        ...rendered,
        userId: to.userId ?? null,
        quoteRequestId: to.quoteRequestId ?? null,
      };
    }),
  );
  if (ids.length > 0) ctx.log.info({ template: message.template, mails: ids }, 'mail queued');
}
