import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createUser, signIn } from '../support/accounts.ts';
import { startServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let staff: Record<string, string>;
let staffId: string;
let buyer: Record<string, string>;
let partner: Record<string, string>;
beforeAll(async () => {
  server = await startServer();
  const member = await createUser(server.database, { staff: true });
  staffId = member.id;
  staff = { cookie: await signIn(server, member.email) };
  buyer = { cookie: await signIn(server, (await createUser(server.database)).email) };
  partner = { authorization: `Bearer ${(await createKey(server.database, 'vnpt-it', ['listings:read', 'listings:write'])).key}` };
});
afterAll(() => server.close());

const blueprintFields = `slug name nameEn description descriptionEn
  needs { quantity note noteEn category { slug unitName unitNameEn unitNameEnOne needUnits } }`;
const listQuery = `{ blueprints { ${blueprintFields} } }`;
const save = `mutation($input: SaveBlueprintInput!) { saveBlueprint(input: $input) { blueprint { ${blueprintFields} } userErrors { field code message } } }`;
const remove = `mutation($slug: String!) { deleteBlueprint(slug: $slug) { slug userErrors { field code message } } }`;

interface Need {
  quantity: number;
  note: string | null;
  noteEn: string | null;
  category: { slug: string; unitName: string; unitNameEn: string; unitNameEnOne: string; needUnits: string[] };
}
interface Blueprint {
  slug: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  needs: Need[];
}

async function call(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await server.gql(query, variables, headers);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data)[0] as any;
}

const list = async (): Promise<Blueprint[]> => call(listQuery, {});

const valid = {
  slug: 'hospital-records',
  name: 'Hồ sơ bệnh án điện tử',
  nameEn: 'Electronic health records',
  description: 'Một bệnh viện lưu hồ sơ bệnh án điện tử.',
  descriptionEn: 'A hospital keeping electronic health records.',
  needs: [
    { categorySlug: 'managed-database', quantity: 2, note: 'Hồ sơ bệnh án', noteEn: 'The health records' },
    { categorySlug: 'object-storage', quantity: 800 },
  ],
};

describe('the blueprints query', () => {
  it('lists the eight seeded use cases to anyone, in staff’s order, with their needs in each category’s usual unit', async () => {
    const blueprints = await list();
    expect(blueprints.map((b) => b.slug)).toEqual([
      'remote-learning',
      'telemedicine',
      'remote-work',
      'sme-remote-accounting',
      'e-newspaper',
      'cyber-security-platform',
      'city-e-government',
      'city-data-center',
    ]);
    for (const b of blueprints) {
      expect(b.name.length * b.nameEn.length * b.description.length * b.descriptionEn.length, b.slug).toBeGreaterThan(0);
      expect(b.needs.length, b.slug).toBeGreaterThanOrEqual(3);
      for (const need of b.needs) expect(need.note === null, `${b.slug} ${need.category.slug}`).toBe(need.noteEn === null);
    }
    const city = blueprints.find((b) => b.slug === 'city-data-center')!;
    expect(city.needs.map((need) => need.category.slug)).toEqual([
      'network',
      'waf',
      'ddos-protection',
      'cdn',
      'compute',
      'block-storage',
      'object-storage',
      'monitoring',
    ]);
    expect(city.needs[4]).toMatchObject({ quantity: 20, category: { slug: 'compute', unitName: 'máy chủ', unitNameEn: 'servers', unitNameEnOne: 'server', needUnits: ['MONTH', 'HOUR'] } });
    expect(city.needs[5]!.category).toMatchObject({ unitName: 'GB', needUnits: ['GB_MONTH'] });
    const learning = blueprints.find((b) => b.slug === 'remote-learning')!;
    expect(learning.needs[0]).toEqual({
      quantity: 500,
      note: 'Tài khoản cho người học',
      noteEn: 'Accounts for the learners',
      category: { slug: 'e-learning', unitName: 'người học', unitNameEn: 'learners', unitNameEnOne: 'learner', needUnits: ['USER_MONTH'] },
    });
  });
});

describe('staff curating blueprints', () => {
  it('creates a blueprint last, replaces it by slug (needs and all, keeping its place), moves it, then deletes it', async () => {
    const created = await call(save, { input: valid }, staff);
    expect(created.userErrors).toEqual([]);
    expect(created.blueprint).toEqual({
      slug: 'hospital-records',
      name: 'Hồ sơ bệnh án điện tử',
      nameEn: 'Electronic health records',
      description: 'Một bệnh viện lưu hồ sơ bệnh án điện tử.',
      descriptionEn: 'A hospital keeping electronic health records.',
      needs: [
        { quantity: 2, note: 'Hồ sơ bệnh án', noteEn: 'The health records', category: expect.objectContaining({ slug: 'managed-database' }) },
        { quantity: 800, note: null, noteEn: null, category: expect.objectContaining({ slug: 'object-storage', unitName: 'GB' }) },
      ],
    });
    expect((await list()).map((b) => b.slug).at(-1)).toBe('hospital-records');

    const replaced = await call(
      save,
      {
        input: {
          ...valid,
          name: '  Hồ sơ bệnh án  ',
          needs: [
            { categorySlug: 'object-storage', quantity: 1200, note: ' ', noteEn: '' },
            { categorySlug: 'backup', quantity: 1200, note: 'Sao lưu hằng ngày', noteEn: 'Daily backups' },
            { categorySlug: 'kms', quantity: 1 },
          ],
        },
      },
      staff,
    );
    expect(replaced.userErrors).toEqual([]);
    expect(replaced.blueprint.name).toBe('Hồ sơ bệnh án');
    expect(replaced.blueprint.needs.map((need: Need) => [need.category.slug, need.quantity, need.note])).toEqual([
      ['object-storage', 1200, null],
      ['backup', 1200, 'Sao lưu hằng ngày'],
      ['kms', 1, null],
    ]);
    const after = await list();
    expect(after.map((b) => b.slug).at(-1)).toBe('hospital-records');
    expect(after.filter((b) => b.slug === 'hospital-records')).toEqual([replaced.blueprint]);

    // Position 0 puts it before the seeded ones (1 to 8).
    expect((await call(save, { input: { ...valid, position: 0 } }, staff)).userErrors).toEqual([]);
    expect((await list()).map((b) => b.slug)[0]).toBe('hospital-records');

    expect(await call(remove, { slug: 'hospital-records' }, staff)).toEqual({ slug: 'hospital-records', userErrors: [] });
    expect((await list()).map((b) => b.slug)).not.toContain('hospital-records');
    expect(await call(remove, { slug: 'hospital-records' }, staff)).toEqual({
      slug: null,
      userErrors: [{ field: ['slug'], code: 'NOT_FOUND', message: 'No blueprint has the slug hospital-records.' }],
    });
  });

  it('answers every input error with its field and code, and saves nothing', async () => {
    const before = await list();
    const categories = (await call(`{ categories { slug } }`, {})).map((category: { slug: string }) => category.slug) as string[];
    expect(categories.length).toBeGreaterThan(21);
    const need = (extra: Record<string, unknown>) => ({ categorySlug: 'compute', quantity: 1, ...extra });
    const cases: [string, Record<string, unknown>, { field: string[]; code: string }[]][] = [
      ['a blank slug', { slug: ' ' }, [{ field: ['input', 'slug'], code: 'BLANK' }]],
      ['a slug of capitals', { slug: 'Remote_Learning' }, [{ field: ['input', 'slug'], code: 'INVALID' }]],
      ['a slug with a double hyphen', { slug: 'remote--learning' }, [{ field: ['input', 'slug'], code: 'INVALID' }]],
      ['a slug too long', { slug: 'a'.repeat(81) }, [{ field: ['input', 'slug'], code: 'TOO_LONG' }]],
      ['a blank name', { name: '  ' }, [{ field: ['input', 'name'], code: 'BLANK' }]],
      ['an English name too long', { nameEn: 'x'.repeat(121) }, [{ field: ['input', 'nameEn'], code: 'TOO_LONG' }]],
      ['a blank description', { description: '' }, [{ field: ['input', 'description'], code: 'BLANK' }]],
      ['an English description too long', { descriptionEn: 'x'.repeat(1001) }, [{ field: ['input', 'descriptionEn'], code: 'TOO_LONG' }]],
      ['a negative position', { position: -1 }, [{ field: ['input', 'position'], code: 'OUT_OF_RANGE' }]],
      ['a position too far', { position: 10_001 }, [{ field: ['input', 'position'], code: 'OUT_OF_RANGE' }]],
      ['no needs', { needs: [] }, [{ field: ['input', 'needs'], code: 'BLANK' }]],
      ['21 needs', { needs: categories.slice(0, 21).map((categorySlug) => need({ categorySlug })) }, [{ field: ['input', 'needs'], code: 'TOO_MANY' }]],
      ['an unknown category', { needs: [need({ categorySlug: 'quantum-computing' })] }, [{ field: ['input', 'needs', '0', 'categorySlug'], code: 'UNKNOWN_CATEGORY' }]],
      ['no category chosen', { needs: [need({ categorySlug: '' })] }, [{ field: ['input', 'needs', '0', 'categorySlug'], code: 'BLANK' }]],
      ['a category twice', { needs: [need({}), need({ categorySlug: 'cdn' }), need({ quantity: 3 })] }, [{ field: ['input', 'needs', '2', 'categorySlug'], code: 'DUPLICATE_NEED' }]],
      ['a quantity of 0', { needs: [need({ quantity: 0 })] }, [{ field: ['input', 'needs', '0', 'quantity'], code: 'QUANTITY_OUT_OF_RANGE' }]],
      ['a quantity over a million', { needs: [need({ quantity: 1_000_001 })] }, [{ field: ['input', 'needs', '0', 'quantity'], code: 'QUANTITY_OUT_OF_RANGE' }]],
      ['a note without its English', { needs: [need({ note: 'Máy chủ web' })] }, [{ field: ['input', 'needs', '0', 'noteEn'], code: 'BLANK' }]],
      ['an English note alone', { needs: [need({ note: ' ', noteEn: 'Web servers' })] }, [{ field: ['input', 'needs', '0', 'note'], code: 'BLANK' }]],
      ['a note too long', { needs: [need({ note: 'x'.repeat(301), noteEn: 'Web servers' })] }, [{ field: ['input', 'needs', '0', 'note'], code: 'TOO_LONG' }]],
    ];
    for (const [label, change, expected] of cases) {
      const answer = await call(save, { input: { ...valid, slug: 'remote-learning', ...change } }, staff);
      expect(answer.blueprint, label).toBeNull();
      expect(answer.userErrors.map(({ field, code }: { field: string[]; code: string }) => ({ field, code })), label).toEqual(expected);
      for (const error of answer.userErrors) expect(error.message.length, label).toBeGreaterThan(10);
    }
    expect(await list()).toEqual(before);
  });

  it('refuses a partner’s API key, a signed-in buyer and an anonymous caller', async () => {
    const operations: [string, Record<string, unknown>][] = [
      [save, { input: valid }],
      [remove, { slug: 'telemedicine' }],
    ];
    for (const [operation, variables] of operations) {
      expect((await server.gql(operation, variables, partner)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect((await server.gql(operation, variables, buyer)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect((await server.gql(operation, variables)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    expect((await list()).map((b) => b.slug)).toContain('telemedicine');
    expect((await list()).map((b) => b.slug)).not.toContain(valid.slug);
  });

  it('is recorded in the audit trail: who saved and deleted which blueprint and its needs', async () => {
    const requestId = 'blueprint-audit-save';
    const saved = await server.gql(save, { input: { ...valid, slug: 'audited-blueprint' } }, { ...staff, 'x-request-id': requestId });
    expect(saved.data.saveBlueprint.userErrors).toEqual([]);
    await server.gql(remove, { slug: 'audited-blueprint' }, { ...staff, 'x-request-id': 'blueprint-audit-delete' });

    const events = async (targetType: string) =>
      (
        await call(
          `query($filter: AuditFilter) { auditEventsConnection(filter: $filter, first: 50) { nodes { action actorType actorId requestId after before } } }`,
          { filter: { targetType, actorId: staffId } },
          staff,
        )
      ).nodes as { action: string; actorType: string; actorId: string; requestId: string; after: string | null; before: string | null }[];
    const blueprints = (await events('blueprints')).filter((event) => JSON.parse(event.after ?? event.before ?? '{}').slug === 'audited-blueprint');
    expect(blueprints.map((event) => [event.action, event.actorType, event.requestId])).toEqual([
      ['blueprints.DELETE', 'STAFF', 'blueprint-audit-delete'],
      ['blueprints.INSERT', 'STAFF', requestId],
    ]);
    const needs = (await events('blueprint_needs')).filter((event) => event.requestId === requestId);
    expect(needs.map((event) => event.action)).toEqual(['blueprint_needs.INSERT', 'blueprint_needs.INSERT']);
  });
});
