import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../../graphql.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';
import { quoteRequestPath } from './quote-request-link.ts';
import { ShareLink } from './ShareLink.tsx';
import { LIMITS, QUOTE_FIELDS, quoteFieldOf, quoteInput, validateQuote, type QuoteErrors, type QuoteField, type QuoteValues } from './quote-form.ts';
import { useStackText } from './stack-text.ts';

const RequestQuoteMutation = graphql(`
  mutation RequestQuote($input: RequestQuoteInput!) {
    requestQuote(input: $input) {
      quoteRequest {
        id
        reference
        vendors {
          id
          name
        }
      }
      accessToken
      userErrors {
        ...UserErrorFields
      }
    }
  }
`, [UserErrorFields]);

const EMPTY: QuoteValues = { contactName: '', contactEmail: '', organization: '', message: '' };

/** Asks every vendor of a saved stack for a quote; each receives only its own lines. */
export function QuoteRequestForm({ stackId }: { stackId: string }) {
  const s = useStackText();
  const baseId = useId();
  const [values, setValues] = useState<QuoteValues>(EMPTY);
  // What the API (or the same checks, before sending) said about each field: a code or the API's own words.
  const [errors, setErrors] = useState<QuoteErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<{ reference: string; vendors: string[]; path: string } | null>(null);
  const [{ fetching }, requestQuote] = useMutation(RequestQuoteMutation);
  const inputs = useRef<Partial<Record<QuoteField, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const confirmation = useRef<HTMLParagraphElement>(null);

  const messageFor = (field: QuoteField, error: string) => s.quote.errors[field]?.[error] ?? error;
  const focusFirst = (found: QuoteErrors) => {
    const first = QUOTE_FIELDS.find((field) => found[field]);
    if (first) inputs.current[first]?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validateQuote(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    const result = await requestQuote({ input: quoteInput(stackId, values) });
    const payload = result.data?.requestQuote;
    if (!payload) {
      setFormError(s.quote.failed);
      return;
    }
    if (payload.quoteRequest && payload.accessToken) {
      setSent({
        reference: payload.quoteRequest.reference,
        vendors: payload.quoteRequest.vendors.map((vendor) => vendor.name),
        path: quoteRequestPath(payload.accessToken),
      });
      requestAnimationFrame(() => confirmation.current?.focus());
      return;
    }
    const byField: QuoteErrors = {};
    const general: string[] = [];
    for (const error of payload.userErrors) {
      const field = quoteFieldOf(error.field);
      if (field) byField[field] ??= s.quote.errors[field]?.[error.code] ? error.code : error.message;
      else general.push(s.quote.errors.form?.[error.code] ?? error.message);
    }
    setErrors(byField);
    setFormError(general.length > 0 ? general.join(' ') : s.quote.fixFields);
    focusFirst(byField);
  };

  if (sent) {
    return (
      <div className="quote-sent">
        <div role="status">
          <p className="confirmation" ref={confirmation} tabIndex={-1}>
            {s.quote.sent(sent.vendors.join(', '))}
          </p>
          <p className="quote-reference">
            {s.reference.label}: <strong className="quote-reference__value">{sent.reference}</strong>
          </p>
          <p className="muted">
            {s.quote.sentNext} {s.reference.quoteIt}
          </p>
        </div>
        <ShareLink sharePath={sent.path} label={s.quote.linkLabel} />
        <p className="quote-sent__note">{s.quote.linkNote}</p>
        <Link className="button button--secondary" to={sent.path}>
          {s.quote.open}
        </Link>
      </div>
    );
  }

  const field = (name: QuoteField, label: string, options: { type?: string; autoComplete?: string; multiline?: boolean; required?: boolean }) => {
    const id = `${baseId}-${name}`;
    const error = errors[name];
    const props = {
      id,
      name,
      value: values[name],
      required: options.required,
      'aria-invalid': error !== undefined,
      'aria-describedby': error ? `${id}-error` : undefined,
      onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
    };
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {options.multiline ? (
          <textarea {...props} ref={(element) => void (inputs.current[name] = element)} className="text-input" rows={4} maxLength={LIMITS.message} />
        ) : (
          <input
            {...props}
            ref={(element) => void (inputs.current[name] = element)}
            className="text-input"
            type={options.type ?? 'text'}
            autoComplete={options.autoComplete}
          />
        )}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {messageFor(name, error)}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="quote-form" onSubmit={submit} noValidate>
      {field('contactName', s.quote.contactName, { autoComplete: 'name', required: true })}
      {field('contactEmail', s.quote.contactEmail, { type: 'email', autoComplete: 'email', required: true })}
      {field('organization', s.quote.organization, { autoComplete: 'organization' })}
      {field('message', s.quote.message, { multiline: true })}
      <div role="alert" className="quote-form__alert">
        {formError && <p className="confirmation confirmation--error">{formError}</p>}
      </div>
      <button type="submit" className="button" disabled={fetching}>
        {fetching ? s.quote.sending : s.quote.submit}
      </button>
    </form>
  );
}
