import { graphql, readFragment, type FragmentOf, type ResultOf } from '../../graphql.ts';

/** A category as the report names it, and the kind it counts under. */
const ReportCategoryFields = graphql(`
  fragment ReportCategory on Category @_unmask {
    slug
    name
    nameEn
    kind
  }
`);

export const ReportPartsFields = graphql(
  `
    fragment ReportParts on EcosystemReport {
      vendorsByKind {
        key
        detail
        count
      }
      offeringsByKind {
        key
        count
      }
      offeringsByCategory {
        category {
          ...ReportCategory
        }
        count
      }
      dataCentersByCity {
        key
        detail
        count
      }
      dataCentersByTier {
        key
        count
      }
      publishedOfferings
      offeringsInVietnam
      shareInVietnam
      verifiedPlatforms
      priceRanges {
        category {
          ...ReportCategory
        }
        offerings
        min {
          amount
        }
        median {
          amount
        }
        max {
          amount
        }
      }
      quoteRequestsByCategory {
        category {
          ...ReportCategory
        }
        count
      }
      offersByStatus {
        key
        count
      }
    }
  `,
  [ReportCategoryFields],
);

/** The report's figures, as each section reads them. */
export type ReportData = ResultOf<typeof ReportPartsFields>;

/** Whether the catalog has anything at all to report. */
export function reportIsEmpty(data: FragmentOf<typeof ReportPartsFields>): boolean {
  const report = readFragment(ReportPartsFields, data);
  return report.vendorsByKind.length === 0 && report.publishedOfferings === 0;
}

/** One row per vendor kind, domestic and foreign side by side. */
export function vendorCounts(report: ReportData): { kind: string; domestic: number; foreign: number }[] {
  return [...new Set(report.vendorsByKind.map((row) => row.key))].map((kind) => {
    const of = (detail: string) => report.vendorsByKind.find((row) => row.key === kind && row.detail === detail)?.count ?? 0;
    return { kind, domestic: of('DOMESTIC'), foreign: of('FOREIGN') };
  });
}
