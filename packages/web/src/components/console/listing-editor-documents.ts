// The listing editor's GraphQL documents: the listing as the editor shows it, the form's choices, and the
// mutations, which all answer with the listing as it now is (ConsoleListingPayload).
import { graphql, type FragmentOf, type ResultOf } from '../../graphql.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';
import { PlanPriceFields } from '../offering/offering-fields.ts';

export const DataCenterOptionFields = graphql(`
  fragment ConsoleDataCenterOption on DataCenter {
    id
    name
    city
    countryCode
    tier
  }
`);

export type DataCenterOption = FragmentOf<typeof DataCenterOptionFields>;

/** What the form offers to choose from (OptionsQuery): categories, and the data centers a listing may name. */
export interface ListingFormOptions {
  categories: readonly { slug: string; name: string; nameEn: string; kind: string }[];
  vendorName: string;
  ownDataCenters: readonly DataCenterOption[];
  providers: readonly { id: string; name: string; dataCenters: readonly DataCenterOption[] }[];
}

export const EditorFields = graphql(
  `
  fragment ConsoleListingEditor on Offering {
    id
    slug
    name
    nameEn
    summary
    summaryEn
    description
    descriptionEn
    kind
    slaAvailability
    status
    version
    rejectionReason
    updatedAt
    category {
      slug
      name
      nameEn
      kind
    }
    dataCenters {
      id
      city
      name
    }
    plans {
      ...PlanPrice
      specs {
        key
        value
      }
    }
    pendingRevision {
      status
      rejectionReason
      updatedAt
      name
      nameEn
      summary
      summaryEn
      description
      descriptionEn
      slaAvailability
      dataCenters {
        id
        city
        name
      }
      plans {
        name
        nameEn
        unit
        price {
          amount
        }
        specs {
          key
          value
        }
        plan {
          id
        }
      }
    }
  }
`,
  [PlanPriceFields],
);

export type Listing = ResultOf<typeof EditorFields>;

export const EditorQuery = graphql(
  `
    query ConsoleListingEditor($id: ID!) {
      myOffering(id: $id) {
        id
        ...ConsoleListingEditor
      }
    }
  `,
  [EditorFields],
);

export const OptionsQuery = graphql(
  `
    query ConsoleListingOptions {
      categories {
        slug
        name
        nameEn
        kind
      }
      viewer {
        organization {
          id
          vendor {
            id
            name
            dataCenters {
              id
              ...ConsoleDataCenterOption
            }
          }
        }
      }
      vendors(kind: CLOUD_PROVIDER, first: 100) {
        nodes {
          id
          name
          dataCenters {
            id
            ...ConsoleDataCenterOption
          }
        }
      }
    }
  `,
  [DataCenterOptionFields],
);

/** What every listing mutation answers; each selects it under the alias `payload`, so one reader serves them all. */
export const ListingPayloadFields = graphql(
  `
    fragment ConsoleListingPayload on OfferingPayload @_unmask {
      offering {
        id
        ...ConsoleListingEditor
      }
      userErrors {
        ...UserErrorFields
      }
    }
  `,
  [EditorFields, UserErrorFields],
);

export const CreateMutation = graphql(
  `
    mutation ConsoleCreateListing($input: CreateOfferingInput!) {
      payload: createOffering(input: $input) {
        ...ConsoleListingPayload
      }
    }
  `,
  [ListingPayloadFields],
);

export const UpdateMutation = graphql(
  `
    mutation ConsoleUpdateListing($input: UpdateOfferingInput!) {
      payload: updateOffering(input: $input) {
        ...ConsoleListingPayload
      }
    }
  `,
  [ListingPayloadFields],
);

/** One plan's price, alone: the other plans and this one's specs stay as they are. */
export const UpdatePlanMutation = graphql(
  `
    mutation ConsoleUpdatePlan($input: UpdatePlanInput!) {
      payload: updatePlan(input: $input) {
        ...ConsoleListingPayload
      }
    }
  `,
  [ListingPayloadFields],
);

/** The lifecycle's actions, by name: each takes the listing's id. */
export const ActionMutations = {
  submit: graphql(`mutation ConsoleSubmitListing($id: ID!) { payload: submitOffering(id: $id) { ...ConsoleListingPayload } }`, [ListingPayloadFields]),
  withdraw: graphql(`mutation ConsoleWithdrawListing($id: ID!) { payload: withdrawOffering(id: $id) { ...ConsoleListingPayload } }`, [ListingPayloadFields]),
  archive: graphql(`mutation ConsoleArchiveListing($id: ID!) { payload: archiveOffering(id: $id) { ...ConsoleListingPayload } }`, [ListingPayloadFields]),
};

export type ListingAction = keyof typeof ActionMutations;
