/**
 * Every code a UserError may carry. The schema's UserErrorCode enum describes each and
 * docs/PARTNER_API.md lists them; tests/api/user-error-codes.spec.ts keeps the three in step.
 */
export const userErrorCodes = [
  'ALREADY_ACCEPTED',
  'ALREADY_CLAIMED',
  'ALREADY_MEMBER',
  'ALREADY_SUSPENDED',
  'BLANK',
  'DUPLICATE',
  'DUPLICATE_LINE',
  'DUPLICATE_NEED',
  'EMAIL_NOT_CONFIRMED',
  'EMPTY_STACK',
  'FORBIDDEN_ACCOUNT',
  'FOREIGN_DATA_CENTER',
  'IDEMPOTENCY_KEY_REUSED',
  'INCOMPLETE',
  'INVALID',
  'INVALID_AVAILABILITY',
  'INVALID_BUDGET',
  'INVALID_CREDENTIALS',
  'INVALID_EMAIL',
  'INVALID_MAX_VENDORS',
  'INVALID_REDUNDANCY_GROUP',
  'INVALID_SCOPE',
  'INVALID_STATE',
  'INVALID_TOKEN',
  'INVALID_URL',
  'KIND_MISMATCH',
  'LAST_OWNER',
  'NOTHING_TO_QUOTE',
  'NOT_FOUND',
  'NOT_IMPORTED',
  'NOT_IN_REVIEW',
  'NOT_SUSPENDED',
  'NO_NEEDS',
  'NO_PLANS',
  'OFFER_EXPIRED',
  'OFFER_NOT_OPEN',
  'ORGANIZATION_SUSPENDED',
  'OUT_OF_RANGE',
  'QUANTITY_OUT_OF_RANGE',
  'RATE_LIMITED',
  'STALE_VERSION',
  'TAKEN',
  'TOO_LONG',
  'TOO_MANY',
  'TOO_MANY_LINES',
  'TOO_MANY_NEEDS',
  'UNKNOWN_BLUEPRINT',
  'UNKNOWN_CATEGORY',
  'UNKNOWN_DATA_CENTER',
  'UNKNOWN_FRAMEWORK',
  'UNKNOWN_GROUP',
  'UNKNOWN_PLAN',
  'UNKNOWN_VENDOR',
  'VERSION_REQUIRED',
  'WEAK_PASSWORD',
] as const;

export type UserErrorCode = (typeof userErrorCodes)[number];

/** A problem with a mutation's input the caller can fix, returned in the payload's userErrors. */
export interface UserError {
  field: string[] | null;
  message: string;
  code: UserErrorCode;
}

export function userError(field: (string | number)[] | null, code: UserErrorCode, message: string): UserError {
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
