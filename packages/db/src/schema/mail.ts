import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { mailLanguage } from './enums.ts';
import { quoteRequests } from './quotes.ts';

/**
 * Mail owed to a person, written in the transaction of the event it tells of and rendered then. Any API
 * instance's mail worker sends it through SMTP (SMTP_URL), claiming due rows with FOR UPDATE SKIP LOCKED
 * and retrying with backoff like webhooks. Without SMTP the rows stay unsent (readable at the development
 * mailbox). Rows tied to a quote request are deleted when staff erase its contact.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** which template: CONFIRM_EMAIL, RESET_PASSWORD, ACCOUNT_EXISTS, NEW_OFFER, OFFER_ACCEPTED, … */
    template: text('template').notNull(),
    language: mailLanguage('language').notNull(),
    toAddress: text('to_address').notNull(),
    toName: text('to_name'),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    quoteRequestId: uuid('quote_request_id').references(() => quoteRequests.id, { onDelete: 'cascade' }),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    lastError: text('last_error'),
    /** the Message-ID the SMTP server was given */
    messageId: text('message_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.nextAttemptAt),
    index('mail_outbox_quote_request_idx').on(t.quoteRequestId),
    index('mail_outbox_user_idx').on(t.userId),
    index('mail_outbox_created_idx').on(t.createdAt),
  ],
);
