// The quote request form's checks, the same the API makes (packages/api/src/modules/stacks/service.ts),
// so most mistakes are shown before sending. The API's userErrors still decide.

export const QUOTE_FIELDS = ['contactName', 'contactEmail', 'organization', 'message'] as const;
export type QuoteField = (typeof QUOTE_FIELDS)[number];

export type QuoteValues = Record<QuoteField, string>;
/** Error codes by field, as the API names them (BLANK, TOO_LONG, INVALID, INVALID_EMAIL). */
export type QuoteErrors = Partial<Record<QuoteField, string>>;

export const LIMITS = { contactName: 120, organization: 200, message: 2000, contactEmail: 254 } as const;

const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

const clean = (value: string) => value.normalize('NFC').trim();
// The API counts characters, not UTF-16 units: an emoji is one.
const length = (value: string) => [...value].length;

export function validateQuote(values: QuoteValues): QuoteErrors {
  const errors: QuoteErrors = {};
  const name = clean(values.contactName);
  if (name === '') errors.contactName = 'BLANK';
  else if (length(name) > LIMITS.contactName) errors.contactName = 'TOO_LONG';
  else if (CONTROL_CHARACTERS.test(name)) errors.contactName = 'INVALID';

  const email = values.contactEmail.trim();
  if (email === '') errors.contactEmail = 'BLANK';
  else if (email.length > LIMITS.contactEmail || !EMAIL.test(email)) errors.contactEmail = 'INVALID_EMAIL';

  const organization = clean(values.organization);
  if (length(organization) > LIMITS.organization) errors.organization = 'TOO_LONG';
  else if (CONTROL_CHARACTERS.test(organization)) errors.organization = 'INVALID';

  if (length(clean(values.message)) > LIMITS.message) errors.message = 'TOO_LONG';
  return errors;
}

/** The mutation's input: trimmed, and optional fields left blank sent as null. */
export function quoteInput(stackId: string, values: QuoteValues) {
  const optional = (value: string) => (clean(value) === '' ? null : clean(value));
  return {
    stackId,
    contactName: clean(values.contactName),
    contactEmail: values.contactEmail.trim(),
    organization: optional(values.organization),
    message: optional(values.message),
  };
}

/** The form field a userError's path names (["input", "contactEmail"] → contactEmail), or null for the whole form. */
export function quoteFieldOf(field: readonly string[] | null | undefined): QuoteField | null {
  const name = field?.[0] === 'input' ? field[1] : undefined;
  return QUOTE_FIELDS.find((candidate) => candidate === name) ?? null;
}
