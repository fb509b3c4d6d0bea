import type { CursorKeyType } from '@mayviet/db';
import { badUserInput } from './errors.ts';
import { unstorableCharacter } from './stored-text.ts';

/**
 * A keyset cursor: the sort it belongs to and the sort-key values of the row it points at.
 * Opaque to clients (base64url JSON); validated strictly because clients can send anything.
 */
export interface KeysetCursor {
  sort: string;
  keys: string[];
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, ...cursor.keys]), 'utf8').toString('base64url');
}

const uuidText = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// timestamptz as PostgreSQL writes it (DateStyle ISO), the only way our cursors carry one.
const timestampText = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::(\d{2})(?::(\d{2}))?)?$/;
const int4 = 2n ** 31n;
const int8 = 2n ** 63n;

function isTimestamp(value: string): boolean {
  const parts = timestampText.exec(value);
  if (!parts) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes, offsetSeconds] = parts.slice(1).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return (
    year! >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59 &&
    offsetHours! <= 15 &&
    offsetMinutes! <= 59 &&
    offsetSeconds! <= 59
  );
}

function inRange(value: string, limit: bigint): boolean {
  const n = BigInt(value);
  return n >= -limit && n < limit;
}

/** Whether PostgreSQL reads `value` as a value of `type` without an error, as a cursor's page query casts it. */
function isKeyOfType(value: string, type: CursorKeyType): boolean {
  switch (type) {
    case 'uuid':
      return uuidText.test(value);
    case 'timestamptz':
      return isTimestamp(value);
    case 'int':
      return /^-?\d{1,10}$/.test(value) && inRange(value, int4);
    case 'bigint':
      return /^-?\d{1,19}$/.test(value) && inRange(value, int8);
    case 'numeric':
      return /^-?\d{1,40}(\.\d{1,40})?$/.test(value);
    case 'text':
      return unstorableCharacter(value) === null;
  }
}

/**
 * The keys of a cursor of the list sorted by `expectedSort` whose values have the types `keyTypes`.
 * Anything else (not base64url JSON, another list's or sort's cursor, a value the page query could not
 * cast) is the caller's error: BAD_USER_INPUT, never a failed statement.
 */
export function decodeCursor(value: string, expectedSort: string, keyTypes: readonly CursorKeyType[]): KeysetCursor {
  const invalid = () =>
    badUserInput('The `after` cursor is not valid here: pass the endCursor of a previous page of the same query and sort.', {
      argument: 'after',
    });
  if (value.length > 1000 || !/^[A-Za-z0-9_-]*$/.test(value)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== keyTypes.length + 1 ||
    parsed[0] !== expectedSort ||
    !parsed.slice(1).every((part, index) => typeof part === 'string' && isKeyOfType(part, keyTypes[index]!))
  ) {
    throw invalid();
  }
  const [sort, ...keys] = parsed as string[];
  return { sort: sort!, keys };
}

/** The keys of an `after` cursor as decodeCursor checks them; null without one (the first page). */
export function afterKeys(after: string | null | undefined, expectedSort: string, keyTypes: readonly CursorKeyType[]): string[] | null {
  return after ? decodeCursor(after, expectedSort, keyTypes).keys : null;
}

/** Page size from `first`: 0 (counts and facets only) to 100, 20 by default. */
export function pageSize(first: number | null | undefined, max = 100, fallback = 20): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw badUserInput(`\`first\` must be between 0 and ${max}; got ${first}.`, { argument: 'first' });
  }
  return first;
}
