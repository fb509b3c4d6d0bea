// The API's userErrors in the staff console, in the reader's language.
import { fieldKey, type UserError } from '../console/user-errors.ts';
import type { StaffDictionary } from './staff-dictionary.ts';

/** What to tell the reader: by field name and code, then by code, then the API's own words. */
export function staffErrorText(s: StaffDictionary, error: UserError): string {
  const name = [...(error.field ?? [])].reverse().find((part) => !/^\d+$/.test(part));
  return (name && s.fieldErrors[`${name}.${error.code}`]) || s.errors[error.code] || error.message;
}

/** The errors that belong to a field ("groups.1.met"), or to none the form shows (""). */
export function errorsAt(errors: readonly UserError[], key: string, known: readonly string[]): UserError[] {
  return errors.filter((error) => {
    const own = fieldKey(error.field);
    return key === '' ? !known.includes(own) : own === key;
  });
}
