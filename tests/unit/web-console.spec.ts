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
import {
  draftFromRequest,
  endOfVietnamDay,
  formatPriceInput,
  lineCost,
  offerFieldKeys,
  offerInput,
  offerTotals,
  validityRange,
  type RequestLine,
} from '../../packages/web/src/components/console/offer-draft.ts';
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

describe('the offer form', () => {
  const plan = (id: string, unit: RequestLine['plan']['unit']) => ({ id, name: `Gói ${id}`, nameEn: null, unit });
  const offering = { id: 'o', name: 'Máy chủ ảo', nameEn: 'Virtual servers' };
  const lines: RequestLine[] = [
    { quantity: 2, plan: plan('vm', 'MONTH'), offering, monthlyPrice: { amount: '1250000' }, oneTimePrice: { amount: '0' } },
    { quantity: 3, plan: plan('hour', 'HOUR'), offering, monthlyPrice: { amount: String(730 * 1500) }, oneTimePrice: { amount: '0' } },
    { quantity: 1, plan: plan('setup', 'ONE_TIME'), offering, monthlyPrice: { amount: '0' }, oneTimePrice: { amount: '12000000' } },
  ];
  // 09:00 on 6 December 2026 in Vietnam; 17:30 UTC that day is already 00:30 on the 7th there.
  const now = new Date('2026-12-06T02:00:00Z');

  it('starts at the list prices in each plan’s own unit (an hour plan’s hour), valid for 30 days', () => {
    const draft = draftFromRequest(lines, now);
    expect(draft.lines.map((line) => [line.unit, line.listUnitPrice, line.price])).toEqual([
      ['MONTH', '1250000', '1.250.000'],
      ['HOUR', '1500', '1.500'],
      ['ONE_TIME', '12000000', '12.000.000'],
    ]);
    expect(draft.validUntil).toBe('2027-01-05');
    expect(draft.terms).toBe('');
    expect(validityRange(now)).toEqual({ min: '2026-12-07', max: '2027-12-06' });
    expect(validityRange(new Date('2026-12-06T17:30:00Z')).min).toBe('2026-12-08');
  });

  it('starts a new offer from the latest one’s prices and terms', () => {
    const previous = { lines: [{ plan: { id: 'vm' }, unitPrice: { amount: '1100000' } }], terms: 'Thanh toán theo quý.' };
    const draft = draftFromRequest(lines, now, previous);
    expect(draft.lines.map((line) => line.price)).toEqual(['1.100.000', '1.500', '12.000.000']);
    expect(draft.terms).toBe('Thanh toán theo quý.');
  });

  it('costs each line as the API does and totals the offer against the list', () => {
    expect(lineCost('HOUR', 3, 1400n)).toEqual({ monthly: 3n * 1400n * 730n, oneTime: 0n });
    expect(lineCost('ONE_TIME', 1, 10_000_000n)).toEqual({ monthly: 0n, oneTime: 10_000_000n });
    const draft = draftFromRequest(lines, now);
    const atList = offerTotals(draft.lines)!;
    expect(atList).toMatchObject({ monthly: 2_500_000n + 3n * 1500n * 730n, oneTime: 12_000_000n, firstYearSaving: 0n, savingShare: 0 });
    const cheaper = { ...draft, lines: draft.lines.map((line, index) => (index === 0 ? { ...line, price: '1.000.000' } : line)) };
    const totals = offerTotals(cheaper.lines)!;
    expect(totals.monthly).toBe(2_000_000n + 3n * 1500n * 730n);
    expect(totals.firstYearSaving).toBe(12n * 500_000n);
    expect(offerTotals(draft.lines.map((line, index) => (index === 0 ? { ...line, price: '1,5' } : line)))).toBeNull();
  });

  it('formats whole đồng as they are written, and leaves anything else for the reader to fix', () => {
    expect(formatPriceInput('1250000')).toBe('1.250.000');
    expect(formatPriceInput(' 1.250.000 ')).toBe('1.250.000');
    expect(formatPriceInput('0')).toBe('0');
    expect(formatPriceInput('12,5')).toBe('12,5');
  });

  it('sends whole đồng, the end of the chosen day in Vietnam and no empty terms; places errors on the lines', () => {
    const draft = { ...draftFromRequest(lines, now), terms: '  ' };
    expect(offerInput('share-1', draft)).toEqual({
      quoteRequestId: 'share-1',
      lines: [
        { planId: 'vm', quantity: 2, unitPrice: '1250000' },
        { planId: 'hour', quantity: 3, unitPrice: '1500' },
        { planId: 'setup', quantity: 1, unitPrice: '12000000' },
      ],
      validUntil: '2027-01-05T23:59:59+07:00',
      terms: null,
    });
    expect(new Date(endOfVietnamDay('2027-01-05')).toISOString()).toBe('2027-01-05T16:59:59.000Z');
    const known = offerFieldKeys(draft);
    expect(placeError({ field: ['input', 'lines', '1', 'unitPrice'], code: 'OUT_OF_RANGE', message: '' }, known)).toBe('lines.1.unitPrice');
    expect(placeError({ field: ['input', 'lines', '2', 'planId'], code: 'UNKNOWN_PLAN', message: '' }, known)).toBe('lines.2');
    expect(placeError({ field: ['input', 'lines'], code: 'TOO_MANY_LINES', message: '' }, known)).toBe('');
    expect(placeError({ field: ['input', 'quoteRequestId'], code: 'ALREADY_ACCEPTED', message: '' }, known)).toBe('');
    expect(errorText(consoleDictionaries.en, { field: ['input', 'lines', '1', 'unitPrice'], code: 'OUT_OF_RANGE', message: '' })).toBe(
      'The price must be from 0 to 1.000.000.000.000 ₫.',
    );
  });
});
