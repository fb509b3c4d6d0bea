import { GraphQLError } from 'graphql';

/** The caller sent something malformed: a bad cursor, an out-of-range argument. */
export function badUserInput(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...details } });
}

/** A query's input problems as one BAD_USER_INPUT error: the first one's message and code, and every problem. */
export function badUserInputOf(problems: readonly { code: string; field: readonly (string | number)[] | null; message: string }[]): GraphQLError {
  const [first] = problems;
  return badUserInput(problems.length === 1 ? first!.message : `${first!.message} (and ${problems.length - 1} more problems)`, {
    reason: first!.code,
    field: first!.field,
    problems,
  });
}
