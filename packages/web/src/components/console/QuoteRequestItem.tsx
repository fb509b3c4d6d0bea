// One quote request in the vendor's inbox: who asked and what, where the vendor's share stands, its offers,
// and the ways to answer it.
import { useState } from 'react';
import { useMutation } from 'urql';
import { readFragment, type FragmentOf } from '../../graphql.ts';
import { Localized } from '../../i18n/i18n.tsx';
import { formatCount, formatVnd } from '../../lib/format.ts';
import { useConsoleI18n } from './console-i18n.ts';
import { useConsoleMember } from './ConsoleShell.tsx';
import { formatDateTime } from './date-time.ts';
import { OfferHistory, ShareStatusBadge } from './OfferHistory.tsx';
import { QuoteAnswer } from './QuoteAnswer.tsx';
import { MarkMutation, QuoteFields } from './quote-documents.ts';
import { errorCode, errorText } from './user-errors.ts';

/** One request: who asked, what they wrote, this vendor's lines and their total, and whether it is handled. */
export function QuoteRequestItem({ request: data, onStale }: { request: FragmentOf<typeof QuoteFields>; onStale: () => void }) {
  const { c, t, lang } = useConsoleI18n();
  const request = readFragment(QuoteFields, data);
  const [state, mark] = useMutation(MarkMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = `quote-${request.id}`;
  const member = useConsoleMember();
  const mayAnswer = member.role === 'OWNER' || member.role === 'MEMBER';

  const toggle = async () => {
    setProblem(null);
    const outcome = await mark({ input: { id: request.id, handled: !request.handledAt } });
    const payload = outcome.data?.markQuoteHandled;
    if (!payload) return setProblem(c.errors[errorCode(outcome.error) ?? ''] ?? t.common.apiDownBody);
    const [error] = payload.userErrors;
    if (error) setProblem(errorText(c, error));
  };

  return (
    <li className={request.handledAt ? 'card quote quote--handled' : 'card quote'}>
      <article aria-labelledby={titleId}>
        <div className="quote__head">
          <h2 id={titleId} className="quote__contact">
            {request.contactErasedAt ? c.quotes.erasedName : request.contactName}
          </h2>
          <span className="quote__badges">
            <ShareStatusBadge status={request.status} />
            <span className={request.handledAt ? 'status status--archived' : 'status status--in-review'}>
              {request.handledAt ? c.quotes.handledAt(formatDateTime(request.handledAt, lang, c)) : c.quotes.open}
            </span>
          </span>
        </div>
        <p className="quote__reference">
          {c.quotes.reference}: <strong>{request.reference}</strong>
        </p>
        <dl className="quote__facts">
          <div>
            <dt>{c.quotes.contact}</dt>
            <dd>
              {request.contactErasedAt ? (
                c.quotes.erased(formatDateTime(request.contactErasedAt, lang, c))
              ) : (
                <a href={`mailto:${request.contactEmail}`}>{request.contactEmail}</a>
              )}
            </dd>
          </div>
          {request.organization && (
            <div>
              <dt>{c.quotes.organization}</dt>
              <dd>{request.organization}</dd>
            </div>
          )}
          <div>
            <dt>{c.quotes.received}</dt>
            <dd>{formatDateTime(request.createdAt, lang, c)}</dd>
          </div>
        </dl>
        {request.message && (
          <blockquote className="quote__message">
            <span className="visually-hidden">{c.quotes.message}: </span>
            {request.message}
          </blockquote>
        )}
        <table className="quote__lines">
          <caption>{c.quotes.lines}</caption>
          <thead>
            <tr>
              <th scope="col">{c.quotes.offering}</th>
              <th scope="col" className="num">
                {c.quotes.quantity}
              </th>
              <th scope="col" className="num">
                {c.quotes.monthlyCost}
              </th>
            </tr>
          </thead>
          <tbody>
            {request.lines.map((line) => (
              <tr key={line.plan.id}>
                <td>
                  <Localized vi={line.offering.name} en={line.offering.nameEn} />
                  <span className="quote__plan">
                    <span className="visually-hidden">{c.quotes.planName}: </span>
                    <Localized vi={line.plan.name} en={line.plan.nameEn} />
                  </span>
                </td>
                <td className="num">{formatCount(line.quantity, lang)}</td>
                <td className="num">{formatVnd(line.monthlyCost.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {c.quotes.subtotal}
              </th>
              <td className="num">
                <strong>{formatVnd(request.monthlySubtotal.amount)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
        {request.declinedAt && (
          <div className="quote__declined">
            <p>{c.offers.declinedAt(formatDateTime(request.declinedAt, lang, c))}</p>
            {request.declineReason && (
              <p>
                <strong>{c.offers.declinedReason}:</strong> {request.declineReason}
              </p>
            )}
          </div>
        )}
        <OfferHistory offers={request.offers} />
        <QuoteAnswer request={request} mayAnswer={mayAnswer} onStale={onStale}>
          <button type="button" className="button button--secondary" aria-describedby={titleId} disabled={state.fetching} onClick={toggle}>
            {request.handledAt ? c.quotes.reopen : c.quotes.markHandled}
          </button>
        </QuoteAnswer>
        {problem && (
          <p className="confirmation confirmation--error" role="alert">
            {problem}
          </p>
        )}
      </article>
    </li>
  );
}
