import {
  monthlyPriceOf,
  slugify,
  type ListingPlanContent,
  type OfferingFacts,
  type OfferingRow,
  type PlanRow,
  type RequirementRow,
  type RevisionRow,
  type VendorRow,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { connectionResolvers } from '../../graphql/connections.ts';
import { vnd } from '../../graphql/money.ts';
import type { Resolvers } from '../../graphql/resolvers.generated.ts';
import { seesPrivateSide } from './loaders.ts';
import { addPlan, retirePlan, updatePlan } from './plan-edits.ts';
import { approveOffering, rejectOffering } from './review.ts';
import { createOffering, importOfferings } from './import.ts';
import {
  archiveOffering,
  claimAttestation,
  myOffering,
  myOfferings,
  submitOffering,
  submitOfferings,
  updateOffering,
  withdrawOffering,
} from './service.ts';

type PlanDraft = ListingPlanContent & { offeringId: string };

async function listingOf(ctx: Context, offering: OfferingFacts) {
  return 'version' in offering ? (offering as OfferingRow & { version: number; rejectionReason: string | null; externalId?: string | null }) : ctx.loaders.listings.listing.load(offering.id);
}

function present<T>(values: (T | null | Error)[]): T[] {
  return values.filter((value): value is T => value !== null && !(value instanceof Error));
}

export const listingResolvers: Resolvers = {
  Query: {
    myOfferings: (_: unknown, args, ctx: Context) => myOfferings(ctx, args),
    myOffering: (_: unknown, args, ctx: Context) => myOffering(ctx, args.id),
  },
  Mutation: {
    createOffering: (_: unknown, args, ctx: Context) => createOffering(ctx, args.input),
    updateOffering: (_: unknown, args, ctx: Context) => updateOffering(ctx, args.input),
    submitOffering: (_: unknown, args, ctx: Context) => submitOffering(ctx, args.id),
    submitOfferings: (_: unknown, args, ctx: Context) => submitOfferings(ctx, args.ids),
    withdrawOffering: (_: unknown, args, ctx: Context) => withdrawOffering(ctx, args.id),
    archiveOffering: (_: unknown, args, ctx: Context) => archiveOffering(ctx, args.id),
    approveOffering: (_: unknown, args, ctx: Context) => approveOffering(ctx, args.id),
    rejectOffering: (_: unknown, args, ctx: Context) => rejectOffering(ctx, args.id, args.reason),
    importOfferings: (_: unknown, args, ctx: Context) =>
      importOfferings(ctx, args.input),
    claimAttestation: (_: unknown, args, ctx: Context) => claimAttestation(ctx, args.input),
    addPlan: (_: unknown, args, ctx: Context) => addPlan(ctx, args.input),
    updatePlan: (_: unknown, args, ctx: Context) => updatePlan(ctx, args.input),
    retirePlan: (_: unknown, args, ctx: Context) => retirePlan(ctx, args.input),
  },
  Offering: {
    version: async (offering: OfferingFacts, _: unknown, ctx: Context) => (await listingOf(ctx, offering))!.version,
    rejectionReason: async (offering: OfferingFacts, _: unknown, ctx: Context) =>
      seesPrivateSide(ctx, offering.vendorId) ? ((await listingOf(ctx, offering))?.rejectionReason ?? null) : null,
    externalId: async (offering: OfferingFacts, _: unknown, ctx: Context) =>
      seesPrivateSide(ctx, offering.vendorId) ? ((await listingOf(ctx, offering))?.externalId ?? null) : null,
    pendingRevision: (offering: OfferingFacts, _: unknown, ctx: Context) =>
      seesPrivateSide(ctx, offering.vendorId) && offering.status === 'PUBLISHED' ? ctx.loaders.listings.revision.load(offering.id) : null,
  },
  Plan: {
    // A plan's listing may be one the public does not see: the caller's own draft, or an archived
    // listing still named by a saved stack. Whoever reached the plan may see its listing.
    offering: async (plan: Omit<PlanRow, 'specs'>, _: unknown, ctx: Context) =>
      (await ctx.loaders.catalog.offering.load(plan.offeringId)) ?? (await ctx.loaders.listings.listing.load(plan.offeringId))!,
    externalId: async (plan: Omit<PlanRow, 'specs'>, _: unknown, ctx: Context) => {
      const listing = await ctx.loaders.listings.listing.load(plan.offeringId);
      return listing && seesPrivateSide(ctx, listing.vendorId) ? ctx.loaders.listings.planExternalId.load(plan.id) : null;
    },
  },
  OfferingRevision: {
    name: (revision: RevisionRow) => revision.content.name,
    nameEn: (revision: RevisionRow) => revision.content.nameEn,
    summary: (revision: RevisionRow) => revision.content.summary,
    summaryEn: (revision: RevisionRow) => revision.content.summaryEn,
    description: (revision: RevisionRow) => revision.content.description,
    descriptionEn: (revision: RevisionRow) => revision.content.descriptionEn,
    slaAvailability: (revision: RevisionRow) => revision.content.slaAvailability,
    dataCenters: async (revision: RevisionRow, _: unknown, ctx: Context) => present(await ctx.loaders.catalog.dataCenter.loadMany(revision.content.dataCenterIds)),
    plans: (revision: RevisionRow): PlanDraft[] => revision.content.plans.map((plan) => ({ ...plan, offeringId: revision.offeringId })),
    requirements: (revision: RevisionRow, _: unknown, ctx: Context) =>
      Promise.all(
        revision.content.requirements.map(
          async (requirement, position): Promise<RequirementRow> => ({
            id: `${revision.id}:${position}`,
            offeringId: revision.offeringId,
            description: requirement.description,
            descriptionEn: requirement.descriptionEn,
            categoryIds: requirement.categoryIds,
            vendors: present<VendorRow>(await ctx.loaders.catalog.vendor.loadMany(requirement.vendorIds)),
          }),
        ),
      ),
  },
  PlanDraft: {
    price: (plan: PlanDraft) => vnd(plan.price),
    monthlyPrice: (plan: PlanDraft) => vnd(monthlyPriceOf(plan)),
    externalId: (plan: PlanDraft) => plan.externalId ?? null,
    // As approval will match it: on its externalId first, then on its name.
    plan: async (plan: PlanDraft, _: unknown, ctx: Context) => {
      const rows = await ctx.loaders.catalog.plansOfOffering.load(plan.offeringId);
      const externalIds = plan.externalId ? await ctx.loaders.listings.planExternalId.loadMany(rows.map((row) => row.id)) : [];
      const byExternalId = rows.find((_row, index) => externalIds[index] === plan.externalId);
      return byExternalId ?? rows.find((row) => slugify(row.name) === plan.slug) ?? null;
    },
  },
  ListingConnection: connectionResolvers,
};
