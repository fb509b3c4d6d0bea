import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSchema, isObjectType, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyPrefix } from '../../packages/api/src/modules/accounts/secrets.ts';
import { signWebhook } from '../../packages/api/src/modules/partners/webhooks.ts';
import { createKey, createPartner, signIn } from '../support/accounts.ts';
import { aliasLanguages, codeBlocks, fileName, runnableLanguages, runNode, runShell, runTypeScript, type Environment } from '../support/doc-examples.ts';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { firstPlans, saveMutation } from '../support/stacks.ts';

// Every code block of docs/PARTNER_API.md, run (sh, ts) or checked (graphql, json) as a partner would, against
// one started server, in document order, so the docs never rot. Adding an example needs no change here.

const doc = readFileSync(new URL('../../docs/PARTNER_API.md', import.meta.url), 'utf8');
const schema = buildSchema(readFileSync(new URL('../../packages/api/schema.graphql', import.meta.url), 'utf8'));
const blocks = codeBlocks(doc);
const examples = blocks.filter((block) => block.name !== null && block.language in runnableLanguages);
const allScopes = ['listings:read', 'listings:write', 'quotes:read', 'quotes:write'];

let server: TestServer;
let receiver: Server;
let env: Environment;
let workDir: string;
beforeAll(async () => {
  server = await startServer({ settings: { ...roomyBudget, quoteRequestsPerHour: 1000, webhookAllowLocalHttp: true, webhookPollMs: 50 } });
  receiver = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(request.method === 'POST' ? 200 : 405).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const address = receiver.address();
  if (!address || typeof address === 'string') throw new Error('the receiver has no port');
  const { key } = await createKey(server.database, 'fpt-is', allScopes);
  const { key: testKey } = await createKey(server.database, 'fpt-is', allScopes, { mode: 'TEST' });
  const { user } = await createPartner(server.database, 'fpt-is', 'OWNER');
  const session = (await signIn(server, user.email)).replace(/^mv_session=/, '');
  env = {
    PATH: process.env.PATH ?? '',
    MAYVIET_URL: server.url,
    MAYVIET_KEY: key,
    MAYVIET_TEST_KEY: testKey,
    MAYVIET_SESSION: session,
    MAYVIET_RECEIVER: `http://127.0.0.1:${address.port}/mayviet-webhooks`,
  };
  workDir = mkdtempSync(join(tmpdir(), 'mv-docs-'));
});
afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve));
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** A fresh open quote request to fpt-is (e-learning, 40 seats), as a buyer sends one; its monthly subtotal. */
async function requestQuoteFromFptIs(): Promise<bigint> {
  const plan = (await firstPlans(server, 'fpt-is-e-learning'))['fpt-is-e-learning']!;
  const saved = await server.gql(saveMutation, { input: { name: 'Đào tạo trực tuyến', items: [{ planId: plan.id, quantity: 40 }] } });
  const requested = await server.gql(`mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { userErrors { code } } }`, {
    input: { stackId: saved.data.saveStack.stack.id, contactName: 'Trần Minh', contactEmail: 'minh@truong.edu.vn' },
  });
  expect(requested.data.requestQuote.userErrors).toEqual([]);
  return BigInt(plan.monthlyPrice) * 40n;
}

interface Special {
  /** runs before the example: what a partner would already have (a buyer's quote request…) */
  before?: () => Promise<unknown>;
  /** TypeScript appended to the example (which may export functions) to exercise it */
  harness?: string;
  /** a file of the repository the example is a copy of, run in place (so that it is typechecked too) */
  file?: string;
  /** checks the example's output beyond exiting 0 */
  check?: (stdout: string, before: unknown) => void;
}

const quoteLine = /^MV-\d{4}-\d{6,} Trần Minh <minh@truong\.edu\.vn>: (\d+) VND\/month, 0 VND once$/;
const webhookSecret = 'whsec_documentation-test-secret';

/** What some examples need before they run, or what their output must say; by example name. */
const specials: Record<string, Special> = {
  'who am I': {
    check(stdout) {
      expect(JSON.parse(stdout).data.viewer).toMatchObject({ organization: { vendor: { slug: 'fpt-is' } }, scopes: allScopes });
    },
  },
  "create a draft on Viettel IDC's data centers, then send it for review": {
    check(stdout) {
      const lines = stdout.trim().split('\n');
      expect(JSON.parse(lines[0]!).data.createOffering).toMatchObject({ offering: { status: 'DRAFT', version: 1 }, userErrors: [] });
      expect(JSON.parse(lines[1]!).data.submitOffering).toEqual({ offering: { status: 'IN_REVIEW' }, userErrors: [] });
    },
  },
  'read the quote inbox with fetch': {
    before: requestQuoteFromFptIs,
    check(stdout, subtotal) {
      const lines = stdout.trimEnd().split('\n');
      expect(lines.at(-1)).toMatch(/^\d+ open quote requests$/);
      expect(Number(lines.at(-1)!.split(' ')[0])).toBeGreaterThanOrEqual(lines.length - 1);
      expect(lines.slice(0, -1).every((line) => quoteLine.test(line))).toBe(true);
      expect(lines[0]).toMatch(new RegExp(`: ${subtotal} VND/month, 0 VND once$`));
    },
  },
  'answer the newest quote request with an offer': {
    before: requestQuoteFromFptIs,
    check(stdout, subtotal) {
      expect(stdout).toMatch(new RegExp(`^MV-\\d{4}-\\d{6,}: OPEN, ${((subtotal as bigint) * 9n) / 10n} VND/month instead of ${subtotal}\n$`));
    },
  },
  'read your offers on a quote request, then decline it': {
    before: requestQuoteFromFptIs,
    check(stdout) {
      expect(stdout).toMatch(/^MV-\d{4}-\d{6,}: SEEN, 0 offers\nMV-\d{4}-\d{6,}: VENDOR_DECLINED\n$/);
    },
  },
  'list your drafts with the typed client': {
    file: 'examples/partner-client/src/drafts.ts',
    before: async () => {
      const created = await server.gql(
        `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { name version } userErrors { code } } }`,
        { input: { name: 'Bản nháp có kiểu', summary: 'Một bản nháp.', description: 'Một bản nháp.', kind: 'SAAS', categorySlug: 'accounting', dataCenterIds: [], plans: [{ name: 'Gói cơ bản', price: '100000', unit: 'MONTH' }] } },
        { authorization: `Bearer ${env.MAYVIET_KEY}` },
      );
      expect(created.data.createOffering.userErrors).toEqual([]);
    },
    check(stdout) {
      const lines = stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^Bản nháp có kiểu \(v1, \d{4}-\d\d-\d\dT[\d:.]+Z\)$/);
      expect(lines.slice(0, -1).every((line) => / \(v\d+, \S+\)$/.test(line))).toBe(true);
      expect(Number(/^(\d+) drafts$/.exec(lines.at(-1)!)?.[1])).toBeGreaterThanOrEqual(lines.length - 1);
    },
  },
  'verify a webhook signature': {
    before: async () => {
      const body = JSON.stringify({ event: 'QUOTE_REQUESTED', quoteRequest: { contactName: 'An' } });
      const now = Math.floor(Date.now() / 1000);
      return {
        genuine: [signWebhook(webhookSecret, body, now), body],
        tampered: [signWebhook(webhookSecret, body, now), body.replace('An', 'Bình')],
        otherSecret: [signWebhook('whsec_other', body, now), body],
        replayed: [signWebhook(webhookSecret, body, now - 3600), body],
        malformed: ['v1=abc', body],
      };
    },
    harness: `const cases: Record<string, [string, string]> = JSON.parse(process.env.CASES!);
console.log(JSON.stringify(Object.fromEntries(Object.entries(cases)
  .map(([name, [header, raw]]) => [name, verifyMayVietSignature(${JSON.stringify(webhookSecret)}, header, raw)]))));`,
    check(stdout) {
      expect(JSON.parse(stdout)).toEqual({ genuine: true, tampered: false, otherSecret: false, replayed: false, malformed: false });
    },
  },
};

describe('docs/PARTNER_API.md', () => {
  it('makes every sh and ts block an example, each named once', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const block of blocks) {
      if (block.language in aliasLanguages) problems.push(`line ${block.line}: write \`\`\`${aliasLanguages[block.language]}, not \`\`\`${block.language}`);
      if (!(block.language in runnableLanguages)) continue;
      if (block.name === null) problems.push(`line ${block.line}: a \`\`\`${block.language} block must start with "${runnableLanguages[block.language]}"`);
      else if (seen.has(block.name)) problems.push(`line ${block.line}: a second example named "${block.name}"`);
      else seen.add(block.name);
    }
    expect(problems).toEqual([]);
  });

  it('has an example for each special check of this spec', () => {
    const names = new Set(examples.map((block) => block.name));
    expect(Object.keys(specials).filter((name) => !names.has(name))).toEqual([]);
  });

  for (const block of blocks) {
    if (block.name !== null && block.language in runnableLanguages) {
      const name = block.name;
      it(`example "${name}" runs`, async () => {
        const special = specials[name] ?? {};
        const given = await special.before?.();
        const withGiven = special.harness ? { ...env, CASES: JSON.stringify(given) } : env;
        if (special.file) expect(block.code, `the example is a copy of ${special.file}`).toBe(readFileSync(special.file, 'utf8'));
        const { stdout } =
          block.language === 'sh'
            ? await runShell(block.code, withGiven)
            : special.file
              ? await runNode(join(process.cwd(), special.file), withGiven, join(process.cwd(), dirname(dirname(special.file))))
              : await runTypeScript(`${block.code}\n${special.harness ?? ''}`, withGiven, { dir: workDir, file: `${fileName(name)}.mts`, cwd: process.cwd() });
        special.check?.(stdout, given);
      });
    } else if (block.language === 'graphql') {
      it(`the graphql block at line ${block.line} is valid against packages/api/schema.graphql`, () => {
        expect(validate(schema, parse(block.code)).map((error) => error.message)).toEqual([]);
      });
    } else if (block.language === 'json') {
      it(`the json block at line ${block.line} parses`, () => {
        expect(() => JSON.parse(block.code)).not.toThrow();
      });
    }
  }
});

describe('docs/PARTNER_API.md says what the API does', () => {
  it('words the key prefix as apiKeyPrefix computes it, for real keys whose secrets hold "_" and "-"', async () => {
    expect(doc).not.toMatch(/second underscore/i);
    const stated = /`(mv_live_\w{10}_[\w-]{43})`\s+has the prefix `([^`]+)`/.exec(doc);
    expect(stated, 'the doc shows a whole example key and its prefix').not.toBeNull();
    expect(apiKeyPrefix(stated![1]!)).toBe(stated![2]);
    expect(doc).toMatch(/the part before the third underscore/);
    const beforeThirdUnderscore = (key: string) => key.split('_').slice(0, 3).join('_');
    const keys: string[] = [];
    while (!keys.some((key) => /[_-]/.test(key.slice(19)))) {
      for (const mode of ['LIVE', 'TEST'] as const) keys.push((await createKey(server.database, 'fpt-is', ['listings:read'], { mode })).key);
    }
    for (const key of keys) expect(beforeThirdUnderscore(key)).toBe(apiKeyPrefix(key));
  });

  it('has a quote inbox example that runs as a .ts file copied into a project without "type": "module"', async () => {
    const subtotal = await requestQuoteFromFptIs();
    const inbox = examples.find((block) => block.name === 'read the quote inbox with fetch')!;
    const dir = mkdtempSync(join(tmpdir(), 'mv-docs-copy-'));
    try {
      const { stdout } = await runTypeScript(inbox.code, env, { dir, file: 'inbox.ts', cwd: process.cwd() });
      expect(stdout).toMatch(new RegExp(`: ${subtotal} VND/month, 0 VND once\n`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names every type implementing Node as one node(id) reads or one it answers null for, as it does', async () => {
    const paragraph = /\*\*Global ids\.\*\*[^\n]*(?:\n[^\n]+)*/.exec(doc)?.[0] ?? '';
    const [reads = '', nulls = ''] = paragraph.split('answers null');
    const named = (text: string) => [...text.matchAll(/`([A-Z]\w+)`/g)].map((match) => match[1]!);
    const implementers = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node'))
      .map((type) => type.name);
    expect([...named(reads), ...named(nulls)].sort()).toEqual(implementers.sort());
    const description = schema.getQueryType()!.getFields().node!.description ?? '';
    expect(named(reads).filter((type) => !description.includes(type))).toEqual([]);

    const auth = { authorization: `Bearer ${env.MAYVIET_KEY}` };
    const ids = await server.gql(
      `{ offering(slug: "fpt-is-e-learning") { id vendor { id } plans { id } dataCenters { id } } viewer { organization { id } apiKey { id } } }`,
      {},
      auth,
    );
    const { offering, viewer } = ids.data;
    const sample: Record<string, string | undefined> = {
      Offering: offering.id,
      Vendor: offering.vendor.id,
      Plan: offering.plans[0]?.id,
      DataCenter: offering.dataCenters[0]?.id,
      Organization: viewer.organization.id,
      ApiKey: viewer.apiKey.id,
    };
    for (const [type, id] of Object.entries(sample).filter(([, id]) => id)) {
      const read = await server.gql(`query($id: ID!) { node(id: $id) { __typename } }`, { id }, auth);
      expect({ type, node: read.data.node }).toEqual({ type, node: named(reads).includes(type) ? { __typename: type } : null });
    }
  });
});

describe('examples/partner-client, the typed client of "A typed client"', () => {
  const example = join(process.cwd(), 'examples/partner-client');

  it('reads the viewer, lists its listings and creates a draft', async () => {
    const { stdout } = await runNode(join(example, 'src/main.ts'), { PATH: env.PATH!, MAYVIET_URL: env.MAYVIET_URL!, MAYVIET_KEY: env.MAYVIET_KEY! }, example);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`organization: fpt-is, key ${apiKeyPrefix(env.MAYVIET_KEY!)}, scopes ${allScopes.join(' ')}`);
    const count = Number(/^listings: (\d+)$/.exec(lines[1]!)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(lines.slice(2, -1)).toHaveLength(Math.min(count, 5));
    expect(lines.slice(2, -1).every((line) => /^- [A-Z_]+ v\d+ \S/.test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(/^created: DRAFT v1 \S+$/);
  });

  it('typechecks in a fresh project set up as "A typed client" says', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-typed-client-'));
    try {
      const tsconfig = blocks.find((block) => block.language === 'json' && block.code.includes('gql.tada/ts-plugin'));
      expect(tsconfig, 'the doc shows the tsconfig.json').toBeDefined();
      writeFileSync(join(dir, 'tsconfig.json'), tsconfig!.code);
      writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
      symlinkSync(join(example, 'node_modules'), join(dir, 'node_modules'));
      copyFileSync('packages/api/schema.graphql', join(dir, 'schema.graphql'));
      mkdirSync(join(dir, 'src'));
      for (const file of ['graphql.ts', 'client.ts', 'drafts.ts']) copyFileSync(join(example, 'src', file), join(dir, 'src', file));
      const tool = (path: string, ...args: string[]) => execFileSync(process.execPath, [join(dir, 'node_modules', path), ...args], { cwd: dir, stdio: 'pipe' });
      tool('gql.tada/bin/cli.js', 'generate', 'output');
      tool('typescript/bin/tsc', '--noEmit', '-p', '.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('has graphql-env.d.ts generated from packages/api/schema.graphql (pnpm --filter @mayviet/example-partner-client graphql:generate)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-tada-'));
    try {
      const output = join(dir, 'graphql-env.d.ts');
      execFileSync(
        process.execPath,
        [join(example, 'node_modules/gql.tada/bin/cli.js'), 'generate', 'output', '--tsconfig', join(example, 'tsconfig.json'), '--output', output],
        { stdio: 'pipe' },
      );
      const current = readFileSync(join(example, 'src/graphql-env.d.ts'), 'utf8') === readFileSync(output, 'utf8');
      expect(current, 'examples/partner-client/src/graphql-env.d.ts is stale: run pnpm --filter @mayviet/example-partner-client graphql:generate').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
