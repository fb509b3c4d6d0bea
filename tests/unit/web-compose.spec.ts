import { describe, expect, it } from 'vitest';
import { adoptedStack, lineRuns } from '../../packages/web/src/components/compose/adopt.ts';
import { checkDraft, draftOf, type ComposeDraft } from '../../packages/web/src/components/compose/compose-draft.ts';
import { composeField, problemsByField, refusalProblems } from '../../packages/web/src/components/compose/compose-problems.ts';
import {
  composePath,
  EMPTY_COMPOSE_STATE,
  isComposable,
  NO_CONSTRAINTS,
  parseComposeSearch,
  parseVnd,
  relaxConstraint,
  serializeComposeState,
  toComposeVariables,
  type ComposeState,
} from '../../packages/web/src/components/compose/compose-url.ts';
import { changePlan, setQuantity } from '../../packages/web/src/components/stack/stack-edits.ts';
import { unitOf } from '../../packages/web/src/lib/format.ts';
import { parseStoredStack } from '../../packages/web/src/components/stack/stack-model.ts';

const parse = (search: string) => parseComposeSearch(new URLSearchParams(search));

const full: ComposeState = {
  blueprint: 'remote-learning',
  needs: [
    { category: 'e-learning', quantity: 300 },
    { category: 'compute', quantity: 4 },
  ],
  constraints: {
    dataInVietnam: true,
    domesticOnly: true,
    framework: 'MIC-CLOUD-153',
    minAvailability: '99.9',
    maxMonthlyTotal: 20_000_000,
    maxFirstYearTotal: 250_000_000,
    excludeVendors: ['alibaba-cloud', 'straits-cloud'],
    requireSecondSite: true,
    maxVendors: 3,
    omitLayers: ['BACKUP', 'MONITORING'],
  },
};

describe('the composer’s address', () => {
  it('holds a whole request and reads it back the same', () => {
    const path = composePath(full);
    expect(path).toBe(
      '/compose?blueprint=remote-learning&need=e-learning%3A300&need=compute%3A4&vn=1&domestic=1&cert=MIC-CLOUD-153&sla=99.9&max=20000000&max-year=250000000&exclude=alibaba-cloud&exclude=straits-cloud&second-site=1&vendors=3&omit=backup&omit=monitoring',
    );
    expect(parse(path.split('?')[1]!)).toEqual(full);
    expect(composePath(EMPTY_COMPOSE_STATE)).toBe('/compose');
    expect(parse('')).toEqual(EMPTY_COMPOSE_STATE);
  });

  it('drops what it does not understand and adds up a category asked twice', () => {
    expect(
      parse('blueprint=Bad Slug&need=compute:2&need=compute:3&need=x:0&need=:4&need=a:1:2&sla=101&max=-5&max-year=abc&vendors=51&omit=everything&exclude=OK!&vn=yes'),
    ).toEqual({ ...EMPTY_COMPOSE_STATE, needs: [{ category: 'compute', quantity: 5 }] });
    expect(parse('vendors=0').constraints.maxVendors).toBeNull();
    expect(parse('sla=99.95').constraints.minAvailability).toBe('99.95');
  });

  it('composes a blueprint as it is or needs of one’s own, nothing without either', () => {
    expect(isComposable(EMPTY_COMPOSE_STATE)).toBe(false);
    expect(isComposable({ ...EMPTY_COMPOSE_STATE, blueprint: 'telemedicine' })).toBe(true);
    expect(isComposable({ ...EMPTY_COMPOSE_STATE, blueprint: 'telemedicine', needs: [] })).toBe(false);
    expect(isComposable({ ...EMPTY_COMPOSE_STATE, needs: [{ category: 'compute', quantity: 1 }] })).toBe(true);
  });

  it('asks composeStack for the blueprint alone, or for the edited needs alone (the API would add them to the blueprint’s)', () => {
    expect(toComposeVariables({ ...EMPTY_COMPOSE_STATE, blueprint: 'telemedicine' }).input).toEqual({
      blueprintSlug: 'telemedicine',
      needs: null,
      constraints: {
        dataInVietnam: null,
        domesticOnly: null,
        verifiedFramework: null,
        minAvailability: null,
        maxMonthlyTotal: null,
        maxFirstYearTotal: null,
        excludeVendors: null,
        requireSecondSite: null,
        maxVendors: null,
        omitLayers: null,
      },
    });
    expect(toComposeVariables(full).input).toEqual({
      blueprintSlug: null,
      needs: [
        { categorySlug: 'e-learning', quantity: 300 },
        { categorySlug: 'compute', quantity: 4 },
      ],
      constraints: {
        dataInVietnam: true,
        domesticOnly: true,
        verifiedFramework: 'MIC-CLOUD-153',
        minAvailability: '99.9',
        maxMonthlyTotal: '20000000',
        maxFirstYearTotal: '250000000',
        excludeVendors: ['alibaba-cloud', 'straits-cloud'],
        requireSecondSite: true,
        maxVendors: 3,
        omitLayers: ['BACKUP', 'MONITORING'],
      },
    });
  });

  it('relaxes the constraint a blocker names, every one for a combination, nothing for a need nothing serves', () => {
    expect(relaxConstraint(full, 'MAX_MONTHLY_TOTAL')!.constraints).toEqual({ ...full.constraints, maxMonthlyTotal: null });
    expect(relaxConstraint(full, 'EXCLUDE_VENDORS')!.constraints.excludeVendors).toEqual([]);
    expect(relaxConstraint(full, 'REQUIRE_SECOND_SITE')!.constraints.requireSecondSite).toBe(false);
    expect(relaxConstraint(full, 'LAYERS')!.constraints.omitLayers).toEqual(['SECURITY', 'BACKUP', 'MONITORING']);
    expect(relaxConstraint(full, 'COMBINATION')).toEqual({ ...full, constraints: { ...NO_CONSTRAINTS, omitLayers: ['SECURITY', 'BACKUP', 'MONITORING'] } });
    expect(relaxConstraint(full, 'NEED')).toBeNull();
    expect(serializeComposeState(relaxConstraint(full, 'DATA_IN_VIETNAM')!).has('vn')).toBe(false);
  });
});

describe('the composer’s form', () => {
  const blueprintNeeds = [
    { category: 'e-learning', quantity: 500 },
    { category: 'video-conferencing', quantity: 40 },
  ];
  const draft = (changes: Partial<ComposeDraft>): ComposeDraft => ({ ...draftOf({ ...EMPTY_COMPOSE_STATE, blueprint: 'remote-learning' }), ...changes });
  const rows = (...needs: [string, string][]) => needs.map(([category, quantity], index) => ({ key: `k${index}`, category, quantity }));

  it('reads amounts as buyers type them', () => {
    expect(parseVnd('4.200.000')).toBe(4_200_000);
    expect(parseVnd('4 200 000 ₫')).toBe(4_200_000);
    expect(parseVnd('4,200,000đ')).toBe(4_200_000);
    expect(parseVnd('0')).toBeNull();
    expect(parseVnd('nhiều')).toBeNull();
  });

  it('sends a blueprint’s needs left as they are as the blueprint alone, edited ones as needs', () => {
    expect(checkDraft(draft({}), blueprintNeeds)).toEqual({ state: { ...EMPTY_COMPOSE_STATE, blueprint: 'remote-learning' }, errors: new Map() });
    expect(checkDraft(draft({ needs: rows(['e-learning', '500'], ['video-conferencing', '40']) }), blueprintNeeds).state.needs).toBeNull();
    expect(checkDraft(draft({ needs: rows(['e-learning', '1.000'], ['video-conferencing', '40']) }), blueprintNeeds).state.needs).toEqual([
      { category: 'e-learning', quantity: 1000 },
      { category: 'video-conferencing', quantity: 40 },
    ]);
  });

  it('names every field it cannot send', () => {
    const { errors } = checkDraft(
      draft({ needs: rows(['', '2'], ['compute', '0']), maxMonthlyTotal: 'abc', maxFirstYearTotal: '1.000.000', maxVendors: '51' }),
      blueprintNeeds,
    );
    expect([...errors]).toEqual([
      ['need-0-category', 'categoryMissing'],
      ['need-1-quantity', 'quantityInvalid'],
      ['maxMonthlyTotal', 'budgetInvalid'],
      ['maxVendors', 'maxVendorsInvalid'],
    ]);
    expect([...checkDraft(draft({ needs: [] }), blueprintNeeds).errors]).toEqual([['needs', 'needsRequired']]);
    expect([...checkDraft(draft({ blueprint: null }), null).errors]).toEqual([['needs', 'needsRequired']]);
  });

  it('shows a request from the address as it was sent', () => {
    const state = checkDraft(draftOf(full), blueprintNeeds).state;
    expect(state).toEqual(full);
  });
});

describe('the API’s refusals, by field', () => {
  it('places each problem next to the field it is about', () => {
    expect(composeField(['input', 'blueprintSlug'])).toBe('blueprint');
    expect(composeField(['input', 'needs', 2, 'categorySlug'])).toBe('need-2-category');
    expect(composeField(['input', 'needs', '1', 'quantity'])).toBe('need-1-quantity');
    expect(composeField(['input', 'needs'])).toBe('needs');
    expect(composeField(['input', 'constraints', 'verifiedFramework'])).toBe('framework');
    expect(composeField(['input', 'constraints', 'excludeVendors', 0])).toBe('excludeVendors');
    expect(composeField(['constraints', 'maxVendors'])).toBe('maxVendors');
    expect(composeField(['input', 'constraints', 'somethingNew'])).toBeNull();
    expect(composeField(null)).toBeNull();
  });

  it('reads the problems a refusal lists, or the refusal itself', () => {
    const listed = refusalProblems(
      {
        reason: 'UNKNOWN_BLUEPRINT',
        problems: [
          { field: ['input', 'blueprintSlug'], code: 'UNKNOWN_BLUEPRINT', message: 'No blueprint has the slug "x".' },
          { field: ['input', 'constraints', 'maxVendors'], code: 'INVALID_MAX_VENDORS', message: 'The number of vendors must be 1 to 50; got 0.' },
        ],
      },
      'No blueprint has the slug "x". (and 1 more problems)',
    );
    expect([...problemsByField(listed).keys()]).toEqual(['blueprint', 'maxVendors']);
    expect(refusalProblems({ reason: 'NO_NEEDS', field: ['input', 'needs'] }, 'Name a blueprint.')).toEqual([
      { field: ['input', 'needs'], code: 'NO_NEEDS', message: 'Name a blueprint.' },
    ]);
  });
});

describe('adopting an alternative', () => {
  const items = [
    { plan: { id: 'a' }, quantity: 500, redundancyGroup: 'need-e-learning' },
    { plan: { id: 'b' }, quantity: 1, redundancyGroup: null },
    { plan: { id: 'c' }, quantity: 500, redundancyGroup: 'need-e-learning' },
    { plan: { id: 'd' }, quantity: 2, redundancyGroup: 'need-compute' },
  ];

  it('makes the builder’s stack of its lines, with their redundancy groups, which the builder reads back', () => {
    const stack = adoptedStack('Học trực tuyến — Rẻ nhất năm đầu', items);
    expect(stack).toEqual({
      name: 'Học trực tuyến — Rẻ nhất năm đầu',
      items: [
        { planId: 'a', quantity: 500, redundancyGroup: 'need-e-learning' },
        { planId: 'b', quantity: 1 },
        { planId: 'c', quantity: 500, redundancyGroup: 'need-e-learning' },
        { planId: 'd', quantity: 2, redundancyGroup: 'need-compute' },
      ],
    });
    expect(parseStoredStack(JSON.stringify(stack))).toEqual(stack);
    expect(parseStoredStack(JSON.stringify({ name: 'S', items: [{ planId: 'a', quantity: 1, redundancyGroup: 'no spaces allowed' }] }))!.items).toEqual([
      { planId: 'a', quantity: 1 },
    ]);
  });

  it('keeps a line’s group while the builder changes its quantity or plan', () => {
    const stack = adoptedStack('S', items);
    expect(setQuantity(stack, 'a', 600).items[0]).toEqual({ planId: 'a', quantity: 600, redundancyGroup: 'need-e-learning' });
    expect(changePlan(stack, 'c', 'e').items[2]).toEqual({ planId: 'e', quantity: 500, redundancyGroup: 'need-e-learning' });
    // a group left with one line is no group: the builder drops it
    expect(changePlan(stack, 'd', 'e').items[3]).toEqual({ planId: 'e', quantity: 2 });
  });

  it('shows a group’s lines together where its first line is', () => {
    expect(lineRuns(items).map((run) => ({ group: run.group, indexes: run.indexes }))).toEqual([
      { group: 'need-e-learning', indexes: [0, 2] },
      { group: null, indexes: [1] },
      { group: 'need-compute', indexes: [3] },
    ]);
  });
});

describe('a need’s unit', () => {
  const servers = { unitName: 'máy chủ', unitNameEn: 'servers', unitNameEnOne: 'server' };

  it('is singular for one in English, and one form whatever the quantity in Vietnamese', () => {
    expect([0, 1, 2, 1000].map((quantity) => unitOf('en', quantity, servers))).toEqual(['servers', 'server', 'servers', 'servers']);
    expect([1, 2].map((quantity) => unitOf('vi', quantity, servers))).toEqual(['máy chủ', 'máy chủ']);
  });
});
