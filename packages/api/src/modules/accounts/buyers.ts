import {
  confirmUserEmail,
  hitRateLimit,
  insertBuyer,
  revokeSessionsOfUser,
  setPassword,
  useUpUserTokens,
  userByEmail,
  type MailLanguage,
  type UserRow,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { checkOptionalText, checkText, userError, type UserError } from '../../graphql/user-errors.ts';
import { queueMail } from '../mail/outbox.ts';
import { emailPattern } from '../stacks/service.ts';
import { checkNewPassword, maxPasswordLength } from './passwords.ts';
import { hashPassword } from './secrets.ts';
import { openSession } from './service.ts';
import { issueUserToken, redeemUserToken } from './tokens.ts';

// Buyer accounts: sign-up, confirming the e-mail, resetting a forgotten password. Answers never tell
// whether an e-mail has an account: what differs goes by mail, to the address's owner.

/** Hourly ceilings: per client address (told as RATE_LIMITED), and per account (mail silently not sent). */
export const accountMailLimits = {
  signUpsPerAddress: 10,
  resetsPerAddress: 10,
  mailsPerAccount: 5,
} as const;

const hour = 3600;

function rateLimited(what: string, resetAt: Date): UserError {
  return userError(null, 'RATE_LIMITED', `Too many ${what} from your address; try again after ${resetAt.toISOString()}.`);
}

/** Counts a hit of an address; the error to answer when it is over `max`. */
async function throttleAddress(ctx: Context, bucket: string, max: number, what: string): Promise<UserError | null> {
  const limit = await hitRateLimit(ctx.database.db, { bucket, subject: ctx.clientAddress, windowSeconds: hour });
  if (limit.hits <= max) return null;
  ctx.log.warn({ clientAddress: ctx.clientAddress, bucket, hits: limit.hits }, 'account mail throttled');
  return rateLimited(what, limit.resetAt);
}

/** Whether the account may be mailed once more this hour (a ceiling no address can raise by changing). */
async function accountMayBeMailed(ctx: Context, userId: string): Promise<boolean> {
  const limit = await hitRateLimit(ctx.database.db, { bucket: 'account-mail', subject: userId, windowSeconds: hour });
  if (limit.hits <= accountMailLimits.mailsPerAccount) return true;
  ctx.log.warn({ userId, hits: limit.hits }, 'account mail not sent: too many this hour');
  return false;
}

/** An e-mail as given (trimmed), or an INVALID_EMAIL error. */
function checkEmail(value: string, field: string[], errors: UserError[]): string {
  const email = value.trim();
  if (email.length < 3 || email.length > 254 || !emailPattern.test(email)) {
    errors.push(userError(field, 'INVALID_EMAIL', 'This is not an e-mail address we can send a link to.'));
  }
  return email;
}

const recipient = (user: UserRow, language: MailLanguage = user.language) => ({ address: user.email, name: user.name, language, userId: user.id });

async function mailConfirmation(ctx: Context, user: UserRow): Promise<void> {
  const token = await issueUserToken(ctx, user.id, 'CONFIRM_EMAIL');
  await queueMail(ctx, [recipient(user)], { template: 'CONFIRM_EMAIL', name: user.name, path: `/account/confirm#${token}` });
}

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
  organization?: string | null;
  language?: MailLanguage | null;
}

/**
 * signUp: a new account, its e-mail unconfirmed, and a mail with the link that confirms it. An e-mail
 * that already has an account gets the same answer; its owner is mailed instead (a fresh link while it
 * is unconfirmed, else a note with the ways to sign in or reset the password).
 */
export async function signUp(ctx: Context, input: SignUpInput): Promise<{ userErrors: UserError[] }> {
  const errors: UserError[] = [];
  const email = checkEmail(input.email, ['input', 'email'], errors);
  checkNewPassword(input.password, ['input', 'password'], errors);
  const name = checkText(input.name, ['input', 'name'], 120, 'Your name', errors);
  const organization = checkOptionalText(input.organization, ['input', 'organization'], 200, 'The organization', errors);
  if (errors.length > 0) return { userErrors: errors };
  // Hashed first, whether or not the e-mail has an account: both answers take the same work.
  const passwordHash = await hashPassword(input.password);
  const throttled = await throttleAddress(ctx, 'sign-up', accountMailLimits.signUpsPerAddress, 'sign-ups');
  if (throttled) return { userErrors: [throttled] };

  const created = await insertBuyer(ctx.database.db, { email, name, organization, language: input.language ?? 'VI', passwordHash });
  if (created) {
    await mailConfirmation(ctx, created);
    ctx.log.info({ userId: created.id }, 'buyer signed up');
    return { userErrors: [] };
  }
  const existing = await userByEmail(ctx.database.db, email);
  if (existing && !existing.disabled && (await accountMayBeMailed(ctx, existing.id))) {
    if (existing.emailConfirmedAt === null) {
      await mailConfirmation(ctx, existing);
    } else {
      await queueMail(ctx, [recipient(existing)], { template: 'ACCOUNT_EXISTS', name: existing.name, signInPath: '/account/sign-in', resetPath: '/account/reset' });
    }
    ctx.log.info({ userId: existing.id }, 'sign-up with the e-mail of an account');
  }
  return { userErrors: [] };
}

/** confirmEmail: the account of a CONFIRM_EMAIL link, confirmed and signed in. */
export async function confirmEmail(ctx: Context, token: string): Promise<{ user: UserRow | null; userErrors: UserError[] }> {
  const userId = await redeemUserToken(ctx, token, 'CONFIRM_EMAIL');
  if (!userId) return { user: null, userErrors: [userError(['token'], 'INVALID_TOKEN', 'This link is unknown, already used or expired; sign up again for a new one.')] };
  const user = await confirmUserEmail(ctx.database.db, userId);
  await openSession(ctx, user.id);
  ctx.log.info({ userId }, 'e-mail confirmed');
  return { user, userErrors: [] };
}

/**
 * requestPasswordReset: mails a RESET_PASSWORD link when the e-mail has a confirmed account. The answer is
 * the same either way; only the address's own requests are told RATE_LIMITED.
 */
export async function requestPasswordReset(ctx: Context, args: { email: string; language?: MailLanguage | null }): Promise<{ userErrors: UserError[] }> {
  const email = args.email.trim().slice(0, 254);
  const throttled = await throttleAddress(ctx, 'password-reset', accountMailLimits.resetsPerAddress, 'password resets');
  if (throttled) return { userErrors: [throttled] };
  const user = email.length > 0 ? await userByEmail(ctx.database.db, email) : null;
  if (user && !user.disabled && user.emailConfirmedAt !== null && (await accountMayBeMailed(ctx, user.id))) {
    const token = await issueUserToken(ctx, user.id, 'RESET_PASSWORD');
    await queueMail(ctx, [recipient(user, args.language ?? user.language)], { template: 'RESET_PASSWORD', name: user.name, path: `/account/reset#${token}` });
    ctx.log.info({ userId: user.id }, 'password reset mailed');
  }
  return { userErrors: [] };
}

/**
 * resetPassword: a new password from a RESET_PASSWORD link. Every session of the account ends and its
 * other reset links die; a new session is opened.
 */
export async function resetPassword(ctx: Context, input: { token: string; password: string }): Promise<{ user: UserRow | null; userErrors: UserError[] }> {
  const errors: UserError[] = [];
  checkNewPassword(input.password, ['input', 'password'], errors);
  if (errors.length > 0) return { user: null, userErrors: errors };
  const passwordHash = await hashPassword(input.password.slice(0, maxPasswordLength));
  const userId = await redeemUserToken(ctx, input.token, 'RESET_PASSWORD');
  if (!userId) {
    return { user: null, userErrors: [userError(['input', 'token'], 'INVALID_TOKEN', 'This link is unknown, already used or expired; ask for a new one.')] };
  }
  const user = await setPassword(ctx.database.db, userId, passwordHash);
  const sessionsEnded = await revokeSessionsOfUser(ctx.database.db, userId);
  await useUpUserTokens(ctx.database.db, userId, 'RESET_PASSWORD');
  await openSession(ctx, userId);
  ctx.log.info({ userId, sessionsEnded }, 'password reset');
  return { user, userErrors: [] };
}
