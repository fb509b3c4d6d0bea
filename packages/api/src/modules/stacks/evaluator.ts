// The stack evaluator: pure domain logic, no I/O. Given the lines of a stack and the catalog facts they
// refer to, it prices the stack in whole VND (BigInt, never floating point) and finds what is wrong with
// it. The API loads the facts; this module only decides.

export type Severity = 'ERROR' | 'WARNING' | 'INFO';

/** Stable issue codes; documented in the schema. */
export type IssueCode =
  | 'OFFERING_UNAVAILABLE'
  | 'PLAN_UNAVAILABLE'
  | 'UNMET_REQUIREMENT'
  | 'DATA_OUTSIDE_VIETNAM'
  | 'DATA_LOCATION_UNKNOWN'
  | 'SINGLE_DATA_CENTER'
  | 'MISSING_SECURITY'
  | 'MISSING_BACKUP'
  | 'MISSING_MONITORING';

export interface DataCenterFact {
  id: string;
  city: string;
  countryCode: string;
}

export interface RequirementFact {
  /** what satisfies it, in Vietnamese */
  description: string;
  /** the same in English */
  descriptionEn: string;
  categoryIds: number[];
  /** empty: any vendor */
  vendorIds: string[];
  /** it names a category software is installed on (compute, Kubernetes): the line that meets it hosts the software */
  hosting: boolean;
}

export interface OfferingFact {
  id: string;
  name: string;
  /** null: the English messages use `name` */
  nameEn: string | null;
  kind: 'IAAS' | 'PAAS' | 'SAAS' | 'SECURITY' | 'SOFTWARE';
  categoryId: number;
  categorySlug: string;
  vendorId: string;
  published: boolean;
  /** percent as a decimal string, e.g. "99.98" */
  slaAvailability: string | null;
  dataCenters: DataCenterFact[];
  requirements: RequirementFact[];
  /** the offering or its vendor holds a VERIFIED, unexpired MIC attestation */
  micVerified: boolean;
}

export interface LineInput {
  planId: string;
  planName: string;
  /** null: the English messages use `planName` */
  planNameEn: string | null;
  /** an edit of the listing dropped this plan */
  planRetired: boolean;
  /** whole VND for one unit for one month; 0 for a one-time plan */
  monthlyPrice: bigint;
  /** whole VND for one unit, paid once; 0 for a recurring plan */
  oneTimePrice: bigint;
  /** the plan is paid once (ONE_TIME): a service bought this way does not run (a licence of software does, on its host) */
  oneTime: boolean;
  quantity: number;
  offering: OfferingFact;
}

/**
 * A published offering that could fix an issue, with its cheapest monthly price (null when it has no
 * recurring plan) and what the evaluator checks before suggesting it.
 */
export interface Candidate {
  offeringId: string;
  vendorId: string;
  categoryId: number;
  categorySlug: string;
  kind: OfferingFact['kind'];
  lowestMonthlyPrice: bigint | null;
  /** it lists data centers and all of them are in Vietnam */
  dataInVietnam: boolean;
  /** the cities of its data centers */
  cities: string[];
  /** what it needs from the rest of the stack */
  requirements: Pick<RequirementFact, 'categoryIds' | 'vendorIds'>[];
}

export interface EvaluationOptions {
  /** VAT in basis points: 1000 = 10% */
  vatBasisPoints: number;
  /** categories whose production workloads want a second site */
  secondSiteCategories: ReadonlySet<string>;
  /** the category of disaster recovery: a second site for the lines it covers */
  recoveryCategory: string;
  /** categories self-installed software runs on, when its listing states no hosting requirement */
  hostingCategories: ReadonlySet<string>;
  securityKinds: ReadonlySet<string>;
  backupCategories: ReadonlySet<string>;
  monitoringCategories: ReadonlySet<string>;
}

export const defaultEvaluationOptions: EvaluationOptions = {
  vatBasisPoints: 1000,
  secondSiteCategories: new Set(['compute', 'managed-database', 'kubernetes']),
  recoveryCategory: 'disaster-recovery',
  hostingCategories: new Set(['compute', 'kubernetes']),
  securityKinds: new Set(['SECURITY']),
  backupCategories: new Set(['backup', 'disaster-recovery']),
  monitoringCategories: new Set(['monitoring', 'soc']),
};

export interface StackIssue {
  code: IssueCode;
  severity: Severity;
  /** Vietnamese */
  message: string;
  messageEn: string;
  offeringIds: string[];
  /** up to three published offerings that would fix it, the stack's vendors first, then cheapest */
  suggestionIds: string[];
}

export interface PricedLine {
  planId: string;
  offeringId: string;
  vendorId: string;
  quantity: number;
  monthlyCost: bigint;
  oneTimeCost: bigint;
  /** where the line keeps data outside Vietnam (self-installed software: where the line it runs on does) */
  dataOutside: DataCenterFact[];
}

export interface Evaluation {
  lines: PricedLine[];
  monthlyTotal: bigint;
  vat: bigint;
  totalWithVat: bigint;
  oneTimeTotal: bigint;
  /** VAT on the one-time total, rounded half up */
  oneTimeVat: bigint;
  /** 12 × monthlyTotal + oneTimeTotal */
  firstYearTotal: bigint;
  /** 12 × vat + oneTimeVat: the first year's VAT as the buyer pays it, month by month and once */
  firstYearVat: bigint;
  vendorSubtotals: { vendorId: string; monthlyCost: bigint; oneTimeCost: bigint }[];
  dataInVietnam: boolean;
  /**
   * percent, 4 decimals, e.g. "99.9600": the product of the SLAs of the offerings that run a service; null
   * when none of them states one
   */
  compositeAvailability: string | null;
  /** lines whose vendor or offering holds a verified MIC attestation */
  micCoveredOfferingIds: string[];
  /** share of the monthly total covered by those lines, percent with 2 decimals */
  micCoveredShare: string;
  issues: StackIssue[];
}

const slaScale = 1000n;

/** "99.98" → 99980 (thousandths of a percent); exact, no floating point. */
function slaThousandths(value: string): bigint {
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole!) * slaScale + BigInt((fraction + '000').slice(0, 3));
}

/** numerator / denominator as a decimal string with `places` decimals, rounded half up. */
function decimal(numerator: bigint, denominator: bigint, places: number): string {
  const scale = 10n ** BigInt(places);
  const scaled = (numerator * scale * 2n + denominator) / (denominator * 2n);
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(places, '0');
  return places > 0 ? `${whole}.${fraction}` : `${whole}`;
}

/** The availability of services in series: the product of the SLAs they state (none stated: null). */
export function compositeAvailability(slas: (string | null)[]): string | null {
  const stated = slas.filter((sla): sla is string => sla !== null);
  if (stated.length === 0) return null;
  let numerator = 1n;
  let denominator = 1n;
  for (const sla of stated) {
    numerator *= slaThousandths(sla);
    denominator *= 100n * slaScale;
  }
  return decimal(numerator * 100n, denominator, 4);
}

type Needs = Pick<RequirementFact, 'categoryIds' | 'vendorIds'>;

/** An offering as the English messages name it: by its English name where it has one. */
const english = (offering: Pick<OfferingFact, 'name' | 'nameEn'>) => offering.nameEn ?? offering.name;

/** The layers a stack should have: a running line of one of these kinds or categories provides each. */
function layersOf(options: EvaluationOptions) {
  const none: ReadonlySet<string> = new Set();
  return [
    {
      code: 'MISSING_SECURITY' as const,
      message: 'Bộ giải pháp chưa có dịch vụ bảo mật (WAF, chống DDoS, SOC…).',
      messageEn: 'The stack has no security offering (WAF, DDoS protection, SOC…).',
      kinds: options.securityKinds,
      categories: none,
    },
    {
      code: 'MISSING_BACKUP' as const,
      message: 'Bộ giải pháp chưa có sao lưu hay khôi phục thảm họa.',
      messageEn: 'The stack has no backup or disaster recovery.',
      kinds: none,
      categories: options.backupCategories,
    },
    {
      code: 'MISSING_MONITORING' as const,
      message: 'Bộ giải pháp chưa có giám sát.',
      messageEn: 'The stack has no monitoring.',
      kinds: none,
      categories: options.monitoringCategories,
    },
  ];
}

/** What the facts must look up for the evaluator to suggest fixes of missing layers and single data centers. */
export function fixRules(options: EvaluationOptions): {
  layers: { kinds: string[]; categories: string[] }[];
  secondSiteCategories: string[];
  recoveryCategory: string;
} {
  return {
    layers: layersOf(options).map((layer) => ({ kinds: [...layer.kinds], categories: [...layer.categories] })),
    secondSiteCategories: [...options.secondSiteCategories],
    recoveryCategory: options.recoveryCategory,
  };
}

function satisfies(requirement: Needs, categoryId: number, vendorId: string): boolean {
  return requirement.categoryIds.includes(categoryId) && (requirement.vendorIds.length === 0 || requirement.vendorIds.includes(vendorId));
}

/** Stack's vendors first, then the cheapest monthly price (none last), then id; each offering once, at most three. */
function bestThree(candidates: Candidate[], stackVendors: ReadonlySet<string>): string[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      Number(stackVendors.has(b.vendorId)) - Number(stackVendors.has(a.vendorId)) ||
      (a.lowestMonthlyPrice === null ? 1 : 0) - (b.lowestMonthlyPrice === null ? 1 : 0) ||
      (a.lowestMonthlyPrice !== null && b.lowestMonthlyPrice !== null ? Number(a.lowestMonthlyPrice - b.lowestMonthlyPrice) : 0) ||
      a.offeringId.localeCompare(b.offeringId),
  );
  return [...new Set(sorted.map((candidate) => candidate.offeringId))].slice(0, 3);
}

export function evaluateStack(
  lines: LineInput[],
  candidates: Candidate[],
  options: EvaluationOptions = defaultEvaluationOptions,
): Evaluation {
  const issues: StackIssue[] = [];
  const monthlyCosts = lines.map((line) => line.monthlyPrice * BigInt(line.quantity));
  const oneTimeCosts = lines.map((line) => line.oneTimePrice * BigInt(line.quantity));
  const monthlyTotal = monthlyCosts.reduce((sum, cost) => sum + cost, 0n);
  const oneTimeTotal = oneTimeCosts.reduce((sum, cost) => sum + cost, 0n);
  const vatOf = (amount: bigint) => (amount * BigInt(options.vatBasisPoints) * 2n + 10000n) / 20000n;
  const vat = vatOf(monthlyTotal);
  const oneTimeVat = vatOf(oneTimeTotal);

  const subtotals = new Map<string, { monthlyCost: bigint; oneTimeCost: bigint }>();
  lines.forEach((line, index) => {
    const subtotal = subtotals.get(line.offering.vendorId) ?? { monthlyCost: 0n, oneTimeCost: 0n };
    subtotals.set(line.offering.vendorId, {
      monthlyCost: subtotal.monthlyCost + monthlyCosts[index]!,
      oneTimeCost: subtotal.oneTimeCost + oneTimeCosts[index]!,
    });
  });
  const stackVendors = new Set(subtotals.keys());

  // Each offering once, in the order it first appears: an offering's issues do not repeat per plan.
  const offerings = [...new Map(lines.map((line) => [line.offering.id, line.offering])).values()];
  // Offerings that run a service: a line of a recurring plan. A one-time service (an assessment, a setup)
  // does not run; self-installed software runs on another line (its host), never as a service of its own.
  const running = new Set(lines.filter((line) => !line.oneTime && line.offering.kind !== 'SOFTWARE').map((line) => line.offering.id));
  const services = offerings.filter((o) => running.has(o.id));
  const metByStack = (requirement: Needs, exceptId: string) =>
    offerings.some((other) => other.id !== exceptId && other.published && satisfies(requirement, other.categoryId, other.vendorId));

  // The line self-installed software runs on: the first running line that meets one of its hosting
  // requirements (a listing that states none runs on any compute or Kubernetes line).
  const hostOf = (software: OfferingFact): OfferingFact | null => {
    const hosting = software.requirements.filter((r) => r.hosting);
    return (
      services.find(
        (o) =>
          o.published &&
          (hosting.length > 0 ? hosting.some((r) => satisfies(r, o.categoryId, o.vendorId)) : options.hostingCategories.has(o.categorySlug)),
      ) ?? null
    );
  };
  const hosts = new Map(offerings.filter((o) => o.kind === 'SOFTWARE').map((o) => [o.id, hostOf(o)]));

  /** Where a line keeps data; null when unknown. Software keeps it on its host; a one-time service naming no data center keeps none. */
  const locationOf = (line: LineInput): DataCenterFact[] | null => {
    if (line.offering.kind === 'SOFTWARE') return hosts.get(line.offering.id)?.dataCenters ?? null;
    if (line.offering.dataCenters.length > 0) return line.offering.dataCenters;
    return line.oneTime ? [] : null;
  };
  const locations = lines.map(locationOf);
  const dataInVietnam = locations.every((places) => places !== null && places.every((dc) => dc.countryCode === 'VN'));

  const priced: PricedLine[] = lines.map((line, index) => ({
    planId: line.planId,
    offeringId: line.offering.id,
    vendorId: line.offering.vendorId,
    quantity: line.quantity,
    monthlyCost: monthlyCosts[index]!,
    oneTimeCost: oneTimeCosts[index]!,
    dataOutside: (locations[index] ?? []).filter((dc) => dc.countryCode !== 'VN'),
  }));

  for (const offering of offerings.filter((o) => !o.published)) {
    issues.push({
      code: 'OFFERING_UNAVAILABLE',
      severity: 'ERROR',
      message: `«${offering.name}» không còn được cung cấp trên sàn; hãy thay bằng một dịch vụ khác.`,
      messageEn: `${english(offering)} is no longer offered in the catalog; replace it.`,
      offeringIds: [offering.id],
      suggestionIds: [],
    });
  }

  for (const line of lines.filter((l) => l.planRetired && l.offering.published)) {
    issues.push({
      code: 'PLAN_UNAVAILABLE',
      severity: 'ERROR',
      message: `«${line.offering.name}» không còn gói «${line.planName}»; hãy chọn một gói khác của dịch vụ.`,
      messageEn: `${english(line.offering)} no longer offers the plan ${line.planNameEn ?? line.planName}; choose another of its plans.`,
      offeringIds: [line.offering.id],
      suggestionIds: [],
    });
  }

  for (const offering of offerings) {
    const homeless = offering.kind === 'SOFTWARE' && hosts.get(offering.id) === null;
    for (const requirement of offering.requirements) {
      if (metByStack(requirement, offering.id)) continue;
      const suggestions = candidates.filter(
        (candidate) => candidate.offeringId !== offering.id && satisfies(requirement, candidate.categoryId, candidate.vendorId),
      );
      const unknown = homeless && requirement.hosting;
      issues.push({
        code: 'UNMET_REQUIREMENT',
        severity: 'ERROR',
        message:
          `Yêu cầu của «${offering.name}» chưa được đáp ứng: ${requirement.description}.` +
          (unknown ? ` Khi «${offering.name}» chưa chạy trên một dòng nào của bộ giải pháp, chưa biết dữ liệu nằm ở đâu và độ sẵn sàng bao nhiêu.` : ''),
        messageEn:
          `A requirement of ${english(offering)} is not met: ${requirement.descriptionEn}.` +
          (unknown ? ` Until ${english(offering)} runs on a line of the stack, where it keeps data and how available it is are unknown.` : ''),
        offeringIds: [offering.id],
        suggestionIds: bestThree(suggestions, stackVendors),
      });
    }
  }

  // A line that names no data center cannot promise its data stays at home. Software without a host is
  // said by its unmet hosting requirement when it has one, here otherwise.
  for (const offering of offerings) {
    const unknown = lines.some((line, index) => line.offering.id === offering.id && locations[index] === null);
    if (!unknown) continue;
    if (offering.kind === 'SOFTWARE') {
      if (offering.requirements.some((r) => r.hosting && !metByStack(r, offering.id))) continue;
      issues.push({
        code: 'DATA_LOCATION_UNKNOWN',
        severity: 'WARNING',
        message: `«${offering.name}» được cài trên máy chủ của chính bộ giải pháp, nhưng bộ giải pháp chưa có máy chủ ảo hay Kubernetes nào để chạy nó: chưa biết dữ liệu nằm ở đâu.`,
        messageEn: `${english(offering)} is installed on the stack’s own servers, but the stack has no compute or Kubernetes line to run it: where it keeps data is unknown.`,
        offeringIds: [offering.id],
        suggestionIds: [],
      });
    } else {
      issues.push({
        code: 'DATA_LOCATION_UNKNOWN',
        severity: 'WARNING',
        message: `«${offering.name}» không cho biết dữ liệu được lưu ở trung tâm dữ liệu nào.`,
        messageEn: `${english(offering)} does not say in which data centers it keeps data.`,
        offeringIds: [offering.id],
        suggestionIds: [],
      });
    }
  }
  for (const offering of offerings.filter((o) => o.kind !== 'SOFTWARE')) {
    const abroad = offering.dataCenters.filter((dc) => dc.countryCode !== 'VN');
    if (abroad.length === 0) continue;
    const places = [...new Set(abroad.map((dc) => `${dc.city} (${dc.countryCode})`))].join(', ');
    issues.push({
      code: 'DATA_OUTSIDE_VIETNAM',
      severity: 'WARNING',
      message: `«${offering.name}» lưu dữ liệu ngoài Việt Nam: ${places}.`,
      messageEn: `${english(offering)} keeps data outside Vietnam: ${places}.`,
      offeringIds: [offering.id],
      suggestionIds: [],
    });
  }

  // A fix must not create another problem: it keeps data in Vietnam, runs (has a recurring plan) and
  // finds what it needs in the stack.
  const fits = (candidate: Candidate) =>
    candidate.dataInVietnam &&
    candidate.lowestMonthlyPrice !== null &&
    candidate.requirements.every((requirement) => metByStack(requirement, candidate.offeringId));
  // A second site for an offering in one city: the same category with a data center in another city, or
  // disaster recovery in another city that covers it (it states no requirement, or the offering meets one).
  const secondSiteFor = (offering: OfferingFact, other: { categoryId: number; categorySlug: string; cities: string[]; requirements: Needs[] }) =>
    other.cities.some((city) => city !== offering.dataCenters[0]!.city) &&
    (other.categoryId === offering.categoryId ||
      (other.categorySlug === options.recoveryCategory &&
        (other.requirements.length === 0 || other.requirements.some((r) => satisfies(r, offering.categoryId, offering.vendorId)))));

  for (const offering of services) {
    if (!options.secondSiteCategories.has(offering.categorySlug) || offering.dataCenters.length !== 1) continue;
    const covered = services.some(
      (other) => other.id !== offering.id && other.published && secondSiteFor(offering, { ...other, cities: other.dataCenters.map((dc) => dc.city) }),
    );
    if (covered) continue;
    issues.push({
      code: 'SINGLE_DATA_CENTER',
      severity: 'WARNING',
      message: `«${offering.name}» chỉ chạy ở một trung tâm dữ liệu: một sự cố lớn ở đó làm dừng dịch vụ. Có trung tâm dữ liệu thứ hai và sao lưu, 70–80% dịch vụ khôi phục được ngay.`,
      messageEn: `${english(offering)} runs in one data center: a major incident there stops it. With a second site and backup, 70–80% of services recover at once.`,
      offeringIds: [offering.id],
      suggestionIds: bestThree(
        candidates.filter((candidate) => candidate.offeringId !== offering.id && fits(candidate) && secondSiteFor(offering, candidate)),
        stackVendors,
      ),
    });
  }

  if (offerings.length > 0) {
    for (const layer of layersOf(options)) {
      const provides = (o: { kind: string; categorySlug: string }) => layer.kinds.has(o.kind) || layer.categories.has(o.categorySlug);
      if (services.some(provides)) continue;
      issues.push({
        code: layer.code,
        severity: 'WARNING',
        message: layer.message,
        messageEn: layer.messageEn,
        offeringIds: [],
        suggestionIds: bestThree(candidates.filter((candidate) => provides(candidate) && fits(candidate)), stackVendors),
      });
    }
  }

  const covered = priced.filter((line, index) => lines[index]!.offering.micVerified);
  const coveredCost = covered.reduce((sum, line) => sum + line.monthlyCost, 0n);

  return {
    lines: priced,
    monthlyTotal,
    vat,
    totalWithVat: monthlyTotal + vat,
    oneTimeTotal,
    oneTimeVat,
    firstYearTotal: 12n * monthlyTotal + oneTimeTotal,
    firstYearVat: 12n * vat + oneTimeVat,
    vendorSubtotals: [...subtotals].map(([vendorId, subtotal]) => ({ vendorId, ...subtotal })),
    dataInVietnam,
    compositeAvailability: compositeAvailability(services.map((o) => o.slaAvailability)),
    micCoveredOfferingIds: [...new Set(covered.map((line) => line.offeringId))],
    micCoveredShare: monthlyTotal === 0n ? '0.00' : decimal(coveredCost * 100n, monthlyTotal, 2),
    issues,
  };
}
