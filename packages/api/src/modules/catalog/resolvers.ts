import {
  frameworksWithVerifiedAttestations,
  offeringBySlug,
  offeringsBySlugs,
  vendorBySlug,
  type DataCenterRow,
  type OfferingKind,
  type OfferingFacts,
  type OfferingRow,
  type OfferingTexts,
  type PlanRow,
  type RequirementRow,
  type VendorKind,
  type VendorRow,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { connectionResolvers } from '../../graphql/connections.ts';
import { badUserInput } from '../../graphql/errors.ts';
import { toGlobalId } from '../../graphql/ids.ts';
import { vnd } from '../../graphql/money.ts';
import { seesPrivateSide } from '../listings/loaders.ts';
import type { AttestationWithFramework } from './loaders.ts';
import {
  searchOfferingConnection,
  shapeFacets,
  vendorConnection,
  vendorOfferingConnection,
  type OfferingConnection,
  type OfferingsArgs,
} from './service.ts';

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const row = await value;
  if (row === null) throw new Error(`${what} is missing: the catalog is inconsistent.`);
  return row;
}

/** A text of an offering, loaded when its row was read without texts (OfferingFacts). */
function offeringText<K extends keyof OfferingTexts>(offering: OfferingRow | OfferingFacts, key: K, ctx: Context): OfferingTexts[K] | Promise<OfferingTexts[K]> {
  if (key in offering) return (offering as OfferingRow)[key];
  return required(ctx.loaders.offeringTexts.load(offering.id), 'An offering').then((texts) => texts[key]);
}

/** Offerings compared side by side at most. */
const maxComparedOfferings = 4;

/**
 * Criteria met per group as staff verified them: recorded per group, or every group in full when all the
 * framework's criteria were met (the groups divide them). Claims and refusals meet nothing.
 */
function criteriaMetByGroup(attestation: AttestationWithFramework) {
  if (attestation.status !== 'VERIFIED' && attestation.status !== 'EXPIRED') return [];
  const { groups, criteriaCount } = attestation.framework;
  const recorded = attestation.criteriaByGroup;
  if (recorded) return groups.filter((group) => recorded[group.code] !== undefined).map((group) => ({ group, met: recorded[group.code]! }));
  return attestation.criteriaMet === criteriaCount ? groups.map((group) => ({ group, met: group.criteriaCount })) : [];
}

export const catalogResolvers = {
  Query: {
    vendors: (_: unknown, args: { kind?: VendorKind | null; first?: number | null; after?: string | null }, ctx: Context) =>
      vendorConnection(ctx.database.db, args),
    vendor: async (_: unknown, args: { slug: string }, ctx: Context) => {
      const vendor = await vendorBySlug(ctx.database.db, args.slug);
      if (vendor) ctx.loaders.vendor.prime(vendor.id, vendor);
      return vendor;
    },
    offerings: (_: unknown, args: OfferingsArgs, ctx: Context) => searchOfferingConnection(ctx.database.db, args, ctx.catalog),
    offering: (_: unknown, args: { slug: string }, ctx: Context) => offeringBySlug(ctx.database.db, args.slug),
    offeringsBySlugs: async (_: unknown, args: { slugs: string[] }, ctx: Context) => {
      if (args.slugs.length > maxComparedOfferings) {
        throw badUserInput(`Ask for at most ${maxComparedOfferings} offerings at once; got ${args.slugs.length}.`, {
          reason: 'TOO_MANY_OFFERINGS',
          field: ['slugs'],
        });
      }
      const rows = await offeringsBySlugs(ctx.database.db, args.slugs);
      return args.slugs.map((slug) => rows.find((row) => row.slug === slug) ?? null);
    },
    categories: async (_: unknown, args: { kind?: OfferingKind | null }, ctx: Context) => {
      const categories = await ctx.loaders.categories();
      return args.kind ? categories.filter((category) => category.kind === args.kind) : categories;
    },
    complianceFrameworks: (_: unknown, args: { verifiedOnly?: boolean | null }, ctx: Context) =>
      args.verifiedOnly ? frameworksWithVerifiedAttestations(ctx.database.db) : ctx.loaders.frameworks(),
  },
  Vendor: {
    id: (vendor: VendorRow) => toGlobalId('Vendor', vendor.id),
    website: (vendor: VendorRow) => vendor.website,
    dataCenters: (vendor: VendorRow, _: unknown, ctx: Context) => ctx.loaders.dataCentersOfVendor.load(vendor.id),
    offerings: (vendor: VendorRow, args: { first?: number | null; after?: string | null }, ctx: Context) =>
      vendorOfferingConnection(ctx.loaders, vendor.id, args),
    attestations: (vendor: VendorRow, _: unknown, ctx: Context) => ctx.loaders.attestationsOfVendor.load(vendor.id),
  },
  DataCenter: {
    id: (dc: DataCenterRow) => toGlobalId('DataCenter', dc.id),
    inVietnam: (dc: DataCenterRow) => dc.countryCode === 'VN',
    vendor: (dc: DataCenterRow, _: unknown, ctx: Context) => required(ctx.loaders.vendor.load(dc.vendorId), 'A data center vendor'),
  },
  Offering: {
    id: (offering: OfferingRow) => toGlobalId('Offering', offering.id),
    summary: (offering: OfferingRow | OfferingFacts, _: unknown, ctx: Context) => offeringText(offering, 'summary', ctx),
    summaryEn: (offering: OfferingRow | OfferingFacts, _: unknown, ctx: Context) => offeringText(offering, 'summaryEn', ctx),
    description: (offering: OfferingRow | OfferingFacts, _: unknown, ctx: Context) => offeringText(offering, 'description', ctx),
    descriptionEn: (offering: OfferingRow | OfferingFacts, _: unknown, ctx: Context) => offeringText(offering, 'descriptionEn', ctx),
    category: (offering: OfferingRow, _: unknown, ctx: Context) =>
      required(ctx.loaders.categoryById.load(offering.categoryId), 'An offering category'),
    vendor: (offering: OfferingRow, _: unknown, ctx: Context) =>
      ctx.loaders.vendor.peek(offering.vendorId) ?? required(ctx.loaders.vendor.load(offering.vendorId), 'An offering vendor'),
    plans: (offering: OfferingRow, _: unknown, ctx: Context) => ctx.loaders.plansOfOffering.load(offering.id),
    lowestMonthlyPrice: (offering: OfferingRow) => (offering.minMonthlyPrice === null ? null : vnd(offering.minMonthlyPrice)),
    lowestPrice: (offering: OfferingRow | OfferingFacts) => {
      const amount = offering.priceUnit === 'ONE_TIME' ? offering.minOneTimePrice : offering.minMonthlyPrice;
      return offering.priceUnit === null || amount === null ? null : { price: vnd(amount), unit: offering.priceUnit };
    },
    dataCenters: (offering: OfferingRow, _: unknown, ctx: Context) => ctx.loaders.dataCentersOfOffering.load(offering.id),
    requirements: (offering: OfferingRow, _: unknown, ctx: Context) => ctx.loaders.requirementsOfOffering.load(offering.id),
    attestations: (offering: OfferingRow, _: unknown, ctx: Context) => ctx.loaders.attestationsOfOffering.load(offering.id),
  },
  Plan: {
    id: (plan: PlanRow) => toGlobalId('Plan', plan.id),
    offering: (plan: PlanRow, _: unknown, ctx: Context) => required(ctx.loaders.offering.load(plan.offeringId), 'A plan offering'),
    price: (plan: PlanRow) => vnd(plan.price),
    monthlyPrice: (plan: PlanRow) => vnd(plan.monthlyPrice),
    specs: (plan: PlanRow | Omit<PlanRow, 'specs'>, _: unknown, ctx: Context) => ('specs' in plan ? plan.specs : ctx.loaders.specsOfPlan.load(plan.id)),
  },
  Requirement: {
    categories: async (requirement: RequirementRow, _: unknown, ctx: Context) =>
      (await ctx.loaders.categoryById.loadMany(requirement.categoryIds)).filter(
        (category): category is NonNullable<typeof category> => category !== null && !(category instanceof Error),
      ),
    vendors: (requirement: RequirementRow) => requirement.vendors,
  },
  ComplianceAttestation: {
    id: (attestation: AttestationWithFramework) => toGlobalId('Attestation', attestation.id),
    framework: (attestation: AttestationWithFramework) => attestation.framework,
    criteriaMetByGroup: (attestation: AttestationWithFramework) => criteriaMetByGroup(attestation),
    decisionReason: (attestation: AttestationWithFramework, _: unknown, ctx: Context) =>
      seesPrivateSide(ctx, attestation.holderVendorId) ? attestation.decisionReason : null,
  },
  VendorConnection: connectionResolvers,
  OfferingConnection: {
    ...connectionResolvers,
    facets: async (c: OfferingConnection) => shapeFacets(await c.facets(), c.search.filter),
    countBefore: (c: OfferingConnection) => c.countBefore(),
    pageCursors: (c: OfferingConnection, args: { around?: number | null }) => c.pageCursors(args.around),
  },
};
