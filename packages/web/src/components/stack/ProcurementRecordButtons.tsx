import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useStackText } from './stack-text.ts';

/** Where the API serves the record (POST only: the token travels in the form's body, never in an address). */
export const RECORD_PATH = '/quote-requests/record';

export type ProcurementRecordButtonsProps =
  /** the buyer holding the request's private link */
  | { accessToken: string; quoteRequestId?: never }
  /** the signed-in account the request is tied to: the QuoteRequest's id, with the session cookie */
  | { quoteRequestId: string; accessToken?: never };

/**
 * "Procurement record (print / PDF)" opens the printable record in a new tab; "CSV" downloads it. Both in the
 * page's language, for the request's buyer only (anyone else gets 404).
 */
export function ProcurementRecordButtons(props: ProcurementRecordButtonsProps) {
  const { lang } = useI18n();
  const s = useStackText();
  const hintId = useId();
  return (
    <form className="stack-actions record-actions" method="post" action={RECORD_PATH} aria-label={s.record.label} aria-describedby={hintId}>
      {props.accessToken !== undefined ? (
        <input type="hidden" name="accessToken" value={props.accessToken} />
      ) : (
        <input type="hidden" name="quoteRequestId" value={props.quoteRequestId} />
      )}
      <input type="hidden" name="language" value={lang} />
      <button type="submit" className="button button--secondary" name="format" value="html" formTarget="_blank">
        {s.record.print}
      </button>
      <button type="submit" className="button button--secondary" name="format" value="csv" aria-label={s.record.csvLabel}>
        {s.record.csv}
      </button>
      <p id={hintId} className="muted record-actions__hint">
        {s.record.hint}
      </p>
    </form>
  );
}
