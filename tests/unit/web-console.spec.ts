import { describe, expect, it } from 'vitest';
import { consoleDictionaries } from '../../packages/web/src/components/console/console-dictionary.ts';
import {
  changedFields,
  createFields,
  draftFromContent,
  isDirty,
  normalizePrice,
  normalizeSla,
  previewPrice,
  type ListingDraft,
} from '../../packages/web/src/components/console/listing-draft.ts';
import { errorText, fieldKey, groupErrors, placeError } from '../../packages/web/src/components/console/user-errors.ts';
import { translationProblems } from '../support/translations.ts';

const published = {
  name: 'Máy chủ ảo',
  nameEn: 'Virtual servers',
  summary: 'Máy chủ ảo tại Việt Nam.',
  summaryEn: '',
  description: 'Chạy tại hai trung tâm dữ liệu.',
  descriptionEn: null,
  slaAvailability: '99.950',
  dataCenters: [{ id: 'dc-1' }, { id: 'dc-2' }],
  plans: [{ name: 'Gói 2 vCPU', nameEn: null, unit: 'MONTH', price: { amount: '400000' }, specs: [{ key: 'vcpu', value: '2' }] }],
};

describe('the listing form', () => {
  it('reads prices the way Vietnamese write them, and leaves anything else for the API to explain', () => {
    expect(normalizePrice('1.250.000')).toBe('1250000');
    expect(normalizePrice(' 1 250 000 ')).toBe('1250000');
    expect(normalizePrice('1,250,000')).toBe('1250000');
    expect(normalizePrice('-1.250.000')).toBe('-1250000');
    expect(normalizePrice('1250000.5')).toBe('1250000.5');
    expect(normalizePrice('12.50')).toBe('12.50');
    expect(previewPrice('1.250.000')).toBe('1250000');
    expect(previewPrice('-5')).toBeNull();
    expect(normalizeSla('99,95')).toBe('99.95');
  });

  it('starts from the listing as the API sends it, with the SLA as a person types it', () => {
    const draft = draftFromContent(published, 'IAAS', 'compute');
    expect(draft).toMatchObject({ kind: 'IAAS', categorySlug: 'compute', slaAvailability: '99.95', dataCenterIds: ['dc-1', 'dc-2'] });
    expect(draft.plans[0]).toMatchObject({ name: 'Gói 2 vCPU', price: '400000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '2' }] });
    expect(isDirty(draft, draft)).toBe(false);
  });

  it('sends an edit only what changed, and an emptied SLA as null (which removes it)', () => {
    const baseline = draftFromContent(published, 'IAAS', 'compute');
    const edited: ListingDraft = {
      ...baseline,
      summary: 'Máy chủ ảo giá tốt.',
      slaAvailability: '',
      dataCenterIds: ['dc-2', 'dc-1'],
      plans: [{ ...baseline.plans[0]!, price: '450.000' }],
    };
    expect(changedFields(edited, baseline)).toEqual({
      summary: 'Máy chủ ảo giá tốt.',
      slaAvailability: null,
      plans: [{ name: 'Gói 2 vCPU', nameEn: '', price: '450000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '2' }] }],
    });
    expect(isDirty(edited, baseline)).toBe(true);
    expect(createFields(edited)).not.toHaveProperty('slaAvailability');
  });

  it('holds the English name, description and plan names, and sends them when they change (emptied: removed)', () => {
    const baseline = draftFromContent(published, 'IAAS', 'compute');
    expect(baseline).toMatchObject({ nameEn: 'Virtual servers', descriptionEn: '' });
    expect(baseline.plans[0]!.nameEn).toBe('');
    const edited: ListingDraft = {
      ...baseline,
      nameEn: '',
      descriptionEn: 'Runs in two data centres.',
      plans: [{ ...baseline.plans[0]!, nameEn: '2 vCPU plan' }],
    };
    expect(changedFields(edited, baseline)).toEqual({
      nameEn: '',
      descriptionEn: 'Runs in two data centres.',
      plans: [{ name: 'Gói 2 vCPU', nameEn: '2 vCPU plan', price: '400000', unit: 'MONTH', specs: [{ key: 'vcpu', value: '2' }] }],
    });
    expect(createFields(edited)).toMatchObject({ nameEn: '', descriptionEn: 'Runs in two data centres.' });
  });
});

describe('userErrors in the console', () => {
  const known = new Set(['name', 'dataCenterIds', 'plans', 'plans.0', 'plans.0.price', 'plans.0.specs', 'plans.0.specs.0.key']);

  it('places each error at its field, or the nearest field that encloses it, or the form as a whole', () => {
    expect(fieldKey(['input', 'plans', '0', 'price'])).toBe('plans.0.price');
    expect(placeError({ field: ['input', 'plans', '0', 'price'], code: 'OUT_OF_RANGE', message: '' }, known)).toBe('plans.0.price');
    expect(placeError({ field: ['input', 'dataCenterIds', '3'], code: 'FOREIGN_DATA_CENTER', message: '' }, known)).toBe('dataCenterIds');
    expect(placeError({ field: ['input', 'plans', '0', 'specs', '4', 'value'], code: 'BLANK', message: '' }, known)).toBe('plans.0.specs');
    expect(placeError({ field: ['input', 'version'], code: 'STALE_VERSION', message: '' }, known)).toBe('');
    expect(placeError({ field: null, code: 'RATE_LIMITED', message: '' }, known)).toBe('');
    const grouped = groupErrors(
      [
        { field: ['input', 'name'], code: 'BLANK', message: '' },
        { field: ['input', 'name'], code: 'TOO_LONG', message: '' },
        { field: ['id'], code: 'NO_PLANS', message: '' },
      ],
      known,
    );
    expect([...grouped.keys()]).toEqual(['name', '']);
    expect(grouped.get('name')).toHaveLength(2);
  });

  it('says what is wrong in the reader’s language by field and code, falling back to the API’s words', () => {
    const vi = consoleDictionaries.vi;
    const en = consoleDictionaries.en;
    const price = {
      field: ['input', 'plans', '0', 'price'],
      code: 'OUT_OF_RANGE',
      message: 'Plan 1’s price must be between 0 and 1000000000000 đồng.',
    };
    expect(errorText(vi, price)).toBe('Giá phải từ 0 đến 1.000.000.000.000 ₫.');
    expect(errorText(en, price)).toBe('The price must be from 0 to 1.000.000.000.000 ₫.');
    expect(errorText(vi, { field: ['input', 'summary'], code: 'BLANK', message: 'The summary is required.' })).toBe('Không được để trống.');
    expect(errorText(vi, { field: ['input'], code: 'SOMETHING_NEW', message: 'A new rule.' })).toBe('A new rule.');
  });

  it('has every console string in both languages', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
        : typeof value;
    expect(shape(consoleDictionaries.en)).toEqual(shape(consoleDictionaries.vi));
    // and not only the same shape: every English entry says something, and not in Vietnamese
    expect(translationProblems(consoleDictionaries)).toEqual([]);
  });
});
