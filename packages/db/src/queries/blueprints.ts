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
