import { enqueueMail, type MailLanguage } from '@mayviet/db';
import type { Context } from '../../context.ts';
import type { MailMessage } from './messages.ts';
import { renderMail } from './templates.ts';

// Mail is queued in the transaction of the event it tells of (mail_outbox) and sent by the mail worker
// (worker.ts) through SMTP_URL; nothing is sent from a request. Links are given as site paths
// (/account/confirm#…) and made absolute with the site's origin when rendered, never from the request's Host.

export type { MailMessage, MailTemplate } from './messages.ts';

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
