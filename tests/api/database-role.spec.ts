import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, workerSettled, type TestServer } from '../support/server.ts';
import { firstPlans, saveMutation } from '../support/stacks.ts';

// What the application could do to the audit trail if it were taken over (an injection, a stolen
// DATABASE_URL): every statement below runs in a session of the very role the test server runs as.
// PGlite has a single superuser and no roles to separate, so this runs on PostgreSQL only.

const onPostgres = inject('templateDatabase') !== null;

/** 'done' when the statements committed, else the error PostgreSQL gave. */
async function attempt(session: postgres.Sql, ...statements: string[]): Promise<string> {
  try {
    await session.begin(async (tx) => {
      for (const statement of statements) await tx.unsafe(statement);
    });
    return 'done';
  } catch (error) {
    return (error as Error).message;
  }
}

describe.skipIf(!onPostgres)('the role the API server runs as (PostgreSQL only; skipped on PGlite, which has no roles)', () => {
  let server: TestServer;
  let session: postgres.Sql;
  beforeAll(async () => {
    server = await startServer();
    // Every count below is the requests' own: the worker's one write at start (the seed's expired attestation) is done.
    await workerSettled(server);
    session = postgres(server.database.url!, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await session?.end({ timeout: 5 });
    await server?.close();
  });

  const auditCount = async () => (await session<{ n: number }[]>`select count(*)::int as n from audit_events`)[0]!.n;

  it('serves reads and writes, and every write it makes is audited', async () => {
    const before = await auditCount();
    const p = await firstPlans(server, 'viettel-cloud-server');
    const saved = await server.gql(saveMutation, { input: { name: 'Stack of the runtime role', items: [{ planId: p['viettel-cloud-server']!.id }] } }, { 'x-request-id': 'runtime-role-save' });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveStack.userErrors).toEqual([]);
    const audited = await session<{ action: string; actorType: string }[]>`
      select action, actor_type as "actorType" from audit_events where request_id = 'runtime-role-save' order by id`;
    expect(audited.map((event) => event.action)).toEqual(expect.arrayContaining(['stacks.INSERT', 'stack_items.INSERT']));
    expect(new Set(audited.map((event) => event.actorType))).toEqual(new Set(['ANONYMOUS']));
    expect(await auditCount()).toBe(before + audited.length);
  });

  it('is no superuser and owns no table, sequence or function', async () => {
    const [role] = await session<{ name: string; superuser: boolean; createRole: boolean }[]>`
      select rolname as name, rolsuper as superuser, rolcreaterole as "createRole" from pg_roles where rolname = current_user`;
    expect(role).toMatchObject({ superuser: false, createRole: false });
    const owned = await session<{ name: string }[]>`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and pg_has_role(c.relowner, 'USAGE')
      union all
      select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and pg_has_role(p.proowner, 'USAGE')`;
    expect(owned.map((row) => row.name)).toEqual([]);
  });

  it('cannot disable or drop the append-only trigger, nor delete, change, truncate or forge audit events', async () => {
    const before = await auditCount();
    expect(before).toBeGreaterThan(100);
    const outcomes = {
      disableTriggerThenDelete: await attempt(
        session,
        'alter table audit_events disable trigger audit_events_append_only',
        'delete from audit_events where id in (select id from audit_events order by id limit 100)',
      ),
      disableAllTriggers: await attempt(session, 'alter table audit_events disable trigger all'),
      replicaSession: await attempt(session, "set local session_replication_role = 'replica'", 'delete from audit_events'),
      dropTrigger: await attempt(session, 'drop trigger audit_events_append_only on audit_events'),
      dropTruncateTrigger: await attempt(session, 'drop trigger audit_events_no_truncate on audit_events'),
      takeOwnership: await attempt(session, 'alter table audit_events owner to current_user'),
      dropTable: await attempt(session, 'drop table audit_events'),
      renameTable: await attempt(session, 'alter table audit_events rename to audit_events_old'),
      delete: await attempt(session, 'delete from audit_events'),
      update: await attempt(session, "update audit_events set actor_type = 'FORGED'"),
      truncate: await attempt(session, 'truncate audit_events'),
      forge: await attempt(session, "insert into audit_events (actor_type, action, target_type) values ('FORGED', 'offerings.DELETE', 'offerings')"),
      replaceAuditFunction: await attempt(session, 'create or replace function mv_audit() returns trigger language plpgsql as $$ begin return null; end $$'),
      weakenAuditFunction: await attempt(session, 'alter function mv_audit() security invoker'),
      dropAuditFunction: await attempt(session, 'drop function mv_audit() cascade'),
      replaceAppendOnlyFunction: await attempt(
        session,
        'create or replace function mv_audit_append_only() returns trigger language plpgsql as $$ begin return old; end $$',
      ),
      borrowAuditFunction: await attempt(
        session,
        'create temporary table offerings (id uuid)',
        'create trigger forged after insert on pg_temp.offerings for each row execute function public.mv_audit()',
      ),
      becomeSuperuser: await attempt(session, 'alter role current_user superuser'),
      joinTheOwner: await attempt(
        session,
        "do $$ begin execute format('grant %I to %I', (select tableowner from pg_tables where tablename = 'audit_events'), current_user); end $$",
      ),
      grantItselfMore: await attempt(
        session,
        "do $$ begin execute format('grant insert, update, delete, truncate on audit_events to %I', current_user); end $$",
        "do $$ begin if not has_table_privilege('audit_events', 'DELETE') then raise exception 'no privileges were granted'; end if; end $$",
      ),
    };
    expect(outcomes).toEqual({
      disableTriggerThenDelete: 'must be owner of table audit_events',
      disableAllTriggers: 'must be owner of table audit_events',
      replicaSession: 'permission denied to set parameter "session_replication_role"',
      dropTrigger: 'must be owner of relation audit_events',
      dropTruncateTrigger: 'must be owner of relation audit_events',
      takeOwnership: 'must be owner of table audit_events',
      dropTable: 'must be owner of table audit_events',
      renameTable: 'must be owner of table audit_events',
      delete: 'permission denied for table audit_events',
      update: 'permission denied for table audit_events',
      truncate: 'permission denied for table audit_events',
      forge: 'permission denied for table audit_events',
      // PostgreSQL 15 and later refuse creating in schema public before looking at the function's owner.
      replaceAuditFunction: expect.stringMatching(/^(permission denied for schema public|must be owner of function mv_audit)$/),
      weakenAuditFunction: 'must be owner of function mv_audit',
      dropAuditFunction: 'must be owner of function mv_audit',
      replaceAppendOnlyFunction: expect.stringMatching(/^(permission denied for schema public|must be owner of function mv_audit_append_only)$/),
      borrowAuditFunction: 'permission denied for function public.mv_audit',
      becomeSuperuser: expect.stringMatching(/^(permission denied to alter role|must be superuser)/),
      // The owner is a superuser in the tests, an ordinary role in production.
      joinTheOwner: expect.stringMatching(/^(must be superuser to alter superusers|permission denied to grant role|must have admin option on role)/),
      grantItselfMore: 'no privileges were granted',
    });
    expect(await auditCount()).toBe(before);
    const [trigger] = await session<{ enabled: string }[]>`
      select tgenabled as enabled from pg_trigger where tgname = 'audit_events_append_only' and tgrelid = 'audit_events'::regclass`;
    expect(trigger).toEqual({ enabled: 'O' });
  });

});
