/** A problem with a mutation's input the caller can fix, returned in the payload's userErrors. */
export interface UserError {
  field: string[] | null;
  message: string;
  code: string;
}

export function userError(field: (string | number)[] | null, code: string, message: string): UserError {
  return { field: field ? field.map(String) : null, code, message };
}

/** Checks a required text: blank or longer than `max` characters (after trimming) is a user error. */
export function checkText(value: string, field: string[], max: number, label: string, errors: UserError[]): string {
  const trimmed = value.normalize('NFC').trim();
  if (trimmed.length === 0) errors.push(userError(field, 'BLANK', `${label} is required.`));
  else if ([...trimmed].length > max) errors.push(userError(field, 'TOO_LONG', `${label} is longer than ${max} characters.`));
  return trimmed;
}

/** Checks an optional text; blank reads as absent. */
export function checkOptionalText(
  value: string | null | undefined,
  field: string[],
  max: number,
  label: string,
  errors: UserError[],
): string | null {
  const trimmed = value?.normalize('NFC').trim() ?? '';
  if (trimmed.length === 0) return null;
  if ([...trimmed].length > max) errors.push(userError(field, 'TOO_LONG', `${label} is longer than ${max} characters.`));
  return trimmed;
}
