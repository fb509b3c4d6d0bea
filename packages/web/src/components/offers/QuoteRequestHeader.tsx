import type { ReactNode } from 'react';
import { formatDate } from '../../lib/format.ts';
import { useStackText } from '../stack/stack-text.ts';

interface QuoteRequestHeaderProps {
  request: { reference: string; createdAt: string; stack: { name: string } };
  /** after the date: how the page is reached, or where the stack is */
  note: ReactNode;
}

/** A quote request's page heading: the stack it asks about, its reference, when it was sent. */
export function QuoteRequestHeader({ request, note }: QuoteRequestHeaderProps) {
  const s = useStackText();
  return (
    <header className="page__header">
      <p className="eyebrow">{s.request.eyebrow}</p>
      <h1 className="page__title">{s.request.title(request.stack.name)}</h1>
      <p className="quote-reference">
        {s.reference.label}: <strong className="quote-reference__value">{request.reference}</strong>
      </p>
      <p className="muted">
        {s.request.sentOn(formatDate(request.createdAt))} · {note}
      </p>
    </header>
  );
}
