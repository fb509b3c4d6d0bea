import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createKey, createPartner, createUser, signIn } from '../support/accounts.ts';
import { mailReader, newBuyerEmail, sessionOf, type MailReader } from '../support/buyers.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';
import { rows } from '../support/sql.ts';

// An organization's people over HTTP: invitations mailed and accepted, roles changed and members removed
// with an owner always left, and what other organizations, members and staff see of it.

let server: TestServer;
let smtp: TestSmtp;
let mail: MailReader;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ settings: { smtpUrl: smtp.url, mailPollMs: 100 } });
  mail = mailReader(server, smtp);
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const password = 'mây việt rất an toàn';
const invitationLink = /\/console\/invitation#([\w-]{43})\b/;
const userGid = (id: string) => Buffer.from(`User:${id}`).toString('base64url');

const invite = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { invitation { id email role invitedBy { email } expiresAt } inviteUrl userErrors { field code } }
}`;
const accept = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { organization { id vendor { slug } } userErrors { field code } }
}`;
const revoke = `mutation($id: ID!) { revokeInvitation(input: { id: $id }) { invitation { id } userErrors { code } } }`;
const changeRole = `mutation($userId: ID!, $role: MembershipRole!) {
  changeMemberRole(input: { userId: $userId, role: $role }) { organization { members { role user { email } } } userErrors { code } }
}`;
const remove = `mutation($userId: ID!) { removeMember(input: { userId: $userId }) { organization { id } userErrors { code } } }`;
const people = `query { viewer { user { email } role organization { id suspended suspensionReason members { role user { id email } } invitations { id email role } } } }`;
const createKeyMutation = `mutation { createApiKey(input: { name: "x", scopes: ["listings:read"] }) { key userErrors { code } } }`;
const createOffering = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { offering { id } userErrors { code } } }`;

async function listingInput(slug: string) {
  const dataCenterIds = (await server.gql(`query($slug: String!) { vendor(slug: $slug) { dataCenters { id } } }`, { slug })).data.vendor.dataCenters.map((dc: { id: string }) => dc.id);
  return { name: 'Máy chủ thành viên', summary: 'Thử.', description: 'Thử.', kind: 'IAAS', categorySlug: 'compute', dataCenterIds, plans: [{ name: 'Gói', price: '1000', unit: 'MONTH' }] };
}

/** An owner of a vendor's organization, signed in. */
async function owner(slug: string) {
  const partner = await createPartner(server.database, slug, 'OWNER');
  return { ...partner, cookie: await signIn(server, partner.user.email) };
}

/** Invites an address and returns the token of the mailed link. */
async function invited(cookie: string, email: string, role: 'OWNER' | 'MEMBER' = 'MEMBER'): Promise<{ id: string; token: string }> {
  const answer = (await server.gql(invite, { input: { email, role } }, { cookie })).data.inviteMember;
  expect(answer.userErrors).toEqual([]);
  expect(answer.inviteUrl).toBeNull();
  const [, token] = await mail.next(email, invitationLink);
  return { id: answer.invitation.id, token: token! };
}

describe('inviting and accepting', () => {
  it('mails the link; a new account joins as a member who may list but not manage keys or people', async () => {
    const boss = await owner('vng-cloud');
    const email = newBuyerEmail('moi');
    const answer = (await server.gql(invite, { input: { email } }, { cookie: boss.cookie })).data.inviteMember;
    expect(answer).toMatchObject({ invitation: { email, role: 'MEMBER', invitedBy: { email: boss.user.email } }, inviteUrl: null, userErrors: [] });
    expect(new Date(answer.invitation.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const received = smtp.received.length;
    const [, token] = await mail.next(email, invitationLink);
    expect(smtp.received.slice(received - 1).some((m) => /VNG/i.test(m.subject) && m.text.includes('Test vng-cloud-owner'))).toBe(true);
    const [stored] = await rows<{ tokenHash: string }>(server.owner, sql`select token_hash as "tokenHash" from organization_invitations where email = ${email}`);
    expect(stored!.tokenHash).not.toContain(token!);

    const owners = (await server.gql(people, {}, { cookie: boss.cookie })).data.viewer.organization;
    expect(owners.invitations).toEqual([{ id: answer.invitation.id, email, role: 'MEMBER' }]);

    const joined = await server.gql(accept, { input: { token, name: 'Lê Thị Hoa', password } });
    expect(joined.data.acceptInvitation).toEqual({ organization: { id: expect.any(String), vendor: { slug: 'vng-cloud' } }, userErrors: [] });
    const cookie = sessionOf(joined);
    const me = (await server.gql(people, {}, { cookie })).data.viewer;
    expect(me).toMatchObject({ user: { email }, role: 'MEMBER', organization: { invitations: [] } });
    expect(me.organization.members.map((m: { user: { email: string } }) => m.user.email)).toEqual(expect.arrayContaining([email, boss.user.email]));
    expect(me.organization.members[0].role).toBe('OWNER');

    const listing = (await server.gql(createOffering, { input: await listingInput('vng-cloud') }, { cookie })).data.createOffering;
    expect(listing.userErrors).toEqual([]);
    expect((await server.gql(createKeyMutation, {}, { cookie })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await server.gql(invite, { input: { email: newBuyerEmail('x') } }, { cookie })).errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const again = await server.gql(accept, { input: { token, name: 'Lê Thị Hoa', password } });
    expect(again.data.acceptInvitation.userErrors).toEqual([{ field: ['input', 'token'], code: 'INVALID_TOKEN' }]);
    expect((await server.gql(people, {}, { cookie: boss.cookie })).data.viewer.organization.invitations).toEqual([]);
    const [account] = await rows<{ confirmed: boolean }>(server.owner, sql`select email_confirmed_at is not null as confirmed from users where email = ${email}`);
    expect(account!.confirmed).toBe(true);
  });

  it('checks the address, the account that accepts, and a new account’s name and password', async () => {
    const boss = await owner('bizfly-cloud');
    expect((await server.gql(invite, { input: { email: 'not an address' } }, { cookie: boss.cookie })).data.inviteMember.userErrors).toEqual([
      { field: ['input', 'email'], code: 'INVALID' },
    ]);
    const member = await createPartner(server.database, 'cmc-cloud', 'MEMBER');
    expect((await server.gql(invite, { input: { email: member.user.email.toUpperCase() } }, { cookie: boss.cookie })).data.inviteMember.userErrors).toEqual([
      { field: ['input', 'email'], code: 'ALREADY_MEMBER' },
    ]);

    const email = newBuyerEmail('kiem');
    const { token } = await invited(boss.cookie, email);
    const blank = (await server.gql(accept, { input: { token, name: ' ', password: '' } })).data.acceptInvitation.userErrors;
    expect(blank.map((e: { code: string }) => e.code).sort()).toEqual(['BLANK', 'BLANK']);
    expect((await server.gql(accept, { input: { token, name: 'An', password: '1234567890' } })).data.acceptInvitation.userErrors).toEqual([
      { field: ['input', 'password'], code: 'WEAK_PASSWORD' },
    ]);
    const stranger = await createUser(server.database, { label: 'stranger' });
    const strangerCookie = await signIn(server, stranger.email);
    expect((await server.gql(accept, { input: { token } }, { cookie: strangerCookie })).data.acceptInvitation.userErrors).toEqual([
      { field: null, code: 'FORBIDDEN_ACCOUNT' },
    ]);
    const { key } = await createKey(server.database, 'bizfly-cloud', ['listings:write']);
    expect((await server.gql(accept, { input: { token } }, { authorization: `Bearer ${key}` })).errors![0]!.extensions!.code).toBe('FORBIDDEN');

    // An account that exists signs in first, then accepts with its own session; no new session is opened.
    const existing = await createUser(server.database, { label: 'existing' });
    const second = await invited(boss.cookie, existing.email, 'OWNER');
    const anonymous = await server.gql(accept, { input: { token: second.token, name: 'X', password } });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const cookie = await signIn(server, existing.email);
    const joined = await server.gql(accept, { input: { token: second.token } }, { cookie });
    expect(joined.data.acceptInvitation.userErrors).toEqual([]);
    expect(joined.headers.get('set-cookie')).toBeNull();
    expect((await server.gql(people, {}, { cookie })).data.viewer.role).toBe('OWNER');

    // Joined another organization meanwhile: the first invitation is refused.
    const twice = newBuyerEmail('hai');
    const first = await invited(boss.cookie, twice);
    const other = await owner('fpt-is');
    const otherInvitation = await invited(other.cookie, twice);
    const joinedOther = await server.gql(accept, { input: { token: otherInvitation.token, name: 'Hai', password } });
    expect(joinedOther.data.acceptInvitation.userErrors).toEqual([]);
    expect((await server.gql(accept, { input: { token: first.token } }, { cookie: sessionOf(joinedOther) })).data.acceptInvitation.userErrors).toEqual([
      { field: null, code: 'ALREADY_MEMBER' },
    ]);
  });

  it('refuses unknown, replaced, revoked and expired links; revoking is for the organization’s owners', async () => {
    const boss = await owner('viettel-idc');
    const unknown = (await server.gql(accept, { input: { token: 'A'.repeat(43), name: 'X', password } })).data.acceptInvitation.userErrors;
    expect(unknown).toEqual([{ field: ['input', 'token'], code: 'INVALID_TOKEN' }]);

    const email = newBuyerEmail('thay');
    const old = await invited(boss.cookie, email);
    const replaced = await invited(boss.cookie, email, 'OWNER');
    expect(replaced.id).toBe(old.id);
    const invitations = (await server.gql(people, {}, { cookie: boss.cookie })).data.viewer.organization.invitations;
    expect(invitations.filter((i: { email: string }) => i.email === email)).toEqual([{ id: old.id, email, role: 'OWNER' }]);
    expect((await server.gql(accept, { input: { token: old.token, name: 'X', password } })).data.acceptInvitation.userErrors[0].code).toBe('INVALID_TOKEN');

    const other = await owner('misa');
    expect((await server.gql(revoke, { id: replaced.id }, { cookie: other.cookie })).data.revokeInvitation.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const member = await createPartner(server.database, 'viettel-idc', 'MEMBER');
    expect((await server.gql(revoke, { id: replaced.id }, { cookie: await signIn(server, member.user.email) })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await server.gql(revoke, { id: replaced.id }, { cookie: boss.cookie })).data.revokeInvitation).toEqual({ invitation: { id: replaced.id }, userErrors: [] });
    expect((await server.gql(revoke, { id: replaced.id }, { cookie: boss.cookie })).data.revokeInvitation.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await server.gql(accept, { input: { token: replaced.token, name: 'X', password } })).data.acceptInvitation.userErrors[0].code).toBe('INVALID_TOKEN');

    const late = newBuyerEmail('tre');
    const expired = await invited(boss.cookie, late);
    await server.owner.db.execute(sql`update organization_invitations set expires_at = now() - interval '1 second' where email = ${late}`);
    expect((await server.gql(accept, { input: { token: expired.token, name: 'X', password } })).data.acceptInvitation.userErrors[0].code).toBe('INVALID_TOKEN');
    expect((await server.gql(people, {}, { cookie: boss.cookie })).data.viewer.organization.invitations).toEqual([]);
  });

  it('limits the invitations an organization sends per hour', async () => {
    const boss = await owner('vsec');
    const codes: string[] = [];
    for (let i = 0; i < 21; i += 1) {
      const answer = (await server.gql(invite, { input: { email: newBuyerEmail(`nhieu${i}`) } }, { cookie: boss.cookie })).data.inviteMember;
      codes.push(answer.userErrors[0]?.code ?? 'OK');
    }
    expect(codes.slice(0, 20).every((c) => c === 'OK')).toBe(true);
    expect(codes[20]).toBe('RATE_LIMITED');
  });
});

describe('roles, removal and the last owner', () => {
  it('promotes and demotes, keeps an owner, and lets a member leave', async () => {
    const boss = await owner('mekong-cloud');
    const member = await createPartner(server.database, 'mekong-cloud', 'MEMBER');
    const memberCookie = await signIn(server, member.user.email);
    expect((await server.gql(changeRole, { userId: userGid(boss.user.id), role: 'MEMBER' }, { cookie: boss.cookie })).data.changeMemberRole.userErrors).toEqual([
      { code: 'LAST_OWNER' },
    ]);
    expect((await server.gql(remove, { userId: userGid(boss.user.id) }, { cookie: boss.cookie })).data.removeMember.userErrors).toEqual([{ code: 'LAST_OWNER' }]);
    expect((await server.gql(changeRole, { userId: userGid(boss.user.id), role: 'MEMBER' }, { cookie: memberCookie })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await server.gql(remove, { userId: userGid(boss.user.id) }, { cookie: memberCookie })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const stranger = await createUser(server.database, { label: 'nobody' });
    expect((await server.gql(changeRole, { userId: userGid(stranger.id), role: 'OWNER' }, { cookie: boss.cookie })).data.changeMemberRole.userErrors).toEqual([
      { code: 'NOT_FOUND' },
    ]);

    const promoted = (await server.gql(changeRole, { userId: userGid(member.user.id), role: 'OWNER' }, { cookie: boss.cookie })).data.changeMemberRole;
    expect(promoted.organization.members.map((m: { role: string }) => m.role)).toEqual(['OWNER', 'OWNER']);
    expect((await server.gql(createKeyMutation, {}, { cookie: memberCookie })).data.createApiKey.userErrors).toEqual([]);
    const demoted = (await server.gql(changeRole, { userId: userGid(boss.user.id), role: 'MEMBER' }, { cookie: memberCookie })).data.changeMemberRole;
    expect(demoted.userErrors).toEqual([]);
    expect((await server.gql(createKeyMutation, {}, { cookie: boss.cookie })).errors![0]!.extensions!.code).toBe('FORBIDDEN');

    // The demoted one leaves: their session stays, for buying, without partner rights.
    expect((await server.gql(remove, { userId: userGid(boss.user.id) }, { cookie: boss.cookie })).data.removeMember.userErrors).toEqual([]);
    const after = (await server.gql(people, {}, { cookie: boss.cookie })).data.viewer;
    expect(after).toMatchObject({ user: { email: boss.user.email }, role: null, organization: null });
    expect((await server.gql(createOffering, { input: await listingInput('mekong-cloud') }, { cookie: boss.cookie })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('removes a member, whose next request has no partner rights; another organization’s owner can do nothing to them', async () => {
    const boss = await owner('vnpt-it');
    const member = await createPartner(server.database, 'vnpt-it', 'MEMBER');
    const memberCookie = await signIn(server, member.user.email);
    const outsider = await owner('bkav');
    expect((await server.gql(remove, { userId: userGid(member.user.id) }, { cookie: outsider.cookie })).data.removeMember.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await server.gql(changeRole, { userId: userGid(member.user.id), role: 'OWNER' }, { cookie: outsider.cookie })).data.changeMemberRole.userErrors).toEqual([
      { code: 'NOT_FOUND' },
    ]);
    const organizationId = Buffer.from(`Organization:${boss.organization.id}`).toString('base64url');
    expect((await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: organizationId }, { cookie: outsider.cookie })).data.node).toBeNull();
    const outsiders = (await server.gql(people, {}, { cookie: outsider.cookie })).data.viewer.organization.members;
    expect(outsiders.map((m: { user: { email: string } }) => m.user.email)).not.toContain(member.user.email);
    const { key } = await createKey(server.database, 'vnpt-it', ['listings:read', 'listings:write']);
    expect((await server.gql(`{ viewer { organization { members { role } invitations { id } } } }`, {}, { authorization: `Bearer ${key}` })).data.viewer.organization).toEqual({
      members: [],
      invitations: [],
    });

    expect((await server.gql(createOffering, { input: await listingInput('vnpt-it') }, { cookie: memberCookie })).data.createOffering.userErrors).toEqual([]);
    expect((await server.gql(remove, { userId: userGid(member.user.id) }, { cookie: boss.cookie })).data.removeMember.userErrors).toEqual([]);
    expect((await server.gql(createOffering, { input: await listingInput('vnpt-it') }, { cookie: memberCookie })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await server.gql(people, {}, { cookie: memberCookie })).data.viewer).toMatchObject({ user: { email: member.user.email }, organization: null });
  });

  it('leaves one owner when two owners demote each other at once', async () => {
    const a = await owner('cmc-cloud');
    const b = await owner('cmc-cloud');
    await server.owner.db.execute(sql`delete from memberships where organization_id = ${a.organization.id} and role = 'OWNER' and user_id not in (${a.user.id}, ${b.user.id})`);
    const [first, second] = await Promise.all([
      server.gql(changeRole, { userId: userGid(b.user.id), role: 'MEMBER' }, { cookie: a.cookie }),
      server.gql(changeRole, { userId: userGid(a.user.id), role: 'MEMBER' }, { cookie: b.cookie }),
    ]);
    const outcomes = [first, second].map((r) => r.data?.changeMemberRole?.userErrors?.[0]?.code ?? r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    // The loser reads the winner's change: at once (FORBIDDEN, no longer an owner) or under the lock (LAST_OWNER).
    expect(outcomes[1]).toBe('OK');
    expect(['FORBIDDEN', 'LAST_OWNER']).toContain(outcomes[0]);
    const owners = await rows<{ n: number }>(server.owner, sql`select count(*)::int as n from memberships where organization_id = ${a.organization.id} and role = 'OWNER'`);
    expect(owners[0]!.n).toBe(1);
  });
});

describe.skipIf(!inject('templateDatabase'))('the owners left, counted under a lock (PostgreSQL only: PGlite runs one request at a time)', () => {
  it('makes the second of two owners demoting each other wait for the first, and tells it LAST_OWNER', async () => {
    // With the organization's memberships held by another transaction, both requests start and wait; let go,
    // the first demotes, and the second counts the owners after it. Counted before waiting, both would win.
    const a = await owner('alibaba-cloud');
    const b = await owner('alibaba-cloud');
    const holder = postgres(server.owner.url!, { max: 1, onnotice: () => {} });
    const observer = postgres(server.owner.url!, { max: 1, onnotice: () => {} });
    try {
      let answers: Promise<unknown[]> | undefined;
      await holder.begin(async (sql) => {
        await sql`select 1 from memberships where organization_id = ${a.organization.id} for update`;
        answers = Promise.all([
          server.gql(changeRole, { userId: userGid(b.user.id), role: 'MEMBER' }, { cookie: a.cookie }),
          server.gql(changeRole, { userId: userGid(a.user.id), role: 'MEMBER' }, { cookie: b.cookie }),
        ]);
        const waiting = async () => (await observer`select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`).length;
        await expect.poll(waiting, { timeout: 20_000 }).toBe(2);
      });
      const codes = ((await answers!) as { data: { changeMemberRole: { userErrors: { code: string }[] } } }[]).map((r) => r.data.changeMemberRole.userErrors[0]?.code ?? 'OK');
      expect(codes.sort()).toEqual(['LAST_OWNER', 'OK']);
      const [left] = await rows<{ n: number }>(server.owner, sql`select count(*)::int as n from memberships where organization_id = ${a.organization.id} and role = 'OWNER'`);
      expect(left!.n).toBe(1);
    } finally {
      await holder.end();
      await observer.end();
    }
  });
});

describe('the suspension reason', () => {
  it('reaches the organization’s members and staff only', async () => {
    const member = await createPartner(server.database, 'cyradar', 'MEMBER');
    const memberCookie = await signIn(server, member.user.email);
    const staff = await createUser(server.database, { staff: true });
    const staffCookie = await signIn(server, staff.email);
    const id = Buffer.from(`Organization:${member.organization.id}`).toString('base64url');
    expect((await server.gql(people, {}, { cookie: memberCookie })).data.viewer.organization.suspensionReason).toBeNull();
    const suspended = await server.gql(
      `mutation($id: ID!) { suspendOrganization(id: $id, reason: "Giấy phép hết hạn") { organization { suspensionReason members { user { email } } } userErrors { code } } }`,
      { id },
      { cookie: staffCookie },
    );
    expect(suspended.data.suspendOrganization).toEqual({
      organization: { suspensionReason: 'Giấy phép hết hạn', members: [{ user: { email: member.user.email } }] },
      userErrors: [],
    });
    const seen = (await server.gql(people, {}, { cookie: memberCookie })).data.viewer.organization;
    expect(seen).toMatchObject({ suspended: true, suspensionReason: 'Giấy phép hết hạn' });
    const buyer = await createUser(server.database, { label: 'buyer' });
    const staffOnly = `query { organizationsConnection(first: 100) { nodes { organization { id suspensionReason } } } }`;
    const listed = (await server.gql(staffOnly, {}, { cookie: staffCookie })).data.organizationsConnection.nodes;
    expect(listed.find((n: { organization: { id: string } }) => n.organization.id === id).organization.suspensionReason).toBe('Giấy phép hết hạn');
    expect((await server.gql(staffOnly, {}, { cookie: await signIn(server, buyer.email) })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('without SMTP', () => {
  let quiet: TestServer;
  beforeAll(async () => {
    quiet = await startServer();
  });
  afterAll(async () => {
    await quiet.close();
  });

  it('answers the link once and keeps the mail in the outbox', async () => {
    const partner = await createPartner(quiet.database, 'fpt-is', 'OWNER');
    const cookie = await signIn(quiet, partner.user.email);
    const email = newBuyerEmail('khongthu');
    const answer = (await quiet.gql(invite, { input: { email } }, { cookie })).data.inviteMember;
    expect(answer.userErrors).toEqual([]);
    expect(answer.inviteUrl).toMatch(new RegExp(`^${quiet.url}/console/invitation#[\\w-]{43}$`));
    const outbox = await rows<{ template: string }>(quiet.owner, sql`select template from mail_outbox where to_address = ${email}`);
    expect(outbox).toEqual([{ template: 'ORGANIZATION_INVITATION' }]);
    const token = answer.inviteUrl.split('#')[1];
    const joined = await quiet.gql(accept, { input: { token, name: 'Không Thư', password } });
    expect(joined.data.acceptInvitation.userErrors).toEqual([]);
    expect((await quiet.gql(people, {}, { cookie: sessionOf(joined) })).data.viewer.role).toBe('MEMBER');
  });
});
