import { migrateDatabase, queryRows } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseBefore, type EarlierDatabase } from '../support/migrations.ts';

// The migration that keeps one current attestation per subject and framework mends the duplicates that
// re-verifying left, on PGlite, and on PostgreSQL when the suite runs there.

let earlier: EarlierDatabase | null = null;
afterAll(() => earlier?.drop());

describe('the current_attestation migration', () => {
  it('keeps the newest verification, the claim under review and the refusals made after it; the rest becomes history', async () => {
    earlier = await databaseBefore('current_attestation');
    const { db } = earlier.database;
    await db.execute(sql`insert into vendors (slug, name, kinds, domestic, country_code, description)
      values ('renewed', 'Renewed', '{CLOUD_PROVIDER}', true, 'VN', 'd'), ('refused', 'Refused', '{CLOUD_PROVIDER}', true, 'VN', 'd')`);
    await db.execute(sql`insert into compliance_frameworks (code, name, name_en, issuer, criteria_count) values ('MIC-CLOUD-153', 'MIC', 'MIC', 'MIC', 153)`);
    const attestation = (vendor: string, label: string, status: string, year: number) =>
      db.execute(sql`insert into attestations (framework_id, vendor_id, status, note, claimed_at, verified_at, valid_until)
        select f.id, v.id, ${status}::attestation_status, ${label}, make_timestamptz(${year}, 1, 1, 0, 0, 0, 'UTC'),
               case when ${status} in ('VERIFIED', 'EXPIRED') then make_timestamptz(${year}, 2, 1, 0, 0, 0, 'UTC') end,
               make_timestamptz(2030, 1, 1, 0, 0, 0, 'UTC')
        from compliance_frameworks f, vendors v where v.slug = ${vendor}`);
    await attestation('renewed', 'first verification', 'VERIFIED', 2020);
    await attestation('renewed', 'refused before the renewal', 'REVOKED', 2021);
    await attestation('renewed', 'renewal', 'VERIFIED', 2022);
    await attestation('renewed', 'refused after it', 'REVOKED', 2023);
    await attestation('renewed', 'refused again', 'REVOKED', 2024);
    await attestation('renewed', 'under review', 'CLAIMED', 2025);
    await attestation('refused', 'only a refusal', 'REVOKED', 2021);

    await migrateDatabase(earlier.database);
    const rows = await queryRows<{ note: string; current: boolean }>(
      db,
      sql`select note, superseded_at is null as current from attestations order by claimed_at, note`,
    );
    expect(rows).toEqual([
      { note: 'first verification', current: false },
      { note: 'only a refusal', current: true },
      { note: 'refused before the renewal', current: false },
      { note: 'renewal', current: true },
      { note: 'refused after it', current: false },
      { note: 'refused again', current: true },
      { note: 'under review', current: true },
    ]);
    await expect(db.execute(sql`update attestations set superseded_at = null where note = 'first verification'`)).rejects.toThrow();
  });
});
