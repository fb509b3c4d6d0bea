import { describe, expect, it } from 'vitest';
import {
  compositeAvailability,
  defaultEvaluationOptions,
  evaluateStack,
  type Candidate,
  type LineInput,
  type OfferingFact,
} from '../../packages/api/src/modules/stacks/evaluator.ts';

const categories = { compute: 1, waf: 2, backup: 3, monitoring: 4, accounting: 5, 'managed-database': 6 } as const;
const hanoi = { id: 'dc-hn', city: 'Hà Nội', countryCode: 'VN' };
const binhDuong = { id: 'dc-bd', city: 'Bình Dương', countryCode: 'VN' };
const singapore = { id: 'dc-sg', city: 'Singapore', countryCode: 'SG' };

function offering(id: string, overrides: Partial<OfferingFact> = {}): OfferingFact {
  const categorySlug = overrides.categorySlug ?? 'compute';
  return {
    id,
    name: id,
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
  return { planId: `plan-${o.id}`, planName: 'Standard', planRetired: false, monthlyPrice, oneTimePrice: 0n, quantity, offering: o };
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
      requirements: [{ description: 'máy chủ ảo của Viettel IDC, VNPT hoặc CMC', descriptionEn: 'compute from Viettel IDC, VNPT or CMC', categoryIds: [categories.compute], vendorIds: ['viettel', 'vnpt', 'cmc'] }],
    });
    const candidates: Candidate[] = [
      { offeringId: 'vnpt-vm', vendorId: 'vnpt', categoryId: categories.compute, lowestMonthlyPrice: 300_000n },
      { offeringId: 'cmc-vm', vendorId: 'cmc', categoryId: categories.compute, lowestMonthlyPrice: 250_000n },
      { offeringId: 'vng-vm', vendorId: 'vng', categoryId: categories.compute, lowestMonthlyPrice: 100_000n },
      { offeringId: 'viettel-vm', vendorId: 'viettel', categoryId: categories.compute, lowestMonthlyPrice: 500_000n },
      { offeringId: 'viettel-waf', vendorId: 'viettel', categoryId: categories.waf, lowestMonthlyPrice: 1n },
    ];
    const waf = offering('viettel-waf-line', { vendorId: 'viettel', kind: 'SECURITY', categorySlug: 'waf' });
    const result = evaluateStack([line(needsCompute, 1n), line(waf, 1n)], candidates);
    const unmet = result.issues.filter((issue) => issue.code === 'UNMET_REQUIREMENT');
    expect(unmet).toHaveLength(1);
    expect(unmet[0]).toMatchObject({ severity: 'ERROR', offeringIds: ['misa'], suggestionIds: ['viettel-vm', 'cmc-vm', 'vnpt-vm'] });
    expect(unmet[0]!.message).toBe('Yêu cầu của «misa» chưa được đáp ứng: máy chủ ảo của Viettel IDC, VNPT hoặc CMC.');
    expect(unmet[0]!.messageEn).toBe('A requirement of misa is not met: compute from Viettel IDC, VNPT or CMC.');

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

  it('multiplies SLAs in series exactly, and gives none when a line has none', () => {
    expect(compositeAvailability(['99.98', '99.95'])).toBe('99.9300');
    expect(compositeAvailability(['99.9', '99.9', '99.9'])).toBe('99.7003');
    expect(compositeAvailability(['100'])).toBe('100.0000');
    expect(compositeAvailability(['99.98', null])).toBeNull();
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
