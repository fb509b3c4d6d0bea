import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
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
