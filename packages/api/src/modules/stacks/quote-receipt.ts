import type { QuoteRequestRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { toGlobalId } from '../../graphql/ids.ts';
import { queueMail } from '../mail/outbox.ts';

/**
 * The buyer's receipt for a quote request, to its contact e-mail: the link opens the request in the
 * account that holds it, else by the access token (the link the buyer keeps). Tied to the request, so
 * erasing its contact or deleting it deletes the mail too.
 */
export async function mailQuoteReceipt(ctx: Context, request: QuoteRequestRow, accessToken: string, vendorIds: string[]): Promise<void> {
  if (!request.contactEmail) return;
  const vendors = await ctx.loaders.catalog.vendor.loadMany(vendorIds);
  const vendorNames = vendors.flatMap((vendor) => (vendor && !(vendor instanceof Error) ? [vendor.name] : []));
  const path = request.buyerUserId ? `/account/requests/${toGlobalId('QuoteRequest', request.id)}` : `/requests#${accessToken}`;
  const language = ctx.actor.kind === 'user' ? ctx.actor.user.language : 'VI';
  await queueMail(ctx, [{ address: request.contactEmail, name: request.contactName, language, quoteRequestId: request.id }], {
    template: 'QUOTE_RECEIPT',
    name: request.contactName ?? '',
    reference: request.reference,
    vendorNames,
    path,
  });
}
