import { describe, expect, it } from 'vitest';
import { compositeAvailability, evaluateStack, type LineInput, type OfferingFact } from '../../packages/api/src/modules/stacks/evaluator.ts';

// Redundancy groups: lines of one group run in parallel (1 − Π(1 − aᵢ)), groups in series; a group
// whose lines keep data in two cities is a second site for each of them.

const categoryIds: Record<string, number> = { compute: 1, kubernetes: 2, 'managed-database': 3, waf: 4 };
const hanoi = { id: 'dc-hn', city: 'Hà Nội', countryCode: 'VN' };
const hanoi2 = { id: 'dc-hn-2', city: 'Hà Nội', countryCode: 'VN' };
const hcm = { id: 'dc-hcm', city: 'TP. Hồ Chí Minh', countryCode: 'VN' };

function offering(id: string, overrides: Partial<OfferingFact> = {}): OfferingFact {
  const categorySlug = overrides.categorySlug ?? 'compute';
  return {
    id,
    name: id,
    nameEn: null,
    kind: 'IAAS',
    categoryId: categoryIds[categorySlug]!,
    categorySlug,
    vendorId: 'viettel',
    published: true,
    slaAvailability: '99.9',
    dataCenters: [hanoi],
    requirements: [],
    micVerified: false,
    ...overrides,
  };
}

function line(o: OfferingFact, redundancyGroup: string | null = null, oneTime = false): LineInput {
  return {
    planId: `plan-${o.id}${oneTime ? '-once' : ''}`,
    planName: 'Standard',
    planNameEn: null,
    planRetired: false,
    monthlyPrice: oneTime ? 0n : 1_000_000n,
    oneTimePrice: oneTime ? 5_000_000n : 0n,
    oneTime,
    quantity: 1,
    redundancyGroup,
    offering: o,
  };
}

const availability = (lines: LineInput[]) => evaluateStack(lines, []).compositeAvailability;
const singleSites = (lines: LineInput[]) =>
  evaluateStack(lines, [])
    .issues.filter((issue) => issue.code === 'SINGLE_DATA_CENTER')
    .flatMap((issue) => issue.offeringIds);

describe('redundancy groups in the composite availability', () => {
  it('combines the SLAs of a group in parallel and groups in series, exactly', () => {
    expect(compositeAvailability([['99.9', '99.9']])).toBe('99.9999');
    expect(compositeAvailability([['99.9', '99.9'], ['99.95']])).toBe('99.9499');
    expect(compositeAvailability([['99.98'], ['99.95']])).toBe('99.9300');
    expect(compositeAvailability([['99.5', '99', '98']])).toBe('99.9999');
    expect(compositeAvailability([['100', '99']])).toBe('100.0000');
    expect(compositeAvailability([['99.9', null], [null]])).toBe('99.9000');
    expect(compositeAvailability([[null, null]])).toBeNull();
    expect(compositeAvailability([])).toBeNull();
  });

  it('gives two 99.9 % lines of one group 99.9999 %, and that group in series with a single line', () => {
    const a = offering('vps-hn');
    const b = offering('vps-hcm', { dataCenters: [hcm] });
    const waf = offering('waf', { categorySlug: 'waf', kind: 'SECURITY', slaAvailability: '99.95' });
    expect(availability([line(a), line(b)])).toBe('99.8001');
    expect(availability([line(a, 'site-1'), line(b, 'site-1')])).toBe('99.9999');
    // 0.999999 × 0.9995 = 0.9994990005
    expect(availability([line(a, 'site-1'), line(waf), line(b, 'site-1')])).toBe('99.9499');
    // Two groups are two blocks in series.
    const db1 = offering('db-hn', { categorySlug: 'managed-database', slaAvailability: '99.5' });
    const db2 = offering('db-hcm', { categorySlug: 'managed-database', slaAvailability: '99.5', dataCenters: [hcm] });
    // 0.999999 × (1 − 0.005²) = 0.999999 × 0.999975 = 0.999974000025
    expect(availability([line(a, 'app'), line(b, 'app'), line(db1, 'db'), line(db2, 'db')])).toBe('99.9974');
  });

  it('treats a group of one line as no group', () => {
    const a = offering('vps-hn', { slaAvailability: '99.98' });
    const waf = offering('waf', { categorySlug: 'waf', kind: 'SECURITY', slaAvailability: '99.95' });
    expect(availability([line(a, 'alone'), line(waf, 'other')])).toBe(availability([line(a), line(waf)]));
    expect(availability([line(a, 'alone'), line(waf, 'other')])).toBe('99.9300');
  });

  it('leaves out lines that state no SLA, and a group where none does', () => {
    const a = offering('vps-hn');
    const unknown = offering('vps-unknown', { slaAvailability: null, dataCenters: [hcm] });
    expect(availability([line(a, 'site-1'), line(unknown, 'site-1')])).toBe('99.9000');
    const unknown2 = offering('vps-unknown-2', { slaAvailability: null });
    expect(availability([line(unknown, 'site-1'), line(unknown2, 'site-1')])).toBeNull();
    expect(availability([line(unknown, 'site-1'), line(unknown2, 'site-1'), line(a)])).toBe('99.9000');
  });

  it('counts an offering once, in the first group a running line of it appears in; one-time lines do not run', () => {
    const a = offering('vps-hn');
    const b = offering('vps-hcm', { dataCenters: [hcm] });
    // The second line of `a` (group "later") does not put it in parallel with `b` a second time.
    expect(availability([line(a), line(b, 'later'), line(a, 'later')])).toBe('99.8001');
    // A one-time line of `b` in the group does not run: `a` stands alone.
    expect(availability([line(a, 'site-1'), line(b, 'site-1', true)])).toBe('99.9000');
  });
});

describe('redundancy groups and SINGLE_DATA_CENTER', () => {
  const vps = offering('vps-hn');
  const k8sHcm = offering('k8s-hcm', { categorySlug: 'kubernetes', dataCenters: [hcm] });
  const k8sHanoi = offering('k8s-hn', { categorySlug: 'kubernetes', dataCenters: [hanoi2] });

  it('clears for the lines of a group that keeps data in two cities', () => {
    expect(singleSites([line(vps), line(k8sHcm)])).toEqual(['vps-hn', 'k8s-hcm']);
    expect(singleSites([line(vps, 'site-1'), line(k8sHcm, 'site-1')])).toEqual([]);
    // Only the lines of the group: another group's city does not count.
    expect(singleSites([line(vps, 'site-1'), line(k8sHcm, 'site-2')])).toEqual(['vps-hn', 'k8s-hcm']);
  });

  it('stays for a group whose lines are all in one city, even in two of its data centers', () => {
    expect(singleSites([line(vps, 'site-1'), line(k8sHanoi, 'site-1')])).toEqual(['vps-hn', 'k8s-hn']);
  });
});
