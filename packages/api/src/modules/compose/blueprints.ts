import type { Context } from '../../context.ts';
import type { SaveBlueprintInput } from '../../graphql/resolvers.generated.ts';
import type { DeleteBlueprintResult, SaveBlueprintResult } from './model.ts';

/** Staff: creates a blueprint or replaces the one with its slug. */
export async function saveBlueprint(_ctx: Context, _input: SaveBlueprintInput): Promise<SaveBlueprintResult> {
  throw new Error('saveBlueprint is being built (issue 19)');
}

/** Staff: deletes a blueprint. */
export async function deleteBlueprint(_ctx: Context, _slug: string): Promise<DeleteBlueprintResult> {
  throw new Error('deleteBlueprint is being built (issue 19)');
}
