import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase, queryRows, type Database } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createPartner, signIn } from '../support/accounts.ts';
import { capturedLog } from '../support/log.ts';
import { freshDatabase, startServer, type TestServer } from '../support/server.ts';

const setWebhookMutation = `mutation($url: String) { setWebhook(input: { url: $url }) { secret userErrors { code } } }`;
const createKeyMutation = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { code } } }`;
const signInMutation = `mutation($input: SignInInput!) { signIn(input: $input) { user { email } userErrors { code } } }`;

/** Makes every later write of `column` fail in PostgreSQL itself, the way a real fault would. */
async function refuseWrites(database: Database, table: string, constraint: string, check: string): Promise<() => Promise<void>> {
  await database.db.execute(sql.raw(`alter table ${table} add constraint ${constraint} check (${check}) not valid`));
  return async () => {
    await database.db.execute(sql.raw(`alter table ${table} drop constraint ${constraint}`));
  };
}

describe('a statement that fails with secrets among its values', () => {
  let server: TestServer;
  let captured: ReturnType<typeof capturedLog>;
  let owner: Record<string, string>;
  beforeAll(async () => {
    captured = capturedLog();
    server = await startServer({ log: captured.log, settings: { webhookAllowLocalHttp: true } });
    owner = { cookie: await signIn(server, (await createPartner(server.database, 'cmc-cloud', 'OWNER')).user.email) };
  });
  afterAll(() => server.close());

  it('is logged, over HTTP, without the new whsec_ secret or the URL', async () => {
    const allow = await refuseWrites(server.owner, 'webhook_endpoints', 'test_refuses_webhook_secrets', 'webhook_secret is null');
    try {
      const result = await server.gql(setWebhookMutation, { url: 'https://hooks.log-sentinel.example.vn/mayviet' }, owner);
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await allow();
    }
    const failure = captured.entries().find((entry) => entry.msg === 'resolver failed');
    expect(failure, 'the failure is logged').toBeDefined();
    // What an operator needs stays: which constraint, which statement.
    expect(JSON.stringify(failure)).toContain('test_refuses_webhook_secrets');
    expect(JSON.stringify(failure)).toContain('insert into webhook_endpoints');
    expect(captured.text()).not.toContain('whsec_');
    expect(captured.text()).not.toContain('log-sentinel');
  });

  it('is logged, over HTTP, without the new key’s prefix, hash or name', async () => {
    const allow = await refuseWrites(server.owner, 'api_keys', 'test_refuses_keys', `name <> 'CI log-sentinel'`);
    try {
      const result = await server.gql(createKeyMutation, { input: { name: 'CI log-sentinel', scopes: ['listings:read'] } }, owner);
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await allow();
    }
    const failures = captured.entries().filter((entry) => entry.msg === 'resolver failed');
    expect(JSON.stringify(failures)).toContain('test_refuses_keys');
    expect(captured.text()).not.toContain('mv_live_');
    expect(captured.text()).not.toContain('log-sentinel');
  });
});

describe('a NUL byte in a secret-bearing argument', () => {
  it('leaves no trace of the e-mail, URL or key name in the log', async () => {
    const captured = capturedLog();
    const server = await startServer({ log: captured.log, settings: { webhookAllowLocalHttp: true } });
    try {
      const partner = await createPartner(server.database, 'vng-cloud', 'OWNER');
      const owner = { cookie: await signIn(server, partner.user.email) };
      const signInResult = await server.gql(signInMutation, { input: { email: `nul-sentinel\u0000${partner.user.email}`, password: 'whatever it is' } });
      const webhook = await server.gql(setWebhookMutation, { url: 'https://hooks.nul-sentinel.example.vn/\u0000' }, owner);
      const key = await server.gql(createKeyMutation, { input: { name: 'nul-sentinel\u0000', scopes: ['listings:read'] } }, owner);
      for (const result of [signInResult, webhook, key]) expect(result.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      expect(captured.entries().filter((entry) => entry.msg === 'request').length).toBeGreaterThanOrEqual(4);
      expect(captured.text()).not.toContain('nul-sentinel');
      expect(captured.text()).not.toContain(partner.user.email);
      expect(captured.text()).not.toContain('whsec_');
    } finally {
      await server.close();
    }
  });
});

describe('the logger', () => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await freshDatabase());
  });
  afterAll(() => drop());

  /** A real failed statement, on this suite's driver, carrying a secret among its values. */
  async function failedStatement(secret: string): Promise<Error> {
    try {
      await queryRows(database.db, sql`select ${secret}::text as secret, ${'not a uuid'}::uuid as id`);
    } catch (error) {
      return error as Error;
    }
    throw new Error('the statement did not fail');
  }

  it('keeps a statement’s values out of the log whichever way its error is logged', async () => {
    const secret = 'whsec_logger-sentinel';
    const error = await failedStatement(secret);
    expect(`${error.message} ${JSON.stringify(error)}`, 'the driver’s error carries the value').toContain(secret);
    const captured = capturedLog();
    captured.log.error({ err: error }, 'as err');
    captured.log.error(error);
    captured.log.error(error, 'as the first argument');
    captured.log.warn({ error }, 'as error');
    captured.log.error({ err: new GraphQLError('resolver failed', { originalError: error }) }, 'wrapped by graphql');
    captured.log.error({ err: new Error('wrapped', { cause: error }) }, 'as a cause');
    captured.log.error({ err: new AggregateError([error], 'several') }, 'in an aggregate');
    captured.log.error({ apollo: true }, String(error));
    expect(captured.entries()).toHaveLength(8);
    expect(captured.text()).not.toContain(secret);
    // The failure itself stays readable.
    expect(captured.text()).toContain('invalid input syntax for type uuid');
  });

  it('still logs credentials in headers as [redacted]', () => {
    const captured = capturedLog();
    captured.log.info({ headers: { authorization: 'Bearer mv_live_0123456789_secret', cookie: 'mv_session=secret' } }, 'headers');
    expect(captured.text()).not.toContain('secret');
    expect(captured.text()).toContain('[redacted]');
  });
});

describe('the operators’ CLI', () => {
  const run = promisify(execFile);
  let dataDir: string | null = null;
  let env: Record<string, string>;
  let database: Database;
  let drop: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    const template = inject('templateDatabase');
    if (template) {
      const fresh = await freshDatabase();
      // The CLI runs as the server's role; the constraints that make its writes fail are the owner's to add.
      database = fresh.owner;
      drop = fresh.drop;
      env = { DATABASE_URL: fresh.database.url! };
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'mv-cli-log-'));
      database = await openDatabase({ dataDir, loadDataDir: new Blob([readFileSync(inject('pgliteDump')!)]) });
      env = { PGLITE_DATA_DIR: dataDir };
    }
  });
  afterAll(async () => {
    if (drop) await drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const admin = (args: string[], extra: Record<string, string> = {}) =>
    run(process.execPath, ['--import', 'tsx', 'packages/api/src/cli/admin.ts', ...args], { env: { PATH: process.env.PATH ?? '', ...env, ...extra } });

  it('reports a failed statement without the password hash or the key it was storing', async () => {
    await refuseWrites(database, 'users', 'test_refuses_users', `name <> 'Staff cli-sentinel'`);
    await refuseWrites(database, 'api_keys', 'test_refuses_keys', `name <> 'Key cli-sentinel'`);
    // PGlite has one user at a time: the CLI opens the data directory itself.
    if (dataDir) await database.close();
    const staff = await admin(['create-staff', '--email', 'cli-sentinel@hiephoi.vn', '--name', 'Staff cli-sentinel'], { MV_PASSWORD: 'a long enough password' }).catch(
      (error: { stdout: string; stderr: string; code: number }) => error,
    );
    const key = await admin(['create-key', '--vendor', 'misa', '--name', 'Key cli-sentinel', '--scopes', 'listings:read']).catch(
      (error: { stdout: string; stderr: string; code: number }) => error,
    );
    for (const result of [staff, key]) {
      expect(result).toMatchObject({ code: 1 });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(output).toMatch(/test_refuses_(users|keys)/);
      expect(output).not.toContain('scrypt$');
      expect(output).not.toContain('mv_live_');
      expect(output).not.toContain('cli-sentinel');
    }
  });
});
