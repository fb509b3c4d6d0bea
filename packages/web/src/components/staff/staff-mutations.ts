// The staff console's decisions. Each selects its payload under the alias `payload` through one fragment
// per payload type: what changed, for the cache, and the userErrors.
import { graphql } from '../../graphql.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';

const ListingDecisionFields = graphql(
  `
    fragment StaffListingDecision on OfferingPayload @_unmask {
      offering {
        id
        status
        version
        rejectionReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

const OrganizationDecisionFields = graphql(
  `
    fragment StaffOrganizationDecision on OrganizationPayload @_unmask {
      organization {
        id
        suspended
      }
      listingsAffected
      userErrors {
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

const AttestationDecisionFields = graphql(
  `
    fragment StaffAttestationDecision on AttestationDecisionPayload @_unmask {
      attestation {
        id
        status
        criteriaMet
        validUntil
        verifiedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

export const ApproveMutation = graphql(
  `mutation StaffApprove($id: ID!) { payload: approveOffering(id: $id) { ...StaffListingDecision } }`,
  [ListingDecisionFields],
);
export const RejectMutation = graphql(
  `mutation StaffReject($id: ID!, $reason: String!) { payload: rejectOffering(id: $id, reason: $reason) { ...StaffListingDecision } }`,
  [ListingDecisionFields],
);
export const ArchiveMutation = graphql(
  `mutation StaffArchiveListing($id: ID!, $reason: String!) { payload: archiveListing(id: $id, reason: $reason) { ...StaffListingDecision } }`,
  [ListingDecisionFields],
);
export const RestoreMutation = graphql(
  `mutation StaffRestoreListing($id: ID!) { payload: restoreListing(id: $id) { ...StaffListingDecision } }`,
  [ListingDecisionFields],
);
export const SuspendMutation = graphql(
  `mutation StaffSuspend($id: ID!, $reason: String!) { payload: suspendOrganization(id: $id, reason: $reason) { ...StaffOrganizationDecision } }`,
  [OrganizationDecisionFields],
);
export const LiftMutation = graphql(
  `mutation StaffLiftSuspension($id: ID!) { payload: liftSuspension(id: $id) { ...StaffOrganizationDecision } }`,
  [OrganizationDecisionFields],
);
export const VerifyMutation = graphql(
  `mutation StaffVerifyAttestation($input: VerifyAttestationInput!) { payload: verifyAttestation(input: $input) { ...StaffAttestationDecision } }`,
  [AttestationDecisionFields],
);
export const RefuseMutation = graphql(
  `mutation StaffRefuseAttestation($id: ID!, $reason: String!) { payload: refuseAttestation(id: $id, reason: $reason) { ...StaffAttestationDecision } }`,
  [AttestationDecisionFields],
);
