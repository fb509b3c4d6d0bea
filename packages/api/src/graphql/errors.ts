import { GraphQLError } from 'graphql';

/** The caller sent something malformed: a bad cursor, an out-of-range argument. */
export function badUserInput(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...details } });
}
