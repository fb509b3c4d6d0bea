import { useState } from 'react';
import { useQuery } from 'urql';
import { ConsolePage, QueryList } from '../../components/common/ConsoleParts.tsx';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { ConsolePager, nextCursor, useCursorPages } from '../../components/console/ConsolePager.tsx';
import { ConsoleQueryError } from '../../components/console/ConsoleShell.tsx';
import { InboxQuery } from '../../components/console/quote-documents.ts';
import { QuoteRequestItem } from '../../components/console/QuoteRequestItem.tsx';
import { formatCount } from '../../lib/format.ts';

const PAGE_SIZE = 20;
const FILTERS = [
  { key: 'open', handled: false },
  { key: 'handled', handled: true },
  { key: 'all', handled: null },
] as const;
type FilterKey = (typeof FILTERS)[number]['key'];

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
                <QuoteRequestItem key={request.id} request={request} onStale={() => reexecute({ requestPolicy: 'network-only' })} />
              ))}
            </ul>
            <ConsolePager label={c.quotes.pagination} pages={pages} next={nextCursor(connection.pageInfo)} text={c.listings} />
          </>
        )}
      </QueryList>
    </ConsolePage>
  );
}
