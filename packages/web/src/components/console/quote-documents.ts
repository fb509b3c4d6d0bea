// The quote inbox's GraphQL documents: a vendor's share of a request with its offers, and the mutations that
// answer it. Every mutation selects the share as it now is, so Graphcache updates the inbox in place.
import { graphql, type ResultOf } from '../../graphql.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';

export const OfferFields = graphql(`
  fragment ConsoleOffer on Offer @_unmask {
    id
    status
    createdAt
    decidedAt
    validUntil
    terms
    supersededBy {
      id
    }
    monthlyTotal {
      amount
    }
    oneTimeTotal {
      amount
    }
    listMonthlyTotal {
      amount
    }
    listOneTimeTotal {
      amount
    }
    lines {
      quantity
      plan {
        id
        name
        nameEn
        unit
      }
      offering {
        id
        name
        nameEn
      }
      unitPrice {
        amount
      }
      listUnitPrice {
        amount
      }
    }
  }
`);

export type ConsoleOffer = ResultOf<typeof OfferFields>;

export const QuoteFields = graphql(
  `
    fragment ConsoleQuoteRequest on VendorQuoteRequest {
      id
      reference
      contactName
      contactEmail
      organization
      message
      contactErasedAt
      createdAt
      handledAt
      status
      seenAt
      declinedAt
      declineReason
      monthlySubtotal {
        amount
      }
      oneTimeSubtotal {
        amount
      }
      lines {
        quantity
        offering {
          id
          name
          nameEn
        }
        plan {
          id
          name
          nameEn
          unit
        }
        monthlyPrice {
          amount
        }
        oneTimePrice {
          amount
        }
        monthlyCost {
          amount
        }
      }
      offers {
        ...ConsoleOffer
      }
    }
  `,
  [OfferFields],
);

export type ConsoleQuoteRequest = ResultOf<typeof QuoteFields>;

export const InboxQuery = graphql(
  `
    query ConsoleQuoteInbox($first: Int, $after: String, $handled: Boolean) {
      quoteInbox(first: $first, after: $after, handled: $handled) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          ...ConsoleQuoteRequest
        }
      }
    }
  `,
  [QuoteFields],
);

export const MarkMutation = graphql(
  `
    mutation ConsoleMarkQuoteHandled($input: MarkQuoteHandledInput!) {
      markQuoteHandled(input: $input) {
        quoteRequest {
          id
          ...ConsoleQuoteRequest
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [QuoteFields, UserErrorFields],
);

/** What makeOffer and withdrawOffer answer: the offer's share as it now is (its status and offers), or why not. */
const OfferPayloadFields = graphql(
  `
    fragment ConsoleOfferPayload on OfferPayload @_unmask {
      offer {
        id
        vendorQuoteRequest {
          id
          ...ConsoleQuoteRequest
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  `,
  [QuoteFields, UserErrorFields],
);

export const MakeOfferMutation = graphql(
  `
    mutation ConsoleMakeOffer($input: MakeOfferInput!) {
      makeOffer(input: $input) {
        ...ConsoleOfferPayload
      }
    }
  `,
  [OfferPayloadFields],
);

export const WithdrawOfferMutation = graphql(
  `
    mutation ConsoleWithdrawOffer($id: ID!) {
      withdrawOffer(id: $id) {
        ...ConsoleOfferPayload
      }
    }
  `,
  [OfferPayloadFields],
);

export const DeclineMutation = graphql(
  `
    mutation ConsoleDeclineQuoteRequest($input: DeclineQuoteRequestInput!) {
      declineQuoteRequest(input: $input) {
        quoteRequest {
          id
          ...ConsoleQuoteRequest
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [QuoteFields, UserErrorFields],
);
