import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { operatorsCli } from '../support/admin-cli.ts';
import { rows } from '../support/sql.ts';

// `pnpm admin add-member`: operators add a person to a vendor's organization, a new account or one that exists.

describe('the operators’ CLI adds members', () => {
  const { admin, open } = operatorsCli('members', { owner: true });

  it('adds a new account with MV_PASSWORD, an existing one as it is, and refuses a second organization', async () => {
    const password = { MV_PASSWORD: 'a long enough password' };
    expect((await admin(['add-member', '--vendor', 'misa', '--email', 'ke-toan@misa.vn', '--name', 'Kế toán', '--role', 'member'], password)).stdout).toContain(
      'ke-toan@misa.vn is a member of the organization of',
    );
    expect((await admin(['create-staff', '--email', 'nhan-vien@hiephoi.vn', '--name', 'Nhân viên'], password)).stdout).toContain('is ready');
    expect((await admin(['add-member', '--vendor', 'bkav', '--email', 'nhan-vien@hiephoi.vn', '--name', 'ignored', '--role', 'owner'])).stdout).toContain(
      'nhan-vien@hiephoi.vn is an owner of the organization of',
    );
    await expect(admin(['add-member', '--vendor', 'bkav', '--email', 'ke-toan@misa.vn', '--name', 'x', '--role', 'member'])).rejects.toMatchObject({
      stderr: expect.stringContaining('already a member of an organization'),
    });
    await expect(admin(['add-member', '--vendor', 'misa', '--email', 'a@misa.vn', '--name', 'x', '--role', 'boss'], password)).rejects.toMatchObject({
      stderr: expect.stringContaining('--role must be member or owner'),
    });
    await expect(admin(['add-member', '--vendor', 'misa', '--email', 'new@misa.vn', '--name', 'x', '--role', 'member'])).rejects.toMatchObject({
      stderr: expect.stringContaining('MV_PASSWORD'),
    });

    const check = await open();
    try {
      const members = await rows<{ email: string; role: string; slug: string; confirmed: boolean }>(
        check,
        sql`select u.email, m.role, v.slug, u.email_confirmed_at is not null as confirmed from memberships m join users u on u.id = m.user_id
            join organizations o on o.id = m.organization_id join vendors v on v.id = o.vendor_id
            where u.email in ('ke-toan@misa.vn', 'nhan-vien@hiephoi.vn', 'new@misa.vn') order by u.email`,
      );
      expect(members).toEqual([
        { email: 'ke-toan@misa.vn', role: 'MEMBER', slug: 'misa', confirmed: true },
        { email: 'nhan-vien@hiephoi.vn', role: 'OWNER', slug: 'bkav', confirmed: true },
      ]);
    } finally {
      await check.close();
    }
  });
});
