import { allCategories, deleteBlueprintRow, saveBlueprintRow, type BlueprintNeedRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import type { BlueprintNeedInput, SaveBlueprintInput } from '../../graphql/resolvers.generated.ts';
import { checkOptionalText, checkText, userError, type UserError } from '../../graphql/user-errors.ts';
import { requireStaff } from '../accounts/actor.ts';
import type { DeleteBlueprintResult, SaveBlueprintResult } from './model.ts';

// Staff curate the blueprints: each write is one transaction (every mutation is), which the audit trail records.

const slugFormat = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const blueprintLimits = {
  slug: 80,
  name: 120,
  description: 1000,
  note: 300,
  needs: 20,
  quantity: 1_000_000,
  position: 10_000,
} as const;

/** Staff: creates a blueprint or replaces the one with its slug (its needs replaced too). */
export async function saveBlueprint(ctx: Context, input: SaveBlueprintInput): Promise<SaveBlueprintResult> {
  requireStaff(ctx.actor);
  const errors: UserError[] = [];
  const field = (...path: (string | number)[]) => ['input', ...path.map(String)];

  const slug = input.slug.trim();
  if (slug.length === 0) errors.push(userError(field('slug'), 'BLANK', 'The slug is required.'));
  else if (slug.length > blueprintLimits.slug) errors.push(userError(field('slug'), 'TOO_LONG', `The slug is longer than ${blueprintLimits.slug} characters.`));
  else if (!slugFormat.test(slug)) {
    errors.push(userError(field('slug'), 'INVALID', 'The slug takes lowercase letters and digits, in words joined by single hyphens (e.g. remote-learning).'));
  }
  const name = checkText(input.name, field('name'), blueprintLimits.name, 'The name', errors);
  const nameEn = checkText(input.nameEn, field('nameEn'), blueprintLimits.name, 'The English name', errors);
  const description = checkText(input.description, field('description'), blueprintLimits.description, 'The description', errors);
  const descriptionEn = checkText(input.descriptionEn, field('descriptionEn'), blueprintLimits.description, 'The English description', errors);
  const position = input.position ?? null;
  if (position !== null && (position < 0 || position > blueprintLimits.position)) {
    errors.push(userError(field('position'), 'OUT_OF_RANGE', `The position is from 0 to ${blueprintLimits.position}.`));
  }

  if (input.needs.length === 0) errors.push(userError(field('needs'), 'BLANK', 'A blueprint needs at least one need.'));
  else if (input.needs.length > blueprintLimits.needs) {
    errors.push(userError(field('needs'), 'TOO_MANY', `A blueprint has at most ${blueprintLimits.needs} needs; got ${input.needs.length}.`));
  }
  const categoryIds = new Map((await allCategories(ctx.database.db)).map((category) => [category.slug, category.id]));
  const needs = input.needs.map((need, index) => checkNeed(need, index, categoryIds, errors));
  needs.forEach((need, index) => {
    const first = needs.findIndex((other) => other.categoryId === need.categoryId);
    if (need.categoryId !== 0 && first !== index) {
      errors.push(
        userError(field('needs', index, 'categorySlug'), 'DUPLICATE_NEED', `The category ${input.needs[index]!.categorySlug.trim()} is already need ${first + 1}: change its quantity instead.`),
      );
    }
  });

  if (errors.length > 0) return { blueprint: null, userErrors: errors };
  const blueprint = await saveBlueprintRow(ctx.database.db, { slug, name, nameEn, description, descriptionEn, position, needs });
  ctx.log.info({ blueprint: slug, needs: needs.length }, 'blueprint saved');
  return { blueprint, userErrors: [] };
}

/** One need checked; its categoryId is 0 when the category is missing or unknown (an error says so). */
function checkNeed(need: BlueprintNeedInput, index: number, categoryIds: Map<string, number>, errors: UserError[]): BlueprintNeedRow {
  const at = (name: string) => ['input', 'needs', String(index), name];
  const categorySlug = need.categorySlug.trim();
  const categoryId = categoryIds.get(categorySlug) ?? 0;
  if (categorySlug.length === 0) errors.push(userError(at('categorySlug'), 'BLANK', `Need ${index + 1}: choose a category.`));
  else if (categoryId === 0) errors.push(userError(at('categorySlug'), 'UNKNOWN_CATEGORY', `Need ${index + 1}: no category has the slug ${categorySlug}.`));
  if (need.quantity < 1 || need.quantity > blueprintLimits.quantity) {
    errors.push(userError(at('quantity'), 'QUANTITY_OUT_OF_RANGE', `Need ${index + 1}: the quantity is from 1 to 1,000,000; got ${need.quantity}.`));
  }
  const note = checkOptionalText(need.note, at('note'), blueprintLimits.note, `Need ${index + 1}'s note`, errors);
  const noteEn = checkOptionalText(need.noteEn, at('noteEn'), blueprintLimits.note, `Need ${index + 1}'s English note`, errors);
  if (note !== null && noteEn === null) errors.push(userError(at('noteEn'), 'BLANK', `Need ${index + 1}: give the note in English too, or neither.`));
  if (note === null && noteEn !== null) errors.push(userError(at('note'), 'BLANK', `Need ${index + 1}: give the note in Vietnamese too, or neither.`));
  return { categoryId, quantity: need.quantity, note, noteEn };
}

/** Staff: deletes a blueprint and its needs. */
export async function deleteBlueprint(ctx: Context, slug: string): Promise<DeleteBlueprintResult> {
  requireStaff(ctx.actor);
  if (!(await deleteBlueprintRow(ctx.database.db, slug))) {
    return { slug: null, userErrors: [userError(['slug'], 'NOT_FOUND', `No blueprint has the slug ${slug}.`)] };
  }
  ctx.log.info({ blueprint: slug }, 'blueprint deleted');
  return { slug, userErrors: [] };
}
