import { describe, expect, it } from 'vitest';
import { translationProblems } from '../support/translations.ts';
import { draftFromContent, newPlan, type ListingDraft } from '../../packages/web/src/components/console/listing-draft.ts';
import { specLossStrings } from '../../packages/web/src/components/console/console-plan-strings.ts';
import { atFormPlan, singlePriceChange, specsDropped, withPlanIds } from '../../packages/web/src/components/console/plan-changes.ts';

const specs = [
  { key: 'vCPU', value: '2' },
  { key: 'RAM', value: '4 GB' },
  { key: 'SSD', value: '60 GB' },
];

function loaded(): ListingDraft {
  const content = {
    name: 'Máy chủ ảo',
    nameEn: null,
    summary: 'Tóm tắt.',
    summaryEn: '',
    description: 'Mô tả.',
    descriptionEn: null,
    slaAvailability: '99.950',
    dataCenters: [{ id: 'dc-1' }],
    plans: ['Gói nhỏ', 'Gói vừa', 'Gói lớn'].map((name, index) => ({
      id: `plan-${index}`,
      name,
      nameEn: null,
      unit: 'MONTH',
      price: { amount: String(400000 * (index + 1)) },
      specs,
    })),
  };
  return withPlanIds(draftFromContent(content, 'IAAS', 'compute'), content.plans);
}

const withPlans = (draft: ListingDraft, plans: ListingDraft['plans']) => ({ ...draft, plans });

describe('what saving the listing form would drop', () => {
  it('drops nothing when only prices change, or a spec value changes', () => {
    const baseline = loaded();
    const draft = withPlans(baseline, baseline.plans.map((plan) => ({ ...plan, price: '1.000.000', specs: plan.specs.map((s) => ({ ...s, value: `${s.value}!` })) })));
    expect(specsDropped(baseline, draft)).toEqual([]);
  });

  it('names the specs a plan loses and every spec of a removed plan', () => {
    const baseline = loaded();
    const [small, medium] = baseline.plans;
    const draft = withPlans(baseline, [{ ...small!, specs: small!.specs.filter((spec) => spec.key !== 'RAM') }, medium!, newPlan()]);
    expect(specsDropped(baseline, draft)).toEqual([
      { plan: 'Gói nhỏ', removed: false, specs: [{ key: 'RAM', value: '4 GB' }] },
      { plan: 'Gói lớn', removed: true, specs },
    ]);
  });

  it('follows a renamed plan by its form row, and ignores blank spec rows and plans without specs', () => {
    const baseline = loaded();
    baseline.plans[2]!.specs = [{ uid: 999, key: ' ', value: '' }];
    const draft = withPlans(baseline, [{ ...baseline.plans[0]!, name: 'Gói S' }, baseline.plans[1]!]);
    expect(specsDropped(baseline, draft)).toEqual([]);
  });
});

describe('one plan’s price alone goes to updatePlan', () => {
  it('gives the plan and its price as the API reads it', () => {
    const baseline = loaded();
    const draft = withPlans(baseline, baseline.plans.map((plan, index) => (index === 1 ? { ...plan, price: '850.000' } : plan)));
    expect(singlePriceChange(baseline, draft)).toEqual({ planId: 'plan-1', price: '850000', index: 1 });
    const error = { field: ['input', 'price'], code: 'OUT_OF_RANGE', message: '' };
    expect(atFormPlan(error, 1)).toEqual({ ...error, field: ['input', 'plans', '1', 'price'] });
    expect(atFormPlan({ ...error, field: ['input', 'version'] }, 1).field).toEqual(['input', 'version']);
  });

  it('is null for two prices, another field, a spec, a new plan, or a plan without an id', () => {
    const baseline = loaded();
    const priced = (index: number) => ({ ...baseline.plans[index]!, price: '1' });
    expect(singlePriceChange(baseline, withPlans(baseline, [priced(0), priced(1), baseline.plans[2]!]))).toBeNull();
    expect(singlePriceChange(baseline, { ...withPlans(baseline, [priced(0), ...baseline.plans.slice(1)]), name: 'Khác' })).toBeNull();
    expect(singlePriceChange(baseline, withPlans(baseline, [{ ...priced(0), specs: [] }, ...baseline.plans.slice(1)]))).toBeNull();
    expect(singlePriceChange(baseline, withPlans(baseline, [...baseline.plans, newPlan()]))).toBeNull();
    const unsaved = { ...baseline, plans: baseline.plans.map(({ planId, ...plan }) => plan) };
    expect(singlePriceChange(unsaved, withPlans(unsaved, [{ ...unsaved.plans[0]!, price: '1' }, ...unsaved.plans.slice(1)]))).toBeNull();
    expect(singlePriceChange(baseline, baseline)).toBeNull();
  });
});

describe('the warning’s strings', () => {
  it('are translated', () => {
    expect(translationProblems(specLossStrings)).toEqual([]);
  });
});
