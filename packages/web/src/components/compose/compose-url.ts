// The composer's request lives in the address: a link reproduces the needs and constraints composed for,
// reloading composes them again and Back returns to the previous request. Pure functions, so they can be
// tested without a browser.

export const STACK_LAYERS = ['SECURITY', 'BACKUP', 'MONITORING'] as const;
export type StackLayerValue = (typeof STACK_LAYERS)[number];

export const MIC_FRAMEWORK_CODE = 'MIC-CLOUD-153';
/** The API's bounds (ComposeStackInput). */
export const MAX_NEED_QUANTITY = 1_000_000;
export const MAX_VENDORS = 50;
export const MAX_NEEDS = 20;

/** A need: a category's slug and how many of its usual unit. */
export interface NeedValue {
  category: string;
  quantity: number;
}

export interface ConstraintsValue {
  dataInVietnam: boolean;
  domesticOnly: boolean;
  /** a framework code every line must hold VERIFIED */
  framework: string | null;
  /** percent, as written in the address, e.g. "99.9" */
  minAvailability: string | null;
  /** whole VND, before VAT */
  maxMonthlyTotal: number | null;
  maxFirstYearTotal: number | null;
  /** vendor slugs */
  excludeVendors: string[];
  requireSecondSite: boolean;
  maxVendors: number | null;
  omitLayers: StackLayerValue[];
}

export interface ComposeState {
  /** the blueprint the needs come from */
  blueprint: string | null;
  /** the needs as edited; null: the blueprint's, as staff wrote them */
  needs: NeedValue[] | null;
  constraints: ConstraintsValue;
}

export const NO_CONSTRAINTS: ConstraintsValue = {
  dataInVietnam: false,
  domesticOnly: false,
  framework: null,
  minAvailability: null,
  maxMonthlyTotal: null,
  maxFirstYearTotal: null,
  excludeVendors: [],
  requireSecondSite: false,
  maxVendors: null,
  omitLayers: [],
};

export const EMPTY_COMPOSE_STATE: ComposeState = { blueprint: null, needs: null, constraints: NO_CONSTRAINTS };

const PARAM = {
  blueprint: 'blueprint',
  needs: 'need',
  dataInVietnam: 'vn',
  domesticOnly: 'domestic',
  framework: 'cert',
  minAvailability: 'sla',
  maxMonthlyTotal: 'max',
  maxFirstYearTotal: 'max-year',
  excludeVendors: 'exclude',
  requireSecondSite: 'second-site',
  maxVendors: 'vendors',
  omitLayers: 'omit',
} as const;

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,79})$/;

function parseSlug(raw: string | null): string | null {
  const slug = raw?.trim() ?? '';
  return SLUG.test(slug) ? slug : null;
}

/** A whole number within bounds written in digits, else null. */
function parseWhole(raw: string | null, min: number, max: number): number | null {
  if (raw === null || !/^\d{1,15}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

/** "compute:4" → { category: 'compute', quantity: 4 } */
function parseNeed(raw: string): NeedValue | null {
  const [category, quantity, extra] = raw.split(':');
  const slug = parseSlug(category ?? null);
  const count = parseWhole(quantity ?? null, 1, MAX_NEED_QUANTITY);
  return slug !== null && count !== null && extra === undefined ? { category: slug, quantity: count } : null;
}

/** A percentage above 0 and at most 100 with up to three decimals, e.g. "99.95"; else null. */
export function parsePercent(raw: string | null): string | null {
  const text = raw?.trim() ?? '';
  if (!/^\d{1,3}(\.\d{1,3})?$/.test(text)) return null;
  const value = Number(text);
  return value > 0 && value <= 100 ? text : null;
}

/** An amount of VND as a buyer types it ("4.200.000", "4 200 000 ₫", "4200000"): a positive whole number, else null. */
export function parseVnd(text: string): number | null {
  const digits = text.replace(/[\s.,₫]|đ|VND/gi, '');
  if (!/^\d{1,15}$/.test(digits)) return null;
  const value = Number(digits);
  return value > 0 ? value : null;
}

function parseFramework(raw: string | null): string | null {
  const code = raw?.trim() ?? '';
  return /^[A-Za-z0-9][A-Za-z0-9.-]{0,99}$/.test(code) ? code : null;
}

const distinct = <T>(values: T[]): T[] => [...new Set(values)];

/** Adds up the quantities of a category asked twice (as the API does), keeping the first one's place. */
export function mergeNeeds(needs: readonly NeedValue[]): NeedValue[] {
  const merged = new Map<string, number>();
  for (const need of needs) merged.set(need.category, Math.min(MAX_NEED_QUANTITY, (merged.get(need.category) ?? 0) + need.quantity));
  return [...merged].map(([category, quantity]) => ({ category, quantity }));
}

export function parseComposeSearch(params: URLSearchParams): ComposeState {
  const needParams = params.getAll(PARAM.needs);
  const needs = mergeNeeds(needParams.map(parseNeed).filter((need): need is NeedValue => need !== null)).slice(0, MAX_NEEDS);
  return {
    blueprint: parseSlug(params.get(PARAM.blueprint)),
    needs: needs.length > 0 ? needs : null,
    constraints: {
      dataInVietnam: params.get(PARAM.dataInVietnam) === '1',
      domesticOnly: params.get(PARAM.domesticOnly) === '1',
      framework: parseFramework(params.get(PARAM.framework)),
      minAvailability: parsePercent(params.get(PARAM.minAvailability)),
      maxMonthlyTotal: parseWhole(params.get(PARAM.maxMonthlyTotal), 1, Number.MAX_SAFE_INTEGER),
      maxFirstYearTotal: parseWhole(params.get(PARAM.maxFirstYearTotal), 1, Number.MAX_SAFE_INTEGER),
      excludeVendors: distinct(params.getAll(PARAM.excludeVendors).map(parseSlug).filter((slug): slug is string => slug !== null)),
      requireSecondSite: params.get(PARAM.requireSecondSite) === '1',
      maxVendors: parseWhole(params.get(PARAM.maxVendors), 1, MAX_VENDORS),
      omitLayers: STACK_LAYERS.filter((layer) => params.getAll(PARAM.omitLayers).includes(layer.toLowerCase())),
    },
  };
}

/** The address's query string for a request, in a stable order, leaving defaults out. */
export function serializeComposeState(state: ComposeState): URLSearchParams {
  const params = new URLSearchParams();
  const c = state.constraints;
  if (state.blueprint !== null) params.set(PARAM.blueprint, state.blueprint);
  for (const need of state.needs ?? []) params.append(PARAM.needs, `${need.category}:${need.quantity}`);
  if (c.dataInVietnam) params.set(PARAM.dataInVietnam, '1');
  if (c.domesticOnly) params.set(PARAM.domesticOnly, '1');
  if (c.framework !== null) params.set(PARAM.framework, c.framework);
  if (c.minAvailability !== null) params.set(PARAM.minAvailability, c.minAvailability);
  if (c.maxMonthlyTotal !== null) params.set(PARAM.maxMonthlyTotal, String(c.maxMonthlyTotal));
  if (c.maxFirstYearTotal !== null) params.set(PARAM.maxFirstYearTotal, String(c.maxFirstYearTotal));
  for (const vendor of [...c.excludeVendors].sort()) params.append(PARAM.excludeVendors, vendor);
  if (c.requireSecondSite) params.set(PARAM.requireSecondSite, '1');
  if (c.maxVendors !== null) params.set(PARAM.maxVendors, String(c.maxVendors));
  for (const layer of STACK_LAYERS) if (c.omitLayers.includes(layer)) params.append(PARAM.omitLayers, layer.toLowerCase());
  return params;
}

/** The composer's address for a request. */
export function composePath(state: ComposeState): string {
  const search = serializeComposeState(state).toString();
  return search ? `/compose?${search}` : '/compose';
}

/** Whether a request has needs to compose for: a blueprint as it is, or needs of its own. */
export function isComposable(state: ComposeState): boolean {
  return state.needs === null ? state.blueprint !== null : state.needs.length > 0;
}

/** The needs a blueprint's own are when nothing was edited: the request keeps none of its own. */
export function withNeeds(state: ComposeState, needs: NeedValue[], blueprintNeeds: readonly NeedValue[] | null): ComposeState {
  const same =
    blueprintNeeds !== null &&
    needs.length === blueprintNeeds.length &&
    needs.every((need, index) => need.category === blueprintNeeds[index]!.category && need.quantity === blueprintNeeds[index]!.quantity);
  return { ...state, needs: same ? null : needs };
}

export interface ComposeVariables {
  input: {
    blueprintSlug: string | null;
    needs: { categorySlug: string; quantity: number }[] | null;
    constraints: {
      dataInVietnam: boolean | null;
      domesticOnly: boolean | null;
      verifiedFramework: string | null;
      minAvailability: string | null;
      maxMonthlyTotal: string | null;
      maxFirstYearTotal: string | null;
      excludeVendors: string[] | null;
      requireSecondSite: boolean | null;
      maxVendors: number | null;
      omitLayers: StackLayerValue[] | null;
    };
  };
}

/**
 * The `composeStack` query's variables: the blueprint's needs as staff wrote them, or the needs as edited
 * alone (the API would add them to the blueprint's).
 */
export function toComposeVariables(state: ComposeState): ComposeVariables {
  const c = state.constraints;
  return {
    input: {
      blueprintSlug: state.needs === null ? state.blueprint : null,
      needs: state.needs === null ? null : state.needs.map((need) => ({ categorySlug: need.category, quantity: need.quantity })),
      constraints: {
        dataInVietnam: c.dataInVietnam || null,
        domesticOnly: c.domesticOnly || null,
        verifiedFramework: c.framework,
        minAvailability: c.minAvailability,
        maxMonthlyTotal: c.maxMonthlyTotal === null ? null : String(c.maxMonthlyTotal),
        maxFirstYearTotal: c.maxFirstYearTotal === null ? null : String(c.maxFirstYearTotal),
        excludeVendors: c.excludeVendors.length > 0 ? [...c.excludeVendors].sort() : null,
        requireSecondSite: c.requireSecondSite || null,
        maxVendors: c.maxVendors,
        omitLayers: c.omitLayers.length > 0 ? STACK_LAYERS.filter((layer) => c.omitLayers.includes(layer)) : null,
      },
    },
  };
}

/** A constraint a blocker names (CompositionConstraint), NEED and COMBINATION included. */
export type BlockingConstraint =
  | 'NEED'
  | 'DATA_IN_VIETNAM'
  | 'DOMESTIC_ONLY'
  | 'VERIFIED_FRAMEWORK'
  | 'MIN_AVAILABILITY'
  | 'MAX_MONTHLY_TOTAL'
  | 'MAX_FIRST_YEAR_TOTAL'
  | 'EXCLUDE_VENDORS'
  | 'REQUIRE_SECOND_SITE'
  | 'MAX_VENDORS'
  | 'LAYERS'
  | 'COMBINATION';

const RELAXED: Record<Exclude<BlockingConstraint, 'NEED' | 'COMBINATION'>, Partial<ConstraintsValue>> = {
  DATA_IN_VIETNAM: { dataInVietnam: false },
  DOMESTIC_ONLY: { domesticOnly: false },
  VERIFIED_FRAMEWORK: { framework: null },
  MIN_AVAILABILITY: { minAvailability: null },
  MAX_MONTHLY_TOTAL: { maxMonthlyTotal: null },
  MAX_FIRST_YEAR_TOTAL: { maxFirstYearTotal: null },
  EXCLUDE_VENDORS: { excludeVendors: [] },
  REQUIRE_SECOND_SITE: { requireSecondSite: false },
  MAX_VENDORS: { maxVendors: null },
  LAYERS: { omitLayers: [...STACK_LAYERS] },
};

/**
 * The request with a blocking constraint relaxed, as the blocker's figures were worked out; null for a need
 * nothing serves (there is nothing to relax). COMBINATION relaxes every constraint, the layers included.
 */
export function relaxConstraint(state: ComposeState, constraint: BlockingConstraint): ComposeState | null {
  if (constraint === 'NEED') return null;
  if (constraint === 'COMBINATION') return { ...state, constraints: { ...NO_CONSTRAINTS, ...RELAXED.LAYERS } };
  return { ...state, constraints: { ...state.constraints, ...RELAXED[constraint] } };
}
