import { randomBytes } from 'node:crypto';
import {
  claimQuoteRequestForBuyer,
  countQuoteRequestsByContactEmail,
  countQuoteRequestsOfBuyer,
  deleteQuoteRequestMail,
  eraseQuoteRequestContact,
  quoteRequestByTokenHash,
  quoteRequestsByContactEmail,
  quoteRequestsOfBuyer,
  type QuoteRequestRow,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { emptyConnection, listConnection, type Connection } from '../../graphql/connections.ts';
import { pageSize } from '../../graphql/cursor.ts';
import { fromGlobalId } from '../../graphql/ids.ts';
import { userError, type UserError } from '../../graphql/user-errors.ts';
import { requireSignedIn, requireStaff } from '../accounts/actor.ts';
import { sha256 } from '../accounts/secrets.ts';
import { eraseQuoteRequestedCopies } from '../partners/service.ts';

// Who reads a whole quote request: the buyer holding its access token, the buyer account that holds it,
// and staff. Vendors read only their own part (VendorQuoteRequest, partners module); an id alone opens
// nothing. Every way to a QuoteRequest object goes through this file or requestQuote's own answer, so its
// fields need no check of their own.

const tokenPattern = /^mvq_[A-Za-z0-9_-]{43}$/;

/** 256 random bits behind a "mvq_" prefix, so secret scanners and people recognise a leaked token. */
export function newQuoteAccessToken(): { token: string; hash: string } {
  const token = `mvq_${randomBytes(32).toString('base64url')}`;
  return { token, hash: sha256(token) };
}

/** The request this token opens; null for anything else, malformed or not, as for a token never issued. */
export async function quoteRequestByToken(ctx: Context, token: string): Promise<QuoteRequestRow | null> {
  if (!tokenPattern.test(token)) return null;
  return quoteRequestByTokenHash(ctx.database.db, sha256(token));
}

const isStaff = (ctx: Context) => ctx.actor.kind === 'user' && ctx.actor.user.staff;

/**
 * The signed-in account a request made now is kept in: a person whose e-mail is confirmed (an unconfirmed
 * account could be anyone's address); null for anyone else.
 */
export function accountBuyerId(ctx: Context): string | null {
  return ctx.actor.kind === 'user' && ctx.actor.user.emailConfirmedAt !== null ? ctx.actor.user.id : null;
}

/** Whether the caller is the buyer account that holds this request (signed in, e-mail confirmed). */
export function isAccountBuyer(ctx: Context, request: Pick<QuoteRequestRow, 'buyerUserId'>): boolean {
  const buyerId = accountBuyerId(ctx);
  return buyerId !== null && request.buyerUserId === buyerId;
}

/** node(id) of a QuoteRequest: staff and the account that holds it; anyone else gets null, as for a missing one. */
export async function quoteRequestForNode(ctx: Context, id: string): Promise<QuoteRequestRow | null> {
  if (ctx.actor.kind !== 'user') return null;
  const row = await ctx.loaders.stacks.quoteRequest.load(id);
  return row && (isStaff(ctx) || isAccountBuyer(ctx, row)) ? row : null;
}

const buyerSort = 'BUYER_REQUESTS';

/** myQuoteRequests: the signed-in account's requests, newest first (none until its e-mail is confirmed). */
export function myQuoteRequests(ctx: Context, args: { first?: number | null; after?: string | null }): Connection<QuoteRequestRow> {
  const user = requireSignedIn(ctx.actor);
  return listConnection({
    sort: buyerSort,
    keyTypes: ['timestamptz', 'uuid'],
    args,
    read: (limit, after) => quoteRequestsOfBuyer(ctx.database.db, user.id, limit, after && { createdAt: after[0]!, id: after[1]! }),
    keys: (row) => [row.position, row.id],
    count: () => countQuoteRequestsOfBuyer(ctx.database.db, user.id),
  });
}

/**
 * claimQuoteRequest: keeps a request made without an account in the signed-in account, its access token
 * proving it is the buyer's. Claiming one's own again changes nothing.
 */
export async function claimQuoteRequest(ctx: Context, input: { accessToken: string }): Promise<{ quoteRequest: QuoteRequestRow | null; userErrors: UserError[] }> {
  const user = requireSignedIn(ctx.actor);
  if (user.emailConfirmedAt === null) {
    return { quoteRequest: null, userErrors: [userError(null, 'EMAIL_NOT_CONFIRMED', 'Confirm your e-mail first: follow the link we mailed you.')] };
  }
  const found = await quoteRequestByToken(ctx, input.accessToken);
  const row = found && (await claimQuoteRequestForBuyer(ctx.database.db, found.id, user.id));
  if (!row) return { quoteRequest: null, userErrors: [userError(['input', 'accessToken'], 'INVALID_TOKEN', 'No quote request has this access token.')] };
  if (row.buyerUserId !== user.id) {
    return { quoteRequest: null, userErrors: [userError(['input', 'accessToken'], 'ALREADY_CLAIMED', 'Another account already keeps this quote request.')] };
  }
  ctx.log.info({ userId: user.id, quoteRequestId: row.id }, 'quote request claimed');
  return { quoteRequest: row, userErrors: [] };
}

/** Staff: the requests that gave this address, to find what a buyer asks to have erased. */
export async function quoteRequestsByContact(ctx: Context, args: { email: string; first?: number | null }): Promise<QuoteRequestRow[]> {
  requireStaff(ctx.actor);
  const email = args.email.trim();
  if (email.length === 0 || email.length > 254) return [];
  return quoteRequestsByContactEmail(ctx.database.db, email, pageSize(args.first));
}

const contactSort = 'CONTACT_REQUESTS';

/** Staff: the requests that gave this e-mail address, newest first; an address no request can hold finds none. */
export function quoteRequestsByContactConnection(
  ctx: Context,
  args: { email: string; first?: number | null; after?: string | null },
): Connection<QuoteRequestRow> {
  requireStaff(ctx.actor);
  const email = args.email.trim();
  if (email.length === 0 || email.length > 254) return emptyConnection();
  return listConnection({
    sort: contactSort,
    keyTypes: ['timestamptz', 'uuid'],
    args,
    read: (limit, after) => quoteRequestsByContactEmail(ctx.database.db, email, limit, after && { createdAt: after[0]!, id: after[1]! }),
    keys: (row) => [row.position, row.id],
    count: () => countQuoteRequestsByContactEmail(ctx.database.db, email),
  });
}

/**
 * Staff: erases the contact from a request and from the QUOTE_REQUESTED payloads its vendors received, and
 * deletes the mail about it (mail_outbox: the contact's address, name and links, sent or not).
 * Runs in the mutation's transaction, so the request and its copies are erased together or not at all;
 * erasing again changes nothing and says so (copiesErased 0).
 */
export async function eraseQuoteContact(
  ctx: Context,
  input: { id: string },
): Promise<{ quoteRequest: QuoteRequestRow | null; copiesErased: number; userErrors: UserError[] }> {
  requireStaff(ctx.actor);
  const parsed = fromGlobalId(input.id);
  const row = parsed?.type === 'QuoteRequest' ? await eraseQuoteRequestContact(ctx.database.db, parsed.id) : null;
  if (!row) return { quoteRequest: null, copiesErased: 0, userErrors: [userError(['input', 'id'], 'NOT_FOUND', 'No quote request has this id.')] };
  const copiesErased = await eraseQuoteRequestedCopies(ctx, row.id, row.contactErasedAt!);
  const mailsDeleted = await deleteQuoteRequestMail(ctx.database.db, row.id);
  ctx.log.info({ quoteRequestId: row.id, copiesErased, mailsDeleted }, 'quote contact erased');
  return { quoteRequest: row, copiesErased, userErrors: [] };
}
