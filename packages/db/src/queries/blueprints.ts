import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import { rowKeys } from './row-keys.ts';

// The blueprints staff curate for the stack composer, with their needs.

/** One need of a blueprint (or of a composition: blueprintId null). */
export interface BlueprintNeedRow {
  categoryId: number;
  quantity: number;
  note: string | null;
  noteEn: string | null;
}

export const blueprintNeedRowKeys = rowKeys<BlueprintNeedRow>()(['categoryId', 'quantity', 'note', 'noteEn']);

export interface BlueprintRow {
  id: string;
  slug: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  position: number;
  /** in their order */
  needs: BlueprintNeedRow[];
  createdAt: Date;
  updatedAt: Date;
}

export const blueprintRowKeys = rowKeys<BlueprintRow>()([
  'id',
  'slug',
  'name',
  'nameEn',
  'description',
  'descriptionEn',
  'position',
  'needs',
  'createdAt',
  'updatedAt',
]);

const blueprintColumns = sql`b.id, b.slug, b.name, b.name_en as "nameEn", b.description, b.description_en as "descriptionEn", b.position,
  b.created_at as "createdAt", b.updated_at as "updatedAt",
  coalesce((select json_agg(json_build_object('categoryId', n.category_id, 'quantity', n.quantity, 'note', n.note, 'noteEn', n.note_en)
                            order by n.position)
            from blueprint_needs n where n.blueprint_id = b.id), '[]'::json) as needs`;

/** Every blueprint, in staff's order (position, then slug). */
export async function listBlueprints(db: Db): Promise<BlueprintRow[]> {
  return queryRows<BlueprintRow>(db, sql`select ${blueprintColumns} from blueprints b order by b.position, b.slug`);
}

/** The blueprint with this slug; null when none has it. */
export async function blueprintBySlug(db: Db, slug: string): Promise<BlueprintRow | null> {
  const [row] = await queryRows<BlueprintRow>(db, sql`select ${blueprintColumns} from blueprints b where b.slug = ${slug}`);
  return row ?? null;
}

/** A blueprint to write: its needs replace any it had, in this order. */
export interface BlueprintWrite {
  slug: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  /** null: kept on a replace, after every other blueprint for a new one */
  position: number | null;
  needs: BlueprintNeedRow[];
}

/**
 * Creates the blueprint, or replaces the one with its slug, and its needs; run it in a transaction (the API's
 * mutations are). Returns it as listBlueprints reads it.
 */
export async function saveBlueprintRow(db: Db, blueprint: BlueprintWrite): Promise<BlueprintRow> {
  const { slug, name, nameEn, description, descriptionEn, position } = blueprint;
  const [saved] = await queryRows<{ id: string }>(
    db,
    sql`insert into blueprints (slug, name, name_en, description, description_en, position)
        values (${slug}, ${name}, ${nameEn}, ${description}, ${descriptionEn},
                coalesce(${position}::int, (select coalesce(max(position), 0) + 1 from blueprints)))
        on conflict (slug) do update set
          name = excluded.name, name_en = excluded.name_en, description = excluded.description,
          description_en = excluded.description_en, position = coalesce(${position}::int, blueprints.position), updated_at = now()
        returning id`,
  );
  const id = saved!.id;
  await db.execute(sql`delete from blueprint_needs where blueprint_id = ${id}`);
  await db.execute(
    sql`insert into blueprint_needs (blueprint_id, position, category_id, quantity, note, note_en) values ${sql.join(
      blueprint.needs.map((need, index) => sql`(${id}, ${index}, ${need.categoryId}, ${need.quantity}, ${need.note}, ${need.noteEn})`),
      sql`, `,
    )}`,
  );
  return (await blueprintBySlug(db, slug))!;
}

/** Deletes the blueprint with this slug and its needs; false when none has it. */
export async function deleteBlueprintRow(db: Db, slug: string): Promise<boolean> {
  const deleted = await queryRows<{ id: string }>(db, sql`delete from blueprints where slug = ${slug} returning id`);
  return deleted.length > 0;
}
