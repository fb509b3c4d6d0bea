// The second site the builder adds in one click: what it reads of a line, the catalogue query, the choice.
import type { Client } from 'urql';
import { graphql, type ResultOf } from '../../graphql.ts';

/** What the builder reads of a line for its redundancy group and second site. */
export const SecondSiteLineFields = graphql(`
  fragment SecondSiteLine on StackLine @_unmask {
    redundancyGroup
    plan {
      id
      unit
    }
    offering {
      id
      name
      nameEn
      kind
      category {
        slug
      }
      dataCenters {
        id
        city
      }
    }
  }
`);

export type SecondSiteLine = ResultOf<typeof SecondSiteLineFields>;

/** A line that runs a service (not paid once, not self-installed software) in known data centers. */
export const runsInDataCenters = (line: SecondSiteLine) => line.plan.unit !== 'ONE_TIME' && line.offering.kind !== 'SOFTWARE' && line.offering.dataCenters.length > 0;

const SecondSiteQuery = graphql(`
  query SecondSite($category: String!) {
    offerings(first: 100, filter: { categories: [$category], dataInVietnam: true }, sort: PRICE_ASC) {
      nodes {
        id
        name
        nameEn
        status
        vendor {
          id
        }
        dataCenters {
          id
          city
        }
        lowestMonthlyPrice {
          amount
        }
        plans {
          id
          unit
          monthlyPrice {
            amount
          }
        }
      }
    }
  }
`);

type Candidate = ResultOf<typeof SecondSiteQuery>['offerings']['nodes'][number];

const unitClass = (unit: string) => (unit === 'HOUR' ? 'MONTH' : unit);

/**
 * The second site for a line: among published offerings of its category that keep data in Vietnam and have
 * a data center in a city the line has none in, those of the stack's vendors first, then the cheapest; its
 * cheapest recurring plan, one billed like the line's where it has one.
 */
export function pickSecondSite(
  line: SecondSiteLine,
  candidates: readonly Candidate[],
  stackVendorIds: ReadonlySet<string>,
): { offering: Candidate; planId: string; cities: string[] } | null {
  const cities = new Set(line.offering.dataCenters.map((dc) => dc.city));
  const price = (offering: Candidate) => BigInt(offering.lowestMonthlyPrice!.amount);
  const fits = candidates.filter(
    (offering) =>
      offering.id !== line.offering.id &&
      offering.status === 'PUBLISHED' &&
      offering.lowestMonthlyPrice !== null &&
      offering.dataCenters.some((dc) => !cities.has(dc.city)),
  );
  const [best] = [...fits].sort(
    (a, b) => Number(stackVendorIds.has(b.vendor.id)) - Number(stackVendorIds.has(a.vendor.id)) || (price(a) < price(b) ? -1 : price(a) > price(b) ? 1 : 0),
  );
  if (!best) return null;
  const recurring = best.plans.filter((plan) => plan.unit !== 'ONE_TIME');
  const alike = recurring.filter((plan) => unitClass(plan.unit) === unitClass(line.plan.unit));
  const [plan] = [...(alike.length > 0 ? alike : recurring)].sort((a, b) => (BigInt(a.monthlyPrice.amount) < BigInt(b.monthlyPrice.amount) ? -1 : 1));
  if (!plan) return null;
  const all = [...new Set([...line.offering.dataCenters.map((dc) => dc.city), ...best.dataCenters.map((dc) => dc.city)])];
  return { offering: best, planId: plan.id, cities: all };
}

/** Asks the catalogue for the line's second site; undefined when the API could not answer. */
export async function findSecondSite(client: Client, line: SecondSiteLine, stackVendorIds: ReadonlySet<string>) {
  const result = await client.query(SecondSiteQuery, { category: line.offering.category.slug }, { requestPolicy: 'network-only' }).toPromise();
  if (!result.data) return undefined;
  return pickSecondSite(line, result.data.offerings.nodes, stackVendorIds);
}
