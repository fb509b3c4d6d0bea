import { pgEnum } from 'drizzle-orm/pg-core';

export const vendorKind = pgEnum('vendor_kind', ['CLOUD_PROVIDER', 'SECURITY_VENDOR', 'SOFTWARE_VENDOR']);
export const offeringKind = pgEnum('offering_kind', ['IAAS', 'PAAS', 'SAAS', 'SECURITY', 'SOFTWARE']);
export const listingStatus = pgEnum('listing_status', ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'REJECTED', 'ARCHIVED']);
export const billingUnit = pgEnum('billing_unit', ['MONTH', 'HOUR', 'GB_MONTH', 'USER_MONTH', 'ONE_TIME']);
export const attestationStatus = pgEnum('attestation_status', ['CLAIMED', 'VERIFIED', 'EXPIRED', 'REVOKED']);

export const membershipRole = pgEnum('membership_role', ['OWNER', 'MEMBER']);
export const revisionStatus = pgEnum('revision_status', ['DRAFT', 'IN_REVIEW', 'REJECTED', 'APPROVED', 'WITHDRAWN']);
export const webhookEvent = pgEnum('webhook_event', [
  'LISTING_APPROVED',
  'LISTING_REJECTED',
  'QUOTE_REQUESTED',
  'OFFER_ACCEPTED',
  'OFFER_DECLINED',
  'QUOTE_REQUEST_UPDATED',
  'LISTING_ARCHIVED',
  'ATTESTATION_VERIFIED',
  'ATTESTATION_REFUSED',
  'ATTESTATION_EXPIRED',
  'ORGANIZATION_SUSPENDED',
  'ORGANIZATION_RESTORED',
  'PING',
]);
/** LIVE keys act on the real catalogue; TEST keys (mv_test_…) only on their own sandbox listings. */
export const apiKeyMode = pgEnum('api_key_mode', ['LIVE', 'TEST']);
/** EXPIRED is not stored: an OPEN offer past its valid_until reads as EXPIRED. */
export const offerStatus = pgEnum('offer_status', ['OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN']);
export const userTokenPurpose = pgEnum('user_token_purpose', ['CONFIRM_EMAIL', 'RESET_PASSWORD']);
export const mailLanguage = pgEnum('mail_language', ['VI', 'EN']);

export type VendorKind = (typeof vendorKind.enumValues)[number];
export type OfferingKind = (typeof offeringKind.enumValues)[number];
export type ListingStatus = (typeof listingStatus.enumValues)[number];
export type BillingUnit = (typeof billingUnit.enumValues)[number];
export type AttestationStatus = (typeof attestationStatus.enumValues)[number];
export type ApiKeyMode = (typeof apiKeyMode.enumValues)[number];
export type MembershipRole = (typeof membershipRole.enumValues)[number];
export type RevisionStatus = (typeof revisionStatus.enumValues)[number];
export type WebhookEvent = (typeof webhookEvent.enumValues)[number];
export type OfferStatusValue = (typeof offerStatus.enumValues)[number];
export type UserTokenPurpose = (typeof userTokenPurpose.enumValues)[number];
export type MailLanguage = (typeof mailLanguage.enumValues)[number];
