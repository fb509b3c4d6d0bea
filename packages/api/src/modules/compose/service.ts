import type { Context } from '../../context.ts';
import type { ComposeStackInput } from '../../graphql/resolvers.generated.ts';
import type { CompositionView } from './model.ts';

/** composeStack: checks the input, loads the candidates, solves and evaluates the alternatives. */
export async function composeStack(_ctx: Context, _input: ComposeStackInput): Promise<CompositionView> {
  throw new Error('composeStack is being built (issue 19)');
}
