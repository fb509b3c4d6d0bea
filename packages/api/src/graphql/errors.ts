import { GraphQLError } from 'graphql';

/** The caller sent something malformed: a bad cursor, an out-of-range argument. */
export function badUserInput(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...details } });
}

/** A contract operation whose issue has not landed yet. */
export function notImplemented(operation: string): GraphQLError {
  return new GraphQLError(`${operation} is part of the contract but not available on this server yet.`, {
    extensions: { code: 'NOT_IMPLEMENTED' },
  });
}
