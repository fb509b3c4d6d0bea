import { blueprintSeeds } from './blueprints.ts';
import { categorySeeds } from './categories.ts';
import { attestationSeeds, frameworkSeeds } from './compliance.ts';
import { iaasOfferings } from './offerings-iaas.ts';
import { paasOfferings } from './offerings-paas.ts';
import { saasOfferings } from './offerings-saas.ts';
import { securityOfferings } from './offerings-security.ts';
import { softwareOfferings } from './offerings-software.ts';
import type { AttestationSeed, BlueprintSeed, CategorySeed, FrameworkSeed, OfferingSeed, VendorSeed } from './types.ts';
import { vendorSeeds } from './vendors.ts';

export type * from './types.ts';

export interface CatalogSeed {
  categories: CategorySeed[];
  vendors: VendorSeed[];
  offerings: OfferingSeed[];
  frameworks: FrameworkSeed[];
  attestations: AttestationSeed[];
  /** the use cases staff curate, inserted only where their slug is missing */
  blueprints: BlueprintSeed[];
}

/** The whole seed catalog: Vietnam's domestic cloud ecosystem, with a few foreign clouds for contrast. */
export const catalogSeed: CatalogSeed = {
  categories: categorySeeds,
  vendors: vendorSeeds,
  offerings: [...iaasOfferings, ...paasOfferings, ...saasOfferings, ...securityOfferings, ...softwareOfferings],
  frameworks: frameworkSeeds,
  attestations: attestationSeeds,
  blueprints: blueprintSeeds,
};
