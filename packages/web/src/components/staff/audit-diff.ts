// What an audit event changed, from the rows before and after as the API sends them (JSON text).

export interface ColumnChange {
  column: string;
  before: string | null;
  after: string | null;
}

function parseRow(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  try {
    const row: unknown = JSON.parse(json);
    return row !== null && typeof row === 'object' && !Array.isArray(row) ? (row as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const show = (value: unknown): string | null => (value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value));

/** The columns whose value differs (every column of an inserted or deleted row), in the row's order. */
export function changedColumns(beforeJson: string | null, afterJson: string | null): ColumnChange[] {
  const before = parseRow(beforeJson);
  const after = parseRow(afterJson);
  const columns = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return columns
    .map((column) => ({ column, before: show(before?.[column]), after: show(after?.[column]) }))
    .filter((change) => change.before !== change.after);
}

/** A row's JSON laid out for reading. */
export function prettyJson(json: string | null): string {
  if (json === null) return '';
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
