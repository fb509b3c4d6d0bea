import { expect } from 'vitest';
import type { TestServer } from './server.ts';

export interface PlanInfo {
  id: string;
  name: string;
  monthlyPrice: string;
  offeringId: string;
  vendorId: string;
}

/** The plans of offerings by slug, cheapest first, as the public API lists them. */
export async function plansOf(server: TestServer, ...slugs: string[]): Promise<Record<string, PlanInfo[]>> {
  const result: Record<string, PlanInfo[]> = {};
  for (const slug of slugs) {
    const response = await server.gql(
      `query($slug: String!) { offering(slug: $slug) { id vendor { id } plans { id name monthlyPrice { amount } } } }`,
      { slug },
    );
    expect(response.errors).toBeUndefined();
    const offering = response.data.offering;
    expect(offering, `offering ${slug} is published`).not.toBeNull();
    result[slug] = offering.plans.map((plan: { id: string; name: string; monthlyPrice: { amount: string } }) => ({
      id: plan.id,
      name: plan.name,
      monthlyPrice: plan.monthlyPrice.amount,
      offeringId: offering.id,
      vendorId: offering.vendor.id,
    }));
  }
  return result;
}

/** The first (cheapest) plan of each offering. */
export async function firstPlans(server: TestServer, ...slugs: string[]): Promise<Record<string, PlanInfo>> {
  const plans = await plansOf(server, ...slugs);
  return Object.fromEntries(slugs.map((slug) => [slug, plans[slug]![0]!]));
}

export const evaluationFields = `
  monthlyTotal { amount currencyCode }
  vatRate
  vat { amount }
  totalWithVat { amount }
  compositeAvailability
  dataInVietnam
  errorCount
  vendors { id name }
  vendorSubtotals { vendor { id name } monthlyCost { amount } }
  micCoverage { framework { code } offerings { slug } coveredMonthlyCost { amount } share }
  issues { code severity message messageEn offerings { slug } suggestions { slug summaryEn vendor { slug } lowestMonthlyPrice { amount } } }
  lines {
    quantity
    available
    micVerified
    priceChanged
    plan { id name specs { key value } }
    offering { slug status summary description }
    monthlyPrice { amount }
    monthlyCost { amount }
    savedMonthlyPrice { amount }
    dataOutsideVietnam { city countryCode }
  }`;

export const evaluateQuery = `query($items: [StackItemInput!]!) { evaluateStack(items: $items) { ${evaluationFields} } }`;

export const saveMutation = `mutation($input: SaveStackInput!) {
  saveStack(input: $input) {
    stack { id name createdAt sharePath savedMonthlyTotal { amount } priceChanged evaluation { ${evaluationFields} } }
    userErrors { field message code }
  }
}`;
