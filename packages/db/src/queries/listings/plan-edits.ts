import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../client.ts';
import type { BillingUnit } from '../../schema/enums.ts';
import type { SpecRow } from '../catalog/rows.ts';
import { listingColumns, listingDates } from '../fragments.ts';
import { rowKeys } from '../row-keys.ts';
import type { ListingPlanContent } from './content.ts';
import type { ListingRow } from './reads.ts';

// Partners' edits of one plan at a time (addPlan, updatePlan, retirePlan). Like the listing writes, they run in
// the caller's transaction with the listing locked; every look-up is scoped to the caller's vendor and sandbox.

/** Whose listings a partner reaches: its vendor's, in its TEST key's sandbox or (null) the live catalogue. */
export interface ListingScope {
  vendorId: string;
  sandboxKeyId: string | null;
}

const inScope = (scope: ListingScope) => sql`o.vendor_id = ${scope.vendorId} and o.sandbox_key_id is not distinct from ${scope.sandboxKeyId}::uuid`;

/** The caller's listing, locked until the transaction ends; null for any other, like a missing one. */
export async function lockListingInScope(db: Db, id: string, scope: ListingScope): Promise<ListingRow | null> {
  const rows = await queryRows<ListingRow>(db, sql`select ${listingColumns} from offerings o where o.id = ${id} and ${inScope(scope)} for update`);
  return rows[0] ? listingDates(rows[0]) : null;
}

/** A plan as its listing's organization edits it, retired or not. */
export interface EditablePlanRow {
  id: string;
  offeringId: string;
  name: string;
  externalId: string | null;
  retired: boolean;
}

export const editablePlanRowKeys = rowKeys<EditablePlanRow>()(['id', 'offeringId', 'name', 'externalId', 'retired']);

const editablePlanColumns = sql`p.id, p.offering_id as "offeringId", p.name, p.external_id as "externalId", p.retired_at is not null as retired`;

/** One of the caller's plans; null for another organization's or sandbox's, like a missing one. */
export async function planInScope(db: Db, planId: string, scope: ListingScope): Promise<EditablePlanRow | null> {
  const rows = await queryRows<EditablePlanRow>(
    db,
    sql`select ${editablePlanColumns} from plans p join offerings o on o.id = p.offering_id where p.id = ${planId} and ${inScope(scope)}`,
  );
  return rows[0] ?? null;
}

/** A listing's current plans, in their order. */
export async function livePlansOfListing(db: Db, offeringId: string): Promise<EditablePlanRow[]> {
  return queryRows<EditablePlanRow>(
    db,
    sql`select ${editablePlanColumns} from plans p where p.offering_id = ${offeringId} and p.retired_at is null order by p.position, p.slug`,
  );
}

/** Whether another plan of the listing, retired or not, has this externalId (the database keeps it unique per listing). */
export async function planExternalIdInListing(db: Db, offeringId: string, externalId: string, exceptPlanId: string | null): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select p.id from plans p where p.offering_id = ${offeringId} and p.external_id = ${externalId}
        ${exceptPlanId ? sql`and p.id <> ${exceptPlanId}` : sql``} limit 1`,
  );
  return rows.length > 0;
}

async function writeSpecs(db: Db, planId: string, specs: SpecRow[]): Promise<void> {
  await db.execute(sql`delete from plan_specs where plan_id = ${planId}`);
  if (specs.length === 0) return;
  await db.execute(
    sql`insert into plan_specs (plan_id, key, value, position)
        values ${sql.join(specs.map((spec, index) => sql`(${planId}, ${spec.key}, ${spec.value}, ${index})`), sql`, `)}`,
  );
}

/** Adds a plan after the listing's others, under the first slug free among its plans, retired ones included. */
export async function insertPlan(db: Db, offeringId: string, plan: Omit<ListingPlanContent, 'externalId'>, externalId: string | null): Promise<string> {
  const existing = await queryRows<{ slug: string; position: number }>(db, sql`select p.slug, p.position from plans p where p.offering_id = ${offeringId}`);
  const slugs = new Set(existing.map((row) => row.slug));
  let slug = plan.slug;
  for (let n = 2; slugs.has(slug); n += 1) slug = `${plan.slug}-${n}`;
  const position = existing.reduce((last, row) => Math.max(last, row.position + 1), 0);
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`insert into plans (offering_id, slug, name, name_en, price, unit, position, external_id)
        values (${offeringId}, ${slug}, ${plan.name}, ${plan.nameEn}, ${plan.price}, ${plan.unit}, ${position}, ${externalId}) returning id`,
  );
  await writeSpecs(db, row!.id, plan.specs);
  return row!.id;
}

export interface PlanChange {
  name?: string;
  /** null removes it */
  nameEn?: string | null;
  price?: string;
  unit?: BillingUnit;
  /** replaces the plan's specs */
  specs?: SpecRow[];
  /** null removes it */
  externalId?: string | null;
}

/** Changes the fields given of one plan; the others, specs included, stay. */
export async function changePlan(db: Db, planId: string, change: PlanChange): Promise<void> {
  const sets: SQL[] = [];
  if (change.name !== undefined) sets.push(sql`name = ${change.name}`);
  if (change.nameEn !== undefined) sets.push(sql`name_en = ${change.nameEn}`);
  if (change.price !== undefined) sets.push(sql`price = ${change.price}::bigint`);
  if (change.unit !== undefined) sets.push(sql`unit = ${change.unit}`);
  if (change.externalId !== undefined) sets.push(sql`external_id = ${change.externalId}`);
  if (sets.length > 0) await db.execute(sql`update plans set ${sql.join(sets, sql`, `)} where id = ${planId}`);
  if (change.specs) await writeSpecs(db, planId, change.specs);
}

/** Retires a plan: hidden from the catalog, kept for the saved stacks and quotes that name it. */
export async function retirePlanRow(db: Db, planId: string): Promise<void> {
  await db.execute(sql`update plans set retired_at = now() where id = ${planId} and retired_at is null`);
}
