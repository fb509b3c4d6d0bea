// Fields several components select from an offering or a plan, to show and link it. Unmasked: whoever
// spreads one reads its fields as its own.
import { graphql } from '../../graphql.ts';

/** An offering's names and its vendor's, to name and link both. */
export const OfferingLinkFields = graphql(`
  fragment OfferingLink on Offering @_unmask {
    id
    slug
    name
    nameEn
    vendor {
      id
      slug
      name
    }
  }
`);

/** What the offering page and the comparison state about an offering: kind, category, SLA, where its data stays. */
export const OfferingFactsFields = graphql(
  `
    fragment OfferingFacts on Offering @_unmask {
      ...OfferingLink
      kind
      slaAvailability
      dataInVietnam
      category {
        slug
        name
        nameEn
      }
    }
  `,
  [OfferingLinkFields],
);

/** A plan's names and its price in its own unit. */
export const PlanPriceFields = graphql(`
  fragment PlanPrice on Plan @_unmask {
    id
    name
    nameEn
    unit
    price {
      amount
    }
  }
`);
