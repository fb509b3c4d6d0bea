import type { AttestationEventFacts, ListingEventFacts } from '@mayviet/db';
import { toGlobalId } from '../../graphql/ids.ts';

// How webhook payloads show listings and attestations: names, slugs and dates beside the ids.

/** A listing as listing events show it. */
export function listingPayload(listing: Omit<ListingEventFacts, 'vendorId'>) {
  return { id: toGlobalId('Offering', listing.id), name: listing.name, slug: listing.slug, status: listing.status, version: listing.version };
}

/** An attestation as attestation events show it. */
export function attestationPayload(attestation: Omit<AttestationEventFacts, 'vendorId'>) {
  return {
    id: toGlobalId('Attestation', attestation.id),
    status: attestation.status,
    framework: { code: attestation.frameworkCode, name: attestation.frameworkName },
    subject: {
      type: attestation.subjectType,
      id: toGlobalId(attestation.subjectType === 'VENDOR' ? 'Vendor' : 'Offering', attestation.subjectId),
      name: attestation.subjectName,
      slug: attestation.subjectSlug,
    },
    validUntil: attestation.validUntil?.toISOString() ?? null,
    reason: attestation.reason,
  };
}
