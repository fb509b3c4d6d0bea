// The webhook page's GraphQL documents: the organization's endpoints, an endpoint's deliveries, and the
// mutations that manage them. Each mutation selects the endpoint as it now is, so Graphcache updates it in place.
import { graphql } from '../../graphql.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';

export const EndpointFields = graphql(`
  fragment ConsoleWebhookEndpoint on WebhookEndpoint @_unmask {
    id
    url
    description
    topics
    createdAt
    secretRotatedAt
    previousSecretExpiresAt
  }
`);

export const EndpointsQuery = graphql(
  `
    query ConsoleWebhookEndpoints {
      viewer {
        organization {
          id
          webhookEndpoints {
            ...ConsoleWebhookEndpoint
          }
        }
      }
    }
  `,
  [EndpointFields],
);

export const DeliveriesQuery = graphql(`
  query ConsoleWebhookDeliveries($after: String) {
    viewer {
      organization {
        id
        webhookEndpoints {
          id
          deliveries(first: 20, after: $after) {
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              id
              event
              createdAt
              attempts
              deliveredAt
              failedAt
              nextAttemptAt
              lastStatus
              lastError
              test
              redeliveryOf {
                id
              }
            }
          }
        }
      }
    }
  }
`);

export const CreateEndpointMutation = graphql(
  `
    mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
      createWebhookEndpoint(input: $input) {
        secret
        endpoint {
          ...ConsoleWebhookEndpoint
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [EndpointFields, UserErrorFields],
);

export const UpdateEndpointMutation = graphql(
  `
    mutation ConsoleUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
      updateWebhookEndpoint(input: $input) {
        endpoint {
          ...ConsoleWebhookEndpoint
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [EndpointFields, UserErrorFields],
);

export const RotateSecretMutation = graphql(
  `
    mutation ConsoleRotateWebhookSecret($input: RotateWebhookSecretInput!) {
      rotateWebhookSecret(input: $input) {
        secret
        endpoint {
          ...ConsoleWebhookEndpoint
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [EndpointFields, UserErrorFields],
);

export const DeleteEndpointMutation = graphql(
  `
    mutation ConsoleDeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {
      deleteWebhookEndpoint(input: $input) {
        deletedEndpointId
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

export const PingMutation = graphql(
  `
    mutation ConsolePingWebhookEndpoint($input: PingWebhookEndpointInput!) {
      pingWebhookEndpoint(input: $input) {
        delivery {
          id
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

export const RedeliverMutation = graphql(
  `
    mutation ConsoleRedeliverWebhook($input: RedeliverWebhookInput!) {
      redeliverWebhook(input: $input) {
        delivery {
          id
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

/** Every topic an endpoint may subscribe to, in the order the form shows them. */
export const TOPICS = [
  'LISTING_APPROVED',
  'LISTING_REJECTED',
  'LISTING_ARCHIVED',
  'ATTESTATION_VERIFIED',
  'ATTESTATION_REFUSED',
  'ATTESTATION_EXPIRED',
  'ORGANIZATION_SUSPENDED',
  'ORGANIZATION_RESTORED',
  'QUOTE_REQUESTED',
  'QUOTE_REQUEST_UPDATED',
  'OFFER_ACCEPTED',
  'OFFER_DECLINED',
] as const;

export type Topic = (typeof TOPICS)[number];
