import { badUserInput } from './errors.ts';

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

export function decodeCursor(value: string, expectedSort: string, keyCount: number): KeysetCursor {
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
    parsed.length !== keyCount + 1 ||
    parsed[0] !== expectedSort ||
    !parsed.every((part) => typeof part === 'string')
  ) {
    throw invalid();
  }
  const [sort, ...keys] = parsed as string[];
  return { sort: sort!, keys };
}

/** Page size from `first`: 0 (counts and facets only) to 100, 20 by default. */
export function pageSize(first: number | null | undefined, max = 100, fallback = 20): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw badUserInput(`\`first\` must be between 0 and ${max}; got ${first}.`, { argument: 'first' });
  }
  return first;
}
