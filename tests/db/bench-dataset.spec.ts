import { type Database } from '@mayviet/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDataset } from '../../bench/src/generate.ts';
import { freshDatabase } from '../support/server.ts';
import { rows } from '../support/sql.ts';

// `pnpm bench` generates its catalog on a new machine (bench/src/generate.ts): in one transaction, with the
// audit and deferred catalog triggers paused while it loads and on again before it commits. Generated here
// small, on the tables' owner as the bench runs it.

let owner: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ owner, drop } = await freshDatabase());
});
afterAll(() => drop());

describe('the benchmark catalog generator', () => {
  it('generates the synthetic offerings on a migrated database and leaves every trigger on', async () => {
    const report = await ensureDataset(owner, 400, false, () => {});
    expect(report.generated).toBe(true);
    expect(report.counts.offerings).toBeGreaterThanOrEqual(400);
    expect(report.counts.plans).toBeGreaterThan(report.counts.offerings);
    expect(report.counts.requirements).toBeGreaterThan(0);
    const paused = await rows<{ name: string }>(
      owner,
      sql`select c.relname || '.' || t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
       join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and not t.tgisinternal and t.tgenabled = 'D' order by 1`,
    );
    expect(paused).toEqual([]);
  });

  it('keeps the dataset it holds on a second run', async () => {
    const report = await ensureDataset(owner, 400, false, () => {});
    expect(report.generated).toBe(false);
  });
});
