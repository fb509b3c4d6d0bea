import { graphql, type ResultOf } from '../../graphql.ts';

const MoneyAmount = graphql(`
  fragment MoneyAmount on Money @_unmask {
    amount
  }
`);

/** An offer as the buyer reads it: its lines at the offered and the list price, totals, validity, terms, status. */
export const OfferFields = graphql(
  `
    fragment OfferFields on Offer @_unmask {
      id
      status
      validUntil
      terms
      createdAt
      decidedAt
      vendor {
        id
      }
      monthlyTotal {
        ...MoneyAmount
      }
      oneTimeTotal {
        ...MoneyAmount
      }
      listMonthlyTotal {
        ...MoneyAmount
      }
      listOneTimeTotal {
        ...MoneyAmount
      }
      lines {
        quantity
        unitPrice {
          ...MoneyAmount
        }
        listUnitPrice {
          ...MoneyAmount
        }
        plan {
          id
          name
          nameEn
          unit
        }
        offering {
          id
          slug
          name
          nameEn
        }
      }
    }
  `,
  [MoneyAmount],
);

export type OfferData = ResultOf<typeof OfferFields>;

/** What the offers panel shows of a quote request: each vendor's share and offers, and the totals at the offered prices. */
export const QuoteRequestOffersFields = graphql(
  `
    fragment QuoteRequestOffersFields on QuoteRequest {
      id
      parts {
        status
        declineReason
        vendor {
          id
          slug
          name
        }
      }
      offers {
        ...OfferFields
      }
      offeredEstimate {
        vatRate
        monthlyTotal {
          ...MoneyAmount
        }
        oneTimeTotal {
          ...MoneyAmount
        }
        firstYearTotal {
          ...MoneyAmount
        }
        vat {
          ...MoneyAmount
        }
        totalWithVat {
          ...MoneyAmount
        }
        oneTimeVat {
          ...MoneyAmount
        }
        oneTimeTotalWithVat {
          ...MoneyAmount
        }
        firstYearVat {
          ...MoneyAmount
        }
        firstYearTotalWithVat {
          ...MoneyAmount
        }
        listMonthlyTotal {
          ...MoneyAmount
        }
        listOneTimeTotal {
          ...MoneyAmount
        }
        listFirstYearTotal {
          ...MoneyAmount
        }
      }
    }
  `,
  [OfferFields, MoneyAmount],
);

export type OfferedEstimateData = ResultOf<typeof QuoteRequestOffersFields>['offeredEstimate'];
