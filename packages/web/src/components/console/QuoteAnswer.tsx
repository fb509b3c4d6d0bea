// How the vendor answers its share of a quote request: make an offer (or a new one that replaces the open
// one), withdraw the open offer, or decline to offer, saying why.
import { useEffect, useRef, useState, type FormEvent, type ReactNode, type Ref } from 'react';
import { useMutation } from 'urql';
import { ConfirmButton } from './ConfirmButton.tsx';
import type { ConsoleDictionary } from './console-dictionary.ts';
import { useConsoleI18n } from './console-i18n.ts';
import { CountedTextArea } from './FormField.tsx';
import { MessageLine } from './MessageLine.tsx';
import { DECLINE_REASON_MAX } from './offer-draft.ts';
import { FormEnd, OfferForm } from './OfferForm.tsx';
import { DeclineMutation, WithdrawOfferMutation, type ConsoleQuoteRequest } from './quote-documents.ts';
import { errorCode, errorText, type UserError } from './user-errors.ts';

type Panel = 'offer' | 'decline' | null;
type Message = { tone: 'ok' | 'error'; text: string };

/** Codes after which the page shows an answer that no longer holds, so the inbox is read again. */
const STALE = new Set(['ALREADY_ACCEPTED', 'NOT_FOUND', 'OFFER_NOT_OPEN']);

/** What a mutation's outcome comes to: its first userError in words, or the failure of the whole call. */
function problemOf(c: ConsoleDictionary, apiDown: string, payload: { userErrors: readonly UserError[] } | undefined, error: Parameters<typeof errorCode>[0]): string | null {
  if (!payload) return c.errors[errorCode(error) ?? ''] ?? apiDown;
  const [first] = payload.userErrors;
  return first ? errorText(c, first) : null;
}

interface QuoteAnswerProps {
  request: ConsoleQuoteRequest;
  /** whether the signed-in member may answer (owners and members) */
  mayAnswer: boolean;
  /** reads the inbox again, when the request changed under the page */
  onStale: () => void;
  /** the other buttons of the request (marking it handled) */
  children: ReactNode;
}

export function QuoteAnswer({ request, mayAnswer, onStale, children }: QuoteAnswerProps) {
  const { c, t } = useConsoleI18n();
  const [panel, setPanel] = useState<Panel>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [withdrawing, withdraw] = useMutation(WithdrawOfferMutation);
  const opener = useRef<HTMLButtonElement>(null);
  const decliner = useRef<HTMLButtonElement>(null);
  const open = request.offers.find((offer) => offer.status === 'OPEN');
  const accepted = request.status === 'OFFER_ACCEPTED';
  const formId = `offer-panel-${request.id}`;

  const close = (focus: HTMLButtonElement | null, done?: Message) => {
    setPanel(null);
    setMessage(done ?? null);
    requestAnimationFrame(() => focus?.focus());
  };

  const withdrawOpen = async (id: string) => {
    setMessage(null);
    const outcome = await withdraw({ id });
    const problem = problemOf(c, t.common.apiDownBody, outcome.data?.withdrawOffer, outcome.error);
    if (problem) {
      if (outcome.data?.withdrawOffer.userErrors.some((error) => STALE.has(error.code))) onStale();
      return setMessage({ tone: 'error', text: problem });
    }
    setMessage({ tone: 'ok', text: c.offers.withdrawn });
  };

  const toggle = (next: Exclude<Panel, null>) => {
    setMessage(null);
    setPanel((current) => (current === next ? null : next));
  };

  return (
    <>
      <div className="quote__actions">
        {mayAnswer && !accepted && (
          <>
            <PanelToggle ref={opener} className="button" expanded={panel === 'offer'} controls={formId} onClick={() => toggle('offer')}>
              {request.offers.length > 0 ? c.offers.makeNew : c.offers.make}
            </PanelToggle>
            {open && (
              <ConfirmButton
                title={c.offers.withdrawTitle}
                body={c.offers.withdrawBody}
                confirm={c.offers.withdraw}
                cancel={c.offers.cancel}
                disabled={withdrawing.fetching}
                onConfirm={() => void withdrawOpen(open.id)}
              >
                {c.offers.withdraw}
              </ConfirmButton>
            )}
            {request.status !== 'VENDOR_DECLINED' && (
              <PanelToggle ref={decliner} className="button button--secondary" expanded={panel === 'decline'} controls={formId} onClick={() => toggle('decline')}>
                {c.offers.decline}
              </PanelToggle>
            )}
          </>
        )}
        {children}
      </div>
      {message && <MessageLine message={message} />}
      {panel && (
        <div id={formId} className="quote__panel">
          {panel === 'offer' ? (
            <OfferForm
              request={request}
              previous={request.offers[0]}
              replacing={open !== undefined}
              onSent={() => close(opener.current, { tone: 'ok', text: c.offers.sent })}
              onCancel={() => close(opener.current)}
              onStale={onStale}
            />
          ) : (
            <DeclineForm
              request={request}
              onDeclined={() => close(opener.current, { tone: 'ok', text: c.offers.declined })}
              onCancel={() => close(decliner.current)}
              onStale={onStale}
            />
          )}
        </div>
      )}
    </>
  );
}

interface PanelToggleProps {
  ref: Ref<HTMLButtonElement>;
  className: string;
  expanded: boolean;
  /** the panel's id, while it is open */
  controls: string;
  onClick: () => void;
  children: ReactNode;
}

/** A button that opens a form below the request, and says whether it is open. */
function PanelToggle({ ref, className, expanded, controls, onClick, children }: PanelToggleProps) {
  return (
    <button ref={ref} type="button" className={className} aria-expanded={expanded} aria-controls={expanded ? controls : undefined} onClick={onClick}>
      {children}
    </button>
  );
}

interface DeclineFormProps {
  request: ConsoleQuoteRequest;
  onDeclined: () => void;
  onCancel: () => void;
  onStale: () => void;
}

/** Declining to offer, with a reason the buyer reads. */
function DeclineForm({ request, onDeclined, onCancel, onStale }: DeclineFormProps) {
  const { c, t } = useConsoleI18n();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [state, decline] = useMutation(DeclineMutation);
  const titleId = `decline-${request.id}-title`;
  const reasonId = `decline-${request.id}-reason`;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const trimmed = reason.trim();
    const outcome = await decline({ input: { id: request.id, reason: trimmed === '' ? null : trimmed } });
    const payload = outcome.data?.declineQuoteRequest;
    if (!payload) return setFailure(c.errors[errorCode(outcome.error) ?? ''] ?? t.common.apiDownBody);
    const reasonErrors = payload.userErrors.filter((error) => error.field?.at(-1) === 'reason');
    const others = payload.userErrors.filter((error) => error.field?.at(-1) !== 'reason');
    setErrors(reasonErrors);
    if (others.length > 0) {
      setFailure(others.map((error) => errorText(c, error)).join(' '));
      if (others.some((error) => STALE.has(error.code))) onStale();
      return;
    }
    if (reasonErrors.length === 0) onDeclined();
  };

  return (
    <form className="card offer-form" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h3 id={titleId} className="offer-form__title" tabIndex={-1} ref={heading}>
        {c.offers.declineTitle(request.reference)}
      </h3>
      <p className="field__hint">{c.offers.declineLead}</p>
      <CountedTextArea
        id={reasonId}
        label={c.offers.declineReason}
        hint={c.offers.declineHint}
        errors={errors}
        rows={3}
        max={DECLINE_REASON_MAX}
        value={reason}
        onChange={setReason}
      />
      <FormEnd
        submit={
          <button type="submit" className="button" disabled={state.fetching}>
            {state.fetching ? c.offers.declining : c.offers.declineSubmit}
          </button>
        }
        cancel={c.offers.cancel}
        onCancel={onCancel}
        failure={failure}
      />
    </form>
  );
}
