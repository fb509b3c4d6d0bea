import type { OfferRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { forbidden, liveOnly, requirePartner, type PartnerScope } from '../accounts/actor.ts';
import { isAccountBuyer, quoteRequestByToken } from '../stacks/quote-access.ts';

// Who may do what with offers. A vendor (owner or member signed in, or a key with quotes:write) makes,
// withdraws and declines on its own shares, and reads its own offers (quotes:read or quotes:write). The
// buyer (the request's access token, or the account the request is tied to) reads every offer on its
// request and accepts or declines them. Staff read that offers exist and where they stand, never their
// prices or terms. Anyone else finds nothing, as for a missing id.

export const isStaff = (ctx: Context) => ctx.actor.kind === 'user' && ctx.actor.user.staff;

/** The caller acting for a partner organization: a key, or a member signed in. */
export const isPartnerCaller = (ctx: Context) => ctx.actor.kind === 'apiKey' || (ctx.actor.kind === 'user' && ctx.actor.memberships.length > 0);

/** The partner scope of a caller who may read its organization's offers (quotes:read, which quotes:write includes; never a TEST key); null for anyone else. */
export function offerReader(ctx: Context): PartnerScope | null {
  try {
    return liveOnly(requirePartner(ctx.actor, 'quotes:read'));
  } catch {
    return null;
  }
}

/** Whether the signed-in caller's account holds the request. */
export async function isAccountHolder(ctx: Context, quoteRequestId: string): Promise<boolean> {
  if (ctx.actor.kind !== 'user') return false;
  const request = await ctx.loaders.stacks.quoteRequest.load(quoteRequestId);
  return request !== null && isAccountBuyer(ctx, request);
}

/**
 * Whether the caller is the buyer of the request: the holder of its access token, else the account the
 * request is tied to. INVALID_TOKEN when a token was given that opens no request.
 */
export async function buyerOf(ctx: Context, quoteRequestId: string | null, accessToken: string | null | undefined): Promise<boolean | 'INVALID_TOKEN'> {
  if (accessToken !== null && accessToken !== undefined) {
    const request = await quoteRequestByToken(ctx, accessToken);
    if (!request) return 'INVALID_TOKEN';
    return request.id === quoteRequestId;
  }
  return quoteRequestId !== null && isAccountHolder(ctx, quoteRequestId);
}

/** node(id) of an Offer: its vendor, staff and the request's account holder; null for anyone else. */
export async function offerForNode(ctx: Context, id: string): Promise<OfferRow | null> {
  const offer = await ctx.loaders.offers.offer.load(id);
  if (!offer) return null;
  if (isStaff(ctx)) return offer;
  const reader = offerReader(ctx);
  if (reader) return reader.vendorId === offer.vendorId ? offer : null;
  return (await isAccountHolder(ctx, offer.quoteRequestId)) ? offer : null;
}

/**
 * Refuses an offer's prices and terms to staff (they see that it exists and where it stands) and to a
 * partner of another vendor; the buyer and the offering vendor read them.
 */
export function checkPricesReadable(ctx: Context, offer: OfferRow): void {
  if (isStaff(ctx)) throw forbidden('Association staff see that an offer exists and where it stands, not its prices or terms.');
  if (isPartnerCaller(ctx) && offerReader(ctx)?.vendorId !== offer.vendorId) throw forbidden('Only the buyer and the vendor that made it read an offer’s prices.');
}
