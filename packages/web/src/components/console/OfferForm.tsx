// The vendor's offer on its share of a quote request: each line's list price beside the price it offers,
// the totals as they change, how long the buyer may accept, and the terms.
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { Localized } from '../../i18n/i18n.tsx';
import { formatCount, formatDate, priceWithUnit, unitLabel } from '../../lib/format.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import type { ConsoleDictionary } from './console-dictionary.ts';
import { useConsoleI18n } from './console-i18n.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { CountedTextArea, Field, FieldErrors } from './FormField.tsx';
import { useErrorSummary } from './ListingEditorParts.tsx';
import { MessageLine } from './MessageLine.tsx';
import {
  draftFromRequest,
  endOfVietnamDay,
  formatPriceInput,
  lineCost,
  OFFER_FORM,
  offerFieldKeys,
  offeredPrice,
  offerInput,
  offerTotals,
  TERMS_MAX,
  validityRange,
  type OfferDraft,
  type OfferLineDraft,
} from './offer-draft.ts';
import { OfferTotalsList } from './OfferTotals.tsx';
import { MakeOfferMutation, type ConsoleOffer, type ConsoleQuoteRequest } from './quote-documents.ts';
import { controlId, errorCode, fieldAt, groupErrors, type UserError } from './user-errors.ts';

interface OfferFormProps {
  request: ConsoleQuoteRequest;
  /** the latest offer, whose prices and terms the form starts from; none for a first offer */
  previous: ConsoleOffer | undefined;
  /** whether an open offer stands, which this one replaces (asked to confirm) */
  replacing: boolean;
  onSent: () => void;
  onCancel: () => void;
  /** the request changed under the form (the buyer accepted, or it is gone): read it again */
  onStale: () => void;
}

/** A field key's name in the error summary: "lines.0.unitPrice" → "Dòng 1 — Giá chào một đơn vị". */
function offerFieldLabel(c: ConsoleDictionary, key: string): string {
  const [first, index, own] = key.split('.');
  if (first === 'lines' && index !== undefined) return own === 'unitPrice' ? `${c.offers.line(Number(index) + 1)} — ${c.offers.priceLabel}` : c.offers.line(Number(index) + 1);
  if (first === 'validUntil') return c.offers.validUntil;
  if (first === 'terms') return c.offers.termsLabel;
  return key;
}

/** What the form can tell before asking the API: prices that are not whole đồng, no validity day. */
function localErrors(draft: OfferDraft): UserError[] {
  const prices = draft.lines.flatMap((line, index) =>
    offeredPrice(line.price) === null ? [{ field: ['input', 'lines', String(index), 'unitPrice'], code: 'INVALID', message: '' }] : [],
  );
  return draft.validUntil === '' ? [...prices, { field: ['input', 'validUntil'], code: 'BLANK', message: '' }] : prices;
}

export function OfferForm({ request, previous, replacing, onSent, onCancel, onStale }: OfferFormProps) {
  const { c, t } = useConsoleI18n();
  const [draft, setDraft] = useState(() => draftFromRequest(request.lines, new Date(), previous));
  const range = useMemo(() => validityRange(new Date()), []);
  const summary = useErrorSummary();
  const [state, makeOffer] = useMutation(MakeOfferMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const known = offerFieldKeys(draft);
  const errors = groupErrors(summary.errors, known);
  const titleId = `${OFFER_FORM}-${request.id}-title`;
  const id = (key: string) => controlId(`${OFFER_FORM}-${request.id}`, key);

  useEffect(() => heading.current?.focus(), []);

  const setLine = (index: number, price: string) =>
    setDraft((current) => ({ ...current, lines: current.lines.map((line, at) => (at === index ? { ...line, price } : line)) }));

  const send = async () => {
    setFailure(null);
    const found = localErrors(draft);
    if (found.length > 0) return summary.show(found);
    summary.clear();
    const outcome = await makeOffer({ input: offerInput(request.id, draft) });
    const payload = outcome.data?.makeOffer;
    if (!payload) return setFailure(c.errors[errorCode(outcome.error) ?? ''] ?? t.common.apiDownBody);
    if (payload.userErrors.length > 0) {
      summary.show(payload.userErrors);
      if (payload.userErrors.some((error) => error.code === 'ALREADY_ACCEPTED' || error.code === 'NOT_FOUND')) onStale();
      return;
    }
    onSent();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!replacing) void send();
  };

  return (
    <form className="card offer-form" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h3 id={titleId} className="offer-form__title" tabIndex={-1} ref={heading}>
        {c.offers.formTitle(request.reference)}
      </h3>
      <p className="field__hint">{c.offers.formLead}</p>
      <ErrorSummary
        errors={summary.errors}
        known={known}
        summaryRef={summary.summaryRef}
        form={`${OFFER_FORM}-${request.id}`}
        label={(key) => offerFieldLabel(c, key)}
      />
      <ol className="offer-form__lines">
        {draft.lines.map((line, index) => (
          <OfferLineField
            key={line.planId}
            line={line}
            index={index}
            group={fieldAt(`${OFFER_FORM}-${request.id}`, errors, `lines.${index}`)}
            control={fieldAt(`${OFFER_FORM}-${request.id}`, errors, `lines.${index}.unitPrice`)}
            onChange={(price) => setLine(index, price)}
          />
        ))}
      </ol>
      <OfferTotalsList totals={offerTotals(draft.lines)} live />
      <div className="offer-form__more">
        <Field
          id={id('validUntil')}
          label={c.offers.validUntil}
          hint={draft.validUntil ? `${c.offers.validThrough(formatDate(endOfVietnamDay(draft.validUntil)))}. ${c.offers.validUntilHint}` : c.offers.validUntilHint}
          errors={errors.get('validUntil') ?? []}
        >
          {(control) => (
            <input
              {...control}
              className="input input--short"
              type="date"
              required
              min={range.min}
              max={range.max}
              value={draft.validUntil}
              onChange={(event) => setDraft((current) => ({ ...current, validUntil: event.target.value }))}
            />
          )}
        </Field>
        <CountedTextArea
          id={id('terms')}
          label={c.offers.termsLabel}
          hint={c.offers.termsHint}
          errors={errors.get('terms') ?? []}
          rows={5}
          max={TERMS_MAX}
          value={draft.terms}
          onChange={(terms) => setDraft((current) => ({ ...current, terms }))}
        />
      </div>
      {replacing && <p className="callout">{c.offers.replaceNotice}</p>}
      <FormEnd
        submit={
          replacing ? (
            <ConfirmButton
              className="button"
              title={c.offers.replaceTitle}
              body={c.offers.replaceBody}
              confirm={c.offers.replaceConfirm}
              cancel={c.offers.cancel}
              disabled={state.fetching}
              onConfirm={() => void send()}
            >
              {state.fetching ? c.offers.submitting : c.offers.submit}
            </ConfirmButton>
          ) : (
            <button type="submit" className="button" disabled={state.fetching}>
              {state.fetching ? c.offers.submitting : c.offers.submit}
            </button>
          )
        }
        cancel={c.offers.cancel}
        onCancel={onCancel}
        failure={failure}
      />
    </form>
  );
}

interface FormEndProps {
  /** the submit button */
  submit: ReactNode;
  cancel: string;
  onCancel: () => void;
  /** why the whole call failed, if it did */
  failure: string | null;
}

/** A quote form's end: submit and cancel, then why the call failed. */
export function FormEnd({ submit, cancel, onCancel, failure }: FormEndProps) {
  return (
    <>
      <div className="offer-form__actions">
        {submit}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancel}
        </button>
      </div>
      {failure && <MessageLine message={{ tone: 'error', text: failure }} />}
    </>
  );
}

interface OfferLineFieldProps {
  line: OfferLineDraft;
  index: number;
  /** the line's own errors (its plan, its quantity), and its id for the error summary's link */
  group: { id: string; errors: readonly UserError[] };
  control: { id: string; errors: readonly UserError[] };
  onChange: (price: string) => void;
}

/** One line: the service and plan, how many, the list price, the offered price with its unit, the line's cost. */
function OfferLineField({ line, index, group, control, onChange }: OfferLineFieldProps) {
  const { c, lang } = useConsoleI18n();
  const price = offeredPrice(line.price);
  const cost = price === null ? null : lineCost(line.unit, line.quantity, price);
  const unitId = `${control.id}-unit`;
  return (
    <li>
      <fieldset className="offer-line" id={group.id} tabIndex={-1} aria-describedby={group.errors.length > 0 ? `${group.id}-errors` : undefined}>
        <legend className="offer-line__name">
          <span className="visually-hidden">{c.offers.line(index + 1)}: </span>
          <Localized vi={line.offeringName} en={line.offeringNameEn} />
          <span className="quote__plan">
            <span className="visually-hidden">{c.quotes.planName}: </span>
            <Localized vi={line.planName} en={line.planNameEn} />
          </span>
        </legend>
        <FieldErrors id={group.id} errors={group.errors} />
        <p className="offer-line__facts">
          <span>{c.offers.quantityOf(formatCount(line.quantity, lang))}</span>
          <span>{c.offers.listPriceHint(priceWithUnit(line.listUnitPrice, line.unit, lang))}</span>
        </p>
        <Field id={control.id} label={c.offers.priceLabel} errors={control.errors}>
          {(props) => (
            <span className="offer-line__price">
              <input
                {...props}
                aria-describedby={[unitId, props['aria-describedby']].filter(Boolean).join(' ')}
                className="input input--short"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={line.price}
                onChange={(event) => onChange(event.target.value)}
                onBlur={() => onChange(formatPriceInput(line.price))}
              />
              <span id={unitId} className="offer-line__unit">
                ₫ {unitLabel(line.unit, lang)}
              </span>
            </span>
          )}
        </Field>
        <p className="offer-line__cost">
          {c.offers.lineCost}:{' '}
          <strong>
            {cost === null
              ? c.offers.notComputed
              : line.unit === 'ONE_TIME'
                ? priceWithUnit(String(cost.oneTime), 'ONE_TIME', lang)
                : priceWithUnit(String(cost.monthly), 'MONTH', lang)}
          </strong>
          {price === null && <span className="offer-line__invalid"> {c.offers.priceInvalid}</span>}
        </p>
      </fieldset>
    </li>
  );
}
