import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConsolePage, QueryList } from '../../components/common/ConsoleParts.tsx';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { Localized } from '../../i18n/i18n.tsx';
import { ConsolePager, nextCursor, useCursorPages } from '../../components/console/ConsolePager.tsx';
import { ConsoleQueryError } from '../../components/console/ConsoleShell.tsx';
import { formatDateTime } from '../../components/console/date-time.ts';
import { errorCode, errorText } from '../../components/console/user-errors.ts';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';
import { formatCount, formatVnd } from '../../lib/format.ts';

const PAGE_SIZE = 20;
const FILTERS = [
  { key: 'open', handled: false },
  { key: 'handled', handled: true },
  { key: 'all', handled: null },
] as const;
type FilterKey = (typeof FILTERS)[number]['key'];

const QuoteFields = graphql(`
  fragment ConsoleQuoteRequest on VendorQuoteRequest {
    id
    reference
    contactName
    contactEmail
    organization
    message
    contactErasedAt
    createdAt
    handledAt
    monthlySubtotal {
      amount
    }
    lines {
      quantity
      offering {
        id
        name
        nameEn
      }
      plan {
        id
        name
        nameEn
      }
      monthlyCost {
        amount
      }
    }
  }
`);

const InboxQuery = graphql(
  `
    query ConsoleQuoteInbox($first: Int, $after: String, $handled: Boolean) {
      quoteInbox(first: $first, after: $after, handled: $handled) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          ...ConsoleQuoteRequest
        }
      }
    }
  `,
  [QuoteFields],
);

const MarkMutation = graphql(
  `
    mutation ConsoleMarkQuoteHandled($input: MarkQuoteHandledInput!) {
      markQuoteHandled(input: $input) {
        quoteRequest {
          id
          ...ConsoleQuoteRequest
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [QuoteFields, UserErrorFields],
);

export default function QuoteInboxPage() {
  const { c, lang } = useConsoleI18n();
  const [filter, setFilter] = useState<FilterKey>('open');
  const pages = useCursorPages();
  const handled = FILTERS.find((known) => known.key === filter)?.handled ?? null;
  const [result, reexecute] = useQuery({
    query: InboxQuery,
    variables: { first: PAGE_SIZE, after: pages.after, handled },
    requestPolicy: 'cache-and-network',
  });
  const connection = result.data?.quoteInbox;

  return (
    <ConsolePage name="quotes" title={c.quotes.title} lead={c.quotes.lead}>
      <div className="chips" role="group" aria-label={c.quotes.filter}>
        {FILTERS.map((option) => (
          <button
            key={option.key}
            type="button"
            className="chip"
            aria-pressed={filter === option.key}
            onClick={() => {
              setFilter(option.key);
              pages.reset();
            }}
          >
            {c.quotes[option.key]}
          </button>
        ))}
      </div>
      <QueryList
        failure={result.error && !result.data && <ConsoleQueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
        data={connection}
        empty={c.quotes.empty}
      >
        {(connection) => (
          <>
            <p className="console-count" role="status">
              {c.quotes.count(formatCount(connection.totalCount, lang))}
            </p>
            <ul className="quote-list">
              {connection.nodes.map((request) => (
                <QuoteRequestItem key={request.id} request={request} />
              ))}
            </ul>
            <ConsolePager label={c.quotes.pagination} pages={pages} next={nextCursor(connection.pageInfo)} text={c.listings} />
          </>
        )}
      </QueryList>
    </ConsolePage>
  );
}

/** One request: who asked, what they wrote, this vendor's lines and their total, and whether it is handled. */
function QuoteRequestItem({ request: data }: { request: FragmentOf<typeof QuoteFields> }) {
  const { c, t, lang } = useConsoleI18n();
  const request = readFragment(QuoteFields, data);
  const [state, mark] = useMutation(MarkMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = `quote-${request.id}`;

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
          <span className={request.handledAt ? 'status status--archived' : 'status status--in-review'}>
            {request.handledAt ? c.quotes.handledAt(formatDateTime(request.handledAt, lang, c)) : c.quotes.open}
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
        <div className="quote__actions">
          <button type="button" className="button button--secondary" aria-describedby={titleId} disabled={state.fetching} onClick={toggle}>
            {request.handledAt ? c.quotes.reopen : c.quotes.markHandled}
          </button>
          {problem && (
            <p className="confirmation confirmation--error" role="alert">
              {problem}
            </p>
          )}
        </div>
      </article>
    </li>
  );
}
