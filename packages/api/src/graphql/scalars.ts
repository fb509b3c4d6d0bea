import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

const decimalPattern = /^-?\d+(\.\d+)?$/;

function parseDecimal(value: unknown): string {
  if (typeof value === 'string' && decimalPattern.test(value.trim()) && value.trim().length <= 40) return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new GraphQLError(`Decimal expects a number written as a string, e.g. "1250000" or "99.95"; got ${JSON.stringify(value)}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** Exact decimals as strings: money in whole VND, SLA percentages. Never a float on the way out. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'A decimal number written as a string, e.g. "1250000" or "99.95".',
  serialize: (value) => {
    if (typeof value === 'string' || typeof value === 'bigint') return String(value);
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    throw new GraphQLError('Decimal cannot represent a non-exact value.');
  },
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    throw new GraphQLError('Decimal expects a string such as "99.95".', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: 'An ISO 8601 date-time with a time zone, e.g. "2026-11-22T08:30:00Z".',
});
