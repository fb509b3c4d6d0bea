import { attestationEventFacts, listingEventFacts, organizationEventFacts, type WebhookEvent } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { toGlobalId } from '../../graphql/ids.ts';
import { attestationPayload, listingPayload } from './payloads.ts';
import { queueEvent } from './webhooks.ts';

// The events staff decisions and the clock raise, queued in the transaction of the change that caused them.
// Payloads are self-sufficient: a receiver acts on names, slugs and dates without asking the API back.

/** After staff archived a published listing, with their reason. */
export async function notifyListingArchived(ctx: Context, offeringId: string, reason: string): Promise<void> {
  const listing = await listingEventFacts(ctx.database.db, offeringId);
  if (!listing) return;
  const payload = { event: 'LISTING_ARCHIVED', offering: listingPayload(listing), reason, archivedAt: new Date().toISOString() };
  await queueEvent(ctx.database, 'LISTING_ARCHIVED', [{ vendorId: listing.vendorId, payload }], ctx.log);
}

/** After staff verified or refused a claimed attestation. */
export async function notifyAttestationDecision(ctx: Context, attestationId: string): Promise<void> {
  const attestation = await attestationEventFacts(ctx.database.db, attestationId);
  if (!attestation) return;
  const event: WebhookEvent = attestation.status === 'VERIFIED' ? 'ATTESTATION_VERIFIED' : 'ATTESTATION_REFUSED';
  const payload = { event, attestation: attestationPayload(attestation), decidedAt: new Date().toISOString() };
  await queueEvent(ctx.database, event, [{ vendorId: attestation.vendorId, payload }], ctx.log);
}

/**
 * After staff suspended an organization (its endpoints get this one even though it is now suspended) or
 * lifted its suspension.
 */
export async function notifyOrganizationSuspension(
  ctx: Context,
  change: { organizationId: string; suspended: boolean; reason: string | null; listingsAffected: number },
): Promise<void> {
  const organization = await organizationEventFacts(ctx.database.db, change.organizationId);
  if (!organization) return;
  const event: WebhookEvent = change.suspended ? 'ORGANIZATION_SUSPENDED' : 'ORGANIZATION_RESTORED';
  const payload = {
    event,
    organization: {
      id: toGlobalId('Organization', organization.id),
      vendor: { id: toGlobalId('Vendor', organization.vendorId), name: organization.vendorName, slug: organization.vendorSlug },
    },
    reason: change.reason,
    listingsAffected: change.listingsAffected,
    at: new Date().toISOString(),
  };
  await queueEvent(ctx.database, event, [{ vendorId: organization.vendorId, payload }], ctx.log);
}
