import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Failed sign-ins, counted three ways so a guesser is slowed without locking the owner out: per account
 * and client address pair (its own growing delay), per account across addresses, and per address across
 * accounts (each a ceiling over a window). Accounts are named by a hash of the e-mail, so unknown e-mails
 * typed by anyone leave no address book behind. Rows are forgotten a day after their last failure.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    scope: text('scope').notNull(),
    /** pair: "<account hash> <address>"; account: the account hash; address: the client address */
    subject: text('subject').notNull(),
    failures: integer('failures').notNull(),
    /** when the counting began: the window of a ceiling, or a pair's first failure */
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
    lastFailedAt: timestamp('last_failed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'sign_in_failures_pkey', columns: [t.scope, t.subject] }),
    index('sign_in_failures_last_failed_idx').on(t.lastFailedAt),
    check('sign_in_failures_scope_known', sql`${t.scope} in ('pair', 'account', 'address')`),
    check('sign_in_failures_failures_not_negative', sql`${t.failures} >= 0`),
  ],
);
