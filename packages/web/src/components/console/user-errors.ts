// The API's userErrors, placed next to the form fields they name and said in the reader's language.
import type { ConsoleDictionary } from './console-dictionary.ts';

export interface UserError {
  field: readonly string[] | null;
  code: string;
  message: string;
}

/** A field's path without the argument's name: ["input", "plans", "0", "price"] → "plans.0.price". */
export function fieldKey(field: readonly string[] | null): string {
  if (!field) return '';
  return (field[0] === 'input' ? field.slice(1) : field).join('.');
}

/**
 * The form field an error belongs to: its own key when the form has that field, else the nearest
 * enclosing one ("dataCenterIds.3" → "dataCenterIds"); "" when none, for the form as a whole.
 */
export function placeError(error: UserError, knownKeys: ReadonlySet<string>): string {
  const parts = fieldKey(error.field).split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const key = parts.slice(0, length).join('.');
    if (knownKeys.has(key)) return key;
  }
  return '';
}

/** What to tell the reader: by field name and code, then by code, then the API's own words. */
export function errorText(c: ConsoleDictionary, error: UserError): string {
  const name = [...(error.field ?? [])].reverse().find((part) => !/^\d+$/.test(part));
  return (name && c.fieldErrors[`${name}.${error.code}`]) || c.errors[error.code] || error.message;
}

/** A form's errors grouped by the field they belong to ("" for the form as a whole). */
export function groupErrors(errors: readonly UserError[], knownKeys: ReadonlySet<string>): Map<string, UserError[]> {
  const grouped = new Map<string, UserError[]>();
  for (const error of errors) {
    const key = placeError(error, knownKeys);
    grouped.set(key, [...(grouped.get(key) ?? []), error]);
  }
  return grouped;
}

/** The id of a form field's control, from its key: "plans.0.price" → "listing-plans-0-price". */
export function controlId(form: string, key: string): string {
  return `${form}-${key.replaceAll('.', '-')}`;
}

/** A form field's control id and its errors, from the form's errors grouped by field (groupErrors). */
export function fieldAt(form: string, errors: ReadonlyMap<string, readonly UserError[]>, key: string) {
  return { id: controlId(form, key), errors: errors.get(key) ?? [] };
}

/** The top-level error code of a failed operation (UNAUTHENTICATED, FORBIDDEN…), if the API sent one. */
export function errorCode(error: { graphQLErrors?: readonly { extensions?: Record<string, unknown> }[] } | undefined): string | null {
  const code = error?.graphQLErrors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}
