import { describe, expect, it } from 'vitest';
import {
  compositeAvailability,
  defaultEvaluationOptions,
  evaluateStack,
  type Candidate,
  type LineInput,
  type OfferingFact,
} from '../../packages/api/src/modules/stacks/evaluator.ts';

const categories = {
  compute: 1,
  waf: 2,
  backup: 3,
  monitoring: 4,
  accounting: 5,
  'managed-database': 6,
  hrm: 7,
  'disaster-recovery': 8,
  'vulnerability-scanning': 9,
  soc: 10,
} as const;
const hanoi = { id: 'dc-hn', city: 'Hà Nội', countryCode: 'VN' };
const hcm = { id: 'dc-hcm', city: 'TP. Hồ Chí Minh', countryCode: 'VN' };
const binhDuong = { id: 'dc-bd', city: 'Bình Dương', countryCode: 'VN' };
const singapore = { id: 'dc-sg', city: 'Singapore', countryCode: 'SG' };

function offering(id: string, overrides: Partial<OfferingFact> = {}): OfferingFact {
  const categorySlug = overrides.categorySlug ?? 'compute';
  return {
    id,
    name: id,
    nameEn: null,
    kind: 'IAAS',
    categoryId: categories[categorySlug as keyof typeof categories],
    categorySlug,
    vendorId: 'viettel',
    published: true,
    slaAvailability: '99.98',
    dataCenters: [hanoi, binhDuong],
    requirements: [],
    micVerified: false,
    ...overrides,
  };
}

function line(o: OfferingFact, monthlyPrice: bigint, quantity = 1): LineInput {
  return { planId: `plan-${o.id}`, planName: 'Standard', planNameEn: null, planRetired: false, monthlyPrice, oneTimePrice: 0n, oneTime: false, quantity, redundancyGroup: null, offering: o };
}

/** A line of a ONE_TIME plan (a licence, a setup, an assessment). */
function oneTimeLine(o: OfferingFact, oneTimePrice: bigint, planName = 'Once'): LineInput {
  return { planId: `plan-${o.id}-once`, planName, planNameEn: null, planRetired: false, monthlyPrice: 0n, oneTimePrice, oneTime: true, quantity: 1, redundancyGroup: null, offering: o };
}

/** A published offering the facts bring as a possible suggestion. */
function candidate(
  offeringId: string,
  vendorId: string,
  categorySlug: keyof typeof categories,
  lowestMonthlyPrice: bigint | null,
  overrides: Partial<Candidate> = {},
): Candidate {
  return {
    offeringId,
    vendorId,
    categoryId: categories[categorySlug],
    categorySlug,
    kind: ['waf', 'disaster-recovery', 'vulnerability-scanning', 'soc'].includes(categorySlug) ? 'SECURITY' : 'IAAS',
    lowestMonthlyPrice,
    dataInVietnam: true,
    cities: [hanoi.city, hcm.city],
    requirements: [],
    ...overrides,
  };
}

/** Self-installed software that needs compute from one of `vendorIds` (its hosting requirement). */
function software(id: string, vendorIds: string[] = ['viettel', 'vnpt', 'cmc']): OfferingFact {
  return offering(id, {
    kind: 'SOFTWARE',
    categorySlug: 'hrm',
    categoryId: categories.hrm,
    vendorId: '1office',
    slaAvailability: null,
    dataCenters: [],
    requirements: [
      { description: 'máy chủ ảo để cài đặt', descriptionEn: 'compute to install it on', categoryIds: [categories.compute], vendorIds, hosting: true },
    ],
  });
}
const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code);

describe('the stack evaluator', () => {
  it('prices lines, vendors and VAT in exact whole đồng, even above 10 billion a month', () => {
    const result = evaluateStack(
      [
        line(offering('vm', { vendorId: 'viettel' }), 999_999_999n, 11),
        line(offering('waf', { vendorId: 'cmc', kind: 'SECURITY', categorySlug: 'waf' }), 1_250_005n, 3),
      ],
      [],
    );
    expect(result.lines.map((l) => l.monthlyCost)).toEqual([10_999_999_989n, 3_750_015n]);
    expect(result.monthlyTotal).toBe(11_003_750_004n);
    expect(result.vat).toBe(1_100_375_000n);
    expect(result.totalWithVat).toBe(12_104_125_004n);
    expect(result.vendorSubtotals).toEqual([
      { vendorId: 'viettel', monthlyCost: 10_999_999_989n, oneTimeCost: 0n },
      { vendorId: 'cmc', monthlyCost: 3_750_015n, oneTimeCost: 0n },
    ]);
  });

  it('rounds VAT half up to the đồng and takes another rate', () => {
    expect(evaluateStack([line(offering('a'), 15n)], []).vat).toBe(2n);
    expect(evaluateStack([line(offering('a'), 14n)], []).vat).toBe(1n);
    expect(evaluateStack([line(offering('a'), 1000n)], [], { ...defaultEvaluationOptions, vatBasisPoints: 800 }).vat).toBe(80n);
  });

  it('reports an unmet requirement with up to three suggestions, stack vendors first, then cheapest', () => {
    const needsCompute = offering('misa', {
      kind: 'SOFTWARE',
      categorySlug: 'accounting',
      vendorId: 'misa',
      requirements: [
        {
          description: 'máy chủ ảo của Viettel IDC, VNPT hoặc CMC',
          descriptionEn: 'compute from Viettel IDC, VNPT or CMC',
          categoryIds: [categories.compute],
          vendorIds: ['viettel', 'vnpt', 'cmc'],
          hosting: true,
        },
      ],
    });
    const candidates: Candidate[] = [
      candidate('vnpt-vm', 'vnpt', 'compute', 300_000n),
      candidate('cmc-vm', 'cmc', 'compute', 250_000n),
      candidate('vng-vm', 'vng', 'compute', 100_000n),
      candidate('viettel-vm', 'viettel', 'compute', 500_000n),
      candidate('viettel-waf', 'viettel', 'waf', 1n),
    ];
    const waf = offering('viettel-waf-line', { vendorId: 'viettel', kind: 'SECURITY', categorySlug: 'waf' });
    const result = evaluateStack([line(needsCompute, 1n), line(waf, 1n)], candidates);
    const unmet = result.issues.filter((issue) => issue.code === 'UNMET_REQUIREMENT');
    expect(unmet).toHaveLength(1);
    expect(unmet[0]).toMatchObject({ severity: 'ERROR', offeringIds: ['misa'], suggestionIds: ['viettel-vm', 'cmc-vm', 'vnpt-vm'] });
    expect(unmet[0]!.message).toBe(
      'Yêu cầu của «misa» chưa được đáp ứng: máy chủ ảo của Viettel IDC, VNPT hoặc CMC. Khi «misa» chưa chạy trên một dòng nào của bộ giải pháp, chưa biết dữ liệu nằm ở đâu và độ sẵn sàng bao nhiêu.',
    );
    expect(unmet[0]!.messageEn).toBe(
      'A requirement of misa is not met: compute from Viettel IDC, VNPT or CMC. Until misa runs on a line of the stack, where it keeps data and how available it is are unknown.',
    );

    const fixed = evaluateStack([line(needsCompute, 1n), line(offering('cmc-vm', { vendorId: 'cmc' }), 1n)], candidates);
    expect(codes(fixed.issues)).not.toContain('UNMET_REQUIREMENT');
    const wrongVendor = evaluateStack([line(needsCompute, 1n), line(offering('vng-vm', { vendorId: 'vng' }), 1n)], candidates);
    expect(codes(wrongVendor.issues)).toContain('UNMET_REQUIREMENT');
  });

  it('flags data kept outside Vietnam and says where', () => {
    const result = evaluateStack([line(offering('vm'), 1n), line(offering('foreign', { vendorId: 'straits', dataCenters: [singapore] }), 1n)], []);
    expect(result.dataInVietnam).toBe(false);
    const issue = result.issues.find((i) => i.code === 'DATA_OUTSIDE_VIETNAM')!;
    expect(issue.offeringIds).toEqual(['foreign']);
    expect(issue.message).toContain('Singapore (SG)');
    expect(result.lines[1]!.dataOutside).toEqual([singapore]);
    expect(evaluateStack([line(offering('vm'), 1n)], []).dataInVietnam).toBe(true);
  });

  it('counts an offering with one data center in Vietnam and one abroad as keeping data outside Vietnam', () => {
    const mixed = offering('mixed', { dataCenters: [hanoi, singapore] });
    const result = evaluateStack([line(mixed, 1n)], []);
    expect(result.dataInVietnam).toBe(false);
    expect(result.lines[0]!.dataOutside).toEqual([singapore]);
    expect(result.issues.find((i) => i.code === 'DATA_OUTSIDE_VIETNAM')).toMatchObject({ offeringIds: ['mixed'], messageEn: 'mixed keeps data outside Vietnam: Singapore (SG).' });
    // Software keeps its data on such a host, so it keeps it partly abroad too.
    const hosted = evaluateStack([line(software('hrm', ['viettel']), 1n), line(mixed, 1n)], []);
    expect(hosted.dataInVietnam).toBe(false);
    expect(hosted.lines.map((l) => l.dataOutside)).toEqual([[singapore], [singapore]]);
  });

  it('counts software without data centers as keeping no data, and any other such line as unknown', () => {
    const software = offering('erp', { kind: 'SOFTWARE', categorySlug: 'accounting', dataCenters: [] });
    const withSoftware = evaluateStack([line(offering('vm'), 1n), line(software, 1n)], []);
    expect(withSoftware.dataInVietnam).toBe(true);
    expect(codes(withSoftware.issues)).not.toContain('DATA_LOCATION_UNKNOWN');
    const scanner = offering('scan', { kind: 'SECURITY', categorySlug: 'waf', dataCenters: [] });
    const withScanner = evaluateStack([line(offering('vm'), 1n), line(scanner, 1n)], []);
    expect(withScanner.dataInVietnam).toBe(false);
    expect(withScanner.issues.find((i) => i.code === 'DATA_LOCATION_UNKNOWN')!.offeringIds).toEqual(['scan']);
  });

  it('flags a line whose plan an edit dropped, while its offering stays published', () => {
    const result = evaluateStack([{ ...line(offering('vm'), 100n), planRetired: true, planName: 'Small' }], []);
    expect(result.issues[0]).toMatchObject({ code: 'PLAN_UNAVAILABLE', severity: 'ERROR', offeringIds: ['vm'] });
    expect(result.issues[0]!.messageEn).toBe('vm no longer offers the plan Small; choose another of its plans.');
    expect(result.monthlyTotal).toBe(100n);
  });

  it('names offerings and plans in English in the English messages where they have English names, in Vietnamese in the others', () => {
    const server = offering('vm', { name: 'Máy chủ ảo', nameEn: 'Virtual servers', dataCenters: [singapore] });
    const result = evaluateStack([{ ...line(server, 100n), planRetired: true, planName: 'Gói nhỏ', planNameEn: 'Small plan' }], []);
    const retired = result.issues.find((issue) => issue.code === 'PLAN_UNAVAILABLE')!;
    expect(retired.messageEn).toBe('Virtual servers no longer offers the plan Small plan; choose another of its plans.');
    expect(retired.message).toBe('«Máy chủ ảo» không còn gói «Gói nhỏ»; hãy chọn một gói khác của dịch vụ.');
    const abroad = result.issues.find((issue) => issue.code === 'DATA_OUTSIDE_VIETNAM')!;
    expect(abroad.messageEn).toBe('Virtual servers keeps data outside Vietnam: Singapore (SG).');
    expect(abroad.message).toContain('«Máy chủ ảo»');
  });

  it('multiplies SLAs in series exactly, leaves out services that state none, and gives none when none states one', () => {
    expect(compositeAvailability([['99.98'], ['99.95']])).toBe('99.9300');
    expect(compositeAvailability([['99.9'], ['99.9'], ['99.9']])).toBe('99.7003');
    expect(compositeAvailability([['100']])).toBe('100.0000');
    expect(compositeAvailability([['99.98'], [null]])).toBe('99.9800');
    expect(compositeAvailability([[null]])).toBeNull();
    expect(compositeAvailability([])).toBeNull();
  });

  it('warns about production compute on a single data center, with the recovery story', () => {
    const result = evaluateStack([line(offering('vps', { dataCenters: [hanoi] }), 1n)], []);
    const issue = result.issues.find((i) => i.code === 'SINGLE_DATA_CENTER')!;
    expect(issue.severity).toBe('WARNING');
    expect(issue.message).toContain('70–80%');
    expect(issue.messageEn).toContain('70–80% of services recover at once');
    expect(codes(evaluateStack([line(offering('vm'), 1n)], []).issues)).not.toContain('SINGLE_DATA_CENTER');
  });

  it('warns about missing security, backup and monitoring layers', () => {
    expect(codes(evaluateStack([line(offering('vm'), 1n)], []).issues)).toEqual(['MISSING_SECURITY', 'MISSING_BACKUP', 'MISSING_MONITORING']);
    const whole = evaluateStack(
      [
        line(offering('vm'), 1n),
        line(offering('waf', { kind: 'SECURITY', categorySlug: 'waf' }), 1n),
        line(offering('bk', { categorySlug: 'backup' }), 1n),
        line(offering('mon', { kind: 'PAAS', categorySlug: 'monitoring' }), 1n),
      ],
      [],
    );
    expect(whole.issues).toEqual([]);
  });

  it('measures the share of the monthly cost covered by verified MIC platforms', () => {
    const result = evaluateStack([line(offering('vm', { micVerified: true }), 300n), line(offering('other', { vendorId: 'x' }), 700n)], []);
    expect(result.micCoveredOfferingIds).toEqual(['vm']);
    expect(result.micCoveredShare).toBe('30.00');
  });

  it('flags, never drops, a line whose offering is no longer published', () => {
    const result = evaluateStack([line(offering('gone', { published: false }), 500n)], []);
    expect(result.lines).toHaveLength(1);
    expect(result.monthlyTotal).toBe(500n);
    expect(result.issues[0]).toMatchObject({ code: 'OFFERING_UNAVAILABLE', severity: 'ERROR', offeringIds: ['gone'] });
  });
});

describe('evaluation rules that hold for real stacks', () => {
  const count = (issues: { code: string }[], code: string) => issues.filter((issue) => issue.code === code).length;
  const twoPlans = (o: OfferingFact): LineInput[] => [oneTimeLine(o, 25_000_000n, 'Setup'), { ...line(o, 3_000_000n), planId: `plan-${o.id}-monthly` }];

  it('raises one issue per offering, however many of its plans are in the stack', () => {
    const hrm = software('hrm');
    const unmet = evaluateStack(twoPlans(hrm), []);
    expect(count(unmet.issues, 'UNMET_REQUIREMENT')).toBe(1);
    expect(unmet.issues.filter((issue) => issue.severity === 'ERROR')).toHaveLength(1);

    const vps = offering('vps', { vendorId: 'mekong', dataCenters: [hanoi] });
    const monthly = (o: OfferingFact, name: string) => ({ ...line(o, 100n), planId: `plan-${o.id}-${name}`, planName: name });
    const scanner = offering('scan', { kind: 'SECURITY', categorySlug: 'waf', dataCenters: [] });
    const foreign = offering('foreign', { vendorId: 'straits', categorySlug: 'backup', dataCenters: [singapore] });
    const gone = offering('gone', { published: false });
    const result = evaluateStack(
      [vps, scanner, foreign, gone].flatMap((o) => [monthly(o, 'Small'), monthly(o, 'Large')]),
      [],
    );
    for (const code of ['SINGLE_DATA_CENTER', 'DATA_LOCATION_UNKNOWN', 'DATA_OUTSIDE_VIETNAM', 'OFFERING_UNAVAILABLE']) {
      expect(count(result.issues, code), code).toBe(1);
    }
  });

  it('gives a self-installed line the availability and data location of the line it runs on', () => {
    const host = offering('cmc-bm', { vendorId: 'cmc', slaAvailability: '99.9', dataCenters: [hanoi, hcm] });
    const result = evaluateStack([...twoPlans(software('hrm')), line(host, 6_500_000n)], []);
    expect(result.compositeAvailability).toBe('99.9000');
    expect(result.dataInVietnam).toBe(true);
    expect(result.issues.filter((issue) => issue.severity === 'ERROR')).toEqual([]);
    expect(codes(result.issues)).not.toContain('DATA_LOCATION_UNKNOWN');

    // On a host abroad, the software's data goes abroad with it: the line says where.
    const abroad = offering('foreign-vm', { vendorId: 'straits', slaAvailability: '99.95', dataCenters: [singapore] });
    const onAbroad = evaluateStack([line(software('hrm', ['straits']), 1n), line(abroad, 1n)], []);
    expect(onAbroad.lines.map((l) => l.dataOutside)).toEqual([[singapore], [singapore]]);
    expect(onAbroad.dataInVietnam).toBe(false);
    expect(count(onAbroad.issues, 'DATA_OUTSIDE_VIETNAM')).toBe(1);
    expect(onAbroad.compositeAvailability).toBe('99.9500');
  });

  it('says a self-installed line with nothing to run on has no known availability or data location, in its one error', () => {
    const alone = evaluateStack(twoPlans(software('hrm')), []);
    expect(alone.compositeAvailability).toBeNull();
    expect(alone.dataInVietnam).toBe(false);
    expect(codes(alone.issues)).not.toContain('DATA_LOCATION_UNKNOWN');
    const unmet = alone.issues.find((issue) => issue.code === 'UNMET_REQUIREMENT')!;
    expect(unmet.messageEn).toContain('Until hrm runs on a line of the stack, where it keeps data and how available it is are unknown.');
    expect(unmet.message).toContain('Khi «hrm» chưa chạy trên một dòng nào của bộ giải pháp, chưa biết dữ liệu nằm ở đâu và độ sẵn sàng bao nhiêu.');

    // On a host from a vendor it does not support, it runs nowhere either, while the host keeps its SLA.
    const wrongHost = evaluateStack([line(software('hrm'), 1n), line(offering('vng-vm', { vendorId: 'vng', slaAvailability: '99.99' }), 1n)], []);
    expect(wrongHost.compositeAvailability).toBe('99.9900');
    expect(wrongHost.dataInVietnam).toBe(false);

    // Software that states no hosting requirement runs on any compute line, and without one is unknown.
    const unstated = offering('erp', { kind: 'SOFTWARE', categorySlug: 'accounting', slaAvailability: null, dataCenters: [] });
    const nowhere = evaluateStack([line(unstated, 1n)], []);
    expect(nowhere.dataInVietnam).toBe(false);
    expect(nowhere.issues.find((issue) => issue.code === 'DATA_LOCATION_UNKNOWN')!.messageEn).toBe(
      'erp is installed on the stack’s own servers, but the stack has no compute or Kubernetes line to run it: where it keeps data is unknown.',
    );
  });

  it('counts one-time services in neither availability nor unknown location, unless they keep data somewhere', () => {
    const vm = offering('vm', { slaAvailability: '99.9', dataCenters: [hanoi, hcm] });
    const base = evaluateStack([line(vm, 1n)], []);
    const assessment = offering('assessment', { kind: 'SECURITY', categorySlug: 'vulnerability-scanning', vendorId: 'bkav', slaAvailability: null, dataCenters: [] });
    const withAssessment = evaluateStack([line(vm, 1n), oneTimeLine(assessment, 30_000_000n)], []);
    expect(withAssessment.dataInVietnam).toBe(true);
    expect(withAssessment.compositeAvailability).toBe(base.compositeAvailability);
    expect(codes(withAssessment.issues)).not.toContain('DATA_LOCATION_UNKNOWN');

    // A one-time line whose offering lists data centers keeps data there: at home it changes nothing…
    const pentest = offering('pentest', { kind: 'SECURITY', categorySlug: 'vulnerability-scanning', vendorId: 'vsec', slaAvailability: '99.5', dataCenters: [hanoi] });
    const withPentest = evaluateStack([line(vm, 1n), oneTimeLine(pentest, 60_000_000n)], []);
    expect(withPentest.compositeAvailability).toBe('99.9000');
    expect(withPentest.dataInVietnam).toBe(true);
    // …abroad it breaks residency.
    const foreignAudit = offering('audit', { kind: 'SECURITY', categorySlug: 'vulnerability-scanning', vendorId: 'straits', dataCenters: [singapore] });
    const withForeign = evaluateStack([line(vm, 1n), oneTimeLine(foreignAudit, 1n)], []);
    expect(withForeign.dataInVietnam).toBe(false);
    expect(count(withForeign.issues, 'DATA_OUTSIDE_VIETNAM')).toBe(1);

    // The same offering's recurring plan runs: it counts, once.
    const withMonthly = evaluateStack([line(vm, 1n), oneTimeLine(pentest, 1n), line(pentest, 1n)], []);
    expect(withMonthly.compositeAvailability).toBe('99.4005');
    const unknownMonthly = evaluateStack([line(vm, 1n), oneTimeLine(assessment, 1n), line(assessment, 1n)], []);
    expect(count(unknownMonthly.issues, 'DATA_LOCATION_UNKNOWN')).toBe(1);
    expect(unknownMonthly.dataInVietnam).toBe(false);

    // Nor does a one-time service make a layer that runs: an assessment is not ongoing protection.
    expect(codes(withPentest.issues)).toContain('MISSING_SECURITY');
  });

  it('suggests up to three offerings of a missing layer that keep data in Vietnam, the stack’s vendors first, then the cheapest', () => {
    const vm = offering('cmc-vm', { vendorId: 'cmc' });
    const candidates: Candidate[] = [
      candidate('foreign-backup', 'straits', 'backup', 1n, { dataInVietnam: false, cities: ['Singapore'] }),
      candidate('unlocated-backup', 'other', 'backup', 2n, { dataInVietnam: false, cities: [] }),
      candidate('one-time-dr', 'other', 'disaster-recovery', null),
      candidate('needs-viettel', 'viettel', 'backup', 3n, { requirements: [{ categoryIds: [categories.compute], vendorIds: ['viettel'] }] }),
      candidate('cmc-backup', 'cmc', 'backup', 900n),
      candidate('cheap-backup', 'bizfly', 'backup', 400n),
      candidate('dr', 'vnpt', 'disaster-recovery', 500n, { requirements: [{ categoryIds: [categories.compute], vendorIds: [] }] }),
      candidate('dear-backup', 'vng', 'backup', 600n),
      candidate('cmc-monitoring', 'cmc', 'monitoring', 35_000n, { kind: 'PAAS' }),
      candidate('soc', 'cyradar', 'soc', 12_000_000n),
      candidate('waf', 'bizfly', 'waf', 1_500_000n),
    ];
    const result = evaluateStack([line(vm, 1n)], candidates);
    const suggested = (code: string) => result.issues.find((issue) => issue.code === code)!.suggestionIds;
    expect(suggested('MISSING_BACKUP')).toEqual(['cmc-backup', 'cheap-backup', 'dr']);
    expect(suggested('MISSING_MONITORING')).toEqual(['cmc-monitoring', 'soc']);
    expect(suggested('MISSING_SECURITY')).toEqual(['dr', 'waf', 'soc']);

    // Each fixes its issue as suggested.
    const fixed = evaluateStack([line(vm, 1n), line(offering('cmc-backup', { vendorId: 'cmc', categorySlug: 'backup' }), 1n)], candidates);
    expect(codes(fixed.issues)).not.toContain('MISSING_BACKUP');
  });

  it('suggests a second site for a single data center: the same category in another city, or a DR offering that covers it', () => {
    const vps = offering('vps', { vendorId: 'mekong', dataCenters: [hanoi] });
    const backup = offering('cmc-backup', { vendorId: 'cmc', categorySlug: 'backup' });
    const candidates: Candidate[] = [
      candidate('cmc-vm', 'cmc', 'compute', 210_000n, { cities: [hcm.city] }),
      candidate('cmc-vm-hanoi', 'cmc', 'compute', 100n, { cities: [hanoi.city] }),
      candidate('cheap-vm', 'bizfly', 'compute', 150_000n),
      candidate('dr-any', 'vnpt', 'disaster-recovery', 390_000n),
      candidate('dr-viettel', 'viettel', 'disaster-recovery', 1n, { requirements: [{ categoryIds: [categories.compute], vendorIds: ['viettel'] }] }),
      candidate('database', 'vng', 'managed-database', 2n),
      candidate('foreign-vm', 'straits', 'compute', 3n, { dataInVietnam: false, cities: ['Singapore'] }),
      candidate('dear-vm', 'vng', 'compute', 500_000n),
    ];
    const result = evaluateStack([line(vps, 1n), line(backup, 1n)], candidates);
    const issue = result.issues.find((i) => i.code === 'SINGLE_DATA_CENTER')!;
    expect(issue.offeringIds).toEqual(['vps']);
    expect(issue.suggestionIds).toEqual(['cmc-vm', 'cheap-vm', 'dr-any']);

    const withSecondSite = evaluateStack([line(vps, 1n), line(backup, 1n), line(offering('cmc-vm', { vendorId: 'cmc', dataCenters: [hcm] }), 1n)], candidates);
    expect(codes(withSecondSite.issues)).not.toContain('SINGLE_DATA_CENTER');
    const withDr = evaluateStack([line(vps, 1n), line(offering('dr-any', { vendorId: 'vnpt', kind: 'SECURITY', categorySlug: 'disaster-recovery' }), 1n)], candidates);
    expect(codes(withDr.issues)).not.toContain('SINGLE_DATA_CENTER');
    const sameCity = evaluateStack([line(vps, 1n), line(offering('cmc-vm-hanoi', { vendorId: 'cmc', dataCenters: [hanoi] }), 1n)], candidates);
    expect(count(sameCity.issues, 'SINGLE_DATA_CENTER')).toBe(2);
  });
});
