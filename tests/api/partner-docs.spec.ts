import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../packages/api/src/modules/partners/webhooks.ts';
import { createKey } from '../support/accounts.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { firstPlans, saveMutation } from '../support/stacks.ts';

// The examples of docs/PARTNER_API.md, run as a partner would run them, so the docs never rot.

const run = promisify(execFile);
const doc = readFileSync(new URL('../../docs/PARTNER_API.md', import.meta.url), 'utf8');

/** Fenced blocks whose first line is "# example: …" or "// example: …", by name. */
function examples(): Map<string, { language: string; code: string }> {
  const found = new Map<string, { language: string; code: string }>();
  for (const match of doc.matchAll(/```(sh|ts)\n((?:#|\/\/) example: ([^\n]+)\n[\s\S]*?)```/g)) {
    found.set(match[3]!, { language: match[1]!, code: match[2]! });
  }
  return found;
}

let server: TestServer;
let env: Record<string, string>;
let workDir: string;
beforeAll(async () => {
  server = await startServer();
  const { key } = await createKey(server.database, 'fpt-is', ['listings:read', 'listings:write', 'quotes:read']);
  const testKey = (await createKey(server.database, 'fpt-is', ['listings:read', 'listings:write', 'quotes:read', 'quotes:write'], { mode: 'TEST' })).key;
  env = { PATH: process.env.PATH ?? '', MAYVIET_URL: server.url, MAYVIET_KEY: key, MAYVIET_TEST_KEY: testKey };
  workDir = mkdtempSync(join(tmpdir(), 'mv-docs-'));
});
afterAll(async () => {
  await server.close();
  rmSync(workDir, { recursive: true, force: true });
});

function example(name: string) {
  const found = examples().get(name);
  if (!found) throw new Error(`docs/PARTNER_API.md has no example "${name}"`);
  return found;
}

async function runShell(name: string) {
  return run('bash', ['-euo', 'pipefail', '-c', example(name).code], { env });
}

async function runTypeScript(name: string, harness = '') {
  const file = join(workDir, `${name.replaceAll(/\W+/g, '-')}.mts`);
  writeFileSync(file, `${example(name).code}\n${harness}`);
  return run(process.execPath, ['--import', 'tsx', file], { env, cwd: process.cwd() });
}

describe('docs/PARTNER_API.md', () => {
  it('has the examples this spec runs, and no others', () => {
    expect([...examples().keys()].sort()).toEqual([
      "create a draft on Viettel IDC's data centers, then send it for review",
      'create a sandbox draft with a TEST key; nobody else sees it',
      'read the quote inbox with fetch',
      'verify a webhook signature',
      'who am I',
    ].sort());
  });

  it('"who am I" names the key’s organization and scopes', async () => {
    const { stdout } = await runShell('who am I');
    const body = JSON.parse(stdout);
    expect(body.data.viewer).toMatchObject({ organization: { vendor: { slug: 'fpt-is' } }, scopes: ['listings:read', 'listings:write', 'quotes:read'] });
  });

  it('"create a draft …, then send it for review" leaves a listing in review', async () => {
    const { stdout } = await runShell("create a draft on Viettel IDC's data centers, then send it for review");
    const lines = stdout.trim().split('\n');
    expect(JSON.parse(lines[0]!).data.createOffering).toMatchObject({ offering: { status: 'DRAFT', version: 1 }, userErrors: [] });
    expect(JSON.parse(lines[1]!).data.submitOffering).toEqual({ offering: { status: 'IN_REVIEW' }, userErrors: [] });
  });

  it('"create a sandbox draft with a TEST key" works, and again', async () => {
    for (let round = 0; round < 2; round += 1) {
      const { stdout } = await runShell('create a sandbox draft with a TEST key; nobody else sees it');
      expect(stdout.trim().split('\n')).toEqual(['true', 'true']);
    }
  });

  it('"read the quote inbox with fetch" prints the open requests', async () => {
    const p = await firstPlans(server, 'fpt-is-e-learning');
    const stack = (await server.gql(saveMutation, { input: { name: 'Đào tạo trực tuyến', items: [{ planId: p['fpt-is-e-learning']!.id, quantity: 40 }] } }))
      .data.saveStack.stack;
    await server.gql(`mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { userErrors { code } } }`, {
      input: { stackId: stack.id, contactName: 'Trần Minh', contactEmail: 'minh@truong.edu.vn' },
    });
    const { stdout } = await runTypeScript('read the quote inbox with fetch');
    const subtotal = BigInt(p['fpt-is-e-learning']!.monthlyPrice) * 40n;
    expect(stdout).toMatch(new RegExp(`^MV-\\d{4}-\\d{6,} Trần Minh <minh@truong\\.edu\\.vn>: ${subtotal} VND/month, 0 VND once\n1 open quote requests\n$`));
  });

  it('"verify a webhook signature" accepts the marketplace’s signature and nothing else', async () => {
    const secret = 'whsec_documentation-test-secret';
    const body = JSON.stringify({ event: 'QUOTE_REQUESTED', quoteRequest: { contactName: 'An' } });
    const now = Math.floor(Date.now() / 1000);
    const cases = {
      genuine: [signWebhook(secret, body, now), body],
      tampered: [signWebhook(secret, body, now), body.replace('An', 'Bình')],
      otherSecret: [signWebhook('whsec_other', body, now), body],
      replayed: [signWebhook(secret, body, now - 3600), body],
      malformed: ['v1=abc', body],
    };
    const harness = `console.log(JSON.stringify(Object.fromEntries(Object.entries(${JSON.stringify(cases)})
      .map(([name, [header, raw]]) => [name, verifyMayVietSignature(${JSON.stringify(secret)}, header, raw)]))));`;
    const { stdout } = await runTypeScript('verify a webhook signature', harness);
    expect(JSON.parse(stdout)).toEqual({ genuine: true, tampered: false, otherSecret: false, replayed: false, malformed: false });
  });
});
