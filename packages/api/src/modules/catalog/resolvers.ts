import {
  frameworksWithVerifiedAttestations,
  offeringWithRelationsBySlug,
  offeringsBySlugs,
  vendorBySlug,
  type CategoryRow,
  type DataCenterRow,
  type OfferingFacts,
  type OfferingRow,
  type OfferingTexts,
  type PlanRow,
  type RequirementRow,
  type VendorRow,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { connectionResolvers } from '../../graphql/connections.ts';
import { badUserInput } from '../../graphql/errors.ts';
import { toGlobalId } from '../../graphql/ids.ts';
import type { OfferingConnectionParent } from '../../graphql/resolver-parents.ts';
import type { Resolvers } from '../../graphql/resolvers.generated.ts';
import { vnd } from '../../graphql/money.ts';
import { seesPrivateSide } from '../listings/loaders.ts';
import { shapeFacets } from './facets.ts';
import { primeOffering, type AttestationWithFramework } from './loaders.ts';
import { selectedOfferingRelations } from './offering-page.ts';
import {
  searchOfferingConnection,
  vendorConnection,
  vendorOfferingConnection,
  type OfferingConnection,
} from './service.ts';

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const row = await value;
  if (row === null) throw new Error(`${what} is missing: the catalog is inconsistent.`);
  return row;
}

/** A text of an offering, loaded when its row was read without texts (OfferingFacts). */
function offeringText<K extends keyof OfferingTexts>(offering: OfferingRow | OfferingFacts, key: K, ctx: Context): OfferingTexts[K] | Promise<OfferingTexts[K]> {
  if (key in offering) return (offering as OfferingRow)[key];
  return required(ctx.loaders.catalog.offeringTexts.load(offering.id), 'An offering').then((texts) => texts[key]);
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

/** The search behind a page of offerings: Query.offerings is one; a vendor's page opens its own on asking. */
function searched(connection: OfferingConnectionParent): OfferingConnection {
  return 'catalogSearch' in connection ? connection.catalogSearch() : connection;
}

export const catalogResolvers: Resolvers = {
  Query: {
    vendors: (_: unknown, { kind, first, after }, ctx: Context) =>
      vendorConnection(ctx.database.db, { kind, first, after }),
    vendor: async (_: unknown, args, ctx: Context) => {
      const vendor = await vendorBySlug(ctx.database.db, args.slug);
      if (vendor) ctx.loaders.catalog.vendor.prime(vendor.id, vendor);
      return vendor;
    },
    offerings: (_: unknown, { first, after, query, filter, sort }, ctx: Context) =>
      searchOfferingConnection(ctx.database.db, { first, after, query, filter, sort }, ctx.loaders.catalog),
    // The offering page in one statement: the relations the query selects come along and prime the loaders.
    offering: async (_: unknown, args, ctx: Context, info) => {
      const found = await offeringWithRelationsBySlug(ctx.database.db, args.slug, selectedOfferingRelations(info));
      if (!found) return null;
      primeOffering(ctx.loaders.catalog, found.offering, found.related);
      return found.offering;
    },
    offeringsBySlugs: async (_: unknown, args, ctx: Context) => {
      if (args.slugs.length > maxComparedOfferings) {
        throw badUserInput(`Ask for at most ${maxComparedOfferings} offerings at once; got ${args.slugs.length}.`, {
          reason: 'TOO_MANY_OFFERINGS',
          field: ['slugs'],
        });
      }
      const rows = await offeringsBySlugs(ctx.database.db, args.slugs);
      return args.slugs.map((slug) => rows.find((row) => row.slug === slug) ?? null);
    },
    categories: async (_: unknown, args, ctx: Context) => {
      const categories = await ctx.loaders.catalog.categories();
      return args.kind ? categories.filter((category) => category.kind === args.kind) : categories;
    },
    complianceFrameworks: (_: unknown, args, ctx: Context) =>
      args.verifiedOnly ? frameworksWithVerifiedAttestations(ctx.database.db) : ctx.loaders.catalog.frameworks(),
  },
  Vendor: {
    id: (vendor: VendorRow) => toGlobalId('Vendor', vendor.id),
    website: (vendor: VendorRow) => vendor.website,
    dataCenters: (vendor: VendorRow, _: unknown, ctx: Context) => ctx.loaders.catalog.dataCentersOfVendor.get(vendor.id),
    offerings: (vendor: VendorRow, { first, after }, ctx: Context) =>
      vendorOfferingConnection(ctx.loaders.catalog, vendor.id, { first, after }, () =>
        searchOfferingConnection(ctx.database.db, { first, after, filter: { vendors: [vendor.slug] }, sort: 'NAME' }, ctx.loaders.catalog),
      ),
    attestations: (vendor: VendorRow, _: unknown, ctx: Context) => ctx.loaders.catalog.attestationsOfVendor.get(vendor.id),
  },
  DataCenter: {
    id: (dc: DataCenterRow) => toGlobalId('DataCenter', dc.id),
    inVietnam: (dc: DataCenterRow) => dc.countryCode === 'VN',
    vendor: (dc: DataCenterRow, _: unknown, ctx: Context) =>
      ctx.loaders.catalog.vendor.peek(dc.vendorId) ?? required(ctx.loaders.catalog.vendor.load(dc.vendorId), 'A data center vendor'),
  },
  Offering: {
    id: (offering: OfferingFacts) => toGlobalId('Offering', offering.id),
    summary: (offering: OfferingFacts, _: unknown, ctx: Context) => offeringText(offering, 'summary', ctx),
    summaryEn: (offering: OfferingFacts, _: unknown, ctx: Context) => offeringText(offering, 'summaryEn', ctx),
    description: (offering: OfferingFacts, _: unknown, ctx: Context) => offeringText(offering, 'description', ctx),
    descriptionEn: (offering: OfferingFacts, _: unknown, ctx: Context) => offeringText(offering, 'descriptionEn', ctx),
    category: (offering: OfferingFacts, _: unknown, ctx: Context) =>
      ctx.loaders.catalog.categoryById.peek(offering.categoryId) ?? required(ctx.loaders.catalog.categoryById.load(offering.categoryId), 'An offering category'),
    vendor: (offering: OfferingFacts, _: unknown, ctx: Context) =>
      ctx.loaders.catalog.vendor.peek(offering.vendorId) ?? required(ctx.loaders.catalog.vendor.load(offering.vendorId), 'An offering vendor'),
    plans: (offering: OfferingFacts, _: unknown, ctx: Context) => ctx.loaders.catalog.plansOfOffering.get(offering.id),
    lowestMonthlyPrice: (offering: OfferingFacts) => (offering.minMonthlyPrice === null ? null : vnd(offering.minMonthlyPrice)),
    lowestPrice: (offering: OfferingFacts) => {
      const amount = offering.priceUnit === 'ONE_TIME' ? offering.minOneTimePrice : offering.minMonthlyPrice;
      return offering.priceUnit === null || amount === null ? null : { price: vnd(amount), unit: offering.priceUnit };
    },
    dataCenters: (offering: OfferingFacts, _: unknown, ctx: Context) => ctx.loaders.catalog.dataCentersOfOffering.get(offering.id),
    requirements: (offering: OfferingFacts, _: unknown, ctx: Context) => ctx.loaders.catalog.requirementsOfOffering.get(offering.id),
    attestations: (offering: OfferingFacts, _: unknown, ctx: Context) => ctx.loaders.catalog.attestationsOfOffering.get(offering.id),
  },
  Plan: {
    id: (plan: Omit<PlanRow, 'specs'>) => toGlobalId('Plan', plan.id),
    offering: (plan: Omit<PlanRow, 'specs'>, _: unknown, ctx: Context) => required(ctx.loaders.catalog.offering.load(plan.offeringId), 'A plan offering'),
    price: (plan: Omit<PlanRow, 'specs'>) => vnd(plan.price),
    monthlyPrice: (plan: Omit<PlanRow, 'specs'>) => vnd(plan.monthlyPrice),
    specs: (plan: PlanRow | Omit<PlanRow, 'specs'>, _: unknown, ctx: Context) => ('specs' in plan ? plan.specs : ctx.loaders.catalog.specsOfPlan.load(plan.id)),
  },
  Requirement: {
    categories: (requirement: RequirementRow, _: unknown, ctx: Context) => {
      const held = requirement.categoryIds.map((id) => ctx.loaders.catalog.categoryById.peek(id));
      if (held.every((category) => category !== undefined)) return held;
      return ctx.loaders.catalog.categoryById
        .loadMany(requirement.categoryIds)
        .then((categories) => categories.filter((category): category is CategoryRow => category !== null && !(category instanceof Error)));
    },
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
    facets: async (parent) => {
      const c = searched(parent);
      return shapeFacets(await c.facets(), c.search.filter);
    },
    countBefore: (parent) => searched(parent).countBefore(),
    pageCursors: (parent, args) => searched(parent).pageCursors(args.around),
  },
};
