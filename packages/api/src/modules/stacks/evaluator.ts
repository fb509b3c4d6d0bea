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
}

export interface OfferingFact {
  id: string;
  name: string;
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
  /** an edit of the listing dropped this plan */
  planRetired: boolean;
  /** whole VND for one unit for one month; 0 for a one-time plan */
  monthlyPrice: bigint;
  /** whole VND for one unit, paid once; 0 for a recurring plan */
  oneTimePrice: bigint;
  quantity: number;
  offering: OfferingFact;
}

/** A published offering that could fill a requirement, with its cheapest monthly price. */
export interface Candidate {
  offeringId: string;
  vendorId: string;
  categoryId: number;
  lowestMonthlyPrice: bigint | null;
}

export interface EvaluationOptions {
  /** VAT in basis points: 1000 = 10% */
  vatBasisPoints: number;
  /** categories whose production workloads want a second site */
  secondSiteCategories: ReadonlySet<string>;
  securityKinds: ReadonlySet<string>;
  backupCategories: ReadonlySet<string>;
  monitoringCategories: ReadonlySet<string>;
}

export const defaultEvaluationOptions: EvaluationOptions = {
  vatBasisPoints: 1000,
  secondSiteCategories: new Set(['compute', 'managed-database', 'kubernetes']),
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
  /** UNMET_REQUIREMENT: offerings that would satisfy it, cheapest first, stack's vendors first */
  suggestionIds: string[];
}

export interface PricedLine {
  planId: string;
  offeringId: string;
  vendorId: string;
  quantity: number;
  monthlyCost: bigint;
  oneTimeCost: bigint;
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
  /** percent, 4 decimals, e.g. "99.9600"; null when a line has no SLA */
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

/** The availability of lines in series: the product of their SLAs. */
export function compositeAvailability(slas: (string | null)[]): string | null {
  if (slas.length === 0 || slas.some((sla) => sla === null)) return null;
  let numerator = 1n;
  let denominator = 1n;
  for (const sla of slas as string[]) {
    numerator *= slaThousandths(sla);
    denominator *= 100n * slaScale;
  }
  return decimal(numerator * 100n, denominator, 4);
}

function satisfies(requirement: RequirementFact, categoryId: number, vendorId: string): boolean {
  return requirement.categoryIds.includes(categoryId) && (requirement.vendorIds.length === 0 || requirement.vendorIds.includes(vendorId));
}

export function evaluateStack(
  lines: LineInput[],
  candidates: Candidate[],
  options: EvaluationOptions = defaultEvaluationOptions,
): Evaluation {
  const issues: StackIssue[] = [];
  const priced: PricedLine[] = lines.map((line) => ({
    planId: line.planId,
    offeringId: line.offering.id,
    vendorId: line.offering.vendorId,
    quantity: line.quantity,
    monthlyCost: line.monthlyPrice * BigInt(line.quantity),
    oneTimeCost: line.oneTimePrice * BigInt(line.quantity),
    dataOutside: line.offering.dataCenters.filter((dc) => dc.countryCode !== 'VN'),
  }));
  const monthlyTotal = priced.reduce((sum, line) => sum + line.monthlyCost, 0n);
  const oneTimeTotal = priced.reduce((sum, line) => sum + line.oneTimeCost, 0n);
  const vatOf = (amount: bigint) => (amount * BigInt(options.vatBasisPoints) * 2n + 10000n) / 20000n;
  const vat = vatOf(monthlyTotal);
  const oneTimeVat = vatOf(oneTimeTotal);

  const subtotals = new Map<string, { monthlyCost: bigint; oneTimeCost: bigint }>();
  for (const line of priced) {
    const subtotal = subtotals.get(line.vendorId) ?? { monthlyCost: 0n, oneTimeCost: 0n };
    subtotals.set(line.vendorId, { monthlyCost: subtotal.monthlyCost + line.monthlyCost, oneTimeCost: subtotal.oneTimeCost + line.oneTimeCost });
  }
  const stackVendors = new Set(subtotals.keys());

  const offerings = lines.map((line) => line.offering);
  for (const offering of offerings.filter((o) => !o.published)) {
    issues.push({
      code: 'OFFERING_UNAVAILABLE',
      severity: 'ERROR',
      message: `«${offering.name}» không còn được cung cấp trên sàn; hãy thay bằng một dịch vụ khác.`,
      messageEn: `${offering.name} is no longer offered in the catalog; replace it.`,
      offeringIds: [offering.id],
      suggestionIds: [],
    });
  }

  for (const line of lines.filter((l) => l.planRetired && l.offering.published)) {
    issues.push({
      code: 'PLAN_UNAVAILABLE',
      severity: 'ERROR',
      message: `«${line.offering.name}» không còn gói «${line.planName}»; hãy chọn một gói khác của dịch vụ.`,
      messageEn: `${line.offering.name} no longer offers the plan ${line.planName}; choose another of its plans.`,
      offeringIds: [line.offering.id],
      suggestionIds: [],
    });
  }

  for (const offering of offerings) {
    for (const requirement of offering.requirements) {
      const met = offerings.some((other) => other.id !== offering.id && other.published && satisfies(requirement, other.categoryId, other.vendorId));
      if (met) continue;
      const suggestions = candidates
        .filter((candidate) => candidate.offeringId !== offering.id && satisfies(requirement, candidate.categoryId, candidate.vendorId))
        .sort(
          (a, b) =>
            Number(stackVendors.has(b.vendorId)) - Number(stackVendors.has(a.vendorId)) ||
            (a.lowestMonthlyPrice === null ? 1 : 0) - (b.lowestMonthlyPrice === null ? 1 : 0) ||
            (a.lowestMonthlyPrice !== null && b.lowestMonthlyPrice !== null ? Number(a.lowestMonthlyPrice - b.lowestMonthlyPrice) : 0) ||
            a.offeringId.localeCompare(b.offeringId),
        )
        .slice(0, 3)
        .map((candidate) => candidate.offeringId);
      issues.push({
        code: 'UNMET_REQUIREMENT',
        severity: 'ERROR',
        message: `Yêu cầu của «${offering.name}» chưa được đáp ứng: ${requirement.description}.`,
        messageEn: `A requirement of ${offering.name} is not met: ${requirement.descriptionEn}.`,
        offeringIds: [offering.id],
        suggestionIds: suggestions,
      });
    }
  }

  // Software installs on the stack's infrastructure and keeps no data of its own; any other line that
  // names no data center cannot promise its data stays at home.
  const unlocated = offerings.filter((o) => o.dataCenters.length === 0 && o.kind !== 'SOFTWARE');
  const dataInVietnam = unlocated.length === 0 && offerings.every((o) => o.dataCenters.every((dc) => dc.countryCode === 'VN'));
  for (const offering of unlocated) {
    issues.push({
      code: 'DATA_LOCATION_UNKNOWN',
      severity: 'WARNING',
      message: `«${offering.name}» không cho biết dữ liệu được lưu ở trung tâm dữ liệu nào.`,
      messageEn: `${offering.name} does not say in which data centers it keeps data.`,
      offeringIds: [offering.id],
      suggestionIds: [],
    });
  }
  for (const line of priced.filter((l) => l.dataOutside.length > 0)) {
    const places = [...new Set(line.dataOutside.map((dc) => `${dc.city} (${dc.countryCode})`))].join(', ');
    const offering = offerings.find((o) => o.id === line.offeringId)!;
    issues.push({
      code: 'DATA_OUTSIDE_VIETNAM',
      severity: 'WARNING',
      message: `«${offering.name}» lưu dữ liệu ngoài Việt Nam: ${places}.`,
      messageEn: `${offering.name} keeps data outside Vietnam: ${places}.`,
      offeringIds: [offering.id],
      suggestionIds: [],
    });
  }

  for (const offering of offerings) {
    if (options.secondSiteCategories.has(offering.categorySlug) && offering.dataCenters.length === 1) {
      issues.push({
        code: 'SINGLE_DATA_CENTER',
        severity: 'WARNING',
        message: `«${offering.name}» chỉ chạy ở một trung tâm dữ liệu: một sự cố lớn ở đó làm dừng dịch vụ. Có trung tâm dữ liệu thứ hai và sao lưu, 70–80% dịch vụ khôi phục được ngay.`,
        messageEn: `${offering.name} runs in one data center: a major incident there stops it. With a second site and backup, 70–80% of services recover at once.`,
        offeringIds: [offering.id],
        suggestionIds: [],
      });
    }
  }

  const layers: [IssueCode, string, string, (o: OfferingFact) => boolean][] = [
    [
      'MISSING_SECURITY',
      'Bộ giải pháp chưa có dịch vụ bảo mật (WAF, chống DDoS, SOC…).',
      'The stack has no security offering (WAF, DDoS protection, SOC…).',
      (o) => options.securityKinds.has(o.kind),
    ],
    [
      'MISSING_BACKUP',
      'Bộ giải pháp chưa có sao lưu hay khôi phục thảm họa.',
      'The stack has no backup or disaster recovery.',
      (o) => options.backupCategories.has(o.categorySlug),
    ],
    ['MISSING_MONITORING', 'Bộ giải pháp chưa có giám sát.', 'The stack has no monitoring.', (o) => options.monitoringCategories.has(o.categorySlug)],
  ];
  if (offerings.length > 0) {
    for (const [code, message, messageEn, present] of layers) {
      if (!offerings.some(present)) issues.push({ code, severity: 'WARNING', message, messageEn, offeringIds: [], suggestionIds: [] });
    }
  }

  const covered = priced.filter((line) => offerings.find((o) => o.id === line.offeringId)!.micVerified);
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
    compositeAvailability: compositeAvailability(offerings.map((o) => o.slaAvailability)),
    micCoveredOfferingIds: [...new Set(covered.map((line) => line.offeringId))],
    micCoveredShare: monthlyTotal === 0n ? '0.00' : decimal(coveredCost * 100n, monthlyTotal, 2),
    issues,
  };
}
