import type { Candidate, EvaluationOptions, LineInput, OfferingFact, StackIssue } from './facts.ts';
import { satisfies, type Needs, type Placement } from './placement.ts';

// What is wrong with a stack, in Vietnamese and English, and the offerings that would fix it.

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

/** Each issue of the stack, in the order a buyer should fix them: what cannot be bought, unmet needs, where data goes, resilience, missing layers. */
export function findIssues(
  lines: LineInput[],
  { offerings, services, metByStack, hosts, locations, redundantAcrossCities }: Placement,
  candidates: Candidate[],
  stackVendors: ReadonlySet<string>,
  options: EvaluationOptions,
): StackIssue[] {
  const issues: StackIssue[] = [];
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

  // A redundancy group whose lines keep data in two cities is a second site for each of its lines.
  for (const offering of services) {
    if (!options.secondSiteCategories.has(offering.categorySlug) || offering.dataCenters.length !== 1) continue;
    if (redundantAcrossCities(offering.id)) continue;
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
  return issues;
}
